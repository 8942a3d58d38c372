"""The arithmetic of one image: each unit's weighted sum, bias, z and a = f(z), and the softmax.

Hover a unit to see the sum in words with its numbers and the inputs x_i * w_i it came from
(the largest terms outlined); click it to keep it. The softmax table follows the temperature.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...engine.data.checks import IMAGE_SIDE
from ...engine.inspection.arithmetic import DenseStep, ImageArithmetic, softmax_breakdown
from ..common.widgets import ValueSlider
from .cells import CellGrid

TOP_TERMS = 3


def activation_formula(step: DenseStep) -> str:
    """f written out: "relu(batchnorm(z))", or "z" for a layer without activation."""
    text = "z"
    for kind in step.layer.activation:
        text = f"{kind}({text})"
    return text


def layer_title(step: DenseStep) -> str:
    return f"{step.layer.weight}: {step.inputs.size} → {step.units}, a = {activation_formula(step)}"


class ArithmeticTab(QWidget):
    """Shows an ``ImageArithmetic``; ``unit`` is the unit explained, ``step`` the chosen layer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ImageArithmetic | None = None
        self.classes: list[str] = []
        self.unit = 0
        self.layer_box = QComboBox()
        self.layer_box.setToolTip(self.tr("The affine layer whose arithmetic is shown"))
        self.layer_box.currentIndexChanged.connect(self._on_layer)
        self.active_label = QLabel()
        self.active_label.setToolTip(self.tr("Units whose output a is above the activation's threshold "
                                             "(0 for ReLU, 0.5 for the sigmoid)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layer:")))
        top.addWidget(self.layer_box, 1)
        top.addWidget(self.active_label)

        self.units = CellGrid(decimals=2)
        self.units.setToolTip(self.tr("Each unit's output a for this image. Hover to explain, click to keep"))
        self.units.hovered.connect(lambda r, c: self.explain(r * self.units.values.shape[1] + c))
        self.units.clicked.connect(lambda r, c: self.explain(r * self.units.values.shape[1] + c))
        self.products = CellGrid(decimals=2)
        self.products.setToolTip(self.tr("The unit's inputs times their weights, x_i · w_i; the largest "
                                         "terms are outlined"))
        self.products.hovered.connect(self._explain_term)
        self.term_label = QLabel()
        self.term_label.setToolTip(self.tr("The product under the mouse"))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        units_box = QGroupBox(self.tr("Units: a = f(z)"))
        QVBoxLayout(units_box).addWidget(self.units)
        products_box = QGroupBox(self.tr("Inputs × weights of the unit"))
        products_layout = QVBoxLayout(products_box)
        products_layout.addWidget(self.products, 1)
        products_layout.addWidget(self.term_label)

        self.temperature = ValueSlider(self.tr("Temperature T"), 0.1, 10.0, 0.1, 1,
                                       self.tr("Scores are divided by T before the softmax: above 1 the "
                                               "probabilities spread, below 1 they sharpen"))
        self.temperature.setValue(1.0)
        self.temperature.valueChanged.connect(lambda _v: self._fill_softmax())
        self.softmax_table = QTableWidget(0, 6)
        self.softmax_table.setHorizontalHeaderLabels(
            [self.tr("class"), "z", "s = z / T", "s − max", "eˢ⁻ᵐᵃˣ", "p = e / Σ"])
        self.softmax_table.verticalHeader().setVisible(False)
        self.softmax_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.softmax_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.softmax_summary = QLabel()
        self.softmax_summary.setWordWrap(True)
        softmax_box = QGroupBox(self.tr("Output: softmax"))
        softmax_layout = QVBoxLayout(softmax_box)
        softmax_layout.addWidget(self.temperature)
        softmax_layout.addWidget(self.softmax_table, 1)
        softmax_layout.addWidget(self.softmax_summary)

        grid = QGridLayout()
        grid.addWidget(units_box, 0, 0)
        grid.addWidget(products_box, 0, 1)
        grid.addWidget(softmax_box, 0, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.explanation)

    @property
    def step(self) -> DenseStep | None:
        if self.result is None or not self.result.dense:
            return None
        return self.result.dense[max(0, self.layer_box.currentIndex())]

    def show_result(self, result: ImageArithmetic, classes: list[str]) -> None:
        """Show a new image's arithmetic, keeping the chosen layer and unit where they still exist."""
        self.result, self.classes = result, classes
        titles = [layer_title(step) for step in result.dense]
        if [self.layer_box.itemText(k) for k in range(self.layer_box.count())] != titles:
            self.layer_box.blockSignals(True)
            self.layer_box.clear()
            self.layer_box.addItems(titles)
            self.layer_box.blockSignals(False)
        self._on_layer()
        self._fill_softmax()

    def _on_layer(self, _index: int = 0) -> None:
        step = self.step
        if step is None:
            return
        self.units.set_units(step.a)
        active = step.active()
        self.active_label.setText(
            self.tr("{0} of {1} units active").format(int(active.sum()), step.units) if active is not None
            else self.tr("{0} output scores (no activation)").format(step.units))
        self.explain(min(self.unit, step.units - 1))

    def explain(self, unit: int) -> None:
        """Say how unit ``unit``'s z and a were computed, and light the terms it came from."""
        step = self.step
        if step is None or not 0 <= unit < step.units:
            return
        self.unit = unit
        self.units.set_marks([self.units.unit_cell(unit)])
        products = step.products(unit)
        top = step.top_terms(unit, TOP_TERMS)
        if products.size == IMAGE_SIDE * IMAGE_SIDE:
            self.products.set_values(products.reshape(IMAGE_SIDE, IMAGE_SIDE))
            cells = [divmod(int(i), IMAGE_SIDE) for i in top]
        else:
            self.products.set_units(products)
            cells = [self.products.unit_cell(int(i)) for i in top]
        self.products.set_marks(cells)
        terms = "; ".join(f"x{int(i)}·w{int(i)},{unit} = {step.inputs[i]:.3f} × {step.weights[i, unit]:.3f} = "
                          f"{products[i]:.3f}" for i in top)
        self.explanation.setText(self.tr(
            "Unit {0}: z = Σ xᵢ·wᵢ + b = {1:.4f} + ({2:.4f}) = {3:.4f}, the sum of {4} products. "
            "a = {5} = {6:.4f}. Largest terms: {7}.").format(
            unit, step.weighted_sum(unit), float(step.bias[unit]), float(step.z[unit]), products.size,
            activation_formula(step), float(step.a[unit]), terms))

    def _explain_term(self, row: int, col: int) -> None:
        """One term of the explained unit's sum: which input, its value, its weight, their product."""
        step = self.step
        if step is None:
            return
        i = row * self.products.values.shape[1] + col
        if not 0 <= i < step.inputs.size:
            return
        x, w = float(step.inputs[i]), float(step.weights[i, self.unit])
        where = self.tr(" (pixel row {0}, column {1})").format(row, col) if step.inputs.size == IMAGE_SIDE ** 2 else ""
        self.term_label.setText(self.tr("Input {0}{1}: x = {2:.4f}, w = {3:.4f}, x · w = {4:.4f}").format(
            i, where, x, w, float(step.products(self.unit)[i])))

    def _fill_softmax(self) -> None:
        if self.result is None:
            return
        if self.result.softmax is None:
            self.softmax_table.setRowCount(0)
            self.softmax_summary.setText(self.tr("This network has no softmax: its outputs are the last layer's "
                                                 "a, and its probabilities those outputs divided by their sum."))
            return
        sm = softmax_breakdown(self.result.scores, self.temperature.value())
        rows = len(sm.z)
        self.softmax_table.setRowCount(rows)
        for row in range(rows):
            name = self.classes[row] if row < len(self.classes) else str(row)
            values = [name] + [f"{v:.4g}" for v in (sm.z[row], sm.scaled[row], sm.shifted[row],
                                                    sm.exponentials[row])] + [f"{sm.p[row]:.4f}"]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.softmax_table.setItem(row, col, item)
        best = int(np.argmax(sm.p))
        self.softmax_summary.setText(self.tr("Σ e = {0:.5g}. Most likely: {1} with p = {2:.2%}. Entropy {3:.3f} "
                                             "bits (0: certain, {4:.2f}: no idea).").format(
            sm.total, self.classes[best] if best < len(self.classes) else best, float(sm.p[best]),
            sm.entropy_bits, float(np.log2(rows))))
