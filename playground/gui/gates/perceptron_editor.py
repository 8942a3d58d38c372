"""Edit one perceptron: w1, w2 and b by typing or dragging, the book's presets, and its formula."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...engine.books.perceptron import BOOK_THRESHOLDS, Perceptron
from ..common.widgets import ValueSlider

LIMIT, STEP = 2.0, 0.05


def sub(name: str) -> str:
    """'x1' -> x with subscript 1, as rich text."""
    return f"<i>{name[:-1]}</i><sub>{name[-1]}</sub>" if name[-1].isdigit() else f"<i>{name}</i>"


def _term(value: float, symbol: str, first: bool) -> str:
    sign = "−" if value < 0 else ("" if first else "+")
    spaced = sign if first else f" {sign} "
    return f"{spaced}{abs(value):.2f}{'·' + symbol if symbol else ''}"


def formula_html(p: Perceptron, output: str, inputs: tuple[str, str]) -> tuple[str, str]:
    """The book's form ``y = 1 if w1·x1 + w2·x2 + b > 0`` and the threshold form, with numbers."""
    tr = lambda text: QCoreApplication.translate("PerceptronEditor", text)  # noqa: E731
    x1, x2 = sub(inputs[0]), sub(inputs[1])
    weighted = _term(p.w1, x1, True) + _term(p.w2, x2, False)
    book = tr("{output} = 1 &nbsp;if&nbsp; {sum} &gt; 0, &nbsp;else 0").format(
        output=sub(output), sum=weighted + _term(p.b, "", False))
    threshold = tr("threshold form: &nbsp;{sum} &gt; <i>θ</i> = {theta}").format(
        sum=weighted, theta=f"{p.theta:.2f}")
    return book, threshold


class PerceptronEditor(QWidget):
    """Three spin+slider rows, preset buttons and the live formula; emits ``changed(Perceptron)``."""

    changed = Signal(object)

    def __init__(self, output: str = "y", inputs: tuple[str, str] = ("x1", "x2"),
                 presets: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._output, self._inputs = output, inputs
        self._rng = np.random.default_rng()
        tip = self.tr("Weight of input {0}: how much it pushes the sum up or down")
        self.w1 = ValueSlider("<i>w</i><sub>1</sub>", -LIMIT, LIMIT, STEP,
                              tooltip=tip.format(inputs[0]))
        self.w2 = ValueSlider("<i>w</i><sub>2</sub>", -LIMIT, LIMIT, STEP,
                              tooltip=tip.format(inputs[1]))
        self.b = ValueSlider("<i>b</i>", -LIMIT, LIMIT, STEP,
                             tooltip=self.tr("Bias b = −θ: how easily the unit fires"))
        for row in (self.w1, self.w2, self.b):
            row.valueChanged.connect(self._emit)

        self.book_label = QLabel()
        self.threshold_label = QLabel()
        for label, tip in ((self.book_label, self.tr("The perceptron with its current numbers")),
                           (self.threshold_label,
                            self.tr("The same rule written with a threshold θ, as the book first does"))):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setToolTip(tip)
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.1)
            label.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for row in (self.w1, self.w2, self.b):
            layout.addWidget(row)
        self.preset_buttons: dict[str, QPushButton] = {}
        if presets:
            buttons = QHBoxLayout()
            buttons.setSpacing(6)
            for gate, (w1, w2, theta) in BOOK_THRESHOLDS.items():
                button = QPushButton(gate)
                button.setMinimumWidth(52)
                button.setToolTip(self.tr("Load the book's {0}: w1 = {1}, w2 = {2}, θ = {3}")
                                  .format(gate, w1, w2, theta))
                button.clicked.connect(lambda _=False, g=gate: self.set_perceptron(Perceptron.book(g)))
                buttons.addWidget(button)
                self.preset_buttons[gate] = button
            random_button = QPushButton(self.tr("Random"))
            random_button.setMinimumWidth(52)
            random_button.setToolTip(self.tr("Random weights and bias between −1 and 1"))
            random_button.clicked.connect(self.randomize)
            buttons.addWidget(random_button)
            self.preset_buttons["Random"] = random_button
            layout.addLayout(buttons)
        formulas = QGridLayout()
        formulas.setContentsMargins(0, 4, 0, 0)
        formulas.addWidget(self.book_label, 0, 0)
        formulas.addWidget(self.threshold_label, 1, 0)
        layout.addLayout(formulas)
        self._show_formula()

    def perceptron(self) -> Perceptron:
        return Perceptron(self.w1.value(), self.w2.value(), self.b.value())

    def set_perceptron(self, p: Perceptron) -> None:
        """Show p (rounded to the spin boxes' steps, clipped to ±2) and emit ``changed`` once."""
        for row, value in ((self.w1, p.w1), (self.w2, p.w2), (self.b, p.b)):
            row.blockSignals(True)
            row.setValue(value)
            row.blockSignals(False)
        self._emit()

    @Slot()
    def randomize(self) -> None:
        w1, w2, b = self._rng.integers(-20, 21, size=3) * STEP
        self.set_perceptron(Perceptron(float(w1), float(w2), float(b)))

    @Slot()
    def _emit(self, *_args) -> None:
        self._show_formula()
        self.changed.emit(self.perceptron())

    def _show_formula(self) -> None:
        book, threshold = formula_html(self.perceptron(), self._output, self._inputs)
        self.book_label.setText(book)
        self.threshold_label.setText(threshold)
