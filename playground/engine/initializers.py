"""Weight initialisers from the books, chosen by name in a layer spec.

Every initialiser draws from the ``np.random.Generator`` it is given (never the global state), so a
seed fixes the starting weights bit for bit.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from .errors import SpecError

Initializer = Callable[[np.random.Generator, tuple, int, int], np.ndarray]


def _rashid_uniform(rng: np.random.Generator, shape: tuple, fan_in: int, fan_out: int) -> np.ndarray:
    """Rashid's first attempt: uniform in -0.5..0.5, whatever the layer size."""
    return rng.uniform(-0.5, 0.5, size=shape)


def _rashid_normal(rng: np.random.Generator, shape: tuple, fan_in: int, fan_out: int) -> np.ndarray:
    """Rashid's refinement: normal with std 1/sqrt(incoming links)."""
    return rng.normal(0.0, fan_in ** -0.5, size=shape)


def _fixed_std(rng: np.random.Generator, shape: tuple, fan_in: int, fan_out: int) -> np.ndarray:
    """Saito's default weight_init_std = 0.01: small, and too small for deep nets (ch. 6)."""
    return rng.normal(0.0, 0.01, size=shape)


def _xavier(rng: np.random.Generator, shape: tuple, fan_in: int, fan_out: int) -> np.ndarray:
    """Xavier (Glorot) normal as Saito uses it for sigmoid/tanh: std sqrt(1/fan_in)."""
    return rng.normal(0.0, np.sqrt(1.0 / fan_in), size=shape)


def _he(rng: np.random.Generator, shape: tuple, fan_in: int, fan_out: int) -> np.ndarray:
    """He normal for ReLU: std sqrt(2/fan_in), which keeps activations from shrinking layer by layer."""
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=shape)


INITIALIZERS: dict[str, Initializer] = {
    "rashid-uniform": _rashid_uniform,
    "rashid-normal": _rashid_normal,
    "std-0.01": _fixed_std,
    "xavier": _xavier,
    "he": _he,
}


def initialize(name: str, rng: np.random.Generator, shape: tuple, fan_in: int, fan_out: int,
               dtype: np.dtype) -> np.ndarray:
    """Draw a weight array of ``shape`` with the named initialiser, cast to ``dtype``."""
    try:
        init = INITIALIZERS[name]
    except KeyError:
        raise SpecError(f"unknown initialiser {name!r}; choose one of {', '.join(INITIALIZERS)}") from None
    return init(rng, tuple(shape), int(fan_in), int(fan_out)).astype(dtype, copy=False)
