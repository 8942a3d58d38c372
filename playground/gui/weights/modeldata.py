"""Which test set goes with a model.

Jobs run on the panel's worker thread and read the model through ``Model.for_this_thread``, so
they never share layers with the Draw panel's reader or the GUI thread.
"""

from __future__ import annotations

import numpy as np

from ...engine.data.datasets import DATASET_NAMES, Dataset
from ...engine.errors import DatasetError
from ...engine.training.modelfile import Model


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

