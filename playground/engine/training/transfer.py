"""Networks for a person's own classes: as many outputs as classes, optionally started from a trained model.

Teachable Machine gets far from a few examples because its features were learned on millions of
pictures; here the shipped digits model plays that part: its layers keep their trained weights and
only the output layer, sized for the new classes, starts from random.
"""

from __future__ import annotations

import copy

from ..network import Network

MIN_OUTPUTS = 2
MAX_OUTPUTS = 100


def with_outputs(spec: dict, classes: int) -> dict:
    """A copy of ``spec`` whose last affine layer has one unit per class."""
    if not MIN_OUTPUTS <= classes <= MAX_OUTPUTS:
        raise ValueError(f"{classes} classes; a network can have {MIN_OUTPUTS} to {MAX_OUTPUTS} outputs")
    spec = copy.deepcopy(spec)
    affines = [layer for layer in spec["layers"] if layer["type"] == "affine"]
    if not affines:
        raise ValueError("the network has no affine output layer")
    affines[-1]["units"] = int(classes)
    return spec


def start_from(base: Network, classes: int, seed: int = 0) -> Network:
    """A network shaped like ``base`` with ``classes`` outputs, every layer but the head copied from it.

    Parameters and buffers (batch-norm statistics) whose shapes match are copied; the output
    layer's no longer match and keep their fresh initialisation.
    """
    network = Network(with_outputs(base.spec(), classes), seed=seed)
    own = {**network.params, **network.buffers}
    for name, array in {**base.params, **base.buffers}.items():
        if name in own and own[name].shape == array.shape:
            own[name][...] = array
    return network
