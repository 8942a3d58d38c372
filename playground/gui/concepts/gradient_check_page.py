"""The gradient check: backprop against numerical gradients on a tiny network, with a bug to catch."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...engine.concepts.gradient_check import BATCH_SIZE, TOLERANCE, CheckRow, gradient_check
from .widgets import PALETTE, explanation, int_spin, labelled_plot, number, read_only_table, set_status

PASS_COLOUR, FAIL_COLOUR = QColor("#1b7a2b"), QColor("#b00020")
SMALLEST_SHOWN = 1e-16  # floor for the log plot when two gradients agree exactly


class GradientCheckPage(QWidget):
    """A table and a log-scale bar chart of max |backprop − numerical| per parameter array."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.broken_box = QCheckBox(self.tr("Break the sigmoid's backward pass (forget the factor 1 − y)"))
        self.broken_box.setToolTip(self.tr("Swap in a sigmoid whose backward returns dout · y instead of "
                                           "dout · y · (1 − y); its forward pass stays correct."))
        self.seed_spin = int_spin(0, 9999, 0, self.tr("Seed for the network's weights and the tiny batch."))
        self.table = read_only_table([self.tr("parameter"), self.tr("shape"), self.tr("‖backprop‖"),
                                      self.tr("max |backprop − numerical|"), self.tr("result")],
                                     self.tr("Per parameter array: the size of the backprop gradient and the "
                                             "largest difference from the numerical one."))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)

        self.plot = labelled_plot(self.tr("Largest difference per parameter (log scale)"), self.tr("parameter"),
                                  self.tr("log₁₀ max |difference|"))
        self.plot.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, y0=np.log10(SMALLEST_SHOWN))
        self.plot.addItem(self.bars)
        self.plot.addItem(pg.InfiniteLine(pos=np.log10(TOLERANCE), angle=0, label=self.tr("tolerance"),
                                          pen=pg.mkPen(PALETTE[1], width=2),
                                          labelOpts={"color": PALETTE[1], "position": 0.9}))
        self.plot.setYRange(np.log10(SMALLEST_SHOWN), 1.0, padding=0.02)

        self.broken_box.toggled.connect(self.refresh)
        self.seed_spin.valueChanged.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("Seed:"), self.seed_spin)
        form.addRow(self.broken_box)
        left = QVBoxLayout()
        left.addWidget(explanation(self.tr(
            "Backpropagation computes every gradient in one backward pass; a numerical gradient nudges each "
            "weight by ±h = 10<sup>−5</sup> and measures how the loss changes, (L(w+h) − L(w−h)) / 2h. The "
            "second is slow but hard to get wrong, so the book uses it to check the first. Network: "
            "4 inputs → 5 sigmoid units → 3 classes, softmax with cross-entropy, float64, on a batch of "
            "{0} random examples. A check passes when the largest difference is at most {1}.").format(
                BATCH_SIZE, number(TOLERANCE, 0))))
        left.addLayout(form)
        left.addWidget(explanation(self.tr(
            "The sigmoid's backward pass, y being its output:"
            "<pre>  correct:  dx = dout * y * (1 - y)\n  broken:   dx = dout * y</pre>"
            "The forward pass is untouched, so predictions look normal: only a gradient check shows "
            "the mistake.")))
        left.addWidget(self.table)
        left.addWidget(self.verdict)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.plot, 1)
        self.refresh()

    def refresh(self) -> None:
        rows = gradient_check(self.seed_spin.value(), self.broken_box.isChecked())
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            result = QTableWidgetItem(self.tr("pass") if row.passed else self.tr("FAIL"))
            result.setForeground(PASS_COLOUR if row.passed else FAIL_COLOUR)
            cells = [QTableWidgetItem(row.name), QTableWidgetItem(" × ".join(map(str, row.shape))),
                     QTableWidgetItem(number(row.analytic_norm)),
                     QTableWidgetItem(number(row.max_abs_difference, 3)), result]
            for c, item in enumerate(cells):
                self.table.setItem(r, c, item)
        heights = np.log10(np.maximum([row.max_abs_difference for row in rows], SMALLEST_SHOWN))
        self.bars.setOpts(x=np.arange(len(rows)), height=heights - np.log10(SMALLEST_SHOWN),
                          brushes=[pg.mkBrush(PASS_COLOUR if row.passed else FAIL_COLOUR) for row in rows])
        self.plot.getAxis("bottom").setTicks([[(i, row.name) for i, row in enumerate(rows)]])
        self.plot.setXRange(-0.6, len(rows) - 0.4, padding=0)
        self._show_verdict(rows)

    def _show_verdict(self, rows: list[CheckRow]) -> None:
        failed = [row.name for row in rows if not row.passed]
        passed = [row.name for row in rows if row.passed]
        if not failed:
            set_status(self.verdict, self.tr("Gradient check passed: backprop and the numerical gradient agree "
                                             "for every parameter."), "good")
            return
        text = self.tr("Gradient check FAILED for {0}.").format(", ".join(failed))
        if passed:
            text += " " + self.tr("Backprop runs from the output backwards and {0} are still right, so the "
                                  "error enters in a backward pass between those and {1}.").format(
                ", ".join(passed), ", ".join(failed))
        set_status(self.verdict, text, "error")

    def results_text(self) -> list[str]:
        """The result column as displayed."""
        return [self.table.item(r, 4).text() for r in range(self.table.rowCount())]
