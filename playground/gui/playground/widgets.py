"""Small widget makers shared by the page's columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSlider

from ...engine.plane.network import ACTIVATIONS

tr = lambda text: QCoreApplication.translate("PlaygroundPanel", text)


def activation_name(key: str) -> str:
    return {"relu": "ReLU", "tanh": "tanh", "sigmoid": tr("sigmoid"), "linear": tr("linear")}[key]


def activation_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for name in ACTIVATIONS:
        combo.addItem(activation_name(name), name)
    combo.setCurrentIndex(ACTIVATIONS.index(current))
    return combo


def number_combo(values: Sequence[float], current: float) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(f"{value:g}", value)
    combo.setCurrentIndex(list(values).index(current))
    return combo


def slider(low: int, high: int, value: int, slot: Callable) -> QSlider:
    widget = QSlider(Qt.Orientation.Horizontal)
    widget.setRange(low, high)
    widget.setValue(value)
    widget.valueChanged.connect(slot)
    return widget


def fixed_label(widest: Sequence[str], lines: int = 1) -> QLabel:
    """A label whose text changes while training, sized once for the widest text it will hold.

    A label whose size may change asks the whole window to lay itself out again at every new text;
    a label fixed in both directions never does.
    """
    label = QLabel()
    metrics = label.fontMetrics()
    width = max(metrics.horizontalAdvance(line) for text in widest for line in text.split("\n"))
    label.setFixedSize(width + 12, lines * metrics.lineSpacing() + 4)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def set_text(label: QLabel, text: str) -> None:
    """Set a label's text only when it changed: an unchanged text then costs no repaint."""
    if label.text() != text:
        label.setText(text)
