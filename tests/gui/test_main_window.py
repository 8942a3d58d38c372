"""The main window as a person uses it: pages, shortcuts, model files, settings, closing."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from playground.engine.fast.network import Network
from playground.engine.training.modelfile import load_model, new_model, save_model
from playground.gui.main_window import MainWindow
from playground.paths import MODELS_DIR


@pytest.fixture
def window(qtbot, state):
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def tiny_model(name="tiny", accuracy=0.875):
    spec = {"input_shape": [784], "layers": [{"type": "affine", "units": 10}],
            "loss": {"type": "softmax-cross-entropy"}}
    return new_model(Network(spec, seed=1), name=name, preset=None,
                     input_spec={"scale": "unit", "layout": "flat"}, dataset="mnist",
                     classes=[str(d) for d in range(10)], metrics={"test_accuracy": accuracy})


def test_pages_in_reading_order_and_only_the_first_is_built(window):
    assert window.page_ids == ["gates", "playground", "train", "weights", "inside", "draw", "classes", "concepts"]
    assert window.panel(window.current_page_id()) is not None
    others = [p for p in window.page_ids if p != window.current_page_id()]
    assert all(window.panel(p) is None for p in others)


def test_ctrl_number_switches_pages_and_builds_them(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "draw"
    assert window.panel("draw") is not None
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "gates"


def test_open_model_shows_it_in_the_status_bar_and_enables_save(window, qtbot, tmp_path):
    path = save_model(tmp_path / "digits.npz", tiny_model("digits", 0.875))
    assert not window._save_action.isEnabled()
    window.open_model_file(str(path))
    qtbot.waitUntil(lambda: window.state.model is not None)
    assert window.state.model_source == str(path)
    label = window._model_label.text()
    assert "digits" in label and "mnist" in label and "87.5 %" in label
    qtbot.waitUntil(window._save_action.isEnabled)


def test_save_model_writes_a_file_that_loads_back(window, qtbot, tmp_path, state):
    model = tiny_model()
    state.set_model(model, source="trained here")
    target = tmp_path / "copy.npz"
    window.save_model_file(str(target))
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: not window._model_files.busy)
    window.open_model_file(str(target))
    qtbot.waitUntil(lambda: state.model is not model)
    np.testing.assert_array_equal(state.model.network.params["W1"], model.network.params["W1"])


def test_broken_model_file_shows_the_error_message(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip file")
    window.open_model_file(str(broken))
    qtbot.waitUntil(lambda: bool(shown))
    assert "broken.npz" in shown[0]
    assert window.state.model is None


def test_last_page_and_geometry_are_remembered(qtbot, state):
    first = MainWindow(state)
    qtbot.addWidget(first)
    first.show()
    first.show_page("weights")
    first.close()
    assert QSettings().value("main_window/geometry") == first.saveGeometry()
    second = MainWindow(state)
    qtbot.addWidget(second)
    assert second.current_page_id() == "weights"
    assert second.panel("weights") is not None and second.panel("gates") is None
    second.show_page("gates")
    second.close()


def test_closing_shuts_down_every_built_panel(window):
    calls = []
    for page_id in ("gates", "train"):
        window.show_page(page_id).shutdown = lambda page_id=page_id: calls.append(page_id)
    window.close()
    assert sorted(calls) == ["gates", "train"]


def test_about_names_versions_and_data_licences(window):
    text = window.about_text()
    for needle in ("NumPy", "SciPy", "pyqtgraph", "Qt", "Python", "CC BY-SA 3.0", "LeCun",
                   "Zalando SE", "MIT"):
        assert needle in text


def test_export_writes_a_pytorch_script_with_its_weights_and_an_onnx_graph(window, qtbot, tmp_path, state):
    assert not window._export_action.isEnabled()
    state.set_model(tiny_model(), source="trained here")
    assert window._export_action.isEnabled()
    window.export_model_file(str(tmp_path / "digits"), "pytorch")
    qtbot.waitUntil(lambda: not window._model_files.busy)
    script = (tmp_path / "digits.py").read_text()
    assert "class Network(nn.Module)" in script and '"digits.npz"' in script
    np.testing.assert_array_equal(load_model(tmp_path / "digits.npz").network.params["W1"],
                                  state.model.network.params["W1"])
    assert window.statusBar().currentMessage() == "Exported digits.py"
    window.export_model_file(str(tmp_path / "digits.onnx"), "onnx")
    qtbot.waitUntil(lambda: not window._model_files.busy)
    assert (tmp_path / "digits.onnx").stat().st_size > 0


def test_export_dialog_filter_picks_the_target(window, qtbot, tmp_path, state, monkeypatch):
    state.set_model(tiny_model(), source="trained here")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "graph"), "ONNX graph (*.onnx)"))
    window._export_action.trigger()
    qtbot.waitUntil(lambda: not window._model_files.busy)
    assert (tmp_path / "graph.onnx").is_file() and not (tmp_path / "graph.npz").exists()


@pytest.mark.parametrize("page", ["main", "train", "inside"])
def test_every_model_save_dialog_adds_the_suffix_and_offers_model_files(window, qtbot, tmp_path, state,
                                                                        monkeypatch, page):
    asked = {}

    def dialog(parent, title, start, filters):
        asked.update(title=title, start=start, filters=filters)
        return str(tmp_path / "mine"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    state.set_model(load_model(MODELS_DIR / "mlp.npz"), source="shipped")
    if page == "main":
        window.save_model()
    elif page == "train":
        window.show_page("train").save_model()
    else:
        panel = window.show_page("inside")
        qtbot.waitUntil(panel.lab.save_button.isEnabled, timeout=60_000)
        qtbot.mouseClick(panel.lab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil((tmp_path / "mine.npz").exists, timeout=20_000)
    assert asked["filters"] == "Model files (*.npz)"


def test_a_fresh_start_gives_every_page_the_draw_pads_model_without_a_click(qtbot, qapp_named):
    from playground.gui.app import create_main_window
    from playground.gui.common.start_model import start_model_path

    expected = load_model(start_model_path())
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    state = window.state
    qtbot.waitUntil(lambda: state.model is not None, timeout=10000)
    assert state.model.name == expected.name == "deep-cnn"
    label = window._model_label.text()
    assert expected.name in label and f"test accuracy {100 * expected.test_accuracy:.1f} %" in label

    weights = window.show_page("weights")
    assert weights.pages.currentWidget() is weights.tabs
    assert weights.tabs.currentWidget() is weights.conv_filters  # a CNN: its filters come first
    views = weights.conv_filters.mosaic_views
    assert weights.conv_filters.message == "" and views and views[0].mosaic.count == 16
    qtbot.waitUntil(lambda: weights.evaluation.result is not None, timeout=90000)
    matrix = weights.evaluation.result.confusion
    assert matrix.shape == (10, 10) and matrix.sum() == 10000
    assert weights.evaluation.matrix_image.image.shape == (10, 10)
    assert weights.evaluation.result.accuracy == pytest.approx(expected.test_accuracy, abs=1e-4)

    draw = window.show_page("draw")
    assert draw.model is state.model
    assert "Current model: deep-cnn" in draw._models.currentText()
    window.close()


def test_a_model_opened_on_the_draw_page_becomes_the_current_model_everywhere(window, qtbot, tmp_path):
    path = save_model(tmp_path / "digits.npz", tiny_model("digits", 0.875))
    draw = window.show_page("draw")
    draw.open_model_file(str(path))
    qtbot.waitUntil(lambda: window.state.model is not None)
    assert window.state.model_source == str(path)
    assert draw.model is window.state.model
    assert "digits" in window._model_label.text()
    inside = window.show_page("inside")
    assert inside.model is window.state.model
    window.close()


def test_a_start_model_that_cannot_be_read_is_said_in_the_status_bar_not_a_dialog(window, qtbot, tmp_path,
                                                                                  monkeypatch):
    import playground.gui.main_window as main_window

    dialogs = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: dialogs.append(args))
    broken = tmp_path / "deep-cnn.npz"
    broken.write_bytes(b"not a zip file")
    monkeypatch.setattr(main_window, "start_model_path", lambda: broken)
    window.load_start_model()
    assert "Loading deep-cnn" in window._model_label.text()
    qtbot.waitUntil(lambda: "Cannot open the start model" in window.statusBar().currentMessage())
    assert "deep-cnn.npz" in window.statusBar().currentMessage()
    assert window._model_label.text() == "No model loaded" and window.state.model is None and not dialogs
    window.open_model_file(str(save_model(tmp_path / "digits.npz", tiny_model("digits"))))  # the app works on
    qtbot.waitUntil(lambda: window.state.model is not None)


def test_the_start_model_does_not_replace_a_model_that_is_already_current(window, state):
    model = tiny_model()
    state.set_model(model, source="trained here")
    window.load_start_model()
    assert not window._model_files.busy and state.model is model
