"""The book's readable layers (engine.nn) are right, and the engine's fast passes compute exactly
what they compute: for every preset, outputs and gradients, whatever the input's memory layout."""

import numpy as np
import pytest

from playground.engine.central_differences import numerical_gradient
from playground.engine.fast.network import Network
from playground.engine.nn import ReferenceNetwork, col2im, im2col
from playground.engine.presets import PRESETS

SMALL_SPECS = {
    "dense": {"input_shape": [6], "layers": [
        {"type": "affine", "units": 5}, {"type": "batchnorm"}, {"type": "tanh"},
        {"type": "affine", "units": 4}, {"type": "leaky-relu", "alpha": 0.1}, {"type": "dropout", "rate": 0.3},
        {"type": "affine", "units": 3}, {"type": "sigmoid"}],
        "loss": {"type": "mse"}},
    "image": {"input_shape": [2, 7, 7], "layers": [
        {"type": "conv", "filters": 3, "kernel": 3, "stride": 2, "pad": 1}, {"type": "batchnorm"},
        {"type": "relu"}, {"type": "pool", "mode": "max", "size": 2, "stride": 1, "pad": 1},
        {"type": "conv", "filters": 2, "kernel": 2}, {"type": "pool", "mode": "avg", "size": 2},
        {"type": "flatten"}, {"type": "affine", "units": 3}],
        "loss": {"type": "softmax-cross-entropy"}},
}


def _batch(shape, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, *shape)), rng.integers(0, 3, n)


@pytest.mark.parametrize("name", sorted(SMALL_SPECS))
def test_reference_layers_gradients_match_central_differences(name):
    spec = SMALL_SPECS[name]
    net = Network(spec, seed=1, dtype=np.float64)
    ref = ReferenceNetwork(spec, net.state(), np.float64)
    x, labels = _batch(spec["input_shape"], 5)
    ref.reseed(2)
    ref.gradient(x, labels)

    def loss() -> float:
        ref.reseed(2)
        return ref.loss(x, labels)

    for param, value in ref.params.items():
        np.testing.assert_allclose(ref.grads[param], numerical_gradient(loss, value), rtol=1e-4, atol=1e-6,
                                   err_msg=param)


def test_reference_col2im_is_the_adjoint_of_im2col():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 3, 6, 5))
    col = im2col(x, 3, 2, stride=2, pad=1)
    y = rng.standard_normal(col.shape)
    assert np.isclose(np.sum(col * y), np.sum(x * col2im(y, x.shape, 3, 2, stride=2, pad=1)))


def _layouts(x):
    """The same batch as a plain array and laid out batch-last, as a convolution hands it on."""
    batch_last = np.ascontiguousarray(np.moveaxis(x, 0, -1))
    return {"plain": x, "batch-last": np.moveaxis(batch_last, -1, 0)}


@pytest.mark.parametrize("layout", ["plain", "batch-last"])
@pytest.mark.parametrize("name", sorted(PRESETS))
def test_fast_passes_compute_what_the_book_layers_compute(name, layout):
    net = Network(PRESETS[name].network_spec(), seed=3, dtype=np.float64)
    ref = ReferenceNetwork(net.spec(), net.state(), np.float64)
    x, _ = _batch(net.input_shape, 6, seed=4)
    x = _layouts(np.abs(x))[layout]
    labels = np.random.default_rng(5).integers(0, 10, 6)

    np.testing.assert_allclose(net.predict(x), ref.predict(x), rtol=1e-10, atol=1e-12)
    net.reseed(7)
    ref.reseed(7)
    assert net.gradient(x, labels) == pytest.approx(ref.gradient(x, labels), rel=1e-10)
    for param in net.grads:
        np.testing.assert_allclose(net.grads[param], ref.grads[param], rtol=1e-8, atol=1e-12, err_msg=param)
