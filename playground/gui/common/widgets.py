"""Small widgets shared by panels."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QHBoxLayout, QLabel, QSlider, QWidget


class ValueSlider(QWidget):
    """A label, a spin box for typing and a slider for dragging, all showing one number.

    Typing updates live (every keystroke), so whatever depends on the value follows as you type.
    ``valueChanged(float)`` fires once per change, whichever control made it.
    """

    valueChanged = Signal(float)

    def __init__(self, label: str, minimum: float, maximum: float, step: float, decimals: int = 2,
                 tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step = step
        self.label = QLabel(label)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setMinimumWidth(28)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(minimum, maximum)
        self.spin.setSingleStep(step)
        self.spin.setDecimals(decimals)
        self.spin.setKeyboardTracking(True)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setMinimumWidth(72)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(round(minimum / step), round(maximum / step))
        self.slider.setPageStep(max(1, round(0.25 / step)))
        for widget in (self.label, self.spin, self.slider):
            widget.setToolTip(tooltip)
        self.label.setBuddy(self.spin)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.spin)
        layout.addWidget(self.slider, 1)
        self.spin.valueChanged.connect(self._from_spin)
        self.slider.valueChanged.connect(self._from_slider)

    def value(self) -> float:
        return self.spin.value()

    def setValue(self, value: float) -> None:
        self.spin.setValue(value)

    @Slot(float)
    def _from_spin(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value / self._step))
        self.slider.blockSignals(False)
        self.valueChanged.emit(value)

    @Slot(int)
    def _from_slider(self, position: int) -> None:
        self.spin.setValue(position * self._step)


class RateSpinBox(QDoubleSpinBox):
    """A field for rates that span decades: shows 0.1 or 1e-05 (compact "%g" text), not 0.10000.

    ``doubling=True`` makes the arrows double or halve the value, which suits learning rates
    explored over many orders of magnitude; otherwise they step by the shown decimal.
    """

    def __init__(self, minimum: float, maximum: float, value: float | None = None, tooltip: str = "",
                 doubling: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doubling = doubling
        self.setDecimals(14)
        self.setRange(minimum, maximum)
        if not doubling:
            self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        if value is not None:
            self.setValue(value)
        if tooltip:
            self.setToolTip(tooltip)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> QValidator.State:
        try:
            value = float(text)
        except ValueError:
            return QValidator.State.Intermediate
        inside = self.minimum() <= value <= self.maximum()
        return QValidator.State.Acceptable if inside else QValidator.State.Intermediate

    def stepBy(self, steps: int) -> None:
        if self._doubling and self.value() > 0:
            self.setValue(self.value() * 2.0 ** steps)
        else:
            super().stepBy(steps)
