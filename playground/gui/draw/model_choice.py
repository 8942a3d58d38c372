"""The Draw panel's model chooser: shipped models, the user's personal models, the app's current
model, or a model file.

Entries hold already loaded models (loading happens in the panel's worker thread); the last
entry asks for a file, which then becomes the app's current model. "Current model" follows the
application state and is chosen whenever a new current model arrives, so a network trained,
opened or trained on one's own classes is what reads the pad at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from ...engine.training.modelfile import Model
from ..common.start_model import PREFERRED_FOR_DRAWINGS

_CURRENT = "current"
_OPEN = "open"


@dataclass(frozen=True)
class ModelEntry:
    kind: str          # "shipped", "personal", "file", "current" or "open"
    model: Model | None = None
    path: str = ""


def describe(model: Model) -> str:
    """Name, dataset and test accuracy from the model's header, e.g. "mlp (mnist, 98.1 % on test)"."""
    dataset = str(model.meta.get("dataset") or "?")
    if model.test_accuracy is None:
        return QCoreApplication.translate("ModelChooser", "{0} ({1})").format(model.name, dataset)
    return QCoreApplication.translate("ModelChooser", "{0} ({1}, {2:.1f} % on test)").format(
        model.name, dataset, 100 * model.test_accuracy)


class ModelChooser(QComboBox):
    """Signals ``modelChosen(object)`` (a Model or None) and ``openFileRequested()``."""

    modelChosen = Signal(object)
    openFileRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(self.tr("Which network reads your drawing: a model shipped with the app, "
                                "the current model of the app, or a model file"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._current_model: Model | None = None
        self._previous = 0
        self.addItem(self.tr("Current model (none yet)"), ModelEntry(_CURRENT))
        self.addItem(self.tr("Open model file…"), ModelEntry(_OPEN))
        self.activated.connect(self._on_activated)

    def entry(self, index: int | None = None) -> ModelEntry:
        return self.itemData(self.currentIndex() if index is None else index)

    def chosen_model(self) -> Model | None:
        entry = self.entry()
        return self._current_model if entry.kind == _CURRENT else entry.model

    def _insert_before_fixed(self, label: str, entry: ModelEntry) -> int:
        """Shipped and opened models go above "Current model" and "Open model file…"."""
        index = self.count() - 2
        self.insertItem(index, label, entry)
        self._previous += index <= self._previous
        return index

    def set_shipped(self, models: list[tuple[Path, Model]]) -> None:
        """List the shipped models and choose the best one for drawings unless the user chose."""
        user_chose = self.entry().kind != _CURRENT or self._current_model is not None
        for path, model in models:
            self._insert_before_fixed(describe(model), ModelEntry("shipped", model, str(path)))
        if user_chose or not models:
            return
        by_stem = {Path(path).stem: i for i, (path, _) in enumerate(models)}
        best = next((by_stem[name] for name in PREFERRED_FOR_DRAWINGS if name in by_stem), 0)
        self._select(best)

    def add_personal(self, path: str, model: Model, select: bool = False) -> None:
        """List a model adapted to the user's writing; a newer one from the same file replaces it."""
        label = self.tr("{0}, adapted to your writing").format(describe(model))
        entry = ModelEntry("personal", model, path)
        index = next((i for i in range(self.count()) if self.entry(i).kind == "personal"
                      and self.entry(i).path == path), None)
        if index is None:
            index = self._insert_before_fixed(label, entry)
        else:
            self.setItemText(index, label)
            self.setItemData(index, entry)
        if select or index == self.currentIndex():
            self._select(index)

    @Slot(object)
    def set_current_model(self, model: Model | None) -> None:
        """Follow the application's current model: a new one is chosen at once; none leaves the
        choice alone (and announces itself only if "Current model" is the entry in use)."""
        self._current_model = model
        index = next(i for i in range(self.count()) if self.entry(i).kind == _CURRENT)
        if model is None:
            label = self.tr("Current model (none yet)")
        else:
            label = self.tr("Current model: {0}").format(describe(model))
        self.setItemText(index, label)
        if model is not None:
            self._select(index)
        elif self.entry().kind == _CURRENT:
            self.modelChosen.emit(model)

    def _select(self, index: int) -> None:
        self.setCurrentIndex(index)
        self._previous = index
        self.modelChosen.emit(self.chosen_model())

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        if self.entry(index).kind == _OPEN:
            self.setCurrentIndex(self._previous)  # stay on the model in use until a file loads
            self.openFileRequested.emit()
            return
        self._select(index)
