"""Ten horizontal probability bars, one per class, the most likely one highlighted.

An optional second, thinner set of bars shows another input's probabilities (the naive shrink of
the canvas) so the two readings can be compared class by class.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

BAR_COLOUR = QColor(150, 160, 175)
TOP_COLOUR = QColor(40, 120, 220)
UNSURE_COLOUR = QColor(230, 150, 40)
COMPARE_COLOUR = QColor(200, 70, 70, 170)
LABEL_COLOUR = QColor(90, 90, 90)
LABEL_ON_BAR = QColor(255, 255, 255)


class ProbabilityBars(pg.PlotWidget):
    """Probabilities per class as bars (class names on the left, 0..100 % along the bottom)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground(None)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.invertY(True)
        self.setLabel("bottom", self.tr("probability (%)"))
        self.setXRange(0, 100, padding=0.02)
        self.setMinimumSize(220, 220)
        self._count = 0
        self._bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[])
        self._compare = pg.BarGraphItem(x0=[], y=[], height=0.22, width=[],
                                        brush=COMPARE_COLOUR, pen=pg.mkPen(None))
        self.addItem(self._bars)
        self.addItem(self._compare)
        self._labels: list[pg.TextItem] = []
        self.set_classes([str(i) for i in range(10)])

    def set_classes(self, names: list[str]) -> None:
        """Label the bars with the model's class names (one bar per class)."""
        self._count = len(names)
        self.getAxis("left").setTicks([[(i, name) for i, name in enumerate(names)]])
        self.setYRange(-0.6, self._count - 0.4, padding=0)
        while len(self._labels) < self._count:  # labels are reused, never removed
            label = pg.TextItem("", anchor=(0, 0.5), color=LABEL_COLOUR)
            self.addItem(label)
            self._labels.append(label)
        self.show_probabilities(None)

    def show_probabilities(self, probabilities: np.ndarray | None, unsure: bool = False,
                           compare: np.ndarray | None = None) -> None:
        """Show one reading (None: all bars empty); ``compare`` adds the thin second bars."""
        rows = np.arange(self._count)
        values = np.zeros(self._count) if probabilities is None else 100.0 * np.asarray(probabilities)
        top = -1 if probabilities is None else int(np.argmax(values))
        highlight = UNSURE_COLOUR if unsure else TOP_COLOUR
        brushes = [highlight if i == top else BAR_COLOUR for i in rows]
        self._bars.setOpts(x0=np.zeros(self._count), y=rows - 0.08 * (compare is not None),
                           width=values, brushes=brushes, pens=[pg.mkPen(None)] * self._count)
        if compare is None:
            self._compare.setOpts(x0=[], y=[], width=[])
        else:
            self._compare.setOpts(x0=np.zeros(self._count), y=rows + 0.32,
                                  width=100.0 * np.asarray(compare))
        for label in self._labels[self._count:]:
            label.setText("")
        for i, label in enumerate(self._labels[:self._count]):
            label.setText("" if probabilities is None else f"{values[i]:.1f} %")
            inside = values[i] > 80.0  # no room to the right: write on the bar, right-aligned
            label.setColor(LABEL_ON_BAR if inside else LABEL_COLOUR)
            label.setAnchor((1, 0.5) if inside else (0, 0.5))
            label.setPos(values[i] - 1.0 if inside else values[i] + 1.0, i - 0.08 * (compare is not None))
