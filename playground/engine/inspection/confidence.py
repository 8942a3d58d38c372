"""A confidence threshold: the network may decline to answer when it is unsure.

Raising the threshold trades how many images get an answer for how often that answer is right;
the sentence "answers X % of the images, Y % of those right (without the threshold Z %)" is this
trade at one threshold, ``threshold_curve`` the whole of it (for a CSV file or a plot).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ThresholdResult:
    """At one threshold: share of images answered, accuracy on those, accuracy answering all."""

    threshold: float
    answered: float
    accuracy_answered: float
    accuracy_all: float


def apply_threshold(probabilities: np.ndarray, labels: np.ndarray, threshold: float) -> ThresholdResult:
    """Answer only where the top probability is at least ``threshold``; NaN accuracy if none answered."""
    probabilities = np.asarray(probabilities)
    labels = np.asarray(labels, dtype=np.int64)
    predicted = probabilities.argmax(axis=1)
    right = predicted == labels
    answered = probabilities.max(axis=1) >= threshold
    count = int(answered.sum())
    n = max(1, len(labels))
    return ThresholdResult(float(threshold), count / n,
                           float(right[answered].mean()) if count else float("nan"),
                           float(right.mean()) if len(labels) else float("nan"))


def threshold_curve(probabilities: np.ndarray, labels: np.ndarray,
                    thresholds: np.ndarray | None = None) -> list[ThresholdResult]:
    """``apply_threshold`` at each of ``thresholds`` (default 0, 0.05 … 1)."""
    thresholds = np.linspace(0.0, 1.0, 21) if thresholds is None else np.asarray(thresholds)
    return [apply_threshold(probabilities, labels, float(t)) for t in thresholds]
