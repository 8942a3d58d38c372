"""Activation functions and softmax, evaluated through the engine's own layers.

Values and derivatives come from each layer's ``forward`` and ``backward`` (a backward pass with
``dout = 1`` is the elementwise derivative), so the plots show exactly what training uses. Step and
identity have no layer in the engine; they are one line each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..fast.layers import Layer, LeakyReLU, ReLU, Sigmoid, Tanh
from ..losses import softmax

MAX_SCORES = 50


def _through_layer(layer: Layer, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    y = layer.forward(x, train=False)
    return y, layer.backward(np.ones_like(x))


def _step(x: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    # The derivative is 0 everywhere except at 0, where it does not exist: why the step cannot learn.
    return (x > 0).astype(x.dtype), np.zeros_like(x)


def _identity(x: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    return x.copy(), np.ones_like(x)


@dataclass(frozen=True)
class Activation:
    """One activation: ``evaluate(x, alpha) -> (values, derivatives)``; x: any shape, float."""

    key: str
    evaluate: Callable[[np.ndarray, float], tuple[np.ndarray, np.ndarray]]


ACTIVATIONS: dict[str, Activation] = {a.key: a for a in (
    Activation("step", _step),
    Activation("sigmoid", lambda x, alpha: _through_layer(Sigmoid(), x)),
    Activation("tanh", lambda x, alpha: _through_layer(Tanh(), x)),
    Activation("relu", lambda x, alpha: _through_layer(ReLU(), x)),
    Activation("leaky-relu", lambda x, alpha: _through_layer(LeakyReLU(alpha), x)),
    Activation("identity", _identity),
)}


def evaluate(key: str, x: np.ndarray, alpha: float = 0.01) -> tuple[np.ndarray, np.ndarray]:
    """Values and derivatives of activation ``key`` at ``x`` (float64); ``alpha`` is leaky ReLU's slope."""
    return ACTIVATIONS[key].evaluate(np.asarray(x, dtype=np.float64), alpha)


def parse_scores(text: str) -> np.ndarray:
    """Scores typed as "0.3, 2.9, 4.0" (commas, semicolons or spaces) -> float64 array.

    Raises ValueError naming the first entry that is not a finite number.
    """
    parts = [p for p in re.split(r"[,;\s]+", text.strip()) if p]
    if not parts:
        raise ValueError("type at least one score, e.g. 0.3, 2.9, 4.0")
    if len(parts) > MAX_SCORES:
        raise ValueError(f"at most {MAX_SCORES} scores, got {len(parts)}")
    values = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise ValueError(f"{part!r} is not a number") from None
        if not np.isfinite(value):
            raise ValueError(f"{part!r} is not a finite number")
        values.append(value)
    return np.array(values, dtype=np.float64)


def softmax_with_temperature(scores: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """softmax(scores / T) with the engine's stable softmax; scores: (K,). T < 1 sharpens, T > 1 flattens."""
    if not temperature > 0:
        raise ValueError(f"temperature must be positive, got {temperature}")
    return softmax((np.asarray(scores, dtype=np.float64) / temperature)[None, :])[0]


@dataclass(frozen=True)
class NaiveSoftmax:
    """The textbook formula exp(a) / sum(exp(a)) without subtracting the maximum."""

    exponentials: np.ndarray
    total: float
    probabilities: np.ndarray

    @property
    def overflowed(self) -> bool:
        return not bool(np.all(np.isfinite(self.probabilities)))


def naive_softmax(scores: np.ndarray) -> NaiveSoftmax:
    """What the unprotected formula gives: exp(1000) is inf in float64, and inf / inf is nan.

    NumPy's overflow warnings are silenced because the inf and nan are the point of the demo.
    """
    a = np.asarray(scores, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(a)
        total = e.sum()
        return NaiveSoftmax(e, float(total), e / total)
