"""Teaching the Draw page one's handwriting: correct misreadings on the real pad, review the kept
drawings, adapt, and find the personal model in the model list."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.engine.data.mnist_style import to_mnist
from playground.engine.data.userdrawings import DrawingStore, default_folder
from playground.engine.training.adapt import AdaptConfig
from playground.engine.training.modelfile import load_model
from playground.gui.draw.panel import DrawPanel
from tests.data.drawn_digits.render import template_strokes
from tests.engine.test_adapt import rotated_templates
from tests.gui.test_draw import SHIPPED, draw, wait_for_reading

pytestmark = pytest.mark.skipif(not SHIPPED, reason="no shipped model in models/ yet")

QUICK = AdaptConfig(steps=15, replay=1000, guard=500, mnist_test=500)


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    return tmp_path / "nn-playground"


@pytest.fixture
def panel(qtbot, state, data_home):
    widget = DrawPanel(state)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model is not None, timeout=15000)
    yield widget
    widget.shutdown()


def pad_strokes(template: dict) -> list[list[tuple[float, float]]]:
    """A template's strokes fitted into the middle of the pad (canvas units 0..1)."""
    strokes = template_strokes(template)
    everything = np.vstack(strokes)
    low, high = everything.min(axis=0), everything.max(axis=0)
    scale = 0.6 / max(high - low)
    offset = 0.5 - (low + high) / 2 * scale
    return [[tuple(p) for p in stroke * scale + offset] for stroke in strokes]


def teach(qtbot, panel, digit: int, variant: int) -> None:
    """Draw the digit in the personal style and click the right answer."""
    kept = len(panel.kept_drawings())
    templates = rotated_templates()[digit]
    draw(qtbot, panel.pad, pad_strokes(templates[variant % len(templates)]), steps=1)
    wait_for_reading(qtbot, panel)
    drawn = to_mnist(panel.pad.reading_image())
    qtbot.mouseClick(panel.teach.digit_buttons[str(digit)], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.kept_drawings()) == kept + 1, timeout=5000)
    newest = max(panel.kept_drawings(), key=lambda d: d.created)
    assert newest.label == str(digit)
    stored = DrawingStore(default_folder()).images([newest])[0]
    np.testing.assert_allclose(stored / 255.0, drawn, atol=1 / 255)   # this drawing, not the one before


def test_correct_ten_drawings_adapt_and_pick_the_personal_model(panel, qtbot, data_home):
    assert not panel.teach.adapt_button.isEnabled()
    assert panel.teach.counter_text() == "Your drawings kept: 0; adapting needs at least 10."
    assert not panel.teach.digit_buttons["3"].isEnabled()           # nothing on the pad yet
    for k in range(10):
        teach(qtbot, panel, k, k)
        assert panel.pad.is_empty()                                   # ready for the next one
    stored = DrawingStore(data_home / "drawings")
    assert sorted(d.label for d in stored.drawings("digits")) == [str(k) for k in range(10)]
    assert panel.teach.counter_text() == "Your drawings kept: 10."
    np.testing.assert_array_equal(stored.images(stored.drawings()).shape, (10, 28, 28))

    base = panel.model.name                                          # the pad's default model
    panel.adapt_config = QUICK
    assert panel.teach.adapt_button.isEnabled()
    qtbot.mouseClick(panel.teach.adapt_button, Qt.MouseButton.LeftButton)
    assert panel.teach.cancel_button.isVisible()
    qtbot.waitUntil(lambda: "Added to the model list" in panel.teach.result_text(), timeout=120000)
    text = panel.teach.result_text()
    assert "5-fold cross-validated" in text and "of 10 read right" in text and "of 500" in text
    saved = data_home / "models" / f"{base}-personal.npz"
    assert saved.is_file()
    assert panel.model.name == f"{base}-personal"                 # now reading with it
    chooser = panel._models
    assert "adapted to your writing" in chooser.currentText()
    personal = load_model(saved)
    figures = personal.meta["metrics"]["personal"]
    assert f"{100 * figures['user_before']:.0f} % → {100 * figures['user_after']:.0f} %" in text
    assert f"{100 * figures['mnist_after']:.2f} %" in text

    # A new page (the next start of the app) lists the personal model from the data folder.
    again = DrawPanel(panel._state)
    qtbot.addWidget(again)
    try:
        qtbot.waitUntil(lambda: any(again._models.entry(i).kind == "personal"
                                    for i in range(again._models.count())), timeout=15000)
        qtbot.waitUntil(lambda: len(again.kept_drawings()) == 10, timeout=5000)
    finally:
        again.shutdown()


def test_adapting_can_be_cancelled(panel, qtbot):
    for k in range(10):
        teach(qtbot, panel, k, k + 1)
    panel.adapt_config = AdaptConfig(steps=5000, replay=1000, guard=500, mnist_test=500)
    count = panel._models.count()
    qtbot.mouseClick(panel.teach.adapt_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    qtbot.mouseClick(panel.teach.cancel_button, Qt.MouseButton.LeftButton)
    assert panel.teach.adapt_button.isVisible() and "cancelled" in panel.teach.result_text()
    assert panel._models.count() == count
    started = time.monotonic()
    panel.shutdown()                       # waits for the worker: the fine-tuning really stopped
    assert time.monotonic() - started < 5
    assert not list(default_folder().parent.glob("models/*.npz"))


def test_the_browser_relabels_and_deletes_kept_drawings(panel, qtbot, data_home):
    for k in (1, 7):
        teach(qtbot, panel, k, 0)
    qtbot.mouseClick(panel.teach.review_button, Qt.MouseButton.LeftButton)
    browser = panel._browser
    qtbot.waitExposed(browser)
    assert [browser.list.item(i).text() for i in range(browser.list.count())] == ["1", "7"]
    browser.list.item(1).setSelected(True)
    browser.label_choice().setCurrentText("9")
    qtbot.mouseClick(browser.relabel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sorted(d.label for d in panel.kept_drawings()) == ["1", "9"], timeout=5000)
    assert sorted(d.label for d in DrawingStore(data_home / "drawings").drawings()) == ["1", "9"]
    assert browser.selected_ids() == [panel.kept_drawings()[1].id]   # the selection survives the update
    browser.list.clearSelection()
    browser.list.item(0).setSelected(True)
    qtbot.mouseClick(browser.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.kept_drawings()) == 1, timeout=5000)
    assert [d.label for d in DrawingStore(data_home / "drawings").drawings()] == ["9"]
    assert browser.list.count() == 1
