"""Where the drawn network's parts lie, and the picture of it: links coloured by sign and as thick
as |w|, each neuron's thumbnail, a small square per bias, as TensorFlow Playground draws them.

The picture is painted onto a QImage, which needs no GUI thread: the training process paints it
with each frame, and the GUI thread only shows the finished image (painting several hundred
antialiased links and fifty thumbnails took it longer than everything else in a frame).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

NEURON = 40
THUMBNAIL_PIXELS = 50
"""Side of a neuron's picture, drawn scaled to ``NEURON`` scene units."""
COLUMN_GAP = 110
ROW_GAP = 52
BIAS = 8
POSITIVE, NEGATIVE = QColor(8, 119, 189), QColor(245, 147, 34)
BIAS_PEN = QPen(QColor(60, 60, 60), 0.5)


def link_widths(weights: np.ndarray) -> np.ndarray:
    """Drawn width of each link: as thick as |w|, rounded to a quarter unit so that links of
    nearly equal weight share a pen and are drawn in one call."""
    return np.round(np.clip(np.abs(weights) * 2.5, 0.4, 8.0) * 4) / 4


def neuron_position(column: int, index: int) -> QPointF:
    return QPointF(column * COLUMN_GAP, index * ROW_GAP)


def neuron_rect(column: int, index: int) -> QRectF:
    corner = neuron_position(column, index)
    return QRectF(corner.x(), corner.y(), NEURON, NEURON)


class NetworkLayout:
    """Columns of ``widths`` neurons (inputs first): every link's line and every bias's square,
    in scene units. Link ``k`` joins column ``k`` to ``k + 1``."""

    def __init__(self, widths: tuple[int, ...]) -> None:
        self.widths = widths
        half = NEURON / 2
        self.link_keys: list[tuple[int, int, int]] = []
        self.lines: list[QLineF] = []
        self.bias_keys: list[tuple[int, int]] = []
        self.bias_rects: list[QRectF] = []
        for link in range(len(widths) - 1):
            for target in range(widths[link + 1]):
                end = neuron_position(link + 1, target) + QPointF(0, half)
                for source in range(widths[link]):
                    self.link_keys.append((link, source, target))
                    self.lines.append(QLineF(neuron_position(link, source) + QPointF(NEURON, half), end))
                corner = neuron_position(link + 1, target) - QPointF(BIAS / 2, BIAS / 2)
                self.bias_keys.append((link, target))
                self.bias_rects.append(QRectF(corner.x(), corner.y(), BIAS, BIAS))
        self.segments = np.array([[line.x1(), line.y1(), line.x2(), line.y2()] for line in self.lines]).reshape(-1, 4)
        width = (len(widths) - 1) * COLUMN_GAP + NEURON
        height = (max(widths) - 1) * ROW_GAP + NEURON
        self.rect = QRectF(-BIAS, -BIAS, width + 2 * BIAS, height + 2 * BIAS)
        """What the picture covers."""

    @staticmethod
    def link_weights(weights: list[np.ndarray]) -> np.ndarray:
        """Every link's weight in ``link_keys`` order (by link, then target, then source)."""
        return np.concatenate([w.T.ravel() for w in weights]) if weights else np.zeros(0)


@lru_cache(maxsize=8)
def layout_for(widths: tuple[int, ...]) -> NetworkLayout:
    return NetworkLayout(widths)


def draw_network(layout: NetworkLayout, thumbnails: list[list[QImage]], weights: list[np.ndarray],
                 biases: list[np.ndarray], scale: float) -> QImage:
    """The network at ``scale`` pixels per scene unit, on white."""
    rect = layout.rect
    image = QImage(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)),
                   QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.translate(-rect.x(), -rect.y())
    values = layout.link_weights(weights)
    positive, widths = values > 0, link_widths(values)
    groups: dict[tuple[bool, float], list[QLineF]] = {}
    for line, sign, width in zip(layout.lines, positive.tolist(), widths.tolist()):
        groups.setdefault((sign, width), []).append(line)
    for (sign, width), lines in groups.items():
        painter.setPen(QPen(POSITIVE if sign else NEGATIVE, width))
        painter.drawLines(lines)
    source = QRectF(0, 0, THUMBNAIL_PIXELS, THUMBNAIL_PIXELS)
    for column, images in enumerate(thumbnails):
        for index, thumbnail in enumerate(images):
            painter.drawImage(neuron_rect(column, index), thumbnail, source)
    painter.setPen(BIAS_PEN)
    for (link, target), square in zip(layout.bias_keys, layout.bias_rects):
        b = float(biases[link][target])
        color = POSITIVE if b > 0 else NEGATIVE
        painter.setBrush(QBrush(color.lighter(100 + int(100 * max(0.0, 1 - abs(b))))))
        painter.drawRect(square)
    painter.end()
    return image
