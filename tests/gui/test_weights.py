"""Weights panel: tiles, filters, live snapshots, activations, class pictures and evaluation."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSpinBox  # noqa: E402

from playground.engine.fast.network import Network  # noqa: E402
from playground.engine.presets import get_preset, mlp_spec  # noqa: E402
from playground.engine.training.modelfile import new_model
from playground.gui.weights.gallery import PAGE  # noqa: E402
from playground.gui.weights.no_model import shipped_models  # noqa: E402
from playground.gui.weights.panel import WeightsPanel

DIGITS = [str(d) for d in range(10)]
FLAT = {"scale": "unit", "layout": "flat"}
CNN_SPEC = {"input_shape": [1, 28, 28],
            "layers": [{"type": "conv", "filters": 6, "kernel": 5}, {"type": "relu"},
                       {"type": "pool", "size": 2},
                       {"type": "conv", "filters": 4, "kernel": 3}, {"type": "relu"},
                       {"type": "flatten"}, {"type": "affine", "units": 10}],
            "loss": {"type": "softmax-cross-entropy"}}
WAIT = 30_000


def make_model(spec, input_spec=FLAT, with_initial=False, seed=0):
    network = Network(spec, seed=seed)
    model = new_model(network, name="test-net", preset=None, input_spec=input_spec, dataset="mnist",
                      classes=DIGITS)
    if with_initial:
        model.extras.update({f"initial/{n}": p * 0.5 for n, p in network.params.items() if n.startswith("W")})
    return model


@pytest.fixture
def panel(show_panel):
    return show_panel(WeightsPanel, (1280, 800))


def click_scene_point(qtbot, view, scene_point):
    """A real left click on a pyqtgraph view at the scene position ``scene_point()`` returns.

    The position is computed after pending layout events: views fit their range lazily.
    """
    qtbot.wait(20)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene_point()))


def test_without_a_model_the_hint_and_the_shipped_models_are_shown(panel):
    assert panel.pages.currentWidget() is panel.no_model
    assert "Train panel" in panel.no_model.hint.text()
    assert [b.text() for b in panel.no_model.buttons] == [p.stem for p in shipped_models()]
    assert not panel.export_button.isEnabled()


def test_a_shipped_model_loads_with_one_click_and_shows_one_tile_per_hidden_unit(panel, state, qtbot):
    models = [p for p in shipped_models()]
    if not models:
        pytest.skip("no model files in models/ yet")
    smallest = min(models, key=lambda p: p.stat().st_size)
    button = next(b for b in panel.no_model.buttons if b.text() == smallest.stem)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state.model is not None, timeout=WAIT)
    assert state.model_source == str(smallest)
    assert panel.pages.currentWidget() is panel.tabs
    W1 = state.model.network.params["W1"]
    if W1.ndim == 2 and W1.shape[0] == 784:
        assert panel.hidden_units.tile_count == W1.shape[1]
    else:
        assert panel.hidden_units.message


def test_hidden_unit_tiles_and_clicking_one_shows_its_details(panel, state, qtbot):
    model = make_model(mlp_spec([20], "relu", "he"))
    model.network.params["b1"][:] = np.arange(20) / 100
    state.set_model(model)
    assert panel.hidden_units.tile_count == 20
    mosaic_view = panel.hidden_units.mosaic
    click_scene_point(qtbot, mosaic_view, lambda: mosaic_view.tile_scene_point(7))
    assert "Hidden unit 7" in panel.hidden_units.detail_title.text
    assert "Bias: +0.0700" in panel.hidden_units.detail_text.text()
    strongest = np.argsort(-np.abs(model.network.params["W2"][7]))[0]
    assert f"Feeds most strongly: {strongest} (" in panel.hidden_units.detail_text.text()

    panel.hidden_units.scale.setCurrentIndex(1)
    assert mosaic_view.mosaic.limit == 1.0
    assert np.nanmax(np.abs(mosaic_view.image.image)) == pytest.approx(1.0)


def test_each_view_shows_what_a_cnn_has_and_says_what_it_lacks(panel, state):
    state.set_model(make_model(CNN_SPEC, {"scale": "unit", "layout": "image"}))
    panel.tabs.setCurrentWidget(panel.hidden_units)
    assert "convolutional" in panel.hidden_units.message
    panel.tabs.setCurrentWidget(panel.conv_filters)
    views = panel.conv_filters.mosaic_views
    assert [v.mosaic.count for v in views] == [6, 4 * 6]
    assert views[1].mosaic.grid == (4, 6)
    panel.tabs.setCurrentWidget(panel.before_after)
    assert "no record" in panel.before_after.message

    state.set_model(make_model(mlp_spec([16], "sigmoid", "xavier", batchnorm=True), with_initial=True))
    assert not panel.before_after.message                     # on screen: redrawn at once
    panel.tabs.setCurrentWidget(panel.conv_filters)           # hidden views catch up when shown
    assert "no convolution layers" in panel.conv_filters.message
    assert [panel.before_after.layer.itemText(i) for i in range(panel.before_after.layer.count())] == ["W1", "W3"]
    change = panel.before_after.change_view.mosaic
    W1 = state.model.network.params["W1"]
    assert change.count == 16
    np.testing.assert_allclose(change.image[:28, :28], (W1 * 0.5)[:, 0].reshape(28, 28), rtol=1e-6)


def test_the_first_layer_tab_follows_the_kind_of_network_but_other_tabs_stay(panel, state):
    panel.tabs.setCurrentWidget(panel.hidden_units)
    state.set_model(make_model(CNN_SPEC, {"scale": "unit", "layout": "image"}))
    assert panel.tabs.currentWidget() is panel.conv_filters
    state.set_model(make_model(mlp_spec([16], "sigmoid", "xavier")))
    assert panel.tabs.currentWidget() is panel.hidden_units
    panel.tabs.setCurrentWidget(panel.evaluation)
    state.set_model(make_model(CNN_SPEC, {"scale": "unit", "layout": "image"}))
    assert panel.tabs.currentWidget() is panel.evaluation


def test_live_snapshots_are_coalesced_and_the_newest_is_drawn(panel, state, qtbot):
    model = make_model(mlp_spec([12], "relu", "he"))
    state.set_model(model)
    panel.tabs.setCurrentWidget(panel.hidden_units)
    state.training_active.emit(True)
    before = panel.redraw_count
    for iteration in range(1, 11):
        params = {n: np.full_like(p, iteration) for n, p in model.network.params.items()}
        state.training_snapshot.emit({"params": params, "iteration": iteration, "epoch": iteration / 10})
    qtbot.waitUntil(lambda: panel.redraw_count > before, timeout=WAIT)
    qtbot.wait(400)
    assert panel.redraw_count == before + 1
    assert "iteration 10," in panel.caption.text()
    assert np.nanmax(panel.hidden_units.mosaic.image.image) == 10
    panel.tabs.setCurrentWidget(panel.before_after)
    assert panel.before_after.initial_view.mosaic.image[0, 0] == 1       # first snapshot of the run
    assert panel.before_after.change_view.mosaic.image[0, 0] == 9


def test_activations_for_a_test_image_and_for_the_drawn_digit(panel, state, qtbot):
    state.set_model(make_model(CNN_SPEC, {"scale": "unit", "layout": "image"}))
    panel.tabs.setCurrentWidget(panel.activations)
    view = panel.activations
    qtbot.waitUntil(lambda: len(view.outputs) == 7, timeout=WAIT)
    assert view.outputs[0].values.shape == (6, 24, 24)
    assert "True label" in view.prediction.text()
    assert not view.from_drawing.isEnabled()

    digit = np.zeros((28, 28), np.float32)
    digit[6:22, 13:15] = 1.0
    state.drawn_digit.emit(digit)
    assert view.from_drawing.isEnabled()
    first_map = view.outputs[0].values.copy()
    view.from_drawing.setChecked(True)
    qtbot.waitUntil(lambda: "Draw pad" in view.prediction.text(), timeout=WAIT)
    assert not np.allclose(view.outputs[0].values, first_map)


def test_class_pictures_say_which_method_made_them(panel, state, qtbot):
    view = panel.class_pictures
    panel.tabs.setCurrentWidget(view)
    rashid = get_preset("rashid")
    state.set_model(make_model(rashid.network_spec(), rashid.input))
    qtbot.waitUntil(lambda: view.result is not None, timeout=WAIT)
    assert view.result.method == "backquery" and "back-query" in view.explanation.text()
    assert view.pictures_image.image.shape == (28, 10 * 28 + 9 * 4)

    state.set_model(make_model(mlp_spec([20], "relu", "he")))
    assert not view.method.model().item(0).isEnabled()
    qtbot.waitUntil(lambda: view.result.method == "gradient-ascent", timeout=WAIT)
    assert "gradient ascent" in view.explanation.text()


def test_confusion_matrix_covers_the_test_set_and_cells_open_their_images(panel, state, qtbot):
    model = make_model(mlp_spec([16], "relu", "he"))
    state.set_model(model)
    view = panel.evaluation
    panel.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.result is not None, timeout=WAIT)
    labels = state.dataset("mnist").test_labels
    confusion = view.result.confusion
    assert confusion.sum() == len(labels) == 10_000
    np.testing.assert_array_equal(confusion.sum(axis=1), np.bincount(labels, minlength=10))
    assert view.gallery.count() == min(PAGE, int(len(labels) - np.trace(confusion)))

    big = np.argwhere(confusion > PAGE)[0]
    small = np.argwhere((confusion > 0) & (confusion < PAGE))[0]
    for (true, predicted), expected in ((big, PAGE), (small, confusion[tuple(small)])):
        click_scene_point(qtbot, view.matrix_widget,
                          lambda: view.matrix_image.scene_point(true + 0.5, predicted + 0.5))
        assert view.cell == (true, predicted)
        assert view.gallery.count() == expected
        assert view.gallery_title.text().endswith(f"showing {expected} of {confusion[true, predicted]}")
    qtbot.mouseClick(view.mistakes_button, Qt.MouseButton.LeftButton)
    assert view.cell is None and "mistakes" in view.gallery_title.text()


def test_export_writes_the_view_on_screen_as_png(panel, state, tmp_path):
    state.set_model(make_model(mlp_spec([9], "relu", "he")))
    target = tmp_path / "weights.png"
    assert panel.export_current_view(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_every_control_has_a_tooltip(panel, state):
    state.set_model(make_model(mlp_spec([9], "relu", "he")))
    controls = panel.findChildren(QAbstractButton) + panel.findChildren(QComboBox) + panel.findChildren(QSpinBox)
    assert controls
    missing = [c.text() if hasattr(c, "text") else type(c).__name__ for c in controls
               if not c.toolTip() and c.objectName() != "qt_tabwidget_scrollbar" and c.parent() is not panel.tabs.tabBar()]
    assert missing == []
    assert all(panel.tabs.tabToolTip(i) for i in range(panel.tabs.count()))

