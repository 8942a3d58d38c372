"""Turning uint8 images and integer labels into what a network takes in.

The two books scale pixels differently (Saito to 0..1, Rashid to 0.01..1.0 so no input is zero)
and feed either flat 784-vectors or (1, 28, 28) images; a preset's ``input`` field picks one of each.
"""

from __future__ import annotations

import numpy as np

from ..errors import SpecError
from ..losses import one_hot
from .checks import IMAGE_SIDE, NUM_CLASSES

SCALES = ("unit", "rashid")
LAYOUTS = ("flat", "image")


def scale_unit(images: np.ndarray) -> np.ndarray:
    """Pixels 0..255 -> float32 0..1 (Saito's ``normalize=True``)."""
    out = np.asarray(images).astype(np.float32)
    out /= 255.0
    return out


def scale_rashid(images: np.ndarray) -> np.ndarray:
    """Pixels 0..255 -> float32 0.01..1.0, Rashid's range that keeps every input above zero."""
    out = scale_unit(images)
    out *= 0.99
    out += 0.01
    return out


def flatten(images: np.ndarray) -> np.ndarray:
    """(N, 28, 28) -> (N, 784), the layout of fully connected networks."""
    return images.reshape(images.shape[0], -1)


def as_image_batch(images: np.ndarray) -> np.ndarray:
    """(N, 28, 28) or (N, 784) -> (N, 1, 28, 28), one channel per image as convolutions expect."""
    return images.reshape(images.shape[0], 1, IMAGE_SIDE, IMAGE_SIDE)


_SCALERS = {"unit": scale_unit, "rashid": scale_rashid}
_LAYOUTS = {"flat": flatten, "image": as_image_batch}


def prepare_input(images: np.ndarray, input_spec: dict) -> np.ndarray:
    """uint8 images -> float32 network input, scaled and shaped as ``input_spec`` says."""
    if not isinstance(input_spec, dict):
        raise SpecError(f"input spec must be a dict with 'scale' and 'layout', got {input_spec!r}")
    unknown = set(input_spec) - {"scale", "layout"}
    if unknown:
        raise SpecError(f"input spec: unknown key(s) {sorted(unknown)}; allowed: layout, scale")
    scale, layout = input_spec.get("scale"), input_spec.get("layout")
    if scale not in _SCALERS:
        raise SpecError(f"input spec: unknown scale {scale!r}; choose one of {', '.join(SCALES)}")
    if layout not in _LAYOUTS:
        raise SpecError(
            f"input spec: unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    return _LAYOUTS[layout](_SCALERS[scale](images))


def rashid_targets(labels: np.ndarray, classes: int = NUM_CLASSES) -> np.ndarray:
    """Rashid's targets: 0.99 for the right class and 0.01 elsewhere, within a sigmoid's reach."""
    return one_hot(labels, classes, low=0.01, high=0.99)


def validation_split(n: int, share: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Shuffled index arrays (train_idx, val_idx) holding ``share`` of ``n`` items out for validation.

    The same ``n``, ``share`` and ``seed`` always give the same split, so a run can be repeated.
    """
    if not 0.0 <= share < 1.0:
        raise SpecError(f"validation share must be at least 0 and below 1, got {share}")
    order = np.random.default_rng(seed).permutation(n)
    n_val = int(round(n * share))
    return order[n_val:], order[:n_val]
