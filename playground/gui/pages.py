"""The main window's pages, in reading order, each built on demand.

Panel modules are imported only when their page is first shown: start-up then pays for Qt and the
first page alone, not for every plotting and training import of the others.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..paths import RESOURCES_DIR

if TYPE_CHECKING:
    from .state import AppState

ICONS_DIR = RESOURCES_DIR / "icons"

PanelFactory = Callable[["AppState", "QWidget | None"], QWidget]


@dataclass(frozen=True)
class PageSpec:
    """One page: a stable id (saved in settings), its translated title, icon and panel factory."""

    id: str
    title: str
    icon: QIcon
    factory: PanelFactory
    tooltip: str = ""


class PlaceholderPage(QWidget):
    """Stands in for a panel whose module is not installed, so the rest of the window still works."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        note = QLabel(self.tr("This panel is not available in this installation."))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (heading, note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons`` by base name."""
    return QIcon(str(ICONS_DIR / f"{name}.svg"))


def lazy_panel(module: str, class_name: str, title: str) -> PanelFactory:
    """A factory importing ``playground.gui.<module>`` at first use.

    Only the absence of that very module yields a placeholder; an ImportError raised inside it
    (a real bug or missing dependency) still propagates.
    """
    qualified = f"{__package__}.{module}"

    def factory(state: "AppState", parent: QWidget | None = None) -> QWidget:
        try:
            panel_module = importlib.import_module(qualified)
        except ModuleNotFoundError as error:
            if error.name != qualified:
                raise
            return PlaceholderPage(title, parent)
        return getattr(panel_module, class_name)(state, parent)

    return factory


def page_specs() -> list[PageSpec]:
    """The pages in order. Built at call time so titles use the translator installed by then."""
    tr = lambda text: QCoreApplication.translate("pages", text)  # noqa: E731
    entries = [
        ("gates", tr("Gates"), "gates_panel", "GatesPanel",
         tr("Logic gates as perceptrons, and why XOR needs two layers")),
        ("train", tr("Train"), "train_panel", "TrainPanel",
         tr("Train a network on MNIST or Fashion-MNIST and watch it learn")),
        ("weights", tr("Weights"), "weights_panel", "WeightsPanel",
         tr("Look inside the current model's weights")),
        ("draw", tr("Draw"), "draw_panel", "DrawPanel",
         tr("Draw a digit and see what the current model reads")),
        ("concepts", tr("Concepts"), "concepts_panel", "ConceptsPanel",
         tr("Interactive explanations of the ideas in the books")),
    ]
    return [PageSpec(page_id, title, icon(page_id), lazy_panel(module, cls, title), tip)
            for page_id, title, module, cls, tip in entries]
