"""XOR from the book's gates: s1 = NAND(x1, x2), s2 = OR(x1, x2), y = AND(s1, s2).

Two views of the same network: the input plane with the two hidden lines, and the hidden plane
(s1, s2) where the four inputs land on three spots that one line (the AND unit) does separate.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...engine.books.perceptron import INPUTS, Perceptron, TwoLayerXor, expected, step
from .perceptron_editor import PerceptronEditor
from .plane_plot import DecisionPlot
from .truth_table import SolvedBanner, TruthTable


class TwoLayerView(QWidget):
    """Three editable perceptrons wired as the book's XOR, with table and both planes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = PerceptronEditor(output="s1")
        self.second = PerceptronEditor(output="s2")
        self.output_unit = PerceptronEditor(output="y", inputs=("s1", "s2"))
        units = QHBoxLayout()
        titles = (self.tr("Hidden unit s₁ (the book: NAND)"), self.tr("Hidden unit s₂ (the book: OR)"),
                  self.tr("Output unit y from s₁, s₂ (the book: AND)"))
        for editor, title in zip((self.first, self.second, self.output_unit), titles):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(editor)
            units.addWidget(box)
            editor.changed.connect(self._refresh)

        self.table = TruthTable(["x₁", "x₂", "s₁", "s₂", "y", self.tr("expected")],
                                self.tr("Each input, the hidden units' outputs s₁ and s₂, the "
                                        "network's output y and XOR's expected output"))
        self.banner = SolvedBanner()
        book_button = QPushButton(self.tr("Book's XOR"))
        book_button.setToolTip(self.tr("Set the three units to the book's NAND, OR and AND"))
        book_button.clicked.connect(self.load_book)
        note = QLabel(self.tr(
            "Each hidden unit draws one line in the input plane. The output unit then only sees "
            "(s₁, s₂): there (1, 0) and (0, 1) land on the same spot, and one line separates XOR's "
            "classes."))
        note.setWordWrap(True)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.table)
        left_column.addWidget(self.banner)
        left_column.addWidget(book_button)
        left_column.addWidget(note)
        left_column.addStretch(1)
        left.setMinimumWidth(300)
        left.setMaximumWidth(430)

        self.input_plot = DecisionPlot(line_count=2, editable=True)
        self.input_plot.setToolTip(self.tr(
            "Input plane: the lines of s₁ (black) and s₂ (purple); shading shows where y = 1. "
            "Drag a line's handles to change that unit."))
        self.hidden_plot = DecisionPlot(line_count=1, editable=True, axis_names=("s", "s"))
        self.hidden_plot.setToolTip(self.tr(
            "Hidden plane: where each input lands as (s₁, s₂), and the output unit's line"))
        plots = QHBoxLayout()
        plots.addWidget(self._titled(self.input_plot, self.tr("Input plane (x₁, x₂)")), 1)
        plots.addWidget(self._titled(self.hidden_plot, self.tr("Hidden plane (s₁, s₂)")), 1)

        bottom = QHBoxLayout()
        bottom.setSpacing(14)
        bottom.addWidget(left)
        bottom.addLayout(plots, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(units)
        layout.addLayout(bottom, 1)

        self.input_plot.lineEdited.connect(self._line_dragged)
        self.hidden_plot.lineEdited.connect(lambda _i, p: self.output_unit.set_perceptron(p))
        self.input_plot.gridChanged.connect(self._refresh)
        self.hidden_plot.gridChanged.connect(self._refresh)
        self.load_book()

    @staticmethod
    def _titled(plot: DecisionPlot, title: str) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        column.addWidget(heading)
        column.addWidget(plot, 1)
        return holder

    def network(self) -> TwoLayerXor:
        return TwoLayerXor(self.first.perceptron(), self.second.perceptron(),
                           self.output_unit.perceptron())

    @property
    def solved(self) -> bool:
        return self.banner.solved

    @Slot()
    def load_book(self) -> None:
        book = TwoLayerXor.book()
        for editor, p in ((self.first, book.first), (self.second, book.second),
                          (self.output_unit, book.output_unit)):
            editor.set_perceptron(p)

    @Slot(int, object)
    def _line_dragged(self, index: int, p: Perceptron) -> None:
        (self.first, self.second)[index].set_perceptron(p)

    @Slot()
    def _refresh(self, *_args) -> None:
        net = self.network()
        targets = expected("XOR")
        hidden, outputs = net.hidden(), net.output()
        cells = [[f"{x1:.0f}", f"{x2:.0f}", str(s1), str(s2), str(y), str(t)]
                 for (x1, x2), (s1, s2), y, t in zip(INPUTS, hidden, outputs, targets)]
        right = outputs == targets
        self.table.set_rows(cells, right)
        self.banner.show_result(int(right.sum()), "XOR")

        self.input_plot.set_field(net.output(self.input_plot.grid).astype(np.float32))
        self.input_plot.set_line(0, net.first)
        self.input_plot.set_line(1, net.second)
        self.input_plot.set_expected(targets)
        out = net.output_unit
        self.hidden_plot.set_field(step(self.hidden_plot.grid @ out.weights + out.b))
        self.hidden_plot.set_line(0, out)
        self.hidden_plot.set_expected(targets, positions=hidden)
