"""Numerical gradients by central differences, the independent reference for every backward pass."""

from __future__ import annotations

from typing import Callable

import numpy as np

from .fast.network import Network


def numerical_gradient(f: Callable[[], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """d f / d x by central differences, perturbing ``x`` in place one element at a time.

    Meant for float64 arrays of test size; ``f`` must read ``x`` afresh on every call.
    """
    grad = np.zeros_like(x, dtype=np.float64)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        plus = f()
        flat[i] = old - h
        minus = f()
        flat[i] = old
        gflat[i] = (plus - minus) / (2 * h)
    return grad


def network_gradient_errors(network: Network, x: np.ndarray, labels: np.ndarray,
                            seed: int = 0) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Backprop and numerical gradient of the training loss for every parameter array.

    Dropout masks are re-drawn from the same seed on every pass, so both gradients see one
    function. Returns ``{name: (analytic, numerical)}``.
    """
    network.reseed(seed)
    network.gradient(x, labels)
    analytic = {n: g.copy() for n, g in network.grads.items()}

    def loss() -> float:
        network.reseed(seed)
        return network.loss(x, labels, train=True)

    return {n: (analytic[n], numerical_gradient(loss, network.params[n])) for n in network.params}
