"""Your classes page: name three classes, draw ten of each on the real pad, train, read new drawings."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from benchmarks.own_classes import shape_strokes
from playground.gui.classes.panel import ClassesPanel
from tests.gui.test_draw import draw

SHAPES = ["circle", "cross", "square"]


@pytest.fixture
def panel(qtbot, state, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    widget = ClassesPanel(state)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
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


def test_three_drawn_classes_train_and_new_drawings_are_read_by_name(qtbot, panel, state):
    name_classes(qtbot, panel, SHAPES)
    assert [panel.class_box.itemText(k) for k in range(panel.class_box.count())] == SHAPES
    rng = np.random.default_rng(3)
    for k, kind in enumerate(SHAPES):
        panel.class_box.setCurrentIndex(k)
        for _ in range(10):
            draw_shape(qtbot, panel, kind, rng)
            qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert panel.pad.is_empty()
    assert panel.counts_label.text().startswith("circle: 10, cross: 10, square: 10")
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.train_button.isEnabled(), timeout=120_000)
    assert "Trained" in panel.status.text(), panel.status.text()
    assert state.model is not None and state.model.classes == SHAPES
    assert [name for _, name in panel.bars.getAxis("left")._tickLevels[0]] == SHAPES
    for k, kind in enumerate(SHAPES):
        panel.pad.clear()
        draw_shape(qtbot, panel, kind, rng)
        heights = panel.bars._bars.opts["width"]
        assert int(np.argmax(heights)) == k, (kind, heights)


def test_training_asks_for_examples_of_every_class_first(qtbot, panel):
    name_classes(qtbot, panel, ["a", "b"])
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    assert "at least two examples" in panel.status.text()
    name_classes(qtbot, panel, ["only"])
    assert panel.class_box.count() == 0 and "2 to 20" in panel.status.text()
