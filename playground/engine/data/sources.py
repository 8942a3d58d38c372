"""Where a training run's images come from: a shipped dataset by name, or a person's own files.

The GUI's Train form names a source and its worker loads it; the loading is plain engine code so
the command line and tests read a person's files exactly as the window does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from ..errors import DatasetError
from .classfolder import load_class_folder
from .datasets import DIGIT_CLASSES, Dataset
from .idx import load_idx_pair
from .labelledcsv import load_labelled_csv

MIN_TRAINING_IMAGES = 2


@dataclass(frozen=True)
class DataSource:
    """Where a run's images come from: a shipped dataset by name, or a person's own files.

    kind: "shipped" (``name`` is a dataset name), "idx" (``paths`` = images file, labels file) or
    "csv" (``paths`` = one CSV file: a label column of numbers or names, then 784 pixels) or "folder" (``paths`` = one folder
    with a sub-folder per class; the class names come from the sub-folders).
    """

    kind: str
    name: str = ""
    paths: tuple[str, ...] = ()

    def label(self) -> str:
        """A short name for legends and model headers."""
        if self.kind == "shipped":
            return self.name
        return Path(self.paths[0]).name if self.paths else self.kind


def load_source(source: DataSource, shipped: Callable[[str], Dataset]) -> Dataset:
    """The dataset a source names; blocking, so it runs in the worker thread.

    A person's own files have no test split: all their images are for training (a share of them
    is held out for validation by the run itself).
    """
    if source.kind == "shipped":
        return shipped(source.name)
    classes = DIGIT_CLASSES
    if source.kind == "folder" and len(source.paths) == 1:
        own = load_class_folder(source.paths[0])
        images, labels, classes = own.images, own.labels, own.class_names
    elif source.kind == "idx" and len(source.paths) == 2:
        images, labels = load_idx_pair(*source.paths)
    elif source.kind == "csv" and len(source.paths) == 1:
        images, labels, classes = load_labelled_csv(source.paths[0])
    else:
        raise DatasetError("choose a file for your own data first")
    return own_dataset(source.label(), images, labels, classes)


def own_dataset(name: str, images: np.ndarray, labels: np.ndarray, classes: tuple[str, ...]) -> Dataset:
    """A person's images as a Dataset with no test split (the run holds out its own validation share)."""
    if len(labels) < MIN_TRAINING_IMAGES:
        raise DatasetError(f"{name}: holds {len(labels)} image(s); training needs at least "
                           f"{MIN_TRAINING_IMAGES}")
    empty = np.zeros((0, *images.shape[1:]), np.uint8)
    return Dataset(name, images, labels, empty, np.zeros(0, np.int64), tuple(classes))
