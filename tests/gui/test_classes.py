"""Your classes page: draw or load examples of named classes, see what the network sees, train, read, save."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from benchmarks.own_classes import render, shape_strokes
from playground.engine.data.prepare import network_picture
from playground.engine.training import transfer
from playground.engine.training.modelfile import load_model
from playground.gui.classes import panel as panel_module
from playground.gui.classes.panel import ClassesPanel
from tests.gui.test_draw import draw

SHAPES = ["circle", "cross", "square"]


@pytest.fixture
def panel(qtbot, state, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    widget = ClassesPanel(state)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def name_classes(qtbot, panel, names: list[str]) -> None:
    panel.names_edit.clear()
    qtbot.keyClicks(panel.names_edit, ", ".join(names))
    qtbot.keyClick(panel.names_edit, Qt.Key.Key_Return)


def draw_shape(qtbot, panel, kind: str, rng) -> None:
    strokes = [[tuple(p) for p in stroke] for stroke in shape_strokes(kind, rng)]
    draw(qtbot, panel.pad, strokes, steps=2)


def keep_drawings(qtbot, panel, kinds: list[str], per_class: int, rng) -> None:
    for k, kind in enumerate(kinds):
        panel.class_box.setCurrentIndex(k)
        for _ in range(per_class):
            draw_shape(qtbot, panel, kind, rng)
            qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)


def train(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel.examples_ready, timeout=20_000)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    assert panel.training and panel.train_button.text() == "Stop"
    qtbot.waitUntil(lambda: not panel.training, timeout=120_000)
    assert "Trained" in panel.status.text(), panel.status.text()


def bar_names(panel) -> list[str]:
    return [name for _, name in panel.bars.getAxis("left")._tickLevels[0]]


def test_three_drawn_classes_train_and_new_drawings_are_read_by_name(qtbot, panel, state):
    name_classes(qtbot, panel, SHAPES)
    assert [panel.class_box.itemText(k) for k in range(panel.class_box.count())] == SHAPES
    rng = np.random.default_rng(3)
    keep_drawings(qtbot, panel, SHAPES, 10, rng)
    assert panel.pad.is_empty()
    assert panel.counts_label.text().startswith("circle: 10, cross: 10, square: 10")
    assert panel.examples.list.count() == 30
    train(qtbot, panel)
    assert state.model is not None and state.model.classes == SHAPES
    assert bar_names(panel) == SHAPES
    for k, kind in enumerate(SHAPES):
        panel.pad.clear()
        draw_shape(qtbot, panel, kind, rng)
        heights = panel.bars._bars.opts["width"]
        assert int(np.argmax(heights)) == k, (kind, heights)


def test_training_asks_for_examples_of_every_class_first(qtbot, panel):
    name_classes(qtbot, panel, ["a", "b"])
    qtbot.waitUntil(lambda: panel.examples_ready, timeout=5000)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    assert "at least two examples" in panel.status.text() and not panel.training
    name_classes(qtbot, panel, ["only"])
    assert panel.class_box.count() == 0 and "2 to 20" in panel.status.text()


def test_drawn_examples_are_moved_to_another_class_and_deleted(qtbot, panel):
    name_classes(qtbot, panel, ["circle", "cross"])
    keep_drawings(qtbot, panel, ["circle", "cross"], 3, np.random.default_rng(4))
    browser = panel.examples
    assert [browser.list.item(k).text() for k in range(6)] == ["circle"] * 3 + ["cross"] * 3
    browser.list.item(0).setSelected(True)
    browser.class_choice.setCurrentText("cross")
    qtbot.mouseClick(browser.relabel_button, Qt.MouseButton.LeftButton)
    assert panel.counts_label.text().startswith("circle: 2, cross: 4")
    for k in range(browser.list.count()):
        browser.list.item(k).setSelected(browser.list.item(k).text() == "cross")
    qtbot.mouseClick(browser.delete_button, Qt.MouseButton.LeftButton)
    assert panel.counts_label.text().startswith("circle: 2, cross: 0")
    assert sorted(d.label for d in panel.store().drawings()) == ["circle", "circle"]
    assert "Fewer than 5 examples: circle, cross" in panel.counts_label.text()


def _shape_folder(root, per_class: int = 8):
    rng = np.random.default_rng(9)
    for kind in ("circle", "cross"):
        (root / kind).mkdir(parents=True)
        for i in range(per_class):
            Image.fromarray(render(shape_strokes(kind, rng), rng)).save(root / kind / f"{i}.png")
    good = (root / "cross" / "0.png").read_bytes()
    (root / "cross" / "truncated.png").write_bytes(good[:len(good) // 3])
    (root / "circle" / "notes.png").write_text("a text file with a picture's name")
    (root / "circle" / "empty.png").write_bytes(b"")
    return root


def drop(widget, paths) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QDropEvent(centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)  # Qt delivers a drop only inside a real drag; the handler is what counts


def test_a_dropped_folder_with_corrupt_files_lists_them_and_trains_on_the_rest(qtbot, panel, state, tmp_path,
                                                                                 monkeypatch):
    monkeypatch.setattr(transfer, "MIN_STEPS", 20)  # reading well is the first test's business
    folder = _shape_folder(tmp_path / "shapes")
    drop(panel, [folder])
    box = panel.load_box
    assert panel.tabs.currentWidget() is box
    qtbot.waitUntil(lambda: box.folder_button.isEnabled(), timeout=30_000)
    rows = {box.skipped.topLevelItem(k).text(0): box.skipped.topLevelItem(k).text(1)
            for k in range(box.skipped.topLevelItemCount())}
    assert set(rows) == {"truncated.png", "notes.png", "empty.png"}
    assert rows["truncated.png"].startswith("damaged or truncated picture (")  # with the decoder's words
    assert rows["notes.png"] == "not a picture file (PNG, JPEG, BMP, GIF, TIFF or WebP)"
    assert rows["empty.png"] == "empty file (0 bytes), not a picture"
    assert "16 pictures in 2 classes" in box.summary.text() and "3 skipped" in box.summary.text()
    assert panel.use_choice.currentData() == "loaded"
    qtbot.waitUntil(lambda: panel.examples_ready and panel.preview.shown == {"circle": 8, "cross": 8},
                    timeout=10_000)
    assert "circle: 8, cross: 8" in panel.set_summary.text()
    panel.start_choice.setCurrentIndex(panel.start_choice.findData("freeze"))
    train(qtbot, panel)
    assert state.model.classes == ["circle", "cross"] and bar_names(panel) == ["circle", "cross"]


def test_preview_follows_the_preparation_and_both_sources_merge_by_name(qtbot, panel, tmp_path):
    folder = _shape_folder(tmp_path / "shapes", per_class=3)
    panel.load_paths([str(folder)])
    qtbot.waitUntil(lambda: panel._loaded is not None and panel.examples_ready, timeout=30_000)
    mnist_style = panel._set.images.copy()
    panel.preparation.setCurrentIndex(panel.preparation.findData("resize"))
    qtbot.waitUntil(lambda: panel._loaded is not None and panel.examples_ready, timeout=30_000)
    plain = panel._set.images
    assert plain.shape == mnist_style.shape and not np.array_equal(plain, mnist_style)
    assert plain[:, 0, :].max() < 60  # light ink on dark either way
    name_classes(qtbot, panel, ["cross", "smile"])
    keep_drawings(qtbot, panel, ["cross", "smile"], 2, np.random.default_rng(5))
    panel.use_choice.setCurrentIndex(panel.use_choice.findData("both"))
    qtbot.waitUntil(lambda: panel.examples_ready and "smile" in panel.preview.shown, timeout=10_000)
    assert panel._set.class_names == ("cross", "smile", "circle")
    assert panel._set.counts().tolist() == [5, 2, 3]
    assert panel.preview.shown == {"cross": 5, "smile": 2, "circle": 3}
    assert "fewer than 5 examples of smile, circle" in panel.set_summary.text()


def test_a_load_is_cancelled_and_a_bad_choice_is_explained(qtbot, panel, tmp_path):
    panel.load_paths([str(tmp_path / "nothing.txt")])
    assert "choose a folder" in panel.load_box.summary.text()
    folder = _shape_folder(tmp_path / "shapes", per_class=3)
    panel.load_paths([str(folder)])
    qtbot.mouseClick(panel.load_box.cancel_button, Qt.MouseButton.LeftButton)
    assert "stopped" in panel.load_box.summary.text() and panel.load_box.folder_button.isEnabled()


def test_the_trained_model_is_saved_with_its_class_names_and_preparation(qtbot, panel, state, tmp_path,
                                                                         monkeypatch):
    monkeypatch.setattr(transfer, "MIN_STEPS", 20)
    name_classes(qtbot, panel, ["circle", "cross"])
    keep_drawings(qtbot, panel, ["circle", "cross"], 3, np.random.default_rng(6))
    assert not panel.save_button.isEnabled()
    panel.start_choice.setCurrentIndex(panel.start_choice.findData("scratch"))
    panel.preparation.setCurrentIndex(panel.preparation.findData("resize"))
    train(qtbot, panel)
    assert state.model.preparation == "resize"  # the Draw page and classify read it so too
    read = []
    monkeypatch.setattr(panel_module, "classify", lambda model, image: read.append(image) or np.full(2, 0.5))
    draw_shape(qtbot, panel, "circle", np.random.default_rng(8))
    np.testing.assert_array_equal(read[-1], network_picture(panel.pad.canvas_pixels(), "resize"))
    target = tmp_path / "mine.npz"
    monkeypatch.setattr(panel_module, "ask_model_save_path", lambda *_args: str(target))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in panel.status.text(), timeout=20_000)
    saved = load_model(target)
    assert saved.classes == ["circle", "cross"] and saved.preparation == "resize"


def test_training_stops_on_request_and_a_failed_load_leaves_no_files_in_the_set(qtbot, panel, tmp_path):
    name_classes(qtbot, panel, ["circle", "cross"])
    keep_drawings(qtbot, panel, ["circle", "cross"], 3, np.random.default_rng(7))
    qtbot.waitUntil(lambda: panel.examples_ready, timeout=10_000)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    assert not panel.training and "stopped" in panel.status.text()
    assert panel.train_button.text() == "Train" and not panel.save_button.isEnabled()
    (tmp_path / "one" / "circle").mkdir(parents=True)
    panel.load_paths([str(tmp_path / "one")])
    qtbot.waitUntil(lambda: panel.load_box.folder_button.isEnabled(), timeout=10_000)
    assert "at least 2 sub-folders" in panel.load_box.summary.text()
    qtbot.waitUntil(lambda: panel.examples_ready, timeout=10_000)
    assert panel._set.class_names == ("circle", "cross") and len(panel._set.labels) == 6
