"""The Concepts page: what the books explain before MNIST, one small interactive page per idea.

A list on the left picks the page; each page is built the first time it is shown, so opening the
panel costs one page, not five.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

if TYPE_CHECKING:
    from ..common.state import AppState

# (page id, module in playground.gui.concepts, class name)
PAGE_CLASSES = [
    ("activations", "activations_page", "ActivationsPage"),
    ("losses", "loss_page", "LossPage"),
    ("descent", "descent_page", "DescentPage"),
    ("gradient-check", "gradient_check_page", "GradientCheckPage"),
    ("regression", "regression_page", "RegressionPage"),
]


class ConceptsPanel(QWidget):
    """Sub-navigation (a list) over the concept pages. ``state`` is accepted for the common panel
    signature; these pages compute everything themselves and need no model."""

    def __init__(self, state: "AppState | None" = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        titles = {
            "activations": (self.tr("Activation functions"),
                            self.tr("Step, sigmoid, tanh, ReLU and their slopes; softmax and its overflow")),
            "losses": (self.tr("Loss functions"),
                       self.tr("Mean squared error and cross-entropy as the prediction improves")),
            "descent": (self.tr("Gradient descent"),
                        self.tr("Walk downhill on a surface; race the optimizers")),
            "gradient-check": (self.tr("Gradient check"),
                               self.tr("Backpropagation compared with numerical gradients")),
            "regression": (self.tr("Regression"),
                           self.tr("Fit a line by gradient descent and a curve with a small network")),
        }
        self.navigation = QListWidget()
        self.navigation.setToolTip(self.tr("Choose a concept to explore."))
        self.navigation.setMaximumWidth(200)
        self.navigation.setSpacing(3)
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        for page_id, _module, _cls in PAGE_CLASSES:
            title, tooltip = titles[page_id]
            item = QListWidgetItem(title)
            item.setToolTip(tooltip)
            self.navigation.addItem(item)
            placeholder = QWidget()
            self._placeholders[page_id] = placeholder
            self.stack.addWidget(placeholder)
        self.navigation.currentRowChanged.connect(self._show_row)
        layout = QHBoxLayout(self)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.navigation.setCurrentRow(0)

    def page_ids(self) -> list[str]:
        return [page_id for page_id, _m, _c in PAGE_CLASSES]

    def page(self, page_id: str) -> QWidget:
        """The page widget for ``page_id``, built now if it was not yet."""
        if page_id not in self._pages:
            row = self.page_ids().index(page_id)
            _id, module, cls = PAGE_CLASSES[row]
            page_class = getattr(importlib.import_module(f"{__package__}.{module}"), cls)
            page = page_class()
            placeholder = self._placeholders.pop(page_id)
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[page_id] = page
        return self._pages[page_id]

    def show_page(self, page_id: str) -> QWidget:
        """Select ``page_id`` in the list (building it if needed) and return it."""
        self.navigation.setCurrentRow(self.page_ids().index(page_id))
        return self._pages[page_id]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self.page_ids()[row])
        self.stack.setCurrentWidget(page)

    def shutdown(self) -> None:
        """Stop any page's running animation or training timer."""
        for page in self._pages.values():
            stop = getattr(page, "shutdown", None)
            if callable(stop):
                stop()
