"""How test accuracy falls as the images are disturbed: noise, rotation, stroke thickness.

A student sees where a network stops coping (a CNN shrugs off small rotations that break an MLP)
and which images break first. Each curve applies one disturbance at a range of strengths to the
same test images, classifies them in chunks (so a job can stop between chunks) and keeps the
images the network got most confidently wrong at the hardest strength.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
from scipy import ndimage

from ..training.modelfile import Model

CHUNK = 500
WORST = 12
#: Disturbance name -> strengths (at least 10 each): noise σ in ink units (0..1),
#: rotation in degrees, thickness in dilation steps (negative: erosion, thinner strokes).
STRENGTHS: dict[str, np.ndarray] = {
    "noise": np.linspace(0.0, 0.6, 13, dtype=np.float32),
    "rotation": np.linspace(-45.0, 45.0, 19, dtype=np.float32),
    "thickness": np.linspace(-2.0, 2.0, 11, dtype=np.float32),
}
_CROSS = ndimage.generate_binary_structure(2, 1)[None]  # 3x3 cross, image by image


def add_noise(images: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    """Gaussian noise of standard deviation ``sigma`` (ink 0..1) on uint8 images, clipped."""
    noisy = images.astype(np.float32) + rng.standard_normal(images.shape, dtype=np.float32) * (255.0 * sigma)
    return np.clip(np.rint(noisy), 0, 255).astype(np.uint8)


def rotate(images: np.ndarray, degrees: float) -> np.ndarray:
    """Every image turned by ``degrees`` about its centre (bilinear, background stays blank)."""
    if degrees == 0:
        return images.copy()
    turned = ndimage.rotate(images.astype(np.float32), float(degrees), axes=(2, 1), reshape=False,
                            order=1, mode="constant", cval=0.0)
    return np.clip(np.rint(turned), 0, 255).astype(np.uint8)


def thicken(images: np.ndarray, steps: float) -> np.ndarray:
    """Strokes grown (``steps`` > 0, grey dilation) or thinned (< 0, grey erosion) by a 3x3 cross;
    a fractional step blends the two nearest whole steps so the curve has many points."""
    operation = ndimage.grey_dilation if steps >= 0 else ndimage.grey_erosion
    whole, fraction = divmod(abs(float(steps)), 1.0)
    lower = images.astype(np.float32)
    for _ in range(int(whole)):
        lower = operation(lower, footprint=_CROSS)
    if fraction > 1e-6:
        lower = (1.0 - fraction) * lower + fraction * operation(lower, footprint=_CROSS)
    return np.clip(np.rint(lower), 0, 255).astype(np.uint8)


def disturb(kind: str, images: np.ndarray, strength: float, seed: int | list[int] = 0) -> np.ndarray:
    """``images`` disturbed by ``kind`` at ``strength``; the noise depends only on ``seed``."""
    if kind == "noise":
        return add_noise(images, strength, np.random.default_rng(seed))
    if kind == "rotation":
        return rotate(images, strength)
    if kind == "thickness":
        return thicken(images, strength)
    raise ValueError(f"unknown disturbance {kind!r}; expected one of {', '.join(STRENGTHS)}")


@dataclass(frozen=True, eq=False)
class RobustnessCurve:
    """Accuracy at each strength of one disturbance, and the worst images at the hardest one.

    ``worst``: indices into the test images, most confidently wrong first, at strength
    ``strengths[hardest]``; ``worst_images`` the disturbed images, ``worst_predicted`` and
    ``worst_confidence`` what the network said of them.
    """

    kind: str
    strengths: np.ndarray
    accuracy: np.ndarray
    hardest: int
    worst: np.ndarray
    worst_images: np.ndarray
    worst_predicted: np.ndarray
    worst_confidence: np.ndarray

    def rows(self) -> list[tuple[float, float]]:
        """(strength, accuracy) pairs, for a CSV file."""
        return [(float(s), float(a)) for s, a in zip(self.strengths, self.accuracy)]


def robustness_curve(model: Model, images: np.ndarray, labels: np.ndarray, kind: str,
                     strengths: np.ndarray | None = None, seed: int = 0, worst: int = WORST,
                     report: Callable[[float], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> RobustnessCurve | None:
    """Accuracy of ``model`` on uint8 ``images`` (N, 28, 28) disturbed by ``kind`` at each strength;
    None when cancelled. Chunk ``c`` of strength ``i`` uses noise seed ``(seed, i, c)``."""
    strengths = STRENGTHS[kind] if strengths is None else np.asarray(strengths, dtype=np.float32)
    labels = np.asarray(labels, dtype=np.int64)
    n = len(images)
    chunks = range(0, n, CHUNK)
    total = max(1, len(strengths) * len(chunks))
    accuracy = np.zeros(len(strengths), dtype=np.float64)
    kept = []  # per strength: true-class probability, predicted class, its probability
    done = 0

    def chunk(i: int, c: int) -> np.ndarray:
        start = c * CHUNK
        return disturb(kind, images[start:start + CHUNK], float(strengths[i]), seed=[seed, i, c])

    for i in range(len(strengths)):
        true_p, predicted, confidence = np.empty(n, np.float32), np.empty(n, np.int64), np.empty(n, np.float32)
        for c, start in enumerate(chunks):
            if cancelled is not None and cancelled():
                return None
            p = model.probabilities(chunk(i, c))
            rows = slice(start, start + len(p))
            predicted[rows] = p.argmax(axis=1)
            confidence[rows] = p.max(axis=1)
            true_p[rows] = p[np.arange(len(p)), labels[rows]]
            done += 1
            if report is not None:
                report(done / total)
        accuracy[i] = float(np.mean(predicted == labels)) if n else 0.0
        kept.append((true_p, predicted, confidence))
    hardest = int(np.argmin(accuracy)) if len(accuracy) else 0
    true_p, predicted, confidence = kept[hardest]
    wrong = np.flatnonzero(predicted != labels)
    order = wrong[np.argsort(true_p[wrong], kind="stable")][:worst]  # least belief in the truth first
    # The disturbed images exactly as classified: the chunks holding them, made again.
    shown = np.empty((len(order), *images.shape[1:]), np.uint8)
    for c in np.unique(order // CHUNK):
        inside = order // CHUNK == c
        shown[inside] = chunk(hardest, int(c))[order[inside] - c * CHUNK]
    return RobustnessCurve(kind, strengths, accuracy, hardest, order, shown, predicted[order], confidence[order])
