"""The book's output-size formula as a calculator that draws the windows along one axis."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from ...engine.inspection.output_size import OutputSize

MAX_DRAWN_WINDOWS = 12


class WindowStrip(QWidget):
    """The padded input as a row of cells (padding grey, never-covered cells red) and, below it,
    one bar per filter position."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_info: OutputSize | None = None
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(420, 120)

    def show_size(self, info: OutputSize | None) -> None:
        self.size_info = info
        rows = min(info.output, MAX_DRAWN_WINDOWS) if info is not None else 0
        self.setMinimumHeight(30 + 9 * rows)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        info = self.size_info
        if info is None:
            return
        painter = QPainter(self)
        cells = info.size + 2 * info.pad
        side = min(24.0, (self.width() - 4) / cells)
        text = self.palette().color(QPalette.ColorRole.Text)
        covered_end = info.window_starts()[-1] + info.kernel
        for k in range(cells):
            rect = QRectF(2 + k * side, 2, side, 18)
            padding = k < info.pad or k >= info.pad + info.size
            colour = QColor(215, 215, 215) if padding else QColor(233, 238, 245)
            if k >= covered_end:
                colour = QColor(229, 154, 143)
            painter.fillRect(rect, colour)
            painter.setPen(QPen(text, 0.5))
            painter.drawRect(rect)
        bar = QColor(59, 111, 176)
        for row, start in enumerate(info.window_starts()[:MAX_DRAWN_WINDOWS]):
            painter.fillRect(QRectF(2 + start * side + 1, 26 + row * 9, info.kernel * side - 2, 6), bar)
        painter.end()


class SizeCalculator(QGroupBox):
    """Spin boxes for W, P, F and S, the formula with its numbers, and the drawing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Output size: (W + 2P − F) / S + 1"), parent)
        self.spins: dict[str, QSpinBox] = {}
        row = QHBoxLayout()
        for key, label, tip, low, value in (
                ("W", self.tr("input W"), self.tr("Input width (or height)"), 1, 28),
                ("P", self.tr("padding P"), self.tr("Zeros added on each side"), 0, 0),
                ("F", self.tr("filter F"), self.tr("Filter width"), 1, 5),
                ("S", self.tr("stride S"), self.tr("Step between filter positions"), 1, 1)):
            spin = QSpinBox()
            spin.setRange(low, 512)
            spin.setValue(value)
            spin.setToolTip(tip)
            spin.valueChanged.connect(self.update_result)
            row.addWidget(QLabel(label))
            row.addWidget(spin)
            self.spins[key] = spin
        row.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.strip = WindowStrip()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.strip)
        self.update_result()

    def set_values(self, size: int, pad: int, kernel: int, stride: int) -> None:
        for key, value in zip("WPFS", (size, pad, kernel, stride)):
            self.spins[key].setValue(value)

    def update_result(self) -> None:
        w, p, f, s = (self.spins[k].value() for k in "WPFS")
        try:
            info = OutputSize(w, p, f, s)
        except ValueError as error:
            self.result.setText(self.tr("Impossible: {0}").format(error))
            self.strip.show_size(None)
            return
        text = self.tr("({0} + 2·{1} − {2}) / {3} + 1 = {4} / {3} + 1 = {5:g}").format(w, p, f, s, info.span,
                                                                                      info.exact)
        if info.whole:
            text += self.tr(": {0} output positions.").format(info.output)
        else:
            text += self.tr(" is not a whole number: the filter does not fit evenly. The engine rounds down to "
                            "{0} positions and the last {1} cell(s) of the padded input (red) are never read.").format(
                info.output, info.leftover)
        self.result.setText(text)
        self.strip.show_size(info)
