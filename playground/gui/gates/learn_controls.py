"""Run the perceptron learning rule one sample at a time, by button or by timer.

Each step is a few microseconds, so a QTimer in the GUI thread is enough; the timer only sets the
pace a person can follow.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSlider

from ...engine.books.perceptron import LearnStep, Perceptron, PerceptronLearner
from .plane_plot import style_plot

RATES = (0.05, 0.1, 0.2, 0.5)
SHOWN_EPOCHS = 40


class LearnControls(QGroupBox):
    """Step / Play / Restart, speed and learning rate, plus the errors-per-epoch chart.

    ``current()`` gives the perceptron as shown now (edits made while paused are honoured) and
    ``gate()`` the target. ``stepped(LearnStep)`` tells the card to show ``step.after``.
    """

    stepped = Signal(object)

    def __init__(self, current: Callable[[], Perceptron], gate: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Learning rule: w ← w + η (t − y) x"))
        self._current, self._gate = current, gate
        self._learner: PerceptronLearner | None = None
        self._learner_gate = ""

        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Show the rule one input and update the weights once"))
        self.play_button = QPushButton(self.tr("Learn"))
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Run the learning rule until it stops making mistakes "
                                            "(press again to pause)"))
        self.restart_button = QPushButton(self.tr("Restart"))
        self.restart_button.setToolTip(self.tr("Forget the epoch count and start learning afresh "
                                               "from the current weights"))
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(1, 60)
        self.speed.setValue(8)
        self.speed.setToolTip(self.tr("How many inputs the rule looks at per second"))
        self.rate = QComboBox()
        for rate in RATES:
            self.rate.addItem(f"{rate:g}", rate)
        self.rate.setCurrentIndex(1)
        self.rate.setToolTip(self.tr("Learning rate η: how far one mistake moves the weights"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setToolTip(self.tr("Epochs run so far and how many inputs were wrong in each"))

        buttons = QHBoxLayout()
        for button in (self.step_button, self.play_button, self.restart_button):
            buttons.addWidget(button)
        grid = QGridLayout(self)
        grid.addLayout(buttons, 0, 0, 1, 4)
        speed_label = QLabel(self.tr("Speed"))
        speed_label.setToolTip(self.speed.toolTip())
        rate_label = QLabel(self.tr("Rate η"))
        rate_label.setToolTip(self.rate.toolTip())
        grid.addWidget(speed_label, 1, 0)
        grid.addWidget(self.speed, 1, 1)
        grid.addWidget(rate_label, 1, 2)
        grid.addWidget(self.rate, 1, 3)
        grid.addWidget(self.status, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)

        self.errors_plot = pg.PlotWidget()
        style_plot(self.errors_plot, self.tr("epoch"), self.tr("errors"))
        self.errors_plot.setMouseEnabled(x=False, y=False)
        self.errors_plot.setYRange(0, 4, padding=0.05)
        self.errors_plot.getAxis("left").setTicks([[(v, str(v)) for v in range(5)]])
        self.errors_plot.getAxis("bottom").setTickSpacing(major=5, minor=1)
        self.errors_plot.setToolTip(self.tr("Wrong answers in each epoch of the learning rule; "
                                            "an epoch with none means the gate is learned"))
        self._bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=pg.mkBrush(200, 80, 60))
        self.errors_plot.addItem(self._bars)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self.step)
        self.step_button.clicked.connect(self.step)
        self.play_button.toggled.connect(self._set_playing)
        self.restart_button.clicked.connect(self.restart)
        self.speed.valueChanged.connect(self._apply_speed)
        self._apply_speed()
        self._show_errors()
        self._show_status()

    @property
    def learner(self) -> PerceptronLearner | None:
        return self._learner

    @Slot()
    def step(self) -> LearnStep:
        """Present one input to the rule (starting a fresh history if the target changed)."""
        gate = self._gate()
        if self._learner is None or self._learner_gate != gate:
            self._learner = PerceptronLearner(self._current(), gate, self.rate.currentData(),
                                              np.random.default_rng())
            self._learner_gate = gate
        self._learner.perceptron = self._current()
        self._learner.lr = self.rate.currentData()
        result = self._learner.step()
        self.stepped.emit(result)
        if result.epoch_done:
            self._show_errors()
            if self._learner.converged:
                self.play_button.setChecked(False)
        self._show_status()
        return result

    @Slot()
    def restart(self) -> None:
        self._learner = None
        self._show_errors()
        self._show_status()

    def stop(self) -> None:
        self.play_button.setChecked(False)

    @Slot(bool)
    def _set_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Learn"))
        if playing and self._learner is not None and self._learner.converged:
            self.restart()
        self._timer.start() if playing else self._timer.stop()

    @Slot()
    def _apply_speed(self) -> None:
        self._timer.setInterval(round(1000 / self.speed.value()))

    def _show_errors(self) -> None:
        history = self._learner.errors_per_epoch if self._learner else []
        shown = history[-SHOWN_EPOCHS:]
        first = len(history) - len(shown) + 1
        self._bars.setOpts(x=np.arange(first, first + len(shown)), height=np.array(shown, float))
        self.errors_plot.setXRange(first - 0.5, first + max(len(shown), 10) - 0.5, padding=0)

    def _show_status(self) -> None:
        learner = self._learner
        if learner is None:
            self.status.setText(self.tr("Press Learn or Step to let the rule find the weights."))
            return
        history = learner.errors_per_epoch
        recent = ", ".join(str(e) for e in history[-12:]) or "–"
        text = self.tr("Epoch {0} · errors per epoch: {1}").format(learner.epoch, recent)
        if learner.converged:
            text += " · " + self.tr("converged: an epoch without a mistake")
        self.status.setText(text)
