"""How mean squared error and cross-entropy respond as a prediction moves towards the true class."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSlider, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...engine.concepts import loss_functions as lf
from .widgets import PALETTE, explanation, int_spin, labelled_plot, number, read_only_table

SLIDER_STEPS = 1000  # the probability slider moves in steps of 0.001
CURVE_POINTS = 501
CURVE_Y_MAX = 5.0  # cross-entropy reaches 16.1 at p = 0; the interesting part is below this


class LossPage(QWidget):
    """A slider for the true class's probability, the prediction as bars, both losses as numbers and
    curves, and the book's two worked examples."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.class_spin = int_spin(0, lf.CLASSES - 1, lf.BOOK_TRUE_CLASS,
                                   self.tr("The correct answer: which of the 10 classes is true."))
        self.p_slider = QSlider(Qt.Orientation.Horizontal)
        self.p_slider.setRange(0, SLIDER_STEPS)
        self.p_slider.setValue(600)
        self.p_slider.setToolTip(self.tr("Probability the network gives the true class; the other nine "
                                         "classes share the rest evenly."))
        self.p_label = QLabel()
        self.mse_label = QLabel()
        self.ce_label = QLabel()
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        for label in (self.mse_label, self.ce_label):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            label.setFont(font)

        self.bar_plot = labelled_plot(self.tr("Prediction y (true class in orange)"), self.tr("class"),
                                      self.tr("probability"))
        self.bar_plot.setYRange(0.0, 1.0, padding=0.02)
        self.bar_plot.setXRange(-0.6, lf.CLASSES - 0.4, padding=0)
        self.bar_plot.setMouseEnabled(x=False, y=False)
        self.bar_plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(lf.CLASSES)]])
        self.bars = pg.BarGraphItem(x=np.arange(lf.CLASSES), height=np.zeros(lf.CLASSES), width=0.7)
        self.bar_plot.addItem(self.bars)

        self.curve_plot = labelled_plot(self.tr("Loss against the true class's probability"),
                                        self.tr("probability p of the true class"), self.tr("loss"))
        self.curve_plot.addLegend(offset=(-10, 10), labelTextColor="#222")
        ps = np.linspace(0.0, 1.0, CURVE_POINTS)
        mse, ce = lf.loss_curves(ps, lf.BOOK_TRUE_CLASS)  # the curves do not depend on which class is true
        self.curve_plot.plot(ps, mse, pen=pg.mkPen(PALETTE[0], width=2.5), name=self.tr("mean squared error"))
        self.curve_plot.plot(ps, ce, pen=pg.mkPen(PALETTE[1], width=2.5), name=self.tr("cross-entropy"))
        self.curve_plot.setXRange(0.0, 1.0, padding=0.02)
        self.curve_plot.setYRange(0.0, CURVE_Y_MAX, padding=0.02)
        self.marker_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.curve_plot.addItem(self.marker_line, ignoreBounds=True)
        self.markers = pg.ScatterPlotItem(size=11, pen=pg.mkPen("k"))
        self.curve_plot.addItem(self.markers)

        self.examples = read_only_table([self.tr("book example (true class 2)"), self.tr("mean squared error"),
                                         self.tr("cross-entropy")],
                                        self.tr("Deep Learning from Scratch ch. 4's worked examples; "
                                                "click a row to show its prediction."))
        self.examples.setRowCount(len(lf.BOOK_EXAMPLES))
        self.examples.setVerticalHeaderLabels([str(i + 1) for i in range(len(lf.BOOK_EXAMPLES))])
        self.examples.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.examples.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        names = {"right": self.tr("0.6 on class 2: confident and right"),
                 "wrong": self.tr("0.6 on class 7: confident and wrong")}
        for row, (key, y) in enumerate(lf.BOOK_EXAMPLES.items()):
            cells = [names[key], number(float(lf.mean_squared_error(y, lf.BOOK_TRUE_CLASS))),
                     number(float(lf.cross_entropy_error(y, lf.BOOK_TRUE_CLASS)))]
            for col, text in enumerate(cells):
                self.examples.setItem(row, col, QTableWidgetItem(text))
        self.examples.itemSelectionChanged.connect(self._show_selected_example)
        self.p_slider.valueChanged.connect(self._show_spread)
        self.class_spin.valueChanged.connect(self._show_spread)

        controls = QGroupBox(self.tr("Prediction"))
        form = QFormLayout(controls)
        form.addRow(self.tr("True class:"), self.class_spin)
        slider_row = QHBoxLayout()
        slider_row.addWidget(self.p_slider, 1)
        slider_row.addWidget(self.p_label)
        form.addRow(self.tr("p(true class):"), slider_row)
        form.addRow(self.source_label)
        form.addRow(self.mse_label)
        form.addRow(self.ce_label)
        left = QVBoxLayout()
        left.addWidget(explanation(self.tr(
            "A loss turns “how wrong is this prediction?” into one number that training makes smaller. "
            "<b>Mean squared error</b> is ½ Σ (y<sub>k</sub> − t<sub>k</sub>)²; <b>cross-entropy</b> is "
            "−log y<sub>true</sub>. Cross-entropy grows without bound as p → 0, so a confident mistake "
            "gets a large gradient; the squared error flattens out there. (A tiny 10<sup>−7</sup> inside "
            "the log keeps p = 0 finite.)")))
        left.addWidget(controls)
        left.addWidget(self.bar_plot, 1)
        right = QVBoxLayout()
        right.addWidget(self.curve_plot, 1)
        right.addWidget(self.examples)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self._show_spread()

    @property
    def probability(self) -> float:
        return self.p_slider.value() / SLIDER_STEPS

    def _show_spread(self) -> None:
        """The slider's prediction: p on the true class, the rest shared evenly."""
        self.examples.blockSignals(True)
        self.examples.clearSelection()
        self.examples.blockSignals(False)
        p, true_class = self.probability, self.class_spin.value()
        self.p_label.setText(f"{p:.3f}")
        y = lf.spread_prediction(p, true_class)[0]
        self._show(y, true_class, self.tr("The other nine classes get {0} each.").format(
            number((1.0 - p) / (lf.CLASSES - 1))))
        self.marker_line.setPos(p)

    def _show_selected_example(self) -> None:
        rows = self.examples.selectionModel().selectedRows()
        if not rows:
            return
        y = list(lf.BOOK_EXAMPLES.values())[rows[0].row()]
        self._show(y, lf.BOOK_TRUE_CLASS, self.tr(
            "The book's example {0}. Its squared error may sit off the blue curve: it depends on how the "
            "other classes share the rest, while cross-entropy looks only at the true class. Move the "
            "slider to go back.").format(rows[0].row() + 1))
        self.marker_line.setPos(float(y[lf.BOOK_TRUE_CLASS]))

    def _show(self, y: np.ndarray, true_class: int, source: str) -> None:
        mse = float(lf.mean_squared_error(y, true_class))
        ce = float(lf.cross_entropy_error(y, true_class))
        brushes = [pg.mkBrush(PALETTE[1] if k == true_class else PALETTE[0]) for k in range(lf.CLASSES)]
        self.bars.setOpts(height=y, brushes=brushes)
        self.source_label.setText(source)
        self.mse_label.setText(self.tr("Mean squared error: {0}").format(number(mse)))
        self.ce_label.setText(self.tr("Cross-entropy: {0}").format(number(ce)))
        p = float(y[true_class])
        self.markers.setData([p, p], [mse, min(ce, CURVE_Y_MAX)],
                             brush=[pg.mkBrush(PALETTE[0]), pg.mkBrush(PALETTE[1])])
