"""The Concepts page: what the books explain before MNIST, one small interactive page per idea.

A list on the left picks the page; each page is built the first time it is shown, so opening the
panel costs one page, not five.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ..common.lazy_pages import LazyPages, lazy_class

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
        self._pages = LazyPages()
        self.navigation, self.stack = self._pages.navigation, self._pages.stack
        self.navigation.setToolTip(self.tr("Choose a concept to explore."))
        self.navigation.setMaximumWidth(200)
        self.navigation.setSpacing(3)
        for page_id, module, cls in PAGE_CLASSES:
            title, tooltip = titles[page_id]
            page_class = lazy_class(f"{__package__}.{module}", cls)
            self._pages.add_page(page_id, title, lambda _holder, page_class=page_class: page_class()(), tooltip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self.navigation.setCurrentRow(0)

    def page_ids(self) -> list[str]:
        return self._pages.page_ids

    def page(self, page_id: str) -> QWidget:
        """The page widget for ``page_id``, built now if it was not yet."""
        return self._pages.page(page_id)

    def show_page(self, page_id: str) -> QWidget:
        """Select ``page_id`` in the list (building it if needed) and return it."""
        return self._pages.show_page(page_id)

    def shutdown(self) -> None:
        """Stop any page's running animation or training timer."""
        for page in self._pages.built_pages():
            stop = getattr(page, "shutdown", None)
            if callable(stop):
                stop()
