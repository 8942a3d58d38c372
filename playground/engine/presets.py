"""The books' networks as named presets: a network spec plus the training recipe that goes with it.

A preset is data, not code, so the GUI can list it, the CLI can name it and a model file can
record it. ``input`` says how images are scaled and shaped before they enter the network.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from .errors import SpecError


@dataclass(frozen=True)
class Preset:
    """A named network and its book recipe.

    ``input``: ``{"scale": "unit" | "rashid", "layout": "flat" | "image"}``; ``"unit"`` maps 0..255
    to 0..1 (Saito), ``"rashid"`` to 0.01..1.0. ``training``: defaults for the training config.
    """

    name: str
    title: str
    description: str
    spec: dict
    input: dict
    training: dict = field(default_factory=dict)

    def network_spec(self) -> dict:
        return copy.deepcopy(self.spec)


def mlp_spec(hidden: list[int], activation: str, init: str, batchnorm: bool = False,
              dropout: float = 0.0, loss: dict | None = None, bias: bool = True) -> dict:
    """A flat 784 -> hidden... -> 10 network; the builder behind the MLP presets and the GUI's MLP form."""
    layers: list[dict] = []
    for units in hidden:
        layers.append({"type": "affine", "units": units, "init": init, "bias": bias})
        if batchnorm:
            layers.append({"type": "batchnorm"})
        layers.append({"type": activation})
        if dropout:
            layers.append({"type": "dropout", "rate": dropout})
    layers.append({"type": "affine", "units": 10, "init": init, "bias": bias})
    if loss and loss["type"] == "mse":
        layers.append({"type": "sigmoid"})
    return {"input_shape": [784], "layers": layers, "loss": loss or {"type": "softmax-cross-entropy"}}



FLAT_UNIT = {"scale": "unit", "layout": "flat"}
IMAGE_UNIT = {"scale": "unit", "layout": "image"}

PRESETS: dict[str, Preset] = {}


def register(preset: Preset) -> None:
    PRESETS[preset.name] = preset


register(Preset(
    name="rashid",
    title="Rashid's sigmoid net (784-200-10)",
    description="Make Your Own Neural Network: one sigmoid hidden layer, no biases, squared error on "
                "0.01/0.99 targets, trained one image at a time with plain gradient descent.",
    spec=mlp_spec([200], "sigmoid", "rashid-normal", loss={"type": "mse", "target_low": 0.01, "target_high": 0.99},
                   bias=False),
    input={"scale": "rashid", "layout": "flat"},
    training={"optimizer": {"type": "sgd", "lr": 0.1}, "batch_size": 1, "epochs": 5},
))

register(Preset(
    name="two-layer",
    title="Two-layer net (784-50-10)",
    description="Deep Learning from Scratch ch. 4-5 TwoLayerNet: sigmoid hidden layer, softmax with "
                "cross-entropy, mini-batch gradient descent.",
    spec=mlp_spec([50], "sigmoid", "std-0.01"),
    input=FLAT_UNIT,
    training={"optimizer": {"type": "sgd", "lr": 0.1}, "batch_size": 100, "epochs": 17},
))

register(Preset(
    name="mlp",
    title="Modern MLP (784-512-512-10)",
    description="ReLU, batch normalisation and dropout, trained with Adam, a cosine learning-rate "
                "schedule and rotation/shift augmentation: about as good as a plain MLP gets.",
    spec=mlp_spec([512, 512], "relu", "he", batchnorm=True, dropout=0.25),
    input=FLAT_UNIT,
    training={"optimizer": {"type": "adam", "lr": 0.002}, "batch_size": 128, "epochs": 30,
              "schedule": {"type": "cosine", "min_lr": 1e-5},
              "augment": {"rotation": 10.0, "shift": 2.0}},
))


def get_preset(name: str) -> Preset:
    try:
        return PRESETS[name]
    except KeyError:
        raise SpecError(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}") from None
