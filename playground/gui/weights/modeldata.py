"""Which test set goes with a model, and the worker thread's own copy of it.

Layers keep scratch buffers between calls (a convolution reuses its column matrix), so two
threads must never run the same network at once. Jobs run one at a time on the panel's worker
thread and use a private copy of the current model; the GUI thread and other panels keep theirs.
"""

from __future__ import annotations

import numpy as np

from ...engine.datasets import DATASET_NAMES, Dataset
from ...engine.errors import DatasetError
from ...engine.modelfile import Model


def dataset_name(model: Model) -> str:
    """The dataset the model was trained on, or MNIST when its file does not say."""
    name = model.meta.get("dataset")
    return name if name in DATASET_NAMES else "mnist"


def test_set(state, model: Model) -> tuple[Dataset, np.ndarray, np.ndarray]:
    """The model's dataset and its test images and labels (blocking: call from the worker)."""
    data = state.dataset(dataset_name(model))
    if len(data.classes) != model.network.num_classes:
        raise DatasetError(f"{data.name} has {len(data.classes)} classes but the model has "
                           f"{model.network.num_classes} outputs")
    return data, data.test_images, data.test_labels


class PrivateCopies:
    """The newest model's private copy, made on first use. Use from the worker thread only."""

    def __init__(self) -> None:
        self._source: Model | None = None
        self._copy: Model | None = None

    def of(self, model: Model) -> Model:
        if model is not self._source:
            self._copy = Model(model.network.copy(), model.meta, model.extras)
            self._source = model
        return self._copy
