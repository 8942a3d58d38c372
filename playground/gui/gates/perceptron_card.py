"""One perceptron against one target gate: parameters, truth table, input plane and learning rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.books.perceptron import GATES, INPUTS, LearnStep, Perceptron, expected, sigmoid, step
from .learn_controls import LearnControls
from .perceptron_editor import PerceptronEditor
from .plane_plot import DecisionPlot
from .truth_table import SolvedBanner, TruthTable

START = Perceptron(0.3, 0.8, -0.5)
"""A start that solves none of the gates, so every card begins with something to find."""


def xor_explanation() -> str:
    return QCoreApplication.translate(
        "PerceptronCard",
        "<b>No single straight line separates the two classes.</b> XOR needs (0, 0) and (1, 1) on "
        "one side and (1, 0) and (0, 1) on the other, but the two pairs lie on crossing diagonals: "
        "every line leaves a point on the wrong side, so at most 3 of the 4 rows can be right.")


def side_by_side(left: QWidget, right: QWidget, left_width: int = 470) -> QHBoxLayout:
    """A fixed-width control column beside a stretching view."""
    left.setMaximumWidth(left_width)
    left.setMinimumWidth(380)
    layout = QHBoxLayout()
    layout.setSpacing(14)
    layout.addWidget(left)
    layout.addWidget(right, 1)
    return layout


class PerceptronCard(QWidget):
    """A single perceptron; its target can be any gate, XOR included (which it can never solve)."""

    def __init__(self, gate: str, fixed_target: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = QComboBox()
        self.target.addItems(list(GATES))
        self.target.setCurrentText(gate)
        self.target.setToolTip(self.tr("The gate whose truth table this perceptron should produce"))
        self.target.setVisible(not fixed_target)
        target_label = QLabel(self.tr("Target gate:") if not fixed_target
                              else self.tr("Target gate: <b>{0}</b>").format(gate))
        target_label.setToolTip(self.target.toolTip())
        self.step_button = QRadioButton(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Output exactly 0 or 1, as the book's perceptron does"))
        self.sigmoid_button = QRadioButton(self.tr("Sigmoid"))
        self.sigmoid_button.setToolTip(self.tr("Output a smooth value between 0 and 1, "
                                               "shown as a heat map in the plot"))
        self.step_button.setChecked(True)
        activation = QButtonGroup(self)
        activation.addButton(self.step_button)
        activation.addButton(self.sigmoid_button)
        activation_label = QLabel(self.tr("Activation:"))
        activation_label.setToolTip(self.tr("How the weighted sum becomes the output"))

        self.editor = PerceptronEditor()
        self.table = TruthTable(["x₁", "x₂", "w·x + b", "y", self.tr("expected")],
                                self.tr("Each input, its weighted sum, the perceptron's output and "
                                        "the gate's expected output"))
        self.banner = SolvedBanner()
        self.learn = LearnControls(self.editor.perceptron, self.target.currentText)
        self.plot = DecisionPlot(line_count=1, editable=True)

        header = QHBoxLayout()
        header.addWidget(target_label)
        header.addWidget(self.target)
        header.addStretch(1)
        header.addWidget(activation_label)
        header.addWidget(self.step_button)
        header.addWidget(self.sigmoid_button)
        parameters = QGroupBox(self.tr("Weights and bias"))
        QVBoxLayout(parameters).addWidget(self.editor)
        table_box = QGroupBox(self.tr("Truth table"))
        table_layout = QVBoxLayout(table_box)
        table_layout.addWidget(self.table)
        table_layout.addWidget(self.banner)

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(parameters)
        column.addWidget(table_box)
        column.addWidget(self.learn)
        column.addStretch(1)
        views = QWidget()
        view_column = QVBoxLayout(views)
        view_column.setContentsMargins(0, 0, 0, 0)
        view_column.addWidget(self.plot, 4)
        view_column.addWidget(self.learn.errors_plot, 1)
        self.learn.errors_plot.setMinimumHeight(120)
        self.setLayout(side_by_side(controls, views))

        self.editor.changed.connect(self._refresh)
        self.plot.lineEdited.connect(lambda _index, p: self.editor.set_perceptron(p))
        self.learn.stepped.connect(self._show_learning_step)
        self.plot.gridChanged.connect(self._refresh)
        self.target.currentTextChanged.connect(self._refresh)
        self.step_button.toggled.connect(self._refresh)
        self.editor.set_perceptron(START)

    def gate(self) -> str:
        return self.target.currentText()

    def perceptron(self) -> Perceptron:
        return self.editor.perceptron()

    @property
    def solved(self) -> bool:
        return self.banner.solved

    @Slot(object)
    def _show_learning_step(self, learn_step: LearnStep) -> None:
        self.table.highlight_row(learn_step.row)
        self.editor.set_perceptron(learn_step.after)

    @Slot()
    def _refresh(self, *_args) -> None:
        p, gate = self.perceptron(), self.gate()
        targets = expected(gate)
        sums = p.weighted_sum()
        smooth = self.sigmoid_button.isChecked()
        outputs = p.output()
        shown = [f"{v:.2f}" for v in sigmoid(sums)] if smooth else [str(v) for v in outputs]
        cells = [[f"{x1:.0f}", f"{x2:.0f}", f"{s:.2f}", y, str(t)]
                 for (x1, x2), s, y, t in zip(INPUTS, sums, shown, targets)]
        right = outputs == targets
        self.table.set_rows(cells, right)
        self.banner.show_result(int(right.sum()), gate)
        grid_sums = self.plot.grid @ p.weights + p.b
        self.plot.set_field(sigmoid(grid_sums) if smooth else step(grid_sums))
        self.plot.set_line(0, p)
        self.plot.set_expected(targets)
        self.plot.set_message(xor_explanation() if gate == "XOR" else "")

    def shutdown(self) -> None:
        self.learn.stop()
