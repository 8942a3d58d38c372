"""A grid of test images with their labels and top-3 probabilities, capped at one page."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from ...engine.inspection import top_k

PAGE = 60          # images shown at most: enough to see a pattern, cheap to draw
ICON_SIDE = 56


def image_icon(image: np.ndarray) -> QIcon:
    """A uint8 (28, 28) image as an icon, scaled up without blurring the pixels."""
    pixels = np.ascontiguousarray(image, dtype=np.uint8)
    qimage = QImage(pixels.data, pixels.shape[1], pixels.shape[0], pixels.strides[0],
                    QImage.Format.Format_Grayscale8).copy()
    return QIcon(QPixmap.fromImage(qimage).scaled(ICON_SIDE, ICON_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.FastTransformation))


class Gallery(QListWidget):
    """Icons with "true → top-3" captions; ``show_images`` fills at most ``PAGE`` of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)

    def show_images(self, indices: np.ndarray, images: np.ndarray, labels: np.ndarray,
                    probabilities: np.ndarray, classes: list[str]) -> int:
        """Show the first ``PAGE`` of ``indices``; returns how many are shown."""
        shown = indices[:PAGE]
        self.clear()
        if not len(shown):
            return 0
        best, best_p = top_k(probabilities[shown], 3)
        self._fit_grid(classes)
        for index, label, top, top_p in zip(shown, labels[shown], best, best_p):
            guesses = [f"{classes[c]} {p:.0%}" for c, p in zip(top, top_p)]
            caption = "\n".join([self.tr("label {0}").format(classes[label]), *guesses[:2]])
            item = QListWidgetItem(image_icon(images[index]), caption)
            item.setSizeHint(self.gridSize())
            item.setToolTip(self.tr("Test image {0}, labelled {1}. The network says: {2}").format(
                int(index), classes[label], ", ".join(guesses)))
            self.addItem(item)
        return len(shown)

    def _fit_grid(self, classes: list[str]) -> None:
        """Cells wide enough for the longest caption line, so class names are never cut."""
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for name in classes
                     for line in (self.tr("label {0}").format(name), f"{name} 100%"))
        self.setGridSize(QSize(max(ICON_SIDE, widest) + 36, ICON_SIDE + 4 * metrics.height() + 8))
