"""The input plane of a two-input gate: four points, decision lines, and the output as shading.

A decision line ``w1*x1 + w2*x2 + b = 0`` is drawn through the view and, when editable, carries two
handles; dragging a handle turns or shifts the line and reports the new (w1, w2, b). A line only
fixes the parameters up to a positive factor, so a drag keeps the length of (w1, w2) and the side
that outputs 1.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QFont

from ...engine.books.perceptron import INPUTS, Perceptron

VIEW_MIN, VIEW_MAX = -0.5, 1.5
TOP_ROOM = 0.3
"""Extra height above the square where the plot's message sits, clear of the points."""
GRID_POINTS = 300
"""Grid points along the longer side of the visible area."""
PARAM_LIMIT = 2.0

ONE_COLOR = QColor(232, 125, 30)
ZERO_COLOR = QColor(45, 100, 170)
LINE_COLORS = [QColor(40, 40, 40), QColor(150, 40, 150)]


def output_colormap() -> pg.ColorMap:
    """White for output 0 to a pale version of the 'output 1' colour, so the points stay readable."""
    return pg.ColorMap([0.0, 1.0], [(255, 255, 255), (252, 219, 184)])


def style_plot(plot: pg.PlotWidget, bottom: str, left: str) -> None:
    """White background, dark labelled axes, no pan/zoom by mouse: drags belong to the handles."""
    plot.setBackground("w")
    for name, text in (("bottom", bottom), ("left", left)):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(60, 60, 60))
        axis.setTextPen(pg.mkPen(40, 40, 40))
        plot.setLabel(name, text, **{"font-size": "11pt", "color": "#202020"})
    plot.setMenuEnabled(False)
    plot.hideButtons()


def segment_in_view(p: Perceptron, low_corner: tuple[float, float] = (VIEW_MIN, VIEW_MIN),
                    high_corner: tuple[float, float] = (VIEW_MAX, VIEW_MAX)
                    ) -> tuple[np.ndarray, np.ndarray] | None:
    """The part of the line w·x + b = 0 inside a rectangle, as its two end points, or None."""
    w = p.weights
    norm2 = float(w @ w)
    if norm2 == 0.0:
        return None
    direction = np.array([-w[1], w[0]]) / np.sqrt(norm2)
    centre = np.array([0.5, 0.5])
    foot = centre - (float(w @ centre) + p.b) / norm2 * w
    low, high = -np.inf, np.inf
    for axis in range(2):
        if abs(direction[axis]) < 1e-12:
            if not low_corner[axis] <= foot[axis] <= high_corner[axis]:
                return None
            continue
        t1 = (low_corner[axis] - foot[axis]) / direction[axis]
        t2 = (high_corner[axis] - foot[axis]) / direction[axis]
        low, high = max(low, min(t1, t2)), min(high, max(t1, t2))
    if low >= high:
        return None
    return foot + low * direction, foot + high * direction


def line_through(a: np.ndarray, b: np.ndarray, like: Perceptron) -> Perceptron | None:
    """The perceptron whose line passes through a and b, oriented and scaled like ``like``.

    Scaled down as a whole (which keeps the line) if a parameter would leave [-2, 2].
    """
    d = b - a
    if float(d @ d) < 1e-6:
        return None
    normal = np.array([-d[1], d[0]])
    old = like.weights
    if float(normal @ old) < 0:
        normal = -normal
    length = np.hypot(*old) or 1.0
    normal *= length / np.hypot(*normal)
    bias = -float(normal @ a)
    largest = max(abs(normal[0]), abs(normal[1]), abs(bias))
    if largest > PARAM_LIMIT:
        normal, bias = normal * (PARAM_LIMIT / largest), bias * (PARAM_LIMIT / largest)
    return Perceptron(float(normal[0]), float(normal[1]), bias)


class DecisionPlot(pg.PlotWidget):
    """Unit square with the gate's four inputs, ``line_count`` decision lines and shaded output.

    ``lineEdited(index, Perceptron)`` is emitted while a handle of an editable line is dragged.
    """

    lineEdited = Signal(int, object)
    gridChanged = Signal()

    def __init__(self, line_count: int = 1, editable: bool = True,
                 axis_names: tuple[str, str] = ("x", "x"), parent=None) -> None:
        super().__init__(parent)
        tr = lambda text: QCoreApplication.translate("DecisionPlot", text)  # noqa: E731
        style_plot(self, f"{axis_names[0]}<sub>1</sub>", f"{axis_names[1]}<sub>2</sub>")
        self.setMouseEnabled(x=False, y=False)
        self.setAspectLocked(True)
        self.setRange(xRange=(VIEW_MIN, VIEW_MAX), yRange=(VIEW_MIN, VIEW_MAX + TOP_ROOM), padding=0.02)
        self.showGrid(x=True, y=True, alpha=0.15)
        self.setToolTip(tr("The four inputs coloured by the expected output (orange 1, blue 0). "
                           "Shading shows where the network outputs 1. Drag a line's round "
                           "handles to turn or move it."))

        self._image = pg.ImageItem(axisOrder="row-major")
        self._image.setColorMap(output_colormap())
        self._image.setZValue(-10)
        self.addItem(self._image)
        self.grid = np.zeros((0, 2))
        """Points covering the visible area, rows running along x1: evaluate a model on them and
        pass the outputs to ``set_field``. Recomputed (and ``gridChanged`` emitted) on resize."""
        self._grid_shape = (0, 0)
        self._grid_rect = (0.0, 0.0, 0.0, 0.0)

        square = pg.PlotCurveItem([0, 1, 1, 0, 0], [0, 0, 1, 1, 0],
                                  pen=pg.mkPen(160, 160, 160, width=1, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.addItem(square)

        self._lines: list[pg.PlotCurveItem] = []
        self._handles: list[tuple[pg.TargetItem, pg.TargetItem]] = []
        self._params: list[Perceptron | None] = [None] * line_count
        self._placing = False
        for index in range(line_count):
            color = LINE_COLORS[index % len(LINE_COLORS)]
            line = pg.PlotCurveItem(pen=pg.mkPen(color, width=3), antialias=True)
            self.addItem(line)
            self._lines.append(line)
            if editable:
                pair = tuple(self._make_handle(index, color) for _ in range(2))
                self._handles.append(pair)

        self._points = pg.ScatterPlotItem(size=18, pen=pg.mkPen(30, 30, 30, width=1.5))
        self._points.setZValue(10)
        self.addItem(self._points)
        self._labels: list[pg.TextItem] = []
        for _ in INPUTS:
            label = pg.TextItem(color=(50, 50, 50), anchor=(0.5, -0.6))
            self.addItem(label)
            self._labels.append(label)

        self._message = pg.TextItem(anchor=(0.5, 0), fill=pg.mkBrush(255, 255, 255, 235),
                                    border=pg.mkPen(200, 80, 60, width=1.5))
        self._message.setZValue(20)
        font = QFont()
        font.setPointSizeF(10.5)
        self._message.setFont(font)
        self.addItem(self._message)
        self._message.hide()
        self.getViewBox().sigRangeChanged.connect(self._update_grid)
        self._update_grid()

    # ----------------------------------------------------------------- public
    def set_expected(self, targets: np.ndarray, positions: np.ndarray = INPUTS) -> None:
        """Colour the points by expected output; ``positions`` defaults to the four inputs.

        Points that land on the same spot (inputs mapped to hidden units) share one label.
        """
        brushes = [pg.mkBrush(ONE_COLOR if t else ZERO_COLOR) for t in targets]
        self._points.setData(pos=np.asarray(positions, dtype=float), brush=brushes)
        names: dict[tuple[float, float], list[str]] = {}
        for (x1, x2), (px, py) in zip(INPUTS, np.asarray(positions, dtype=float)):
            names.setdefault((round(px, 3), round(py, 3)), []).append(f"({x1:.0f}, {x2:.0f})")
        spots = list(names.items())
        for index, label in enumerate(self._labels):
            if index < len(spots):
                (px, py), texts = spots[index]
                label.setText(" ".join(texts))
                label.setPos(px, py)
                label.show()
            else:
                label.hide()

    def set_field(self, values: np.ndarray) -> None:
        """The output (0..1) at every point of ``self.grid``; step outputs give a two-tone shading."""
        x, y, width, height = self._grid_rect
        self._image.setImage(np.asarray(values, dtype=np.float32).reshape(self._grid_shape),
                             levels=(0.0, 1.0), autoLevels=False, rect=(x, y, width, height))

    def set_line(self, index: int, p: Perceptron) -> None:
        """Draw line ``index`` for perceptron p (handles follow unless they are being dragged)."""
        self._params[index] = p
        segment = self._visible_segment(p)
        line = self._lines[index]
        if segment is None:
            line.setData([], [])
        else:
            a, b = segment
            line.setData([a[0], b[0]], [a[1], b[1]])
        if index < len(self._handles) and not any(h.moving for h in self._handles[index]):
            self._place_handles(index, segment)

    def set_message(self, html: str) -> None:
        """Words shown in the plot's corner (empty hides the box)."""
        if html:
            self._message.setHtml(f"<div style='color:#202020'>{html}</div>")
            self._message.show()
        else:
            self._message.hide()

    def message_text(self) -> str:
        return self._message.textItem.toPlainText() if self._message.isVisible() else ""

    def handles(self, index: int) -> tuple[pg.TargetItem, pg.TargetItem]:
        return self._handles[index]

    # ----------------------------------------------------------------- view
    def _visible_segment(self, p: Perceptron):
        rect = self.getViewBox().viewRect()
        return segment_in_view(p, (rect.left(), rect.top()), (rect.right(), rect.bottom()))

    def _update_grid(self, *_args) -> None:
        rect = self.getViewBox().viewRect()
        x, y, width, height = rect.left(), rect.top(), rect.width(), rect.height()
        if (x, y, width, height) == self._grid_rect or width <= 0 or height <= 0:
            return
        scale = GRID_POINTS / max(width, height)
        columns, rows = max(2, round(width * scale)), max(2, round(height * scale))
        # Pixel centres, so the image's pixels line up with the points they were computed at.
        xs = x + (np.arange(columns) + 0.5) * width / columns
        ys = y + (np.arange(rows) + 0.5) * height / rows
        xx, yy = np.meshgrid(xs, ys)
        self.grid = np.column_stack([xx.ravel(), yy.ravel()])
        self._grid_shape, self._grid_rect = (rows, columns), (x, y, width, height)
        self._message.setPos(x + width / 2, y + height - 0.02 * height)
        self._message.setTextWidth(max(200.0, min(640.0, self.getViewBox().width() - 24)))
        for index, p in enumerate(self._params):
            if p is not None:
                self.set_line(index, p)
        self.gridChanged.emit()

    # ----------------------------------------------------------------- handles
    def _make_handle(self, index: int, color: QColor) -> pg.TargetItem:
        handle = pg.TargetItem(size=16, symbol="o", pen=pg.mkPen(color, width=2),
                               brush=pg.mkBrush(255, 255, 255, 230), hoverPen=pg.mkPen(color, width=3),
                               hoverBrush=pg.mkBrush(color))
        handle.setZValue(15)
        handle.setToolTip(QCoreApplication.translate(
            "DecisionPlot", "Drag to move the decision line; the weights and bias follow."))
        handle.sigPositionChanged.connect(lambda _item, i=index: self._handle_moved(i))
        handle.sigPositionChangeFinished.connect(lambda _item, i=index: self.set_line(i, self._params[i]))
        self.addItem(handle)
        return handle

    def _place_handles(self, index: int, segment) -> None:
        pair = self._handles[index]
        self._placing = True
        try:
            if segment is None:
                for handle in pair:
                    handle.hide()
                return
            a, b = segment
            for handle, share in zip(pair, (0.3, 0.7)):
                handle.setPos(*(a + share * (b - a)))
                handle.show()
        finally:
            self._placing = False

    def _handle_moved(self, index: int) -> None:
        if self._placing or self._params[index] is None:
            return
        first, second = (np.array([h.pos().x(), h.pos().y()]) for h in self._handles[index])
        moved = line_through(first, second, self._params[index])
        if moved is not None:
            self.lineEdited.emit(index, moved)
