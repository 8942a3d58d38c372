"""Why a run learns or fails: gradient strength per weight layer, inactive units per hidden
layer, and how the weights have moved since initialisation.

The training loop feeds every step's gradients to a ``DiagnosticsTracker`` (one sum of squares
per weight array: cheap) and asks it for a ``Diagnostics`` record only at a refresh interval,
because the inactive-unit count needs a forward pass over a validation sample.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..fast.layers import LeakyReLU, ReLU, Sigmoid, Tanh
from ..fast.network import Network

HISTOGRAM_BINS = 30
CONSTANT_SPREAD = 1e-4      # a unit whose output varies less than this over the sample is inactive
SATURATION_MARGIN = 0.02    # share of a squashing function's range counted as its flat ends
SATURATED_SHARE = 0.95      # a sigmoid/tanh unit this often in its flat ends passes no gradient
ACTIVATIONS = (ReLU, LeakyReLU, Sigmoid, Tanh)
_RANGES = {Sigmoid: (0.0, 1.0), Tanh: (-1.0, 1.0)}


@dataclass(frozen=True)
class WeightHistogram:
    """One weight array's distribution now and at initialisation, on shared bin edges."""

    edges: np.ndarray
    now: np.ndarray
    initial: np.ndarray
    mean: float
    spread: float
    initial_mean: float
    initial_spread: float


@dataclass(frozen=True)
class Diagnostics:
    """One refresh of the signals, keyed by weight array name (``W1``...) or hidden layer.

    gradient_strength: RMS over the recent steps of ‖∇W‖/√size, i.e. the typical size of one
    weight's gradient; a value falling by orders of magnitude towards the input means vanishing
    gradients. inactive_share: per hidden activation layer (``"2 relu"``: position and kind), the
    share of units that pass no signal over the sample.
    """

    gradient_strength: dict[str, float]
    inactive_share: dict[str, float]
    weights: dict[str, WeightHistogram]
    steps: int


def inactive_units(outputs: np.ndarray, layer: object) -> np.ndarray:
    """Boolean per unit of an activation's ``outputs`` (N, ...): dead (output ~constant over the
    sample, e.g. a ReLU never above 0) or, for sigmoid/tanh, saturated in a flat end."""
    flat = outputs.reshape(len(outputs), -1)
    inactive = flat.std(axis=0) < CONSTANT_SPREAD
    bounds = _RANGES.get(type(layer))
    if bounds is not None:
        low, high = bounds
        margin = SATURATION_MARGIN * (high - low)
        in_flat_end = (flat < low + margin) | (flat > high - margin)
        inactive |= in_flat_end.mean(axis=0) >= SATURATED_SHARE
    return inactive


def inactive_share(network: Network, x: np.ndarray) -> dict[str, float]:
    """Share of inactive units of every hidden activation layer for the input sample ``x``."""
    outputs = network.forward(x)
    shares = {}
    for position, (layer, out) in enumerate(zip(network.layers[:-1], outputs[:-1]), start=1):
        if isinstance(layer, ACTIVATIONS):
            shares[f"{position} {layer.kind}"] = float(inactive_units(out, layer).mean())
    return shares


def weight_histogram(now: np.ndarray, initial: np.ndarray) -> WeightHistogram:
    """Histograms of ``now`` and ``initial`` over the range both cover, so they can be overlaid."""
    low = float(min(now.min(), initial.min()))
    high = float(max(now.max(), initial.max()))
    if high <= low:
        high = low + 1e-6
    edges = np.linspace(low, high, HISTOGRAM_BINS + 1)
    # Bins given as a count and a range take NumPy's equal-width path; an array of edges would
    # sort every weight (a third of a refresh's time for the 784-512-512-10 MLP).
    counts = [np.histogram(w, HISTOGRAM_BINS, (low, high))[0] for w in (now, initial)]
    return WeightHistogram(edges=edges, now=counts[0], initial=counts[1],
                           mean=float(now.mean()), spread=float(now.std()),
                           initial_mean=float(initial.mean()), initial_spread=float(initial.std()))


class DiagnosticsTracker:
    """Accumulates per-step gradient sizes and remembers the initial weights of one run."""

    def __init__(self, network: Network, sample: np.ndarray) -> None:
        self._names = network.weight_names()
        self._initial = {n: network.params[n].copy() for n in self._names}
        self._sample = sample
        self._squares = dict.fromkeys(self._names, 0.0)
        self._steps = 0
        self._strength = dict.fromkeys(self._names, 0.0)

    def add_step(self, grads: dict[str, np.ndarray]) -> None:
        """Record this step's ‖∇W‖²/size per weight array (one dot product each)."""
        for name in self._names:
            g = grads[name].ravel()
            self._squares[name] += float(np.dot(g, g)) / g.size
        self._steps += 1

    def report(self, network: Network) -> Diagnostics:
        """The signals since the last report; starts a new averaging window. Without a step since
        the last report the gradient strength is the last one measured."""
        if self._steps:
            self._strength = {n: float(np.sqrt(s / self._steps)) for n, s in self._squares.items()}
        diagnostics = Diagnostics(
            gradient_strength=dict(self._strength),
            inactive_share=inactive_share(network, self._sample) if len(self._sample) else {},
            weights={n: weight_histogram(network.params[n], self._initial[n]) for n in self._names},
            steps=self._steps)
        self._squares = dict.fromkeys(self._names, 0.0)
        self._steps = 0
        return diagnostics
