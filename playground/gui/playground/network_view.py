"""The drawn network: shows the picture the frames carry (see ``network_drawing``), reports the
neuron under the mouse (the panel then shows its map large) and the link or bias clicked (for
editing), found from the layout's geometry."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from .network_drawing import (
    COLUMN_GAP,
    NEURON,
    ROW_GAP,
    NetworkLayout,
    layout_for,
    link_widths,
    neuron_position,
    neuron_rect,
)

LINK_REACH = 3.5
"""How near (scene units) a click must come to a link to pick it."""


class NetworkPicture(QGraphicsItem):
    """One image covering the layout's rectangle."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()
        self.image: QImage | None = None

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.image is not None:
            painter.drawImage(self.rect, self.image)


class NetworkView(QGraphicsView):
    """``set_layout`` places the columns, ``show_picture`` shows a frame's picture of them."""

    hovered = Signal(int, int)
    """(column, neuron) under the mouse, (-1, -1) when it leaves."""
    link_clicked = Signal(int, int, int)
    """(link, source neuron, target neuron)."""
    bias_clicked = Signal(int, int)
    """(link, target neuron): the bias of neuron ``target`` in column ``link + 1``."""
    scale_changed = Signal()
    """The view was resized: pictures should be drawn at ``pixels_per_unit()`` now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.picture = NetworkPicture()
        self.scene().addItem(self.picture)
        self.setBackgroundBrush(QBrush(QColor(255, 255, 255)))
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.layout_: NetworkLayout = layout_for((1,))
        self.hovered_neuron: tuple[int, int] = (-1, -1)
        self._widths_drawn = np.zeros(0)

    @property
    def widths(self) -> tuple[int, ...]:
        return self.layout_.widths

    def set_layout(self, widths: list[int]) -> None:
        """Place columns of ``widths`` neurons (inputs first); blank until ``show_picture``."""
        self.layout_ = layout_for(tuple(widths))
        self.hovered_neuron = (-1, -1)
        self._widths_drawn = np.zeros(0)
        picture = self.picture
        picture.prepareGeometryChange()
        picture.rect, picture.image = self.layout_.rect, None
        self.setSceneRect(self.layout_.rect.adjusted(-2, -2, 2, 2))
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
        before = self.transform().m11()
        self._fit()
        if self.transform().m11() != before:
            self.scale_changed.emit()

    def pixels_per_unit(self) -> float:
        """Device pixels per scene unit: the resolution pictures are drawn at."""
        return self.transform().m11() * self.devicePixelRatioF()

    def show_picture(self, image: QImage, weights: list[np.ndarray]) -> None:
        self.picture.image = image
        self._widths_drawn = link_widths(self.layout_.link_weights(weights))
        self.picture.update()

    def link_width(self, link: int, source: int, target: int) -> float:
        """The width the link is drawn with now."""
        return float(self._widths_drawn[self.layout_.link_keys.index((link, source, target))])

    # ------------------------------------------------------------------ what is under the mouse
    def neuron_at(self, point: QPointF) -> tuple[int, int]:
        widths = self.layout_.widths
        column, index = int(np.floor(point.x() / COLUMN_GAP)), int(np.floor(point.y() / ROW_GAP))
        if not (0 <= column < len(widths) and 0 <= index < widths[column]):
            return (-1, -1)
        return (column, index) if neuron_rect(column, index).contains(point) else (-1, -1)

    def link_at(self, point: QPointF) -> tuple[int, int, int] | None:
        """The link nearest to ``point`` if it passes within ``LINK_REACH``."""
        segments = self.layout_.segments
        if not len(segments):
            return None
        start, along = segments[:, :2], segments[:, 2:] - segments[:, :2]
        p = np.array([point.x(), point.y()])
        t = np.clip(((p - start) * along).sum(axis=1) / (along * along).sum(axis=1), 0.0, 1.0)
        distance = np.hypot(*(start + t[:, None] * along - p).T)
        nearest = int(np.argmin(distance))
        return self.layout_.link_keys[nearest] if distance[nearest] <= LINK_REACH else None

    def bias_at(self, point: QPointF) -> tuple[int, int] | None:
        layout = self.layout_
        return next((key for key, square in zip(layout.bias_keys, layout.bias_rects) if square.contains(point)),
                    None)

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
        layout = self.layout_
        return layout.lines[layout.link_keys.index((link, source, target))].pointAt(0.3)

    def scene_point_of_bias(self, link: int, target: int) -> QPointF:
        layout = self.layout_
        return layout.bias_rects[layout.bias_keys.index((link, target))].center()

    def scene_point_of_neuron(self, column: int, index: int) -> QPointF:
        return neuron_position(column, index) + QPointF(NEURON / 2, NEURON / 2)
