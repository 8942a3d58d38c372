"""The drawing pad: smooth round strokes from mouse, touchpad or pen, on a fixed-size canvas.

Strokes are kept as points in canvas units (0..1), so the widget can be any size while the canvas
the network reads is always ``CANVAS_SIDE`` pixels square with the pen width a fixed share of it:
the same drawing gives the same input whether the window is small or maximised. The pad can also
hold a picture (an opened file or an MNIST test image) that strokes are drawn over.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QDragEnterEvent, QDropEvent, QImage, QMouseEvent, QPainter,
                           QPainterPath, QPaintEvent, QPen, QTabletEvent)
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Side of the canvas the network's input is made from, in pixels.
CANVAS_SIDE = 280
#: Default pen width as a share of the canvas side (about a felt-tip on a sheet of paper).
DEFAULT_PEN_FRACTION = 0.045
INK = QColor(0, 0, 0)
PAPER = QColor(255, 255, 255)


def stroke_path(points: list[QPointF], scale: float, origin: QPointF) -> QPainterPath:
    """A smooth path through the points: quadratic curves between the midpoints of segments."""
    mapped = [origin + point * scale for point in points]
    path = QPainterPath(mapped[0])
    if len(mapped) == 1:
        path.lineTo(mapped[0])
        return path
    for previous, current in zip(mapped[1:-1], mapped[2:]):
        path.quadTo(previous, (previous + current) / 2)
    path.lineTo(mapped[-1])
    return path


def gray_image(pixels: np.ndarray) -> QImage:
    """A float (H, W) array in 0..1 as an 8-bit grayscale QImage (a copy owning its memory)."""
    data = np.ascontiguousarray(np.clip(np.rint(pixels * 255.0), 0, 255).astype(np.uint8))
    height, width = data.shape
    return QImage(data.data, width, height, width, QImage.Format.Format_Grayscale8).copy()


class DrawingPad(QWidget):
    """A square pad to draw a digit on.

    Signals: ``changed()`` after every stroke segment, clear, undo or new picture;
    ``strokeFinished()`` when the pen is lifted; ``fileDropped(str)`` for a file dropped on it.
    """

    changed = Signal()
    strokeFinished = Signal()
    fileDropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        self._picture: np.ndarray | None = None
        self._picture_image: QImage | None = None
        self._pen_fraction = DEFAULT_PEN_FRACTION
        self.setMinimumSize(200, 200)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # ------------------------------------------------------------------ content
    def is_empty(self) -> bool:
        return not self._strokes and self._picture is None

    def stroke_count(self) -> int:
        return len(self._strokes)

    def has_picture(self) -> bool:
        return self._picture is not None

    @property
    def pen_fraction(self) -> float:
        return self._pen_fraction

    def set_pen_fraction(self, fraction: float) -> None:
        """Pen width as a share of the canvas side (applies to every stroke, as on paper)."""
        self._pen_fraction = float(fraction)
        self.update()
        if self._strokes:
            self.changed.emit()

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self._picture = self._picture_image = None
        self.update()
        self.changed.emit()

    def undo(self) -> bool:
        """Remove the last stroke (or, with no strokes left, the picture). False if already empty."""
        if self._strokes:
            self._strokes.pop()
            self._drawing = False
        elif self._picture is not None:
            self._picture = self._picture_image = None
        else:
            return False
        self.update()
        self.changed.emit()
        return True

    def set_picture(self, pixels: np.ndarray) -> None:
        """Show a grayscale picture (float (H, W) in 0..1) instead of the drawing."""
        self._strokes.clear()
        self._drawing = False
        self._picture = np.asarray(pixels, dtype=np.float32)
        self._picture_image = gray_image(self._picture)
        self.update()
        self.changed.emit()

    def canvas_pixels(self) -> np.ndarray:
        """The canvas the network reads: (CANVAS_SIDE, CANVAS_SIDE) uint8, dark ink on white."""
        image = QImage(CANVAS_SIDE, CANVAS_SIDE, QImage.Format.Format_Grayscale8)
        painter = QPainter(image)
        self._paint_content(painter, QRectF(0, 0, CANVAS_SIDE, CANVAS_SIDE))
        painter.end()
        rows = np.frombuffer(image.constBits(), np.uint8).reshape(CANVAS_SIDE, image.bytesPerLine())
        return rows[:, :CANVAS_SIDE].copy()

    def reading_image(self) -> np.ndarray:
        """What to classify: a picture at its own resolution, or the canvas once drawn on."""
        if self._picture is not None and not self._strokes:
            return self._picture
        return self.canvas_pixels()

    def save_png(self, path: str | Path) -> bool:
        """Save the canvas (as the network reads it) as a grayscale PNG."""
        pixels = self.canvas_pixels()
        image = QImage(pixels.data, CANVAS_SIDE, CANVAS_SIDE, CANVAS_SIDE, QImage.Format.Format_Grayscale8)
        return image.save(str(path), "PNG")

    # ------------------------------------------------------------------ painting
    def _square(self) -> QRectF:
        side = min(self.width(), self.height()) - 2
        return QRectF((self.width() - side) / 2, 1, side, side)

    def _paint_content(self, painter: QPainter, square: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(square, self._paper_colour())
        if self._picture_image is not None:
            size = QSize(self._picture_image.width(), self._picture_image.height())
            size.scale(square.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, size.width(), size.height())
            target.moveCenter(square.center())
            painter.drawImage(target, self._picture_image)
        pen = QPen(INK, max(1.0, self._pen_fraction * square.width()), Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for points in self._strokes:
            painter.drawPath(stroke_path(points, square.width(), square.topLeft()))

    def _paper_colour(self) -> QColor:
        """White, or a picture's own background so the margins around it do not look like ink."""
        if self._picture is None:
            return PAPER
        border = np.concatenate([self._picture[0], self._picture[-1],
                                 self._picture[:, 0], self._picture[:, -1]])
        level = int(round(float(np.median(border)) * 255))
        return QColor(level, level, level)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        square = self._square()
        self._paint_content(painter, square)
        frame = self.palette().highlight().color() if self.hasFocus() else self.palette().mid().color()
        painter.setPen(QPen(frame, 1))
        painter.drawRect(square)
        painter.end()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(CANVAS_SIDE + 2, CANVAS_SIDE + 2)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width

    # ------------------------------------------------------------------ pen input
    def _to_canvas(self, position: QPointF) -> QPointF:
        square = self._square()
        return (position - square.topLeft()) / max(square.width(), 1.0)

    def _begin(self, position: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._to_canvas(position)])
        self.update()
        self.changed.emit()

    def _extend(self, position: QPointF) -> None:
        if not self._drawing:
            return
        point = self._to_canvas(position)
        last = self._strokes[-1][-1]
        if abs(point.x() - last.x()) + abs(point.y() - last.y()) < 0.002:
            return  # sub-pixel jitter: nothing new to draw
        self._strokes[-1].append(point)
        self.update()
        self.changed.emit()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.strokeFinished.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        """A pen on a graphics tablet: the same strokes as the mouse, at the pen's full precision."""
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    # ------------------------------------------------------------------ dropping files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.fileDropped.emit(files[0])
