"""Which labelled images a model is measured on: its dataset's test split, or what its run held out.

A model trained on a shipped dataset (MNIST, Fashion-MNIST...) is measured on that dataset's test
split. A model trained on a person's own classes has no test split anywhere; the images its run
held out for validation are the honest substitute, but only the session that trained it has them,
so they travel beside the model (``held_out_images``) rather than inside its file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from numbers import Real

import numpy as np

from ..data.datasets import DATASET_NAMES, Dataset
from ..data.stratified import held_out_split
from ..errors import DatasetError
from ..training.modelfile import Model

#: Takes a shipped dataset's name, returns the decoded dataset (blocking, e.g. ``AppState.dataset``).
DatasetLoader = Callable[[str], Dataset]


class NoTestSetError(DatasetError):
    """The model's data has no test split and no held-out images came with it."""


@dataclass(frozen=True, eq=False)
class LabelledImages:
    """Images (N, 28, 28) uint8 with ink high and labels (N,) int64; ``held_out`` tells validation
    images of a training run from a dataset's test split."""

    name: str
    images: np.ndarray
    labels: np.ndarray
    held_out: bool = False


def dataset_name(model: Model) -> str | None:
    """The shipped dataset the model was trained on: MNIST when its file does not say, None when it
    names data of its own (a person's classes or files), which has no test split."""
    name = model.meta.get("dataset")
    if not name:
        return "mnist"
    return name if name in DATASET_NAMES else None


def has_images_to_measure(model: Model, held_out: LabelledImages | None) -> bool:
    """Whether ``images_to_measure`` has anything to give, decided without loading a dataset."""
    return dataset_name(model) is not None or held_out is not None


def held_out_images(model: Model, images: np.ndarray, labels: np.ndarray) -> LabelledImages | None:
    """The images the model's training run held out for validation, from the images it trained on.

    The run's training record holds its validation share and seed, and the split is the training
    loop's own ``validation_split``, so these are exactly the images its validation accuracy was
    measured on. None when the run held nothing out.
    """
    training = model.meta.get("training")
    training = training if isinstance(training, dict) else {}
    share, seed = training.get("validation_share"), training.get("seed", 0)
    if not isinstance(share, Real) or isinstance(share, bool) or not 0.0 < share < 1.0:
        return None
    if not isinstance(seed, int) or isinstance(seed, bool):
        return None
    stratified = training.get("stratified") is True
    _train, validation = held_out_split(np.asarray(labels), float(share), seed, stratified)
    if not len(validation):
        return None
    name = str(model.meta.get("dataset") or model.name)
    return LabelledImages(name, images[validation], np.asarray(labels)[validation], held_out=True)


def images_to_measure(model: Model, load_dataset: DatasetLoader,
                      held_out: LabelledImages | None = None) -> LabelledImages:
    """The images to measure ``model`` on (blocking when a dataset must be decoded: call it from a worker).

    Raises ``NoTestSetError`` for a model of its own data without ``held_out`` images, and
    ``DatasetError`` when the dataset's classes do not match the model's outputs.
    """
    name, classes = dataset_name(model), model.network.num_classes
    if name is not None:
        data = load_dataset(name)
        if len(data.classes) != classes:
            raise DatasetError(f"{data.name} has {len(data.classes)} classes but the model has {classes} outputs")
        return LabelledImages(data.name, data.test_images, data.test_labels)
    if held_out is None:
        raise NoTestSetError(f"there is no test set for {model.name}: it was trained on "
                             f"{str(model.meta.get('dataset'))[:80]}, which has none")
    if len(held_out.labels) and int(held_out.labels.max()) >= classes:
        raise DatasetError(f"{held_out.name} has labels up to {int(held_out.labels.max())} but the model has "
                           f"{classes} outputs")
    return held_out
