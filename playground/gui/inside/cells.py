"""A grid of numbered, coloured cells: the page's picture of inputs, products, units and maps.

One painted widget instead of a table: a 28 x 28 image of products, a layer of 512 units or a
24 x 24 feature map are drawn in one pass, with the numbers written in when the cells are large
enough to read. Hovering or clicking a cell reports its (row, column).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Blue for negative, white for zero, red for positive, as the Weights page's diverging maps.
NEGATIVE = np.array([59, 111, 176], dtype=np.float64)
POSITIVE = np.array([200, 74, 60], dtype=np.float64)
WHITE = np.array([255, 255, 255], dtype=np.float64)
MIN_TEXT_CELL = 26  # pixels: smaller cells are colour only


def cell_colors(values: np.ndarray, limit: float) -> np.ndarray:
    """RGB (..., 3) for ``values`` on a blue-white-red scale symmetric around 0 up to ``limit``."""
    t = np.clip(np.nan_to_num(values) / (limit if limit > 0 else 1.0), -1.0, 1.0)[..., None]
    return np.where(t < 0, WHITE + (NEGATIVE - WHITE) * -t, WHITE + (POSITIVE - WHITE) * t)


def grid_shape(count: int) -> tuple[int, int]:
    """Rows and columns of the squarest grid that holds ``count`` cells."""
    cols = max(1, math.ceil(math.sqrt(count)))
    return math.ceil(count / cols), cols


class CellGrid(QWidget):
    """Values (rows, cols) as cells; ``hovered(row, col)``, ``clicked(row, col)`` (row -1: left).

    ``marked`` cells get a thick outline (the highlight), ``crossed`` ones a cross (switched off);
    ``decimals`` sets the numbers written in large-enough cells (None: never).
    """

    hovered = Signal(int, int)
    clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None, decimals: int | None = 2, cell_limit: int = 48) -> None:
        super().__init__(parent)
        self.values = np.zeros((0, 0), np.float32)
        self.limit = 1.0
        self.count: int | None = None
        self.marked: set[tuple[int, int]] = set()
        self.crossed: set[tuple[int, int]] = set()
        self.decimals = decimals
        self._cell_limit = cell_limit
        self._image: QImage | None = None
        self._rgba: np.ndarray | None = None  # the image's pixels: QImage does not copy them
        self.setMouseTracking(True)
        self.setMinimumSize(60, 60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_values(self, values: np.ndarray, limit: float | None = None, count: int | None = None) -> None:
        """Show ``values`` (2-D); ``limit`` fixes the colour scale (default: the largest |value|);
        ``count`` leaves cells past it empty (a flat layer wrapped onto a grid)."""
        values = np.atleast_2d(np.asarray(values, dtype=np.float64))
        self.values = values
        peak = float(np.nanmax(np.abs(values))) if np.isfinite(values).any() else 0.0
        self.limit = float(limit) if limit else (peak if peak > 0 else 1.0)
        self.count = count
        self._image = None  # rebuilt at the next paint
        self.update()

    def set_units(self, values: np.ndarray, limit: float | None = None) -> None:
        """A flat vector of units laid out on the squarest grid."""
        values = np.asarray(values, dtype=np.float64).ravel()
        rows, cols = grid_shape(values.size)
        padded = np.full(rows * cols, np.nan)
        padded[:values.size] = values
        self.set_values(padded.reshape(rows, cols), limit, values.size)

    def set_marks(self, marked=(), crossed=()) -> None:
        self.marked, self.crossed = set(marked), set(crossed)
        self.update()

    def unit_cell(self, unit: int) -> tuple[int, int]:
        """(row, col) of flat unit ``unit`` in a ``set_units`` grid."""
        return divmod(unit, self.values.shape[1])

    def sizeHint(self) -> QSize:
        rows, cols = self.values.shape if self.values.size else (8, 8)
        side = max(8, min(self._cell_limit, 480 // max(rows, cols)))
        return QSize(cols * side + 2, rows * side + 2)

    # ----------------------------------------------------------------- geometry
    def _cell_size(self) -> float:
        rows, cols = self.values.shape
        if not rows or not cols:
            return 0.0
        return min(self._cell_limit, (self.width() - 2) / cols, (self.height() - 2) / rows)

    def cell_rect(self, row: int, col: int) -> QRectF:
        side = self._cell_size()
        return QRectF(1 + col * side, 1 + row * side, side, side)

    def cell_center(self, row: int, col: int) -> QPointF:
        return self.cell_rect(row, col).center()

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        side = self._cell_size()
        if side <= 0:
            return None
        row, col = int((point.y() - 1) // side), int((point.x() - 1) // side)
        rows, cols = self.values.shape
        if not (0 <= row < rows and 0 <= col < cols):
            return None
        if self.count is not None and row * cols + col >= self.count:
            return None
        return row, col

    # ----------------------------------------------------------------- events
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None:
            self.hovered.emit(*cell)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(*cell)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The colours as one image scaled up (one pixel per cell), then grid, numbers and marks:
        one fill call per cell of a 66 x 66 grid is thousands of calls, too slow to follow the mouse."""
        painter = QPainter(self)
        rows, cols = self.values.shape
        side = self._cell_size()
        if side <= 0:
            return
        if self._image is None:
            rgba = np.zeros((rows, cols, 4), np.uint8)
            rgba[..., :3] = cell_colors(self.values, self.limit)
            rgba[..., 3] = np.where(np.isnan(self.values), 0, 255)
            self._rgba = np.ascontiguousarray(rgba)
            self._image = QImage(self._rgba.data, cols, rows, 4 * cols, QImage.Format.Format_RGBA8888)
        painter.drawImage(QRectF(1, 1, cols * side, rows * side), self._image)
        if side >= 6:
            painter.setPen(QPen(QColor(200, 200, 200)))
            filled = ~np.isnan(self.values)
            for row in range(rows + 1):
                width = int(max(filled[min(row, rows - 1)].sum(), filled[max(row - 1, 0)].sum()))
                painter.drawLine(QPointF(1, 1 + row * side), QPointF(1 + width * side, 1 + row * side))
            for col in range(cols + 1):
                height = int(max(filled[:, min(col, cols - 1)].sum(), filled[:, max(col - 1, 0)].sum()))
                painter.drawLine(QPointF(1 + col * side, 1), QPointF(1 + col * side, 1 + height * side))
        if self.decimals is not None and side >= MIN_TEXT_CELL:
            font = painter.font()
            font.setPointSizeF(max(6.0, min(9.0, side / 4.2)))
            painter.setFont(font)
            for row, col in zip(*np.nonzero(~np.isnan(self.values))):
                value = self.values[row, col]
                painter.setPen(QColor("white") if abs(value) > 0.6 * self.limit else QColor(30, 30, 30))
                painter.drawText(self.cell_rect(row, col), Qt.AlignmentFlag.AlignCenter, f"{value:.{self.decimals}f}")
        highlight = QPen(self.palette().color(QPalette.ColorRole.Highlight), max(2.0, side / 8))
        painter.setPen(highlight)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for row, col in self.marked:
            if 0 <= row < rows and 0 <= col < cols:
                painter.drawRect(self.cell_rect(row, col).adjusted(1, 1, -1, -1))
        painter.setPen(QPen(QColor(20, 20, 20), max(1.5, side / 10)))
        for row, col in self.crossed:
            rect = self.cell_rect(row, col).adjusted(2, 2, -2, -2)
            painter.drawLine(rect.topLeft(), rect.bottomRight())
            painter.drawLine(rect.topRight(), rect.bottomLeft())
        painter.end()
