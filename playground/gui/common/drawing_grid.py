"""What the Draw page's drawings browser and the Your classes page's examples share: kept drawings
as an icon grid whose selection can be given another label or deleted.

The owner lays out the grid's widgets (``list``, ``relabel_button``, ``delete_button`` and its label
choice), defines the ``relabelRequested(list, str)`` and ``deleteRequested(list)`` signals, and
changes the store when they fire; it then shows the new list with ``show_drawings``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QPushButton

from ...engine.data.userdrawings import Drawing


def icon_grid(icon_side: int, cell: QSize) -> QListWidget:
    """A list that shows its items as a grid of icons, several selectable at once."""
    grid = QListWidget()
    grid.setViewMode(QListWidget.ViewMode.IconMode)
    grid.setIconSize(QSize(icon_side, icon_side))
    grid.setGridSize(cell)
    grid.setResizeMode(QListWidget.ResizeMode.Adjust)
    grid.setMovement(QListWidget.Movement.Static)
    grid.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
    return grid


class DrawingSelection:
    """Mixed into the owning widget after ``list``, ``relabel_button``, ``delete_button`` and
    ``label_choice()`` exist; ``connect_selection()`` wires them up."""

    list: QListWidget
    relabel_button: QPushButton
    delete_button: QPushButton

    def label_choice(self) -> QComboBox:
        raise NotImplementedError

    def connect_selection(self) -> None:
        self.list.itemSelectionChanged.connect(self._update)
        self.relabel_button.clicked.connect(self._relabel)
        self.delete_button.clicked.connect(self._delete)
        self._update()

    def show_drawings(self, drawings: list[Drawing], pictures: list[QPixmap], order: list[int],
                      tooltip: Callable[[Drawing], str] | None = None) -> None:
        """The drawings in ``order`` with their pictures, keeping the selection."""
        chosen = set(self.selected_ids())
        self.list.clear()
        for i in order:
            item = QListWidgetItem(QIcon(pictures[i]), drawings[i].label)
            item.setData(Qt.ItemDataRole.UserRole, drawings[i].id)
            if tooltip is not None:
                item.setToolTip(tooltip(drawings[i]))
            self.list.addItem(item)
            item.setSelected(drawings[i].id in chosen)
        self._update()

    def selected_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def _relabel(self) -> None:
        if self.selected_ids() and self.label_choice().currentText():
            self.relabelRequested.emit(self.selected_ids(), self.label_choice().currentText())

    def _delete(self) -> None:
        if self.selected_ids():
            self.deleteRequested.emit(self.selected_ids())

    def _update(self) -> None:
        selected = bool(self.list.selectedItems())
        self.relabel_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
