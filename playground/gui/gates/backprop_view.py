"""A 2-2-1 sigmoid network learning XOR by backpropagation, in timer-driven chunks.

One gradient step on four samples is a handful of 2 x 2 products, so the GUI thread runs a chunk
of steps per timer tick (within a time budget well under a frame) and then redraws: the window stays
responsive without a worker thread.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...engine.books.perceptron import INPUTS, XorNetwork, XorProgress, expected
from .plane_plot import DecisionPlot, style_plot
from .truth_table import SolvedBanner, TruthTable

TICK_MS = 30
BUDGET_S = 0.015
RATES = (0.5, 1.0, 2.0, 4.0)
GOAL_MARGIN = 0.9
MAX_STEPS = 20000


class BackpropView(QWidget):
    """Train / Step / New start controls, table of hidden activations, moving lines, loss curve."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setCheckable(True)
        self.train_button.setToolTip(self.tr("Run gradient descent until every input is right "
                                             "with at least 90 % confidence (press again to pause)"))
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setToolTip(self.tr("One gradient-descent step on the four inputs"))
        self.reset_button = QPushButton(self.tr("New start"))
        self.reset_button.setToolTip(self.tr("Draw new starting weights from the seed and clear "
                                             "the loss curve"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 9999)
        self.seed.setToolTip(self.tr("Seed of the starting weights: some starts end in a local "
                                     "minimum that two hidden units cannot leave"))
        self.rate = QComboBox()
        for rate in RATES:
            self.rate.addItem(f"{rate:g}", rate)
        self.rate.setCurrentIndex(1)
        self.rate.setToolTip(self.tr("Learning rate of plain gradient descent"))
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(1, 100)
        self.speed.setValue(10)
        self.speed.setToolTip(self.tr("Gradient steps per frame"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setToolTip(self.tr("Steps taken and the current cross-entropy loss"))

        controls = QGroupBox(self.tr("Backpropagation: 2 inputs → 2 sigmoid units → output"))
        grid = QGridLayout(controls)
        buttons = QHBoxLayout()
        for button in (self.train_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 0, 0, 1, 4)
        for row, column, text, widget in ((1, 0, self.tr("Seed"), self.seed),
                                          (1, 2, self.tr("Rate"), self.rate),
                                          (2, 0, self.tr("Speed"), self.speed)):
            label = QLabel(text)
            label.setToolTip(widget.toolTip())
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, 3 if widget is self.speed else 1)
        grid.addWidget(self.status, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.table = TruthTable(["x₁", "x₂", "h₁", "h₂", "P(y=1)", self.tr("expected")],
                                self.tr("Each input, the hidden units' sigmoid outputs, the "
                                        "network's probability of 1 and XOR's expected output"))
        self.banner = SolvedBanner()
        table_box = QGroupBox(self.tr("Truth table"))
        table_column = QVBoxLayout(table_box)
        table_column.addWidget(self.table)
        table_column.addWidget(self.banner)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(controls)
        left_column.addWidget(table_box)
        left_column.addStretch(1)
        left.setMinimumWidth(380)
        left.setMaximumWidth(470)

        self.plot = DecisionPlot(line_count=2, editable=False)
        self.plot.setToolTip(self.tr("The two hidden units' lines (where each sigmoid is 0.5) and "
                                     "the network's probability of 1 as shading"))
        self.plot.set_message(self.tr("Each hidden unit learns one line; the output unit combines "
                                      "the two half-planes into XOR's band."))
        self.loss_plot = pg.PlotWidget()
        style_plot(self.loss_plot, self.tr("gradient step"), self.tr("loss"))
        self.loss_plot.setToolTip(self.tr("Cross-entropy loss after each gradient step"))
        self.loss_plot.setMinimumHeight(120)
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        self.loss_plot.setMouseEnabled(x=False, y=False)
        self._loss_curve = self.loss_plot.plot(pen=pg.mkPen(200, 80, 60, width=2))
        self._losses = np.zeros(1024, dtype=np.float32)
        views = QWidget()
        view_column = QVBoxLayout(views)
        view_column.setContentsMargins(0, 0, 0, 0)
        view_column.addWidget(self.plot, 4)
        view_column.addWidget(self.loss_plot, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(left)
        layout.addWidget(views, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.train_button.toggled.connect(self._set_training)
        self.step_button.clicked.connect(lambda: self._advance(1))
        self.reset_button.clicked.connect(self.new_start)
        self.rate.currentIndexChanged.connect(self._apply_rate)
        self.plot.gridChanged.connect(self._redraw)
        self.new_start()

    @property
    def solved(self) -> bool:
        return self.banner.solved

    @property
    def goal_reached(self) -> bool:
        return self._progress.solved and self._progress.margin > GOAL_MARGIN

    @Slot()
    def new_start(self) -> None:
        self._net = XorNetwork(seed=self.seed.value(), lr=self.rate.currentData())
        self._steps = self._net.steps()
        self._progress: XorProgress = self._net.progress()
        self._count = 0
        self._record(self._progress.loss)
        self._redraw()

    @Slot()
    def _apply_rate(self) -> None:
        self._net.optimizer.lr = self.rate.currentData()

    @Slot(bool)
    def _set_training(self, on: bool) -> None:
        self.train_button.setText(self.tr("Pause") if on else self.tr("Train"))
        if on and self.goal_reached:
            self.seed.setValue((self.seed.value() + 1) % 10000)
            self.new_start()
        self._timer.start() if on else self._timer.stop()

    @Slot()
    def _tick(self) -> None:
        deadline = time.perf_counter() + BUDGET_S
        self._advance(self.speed.value(), deadline)
        if self.goal_reached or self._progress.step >= MAX_STEPS:
            self.train_button.setChecked(False)

    def _advance(self, steps: int, deadline: float = float("inf")) -> None:
        for _ in range(steps):
            self._progress = next(self._steps)
            self._record(self._progress.loss)
            if self.goal_reached or time.perf_counter() > deadline:
                break
        self._redraw()

    def _record(self, loss: float) -> None:
        if self._count == len(self._losses):
            self._losses = np.concatenate([self._losses, np.zeros_like(self._losses)])
        self._losses[self._count] = loss
        self._count += 1

    @Slot()
    def _redraw(self, *_args) -> None:
        progress = self._progress
        targets = expected("XOR")
        cells = [[f"{x1:.0f}", f"{x2:.0f}", f"{h1:.2f}", f"{h2:.2f}", f"{p:.2f}", str(t)]
                 for (x1, x2), (h1, h2), p, t in zip(INPUTS, progress.hidden, progress.probability,
                                                     targets)]
        right = (progress.probability > 0.5).astype(int) == targets
        self.table.set_rows(cells, right)
        self.banner.show_result(int(right.sum()), "XOR")
        self.plot.set_field(self._net.probability(self.plot.grid))
        for index, line in enumerate(progress.hidden_lines):
            self.plot.set_line(index, line)
        self.plot.set_expected(targets)
        losses = self._losses[:self._count]
        self._loss_curve.setData(np.arange(self._count), losses)
        self.loss_plot.setYRange(0.0, max(0.75, float(losses.max())), padding=0.02)
        text = self.tr("Step {0} · loss {1:.3f}").format(progress.step, progress.loss)
        if self.goal_reached:
            text += " · " + self.tr("solved with every answer above 90 %")
        elif progress.step >= MAX_STEPS:
            text += " · " + self.tr("stuck: try a new start with another seed")
        self.status.setText(text)

    def shutdown(self) -> None:
        self.train_button.setChecked(False)
