"""Mean squared error and cross-entropy of one prediction, as *Deep Learning from Scratch* ch. 4
defines them on probabilities (not scores), with the book's worked examples.

The engine's loss layers take scores and integer labels for training; these functions take a
probability vector ``y`` and a true class so a person can move ``y`` by hand. Tests check that
both agree with the engine's loss layers.
"""

from __future__ import annotations

import numpy as np

CLASSES = 10
LOG_DELTA = 1e-7  # the book's guard against log(0), the same constant the engine's loss uses

BOOK_TRUE_CLASS = 2
# The true class is 2; "right" puts 0.6 on it, "wrong" puts 0.6 on class 7 and 0.1 on class 2.
BOOK_EXAMPLES: dict[str, np.ndarray] = {
    "right": np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]),
    "wrong": np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]),
}


def mean_squared_error(y: np.ndarray, true_class: int) -> np.ndarray:
    """0.5 * sum_k (y_k - t_k)^2 with one-hot t; y: (..., K) -> (...)."""
    t = np.zeros(y.shape[-1])
    t[true_class] = 1.0
    return 0.5 * np.sum((y - t) ** 2, axis=-1)


def cross_entropy_error(y: np.ndarray, true_class: int) -> np.ndarray:
    """-sum_k t_k log(y_k + delta) = -log(y_true + delta) with one-hot t; y: (..., K) -> (...)."""
    return -np.log(y[..., true_class] + LOG_DELTA)


def spread_prediction(p: np.ndarray | float, true_class: int, classes: int = CLASSES) -> np.ndarray:
    """Probability ``p`` on the true class and the rest shared evenly by the others; p: (N,) -> (N, K)."""
    p = np.atleast_1d(np.asarray(p, dtype=np.float64))
    if np.any((p < 0) | (p > 1)):
        raise ValueError("a probability must lie between 0 and 1")
    y = np.repeat(((1.0 - p) / (classes - 1))[:, None], classes, axis=1)
    y[:, true_class] = p
    return y


def loss_curves(ps: np.ndarray, true_class: int, classes: int = CLASSES) -> tuple[np.ndarray, np.ndarray]:
    """MSE and cross-entropy for every p in ``ps`` (N,) with the rest spread evenly -> two (N,) arrays."""
    y = spread_prediction(ps, true_class, classes)
    return mean_squared_error(y, true_class), cross_entropy_error(y, true_class)
