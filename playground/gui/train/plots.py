"""Live curves of a run: loss per iteration, accuracy per epoch, learning rate; earlier runs overlaid.

Plot items are created once per run and fed with ``setData`` from growing buffers; the plots
clip to the visible range and downsample by peaks, so a run of 100 000 batches stays cheap to
redraw. The run being trained is drawn in full (raw and smoothed loss, train and validation
accuracy, learning rate); earlier runs keep their smoothed loss and validation accuracy in their
own colour, named in the legend.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .records import Update
from .series import GrowingSeries, SmoothedLoss

RUN_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def make_plot(x_label: str, y_label: str, parent: QWidget | None = None) -> pg.PlotWidget:
    """A plot in the window's colours, with labelled axes, a grid, clipping and peak downsampling."""
    palette = (parent or QWidget()).palette()
    background = palette.color(QPalette.ColorRole.Base)
    foreground = palette.color(QPalette.ColorRole.Text)
    widget = pg.PlotWidget(parent, background=background)
    item = widget.getPlotItem()
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(foreground)
        axis.setTextPen(foreground)
        axis.enableAutoSIPrefix(False)
    item.setLabel("bottom", x_label)
    item.setLabel("left", y_label)
    item.showGrid(x=True, y=True, alpha=0.15)
    item.setDownsampling(auto=True, mode="peak")
    item.setClipToView(True)
    item.setMenuEnabled(False)
    return widget


class Readout:
    """A line of text pinned to a plot's top-left corner, showing the values under the mouse."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        colour = plot.palette().color(QPalette.ColorRole.Text)
        self.label = pg.LabelItem("", justify="left", color=colour, size="9pt")
        self.label.setParentItem(plot.getPlotItem().getViewBox())
        self.label.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(6, 2))
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine))
        self.cursor.setZValue(-5)
        self.cursor.hide()
        plot.addItem(self.cursor, ignoreBounds=True)

    def show(self, x: float, text: str) -> None:
        self.cursor.setPos(x)
        self.cursor.show()
        self.label.setText(text)

    def hide(self) -> None:
        self.cursor.hide()
        self.label.setText("")


class RisingTop:
    """A y range from zero to just above the largest value seen, moved only when that grows.

    Auto-ranging would follow every small change of the data and re-lay out the axis (and its
    grid) ten times a second; losses and learning rates are positive, so zero is a natural floor.
    """

    def __init__(self, plot: pg.PlotWidget) -> None:
        self.plot = plot
        self.top = 0.0
        self.active = True

    def include(self, values: np.ndarray) -> None:
        finite = values[np.isfinite(values)]
        if len(finite) and finite.max() > self.top:
            self.top = float(finite.max())
            self.apply()

    def apply(self) -> None:
        if self.active and self.top > 0:
            self.plot.setYRange(0.0, 1.05 * self.top, padding=0)

    def set_active(self, on: bool) -> None:
        """Off: the plot auto-ranges its y axis instead (needed on a log scale)."""
        self.active = on
        self.plot.getPlotItem().enableAutoRange(y=not on)
        self.apply()

    def reset(self) -> None:
        self.top = 0.0


class RunCurves:
    """The data and plot items of one run."""

    def __init__(self, plots: "LivePlots", name: str, colour: str, smoothing: float) -> None:
        self.name = name
        self.colour = QColor(colour)
        # An opaque pale tint rather than a transparent colour: same look, much cheaper to draw.
        background = plots.palette().color(QPalette.ColorRole.Base)
        faint = QColor.fromRgbF(*(0.3 * c + 0.7 * b for c, b in zip(self.colour.getRgbF()[:3],
                                                                    background.getRgbF()[:3])))
        self.loss = SmoothedLoss(smoothing)
        self.rates = GrowingSeries(2)
        self.accuracy = GrowingSeries(3)  # epoch position, train %, validation % (NaN if none)
        self.best: tuple[int, float] | None = None
        # Curves redrawn ten times a second use one-pixel pens: wider lines take twice as long to paint.
        self.raw_item = plots.loss_plot.plot(pen=pg.mkPen(faint, width=1))
        self.smooth_item = plots.loss_plot.plot(pen=pg.mkPen(self.colour, width=1), name=name)
        self.rate_item = plots.rate_plot.plot(pen=pg.mkPen(self.colour, width=1))
        self.train_item = plots.accuracy_plot.plot(
            pen=pg.mkPen(self.colour, width=2, style=Qt.PenStyle.DashLine), symbol="t1", symbolSize=6,
            symbolBrush=self.colour, symbolPen=None)
        self.val_item = plots.accuracy_plot.plot(pen=pg.mkPen(self.colour, width=2), symbol="o", symbolSize=6,
                                                 symbolBrush=self.colour, symbolPen=None)

    def add(self, update: Update) -> None:
        if len(update.iterations):
            self.loss.extend(update.iterations, update.losses)
            self.rates.extend(update.iterations, update.learning_rates)
            self.raw_item.setData(self.loss.iterations, self.loss.raw)
            self.smooth_item.setData(self.loss.iterations, self.loss.smoothed)
            self.rate_item.setData(self.rates.column(0), self.rates.column(1))
        if update.measurements:
            m = update.measurements
            self.accuracy.extend(np.array([r.epoch_position for r in m]),
                                 np.array([100.0 * r.train_accuracy for r in m]),
                                 np.array([np.nan if r.val_accuracy is None else 100.0 * r.val_accuracy for r in m]))
            self.train_item.setData(self.accuracy.column(0), self.accuracy.column(1))
            val = self.accuracy.column(2)
            if np.isfinite(val).any():
                self.val_item.setData(self.accuracy.column(0), val, connect="finite")
            last = m[-1]
            if last.best_epoch is not None and last.best_val_accuracy is not None:
                self.best = (last.best_epoch, 100.0 * last.best_val_accuracy)

    def remove(self, plots: "LivePlots") -> None:
        for item in (self.raw_item, self.smooth_item):
            plots.loss_plot.removeItem(item)
        plots.rate_plot.removeItem(self.rate_item)
        for item in (self.train_item, self.val_item):
            plots.accuracy_plot.removeItem(item)

    def restyle_smoothing(self, weight: float) -> None:
        self.loss.set_weight(weight)
        self.smooth_item.setData(self.loss.iterations, self.loss.smoothed)

    def show_detail(self, on: bool) -> None:
        """The current run shows everything; an earlier one only smoothed loss and validation accuracy."""
        for item in (self.raw_item, self.rate_item, self.train_item):
            item.setVisible(on)

    def set_visible(self, on: bool) -> None:
        for item in (self.smooth_item, self.val_item):
            item.setVisible(on)


class LivePlots(QWidget):
    """Loss, accuracy and learning-rate plots with smoothing, log scale and earlier-run controls."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RunCurves] = []
        self.loss_plot = make_plot(self.tr("iteration"), self.tr("loss"), self)
        self.loss_plot.addLegend(offset=(-10, 10), labelTextColor=self.palette().color(QPalette.ColorRole.Text))
        self.loss_plot.setToolTip(self.tr("Loss of every training batch (pale) and its moving average (strong colour)"))
        self.accuracy_plot = make_plot(self.tr("epoch"), self.tr("accuracy (%)"), self)
        self.accuracy_legend = self.accuracy_plot.addLegend(
            offset=(-10, -10), labelTextColor=self.palette().color(QPalette.ColorRole.Text))
        self.accuracy_plot.setToolTip(self.tr(
            "Accuracy on a sample of training images (dashed) and on the held-out validation images (solid)"))
        self.rate_plot = make_plot(self.tr("iteration"), self.tr("learning rate"), self)
        self.rate_plot.setToolTip(self.tr("The learning rate used for each batch, as set by the schedule"))
        self._loss_range = RisingTop(self.loss_plot)
        self._rate_range = RisingTop(self.rate_plot)
        self._loss_range.set_active(True)
        self._rate_range.set_active(True)
        self._frame_iterations = 0
        self._build_best_marker()
        self._readouts = {plot: Readout(plot) for plot in (self.loss_plot, self.accuracy_plot, self.rate_plot)}
        for plot in self._readouts:
            plot.scene().sigMouseMoved.connect(lambda pos, plot=plot: self._on_mouse_moved(plot, pos))

        self.smoothing = QSlider(Qt.Orientation.Horizontal)
        self.smoothing.setRange(0, 99)
        self.smoothing.setValue(90)
        self.smoothing.setFixedWidth(140)
        self.smoothing.setToolTip(self.tr("How strongly the moving-average loss curve averages over recent batches"))
        self.smoothing.valueChanged.connect(self._on_smoothing_changed)
        self.smoothing_value = QLabel()
        self.smoothing_value.setMinimumWidth(30)
        self.log_loss = QCheckBox(self.tr("Log scale"))
        self.log_loss.setToolTip(self.tr("Show the loss on a logarithmic axis, so late small changes stay visible"))
        self.log_loss.toggled.connect(self._on_log_toggled)
        self.show_earlier = QCheckBox(self.tr("Earlier runs"))
        self.show_earlier.setChecked(True)
        self.show_earlier.setToolTip(self.tr("Overlay the curves of the earlier runs of this session"))
        self.show_earlier.toggled.connect(self._apply_visibility)
        self.clear_button = QPushButton(self.tr("Clear runs"))
        self.clear_button.setToolTip(self.tr("Remove every run's curves from the plots"))
        self.clear_button.clicked.connect(self.clear)

        tools = QHBoxLayout()
        smoothing_label = QLabel(self.tr("Smoothing"))
        smoothing_label.setToolTip(self.smoothing.toolTip())
        for widget in (smoothing_label, self.smoothing, self.smoothing_value, self.log_loss, self.show_earlier):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.clear_button)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.accuracy_plot)
        lower.addWidget(self.rate_plot)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(self.loss_plot)
        vertical.addWidget(lower)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(vertical, 1)
        self._on_smoothing_changed(self.smoothing.value())

    def _build_best_marker(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.Text)
        self.best_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine),
                                         label=self.tr("best"), labelOpts={"position": 0.5, "color": colour})
        self.best_point = pg.ScatterPlotItem(symbol="star", size=16, brush=pg.mkBrush("#f2c12e"),
                                             pen=pg.mkPen(colour, width=1))
        for item in (self.best_line, self.best_point):
            item.setZValue(10)
            item.hide()
            self.accuracy_plot.addItem(item, ignoreBounds=item is self.best_line)

    # ----------------------------------------------------------------- runs
    @property
    def current(self) -> RunCurves | None:
        return self.runs[-1] if self.runs else None

    def begin_run(self, name: str) -> None:
        """Start the curves of a new run; the previous run becomes an overlay."""
        if self.current is not None:
            self.current.show_detail(False)
        self.accuracy_legend.clear()
        colour = RUN_COLOURS[len(self.runs) % len(RUN_COLOURS)]
        self.runs.append(RunCurves(self, name, colour, self._weight()))
        self._rate_range.reset()  # only the current run's learning rate is shown
        self.accuracy_legend.addItem(self.current.train_item, self.tr("train"))
        self.accuracy_legend.addItem(self.current.val_item, self.tr("validation"))
        self._show_best(None)
        self._apply_visibility()

    def add(self, update: Update) -> None:
        if self.current is None:
            return
        self.current.add(update)
        self._fit_frame(update.latest)
        self._loss_range.include(update.losses)
        self._rate_range.include(update.learning_rates)
        if update.measurements:
            self._show_best(self.current.best)

    def _fit_frame(self, p) -> None:
        """Show the whole run's length from the start, so axes are redrawn only when it grows.

        Growing the x range with every update would re-lay out the axes ten times a second,
        the most expensive part of redrawing the plots.
        """
        total = p.epochs * p.iterations_per_epoch
        if total <= self._frame_iterations:
            return
        self._frame_iterations = total
        for plot in (self.loss_plot, self.rate_plot):
            plot.setXRange(0, total, padding=0.02)
        self.accuracy_plot.setXRange(0, total / p.iterations_per_epoch, padding=0.02)

    def rename_current(self, name: str) -> None:
        """Give the current run its final legend entry (e.g. with its test accuracy)."""
        run = self.current
        if run is None:
            return
        legend = self.loss_plot.getPlotItem().legend
        legend.removeItem(run.smooth_item)
        run.name = name
        legend.addItem(run.smooth_item, name)

    @Slot()
    def clear(self) -> None:
        """Forget every run's curves."""
        legend = self.loss_plot.getPlotItem().legend
        for run in self.runs:
            legend.removeItem(run.smooth_item)
            run.remove(self)
        self.runs.clear()
        self._frame_iterations = 0
        self._loss_range.reset()
        self._rate_range.reset()
        self.accuracy_legend.clear()
        self._show_best(None)
        for readout in self._readouts.values():
            readout.hide()
        self.cleared.emit()

    def _show_best(self, best: tuple[int, float] | None) -> None:
        if best is None:
            self.best_line.hide()
            self.best_point.hide()
            return
        epoch, accuracy = best
        self.best_line.setPos(epoch)
        self.best_point.setData([epoch], [accuracy])
        self.best_line.show()
        self.best_point.show()

    @Slot()
    def _apply_visibility(self, *_args) -> None:
        for run in self.runs[:-1]:
            run.set_visible(self.show_earlier.isChecked())

    def readout_text(self, plot: pg.PlotWidget) -> str:
        """What the hover readout of ``plot`` says now (empty when the mouse is elsewhere)."""
        return self._readouts[plot].label.text

    @Slot(bool)
    def _on_log_toggled(self, on: bool) -> None:
        self.loss_plot.setLogMode(y=on)
        self._loss_range.set_active(not on)

    # ----------------------------------------------------------------- smoothing and hover
    def _weight(self) -> float:
        return self.smoothing.value() / 100.0

    @Slot(int)
    def _on_smoothing_changed(self, value: int) -> None:
        self.smoothing_value.setText(f"{value / 100:.2f}")
        for run in self.runs:
            run.restyle_smoothing(value / 100.0)

    def _on_mouse_moved(self, plot: pg.PlotWidget, scene_pos: QPointF) -> None:
        readout = self._readouts[plot]
        run = self.current
        view = plot.getPlotItem().getViewBox()
        if run is None or not view.sceneBoundingRect().contains(scene_pos):
            readout.hide()
            return
        x = view.mapSceneToView(scene_pos).x()
        text = self._describe(plot, run, x)
        if text is None:
            readout.hide()
        else:
            readout.show(*text)

    def _describe(self, plot: pg.PlotWidget, run: RunCurves, x: float) -> tuple[float, str] | None:
        if plot is self.accuracy_plot:
            xs = run.accuracy.column(0)
            if not len(xs):
                return None
            i = _nearest(xs, x)
            val = run.accuracy.column(2)[i]
            text = self.tr("epoch {0:.2f}: train {1:.2f} %").format(xs[i], run.accuracy.column(1)[i])
            if np.isfinite(val):
                text += self.tr(", validation {0:.2f} %").format(val)
            return float(xs[i]), text
        xs = run.loss.iterations
        if not len(xs):
            return None
        i = _nearest(xs, x)
        if plot is self.rate_plot:
            return float(xs[i]), self.tr("iteration {0:,.0f}: learning rate {1:.4g}").format(
                xs[i], run.rates.column(1)[i])
        return float(xs[i]), self.tr("iteration {0:,.0f}: loss {1:.4f}, smoothed {2:.4f}").format(
            xs[i], run.loss.raw[i], run.loss.smoothed[i])


def _nearest(sorted_values: np.ndarray, x: float) -> int:
    """Index of the value nearest to ``x`` in an increasing array."""
    i = int(np.searchsorted(sorted_values, x))
    if i >= len(sorted_values):
        return len(sorted_values) - 1
    if i > 0 and x - sorted_values[i - 1] < sorted_values[i] - x:
        return i - 1
    return i
