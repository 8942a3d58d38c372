"""The plane: the network's output (or a hovered neuron's) as a heatmap, the points on top, and
clicks that add (shift: the other class) or, with the right button, delete a point."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem

from ...engine.plane.data import EXTENT
from .colors import CLASS_COLORS, diverging_rgb, to_qimage

CLASS_BRUSHES = [pg.mkBrush(*map(int, c)) for c in CLASS_COLORS]
TARGET_LEVELS = 21
TARGET_BRUSHES = [pg.mkBrush(*map(int, c)) for c in diverging_rgb(np.linspace(-1, 1, TARGET_LEVELS))]


def point_brushes(labels: np.ndarray, classes: int) -> list:
    """Shared brush objects, one per class (or per level of a target), so pyqtgraph draws each
    symbol once instead of once per point."""
    if classes:
        return [CLASS_BRUSHES[k % len(CLASS_BRUSHES)] for k in labels.tolist()]
    levels = np.rint((np.clip(labels, -1, 1) + 1) / 2 * (TARGET_LEVELS - 1)).astype(int)
    return [TARGET_BRUSHES[k] for k in levels.tolist()]


class PointsBox(pg.ViewBox):
    """A view box that neither pans nor zooms: a left-button drag moves a point instead."""

    def __init__(self) -> None:
        super().__init__(enableMouse=False)
        self.on_drag = None

    def mouseDragEvent(self, event, axis=None) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.on_drag is None:
            event.ignore()
            return
        event.accept()
        start = self.mapSceneToView(event.buttonDownScenePos())
        end = self.mapSceneToView(event.scenePos())
        self.on_drag(float(start.x()), float(start.y()), float(end.x()), float(end.y()), event.isFinish())


class OutputPlot(pg.PlotWidget):
    """Heatmap ``ImageItem`` over [-6, 6]² with training points (white rim) and test points (black rim)."""

    point_added = Signal(float, float, bool)
    """(x1, x2, shift held)."""
    point_removed = Signal(float, float)
    point_dragged = Signal(float, float, float, float)
    """(x1, x2) where the drag began, (x1, x2) where it ends: sent once, when the button is released."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, viewBox=PointsBox())
        self.plotItem.vb.on_drag = self._dragged
        tr = lambda text: QCoreApplication.translate("OutputPlot", text)
        self.setBackground("w")
        for name in ("bottom", "left"):
            axis = self.getAxis(name)
            axis.setPen(pg.mkPen(60, 60, 60))
            axis.setTextPen(pg.mkPen(40, 40, 40))
        self.setLabel("bottom", tr("x1"))
        self.setLabel("left", tr("x2"))
        self.setMenuEnabled(False)
        self.hideButtons()
        self.setMouseEnabled(False, False)
        self.setRange(xRange=(-EXTENT, EXTENT), yRange=(-EXTENT, EXTENT), padding=0)
        self.setAspectLocked(True)
        # A plain pixmap item paints without calling Python, unlike pyqtgraph's ImageItem, whose
        # colour conversion and painting cost more than the rest of the plane at every frame.
        self.heatmap = QGraphicsPixmapItem()
        self.heatmap.setZValue(-1)
        self.addItem(self.heatmap)
        self.picture = np.zeros((0, 3), np.uint8)
        """The pixels shown, in grid order (bottom row first)."""
        self.train_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen(255, 255, 255, width=1))
        self.test_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen(0, 0, 0, width=1.2))
        for points in (self.train_points, self.test_points):
            # Kept as a picture: the heatmap under them changes at every frame, the points rarely,
            # and pyqtgraph's Python paint of 500 points cost more than the rest of the plane.
            points.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.addItem(points)
        self.scene().sigMouseClicked.connect(self._clicked)

    def set_picture(self, rgb: np.ndarray, side: int) -> None:
        """(side * side, 3) pixels in grid order over [-6, 6]²."""
        self.picture = rgb
        self.heatmap.setPixmap(QPixmap.fromImage(to_qimage(rgb, side)))
        # Pixel (0, 0) is the top-left corner (-6, 6); rows go down the plane.
        pixel = 2 * EXTENT / side
        self.heatmap.setTransform(QTransform(pixel, 0, 0, -pixel, -EXTENT, EXTENT))

    def set_points(self, train_xy: np.ndarray, train_labels: np.ndarray, test_xy: np.ndarray,
                   test_labels: np.ndarray, classes: int, show_test: bool) -> None:
        self.train_points.setData(pos=train_xy, brush=point_brushes(train_labels, classes))
        if show_test:
            self.test_points.setData(pos=test_xy, brush=point_brushes(test_labels, classes))
        else:
            self.test_points.clear()

    def _dragged(self, x0: float, y0: float, x1: float, y1: float, finished: bool) -> None:
        if finished:
            self.point_dragged.emit(x0, y0, float(np.clip(x1, -EXTENT, EXTENT)), float(np.clip(y1, -EXTENT, EXTENT)))

    def _clicked(self, event) -> None:
        point = self.plotItem.vb.mapSceneToView(event.scenePos())
        x, y = float(point.x()), float(point.y())
        if not (-EXTENT <= x <= EXTENT and -EXTENT <= y <= EXTENT):
            return
        if event.button() == Qt.MouseButton.RightButton:
            self.point_removed.emit(x, y)
        elif event.button() == Qt.MouseButton.LeftButton:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.point_added.emit(x, y, shift)

