"""What happens around a training run: the weights at the start, the finished Model, sweeps.

The command line and the GUI's training worker both turn a run into a ``Model`` the same way
(test accuracy, a training record, the initial weights kept beside the trained ones), so that
logic lives here once. Sweeps — one network trained over several values of one hyper-parameter,
as in *Make Your Own Neural Network*'s experiments — are described here as plain data too.
"""

from __future__ import annotations

import copy
from dataclasses import replace

import numpy as np

from ..data.datasets import Dataset, prepare_input
from ..errors import SpecError
from ..fast.network import Network
from .progress import Progress
from .config import TrainConfig
from .control import TrainingControl
from .loop import accuracy_unless_stopped
from .modelfile import Model, new_model


def initial_weights(network: Network) -> dict[str, np.ndarray]:
    """Copies of the weight matrices before training, stored as ``initial/W1``... in the model file.

    The Weights panel compares them with the trained ones to show what learning changed.
    """
    return {f"initial/{n}": p.copy() for n, p in network.params.items() if n.startswith("W")}


def accuracy_on_test_images(network: Network, data: Dataset, input_spec: dict,
                  control: TrainingControl | None = None) -> float | None:
    """Accuracy on the dataset's test split; None without test images or when ``control`` is stopped."""
    if len(data.test_labels) == 0:
        return None
    x = prepare_input(data.test_images, input_spec)
    if control is None:
        return network.accuracy(x, data.test_labels)
    return accuracy_unless_stopped(network, x, data.test_labels, control)


def finished_model(network: Network, *, name: str, preset: str | None, input_spec: dict, data: Dataset,
                   images_used: int, config: TrainConfig, last: Progress,
                   initial: dict[str, np.ndarray], command: str | None = None,
                   control: TrainingControl | None = None) -> Model:
    """The trained network as a Model whose header records how it was trained and how well it does.

    A stop requested on ``control`` cuts the test measurement short (the app is closing).
    """
    accuracy = accuracy_on_test_images(network, data, input_spec, control)
    training = {**config.to_dict(), "images": int(images_used), "status": last.status,
                "epochs_run": last.epoch, "seconds": round(last.elapsed, 1)}
    if command:
        training["command"] = command
    metrics = {"test_accuracy": None if accuracy is None else round(accuracy, 6),
               "best_val_accuracy": last.best_val_accuracy}
    model = new_model(network, name=name, preset=preset, input_spec=input_spec, dataset=data.name,
                      classes=list(data.classes), training=training, metrics=metrics)
    model.extras.update(initial)
    return model


SWEEP_PARAMETERS = ("learning_rate", "epochs", "hidden_units")


def _first_hidden_affine(spec: dict) -> dict:
    affines = [layer for layer in spec["layers"] if layer.get("type") == "affine"]
    if len(affines) < 2:
        raise SpecError("this network has no hidden fully connected layer whose size could be varied")
    return affines[0]


def sweep_point(spec: dict, config: TrainConfig, parameter: str, value: float) -> tuple[dict, TrainConfig]:
    """The network spec and training config of one point of a sweep over ``parameter``.

    ``learning_rate`` replaces the optimizer's rate, ``epochs`` the number of epochs and
    ``hidden_units`` the size of the first hidden fully connected layer. Early stopping is kept as
    configured; everything else stays as in ``spec`` and ``config``.
    """
    spec, config = copy.deepcopy(spec), copy.deepcopy(config)
    if parameter == "learning_rate":
        if value <= 0:
            raise SpecError(f"a learning rate must be positive, got {value:g}")
        config = replace(config, optimizer={**config.optimizer, "lr": float(value)})
    elif parameter == "epochs":
        if value < 1 or value != int(value):
            raise SpecError(f"a number of epochs must be a whole number of at least 1, got {value:g}")
        config = replace(config, epochs=int(value))
    elif parameter == "hidden_units":
        if value < 1 or value != int(value):
            raise SpecError(f"a layer size must be a whole number of at least 1, got {value:g}")
        _first_hidden_affine(spec)["units"] = int(value)
    else:
        raise SpecError(f"unknown sweep parameter {parameter!r}; choose one of {', '.join(SWEEP_PARAMETERS)}")
    return spec, config
