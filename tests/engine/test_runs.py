"""A run becomes a Model with its record; sweep points change exactly one hyper-parameter."""

import numpy as np
import pytest

from playground.engine.data.datasets import Dataset
from playground.engine.errors import SpecError
from playground.engine.fast.network import Network
from playground.engine.presets import get_preset, mlp_spec
from playground.engine.training.config import TrainConfig
from playground.engine.training.control import TrainingControl
from playground.engine.training.loop import train
from playground.engine.training.runs import (
    accuracy_on_test_images,
    finished_model,
    initial_weights,
    sweep_point,
)


def _tiny_dataset(n_test: int = 40) -> Dataset:
    rng = np.random.default_rng(3)
    labels = np.arange(200) % 10
    images = rng.integers(0, 40, (200, 28, 28), dtype=np.uint8)
    images[np.arange(200), 2 + labels * 2, 5:20] = 255  # one bright row per class: learnable
    return Dataset("tiny", images[:160], labels[:160], images[160:160 + n_test], labels[160:160 + n_test],
                   tuple(str(d) for d in range(10)))


def _train(data: Dataset, network: Network, config: TrainConfig):
    last = None
    for last in train(network, data.train_images, data.train_labels, {"scale": "unit", "layout": "flat"}, config):
        pass
    return last


def test_finished_model_records_the_run_and_keeps_initial_weights():
    data = _tiny_dataset()
    network = Network(mlp_spec([16], "relu", "he"), seed=1)
    initial = initial_weights(network)
    config = TrainConfig(optimizer={"type": "adam", "lr": 0.01}, batch_size=20, epochs=3, validation_share=0.2)
    last = _train(data, network, config)
    model = finished_model(network, name="tiny-mlp", preset=None, input_spec={"scale": "unit", "layout": "flat"},
                           data=data, images_used=160, config=config, last=last, initial=initial)

    assert set(initial) == {"initial/W1", "initial/W2"}
    assert not np.array_equal(model.extras["initial/W1"], network.params["W1"])
    assert model.meta["training"]["epochs_run"] == 3 and model.meta["training"]["images"] == 160
    assert model.meta["training"]["status"] == "finished"
    expected = np.mean(model.probabilities(data.test_images).argmax(axis=1) == data.test_labels)
    assert model.test_accuracy == pytest.approx(expected, abs=1e-6)
    assert model.test_accuracy > 0.5


def test_a_dataset_without_test_images_gives_no_test_accuracy():
    data = _tiny_dataset(n_test=0)
    network = Network(mlp_spec([8], "sigmoid", "xavier"), seed=0)
    config = TrainConfig(batch_size=40, epochs=1)
    last = _train(data, network, config)
    model = finished_model(network, name="m", preset=None, input_spec={"scale": "unit", "layout": "flat"},
                           data=data, images_used=160, config=config, last=last, initial={})
    assert model.test_accuracy is None


def test_sweep_points_change_one_thing_and_leave_the_originals_alone():
    preset = get_preset("two-layer")
    spec, config = preset.network_spec(), TrainConfig.from_dict(preset.training)

    lr_spec, lr_config = sweep_point(spec, config, "learning_rate", 0.3)
    assert lr_config.optimizer == {**config.optimizer, "lr": 0.3} and lr_spec == spec
    _, epoch_config = sweep_point(spec, config, "epochs", 4)
    assert epoch_config.epochs == 4 and config.epochs == preset.training["epochs"]
    hidden_spec, _ = sweep_point(spec, config, "hidden_units", 120)
    assert Network(hidden_spec).params["W1"].shape == (784, 120)
    assert spec["layers"][0]["units"] == 50


@pytest.mark.parametrize("parameter, value", [("learning_rate", 0.0), ("epochs", 2.5), ("hidden_units", 0),
                                              ("momentum", 0.9)])
def test_bad_sweep_values_are_refused_with_a_reason(parameter, value):
    preset = get_preset("two-layer")
    with pytest.raises(SpecError):
        sweep_point(preset.network_spec(), TrainConfig(), parameter, value)


def test_hidden_units_sweep_needs_a_hidden_layer():
    spec = {"input_shape": [784], "layers": [{"type": "affine", "units": 10}], "loss": {"type": "softmax-cross-entropy"}}
    with pytest.raises(SpecError, match="hidden"):
        sweep_point(spec, TrainConfig(), "hidden_units", 20)


def test_a_stopped_control_cuts_the_test_measurement_short():
    data = _tiny_dataset()
    network = Network(mlp_spec([8], "relu", "he"), seed=0)
    control = TrainingControl()
    flat = {"scale": "unit", "layout": "flat"}
    assert accuracy_on_test_images(network, data, flat, control) == pytest.approx(accuracy_on_test_images(network, data, flat))
    control.stop()
    assert accuracy_on_test_images(network, data, flat, control) is None
