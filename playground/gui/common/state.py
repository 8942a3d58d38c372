"""Application state shared by every panel: the current model, datasets and live training news.

Panels receive one ``AppState`` from the main window and subscribe to its signals instead of
talking to each other, so a model trained on the Train panel appears at once on the Weights and
Draw panels.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ...engine.data.datasets import Dataset, load_dataset
from ...engine.training.modelfile import Model

if TYPE_CHECKING:  # the inspection package pulls in SciPy: not at start, before the window shows
    from ...engine.inspection.testset import LabelledImages


class AppState(QObject):
    """The current model and lazily loaded datasets.

    Signals:
    - ``model_changed(object)``: the new current ``Model`` (or None); emitted in the GUI thread.
      A model trained in this session on data without a test split may come with the images its
      run held out (``held_out_for``), so the Weights and Inside pages can still measure it.
    - ``training_snapshot(object)``: a dict ``{"params": {name: array copy}, "iteration": int,
      "epoch": float}`` a few times a second while a run trains, for live weight views.
    - ``training_active(bool)``: a run started (True) or ended (False).
    - ``drawn_digit(object)``: the digit on the Draw pad as a (28, 28) float32 image in 0..1 (ink
      high, MNIST-style preprocessed), or None when the pad was cleared. The last one stays
      available as ``drawn_digit_image``, so a panel opened later can still show it.
    """

    model_changed = Signal(object)
    training_snapshot = Signal(object)
    training_active = Signal(bool)
    drawn_digit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model: Model | None = None
        self._model_source = ""
        self._held_out: LabelledImages | None = None
        self._datasets: dict[str, Dataset] = {}
        self._dataset_lock = threading.Lock()
        self._drawn_digit = None
        self.drawn_digit.connect(self._remember_drawn_digit)

    @property
    def model(self) -> Model | None:
        return self._model

    @property
    def model_source(self) -> str:
        """Where the current model came from, in words (a file path or "trained in this session")."""
        return self._model_source

    @property
    def drawn_digit_image(self):
        """The last digit sent with ``drawn_digit`` (28, 28) float32 in 0..1, or None."""
        return self._drawn_digit

    def _remember_drawn_digit(self, image) -> None:
        self._drawn_digit = image

    def held_out_for(self, model: Model | None) -> LabelledImages | None:
        """The validation images that came with ``model`` if it is the current model, else None."""
        return self._held_out if model is not None and model is self._model else None

    def set_model(self, model: Model | None, source: str = "", held_out: LabelledImages | None = None) -> None:
        """Make ``model`` the current model of every page; ``held_out``: the images its training run
        held out for validation, when the caller has them (see ``engine.inspection.testset``)."""
        self._model, self._model_source, self._held_out = model, source, held_out
        self.model_changed.emit(model)

    def dataset(self, name: str) -> Dataset:
        """The named dataset, decoded once per run of the app.

        Blocking (first call decodes or reads the cache): call it from a worker thread, never
        from a GUI slot. Thread-safe.
        """
        with self._dataset_lock:
            if name not in self._datasets:
                self._datasets[name] = load_dataset(name)
            return self._datasets[name]
