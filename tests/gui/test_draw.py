"""The Draw panel as a person uses it: draw with the mouse, clear, undo, open pictures, read."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from playground.engine.data.mnist_style import classify, load_image, to_mnist
from playground.engine.training.modelfile import Model, load_model
from playground.gui.draw.model_choice import PREFERRED_FOR_DRAWINGS
from playground.gui.draw.panel import DrawPanel
from playground.paths import MODELS_DIR
from tests.data.drawn_digits.render import load_templates, render

SHIPPED = [MODELS_DIR / f"{name}.npz" for name in PREFERRED_FOR_DRAWINGS
           if (MODELS_DIR / f"{name}.npz").is_file()]
needs_model = pytest.mark.skipif(not SHIPPED, reason="no shipped model in models/ yet")

ONE = [[(0.44, 0.22), (0.52, 0.15), (0.52, 0.85)]]
ZERO = [[(0.5, 0.15), (0.32, 0.25), (0.27, 0.5), (0.32, 0.75), (0.5, 0.85), (0.68, 0.75),
         (0.73, 0.5), (0.68, 0.25), (0.5, 0.15), (0.42, 0.18)]]


@pytest.fixture
def panel(show_panel):
    return show_panel(DrawPanel, (1200, 700))


@pytest.fixture
def reading_panel(panel, qtbot):
    """The panel once its default shipped model has loaded in the background."""
    if not SHIPPED:
        pytest.skip("no shipped model in models/ yet")
    qtbot.waitUntil(lambda: panel.model is not None, timeout=15000)
    return panel


def to_widget(pad, x: float, y: float) -> QPoint:
    """Canvas units (0..1) to a point on the pad widget."""
    side = min(pad.width(), pad.height()) - 2
    left, top = (pad.width() - side) / 2, 1
    return QPoint(round(left + x * side), round(top + y * side))


def draw(qtbot, pad, strokes, steps: int = 8) -> None:
    """Drag the mouse along each stroke, as a person would, in small steps."""
    for stroke in strokes:
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=to_widget(pad, *stroke[0]))
        for (x0, y0), (x1, y1) in zip(stroke[:-1], stroke[1:]):
            for t in np.linspace(0, 1, steps + 1)[1:]:
                qtbot.mouseMove(pad, to_widget(pad, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=to_widget(pad, *stroke[-1]))


def wait_for_reading(qtbot, panel):
    qtbot.waitUntil(lambda: panel.probabilities() is not None, timeout=5000)
    return panel.probabilities()


def pen_event(kind: QEvent.Type, point: QPoint, pressure: float) -> QTabletEvent:
    position = QPointF(point)
    return QTabletEvent(kind, QPointingDevice.primaryPointingDevice(), position, position, pressure,
                        0, 0, 0, 0, 0, Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton)


def test_a_tablet_pen_draws_strokes_too(panel, qtbot):
    pad = panel.pad
    QApplication.sendEvent(pad, pen_event(QEvent.Type.TabletPress, to_widget(pad, 0.5, 0.15), 0.6))
    for y in np.linspace(0.15, 0.85, 15)[1:]:
        QApplication.sendEvent(pad, pen_event(QEvent.Type.TabletMove, to_widget(pad, 0.5, y), 0.6))
    QApplication.sendEvent(pad, pen_event(QEvent.Type.TabletRelease, to_widget(pad, 0.5, 0.85), 0.0))
    assert pad.stroke_count() == 1
    ink = 255 - pad.canvas_pixels().astype(int)
    assert ink[:, 140].sum() > 100 * 255   # a long vertical line down the middle
    assert ink[:, :100].sum() == 0


def test_an_empty_pad_asks_for_a_digit(panel):
    assert panel.pad.is_empty()
    assert panel.answer_text() == "Draw a digit"
    assert panel.probabilities() is None


@needs_model
@pytest.mark.parametrize("strokes,digit", [(ONE, 1), (ZERO, 0)])
def test_a_drawn_digit_is_read(reading_panel, qtbot, strokes, digit):
    draw(qtbot, reading_panel.pad, strokes)
    probabilities = wait_for_reading(qtbot, reading_panel)
    assert int(np.argmax(probabilities)) == digit
    assert reading_panel.answer_text() == str(digit)


@needs_model
def test_the_reading_updates_while_drawing_before_the_pen_is_lifted(reading_panel, qtbot):
    pad = reading_panel.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=to_widget(pad, 0.5, 0.15))
    for y in np.linspace(0.15, 0.85, 12)[1:]:
        qtbot.mouseMove(pad, to_widget(pad, 0.5, y))
    wait_for_reading(qtbot, reading_panel)
    assert reading_panel.pad.stroke_count() == 1
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=to_widget(pad, 0.5, 0.85))


@needs_model
def test_probabilities_sum_to_one_and_match_classifying_the_saved_drawing(reading_panel, qtbot,
                                                                          tmp_path):
    draw(qtbot, reading_panel.pad, ZERO)
    shown = wait_for_reading(qtbot, reading_panel)
    assert shown.sum() == pytest.approx(1.0, abs=1e-5)
    saved = tmp_path / "drawing.png"
    assert reading_panel.pad.save_png(saved)
    from_file = classify(reading_panel.model, to_mnist(load_image(saved)))
    np.testing.assert_allclose(shown, from_file, atol=1e-6)
    # The command line reads the saved drawing the same way.
    model_path = reading_panel._models.entry().path                # the shipped file in use
    result = subprocess.run([sys.executable, "-m", "playground", "classify", str(model_path), str(saved),
                             "--json"], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    np.testing.assert_allclose(json.loads(result.stdout)["probabilities"], shown, atol=1e-5)


@needs_model
def test_clear_with_the_delete_key_returns_to_the_empty_state(reading_panel, qtbot, state):
    draw(qtbot, reading_panel.pad, ONE)
    wait_for_reading(qtbot, reading_panel)
    assert state.drawn_digit_image is not None
    reading_panel.pad.setFocus()
    qtbot.keyClick(reading_panel.pad, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: reading_panel.probabilities() is None)
    assert reading_panel.pad.is_empty()
    assert reading_panel.answer_text() == "Draw a digit"
    assert state.drawn_digit_image is None


@needs_model
def test_undo_removes_the_last_stroke_only(reading_panel, qtbot):
    pad = reading_panel.pad
    draw(qtbot, pad, ONE)
    one_alone = wait_for_reading(qtbot, reading_panel).copy()
    draw(qtbot, pad, [[(0.2, 0.6), (0.8, 0.6)]])
    qtbot.waitUntil(lambda: not np.allclose(reading_panel.probabilities(), one_alone))
    pad.setFocus()
    qtbot.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: np.allclose(reading_panel.probabilities(), one_alone, atol=1e-6))
    assert pad.stroke_count() == 1


@needs_model
def test_threshold_above_the_confidence_says_not_sure(reading_panel, qtbot):
    draw(qtbot, reading_panel.pad, ONE)
    probabilities = wait_for_reading(qtbot, reading_panel)
    reading_panel._threshold.setValue(100.0)
    assert reading_panel.answer_text() == "not sure"
    reading_panel._threshold.setValue(max(0.0, 100 * probabilities.max() - 5))
    assert reading_panel.answer_text() == "1"


@needs_model
def test_opening_a_png_of_a_digit_reads_it(reading_panel, qtbot, tmp_path):
    template = next(t for t in load_templates() if t["digit"] == 7 and t["style"] == "plain")
    path = tmp_path / "seven.png"
    Image.fromarray(render(template, np.random.default_rng(5))).save(path)
    reading_panel.open_picture(str(path))
    probabilities = wait_for_reading(qtbot, reading_panel)
    assert int(np.argmax(probabilities)) == 7
    expected = classify(reading_panel.model, to_mnist(load_image(path)))
    np.testing.assert_allclose(probabilities, expected, atol=1e-5)


def drop_file(pad, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(pad.width() / 2, pad.height() / 2), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    pad.dropEvent(event)


def test_dropping_a_non_image_file_shows_a_message_and_the_pad_keeps_working(panel, qtbot, tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("not a picture at all\n" * 10)
    drop_file(panel.pad, path)
    qtbot.waitUntil(lambda: "not an image" in panel.message(), timeout=5000)
    assert panel.pad.is_empty()
    draw(qtbot, panel.pad, ONE)
    qtbot.waitUntil(lambda: panel.message() == "")
    assert panel.pad.stroke_count() == 1


@pytest.mark.parametrize("content,expected", [
    ("truncated", "truncated"), ("tiny", "too small"), ("huge", "too large"), ("white", "No digit"),
    ("black", "No digit")])
def test_bad_pictures_show_a_clear_message(panel, qtbot, tmp_path, content, expected):
    path = tmp_path / f"{content}.png"
    if content == "truncated":
        noise = np.random.default_rng(0).integers(0, 256, (120, 120), dtype=np.uint8)
        Image.fromarray(noise).save(path)
        path.write_bytes(path.read_bytes()[:200])
    elif content == "tiny":
        Image.new("L", (1, 1)).save(path)
    elif content == "huge":  # a real header claiming 20000 x 20000 pixels
        Image.new("L", (16, 16)).save(path)
        data = bytearray(path.read_bytes())
        data[16:24] = struct.pack(">II", 20000, 20000)
        data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
        path.write_bytes(bytes(data))
    else:
        Image.new("L", (300, 300), 255 if content == "white" else 0).save(path)
    panel.open_picture(str(path))
    qtbot.waitUntil(lambda: expected in panel.message(), timeout=10000)
    assert panel.probabilities() is None
    assert panel.answer_text() == "Draw a digit"


@needs_model
def test_current_model_entry_follows_the_app_state(reading_panel, qtbot, state):
    model = load_model(SHIPPED[-1])
    chooser = reading_panel._models
    current = next(i for i in range(chooser.count()) if chooser.entry(i).kind == "current")
    chooser.setCurrentIndex(current)
    chooser.activated.emit(current)
    assert reading_panel.model is None
    state.set_model(model, "test")
    assert reading_panel.model is model
    assert model.name in chooser.itemText(current)


@needs_model
def test_random_test_digit_is_put_on_the_pad_and_read(reading_panel, qtbot):
    reading_panel.show_random_test_digit()
    wait_for_reading(qtbot, reading_panel)
    assert reading_panel.pad.has_picture()
    assert "test image" in reading_panel._source.text()


@needs_model
def test_saliency_overlay_shows_the_chosen_class(reading_panel, qtbot):
    from playground.engine.inspection.saliency import saliency_map

    draw(qtbot, reading_panel.pad, ONE)
    wait_for_reading(qtbot, reading_panel)
    overlay = reading_panel.network_view._overlay
    prepared = reading_panel._state.drawn_digit_image

    # The panel's reading thread uses its model; the test computes with a copy of its own.
    model = reading_panel.model
    private = Model(model.network.copy(), model.meta)

    def shows(class_index: int) -> bool:
        expected = saliency_map(private, prepared, class_index)
        return overlay.isVisible() and overlay.image is not None and \
            np.allclose(overlay.image, expected, atol=1e-6)

    reading_panel._saliency_box.setChecked(True)
    qtbot.waitUntil(lambda: shows(1))
    reading_panel._saliency_class.setCurrentIndex(1 + 7)          # entry 0 is "the predicted class"
    qtbot.waitUntil(lambda: shows(7))
    reading_panel._saliency_box.setChecked(False)
    qtbot.waitUntil(lambda: not overlay.isVisible())
