"""Networks for a person's own classes: as many outputs as classes, optionally started from a trained model.

Teachable Machine gets far from a few examples because its features were learned on millions of
pictures; here the shipped digits model plays that part: its layers keep their trained weights and
only the output layer, sized for the new classes, starts from random.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable

import numpy as np

from ...paths import MODELS_DIR
from ..data.datasets import Dataset
from ..data.prepare import PREPARATIONS
from ..fast.network import Network
from ..presets import get_preset
from .config import TrainConfig
from .control import TrainingControl
from .loop import train
from .modelfile import Model, load_model
from .runs import finished_model, initial_weights

MIN_OUTPUTS = 2
MAX_OUTPUTS = 100
#: What training does to the layers copied from the digits model: their learning-rate factor.
COPIED_LAYERS = {"train": 1.0, "slow": 0.1, "freeze": 0.0}
#: Adam's rate from random weights, and for a new head on learned features, which can take larger
#: steps (at 0.001 a head on frozen layers reached 50 % in the benchmark's 15 epochs, at 0.01 100 %).
SCRATCH_RATE, HEAD_RATE = 0.001, 0.01
#: Share of every class held out for validation.
VALIDATION_SHARE = 0.2
BATCH_SIZE = 20
#: Fewer steps than this leave a head untrained on a tiny set (5 drawings a class, 15 epochs: 15 steps).
MIN_STEPS = 200


def epochs_for(examples: int, epochs: int) -> int:
    """``epochs``, or more when the set is so small that they would make fewer than ``MIN_STEPS`` steps."""
    steps_per_epoch = max(1, math.ceil(examples * (1 - VALIDATION_SHARE) / BATCH_SIZE))
    return max(epochs, math.ceil(MIN_STEPS / steps_per_epoch))


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


def head_names(network: Network) -> set[str]:
    """The parameters of the output layer: the only ones ``start_from`` does not copy."""
    with_params = [layer for layer in network.layers if layer.params]
    k = max(k for k, layer in enumerate(with_params, start=1) if layer.spec()["type"] == "affine")
    return {f"{name}{k}" for name in with_params[k - 1].params}


def copied_rate_scales(network: Network, copied: str) -> dict[str, float]:
    """Learning-rate factors that leave the head at the full rate and the copied layers at ``copied``'s."""
    if copied not in COPIED_LAYERS:
        raise ValueError(f"unknown treatment of the copied layers {copied!r}; choose one of "
                         f"{', '.join(COPIED_LAYERS)}")
    scale = COPIED_LAYERS[copied]
    head = head_names(network)
    return {} if scale == 1.0 else {name: scale for name in network.params if name not in head}


def train_classes(images: np.ndarray, labels: np.ndarray, class_names: list[str], *, from_digits: bool,
                  copied: str = "train", preparation: str = "mnist",
                  report: Callable[[float], None] = lambda _f: None, cancelled: Callable[[], bool] = lambda: False,
                  epochs: int = 15, seed: int = 0) -> Model:
    """A simple-cnn trained on a few examples of named classes; blocking, so it runs off the GUI thread.

    ``from_digits`` starts from the shipped digits model's layers (a new output layer), else from
    random weights; ``copied`` ("train", "slow" or "freeze") says how the copied layers learn while
    the new head trains at the full rate; ``preparation`` ("mnist" or "resize") says how ``images``
    were made, and goes into the model's header so every reader prepares pictures the same way.
    Augmentation is on: a few dozen drawings are too few to train on unchanged. The validation share
    is held out class by class; a tiny set trains for at least ``MIN_STEPS`` steps, and the last
    weights are kept (a handful of validation images cannot tell epochs apart: the first to read
    them all would be kept, long before the head has learned).
    """
    if preparation not in PREPARATIONS:
        raise ValueError(f"unknown preparation {preparation!r}; choose one of {', '.join(PREPARATIONS)}")
    preset = get_preset("simple-cnn")
    optimizer: dict = {"type": "adam", "lr": HEAD_RATE if from_digits else SCRATCH_RATE}
    if from_digits:
        network = start_from(load_model(MODELS_DIR / "simple-cnn.npz").network, len(class_names), seed)
        scales = copied_rate_scales(network, copied)
        if scales:
            optimizer["rate_scales"] = scales
    else:
        network = Network(with_outputs(preset.network_spec(), len(class_names)), seed=seed)
    config = TrainConfig(optimizer=optimizer, batch_size=BATCH_SIZE, epochs=epochs_for(len(labels), epochs),
                         augment={"rotation": 10.0, "shift": 2.0, "scale": 0.1}, seed=seed,
                         validation_share=VALIDATION_SHARE, stratified=True, evals_per_epoch=1,
                         diagnostics_interval=0.0, keep_best=False)
    control, last, initial = TrainingControl(), None, initial_weights(network)
    final_val_accuracy = None
    for last in train(network, images, labels, preset.input, config, control):
        if cancelled():
            control.stop()
        if last.kind == "epoch":
            report(last.epoch / last.epochs)
            final_val_accuracy = last.val_accuracy
    data = Dataset("own classes", images, labels, images[:0], labels[:0], tuple(class_names))
    model = finished_model(network, name="own-classes", preset=preset.name, input_spec=preset.input, data=data,
                           images_used=len(labels), config=config, last=last, initial=initial)
    model.meta["metrics"]["val_accuracy"] = final_val_accuracy  # of the weights kept: the last epoch's
    model.meta["preparation"] = preparation
    return model
