"""Activation functions with their derivatives, and softmax with temperature and the overflow trap."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QSlider, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget)

from ...engine.concepts import activations as act
from .widgets import PALETTE, double_spin, explanation, labelled_plot, number, read_only_table, set_status

CURVE_POINTS = 801
TEMPERATURE_STEPS = 100  # slider positions; temperature = 10 ** (position / 50 - 1): 0.1 .. 10


def temperature_from_slider(position: int) -> float:
    return 10.0 ** (position / (TEMPERATURE_STEPS / 2) - 1.0)


class ActivationPlots(QWidget):
    """The six activations and their derivatives over an adjustable range, with a hover readout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles = {"step": self.tr("step"), "sigmoid": self.tr("sigmoid"), "tanh": self.tr("tanh"),
                       "relu": self.tr("ReLU"), "leaky-relu": self.tr("leaky ReLU"), "identity": self.tr("identity")}
        self.value_plot = labelled_plot(self.tr("Activation functions h(x)"), self.tr("input x"),
                                        self.tr("output h(x)"))
        self.slope_plot = labelled_plot(self.tr("Derivatives h′(x): what backpropagation multiplies by"),
                                        self.tr("input x"), self.tr("slope h′(x)"))
        self.slope_plot.setXLink(self.value_plot)
        self.legends = [plot.addLegend(offset=(10, 10), labelTextColor="#222")
                        for plot in (self.value_plot, self.slope_plot)]
        self.cursors = [pg.InfiniteLine(angle=90, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
                        for _ in range(2)]
        self.curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.toggles: dict[str, QCheckBox] = {}
        toggles = QHBoxLayout()
        for i, key in enumerate(act.ACTIVATIONS):
            # Where ReLU and leaky ReLU coincide (x > 0), leaky ReLU's dashes run along a wider ReLU line.
            style = Qt.PenStyle.DashLine if key == "leaky-relu" else Qt.PenStyle.SolidLine
            pen = pg.mkPen(PALETTE[i], width=5 if key == "relu" else 2.5, style=style)
            self.curves[key] = (self.value_plot.plot(pen=pen), self.slope_plot.plot(pen=pen))
            box = QCheckBox(self.titles[key])
            box.setChecked(key != "identity")
            box.setToolTip(self.tr("Show or hide this function and its derivative."))
            box.toggled.connect(self.refresh)
            toggles.addWidget(box)
            self.toggles[key] = box
        for plot, cursor in zip((self.value_plot, self.slope_plot), self.cursors):
            plot.addItem(cursor, ignoreBounds=True)
        self.range_spin = double_spin(0.5, 50.0, 5.0, 0.5, 1,
                                      self.tr("Plot the functions for x from minus to plus this value."))
        self.range_spin.setPrefix("± ")
        self.alpha_spin = double_spin(0.0, 0.5, 0.1, 0.01, 3, self.tr(
            "Slope of leaky ReLU for negative inputs (the engine's default is 0.01)."))
        self.range_spin.valueChanged.connect(self.refresh)
        self.alpha_spin.valueChanged.connect(self.refresh)
        self.readout = QLabel(self.tr("Move the mouse over a plot to read the values."))
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setMinimumHeight(40)
        for plot in (self.value_plot, self.slope_plot):
            plot.scene().sigMouseMoved.connect(lambda pos, plot=plot: self._hover(plot, pos))

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Range of x:")))
        controls.addWidget(self.range_spin)
        controls.addSpacing(16)
        controls.addWidget(QLabel(self.tr("Leaky ReLU slope α:")))
        controls.addWidget(self.alpha_spin)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(toggles)
        layout.addLayout(controls)
        layout.addWidget(self.value_plot, 1)
        layout.addWidget(self.slope_plot, 1)
        layout.addWidget(self.readout)
        self.refresh()

    def refresh(self) -> None:
        r = self.range_spin.value()
        x = np.linspace(-r, r, CURVE_POINTS)
        for legend in self.legends:
            legend.clear()
        for key, (value_curve, slope_curve) in self.curves.items():
            visible = self.toggles[key].isChecked()
            for curve, legend in zip((value_curve, slope_curve), self.legends):
                curve.setVisible(visible)
                if visible:
                    legend.addItem(curve, self.titles[key])
            if visible:
                y, dy = act.evaluate(key, x, self.alpha_spin.value())
                value_curve.setData(x, y)
                slope_curve.setData(x, dy)
        self.value_plot.setXRange(-r, r, padding=0.02)
        self.value_plot.enableAutoRange(axis="y")
        self.slope_plot.enableAutoRange(axis="y")

    def _hover(self, plot: pg.PlotWidget, scene_pos) -> None:
        view = plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        self.show_values_at(view.mapSceneToView(scene_pos).x())

    def show_values_at(self, x: float) -> None:
        """Write every visible function's value and slope at ``x`` into the readout line."""
        for cursor in self.cursors:
            cursor.setPos(x)
        parts = [self.tr("x = {0}").format(number(x, 3))]
        for i, key in enumerate(act.ACTIVATIONS):
            if self.toggles[key].isChecked():
                y, dy = act.evaluate(key, np.array([x]), self.alpha_spin.value())
                parts.append(self.tr("<span style='color:{0}'>{1}: {2} (slope {3})</span>").format(
                    PALETTE[i], self.titles[key], number(float(y[0]), 3), number(float(dy[0]), 3)))
        self.readout.setText(" &nbsp; ".join(parts))


class SoftmaxBox(QGroupBox):
    """Typed scores -> probabilities at a chosen temperature, as bars and numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Softmax: scores into probabilities"), parent)
        self.scores_edit = QLineEdit("0.3, 2.9, 4.0")
        self.scores_edit.setToolTip(self.tr("Type the network's output scores, separated by commas."))
        self.temperature_slider = QSlider(Qt.Orientation.Horizontal)
        self.temperature_slider.setRange(0, TEMPERATURE_STEPS)
        self.temperature_slider.setValue(TEMPERATURE_STEPS // 2)
        self.temperature_slider.setToolTip(self.tr("Divide the scores by this temperature before softmax: "
                                                   "below 1 sharpens, above 1 flattens the probabilities."))
        self.temperature_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.plot = labelled_plot(self.tr("Probabilities"), self.tr("class"), self.tr("probability"))
        self.plot.setYRange(0.0, 1.0, padding=0.02)
        self.plot.setMouseEnabled(x=False, y=False)
        self.class_axis = self.plot.getAxis("bottom")
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=PALETTE[0])
        self.plot.addItem(self.bars)
        self.table = read_only_table([self.tr("score"), self.tr("score / T"), self.tr("probability")],
                                     self.tr("Each score, the score divided by the temperature, and its probability."))
        self.scores_edit.textChanged.connect(self.refresh)
        self.temperature_slider.valueChanged.connect(self.refresh)

        form = QFormLayout()
        form.addRow(self.tr("Scores:"), self.scores_edit)
        slider_row = QHBoxLayout()
        slider_row.addWidget(self.temperature_slider, 1)
        slider_row.addWidget(self.temperature_label)
        form.addRow(self.tr("Temperature T:"), slider_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.table)
        self.refresh()

    @property
    def temperature(self) -> float:
        return temperature_from_slider(self.temperature_slider.value())

    def refresh(self) -> None:
        t = self.temperature
        self.temperature_label.setText(f"{t:.2f}")
        try:
            scores = act.parse_scores(self.scores_edit.text())
        except ValueError as error:
            set_status(self.status, self.tr("Cannot read the scores: {0}").format(error), "error")
            return
        p = act.softmax_with_temperature(scores, t)
        set_status(self.status, self.tr("The probabilities sum to {0}; the largest score wins {1}%.").format(
            number(float(p.sum()), 6), f"{100 * p.max():.1f}"))
        k = np.arange(len(p))
        self.bars.setOpts(x=k, height=p, width=0.7)
        self.plot.setXRange(-0.6, len(p) - 0.4, padding=0)
        self.class_axis.setTicks([[(i, str(i)) for i in k]])
        self.table.setRowCount(len(p))
        self.table.setVerticalHeaderLabels([str(i) for i in k])
        for row, cells in enumerate(zip(scores, scores / t, p)):
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(number(float(value))))

    def probabilities_text(self) -> list[str]:
        """The probability column as displayed."""
        return [self.table.item(r, 2).text() for r in range(self.table.rowCount())]


class OverflowBox(QGroupBox):
    """exp(a) / sum(exp(a)) done naively next to the max-subtracted version, on the same scores."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Why softmax subtracts the maximum"), parent)
        self.scores_edit = QLineEdit("1010, 1000, 990")
        self.scores_edit.setToolTip(self.tr("Scores to push through both formulas; try large ones."))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = read_only_table([self.tr("score a"), self.tr("exp(a)"), self.tr("naive exp(a)/Σ"),
                                      self.tr("exp(a − max)/Σ")],
                                     self.tr("The naive formula next to the stable one, computed in float64."))
        self.scores_edit.textChanged.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("Scores:"), self.scores_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        try:
            scores = act.parse_scores(self.scores_edit.text())
        except ValueError as error:
            set_status(self.status, self.tr("Cannot read the scores: {0}").format(error), "error")
            return
        naive = act.naive_softmax(scores)
        stable = act.softmax_with_temperature(scores)
        self.table.setRowCount(len(scores))
        self.table.setVerticalHeaderLabels([str(i) for i in range(len(scores))])
        for row, cells in enumerate(zip(scores, naive.exponentials, naive.probabilities, stable)):
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(number(float(value))))
        if naive.overflowed:
            set_status(self.status, self.tr(
                "The naive result is nan. exp({0}) is larger than the largest float64 (about 1.8e308), so it "
                "becomes inf; the sum is inf too, and inf / inf is not a number. Subtracting the largest score "
                "first changes nothing mathematically (the factor exp(−max) cancels) but keeps every exp(…) "
                "between 0 and 1.").format(number(float(scores.max()), 1)), "error")
        else:
            set_status(self.status, self.tr(
                "Both formulas agree here. Scores above about 709 make exp(a) overflow: try 1010, 1000, 990."),
                "good")

    def column_text(self, column: int) -> list[str]:
        return [self.table.item(r, column).text() for r in range(self.table.rowCount())]


class ActivationsPage(QWidget):
    """Activation functions on the left, softmax and its overflow on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots = ActivationPlots()
        self.softmax = SoftmaxBox()
        self.overflow = OverflowBox()
        right = QWidget()
        right_layout = QGridLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(explanation(self.tr(
            "A neuron adds up its weighted inputs and passes the sum through an <b>activation function</b>. "
            "Training needs the function's slope: where the slope is 0 (the step everywhere, ReLU below 0) "
            "no gradient flows back, and sigmoid's slope is never above 0.25.")), 0, 0)
        right_layout.addWidget(self.softmax, 1, 0)
        right_layout.addWidget(self.overflow, 2, 0)
        right_layout.setRowStretch(1, 3)
        right_layout.setRowStretch(2, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.plots)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
