"""The network drawn as TensorFlow Playground draws it: a column of thumbnails per layer, each
neuron's own output over the plane; links coloured by sign and as thick as |w|; a small square per
bias. Hovering a neuron reports it (the panel then shows its map large); clicking a link or a bias
reports it for editing.

The whole network is one scene item that paints links, thumbnails and biases in a few batched
calls, and the view finds what is under the mouse from the layout's geometry: several hundred
items of their own cost more to paint and each asked Python for its shape on every repaint.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

NEURON = 40
THUMBNAIL_PIXELS = 50
"""Side of a neuron's picture, drawn scaled to ``NEURON`` scene units."""
COLUMN_GAP = 110
ROW_GAP = 52
BIAS = 8
LINK_REACH = 3.5
"""How near (scene units) a click must come to a link to pick it."""
POSITIVE, NEGATIVE = QColor(8, 119, 189), QColor(245, 147, 34)
BIAS_PEN = QPen(QColor(60, 60, 60), 0.5)


def link_widths(weights: np.ndarray) -> np.ndarray:
    """Drawn width of each link: as thick as |w|, rounded to a quarter pixel so a link whose
    weight barely moved is drawn with the same pen as before."""
    return np.round(np.clip(np.abs(weights) * 2.5, 0.4, 8.0) * 4) / 4


class NetworkPicture(QGraphicsItem):
    """Links, then thumbnails, then bias squares, painted from what ``NetworkView`` gives it."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()
        self.line_groups: list[tuple[QPen, list[QLineF]]] = []
        self.thumbnails: list[tuple[QRectF, QImage]] = []
        self.bias_squares: list[tuple[QBrush, QRectF]] = []

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        for pen, lines in self.line_groups:
            painter.setPen(pen)
            painter.drawLines(lines)
        source = QRectF(0, 0, THUMBNAIL_PIXELS, THUMBNAIL_PIXELS)
        for target, image in self.thumbnails:
            painter.drawImage(target, image, source)
        painter.setPen(BIAS_PEN)
        for brush, square in self.bias_squares:
            painter.setBrush(brush)
            painter.drawRect(square)


class NetworkView(QGraphicsView):
    """Columns of neurons; ``set_layout`` places them, ``update_values`` recolours them."""

    hovered = Signal(int, int)
    """(column, neuron) under the mouse, (-1, -1) when it leaves."""
    link_clicked = Signal(int, int, int)
    """(link, source neuron, target neuron)."""
    bias_clicked = Signal(int, int)
    """(link, target neuron): the bias of neuron ``target`` in column ``link + 1``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.picture = NetworkPicture()
        self.scene().addItem(self.picture)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor(255, 255, 255)))
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.widths: list[int] = []
        self.link_keys: list[tuple[int, int, int]] = []
        self._lines: list[QLineF] = []
        self._segments = np.zeros((0, 4))
        self._bias_keys: list[tuple[int, int]] = []
        self._bias_rects: list[QRectF] = []
        self._drawn_widths: dict[tuple[int, int, int], float] = {}
        self.hovered_neuron: tuple[int, int] = (-1, -1)

    # ------------------------------------------------------------------ geometry
    @staticmethod
    def neuron_position(column: int, index: int) -> QPointF:
        return QPointF(column * COLUMN_GAP, index * ROW_GAP)

    def _neuron_rect(self, column: int, index: int) -> QRectF:
        corner = self.neuron_position(column, index)
        return QRectF(corner.x(), corner.y(), NEURON, NEURON)

    def set_layout(self, widths: list[int]) -> None:
        """Place columns of ``widths`` neurons (inputs first); nothing is coloured until
        ``update_values``."""
        self.widths = list(widths)
        half = NEURON / 2
        self.link_keys, self._lines, self._bias_keys, self._bias_rects = [], [], [], []
        for link in range(len(widths) - 1):
            for target in range(widths[link + 1]):
                end = self.neuron_position(link + 1, target) + QPointF(0, half)
                for source in range(widths[link]):
                    start = self.neuron_position(link, source) + QPointF(NEURON, half)
                    self.link_keys.append((link, source, target))
                    self._lines.append(QLineF(start, end))
                corner = self.neuron_position(link + 1, target) - QPointF(BIAS / 2, BIAS / 2)
                self._bias_keys.append((link, target))
                self._bias_rects.append(QRectF(corner.x(), corner.y(), BIAS, BIAS))
        self._segments = np.array([[line.x1(), line.y1(), line.x2(), line.y2()] for line in self._lines]).reshape(-1, 4)
        self._drawn_widths = {}
        self.hovered_neuron = (-1, -1)
        width = (len(widths) - 1) * COLUMN_GAP + NEURON
        height = (max(widths) - 1) * ROW_GAP + NEURON
        picture = self.picture
        picture.prepareGeometryChange()
        picture.rect = QRectF(-BIAS, -BIAS, width + 2 * BIAS, height + 2 * BIAS)
        picture.line_groups, picture.thumbnails, picture.bias_squares = [], [], []
        picture.update()
        self.setSceneRect(QRectF(-10, -10, width + 20, height + 20))
        self._fit()

    def _fit(self) -> None:
        """Show the whole network: shrink it when it is larger than the view, never enlarge it."""
        rect = self.sceneRect()
        scale = min(1.0, self.viewport().width() / max(rect.width(), 1.0),
                    self.viewport().height() / max(rect.height(), 1.0))
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # ------------------------------------------------------------------ values
    def update_values(self, thumbnails: list[list[QImage]], weights: list[np.ndarray],
                      biases: list[np.ndarray]) -> None:
        """New thumbnails (per column, per neuron) and the current parameters."""
        picture = self.picture
        picture.thumbnails = [(self._neuron_rect(column, index), image)
                              for column, images in enumerate(thumbnails) for index, image in enumerate(images)]
        widths = [link_widths(w) for w in weights]
        groups: dict[tuple[bool, float], list[QLineF]] = {}
        self._drawn_widths = {}
        for key, line in zip(self.link_keys, self._lines):
            link, source, target = key
            look = (bool(weights[link][source, target] > 0), float(widths[link][source, target]))
            groups.setdefault(look, []).append(line)
            self._drawn_widths[key] = look[1]
        picture.line_groups = [(QPen(POSITIVE if positive else NEGATIVE, width), lines)
                               for (positive, width), lines in groups.items()]
        squares = []
        for (link, target), square in zip(self._bias_keys, self._bias_rects):
            b = float(biases[link][target])
            color = POSITIVE if b > 0 else NEGATIVE
            squares.append((QBrush(color.lighter(100 + int(100 * max(0.0, 1 - abs(b))))), square))
        picture.bias_squares = squares
        picture.update()

    def link_width(self, link: int, source: int, target: int) -> float:
        """The width the link is drawn with now."""
        return self._drawn_widths[(link, source, target)]

    # ------------------------------------------------------------------ what is under the mouse
    def neuron_at(self, point: QPointF) -> tuple[int, int]:
        column = int(np.floor(point.x() / COLUMN_GAP))
        index = int(np.floor(point.y() / ROW_GAP))
        if not (0 <= column < len(self.widths) and 0 <= index < self.widths[column]):
            return (-1, -1)
        return (column, index) if self._neuron_rect(column, index).contains(point) else (-1, -1)

    def link_at(self, point: QPointF) -> tuple[int, int, int] | None:
        """The link nearest to ``point`` if it passes within ``LINK_REACH``."""
        if not len(self._segments):
            return None
        start, end = self._segments[:, :2], self._segments[:, 2:]
        along = end - start
        p = np.array([point.x(), point.y()])
        t = np.clip(((p - start) * along).sum(axis=1) / (along * along).sum(axis=1), 0.0, 1.0)
        distance = np.hypot(*(start + t[:, None] * along - p).T)
        nearest = int(np.argmin(distance))
        return self.link_keys[nearest] if distance[nearest] <= LINK_REACH else None

    def bias_at(self, point: QPointF) -> tuple[int, int] | None:
        return next((key for key, square in zip(self._bias_keys, self._bias_rects) if square.contains(point)), None)

    def hover(self, column: int, index: int) -> None:
        if (column, index) != self.hovered_neuron:
            self.hovered_neuron = (column, index)
            self.hovered.emit(column, index)

    def mouseMoveEvent(self, event) -> None:
        self.hover(*self.neuron_at(self.mapToScene(event.position().toPoint())))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self.hover(-1, -1)
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            point = self.mapToScene(event.position().toPoint())
            bias = self.bias_at(point)
            link = None if bias is not None or self.neuron_at(point) != (-1, -1) else self.link_at(point)
            if bias is not None:
                self.bias_clicked.emit(*bias)
            elif link is not None:
                self.link_clicked.emit(*link)
        super().mousePressEvent(event)

    # ------------------------------------------------------------------ where things are (for tests and tours)
    def scene_point_of_link(self, link: int, source: int, target: int) -> QPointF:
        """A point on the link 30 % of the way along, where it crosses no other link."""
        return self._lines[self.link_keys.index((link, source, target))].pointAt(0.3)

    def scene_point_of_bias(self, link: int, target: int) -> QPointF:
        return self._bias_rects[self._bias_keys.index((link, target))].center()

    def scene_point_of_neuron(self, column: int, index: int) -> QPointF:
        return self.neuron_position(column, index) + QPointF(NEURON / 2, NEURON / 2)
