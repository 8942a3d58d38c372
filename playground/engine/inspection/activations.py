"""Every layer's output for one input: what the network "sees" at each stage."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..fast.network import Network


@dataclass(frozen=True, eq=False)
class LayerOutput:
    """Output of layer ``index`` (0-based) of type ``kind`` for one sample, without the batch axis.

    ``values`` is (C, H, W) for convolution-like layers and (D,) for dense ones.
    """

    index: int
    kind: str
    values: np.ndarray

    @property
    def is_feature_maps(self) -> bool:
        return self.values.ndim == 3


def layer_outputs(network: Network, x: np.ndarray) -> list[LayerOutput]:
    """Run one prepared input ``x`` (1, *input_shape) in evaluation mode; one entry per layer."""
    if x.shape[0] != 1:
        raise ValueError(f"expected one sample (1, ...), got a batch of {x.shape[0]}")
    outputs = network.forward(x, train=False)
    return [LayerOutput(i, layer.spec()["type"], np.array(out[0], dtype=np.float32))
            for i, (layer, out) in enumerate(zip(network.layers, outputs))]
