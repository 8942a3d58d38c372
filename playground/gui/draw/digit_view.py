"""The 28 x 28 image a network actually receives, with an optional saliency overlay.

Pixels are shown as the network sees them (ink bright on black, as in MNIST). The overlay colours
each pixel by how much it pushes the score of a chosen class up (red) or down (blue).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

SIDE = 28


def saliency_lookup_table() -> np.ndarray:
    """RGBA colours for -1..1: blue against, transparent near zero, red for."""
    level = np.linspace(-1.0, 1.0, 256)
    lut = np.zeros((256, 4), dtype=np.ubyte)
    lut[:, 0] = np.where(level > 0, 255, 40)
    lut[:, 1] = 60
    lut[:, 2] = np.where(level > 0, 40, 255)
    lut[:, 3] = np.clip(np.abs(level) * 1.4, 0, 1) ** 0.8 * 170  # the digit stays visible beneath
    return lut


class DigitView(pg.PlotWidget):
    """A 28 x 28 grayscale image (row 0 at the top) with pixel axes and a saliency layer."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground(None)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        if title:
            self.setTitle(title, size="9pt")
        self.setLabel("bottom", self.tr("column"))
        self.setLabel("left", self.tr("row"))
        self.getPlotItem().setAspectLocked(True)
        self.invertY(True)
        self.setRange(xRange=(0, SIDE), yRange=(0, SIDE), padding=0.02)
        self.setFixedSize(200, 215)  # the panel enlarges it with the window
        self._image = pg.ImageItem(axisOrder="row-major")
        self._overlay = pg.ImageItem(axisOrder="row-major")
        self._overlay.setLookupTable(saliency_lookup_table())
        self.addItem(self._image)
        self.addItem(self._overlay)
        self.show_image(None)

    def show_image(self, image28: np.ndarray | None) -> None:
        """Show the input (None: an empty black field)."""
        data = np.zeros((SIDE, SIDE), np.float32) if image28 is None else image28
        self._image.setImage(data, levels=(0.0, 1.0), autoLevels=False)
        if image28 is None:
            self.show_saliency(None)

    def show_saliency(self, saliency: np.ndarray | None) -> None:
        """Overlay a signed saliency map (None: hide it); colours scale to its largest magnitude."""
        if saliency is None:
            self._overlay.setVisible(False)
            return
        scale = float(np.abs(saliency).max()) or 1.0
        self._overlay.setImage(saliency, levels=(-scale, scale), autoLevels=False)
        self._overlay.setVisible(True)
