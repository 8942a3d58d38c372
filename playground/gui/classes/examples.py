"""The drawn examples of the current classes as a grid: select some to give another class or delete."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.data.userdrawings import Drawing
from .preview import pixmap

ICON_SIDE = 40


class ExamplesBrowser(QWidget):
    """Signals ``relabelRequested(list, str)`` (drawing ids, class name) and ``deleteRequested(list)``;
    the panel changes the store and shows the new list with ``set_examples``."""

    relabelRequested = Signal(list, str)
    deleteRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.list.setGridSize(QSize(ICON_SIDE + 30, ICON_SIDE + 22))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
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
        self.list.itemSelectionChanged.connect(self._update)
        self.relabel_button.clicked.connect(self._relabel)
        self.delete_button.clicked.connect(self._delete)
        self._update()

    def set_examples(self, drawings: list[Drawing], images: np.ndarray, names: list[str]) -> None:
        """Show the drawings (28 x 28 images, ink high) grouped by class, keeping the selection."""
        chosen = set(self.selected_ids())
        self.list.clear()
        self.class_choice.clear()
        self.class_choice.addItems(names)
        order = sorted(range(len(drawings)), key=lambda i: (names.index(drawings[i].label), drawings[i].created))
        for i in order:
            item = QListWidgetItem(QIcon(pixmap(images[i], ICON_SIDE)), drawings[i].label)
            item.setData(Qt.ItemDataRole.UserRole, drawings[i].id)
            self.list.addItem(item)
            item.setSelected(drawings[i].id in chosen)
        self._update()

    def selected_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def _relabel(self) -> None:
        if self.selected_ids() and self.class_choice.currentText():
            self.relabelRequested.emit(self.selected_ids(), self.class_choice.currentText())

    def _delete(self) -> None:
        if self.selected_ids():
            self.deleteRequested.emit(self.selected_ids())

    def _update(self) -> None:
        selected = bool(self.list.selectedItems())
        self.relabel_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
