"""The main window's pages, in reading order, each built on demand.

Panel modules are imported only when their page is first shown: start-up then pays for Qt and the
first page alone, not for every plotting and training import of the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from ..paths import RESOURCES_DIR
from .common.lazy_pages import lazy_class

if TYPE_CHECKING:
    from .common.state import AppState

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


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons`` by base name."""
    return QIcon(str(ICONS_DIR / f"{name}.svg"))


def lazy_panel(module: str, class_name: str) -> PanelFactory:
    """A factory importing ``playground.gui.<module>`` at first use, so start-up stays fast."""
    panel_class = lazy_class(f"{__package__}.{module}", class_name)
    return lambda state, parent=None: panel_class()(state, parent)


def page_specs() -> list[PageSpec]:
    """The pages in order. Built at call time so titles use the translator installed by then."""
    tr = lambda text: QCoreApplication.translate("pages", text)  # noqa: E731
    entries = [
        ("gates", tr("Gates"), "gates.panel", "GatesPanel",
         tr("Logic gates as perceptrons, and why XOR needs two layers")),
        ("playground", tr("Playground"), "playground.panel", "PlaygroundPanel",
         tr("Watch a small network carve the plane, as in TensorFlow Playground")),
        ("train", tr("Train"), "train.panel", "TrainPanel",
         tr("Train a network on MNIST or Fashion-MNIST and watch it learn")),
        ("weights", tr("Weights"), "weights.panel", "WeightsPanel",
         tr("Look inside the current model's weights")),
        ("inside", tr("Inside"), "inside.panel", "InsidePanel",
         tr("The arithmetic of one image, a neuron lab and convolution step by step")),
        ("draw", tr("Draw"), "draw.panel", "DrawPanel",
         tr("Draw a digit and see what the current model reads")),
        ("classes", tr("Your classes"), "classes.panel", "ClassesPanel",
         tr("Name your own classes, draw examples, train and watch it read new drawings")),
        ("concepts", tr("Concepts"), "concepts.panel", "ConceptsPanel",
         tr("Interactive explanations of the ideas in the books")),
    ]
    return [PageSpec(page_id, title, icon(page_id), lazy_panel(module, cls), tip)
            for page_id, title, module, cls, tip in entries]
