"""Which phase a training run is in, read from its loss history, for the sentence under the network.

Returns a key, not a sentence: the GUI words it in the reader's language.
"""

from __future__ import annotations

import math
from typing import Sequence

WINDOW = 10
"""Epochs compared: the last ``WINDOW`` against the ``WINDOW`` before them."""


def phase(train: Sequence[float], test: Sequence[float]) -> str:
    """One of "start", "diverged", "overfitting", "learning", "converged", "stuck"."""
    if len(train) < 2 * WINDOW:
        return "start"
    if not all(math.isfinite(v) for v in train[-WINDOW:]) or train[-1] > 10 * train[0]:
        return "diverged"
    def mean(values: Sequence[float]) -> float:
        return sum(values) / len(values)
    train_then, train_now = mean(train[-2 * WINDOW:-WINDOW]), mean(train[-WINDOW:])
    test_then, test_now = mean(test[-2 * WINDOW:-WINDOW]), mean(test[-WINDOW:])
    train_falls = train_now < 0.98 * train_then
    if train_falls and test_now > 1.02 * test_then:
        return "overfitting"
    if train_falls:
        return "learning"
    if train_now < 0.05 * train[0] or train_now < 0.02:
        return "converged"
    return "stuck"
