"""A network of the book's layers, built from the same spec and arrays as the engine's.

``gradient`` is the book's: forward through the layers, then backward through them in reverse.
It is the reference the fast execution is compared with; it is not what trains.
"""

from __future__ import annotations

import numpy as np

from ..losses import build_loss
from .conv import Convolution, Pooling
from .layers import Affine, BatchNorm, Dropout, Flatten, LeakyReLU, Relu, Sigmoid, Tanh


def _layer(spec: dict, arrays: dict[str, np.ndarray], rng: np.random.Generator):
    """One book layer from its spec; ``arrays`` holds its parameters under local names."""
    kind = spec["type"]
    if kind == "affine":
        return Affine(arrays["W"], arrays.get("b"))
    if kind == "conv":
        return Convolution(arrays["W"], arrays["b"], spec.get("stride", 1), spec.get("pad", 0))
    if kind == "pool":
        return Pooling(spec["size"], spec.get("stride") or spec["size"], spec.get("pad", 0), spec.get("mode", "max"))
    if kind == "batchnorm":
        return BatchNorm(arrays["gamma"], arrays["beta"], arrays["running_mean"], arrays["running_var"],
                         spec.get("momentum", 0.9), spec.get("eps", 1e-5))
    if kind == "dropout":
        return Dropout(spec["rate"], rng)
    if kind == "leaky-relu":
        return LeakyReLU(spec.get("alpha", 0.01))
    simple = {"relu": Relu, "sigmoid": Sigmoid, "tanh": Tanh, "flatten": Flatten}
    return simple[kind]()


LOCAL_NAMES = ("W", "b", "gamma", "beta", "running_mean", "running_var")


class ReferenceNetwork:
    """The layers of ``spec`` holding copies of ``state`` (``W1``, ``b1``, ``gamma2``...) in
    ``dtype``: float64 for gradient checks, the engine's float32 to compare with it."""

    def __init__(self, spec: dict, state: dict[str, np.ndarray], dtype: np.dtype | type = np.float64,
                 seed: int = 0) -> None:
        self.layers = []
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        self._named: list[tuple[object, dict[str, str]]] = []
        k = 0
        for i, layer_spec in enumerate(spec["layers"]):
            has_params = layer_spec["type"] in ("affine", "conv", "batchnorm")
            k += has_params
            arrays = {name: np.array(state[f"{name}{k}"], dtype=dtype)
                      for name in LOCAL_NAMES if has_params and f"{name}{k}" in state}
            layer = _layer(layer_spec, arrays, np.random.default_rng([seed, i]))
            self.layers.append(layer)
            if has_params:
                names = {local: f"{local}{k}" for local in layer.params}
                self.params.update({full: layer.params[local] for local, full in names.items()})
                self._named.append((layer, names))
        self.loss_layer = build_loss(spec["loss"])

    def reseed(self, seed: int) -> None:
        """Dropout draws from generators seeded as ``Network.reseed`` seeds the engine's, so both
        draw the same masks."""
        for i, layer in enumerate(l for l in self.layers if isinstance(l, Dropout)):
            layer.rng = np.random.default_rng([seed, i])

    def predict(self, x: np.ndarray, train: bool = False) -> np.ndarray:
        for layer in self.layers:
            x = layer.forward(x, train)
        return x

    def loss(self, x: np.ndarray, labels: np.ndarray, train: bool = True) -> float:
        return self.loss_layer.forward(self.predict(x, train), labels)

    def gradient(self, x: np.ndarray, labels: np.ndarray) -> float:
        """Forward in training mode, then backward through the layers in reverse; fills ``grads``
        and returns the loss."""
        loss = self.loss(x, labels, train=True)
        dout = self.loss_layer.backward()
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        for layer, names in self._named:
            self.grads.update({full: layer.grads[local] for local, full in names.items()})
        return loss
