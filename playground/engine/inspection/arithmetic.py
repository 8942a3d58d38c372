"""The arithmetic of one image, layer by layer: inputs x weights, bias, z, a = f(z), softmax.

Every number is taken from the engine's own forward pass (``Network.forward`` in evaluation mode);
only the per-term products x_i * w_ij, which the engine sums inside one matrix product, are
formed here, so a reader can see which inputs made a unit's z.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..fast.conv import Convolution
from ..fast.layers import Affine, BatchNorm, Dropout, LeakyReLU, ReLU, Sigmoid, Tanh
from ..losses import SoftmaxCrossEntropy
from ..fast.network import Network

#: Layers that work unit by unit (or channel by channel): they belong to the step before them.
PER_UNIT = (BatchNorm, ReLU, LeakyReLU, Sigmoid, Tanh, Dropout)
#: Where each activation's output counts as "active": above zero, or above a sigmoid's midpoint.
ACTIVE_ABOVE = {"relu": 0.0, "leaky-relu": 0.0, "tanh": 0.0, "sigmoid": 0.5}


@dataclass(frozen=True)
class MixingLayer:
    """A layer that mixes its inputs with weights (affine or conv): its index in ``network.layers``,
    its parameter names (``W2``, ``b2`` or None), the per-unit layers after it and the layer
    index where its output ``a`` is read (the last of those)."""

    index: int
    weight: str
    bias: str | None
    activation: tuple[str, ...]
    output_index: int

    @property
    def active_above(self) -> float | None:
        """The activation's threshold for "active", None for a layer without a nonlinearity."""
        kinds = [k for k in self.activation if k in ACTIVE_ABOVE]
        return ACTIVE_ABOVE[kinds[-1]] if kinds else None


def mixing_layers(network: Network) -> list[MixingLayer]:
    """Every affine and conv layer of ``network`` in order, with its names and activation."""
    found, ordinal = [], 0
    layers = network.layers
    for index, layer in enumerate(layers):
        if layer.params:
            ordinal += 1
        if not isinstance(layer, (Affine, Convolution)):
            continue
        end = index
        while end + 1 < len(layers) and isinstance(layers[end + 1], PER_UNIT):
            end += 1
        kinds = tuple(layers[k].kind for k in range(index + 1, end + 1) if not isinstance(layers[k], Dropout))
        bias = f"b{ordinal}" if "b" in layer.params else None
        found.append(MixingLayer(index, f"W{ordinal}", bias, kinds, end))
    return found


@dataclass(frozen=True, eq=False)
class DenseStep:
    """One affine layer for one input: ``z = inputs @ weights + bias`` and ``a = f(z)``.

    ``z`` and ``a`` are the engine's outputs of the layer and of its last per-unit layer;
    ``inputs`` is what the engine fed the layer.
    """

    layer: MixingLayer
    inputs: np.ndarray
    weights: np.ndarray
    bias: np.ndarray
    z: np.ndarray
    a: np.ndarray

    @property
    def units(self) -> int:
        return int(self.z.shape[0])

    def products(self, unit: int) -> np.ndarray:
        """x_i * w_i,unit for every input i: the terms the engine sums into z_unit."""
        return self.inputs * self.weights[:, unit]

    def weighted_sum(self, unit: int) -> float:
        """Sum of the products (float64), which with the bias gives z_unit."""
        return float(np.sum(self.products(unit), dtype=np.float64))

    def top_terms(self, unit: int, count: int = 3) -> np.ndarray:
        """Indices of the inputs with the largest |x_i * w_i|, largest first."""
        return np.argsort(-np.abs(self.products(unit)), kind="stable")[:count]

    def active(self) -> np.ndarray | None:
        """Which units are active (a above the activation's threshold); None without one."""
        threshold = self.layer.active_above
        return None if threshold is None else self.a > threshold


@dataclass(frozen=True, eq=False)
class SoftmaxBreakdown:
    """Softmax of scores ``z`` at temperature T, term by term: s = z / T, s - max(s), e^(s - max),
    their sum and p; and the entropy of p in bits (0: certain, log2 K: no idea)."""

    z: np.ndarray
    temperature: float
    scaled: np.ndarray
    shifted: np.ndarray
    exponentials: np.ndarray
    total: float
    p: np.ndarray
    entropy_bits: float


def softmax_breakdown(z: np.ndarray, temperature: float = 1.0) -> SoftmaxBreakdown:
    """The engine's softmax (``losses.softmax``) step by step, in the scores' own precision."""
    if not temperature > 0:
        raise ValueError(f"the temperature must be above 0, got {temperature}")
    z = np.asarray(z)
    scaled = z / z.dtype.type(temperature) if temperature != 1.0 else z.copy()
    shifted = scaled - scaled.max()
    exponentials = np.exp(shifted)
    total = exponentials.sum()
    p = exponentials / total
    with np.errstate(divide="ignore", invalid="ignore"):
        entropy = -np.sum(np.where(p > 0, p * np.log2(p.astype(np.float64)), 0.0))
    return SoftmaxBreakdown(z, float(temperature), scaled, shifted, exponentials, float(total), p, float(entropy))


@dataclass(frozen=True, eq=False)
class ImageArithmetic:
    """The whole forward pass of one prepared input: every layer's output, the dense steps,
    the scores and, for a softmax network, the softmax breakdown at T = 1."""

    outputs: list[np.ndarray]
    dense: list[DenseStep]
    scores: np.ndarray
    softmax: SoftmaxBreakdown | None


def image_arithmetic(network: Network, x: np.ndarray) -> ImageArithmetic:
    """Run one prepared input ``x`` (1, *input_shape) through ``network`` in evaluation mode."""
    if x.shape[0] != 1:
        raise ValueError(f"expected one sample (1, ...), got a batch of {x.shape[0]}")
    outputs = [np.array(out[0], dtype=network.dtype) for out in network.forward(x, train=False)]
    network.release()
    dense = []
    for mixing in mixing_layers(network):
        layer = network.layers[mixing.index]
        if not isinstance(layer, Affine):
            continue
        inputs = np.asarray(x[0], dtype=network.dtype).ravel() if mixing.index == 0 else outputs[mixing.index - 1]
        bias = layer.params["b"] if layer.bias else np.zeros(layer.units, network.dtype)
        dense.append(DenseStep(mixing, inputs, layer.params["W"], bias, outputs[mixing.index],
                               outputs[mixing.output_index]))
    scores = outputs[-1]
    breakdown = softmax_breakdown(scores) if isinstance(network.loss_layer, SoftmaxCrossEntropy) else None
    return ImageArithmetic(outputs, dense, scores, breakdown)
