"""pyqtgraph pieces the views share: colormaps, a clickable image, a mosaic with its colour bar.

Plot widgets take their colours from the Qt palette, so they match the rest of the window
instead of pyqtgraph's black default.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QWidget

from ...engine.inspection import Mosaic

DIVERGING = "CET-D1A"   # blue - white - red: 0 is white, sign is hue, size is depth
SEQUENTIAL = "CET-L12"  # white to blue: counts and shares


def palette_color(role: QPalette.ColorRole) -> QColor:
    return QApplication.palette().color(role)


def diverging_colormap() -> pg.ColorMap:
    return pg.colormap.get(DIVERGING)


def grey_colormap() -> pg.ColorMap:
    """Black background, white ink: how MNIST pictures are usually shown."""
    return pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)])


def styled_layout_widget(parent: QWidget | None = None) -> pg.GraphicsLayoutWidget:
    widget = pg.GraphicsLayoutWidget(parent)
    widget.setBackground(palette_color(QPalette.ColorRole.Base))
    widget.ci.setContentsMargins(4, 4, 4, 4)
    return widget


def style_axes(plot: pg.PlotItem, bottom: str, left: str) -> None:
    """Palette-coloured, labelled axes."""
    text = palette_color(QPalette.ColorRole.Text)
    for name, label in (("bottom", bottom), ("left", left)):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(text))
        axis.setTextPen(pg.mkPen(text))
        axis.setLabel(label)
        axis.enableAutoSIPrefix(False)


def title_label(text: str = "") -> pg.LabelItem:
    return pg.LabelItem(text, color=palette_color(QPalette.ColorRole.Text), justify="left")


def set_label(label: pg.LabelItem, text: str) -> None:
    """Change a label's text only when it differs: each change re-lays out the whole plot."""
    if label.text != text:
        label.setText(text)


def set_axis_label(axis: pg.AxisItem, text: str) -> None:
    if axis.labelText != text:
        axis.setLabel(text)


def rounded_limit(limit: float) -> float:
    """``limit`` rounded up to two significant digits.

    Colour levels on round numbers stay put while live weights drift a little, so the colour
    bar (whose axis is slow to redraw) changes only now and then; rounding up never clips.
    """
    if limit <= 0 or not math.isfinite(limit):
        return 1.0
    scale = 10.0 ** (math.floor(math.log10(limit)) - 1)
    return math.ceil(limit / scale - 1e-9) * scale


def category_ticks(plot: pg.PlotItem, names: list[str], axis: str = "bottom") -> None:
    plot.getAxis(axis).setTicks([[(i, name) for i, name in enumerate(names)]])


def color_bar(colormap: pg.ColorMap, label: str, values: tuple[float, float],
              horizontal: bool = False) -> pg.ColorBarItem:
    """A fixed (non-interactive) colour bar with palette-coloured axes."""
    bar = pg.ColorBarItem(values=values, colorMap=colormap, interactive=False, label=label, width=14,
                          orientation="horizontal" if horizontal else "vertical")
    text_pen = pg.mkPen(palette_color(QPalette.ColorRole.Text))
    for axis in ("left", "right", "top", "bottom"):
        bar.getAxis(axis).setPen(text_pen)
        bar.getAxis(axis).setTextPen(text_pen)
        bar.getAxis(axis).enableAutoSIPrefix(False)
    return bar


#: Characters the names along a heatmap's bottom axis may take together and still stand apart.
BOTTOM_AXIS_CHARACTERS = 40


def class_axis_ticks(classes: list[str]) -> tuple[list, list]:
    """Ticks at cell centres for a class x class heatmap: (bottom, left).

    Short names (digits, or a few classes of one's own) are written on both axes. Many long names
    (Fashion-MNIST) do not fit side by side, so the bottom axis then shows class numbers and the
    left axis "number name".
    """
    short = all(len(name) <= 3 for name in classes) or \
        len(classes) * max(map(len, classes), default=0) <= BOTTOM_AXIS_CHARACTERS
    left = [[(i + 0.5, name if short else f"{i} {name}") for i, name in enumerate(classes)]]
    bottom = [[(i + 0.5, name if short else str(i)) for i, name in enumerate(classes)]]
    return bottom, left


class ClickableImage(pg.ImageItem):
    """An image item that reports left clicks as image (row, col) coordinates."""

    clicked = Signal(float, float)

    def __init__(self, **kwargs) -> None:
        super().__init__(axisOrder="row-major", **kwargs)

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            pos: QPointF = event.pos()
            self.clicked.emit(pos.y(), pos.x())
        else:
            super().mouseClickEvent(event)

    def scene_point(self, row: float, col: float) -> QPointF:
        """Scene position of image pixel (row, col): where a click on that pixel lands."""
        return self.mapToScene(QPointF(col, row))


class MosaicView(pg.GraphicsLayoutWidget):
    """A title, one mosaic image on a diverging colormap centred on 0, and its colour bar.

    ``tile_clicked(k)`` fires when tile k is clicked; ``select(k)`` frames a tile.
    """

    tile_clicked = Signal(int)

    def __init__(self, bar_label: str, bar_below: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground(palette_color(QPalette.ColorRole.Base))
        self.ci.setContentsMargins(4, 4, 4, 4)
        self.title = title_label()
        self.addItem(self.title, row=0, col=0, colspan=1 if bar_below else 2)
        self.box = self.addViewBox(row=1, col=0, lockAspect=True, invertY=True)
        self.image = ClickableImage()
        self.box.addItem(self.image)
        self._bar_axis = "bottom" if bar_below else "left"
        self.bar = color_bar(diverging_colormap(), bar_label, (-1.0, 1.0), horizontal=bar_below)
        self.bar.setImageItem(self.image)
        self.addItem(self.bar, row=2 if bar_below else 1, col=0 if bar_below else 1)
        self._frame = QGraphicsRectItem()
        self._frame.setPen(QPen(palette_color(QPalette.ColorRole.Highlight), 0))
        self._frame.setVisible(False)
        self.box.addItem(self._frame)
        self.mosaic: Mosaic | None = None
        self.image.clicked.connect(self._on_clicked)

    def show_mosaic(self, mosaic: Mosaic, title: str, limit: float | None = None) -> None:
        """Draw ``mosaic`` with levels (-limit, limit) (default: the mosaic's own)."""
        reshaped = self.mosaic is None or self.mosaic.image.shape != mosaic.image.shape
        self.mosaic = mosaic
        set_label(self.title, title)
        self.image.setImage(mosaic.image, autoLevels=False)
        limit = rounded_limit(limit or mosaic.limit)
        if tuple(self.bar.levels()) != (-limit, limit):
            self.bar.setLevels((-limit, limit))
        else:
            self.image.setLevels((-limit, limit))
        if reshaped:
            self._frame.setVisible(False)
            self.box.autoRange(padding=0.01)

    def set_bar_label(self, text: str) -> None:
        set_axis_label(self.bar.getAxis(self._bar_axis), text)

    def select(self, k: int | None) -> None:
        if self.mosaic is None or k is None or not 0 <= k < self.mosaic.count:
            self._frame.setVisible(False)
            return
        row, col = self.mosaic.tile_origin(k)
        th, tw = self.mosaic.tile_shape
        self._frame.setRect(QRectF(col - 0.5, row - 0.5, tw + 1, th + 1))
        self._frame.setVisible(True)

    def _on_clicked(self, row: float, col: float) -> None:
        if self.mosaic is not None:
            k = self.mosaic.tile_at(row, col)
            if k is not None:
                self.tile_clicked.emit(k)

    def tile_scene_point(self, k: int) -> QPointF:
        """Scene position of the centre of tile ``k`` (for tests and keyboard-free checks)."""
        row, col = self.mosaic.tile_origin(k)
        th, tw = self.mosaic.tile_shape
        return self.image.scene_point(row + th / 2, col + tw / 2)
