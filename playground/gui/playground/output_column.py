"""The Output column: losses and accuracies, the test confusion, the loss curve, and the plane (or
the hidden space) with its two check boxes."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine.plane.data import PlaneData
from ...engine.plane.network import GRID
from .frames import HIDDEN_CONNECT, Frame
from .hidden_space import HiddenSpace
from .output_plot import OutputPlot
from .widgets import fixed_label, set_text

tr = lambda text: QCoreApplication.translate("PlaygroundPanel", text)

CONFUSION_LINES = 6
CURVE_POINTS = 300
CURVE_DELAY_MS = 100
"""While training, the loss curve is drawn at most this often (ten times a second)."""
"""Epochs drawn on the loss curve at most: a long run shows every k-th epoch (and the last)."""


def loss_text(frame: Frame, classes: int) -> str:
    train, test = frame.losses
    text = tr("Training loss {0:.3f}   Test loss {1:.3f}").format(train, test)
    if classes:
        train_acc, test_acc = frame.accuracies
        text += "\n" + tr("Training accuracy {0:.1%}   Test accuracy {1:.1%}").format(train_acc, test_acc)
    return text


def confusion_text(counts: np.ndarray | None) -> str:
    """Test points by true class (rows) and the class the network gives them (columns)."""
    if counts is None:
        return ""
    rows = "".join("<tr>" + "".join(f"<td align='right'>&nbsp;{n}&nbsp;</td>" for n in row) + "</tr>"
                   for row in counts.tolist())
    return tr("Test points: true class (rows) by predicted class (columns)") + f"<table>{rows}</table>"


class OutputColumn(QGroupBox):
    """The widgets, and ``show_frame`` that puts a frame's numbers and pictures into them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Output"), parent)
        layout = QVBoxLayout(self)
        widest = tr("Training loss {0:.3f}   Test loss {1:.3f}").format(8888.888, 8888.888)
        widest_accuracy = tr("Training accuracy {0:.1%}   Test accuracy {1:.1%}").format(1.0, 1.0)
        self.loss_label = fixed_label([widest, widest_accuracy], lines=2)
        layout.addWidget(self.loss_label)
        self.confusion_label = fixed_label([tr("Test points: true class (rows) by predicted class (columns)")],
                                           lines=CONFUSION_LINES)
        self.confusion_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.confusion_label)
        self.curve = pg.PlotWidget()
        self.curve.setBackground("w")
        self.curve.setFixedHeight(110)
        self.curve.setMenuEnabled(False)
        self.curve.setLabel("bottom", tr("epoch"))
        self.curve.setLabel("left", tr("loss"))
        for side in ("left", "bottom"):  # a prefix that changes re-lays out the axis label
            self.curve.getAxis(side).enableAutoSIPrefix(False)
        self.train_curve = self.curve.plot(pen=pg.mkPen(60, 60, 60, width=1.5), name=tr("training"))
        self.test_curve = self.curve.plot(pen=pg.mkPen(8, 119, 189, width=1.5), name=tr("test"))
        # The ranges are set by show_losses, and only when they must grow: pyqtgraph's automatic
        # range re-laid out both axes at every frame, five times the cost of drawing the lines.
        self.curve.getPlotItem().vb.disableAutoRange()
        self._curve_range = (0, 0.0)
        self._curve_losses: tuple[np.ndarray, np.ndarray] | None = None
        self._curve_timer = QTimer(self)
        self._curve_timer.setSingleShot(True)
        self._curve_timer.setInterval(CURVE_DELAY_MS)
        self._curve_timer.timeout.connect(self._draw_curve)
        layout.addWidget(self.curve)
        self.plot = OutputPlot()
        self.plot.setMinimumSize(320, 320)
        self.hidden_space = HiddenSpace()
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.plot, tr("Plane"))
        self.views.addTab(self.hidden_space, tr("Hidden space"))
        layout.addWidget(self.views, 1)
        self.show_test = QCheckBox(tr("Show test data"))
        self.show_test.setChecked(True)
        self.discretize = QCheckBox(tr("Discretize output"))
        for box in (self.show_test, self.discretize):
            layout.addWidget(box)
        self.setMinimumWidth(360)

    @property
    def hidden_space_shown(self) -> bool:
        return self.views.currentWidget() is self.hidden_space

    def show_frame(self, frame: Frame, data: PlaneData, curve_soon: bool = False) -> None:
        """``curve_soon``: draw the loss curve within ``CURVE_DELAY_MS`` instead of now, in an
        event-loop turn of its own, so no turn of the GUI thread holds a whole frame's painting."""
        self.plot.set_picture(frame.picture, GRID)
        set_text(self.loss_label, loss_text(frame, data.classes))
        set_text(self.confusion_label, confusion_text(frame.confusion))
        self._curve_losses = (frame.train_losses, frame.test_losses)
        if not curve_soon:
            self._draw_curve()
        elif not self._curve_timer.isActive():
            self._curve_timer.start()
        if self.hidden_space_shown:
            self.hidden_space.show(frame.hidden_grid, HIDDEN_CONNECT, frame.hidden_points, data)

    def _draw_curve(self) -> None:
        self._curve_timer.stop()
        if self._curve_losses is not None:
            self.show_losses(*self._curve_losses)

    def show_losses(self, train: np.ndarray, test: np.ndarray) -> None:
        """The loss per epoch; at most ``CURVE_POINTS`` epochs of it, the last one always."""
        count = len(train)
        epochs = np.unique(np.append(np.arange(0, count, max(1, count // CURVE_POINTS)), count - 1))
        self.train_curve.setData(epochs, train[epochs])
        self.test_curve.setData(epochs, test[epochs])
        shown = np.concatenate([train, test])
        shown = shown[np.isfinite(shown)]
        top = float(shown.max()) if shown.size else 1.0
        width, height = self._curve_range
        if count < width // 4 or count > width or top > height or count <= 1:  # a new run, or outgrown
            width = max(16, 2 ** int(np.ceil(np.log2(max(count, 1)))))
            height = max(top * 1.1, 1e-3)
            self.curve.setRange(xRange=(0, width), yRange=(0, height), padding=0)
            self._curve_range = (width, height)

