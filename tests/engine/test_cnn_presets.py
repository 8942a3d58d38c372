"""The convolutional presets: the books' architectures, and backprop through each whole network."""

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from playground.engine.central_differences import numerical_gradient
from playground.engine.data.network_input import prepare_input
from playground.engine.fast.network import Network
from playground.engine.optimizers import build_optimizer
from playground.engine.presets import get_preset

CNN_PRESETS = ["simple-cnn", "deep-cnn", "keras-cnn"]


@pytest.fixture(autouse=True)
def single_blas_thread():
    """Thousands of tiny products: a second BLAS thread only adds hand-off latency, badly so on a busy machine."""
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def sampled_gradient_errors(net, x, labels, rng, samples=12, seed=0):
    """Relative error between backprop and central differences on ``samples`` entries of every array.

    The full numerical gradient of a 400k-weight network would take minutes; random entries of
    every array, biases and first-layer filters included, check every layer's backward pass.
    """
    net.reseed(seed)
    net.gradient(x, labels)
    errors = {}
    for name, param in net.params.items():
        flat = param.reshape(-1)
        picks = rng.choice(flat.size, size=min(samples, flat.size), replace=False)
        analytic = net.grads[name].reshape(-1)[picks].copy()
        probe = flat[picks].copy()

        def loss():
            flat[picks] = probe
            net.reseed(seed)
            return net.loss(x, labels, train=True)

        numeric = numerical_gradient(loss, probe)
        flat[picks] = probe
        errors[name] = np.max(np.abs(analytic - numeric)) / max(1e-8, np.max(np.abs(analytic) + np.abs(numeric)))
    return errors


@pytest.mark.parametrize("name", CNN_PRESETS)
def test_backprop_through_the_whole_preset_matches_numerical_gradients(name):
    rng = np.random.default_rng(0)
    net = Network(get_preset(name).network_spec(), seed=1, dtype=np.float64)
    for pname, param in net.params.items():
        if pname.startswith("b"):  # away from ReLU kinks, which central differences cannot see
            param[...] = rng.normal(0.0, 0.1, param.shape)
    # Moderate output probabilities: the loss takes log(p + 1e-7), which skews the numerical
    # reference by about 1e-7 / p when a probability is tiny.
    net.params[net.weight_names()[-1]] *= 0.1
    x = rng.random((2, 1, 28, 28))
    errors = sampled_gradient_errors(net, x, np.array([3, 7]), rng)
    assert sorted(errors) == sorted(net.params)
    assert max(errors.values()) < 1e-5, errors


def test_simple_cnn_is_the_books_simple_conv_net():
    net = Network(get_preset("simple-cnn").network_spec())
    shapes = {n: p.shape for n, p in net.params.items()}
    assert shapes == {"W1": (30, 1, 5, 5), "b1": (30,), "W2": (30 * 12 * 12, 100), "b2": (100,),
                      "W3": (100, 10), "b3": (10,)}


def test_deep_cnn_is_the_books_deep_conv_net():
    net = Network(get_preset("deep-cnn").network_spec())
    filters = [net.params[f"W{k}"].shape[0] for k in range(1, 7)]
    assert filters == [16, 16, 32, 32, 64, 64]
    assert all(net.params[f"W{k}"].shape[2:] == (3, 3) for k in range(1, 7))
    # The second pad-2 convolution grows 14x14 to 16x16, so three poolings leave 64 x 4 x 4.
    assert net.params["W7"].shape == (64 * 4 * 4, 50) and net.params["W8"].shape == (50, 10)
    assert [layer.rate for layer in net.stochastic_layers()] == [0.5, 0.5]


def test_keras_cnn_matches_the_keras_model_summary():
    net = Network(get_preset("keras-cnn").network_spec())
    assert net.parameter_count() == 320 + 18_496 + 313_700 + 1_010
    assert [layer.rate for layer in net.stochastic_layers()] == [0.4]


@pytest.mark.parametrize("name", CNN_PRESETS)
def test_preset_takes_prepared_images_and_its_recipe_trains_it(name):
    preset = get_preset(name)
    rng = np.random.default_rng(2)
    images = rng.integers(0, 256, size=(8, 28, 28), dtype=np.uint8)
    labels = np.arange(8) % 10
    x = prepare_input(images, preset.input)
    net = Network(preset.network_spec(), seed=0)
    assert net.predict(x).shape == (8, 10)
    optimizer = build_optimizer(preset.training["optimizer"])
    first = net.loss(x, labels, train=False)
    for _ in range(15):
        net.gradient(x, labels)
        optimizer.update(net.params, net.grads)
    assert net.loss(x, labels, train=False) < first
    assert {"optimizer", "batch_size", "epochs"} <= set(preset.training)


def test_preset_specs_do_not_share_layer_dicts():
    spec = get_preset("deep-cnn").spec
    ids = [id(layer) for layer in spec["layers"]]
    assert len(ids) == len(set(ids))


def test_evaluating_a_batch_leaves_no_pass_arrays_behind():
    net = Network(get_preset("keras-cnn").network_spec(), seed=0)
    x = np.random.default_rng(0).random((20, 1, 28, 28), dtype=np.float32)
    net.probabilities(x, batch_size=8)
    held = [(layer.kind, name) for layer in net.layers for name in layer.saved_for_backward
            if getattr(layer, name, None) is not None]
    assert held == []
    labels = np.zeros(20, dtype=np.int64)
    net.gradient(x, labels)  # training afterwards is unaffected
    assert all(np.isfinite(g).all() for g in net.grads.values())
