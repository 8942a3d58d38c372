"""Network surgery: damage a copy of a trained network on purpose and see what it costs.

Global edits act on every weight array (noise scaled to each layer's own spread, pruning the
smallest weights of each layer); per-neuron edits act on one unit of an affine or conv layer
(shift its bias, scale its incoming weights, switch it off). The original is never touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..fast.conv import Convolution
from ..fast.layers import Flatten
from ..fast.network import Network
from .arithmetic import MixingLayer, mixing_layers


@dataclass(frozen=True)
class NeuronEdit:
    """One unit's edit: ``bias_shift`` added to b, incoming weights times ``weight_scale``, and
    ``off``: its output is cut from every unit of the next layer."""

    bias_shift: float = 0.0
    weight_scale: float = 1.0
    off: bool = False

    @property
    def is_identity(self) -> bool:
        return self.bias_shift == 0.0 and self.weight_scale == 1.0 and not self.off


@dataclass(frozen=True)
class Surgery:
    """Every edit to apply to a copy. ``noise_percent``: Gaussian noise with a standard deviation of
    that share of each weight array's own standard deviation (0..100); ``prune_percent``: share of
    each weight array's smallest |w| set to zero (0..99); ``neurons``: (weight name, unit) -> edit.
    The temperature only rescales the scores before the softmax: it leaves the weights alone."""

    temperature: float = 1.0
    noise_percent: float = 0.0
    noise_seed: int = 0
    prune_percent: float = 0.0
    neurons: dict[tuple[str, int], NeuronEdit] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.temperature > 0:
            raise ValueError(f"the temperature must be above 0, got {self.temperature}")
        if not 0.0 <= self.noise_percent <= 100.0:
            raise ValueError(f"weight noise must be 0 to 100 %, got {self.noise_percent}")
        if not 0.0 <= self.prune_percent <= 99.0:
            raise ValueError(f"pruning must be 0 to 99 %, got {self.prune_percent}")

    @property
    def changes_weights(self) -> bool:
        return (self.noise_percent > 0 or self.prune_percent > 0
                or any(not edit.is_identity for edit in self.neurons.values()))


def _outgoing(network: Network, mixing: MixingLayer, unit: int) -> tuple[str, tuple] | None:
    """The next mixing layer's weight name and the index of the weights that read ``unit``'s
    output, or None for an output layer. Between the two, layers act per unit or channel
    (activations, BatchNorm, pooling) or flatten a channel into a block of consecutive inputs."""
    layers = mixing_layers(network)
    position = [m.index for m in layers].index(mixing.index)
    if position + 1 == len(layers):
        return None
    following = layers[position + 1]
    target = network.layers[following.index]
    if isinstance(target, Convolution):
        return following.weight, (slice(None), unit)
    between = network.layers[mixing.index + 1:following.index]
    if any(isinstance(layer, Flatten) for layer in between):
        block = target.params["W"].shape[0] // unit_count(network, mixing.weight)
        return following.weight, (slice(unit * block, (unit + 1) * block),)
    return following.weight, (unit,)


def unit_count(network: Network, weight: str) -> int:
    """How many units (dense outputs or conv filters) the layer of weight array ``weight`` has."""
    W = network.params[weight]
    return int(W.shape[0] if W.ndim == 4 else W.shape[1])


def can_switch_off(network: Network, weight: str) -> bool:
    """Whether units of this layer feed another mixing layer (output units have no outgoing weights)."""
    layers = mixing_layers(network)
    return [m.weight for m in layers].index(weight) + 1 < len(layers)


def incoming_index(network: Network, weight: str, unit: int) -> tuple:
    """Index of ``unit``'s incoming weights in its weight array: a column (dense) or a filter (conv)."""
    return (unit,) if network.params[weight].ndim == 4 else (slice(None), unit)


def _perturb(W: np.ndarray, surgery: Surgery, position: int) -> None:
    """Noise then pruning on one weight array, in place; each layer has its own seeded stream."""
    if surgery.noise_percent > 0:
        rng = np.random.default_rng([surgery.noise_seed, position])
        spread = float(W.std())
        W += (rng.standard_normal(W.shape, dtype=np.float32) * (surgery.noise_percent / 100.0 * spread)).astype(W.dtype)
    if surgery.prune_percent > 0:
        count = int(round(W.size * surgery.prune_percent / 100.0))
        if count:
            smallest = np.argpartition(np.abs(W).ravel(), count - 1)[:count]
            W.flat[smallest] = 0.0  # .flat writes through in any memory layout


def operate(network: Network, surgery: Surgery) -> Network:
    """A copy of ``network`` with ``surgery``'s weight edits applied (noise, pruning, then neurons)."""
    patient = network.copy()
    layers = {m.weight: m for m in mixing_layers(patient)}
    for position, name in enumerate(layers):
        _perturb(patient.params[name], surgery, position)
    for (name, unit), edit in sorted(surgery.neurons.items()):
        mixing = layers.get(name)
        if mixing is None or not 0 <= unit < unit_count(patient, name):
            raise ValueError(f"no unit {unit} in layer {name}")
        patient.params[name][incoming_index(patient, name, unit)] *= edit.weight_scale
        if edit.bias_shift and mixing.bias is not None:
            patient.params[mixing.bias][unit] += edit.bias_shift
        if edit.off:
            outgoing = _outgoing(patient, mixing, unit)
            if outgoing is None:
                raise ValueError(f"{name} is the output layer: its units feed no other layer to cut")
            patient.params[outgoing[0]][outgoing[1]] = 0.0
    return patient
