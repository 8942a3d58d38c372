"""A 2-D function shown as shading plus contour lines, with arrows, paths and a clickable start.

Used by the gradient-descent page (f over x0, x1) and the regression page (the loss over w, b).
Items are created once; every update only changes their data.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal

CONTOUR_LEVELS = 12
# Low values light, high values darker, so coloured paths and dark arrows stay readable everywhere.
SHADING = pg.ColorMap([0.0, 1.0], [(250, 250, 247), (118, 144, 181)])


class SurfacePlot(pg.PlotWidget):
    """Shading of log(1 + f - min f) with contours; aspect locked so gradients look perpendicular
    to the contours, as they are.

    Signals: ``clicked(x, y)`` for a left click inside the axes, ``hovered(x, y)`` as the mouse moves.
    """

    clicked = Signal(float, float)
    hovered = Signal(float, float)

    def __init__(self, title: str, x_label: str, y_label: str, parent=None) -> None:
        super().__init__(parent=parent, background="w")
        self.setTitle(title, color="#222")
        self.setLabel("bottom", x_label)
        self.setLabel("left", y_label)
        self.setMenuEnabled(False)
        self.setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(SHADING)
        self.addItem(self.image)
        self.contours = []
        for _ in range(CONTOUR_LEVELS):
            contour = pg.IsocurveItem(level=0.0, pen=pg.mkPen(60, 60, 60, 110), axisOrder="row-major")
            contour.setParentItem(self.image)
            self.contours.append(contour)
        self.arrows = pg.PlotDataItem(connect="pairs", pen=pg.mkPen(70, 70, 70, 170, width=1))
        self.addItem(self.arrows)
        self.start_marker = pg.ScatterPlotItem(size=13, symbol="o", pen=pg.mkPen("k", width=1.5),
                                               brush=pg.mkBrush(255, 255, 255, 230))
        self.start_marker.setZValue(20)
        self.addItem(self.start_marker)
        self.minimum_marker = pg.ScatterPlotItem(size=14, symbol="star", pen=pg.mkPen("k"),
                                                 brush=pg.mkBrush(255, 215, 0))
        self.minimum_marker.setZValue(19)
        self.addItem(self.minimum_marker)
        self.current_marker = pg.ScatterPlotItem(size=12, symbol="o", pen=pg.mkPen("k", width=1.5),
                                                 brush=pg.mkBrush("#D55E00"))
        self.current_marker.setZValue(21)
        self.addItem(self.current_marker)
        self._paths: dict[str, pg.PlotDataItem] = {}
        self._legend: pg.LegendItem | None = None
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_move)

    # ----------------------------------------------------------------- content
    def set_surface(self, xs: np.ndarray, ys: np.ndarray, values: np.ndarray) -> None:
        """Shade and contour ``values`` (len(ys), len(xs)) over the rectangle spanned by xs and ys."""
        finite = np.isfinite(values)
        floor = values[finite].min()
        shown = np.log1p(np.where(finite, values, values[finite].max()) - floor)
        self.image.setImage(shown, autoLevels=True)
        self.image.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        for contour, level in zip(self.contours, np.linspace(shown.min(), shown.max(), CONTOUR_LEVELS + 2)[1:-1]):
            contour.setData(shown, level)
        self.setRange(xRange=(xs[0], xs[-1]), yRange=(ys[0], ys[-1]), padding=0.02)

    def set_arrows(self, points: np.ndarray, vectors: np.ndarray) -> None:
        """Arrows from ``points`` (M, 2) along ``vectors`` (M, 2), in data units, heads included."""
        tips = points + vectors
        length = np.linalg.norm(vectors, axis=1, keepdims=True)
        unit = np.divide(vectors, length, out=np.zeros_like(vectors), where=length > 0)
        head = 0.35 * length
        normal = np.stack([-unit[:, 1], unit[:, 0]], axis=1)
        left = tips - head * (0.9 * unit - 0.5 * normal)
        right = tips - head * (0.9 * unit + 0.5 * normal)
        segments = np.stack([points, tips, tips, left, tips, right], axis=1).reshape(-1, 2)
        self.arrows.setData(segments[:, 0], segments[:, 1])

    def set_start(self, x: float, y: float) -> None:
        self.start_marker.setData([x], [y])

    def set_current(self, point: tuple[float, float] | None) -> None:
        """Mark where an animation currently is (None: no marker)."""
        self.current_marker.setData(*(([point[0]], [point[1]]) if point is not None else ([], [])))

    def set_minimum(self, point: tuple[float, float] | None) -> None:
        """Mark the true minimum with a star (None: the function has none)."""
        self.minimum_marker.setData(*(([point[0]], [point[1]]) if point else ([], [])))

    def path(self, key: str, colour: str, name: str | None = None) -> pg.PlotDataItem:
        """The path item for ``key``, created on first use (listed in the legend when named)."""
        if key not in self._paths:
            if name and self._legend is None:
                self._legend = self.addLegend(offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 210),
                                              labelTextColor="#222")
            item = pg.PlotDataItem(pen=pg.mkPen(colour, width=2.2), symbolBrush=colour, symbolPen=None,
                                   name=name)
            item.setZValue(10)
            self.addItem(item)
            self._paths[key] = item
        return self._paths[key]

    def set_path(self, key: str, points: np.ndarray) -> None:
        """Draw a path (k, 2); dots on the visited points when there are few enough to tell apart."""
        item = self._paths[key]
        dots = len(points) <= 150
        item.setData(points[:, 0], points[:, 1], symbol="o" if dots else None, symbolSize=5)

    def set_path_visible(self, key: str, visible: bool) -> None:
        item = self._paths.get(key)
        if item is not None:
            item.setVisible(visible)
            if self._legend is not None:
                self._legend.removeItem(item)
                if visible and item.name():
                    self._legend.addItem(item, item.name())

    # ----------------------------------------------------------------- mouse
    def _view_point(self, scene_pos: QPointF) -> QPointF | None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        return view.mapSceneToView(scene_pos)

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self._view_point(event.scenePos())
        if point is not None:
            self.clicked.emit(point.x(), point.y())

    def _on_move(self, scene_pos: QPointF) -> None:
        point = self._view_point(scene_pos)
        if point is not None:
            self.hovered.emit(point.x(), point.y())
