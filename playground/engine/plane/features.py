"""The inputs a plane network may see: x1, x2 and five fixed functions of them.

Giving the network x1² and x2² lets a single neuron draw a circle; x1·x2 solves XOR at once. The
expansion has no parameters, so it is computed once per point set, not per training step.
"""

from __future__ import annotations

from typing import Callable, Iterable

import numpy as np

from ..errors import SpecError

FEATURES: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1^2": lambda x1, x2: x1 * x1,
    "x2^2": lambda x1, x2: x2 * x2,
    "x1*x2": lambda x1, x2: x1 * x2,
    "sin(x1)": lambda x1, x2: np.sin(x1),
    "sin(x2)": lambda x1, x2: np.sin(x2),
}
DEFAULT_FEATURES = ("x1", "x2")


def check_features(names: Iterable[str]) -> tuple[str, ...]:
    """The names in the canonical order, rejecting unknown ones and an empty choice."""
    chosen = set(names)
    unknown = chosen - set(FEATURES)
    if unknown:
        raise SpecError(f"unknown input feature(s) {sorted(unknown)}; choose from {', '.join(FEATURES)}")
    if not chosen:
        raise SpecError("choose at least one input feature")
    return tuple(name for name in FEATURES if name in chosen)


def expand(points: np.ndarray, names: Iterable[str], dtype: np.dtype | type = np.float32) -> np.ndarray:
    """(N, 2) points -> (N, F) feature columns in the order of ``FEATURES``."""
    names = check_features(names)
    x1, x2 = points[:, 0].astype(dtype), points[:, 1].astype(dtype)
    out = np.empty((points.shape[0], len(names)), dtype=dtype)
    for column, name in enumerate(names):
        out[:, column] = FEATURES[name](x1, x2)
    return out
