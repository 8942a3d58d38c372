"""The network drawn as TensorFlow Playground draws it: a column of thumbnails per layer, each
neuron's own output over the plane; links coloured by sign and as thick as |w|; a small square per
bias. Hovering a neuron reports it (the panel then shows its map large); clicking a link or a bias
reports it for editing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPixmap
from PySide6.QtWidgets import (QGraphicsLineItem, QGraphicsPixmapItem, QGraphicsRectItem,
                               QGraphicsScene, QGraphicsView, QWidget)


NEURON = 40
THUMBNAIL_PIXELS = 50
"""Side of a neuron's picture, drawn scaled to ``NEURON`` scene units."""
COLUMN_GAP = 110
ROW_GAP = 52
BIAS = 8
POSITIVE, NEGATIVE = QColor(8, 119, 189), QColor(245, 147, 34)


class LinkItem(QGraphicsLineItem):
    """A link; its clickable area is wider than its drawn line so thin links can be hit."""

    def __init__(self, view: "NetworkView", link: int, source: int, target: int, line: QLineF) -> None:
        super().__init__(line)
        self.view, self.key = view, (link, source, target)
        self.look: tuple[bool, float] | None = None
        self.setZValue(-1)
        path = QPainterPath(line.p1())
        path.lineTo(line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(7)
        self._shape = stroker.createStroke(path)

    def shape(self) -> QPainterPath:
        return self._shape

    def mousePressEvent(self, event) -> None:
        self.view.link_clicked.emit(*self.key)


class BiasItem(QGraphicsRectItem):
    def __init__(self, view: "NetworkView", link: int, target: int, rect: QRectF) -> None:
        super().__init__(rect)
        self.view, self.key = view, (link, target)
        self.setZValue(2)

    def mousePressEvent(self, event) -> None:
        self.view.bias_clicked.emit(*self.key)


class NeuronItem(QGraphicsPixmapItem):
    def __init__(self, view: "NetworkView", column: int, index: int) -> None:
        super().__init__()
        self.view, self.key = view, (column, index)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    def hoverEnterEvent(self, event) -> None:
        self.view.hovered.emit(*self.key)

    def hoverLeaveEvent(self, event) -> None:
        self.view.hovered.emit(-1, -1)


class NetworkView(QGraphicsView):
    """Columns of neurons; ``set_layout`` builds the items, ``update_values`` recolours them."""

    hovered = Signal(int, int)
    """(column, neuron) under the mouse, (-1, -1) when it leaves."""
    link_clicked = Signal(int, int, int)
    """(link, source neuron, target neuron)."""
    bias_clicked = Signal(int, int)
    """(link, target neuron): the bias of neuron ``target`` in column ``link + 1``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        # Every item changes on every redraw: an index would be rebuilt each time for nothing.
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor(255, 255, 255)))
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.neurons: list[list[NeuronItem]] = []
        self.links: dict[tuple[int, int, int], LinkItem] = {}
        self.biases: dict[tuple[int, int], BiasItem] = {}

    def neuron_position(self, column: int, index: int) -> QPointF:
        return QPointF(column * COLUMN_GAP, index * ROW_GAP)

    def set_layout(self, widths: list[int]) -> None:
        """Rebuild the items for columns of ``widths`` neurons (inputs first)."""
        scene = self.scene()
        scene.clear()
        self.neurons, self.links, self.biases = [], {}, {}
        for column, width in enumerate(widths):
            items = []
            for index in range(width):
                item = NeuronItem(self, column, index)
                item.setPos(self.neuron_position(column, index))
                item.setScale(NEURON / THUMBNAIL_PIXELS)
                scene.addItem(item)
                items.append(item)
            self.neurons.append(items)
        half = NEURON / 2
        for link in range(len(widths) - 1):
            for target in range(widths[link + 1]):
                end = self.neuron_position(link + 1, target) + QPointF(0, half)
                for source in range(widths[link]):
                    start = self.neuron_position(link, source) + QPointF(NEURON, half)
                    item = LinkItem(self, link, source, target, QLineF(start, end))
                    scene.addItem(item)
                    self.links[(link, source, target)] = item
                corner = self.neuron_position(link + 1, target) - QPointF(BIAS / 2, BIAS / 2)
                bias = BiasItem(self, link, target, QRectF(corner.x(), corner.y(), BIAS, BIAS))
                scene.addItem(bias)
                self.biases[(link, target)] = bias
        # From the layout, not the items: thumbnails have no pixmap (and no size) until drawn.
        width = (len(widths) - 1) * COLUMN_GAP + NEURON
        height = (max(widths) - 1) * ROW_GAP + NEURON
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

    def update_values(self, pictures: list[list[QPixmap]], weights: list[np.ndarray],
                      biases: list[np.ndarray]) -> None:
        """New thumbnails (per column, per neuron) and the current parameters."""
        for column, items in zip(pictures, self.neurons):
            for pixmap, item in zip(column, items):
                item.setPixmap(pixmap)
        # Widths rounded to a quarter pixel: a link whose look has not changed keeps its pen.
        widths = [np.round(np.clip(np.abs(w) * 2.5, 0.4, 8.0) * 4) / 4 for w in weights]
        for (link, source, target), item in self.links.items():
            look = (bool(weights[link][source, target] > 0), float(widths[link][source, target]))
            if item.look != look:
                item.look = look
                item.setPen(QPen(POSITIVE if look[0] else NEGATIVE, look[1]))
        for (link, target), item in self.biases.items():
            b = float(biases[link][target])
            color = POSITIVE if b > 0 else NEGATIVE
            item.setBrush(QBrush(color.lighter(100 + int(100 * max(0.0, 1 - abs(b))))))
            item.setPen(QPen(QColor(60, 60, 60), 0.5))

    def scene_point_of_link(self, link: int, source: int, target: int) -> QPointF:
        """A point on the link 30 % of the way along, where it crosses no other link."""
        return self.links[(link, source, target)].line().pointAt(0.3)

    def scene_point_of_bias(self, link: int, target: int) -> QPointF:
        return self.biases[(link, target)].rect().center()

    def scene_point_of_neuron(self, column: int, index: int) -> QPointF:
        return self.neuron_position(column, index) + QPointF(NEURON / 2, NEURON / 2)

