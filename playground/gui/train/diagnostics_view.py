"""Why a run learns or fails, while it trains: gradient strength and inactive units per layer,
weights now against their initial values, and hints whose button puts the fix in the form."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ...engine.training.config import TrainConfig
from ...engine.training.diagnostics import Diagnostics
from ...engine.training.hints import Hint, hints
from ...engine.training.progress import Progress
from .plots import make_plot
from .records import Update

NOW_PEN = pg.mkPen("#1f77b4", width=2)
INITIAL_PEN = pg.mkPen("#999999", width=2, style=Qt.PenStyle.DashLine)


class DiagnosticsView(QWidget):
    """Shows the newest ``Diagnostics`` of the current run and the hints over its history.

    Signal ``fix_requested(dict)``: Train form field -> value, emitted by a hint's button.
    """

    fix_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[Progress] = []
        self._config = TrainConfig()
        self._diagnostics: Diagnostics | None = None
        self.gradient_plot = make_plot(self.tr("weight layer"), self.tr("gradient strength (RMS per weight)"))
        self.gradient_plot.setLogMode(y=True)
        self.gradient_curve = self.gradient_plot.plot([], [], pen=NOW_PEN, symbol="o", symbolBrush="#1f77b4")
        self.inactive_plot = make_plot(self.tr("hidden activation layer"), self.tr("inactive units (%)"))
        self.inactive_plot.setYRange(0, 100)
        self.inactive_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush="#d62728")
        self.inactive_plot.addItem(self.inactive_bars)
        self.histogram_plot = make_plot(self.tr("weight value"), self.tr("weights"))
        self.histogram_plot.addLegend(offset=(-10, 10))
        self.histogram_now = self.histogram_plot.plot([], [], stepMode="center", pen=NOW_PEN, name=self.tr("now"))
        self.histogram_initial = self.histogram_plot.plot([], [], stepMode="center", pen=INITIAL_PEN,
                                                          name=self.tr("at initialisation"))
        self.layer_choice = QComboBox()
        self.layer_choice.setToolTip(self.tr("Weight layer whose histogram is shown"))
        self.layer_choice.currentTextChanged.connect(self._show_histogram)
        self.weight_summary = QLabel()
        self.hints_box = QGroupBox(self.tr("Hints"))
        self.hints_layout = QVBoxLayout(self.hints_box)
        self.hints_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.hint_widgets: list[QWidget] = []
        self.hint_buttons: list[QPushButton] = []
        self._build()
        self.clear()

    def _build(self) -> None:
        histogram = QVBoxLayout()
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Layer")))
        choice.addWidget(self.layer_choice, 1)
        histogram.addLayout(choice)
        histogram.addWidget(self.histogram_plot, 1)
        histogram.addWidget(self.weight_summary)
        grid = QGridLayout(self)
        grid.addWidget(self.gradient_plot, 0, 0)
        grid.addWidget(self.inactive_plot, 0, 1)
        grid.addLayout(histogram, 1, 0)
        grid.addWidget(self.hints_box, 1, 1)

    def clear(self) -> None:
        """Forget the previous run (a new run starts)."""
        self._records, self._diagnostics = [], None
        self.gradient_curve.setData([], [])
        self.inactive_bars.setOpts(x=[], height=[])
        self.layer_choice.clear()
        self.weight_summary.setText(self.tr("Diagnostics appear a few seconds into a run."))
        self._show_hints([])

    def begin_run(self, config: TrainConfig) -> None:
        self.clear()
        self._config = config

    def add(self, update: Update) -> None:
        """Take the news of one update: new measurements, the run's end, the newest diagnostics."""
        self._records.extend(update.measurements)
        if update.latest.kind == "end":
            self._records.append(update.latest)
        if update.diagnostics is not None and update.diagnostics is not self._diagnostics:
            self._show_diagnostics(update.diagnostics)
        if update.measurements or update.latest.kind == "end" or update.diagnostics is not None:
            self._show_hints(hints(self._records, self._config, self._diagnostics))

    def finish(self, last: Progress) -> None:
        """The run's last record (kind "end"): a diverged run gets its hint."""
        if not self._records or self._records[-1] is not last:
            self._records.append(last)
        self._show_hints(hints(self._records, self._config, self._diagnostics))

    # ----------------------------------------------------------------- drawing
    def _show_diagnostics(self, d: Diagnostics) -> None:
        self._diagnostics = d
        names = list(d.gradient_strength)
        strength = np.array([d.gradient_strength[n] for n in names])
        shown = strength > 0  # a log axis cannot place zero
        x = np.arange(1, len(names) + 1)
        self.gradient_curve.setData(x[shown], strength[shown])
        self.gradient_plot.getAxis("bottom").setTicks([list(zip(x.tolist(), names))])
        layers = list(d.inactive_share)
        self.inactive_bars.setOpts(x=np.arange(len(layers)), height=[100 * d.inactive_share[k] for k in layers])
        self.inactive_plot.getAxis("bottom").setTicks([list(enumerate(layers))])
        self.inactive_plot.setXRange(-0.6, max(len(layers), 1) - 0.4)
        chosen = self.layer_choice.currentText()
        if [self.layer_choice.itemText(i) for i in range(self.layer_choice.count())] != list(d.weights):
            self.layer_choice.blockSignals(True)
            self.layer_choice.clear()
            self.layer_choice.addItems(list(d.weights))
            self.layer_choice.blockSignals(False)
            if chosen in d.weights:
                self.layer_choice.setCurrentText(chosen)
        self._show_histogram(self.layer_choice.currentText())

    def _show_histogram(self, name: str) -> None:
        if self._diagnostics is None or name not in self._diagnostics.weights:
            return
        h = self._diagnostics.weights[name]
        self.histogram_now.setData(h.edges, h.now)
        self.histogram_initial.setData(h.edges, h.initial)
        self.weight_summary.setText(self.tr("{0}: mean {1:+.4f}, spread {2:.4f} (at initialisation {3:+.4f}, "
                                            "{4:.4f})").format(name, h.mean, h.spread, h.initial_mean,
                                                               h.initial_spread))

    def _show_hints(self, found: list[Hint]) -> None:
        for widget in self.hint_widgets:
            widget.deleteLater()
        self.hint_widgets, self.hint_buttons = [], []
        if not found:
            self._add_hint_label(self.tr("No hint: nothing in this run's curves or diagnostics looks wrong so far."))
        for hint in found:
            self._add_hint_label(self.sentence(hint))
            button = QPushButton(self.tr("Apply to next run"))
            button.setToolTip(self.tr("Put these settings in the training form: {0}").format(
                ", ".join(f"{k} = {v:g}" if isinstance(v, float) else f"{k} = {v}" for k, v in hint.fix.items())))
            button.clicked.connect(lambda _checked=False, fix=hint.fix: self.fix_requested.emit(dict(fix)))
            self.hints_layout.addWidget(button)
            self.hint_widgets.append(button)
            self.hint_buttons.append(button)

    def _add_hint_label(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        self.hints_layout.addWidget(label)
        self.hint_widgets.append(label)

    def sentence(self, hint: Hint) -> str:
        """The translated advice of ``hint`` with its figures."""
        f = hint.figures
        if hint.key == "diverged":
            return self.tr("The loss became infinite at learning rate {0:g}: the steps overshoot. "
                           "Try a rate ten times smaller.").format(f["rate"])
        if hint.key == "not-learning":
            return self.tr("After {0} epochs the accuracy is only {1:.0%}: the network is not learning. "
                           "Try a smaller learning rate and He initialisation.").format(f["epochs"], f["accuracy"])
        if hint.key == "over-fitting" and f["rising_epochs"]:
            return self.tr("The validation loss has risen for {0} epochs in a row: the network memorises the "
                           "training images. Try dropout, weight decay, data augmentation and early stopping."
                           ).format(f["rising_epochs"])
        if hint.key == "over-fitting":
            return self.tr("Training accuracy is {0:.1f} points above validation accuracy: the network memorises "
                           "the training images. Try dropout, weight decay, data augmentation and early stopping."
                           ).format(100 * f["gap"])
        if hint.key == "inactive":
            return self.tr("{0:.0%} of the units of layer {1} pass no signal (dead or saturated). Try He "
                           "initialisation, a smaller learning rate or a leaky ReLU.").format(f["share"], f["layer"])
        if hint.key == "momentum":
            return self.tr("Momentum {0:g} with learning rate {1:g} takes very long steps. Try momentum 0.9 "
                           "and a smaller rate.").format(f["momentum"], f["rate"])
        return self.tr("Batches of {0} images give very noisy gradients and slow epochs. Try a batch of 32."
                       ).format(f["batch_size"])
