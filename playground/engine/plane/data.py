"""Seeded point clouds on the plane [-6, 6]², the data sets TensorFlow Playground users know.

Classification sets carry integer labels 0..K-1; regression sets carry a float target in [-1, 1].
Every generator takes its own ``numpy.random.Generator``, so a seed gives the same cloud on every
machine, and ``noise`` (0 to 0.5) means what it means in TensorFlow Playground for that set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..errors import SpecError

EXTENT = 6.0
"""Half the side of the square the points live in and the heatmap covers."""
CLASSIFICATION_POINTS = 500
REGRESSION_POINTS = 1200
MIN_CLASSES, MAX_CLASSES = 3, 5
MAX_NOISE = 0.5


@dataclass(frozen=True)
class PlaneData:
    """Points (N, 2) float32 with labels: int64 classes (``classes`` >= 2) or float32 targets
    (``classes`` == 0, regression)."""

    points: np.ndarray
    labels: np.ndarray
    classes: int

    @property
    def regression(self) -> bool:
        return self.classes == 0

    def __len__(self) -> int:
        return int(self.points.shape[0])


def _uniform(rng: np.random.Generator, n: int, half: float) -> np.ndarray:
    return rng.uniform(-half, half, n)


def circle(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """A disc of one class inside a ring of the other; noise moves points across the border."""
    radius = 5.0
    half = n // 2
    r = np.concatenate([rng.uniform(0, radius * 0.5, half), rng.uniform(radius * 0.7, radius, n - half)])
    angle = rng.uniform(0, 2 * np.pi, n)
    xy = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
    jitter = rng.uniform(-radius, radius, (n, 2)) * noise
    labels = (np.hypot(*(xy + jitter).T) < radius * 0.5).astype(np.int64)
    return xy, labels


def xor(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """Four quadrants, the class given by the sign of x1·x2: no single line separates them."""
    padding = 0.3
    xy = rng.uniform(-5, 5, (n, 2))
    xy += np.where(xy > 0, padding, -padding)
    jitter = rng.uniform(-5, 5, (n, 2)) * noise
    labels = ((xy + jitter).prod(axis=1) >= 0).astype(np.int64)
    return xy, labels


def _gaussian_blobs(rng: np.random.Generator, n: int, centres: np.ndarray, spread: float
                    ) -> tuple[np.ndarray, np.ndarray]:
    labels = np.arange(n) % len(centres)
    xy = centres[labels] + rng.normal(0, spread, (n, 2))
    return xy, labels.astype(np.int64)


def two_gaussians(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """Two round clouds around (2, 2) and (-2, -2); noise widens them until they overlap."""
    variance = 0.5 + (4.0 - 0.5) * noise / MAX_NOISE
    return _gaussian_blobs(rng, n, np.array([[-2.0, -2.0], [2.0, 2.0]]), np.sqrt(variance))


def spiral_arms(rng: np.random.Generator, n: int, noise: float, arms: int) -> tuple[np.ndarray, np.ndarray]:
    """``arms`` interleaved spirals, one class each: the hardest set, it needs a curved boundary."""
    labels = np.arange(n) % arms
    along = (np.arange(n) // arms) / max(1, -(-n // arms))
    r = along * 5.0
    t = 1.75 * along * 2 * np.pi + labels * (2 * np.pi / arms)
    xy = np.column_stack([r * np.sin(t), r * np.cos(t)]) + rng.uniform(-1, 1, (n, 2)) * noise
    return xy, labels.astype(np.int64)


def spiral(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    return spiral_arms(rng, n, noise, 2)


def blobs(rng: np.random.Generator, n: int, noise: float, classes: int) -> tuple[np.ndarray, np.ndarray]:
    """``classes`` Gaussian clouds evenly spaced on a circle of radius 3.5."""
    angles = 2 * np.pi * np.arange(classes) / classes
    centres = 3.5 * np.column_stack([np.cos(angles), np.sin(angles)])
    return _gaussian_blobs(rng, n, centres, 0.6 + 3.0 * noise)


def plane(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """A tilted plane: target (x1 + x2) / 10, measured at a noisily moved point."""
    xy = rng.uniform(-EXTENT, EXTENT, (n, 2))
    jitter = rng.uniform(-EXTENT, EXTENT, (n, 2)) * noise
    target = np.clip((xy + jitter).sum(axis=1) / 10.0, -1.0, 1.0)
    return xy, target


GAUSSIAN_BUMPS = np.array([[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1],
                           [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]], dtype=np.float64)


def multi_gaussian(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """Six bumps, up and down in turn: the target is the strongest bump at the (noisy) point."""
    xy = rng.uniform(-EXTENT, EXTENT, (n, 2))
    at = xy + rng.uniform(-EXTENT, EXTENT, (n, 2)) * noise
    distance = np.hypot(at[:, None, 0] - GAUSSIAN_BUMPS[:, 0], at[:, None, 1] - GAUSSIAN_BUMPS[:, 1])
    bumps = GAUSSIAN_BUMPS[:, 2] * np.clip(1.0 - distance / 2.0, 0.0, 1.0)
    strongest = np.abs(bumps).argmax(axis=1)
    return xy, bumps[np.arange(n), strongest]


Generator = Callable[[np.random.Generator, int, float], tuple[np.ndarray, np.ndarray]]
TWO_CLASS: dict[str, Generator] = {"circle": circle, "xor": xor, "gaussians": two_gaussians, "spiral": spiral}
REGRESSION: dict[str, Generator] = {"plane": plane, "multi-gaussian": multi_gaussian}
MANY_CLASS = {"spirals": spiral_arms, "blobs": blobs}
DATASETS = (*TWO_CLASS, *REGRESSION, *MANY_CLASS)


def generate(kind: str, seed: int, noise: float = 0.0, classes: int = 3) -> PlaneData:
    """The data set ``kind`` drawn with ``seed``; ``classes`` matters for "spirals" and "blobs" only."""
    if not 0.0 <= noise <= MAX_NOISE:
        raise SpecError(f"noise must be between 0 and {MAX_NOISE}, got {noise}")
    rng = np.random.default_rng(seed)
    if kind in TWO_CLASS:
        xy, labels = TWO_CLASS[kind](rng, CLASSIFICATION_POINTS, noise)
        return PlaneData(xy.astype(np.float32), labels, 2)
    if kind in REGRESSION:
        xy, target = REGRESSION[kind](rng, REGRESSION_POINTS, noise)
        return PlaneData(xy.astype(np.float32), target.astype(np.float32), 0)
    if kind in MANY_CLASS:
        if not MIN_CLASSES <= classes <= MAX_CLASSES:
            raise SpecError(f"{kind}: choose {MIN_CLASSES} to {MAX_CLASSES} classes, got {classes}")
        xy, labels = MANY_CLASS[kind](rng, CLASSIFICATION_POINTS, noise, classes)
        return PlaneData(xy.astype(np.float32), labels, classes)
    raise SpecError(f"unknown data set {kind!r}; choose one of {', '.join(DATASETS)}")


def split(data: PlaneData, train_ratio: float, seed: int) -> tuple[PlaneData, PlaneData]:
    """Shuffle with ``seed`` and cut into (train, test); each part keeps at least one point when
    the data has two or more."""
    if not 0.1 <= train_ratio <= 0.9:
        raise SpecError(f"the training share must be between 10 % and 90 %, got {train_ratio:.0%}")
    order = np.random.default_rng([seed, 1]).permutation(len(data))
    cut = int(round(train_ratio * len(data)))
    if len(data) >= 2:
        cut = min(max(cut, 1), len(data) - 1)
    parts = order[:cut], order[cut:]
    return tuple(PlaneData(data.points[p], data.labels[p], data.classes) for p in parts)
