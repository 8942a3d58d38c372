"""A window listing the drawings the user kept: each as the network sees it, with its label.

Select one or more to give them another label or delete them. The browser only signals; the
panel changes the store in its worker and sends the new list back with ``set_drawings``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.data.datasets import DIGIT_CLASSES
from ...engine.data.userdrawings import Drawing
from ..common.drawing_grid import DrawingSelection, icon_grid
from ..common.pad import gray_image

ICON_SIDE = 56


class DrawingsBrowser(DrawingSelection, QDialog):
    """Signals ``relabelRequested(list, str)`` (drawing ids, new label) and ``deleteRequested(list)``."""

    relabelRequested = Signal(list, str)
    deleteRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your drawings"))
        self.list = icon_grid(ICON_SIDE, QSize(ICON_SIDE + 18, ICON_SIDE + 26))
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self.label_choice_box = QComboBox()
        self.label_choice_box.addItems(list(DIGIT_CLASSES))
        self.label_choice_box.setToolTip(self.tr("The label to give the selected drawings"))
        self.relabel_button = QPushButton(self.tr("Relabel"))
        self.relabel_button.setToolTip(self.tr("Give the selected drawings the chosen label"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected drawings from this computer"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Label:")))
        row.addWidget(self.label_choice_box)
        row.addWidget(self.relabel_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.resize(560, 420)
        self.connect_selection()

    def label_choice(self) -> QComboBox:
        return self.label_choice_box

    def set_drawings(self, drawings: list[Drawing], images: np.ndarray) -> None:
        """Show the drawings (their 28 x 28 images, ink high) grouped by label, keeping the selection."""
        order = sorted(range(len(drawings)), key=lambda i: (drawings[i].label, drawings[i].created))
        pictures = [QPixmap.fromImage(gray_image(image / 255.0)).scaled(
            ICON_SIDE, ICON_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
            for image in images]
        self.show_drawings(drawings, pictures, order, lambda drawing: self.tr("Labelled {0}, drawn {1}").format(
            drawing.label, drawing.created[:16].replace("T", " ")))
        counts = {label: sum(d.label == label for d in drawings) for label in sorted({d.label for d in drawings})}
        self._summary.setText(self.tr("Drawings: {0} ({1})").format(
            len(drawings), ", ".join(f"{label} × {n}" for label, n in counts.items())))
