"""The book's gradient check on a small network, and a deliberately broken layer it must catch.

Backprop and central differences compute the same derivatives by independent routes. On this
float64 network they agree to about 1e-8 (the loss's 1e-7 guard inside the log, which backprop
ignores, is most of that), while a real backward bug shows up around 1e-2.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..central_differences import network_gradient_errors
from ..fast.layers import Sigmoid
from ..fast.network import Network

TOLERANCE = 1e-5
BATCH_SIZE = 6


class ForgetfulSigmoid(Sigmoid):
    """A sigmoid whose backward forgets the factor (1 - y): dout * y instead of dout * y * (1 - y).

    Its forward pass is correct, so the network still trains (badly) and nothing looks wrong
    until the gradients are checked. Used only to show the check failing.
    """

    def backward(self, dout):
        return dout * self._out


def small_network(seed: int, broken: bool = False) -> Network:
    """A 4-5-3 float64 network (affine, sigmoid, affine, softmax with cross-entropy).

    Biases get small random values so no derivative sits exactly on a special point.
    """
    spec = {"input_shape": [4],
            "layers": [{"type": "affine", "units": 5, "init": "xavier"}, {"type": "sigmoid"},
                       {"type": "affine", "units": 3, "init": "xavier"}],
            "loss": {"type": "softmax-cross-entropy"}}
    rng = np.random.default_rng(seed)
    net = Network(spec, seed=rng, dtype=np.float64)
    for name in ("b1", "b2"):
        net.params[name][...] = rng.normal(0.0, 0.1, net.params[name].shape)
    if broken:
        net.layers[1] = ForgetfulSigmoid()
    return net


def small_batch(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A fixed tiny batch: inputs (6, 4) and labels (6,) among 3 classes."""
    rng = np.random.default_rng([seed, 1])
    return rng.normal(size=(BATCH_SIZE, 4)), rng.integers(0, 3, size=BATCH_SIZE)


@dataclass(frozen=True)
class CheckRow:
    """One parameter array's comparison: the largest |backprop - numerical| over its elements."""

    name: str
    shape: tuple[int, ...]
    max_abs_difference: float
    analytic_norm: float

    @property
    def passed(self) -> bool:
        return self.max_abs_difference <= TOLERANCE


def gradient_check(seed: int = 0, broken: bool = False) -> list[CheckRow]:
    """Backprop vs numerical gradient for every parameter of ``small_network`` on ``small_batch``."""
    net = small_network(seed, broken)
    x, labels = small_batch(seed)
    rows = []
    for name, (analytic, numerical) in network_gradient_errors(net, x, labels).items():
        rows.append(CheckRow(name, analytic.shape, float(np.max(np.abs(analytic - numerical))),
                             float(np.linalg.norm(analytic))))
    return rows
