"""The hidden space, as ConvNetJS's classify2d shows it: the points and a grid of the plane, carried
through the network to the last hidden layer and drawn by the outputs of two of its neurons. As
training goes on, a tangled data set is pulled apart until a line separates it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ...engine.plane.data import EXTENT, PlaneData
from .output_plot import point_brushes

GRID_LINES = 13
POINTS_PER_LINE = 60


def grid_lines() -> tuple[np.ndarray, np.ndarray]:
    """Points along horizontal and vertical lines of the plane, and where each line ends (for
    pyqtgraph's ``connect``)."""
    ticks = np.linspace(-EXTENT, EXTENT, GRID_LINES)
    along = np.linspace(-EXTENT, EXTENT, POINTS_PER_LINE)
    horizontal = np.stack(np.meshgrid(along, ticks), axis=-1).reshape(-1, 2)
    vertical = np.stack(np.meshgrid(ticks, along), axis=-1).transpose(1, 0, 2).reshape(-1, 2)
    points = np.concatenate([horizontal, vertical]).astype(np.float32)
    connect = np.ones(points.shape[0], dtype=bool)
    connect[POINTS_PER_LINE - 1::POINTS_PER_LINE] = False
    return points, connect


class HiddenSpace(QWidget):
    """Two spin boxes choose the neurons; ``show`` draws outputs computed elsewhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = lambda text: QCoreApplication.translate("HiddenSpace", text)
        self.first, self.second = QSpinBox(), QSpinBox()
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Last hidden layer, neurons")))
        for box, value in ((self.first, 1), (self.second, 2)):
            box.setRange(1, 8)
            box.setValue(value)
            row.addWidget(box)
        row.addStretch(1)
        self.plot = pg.PlotWidget()
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("bottom", tr("first neuron's output"))
        self.plot.setLabel("left", tr("second neuron's output"))
        self.lines = self.plot.plot(pen=pg.mkPen(150, 150, 150, width=1))
        self.scatter = pg.ScatterPlotItem(size=6, pen=pg.mkPen(255, 255, 255, width=0.5))
        self.plot.addItem(self.scatter)
        self.note = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self._shown: tuple | None = None
        for box in (self.first, self.second):
            box.valueChanged.connect(self._draw)

    def show(self, grid: np.ndarray | None, connect: np.ndarray, points: np.ndarray | None,
             data: PlaneData) -> None:
        """Draw the last hidden layer's outputs along the grid lines and at the points (None: the
        network has no hidden layer); the spin boxes then choose among them without new passes."""
        self._shown = (grid, connect, points, data)
        self._draw()

    def _draw(self) -> None:
        if self._shown is None:
            return
        tr = lambda text: QCoreApplication.translate("HiddenSpace", text)
        grid, connect, points, data = self._shown
        if grid is None or points is None:
            self.lines.clear()
            self.scatter.clear()
            self.note.setText(tr("Add a hidden layer to see the plane as the network sees it."))
            return
        width = grid.shape[1]
        for box in (self.first, self.second):
            box.blockSignals(True)
            box.setMaximum(width)
            box.blockSignals(False)
        a, b = self.first.value() - 1, self.second.value() - 1
        if width == 1:
            a = b = 0
        self.lines.setData(grid[:, a], grid[:, b], connect=connect)
        self.scatter.setData(x=points[:, a], y=points[:, b], brush=point_brushes(data.labels, data.classes))
        self.note.setText(tr("Grey lines: the plane's grid after the hidden layers."))
