"""What the network sees: the first pictures of each class after preparation, one row per class."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...engine.data.owndata import OwnData
from ...engine.training.transfer import VALIDATION_SHARE

PER_CLASS = 8
SIDE = 56


def pixmap(image: np.ndarray, side: int = SIDE) -> QPixmap:
    """A (28, 28) uint8 image enlarged with square pixels, as the network's 28 x 28 grid really is."""
    data = np.ascontiguousarray(image, dtype=np.uint8)
    height, width = data.shape
    qimage = QImage(data.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(qimage).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.FastTransformation)


class PreviewGrid(QWidget):
    """Rows of class name, example count and the first ``PER_CLASS`` prepared images."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        caption = QLabel(self.tr("The first pictures of each class as the network gets them: 28 x 28, after "
                                 "the preparation chosen on the right. Training holds out %1 % of every class "
                                 "for validation.").replace("%1", f"{VALIDATION_SHARE * 100:.0f}"))
        caption.setWordWrap(True)
        grid_widget = QWidget()
        self._grid = QGridLayout(grid_widget)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(scroll, 1)
        self.shown: dict[str, int] = {}

    def set_data(self, own: OwnData | None) -> None:
        """Show ``own`` (None: empty)."""
        while self._grid.count():
            self._grid.takeAt(0).widget().deleteLater()
        self.shown = {}
        if own is None:
            return
        for row, name in enumerate(own.class_names):
            members = np.flatnonzero(own.labels == row)
            title = QLabel(f"{name}\n({len(members)})")
            title.setToolTip(name)
            self._grid.addWidget(title, row, 0)
            for column, index in enumerate(members[:PER_CLASS], start=1):
                cell = QLabel()
                cell.setPixmap(pixmap(own.images[index]))
                self._grid.addWidget(cell, row, column)
            self.shown[name] = min(len(members), PER_CLASS)
