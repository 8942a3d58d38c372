"""Sweeps: one network trained over several values of one hyper-parameter, accuracy plotted against it.

These are the experiments of *Make Your Own Neural Network* (accuracy against learning rate,
epochs and hidden nodes). The training itself runs in the Train panel's worker; this view holds
the sweep's settings and draws its results, keeping earlier sweeps of the same parameter.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...engine.training.runs import SWEEP_PARAMETERS
from .controls import FormError
from .plots import RUN_COLOURS, make_plot
from .records import Sweep, SweepPoint

MAX_SWEEP_VALUES = 20
DEFAULT_VALUES = {
    "learning_rate": "0.01, 0.05, 0.1, 0.2, 0.3, 0.5",
    "epochs": "1, 2, 3, 5, 7",
    "hidden_units": "10, 50, 100, 200, 500",
}


def parameter_label(parameter: str) -> str:
    """The parameter's name in words, for the axis and the legend."""
    names = {"learning_rate": QCoreApplication.translate("SweepView", "learning rate"),
             "epochs": QCoreApplication.translate("SweepView", "epochs"),
             "hidden_units": QCoreApplication.translate("SweepView", "hidden nodes")}
    return names[parameter]


def parse_values(text: str, parameter: str) -> tuple[float, ...]:
    """"0.1, 0.2" -> (0.1, 0.2); whole numbers for epochs and hidden nodes. Raises FormError."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    whole = parameter != "learning_rate"
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    valid = (values and len(values) == len(parts) and len(values) <= MAX_SWEEP_VALUES
             and all(v > 0 and np.isfinite(v) and (not whole or v == int(v)) for v in values))
    if not valid:
        kind = (QCoreApplication.translate("SweepView", "whole numbers") if whole
                else QCoreApplication.translate("SweepView", "positive numbers"))
        raise FormError(QCoreApplication.translate(
            "SweepView", "Sweep values: write 1 to {0} {1} separated by commas").format(MAX_SWEEP_VALUES, kind))
    return values


class SweepView(QWidget):
    """Settings of a sweep, a Run/Stop button and the accuracy-against-value plot.

    Signals: ``start_requested(Sweep, int)`` with the training-set size, ``stop_requested()``,
    ``invalid(str)`` when the values cannot be used.
    """

    start_requested = Signal(object, int)
    stop_requested = Signal()
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._running = False
        self._curves: list[tuple[pg.PlotDataItem, list[float], list[float]]] = []
        self._labels: list[pg.TextItem] = []
        self._plotted_parameter: str | None = None

        self.parameter = QComboBox()
        for parameter in SWEEP_PARAMETERS:
            self.parameter.addItem(parameter_label(parameter), parameter)
        self.parameter.setToolTip(self.tr("The hyper-parameter that changes from one training run to the next"))
        self.parameter.currentIndexChanged.connect(self._on_parameter_changed)
        self.values = QLineEdit()
        self.values.setMinimumWidth(280)
        self.values.setToolTip(self.tr("The values to try, separated by commas"))
        self.images = QSpinBox()
        self.images.setRange(0, 60000)
        self.images.setSingleStep(1000)
        self.images.setValue(10000)
        self.images.setGroupSeparatorShown(True)
        self.images.setSpecialValueText(self.tr("all"))
        self.images.setToolTip(self.tr("Train each point on only this many images, so the sweep finishes sooner"))
        self.run_button = QPushButton(self.tr("Run sweep"))
        self.run_button.setToolTip(self.tr("Train the chosen network once per value, with the form's other settings"))
        self.run_button.clicked.connect(self._on_run_clicked)

        settings = QFormLayout()
        for label, widget in ((self.tr("Vary"), self.parameter), (self.tr("Values"), self.values),
                              (self.tr("Training images"), self.images)):
            settings.addRow(label, widget)
            settings.labelForField(widget).setToolTip(widget.toolTip())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        settings.addRow(buttons)

        self.plot = make_plot(self.tr("learning rate"), self.tr("accuracy (%)"), self)
        self.plot.addLegend(offset=(-10, -10), labelTextColor=self.palette().color(self.foregroundRole()))
        self.plot.getPlotItem().getViewBox().setDefaultPadding(0.08)  # room for the labels above points
        self.plot.setToolTip(self.tr("Final accuracy of each run of the sweep against the value it used"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addLayout(settings)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        self._on_parameter_changed()

    @Slot()
    def _on_parameter_changed(self, *_args) -> None:
        self.values.setText(DEFAULT_VALUES[self.parameter.currentData()])

    def sweep(self) -> Sweep:
        parameter = self.parameter.currentData()
        return Sweep(parameter, parse_values(self.values.text(), parameter))

    @Slot()
    def _on_run_clicked(self) -> None:
        if self._running:
            self.stop_requested.emit()
            return
        try:
            sweep = self.sweep()
        except FormError as error:
            self.values.setFocus()
            self.invalid.emit(str(error))
            return
        self.start_requested.emit(sweep, self.images.value())

    def set_running(self, sweeping: bool, busy: bool) -> None:
        """``sweeping``: a sweep runs (the button stops it); ``busy``: any run trains."""
        self._running = sweeping
        self.run_button.setText(self.tr("Stop sweep") if sweeping else self.tr("Run sweep"))
        self.run_button.setToolTip(self.tr("Stop the sweep after the current batch") if sweeping else
                                   self.tr("Train the chosen network once per value, with the form's other settings"))
        self.run_button.setEnabled(sweeping or not busy)
        for widget in (self.parameter, self.values, self.images):
            widget.setEnabled(not busy)

    # ----------------------------------------------------------------- results
    def begin(self, sweep: Sweep, name: str) -> None:
        """A new curve for a sweep; a sweep over another parameter clears the plot first."""
        if sweep.parameter != self._plotted_parameter:
            self.clear()
            self._plotted_parameter = sweep.parameter
            self.plot.getPlotItem().setLabel("bottom", parameter_label(sweep.parameter))
        colour = RUN_COLOURS[len(self._curves) % len(RUN_COLOURS)]
        item = self.plot.plot(pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=8, symbolBrush=colour,
                              symbolPen=None, name=name)
        self._curves.append((item, [], []))

    def add_point(self, point: SweepPoint) -> None:
        if not self._curves or point.accuracy is None:
            return
        item, xs, ys = self._curves[-1]
        xs.append(point.value)
        ys.append(100.0 * point.accuracy)
        order = np.argsort(xs)
        item.setData(np.asarray(xs)[order], np.asarray(ys)[order])
        label = pg.TextItem(f"{100.0 * point.accuracy:.1f} %", anchor=(0.5, 1.3),
                            color=self.palette().color(self.foregroundRole()))
        label.setPos(point.value, 100.0 * point.accuracy)
        self.plot.addItem(label)
        self._labels.append(label)

    def points(self) -> list[tuple[float, float]]:
        """(value, accuracy %) of the latest sweep so far, in the order they finished."""
        if not self._curves:
            return []
        _, xs, ys = self._curves[-1]
        return list(zip(xs, ys))

    def clear(self) -> None:
        legend = self.plot.getPlotItem().legend
        for item, _, _ in self._curves:
            legend.removeItem(item)
            self.plot.removeItem(item)
        for label in self._labels:
            self.plot.removeItem(label)
        self._curves.clear()
        self._labels.clear()
