"""Regression: a line fitted by gradient descent over its loss surface, and a curve fitted live by an MLP."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine.concepts.regression import (
    LINE_B,
    LINE_W,
    CurveFit,
    curve_target,
    fit_line,
    least_squares_line,
    line_loss_grid,
    make_line_data,
)
from ..common.widgets import RateSpinBox
from .surface_plot import SurfacePlot
from .widgets import PALETTE, double_spin, explanation, int_spin, labelled_plot, number, set_status

W_RANGE, B_RANGE = (-4.0, 6.0), (-5.0, 5.0)
LOSS_GRID = 121
DEFAULT_START = (-3.0, 3.5)
ANIMATION_MS = 40
TRAIN_TICK_MS = 30
TRAIN_BUDGET_S = 0.012  # work per timer tick stays well below 20 ms, so the GUI stays smooth
CURVE_X = np.linspace(-2.5, 2.5, 201)
HISTORY_START = 1024


class LinePage(QWidget):
    """Noisy points, the line w·x + b moving as gradient descent walks the (w, b) loss surface."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seed = 0
        self.start = DEFAULT_START
        self.data_plot = labelled_plot(self.tr("Data and the fitted line"), "x", "y")
        self.data_plot.addLegend(offset=(10, 10), labelTextColor="#222")
        self.points_item = pg.ScatterPlotItem(size=7, brush=pg.mkBrush(PALETTE[0]), pen=None,
                                              name=self.tr("noisy points"))
        self.true_line = pg.PlotDataItem(pen=pg.mkPen("#888", width=1.5, style=Qt.PenStyle.DashLine),
                                         name=self.tr("y = {0}x + ({1}), the line without noise").format(
                                             LINE_W, LINE_B))
        self.fit_line_item = pg.PlotDataItem(pen=pg.mkPen(PALETTE[1], width=3), name=self.tr("y = w·x + b"))
        for item in (self.points_item, self.true_line, self.fit_line_item):
            self.data_plot.addItem(item)
        self.data_plot.setXRange(-2.2, 2.2, padding=0)
        self.data_plot.setYRange(-8.0, 8.0, padding=0)
        self.surface = SurfacePlot(self.tr("Loss ½·mean((w·x + b − y)²) over (w, b)"), "w", "b")
        self.surface.setToolTip(self.tr("Click to start gradient descent from that (w, b)."))
        self.surface.path("descent", PALETTE[1])
        self.surface.clicked.connect(self.set_start)

        self.rate_spin = RateSpinBox(1e-12, 100.0, 0.1, self.tr("Learning rate of gradient descent on (w, b)."),
                                     doubling=True)
        self.steps_spin = int_spin(1, 500, 60, self.tr("How many gradient-descent steps to take."))
        self.count_spin = int_spin(3, 300, 30, self.tr("How many noisy points to fit."))
        self.noise_spin = double_spin(0.0, 5.0, 0.8, 0.1, 2, self.tr(
            "Standard deviation of the noise added to the points."))
        self.new_button = QPushButton(self.tr("New points"))
        self.new_button.setToolTip(self.tr("Draw a fresh set of noisy points (next random seed)."))
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Animate the descent step by step."))
        self.step_slider = QSlider(Qt.Orientation.Horizontal)
        self.step_slider.setToolTip(self.tr("Scrub through the descent: the line shows (w, b) at this step."))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setInterval(ANIMATION_MS)
        self.timer.timeout.connect(self._advance)

        self.new_button.clicked.connect(self._new_points)
        self.count_spin.valueChanged.connect(self.regenerate)
        self.noise_spin.valueChanged.connect(self.regenerate)
        self.rate_spin.valueChanged.connect(self.recompute)
        self.steps_spin.valueChanged.connect(self.recompute)
        self.play_button.toggled.connect(self._play)
        self.step_slider.valueChanged.connect(self._show_step)

        form = QFormLayout()
        form.addRow(self.tr("Learning rate η:"), self.rate_spin)
        form.addRow(self.tr("Steps:"), self.steps_spin)
        form.addRow(self.tr("Points:"), self.count_spin)
        form.addRow(self.tr("Noise:"), self.noise_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.play_button)
        side = QVBoxLayout()
        side.addWidget(explanation(self.tr(
            "Fit y = w·x + b to the points by gradient descent. Every (w, b) is one point on the loss "
            "surface on the right; each step moves downhill, and the line on the left moves with it. The "
            "star is the exact least-squares answer.")))
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.step_slider)
        side.addWidget(self.status)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(340)
        layout = QHBoxLayout(self)
        layout.addWidget(self.data_plot, 1)
        layout.addWidget(self.surface, 1)
        layout.addWidget(side_widget)
        self.regenerate()

    def _new_points(self) -> None:
        self.seed += 1
        self.regenerate()

    def regenerate(self) -> None:
        """New data for the current seed, count and noise; redraws points, surface and descent."""
        self.data = make_line_data(np.random.default_rng(self.seed), self.count_spin.value(),
                                   noise=self.noise_spin.value())
        self.points_item.setData(self.data.x, self.data.t)
        xs = np.array([-2.2, 2.2])
        self.true_line.setData(xs, self.data.true_w * xs + self.data.true_b)
        ws, bs = np.linspace(*W_RANGE, LOSS_GRID), np.linspace(*B_RANGE, LOSS_GRID)
        self.surface.set_surface(ws, bs, line_loss_grid(self.data, ws, bs))
        self.surface.set_minimum(least_squares_line(self.data))
        self.recompute()

    def set_start(self, w: float, b: float) -> None:
        self.start = (w, b)
        self.recompute()

    def recompute(self) -> None:
        self.path = fit_line(self.data, self.start, self.rate_spin.value(), self.steps_spin.value())
        self.surface.set_start(*self.start)
        self.surface.set_path("descent", self.path.points)
        self.step_slider.blockSignals(True)
        self.step_slider.setRange(0, self.path.steps_taken)
        self.step_slider.setValue(self.path.steps_taken)
        self.step_slider.blockSignals(False)
        self._show_step(self.path.steps_taken)

    def _show_step(self, step: int) -> None:
        w, b = self.path.points[step]
        xs = np.array([-2.2, 2.2])
        self.fit_line_item.setData(xs, w * xs + b)
        self.surface.set_current((w, b))
        text = self.tr("Step {0}: w = {1}, b = {2}, loss = {3}.").format(
            step, number(w, 3), number(b, 3), number(float(self.path.values[step])))
        if self.path.diverged:
            set_status(self.status, text + " " + self.tr(
                "Diverged after {0} steps: the learning rate is too large.").format(self.path.steps_taken), "error")
        else:
            set_status(self.status, text)

    def _play(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        if playing:
            if self.step_slider.value() >= self.step_slider.maximum():
                self.step_slider.setValue(0)
            self.timer.start()
        else:
            self.timer.stop()

    def _advance(self) -> None:
        if self.step_slider.value() >= self.step_slider.maximum():
            self.play_button.setChecked(False)
            return
        self.step_slider.setValue(self.step_slider.value() + 1)

    def shutdown(self) -> None:
        self.play_button.setChecked(False)


class CurvePage(QWidget):
    """An MLP learning y = x² + 3, trained in short timer-driven chunks so the curve bends live."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curve_plot = labelled_plot(self.tr("y = x² + 3 and the network's curve"), "x", "y")
        self.curve_plot.addLegend(offset=(10, 10), labelTextColor="#222")
        self.targets_item = pg.ScatterPlotItem(size=7, brush=pg.mkBrush(PALETTE[0]), pen=None,
                                               name=self.tr("training points"))
        self.true_item = pg.PlotDataItem(pen=pg.mkPen("#888", width=1.5, style=Qt.PenStyle.DashLine),
                                         name=self.tr("y = x² + 3"))
        self.net_item = pg.PlotDataItem(pen=pg.mkPen(PALETTE[1], width=3), name=self.tr("network"))
        for item in (self.true_item, self.targets_item, self.net_item):
            self.curve_plot.addItem(item)
        self.curve_plot.setXRange(CURVE_X[0], CURVE_X[-1], padding=0)
        self.curve_plot.setYRange(-1.0, 10.0, padding=0)
        self.loss_plot = labelled_plot(self.tr("Training loss"), self.tr("iteration"), self.tr("loss"))
        self.loss_plot.setLogMode(y=True)
        self.loss_item = self.loss_plot.plot(pen=pg.mkPen(PALETTE[2], width=2))
        self.loss_item.setDownsampling(auto=True, method="peak")
        self.loss_item.setClipToView(True)

        self.activation_combo = QComboBox()
        for key, title in (("tanh", self.tr("tanh")), ("relu", self.tr("ReLU")), ("sigmoid", self.tr("sigmoid"))):
            self.activation_combo.addItem(title, key)
        self.activation_combo.setToolTip(self.tr("Activation of the two hidden layers (changing it restarts)."))
        self.rate_spin = RateSpinBox(1e-12, 100.0, 0.01, self.tr("Adam's learning rate; takes effect at once."),
                                     doubling=True)
        self.speed_spin = int_spin(1, 500, 5, self.tr("Training steps per screen update: higher trains faster."))
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setCheckable(True)
        self.start_button.setToolTip(self.tr("Start or pause training."))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Start again from fresh random weights."))
        self.loss_label = QLabel()
        self.timer = QTimer(self)
        self.timer.setInterval(TRAIN_TICK_MS)
        self.timer.timeout.connect(self._train_chunk)

        self.activation_combo.currentIndexChanged.connect(self.reset)
        self.rate_spin.valueChanged.connect(lambda value: setattr(self.fit.optimizer, "lr", value))
        self.start_button.toggled.connect(self._run)
        self.reset_button.clicked.connect(self.reset)

        form = QFormLayout()
        form.addRow(self.tr("Hidden activation:"), self.activation_combo)
        form.addRow(self.tr("Learning rate (Adam):"), self.rate_spin)
        form.addRow(self.tr("Steps per update:"), self.speed_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.reset_button)
        side = QVBoxLayout()
        side.addWidget(explanation(self.tr(
            "A network 1 → 20 → 20 → 1 learns y = x² + 3 from 41 points in [−2, 2], with the loss "
            "½·mean((y − t)²) and Adam. Its curve starts almost flat and bends into place; outside "
            "the training range it only guesses.")))
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.loss_label)
        side.addWidget(self.loss_plot, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(420)
        layout = QHBoxLayout(self)
        layout.addWidget(self.curve_plot, 1)
        layout.addWidget(side_widget)
        self.true_item.setData(CURVE_X, curve_target(CURVE_X))
        self.reset()

    def reset(self) -> None:
        self.fit = CurveFit(self.activation_combo.currentData(), lr=self.rate_spin.value())
        self.targets_item.setData(self.fit.x[:, 0], self.fit.t[:, 0])
        self.history = np.empty((HISTORY_START, 2))
        self.history_size = 0
        self._record()

    def _run(self, running: bool) -> None:
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))
        if running:
            self.timer.start()
        else:
            self.timer.stop()

    def _train_chunk(self) -> None:
        """Up to ``speed`` steps, stopping early when the time budget of one tick is used up."""
        deadline = time.perf_counter() + TRAIN_BUDGET_S
        for _ in range(self.speed_spin.value()):
            self.fit.train(1)
            if time.perf_counter() > deadline:
                break
        self._record()

    def _record(self) -> None:
        loss = self.fit.current_loss()
        if self.history_size == len(self.history):
            self.history = np.concatenate([self.history, np.empty_like(self.history)])
        self.history[self.history_size] = (self.fit.iteration, loss)
        self.history_size += 1
        shown = self.history[:self.history_size]
        self.loss_item.setData(shown[:, 0], shown[:, 1])
        self.net_item.setData(CURVE_X, self.fit.predict(CURVE_X))
        if np.isfinite(loss):
            self.loss_label.setText(self.tr("Iteration {0}: loss = {1}").format(self.fit.iteration, number(loss)))
        else:
            self.start_button.setChecked(False)
            set_status(self.loss_label, self.tr("Training diverged (the loss is not finite): lower the "
                                                "learning rate and reset."), "error")

    def shutdown(self) -> None:
        self.start_button.setChecked(False)


class RegressionPage(QTabWidget):
    """The two regression demos as tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = LinePage()
        self.curve = CurvePage()
        self.addTab(self.line, self.tr("Straight line"))
        self.addTab(self.curve, self.tr("Curve with a small network"))
        self.setTabToolTip(0, self.tr("Linear regression by gradient descent on (w, b)."))
        self.setTabToolTip(1, self.tr("A small MLP fitting y = x² + 3, trained live."))

    def shutdown(self) -> None:
        self.line.shutdown()
        self.curve.shutdown()
