"""The drawn examples of the current classes as a grid: select some to give another class or delete."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.data.userdrawings import Drawing
from ..common.drawing_grid import DrawingSelection, icon_grid
from .preview import pixmap

ICON_SIDE = 40


class ExamplesBrowser(DrawingSelection, QWidget):
    """Signals ``relabelRequested(list, str)`` (drawing ids, class name) and ``deleteRequested(list)``;
    the panel changes the store and shows the new list with ``set_examples``."""

    relabelRequested = Signal(list, str)
    deleteRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = icon_grid(ICON_SIDE, QSize(ICON_SIDE + 30, ICON_SIDE + 22))
        self.class_choice = QComboBox()
        self.class_choice.setToolTip(self.tr("The class to give the selected drawings"))
        self.relabel_button = QPushButton(self.tr("Move to class"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected drawings from this computer"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Selected:")))
        row.addWidget(self.relabel_button)
        row.addWidget(self.class_choice, 1)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.connect_selection()

    def label_choice(self) -> QComboBox:
        return self.class_choice

    def set_examples(self, drawings: list[Drawing], images: np.ndarray, names: list[str]) -> None:
        """Show the drawings (28 x 28 images, ink high) grouped by class, keeping the selection."""
        self.class_choice.clear()
        self.class_choice.addItems(names)
        order = sorted(range(len(drawings)), key=lambda i: (names.index(drawings[i].label), drawings[i].created))
        self.show_drawings(drawings, [pixmap(image, ICON_SIDE) for image in images], order)
