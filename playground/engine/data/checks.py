"""Shape and label rules every digit-style dataset shares, so each file reader checks them alike.

All readers hand the engine 28 x 28 uint8 images (0 = background, 255 = ink) and int64 labels 0..9,
because every network in the playground has a 784-pixel input and ten outputs.
"""

from __future__ import annotations

import numpy as np

from ..errors import DatasetError

IMAGE_SIDE = 28
PIXELS = IMAGE_SIDE * IMAGE_SIDE
NUM_CLASSES = 10


def check_labels(labels: np.ndarray, source: str) -> np.ndarray:
    """Return ``labels`` as int64 after making sure each one names a class 0..9."""
    labels = np.asarray(labels)
    bad = np.flatnonzero((labels < 0) | (labels >= NUM_CLASSES))
    if bad.size:
        raise DatasetError(
            f"{source}: label {labels[bad[0]]:g} of item {bad[0] + 1} is outside "
            f"0..{NUM_CLASSES - 1}")
    return labels.astype(np.int64, copy=False)


def check_pair(images: np.ndarray, labels: np.ndarray, source: str) -> None:
    """Images and labels must describe the same number of items."""
    if images.shape[0] != labels.shape[0]:
        raise DatasetError(
            f"{source}: {images.shape[0]} images but {labels.shape[0]} labels")
