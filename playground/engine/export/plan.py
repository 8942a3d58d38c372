"""What an export needs from a model file, in the order the layers run.

The engine's conventions that other frameworks spell differently are decided here once:
affine weights are stored (inputs, outputs); convolution weights (filters, channels, height,
width) as in PyTorch and ONNX; a layer's arrays are named after its rank among the layers that
own parameters (``W1``, ``gamma2``, ``running_mean2``...).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import PlaygroundError
from ..training.modelfile import Model


@dataclass(frozen=True)
class LayerStep:
    """One layer: its spec, input shape (without the batch axis) and its arrays by role."""

    spec: dict
    input_shape: tuple[int, ...]
    arrays: dict[str, str]  # role ("W", "b", "gamma"...) -> array name in the model file

    @property
    def kind(self) -> str:
        return self.spec["type"]


@dataclass(frozen=True)
class ExportPlan:
    """A model file read for export: layers, arrays, input preprocessing, loss and class names."""

    source: Path
    name: str
    steps: list[LayerStep]
    state: dict[str, np.ndarray]
    input_spec: dict
    input_shape: tuple[int, ...]
    loss: dict
    classes: list[str]

    def array(self, step: LayerStep, role: str) -> np.ndarray:
        return self.state[step.arrays[role]]


def read_plan(model: Model, source: Path) -> ExportPlan:
    """The model's layers in order with the names of their arrays, checked against its state."""
    network = model.network
    steps, shape, rank = [], tuple(network.input_shape), 0
    for layer in network.layers:
        roles = [*layer.params, *layer.buffers]
        if roles:
            rank += 1
        steps.append(LayerStep(layer.spec(), shape, {role: f"{role}{rank}" for role in roles}))
        shape = tuple(layer.output_shape(shape))
    state = network.state()
    missing = sorted({n for s in steps for n in s.arrays.values()} - set(state))
    if missing:
        raise PlaygroundError(f"{source}: arrays {missing} are missing for export")
    return ExportPlan(source=source, name=model.name, steps=steps, state=state, input_spec=model.input,
                      input_shape=tuple(network.input_shape), loss=network.loss_layer.spec(),
                      classes=model.classes)


#: After dividing pixels by 255, each input scale multiplies then adds (see ``engine.data.network_input``).
INPUT_SCALES: dict[str, tuple[float, float]] = {"unit": (1.0, 0.0), "rashid": (0.99, 0.01)}


def input_scale(plan: ExportPlan) -> tuple[float, float]:
    """(multiply, add) applied to pixels / 255 for this model's input scale."""
    scale = plan.input_spec["scale"]
    if scale not in INPUT_SCALES:
        raise PlaygroundError(f"{plan.source}: input scale {scale!r} cannot be exported")
    return INPUT_SCALES[scale]
