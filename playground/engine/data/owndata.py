"""A person's own labelled pictures as one result, whatever file they came from.

Every reader of a person's files (class folders, labelled CSV, IDX pairs, labelled file names)
returns an ``OwnData``: the images as the network will see them, the labels, the class names, and
every file or row that could not be used with its reason (``skips.Skipped``), so nothing is
dropped silently. The
counts per class carry the warnings a learner should see before training.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import DatasetError, ImageError
from .mnist_style import MNIST_SIDE
from .prepare import light_ink_on_dark, prepare_picture, read_picture
from .skips import Skipped, skipped_picture

FEW_EXAMPLES = 5
IMBALANCE_RATIO = 10

Report = Callable[[float], None]
Cancelled = Callable[[], bool]


class LoadCancelled(DatasetError):
    """The person stopped the loading; nothing was loaded."""


@dataclass(frozen=True)
class OwnData:
    """Images (N, 28, 28) uint8 with ink high, labels (N,) int64 into ``class_names``, and what was skipped."""

    images: np.ndarray
    labels: np.ndarray
    class_names: tuple[str, ...]
    skipped: tuple[Skipped, ...]

    def counts(self) -> np.ndarray:
        """Examples per class, in the order of ``class_names``."""
        return np.bincount(self.labels, minlength=len(self.class_names))

    def few_examples(self) -> list[str]:
        """The classes with fewer than ``FEW_EXAMPLES`` examples."""
        return [name for name, count in zip(self.class_names, self.counts()) if count < FEW_EXAMPLES]

    def imbalanced(self) -> bool:
        """True when the largest class has ``IMBALANCE_RATIO`` times the examples of the smallest or more."""
        counts = self.counts()
        return bool(counts.size and counts.min() > 0 and counts.max() >= IMBALANCE_RATIO * counts.min())

    def warnings(self) -> list[str]:
        """Plain sentences about counts that make a poor training set."""
        counts = dict(zip(self.class_names, self.counts()))
        notes = [f"class '{name}' has only {counts[name]} example(s); give it at least {FEW_EXAMPLES}"
                 for name in self.few_examples()]
        if self.imbalanced():
            values = self.counts()
            notes.append(f"classes are imbalanced: {values.max()} against {values.min()} examples "
                         f"({IMBALANCE_RATIO}:1 or more)")
        return notes


def read_pictures(files: Sequence[tuple[int, Path]], preparation: str, report: Report = lambda _f: None,
                  cancelled: Cancelled = lambda: False) -> tuple[np.ndarray, np.ndarray, list[Skipped]]:
    """Images, labels and skipped files of labelled picture files, reporting progress.

    A file that cannot be read or holds no usable picture is skipped with its reason; a stop
    request raises ``LoadCancelled``.
    """
    images, labels, skipped = [], [], []
    for done, (label, path) in enumerate(files):
        if cancelled():
            raise LoadCancelled("loading stopped")
        try:
            images.append(read_picture(path, preparation))
            labels.append(label)
        except (ImageError, OSError) as exc:
            skipped.append(skipped_picture(str(path), exc))
        report((done + 1) / len(files))
    stacked = np.stack(images) if images else np.zeros((0, MNIST_SIDE, MNIST_SIDE), np.uint8)
    return stacked, np.asarray(labels, np.int64), skipped


def prepare_arrays(images: np.ndarray, preparation: str, source: str, report: Report = lambda _f: None,
                   cancelled: Cancelled = lambda: False) -> tuple[np.ndarray, np.ndarray, list[Skipped]]:
    """28 x 28 images from a CSV or IDX file in the chosen preparation: (images, kept rows, skipped).

    "resize" leaves the size as it is and only turns dark-on-light images to light ink on dark;
    "mnist" runs the pad's preparation on each image, skipping blank ones with their row number.
    """
    if preparation == "resize":
        report(1.0)
        return light_ink_on_dark(images), np.arange(len(images)), []
    prepared, kept, skipped = [], [], []
    for row, image in enumerate(images):
        if cancelled():
            raise LoadCancelled("loading stopped")
        try:
            prepared.append(prepare_picture(image, preparation))
            kept.append(row)
        except ImageError as exc:
            skipped.append(skipped_picture(f"{source}, image {row + 1}", exc))
        if row % 100 == 99 or row == len(images) - 1:
            report((row + 1) / len(images))
    stacked = np.stack(prepared) if prepared else np.zeros((0, MNIST_SIDE, MNIST_SIDE), np.uint8)
    return stacked, np.asarray(kept, np.int64), skipped


def merge(first: OwnData, second: OwnData) -> OwnData:
    """Two labelled sets as one, classes matched by name: ``first``'s classes, then ``second``'s new ones."""
    names = list(first.class_names) + [n for n in second.class_names if n not in first.class_names]
    remap = np.array([names.index(n) for n in second.class_names], np.int64)
    labels = np.concatenate([first.labels, remap[second.labels] if len(second.labels) else second.labels])
    return OwnData(np.concatenate([first.images, second.images]), labels.astype(np.int64), tuple(names),
                   first.skipped + second.skipped)
