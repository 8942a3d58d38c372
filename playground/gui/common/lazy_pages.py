"""A list of pages beside a stack, each page built the first time it is shown.

The main window's pages and the Concepts page's topics work the same way: start-up (or opening
the Concepts page) pays for one page, not for every plotting and training import of the others.
Each page sits in a holder widget from the start, so the list and the stack never change shape.
"""

from __future__ import annotations

import importlib
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

#: Builds a page inside the holder widget it is given.
PageFactory = Callable[[QWidget], QWidget]


def lazy_class(module: str, class_name: str) -> Callable[[], type]:
    """``module.class_name``, imported at the first call: a page's module loads when it is shown."""
    return lambda: getattr(importlib.import_module(module), class_name)


class LazyPages(QWidget):
    """Navigation list + stack. ``current_changed(page_id)`` after a page is shown."""

    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigation = QListWidget()
        self.stack = QStackedWidget()
        self._ids: list[str] = []
        self._factories: list[PageFactory] = []
        self._built: dict[str, QWidget] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.navigation.currentRowChanged.connect(self._show_row)

    def add_page(self, page_id: str, title: str, factory: PageFactory, tooltip: str = "",
                 icon: QIcon | None = None) -> None:
        item = QListWidgetItem(icon, title) if icon is not None else QListWidgetItem(title)
        item.setToolTip(tooltip)
        item.setData(Qt.ItemDataRole.UserRole, page_id)
        self._ids.append(page_id)
        self._factories.append(factory)
        holder = QWidget()
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(holder)
        self.navigation.addItem(item)

    @property
    def page_ids(self) -> list[str]:
        return list(self._ids)

    def current_id(self) -> str:
        return self._ids[max(self.navigation.currentRow(), 0)]

    def page(self, page_id: str) -> QWidget:
        """The page, built now if it was not yet (without showing it)."""
        if page_id not in self._built:
            row = self._ids.index(page_id)
            holder = self.stack.widget(row)
            page = self._factories[row](holder)
            holder.layout().addWidget(page)
            self._built[page_id] = page
        return self._built[page_id]

    def show_page(self, page_id: str) -> QWidget:
        """Select and show ``page_id``, building it if needed; returns the page."""
        self.navigation.setCurrentRow(self._ids.index(page_id))
        return self._built[page_id]

    def built(self, page_id: str) -> QWidget | None:
        """The page if it was built already."""
        return self._built.get(page_id)

    def built_pages(self) -> list[QWidget]:
        return list(self._built.values())

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(self._ids[row])
        self.stack.setCurrentIndex(row)
        self.current_changed.emit(self._ids[row])
