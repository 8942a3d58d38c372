"""Every layer's backward pass against float64 central differences, and layer behaviour users rely on."""

import numpy as np
import pytest

from playground.engine.central_differences import network_gradient_errors, numerical_gradient
from playground.engine.errors import ModelFileError, SpecError
from playground.engine.fast.layers import BatchNorm, Dropout
from playground.engine.fast.network import Network
from playground.engine.presets import PRESETS

RNG = np.random.default_rng(42)


def _randomise_biases(net: Network, rng: np.random.Generator) -> None:
    """Non-zero biases keep ReLU inputs away from the kink at 0, where differences are undefined."""
    for name, p in net.params.items():
        if name.startswith(("b", "beta")):
            p[...] = rng.normal(0, 0.1, p.shape)


def _assert_gradients_match(net, x, labels):
    for name, (analytic, numeric) in network_gradient_errors(net, x, labels).items():
        np.testing.assert_allclose(analytic, numeric, rtol=1e-4, atol=1e-7, err_msg=name)


@pytest.mark.parametrize("activation", ["sigmoid", "relu", "tanh", "leaky-relu"])
@pytest.mark.parametrize("loss", [{"type": "softmax-cross-entropy"}, {"type": "mse", "target_low": 0.01, "target_high": 0.99}])
def test_affine_and_activation_gradients(activation, loss):
    spec = {"input_shape": [5], "loss": loss,
            "layers": [{"type": "affine", "units": 7, "init": "xavier"}, {"type": activation},
                       {"type": "affine", "units": 6, "init": "xavier"}, {"type": activation},
                       {"type": "affine", "units": 3, "init": "xavier"}]}
    net = Network(spec, seed=1, dtype=np.float64)
    _randomise_biases(net, RNG)
    _assert_gradients_match(net, RNG.normal(size=(4, 5)), RNG.integers(0, 3, 4))


def test_batchnorm_and_dropout_gradients_dense():
    spec = {"input_shape": [6], "loss": {"type": "softmax-cross-entropy"},
            "layers": [{"type": "affine", "units": 8}, {"type": "batchnorm"}, {"type": "relu"},
                       {"type": "dropout", "rate": 0.3}, {"type": "affine", "units": 4}]}
    net = Network(spec, seed=3, dtype=np.float64)
    _randomise_biases(net, RNG)
    net.params["gamma2"][...] = RNG.uniform(0.5, 1.5, 8)
    _assert_gradients_match(net, RNG.normal(size=(10, 6)), RNG.integers(0, 4, 10))


def test_batchnorm_image_gradient():
    layer = BatchNorm(3, image=True, dtype=np.float64)
    layer.params["gamma"][...] = [0.5, 1.5, 2.0]
    x = RNG.normal(size=(4, 3, 5, 5))
    upstream = RNG.normal(size=x.shape)

    def f():
        return float(np.sum(layer.forward(x, train=True) * upstream))

    layer.forward(x, train=True)
    dx = layer.backward(upstream)
    np.testing.assert_allclose(dx, numerical_gradient(f, x), rtol=1e-4, atol=1e-7)


@pytest.mark.parametrize("name", ["rashid", "two-layer", "mlp"])
def test_mlp_preset_whole_gradient(name):
    net = Network(PRESETS[name].network_spec(), seed=0, dtype=np.float64)
    rng = np.random.default_rng(0)
    _randomise_biases(net, rng)
    x = rng.uniform(0, 1, size=(3, 784))
    labels = np.array([1, 7, 3])
    # A whole 784-input gradient is large: check every array on a random subset of entries.
    net.reseed(0)
    net.gradient(x, labels)
    for pname, param in net.params.items():
        analytic = net.grads[pname].copy()
        flat = param.reshape(-1)
        for i in rng.choice(flat.size, size=min(12, flat.size), replace=False):
            old = flat[i]
            flat[i] = old + 1e-5
            net.reseed(0)
            plus = net.loss(x, labels)
            flat[i] = old - 1e-5
            net.reseed(0)
            minus = net.loss(x, labels)
            flat[i] = old
            assert analytic.reshape(-1)[i] == pytest.approx((plus - minus) / 2e-5, rel=1e-4, abs=1e-8), pname


def test_layers_keep_float32_by_default():
    net = Network(PRESETS["mlp"].network_spec(), seed=0)
    out = net.predict(np.zeros((2, 784), np.float32))
    assert out.dtype == np.float32
    assert all(p.dtype == np.float32 for p in net.params.values())


def test_batchnorm_eval_mode_classifies_one_image_like_a_batch():
    net = Network(PRESETS["mlp"].network_spec(), seed=0)
    x = np.random.default_rng(0).uniform(0, 1, (16, 784)).astype(np.float32)
    for _ in range(3):
        net.gradient(x, np.arange(16) % 10)
    batch = net.predict(x)
    single = net.predict(x[:1])
    np.testing.assert_allclose(single[0], batch[0], rtol=1e-5, atol=1e-5)


def test_dropout_is_inverted_and_inactive_in_evaluation():
    layer = Dropout(0.5, np.random.default_rng(0))
    x = np.ones((2000, 50), np.float32)
    out = layer.forward(x, train=True)
    assert set(np.unique(out)) == {0.0, 2.0}
    assert out.mean() == pytest.approx(1.0, abs=0.02)
    np.testing.assert_array_equal(layer.forward(x, train=False), x)


def test_sigmoid_does_not_overflow():
    net = Network({"input_shape": [1], "layers": [{"type": "sigmoid"}], "loss": {"type": "mse"}})
    with np.errstate(all="raise"):
        out = net.predict(np.array([[-1000.0], [0.0], [1000.0]], np.float32))
    np.testing.assert_allclose(out.ravel(), [0.0, 0.5, 1.0])


@pytest.mark.parametrize("bad", [
    {"type": "affine", "units": 10, "unit": 3},
    {"type": "afine", "units": 10},
    {"type": "dropout", "rate": 1.5},
    {"type": "affine", "units": 10, "init": "glorot-ish"},
])
def test_spec_typos_are_rejected(bad):
    with pytest.raises(SpecError):
        Network({"input_shape": [4], "layers": [bad], "loss": {"type": "softmax-cross-entropy"}})


def test_spec_round_trip_rebuilds_the_same_network():
    net = Network(PRESETS["mlp"].network_spec(), seed=5)
    twin = Network(net.spec(), seed=5)
    for name in net.params:
        np.testing.assert_array_equal(net.params[name], twin.params[name])


def test_load_state_rejects_bad_arrays_and_changes_nothing():
    net = Network(PRESETS["two-layer"].network_spec(), seed=0)
    before = net.state()
    bad = net.state()
    bad["W2"] = np.full_like(bad["W2"], np.nan)
    with pytest.raises(ModelFileError, match="non-finite"):
        net.load_state(bad)
    for name, arr in before.items():
        np.testing.assert_array_equal(net.state()[name], arr)


def test_input_gradient_in_evaluation_mode_matches_numerical_through_batchnorm():
    spec = {"input_shape": [5], "loss": {"type": "softmax-cross-entropy"},
            "layers": [{"type": "affine", "units": 6}, {"type": "batchnorm"}, {"type": "tanh"},
                       {"type": "dropout", "rate": 0.5}, {"type": "affine", "units": 3}]}
    net = Network(spec, seed=0, dtype=np.float64)
    net.buffers["running_mean2"][...] = RNG.normal(size=6)
    net.buffers["running_var2"][...] = RNG.uniform(0.5, 2.0, 6)
    net.params["gamma2"][...] = RNG.uniform(0.5, 1.5, 6)
    x = RNG.normal(size=(1, 5))
    analytic = net.input_gradient(x, target_class=2)
    numeric = numerical_gradient(lambda: float(net.predict(x)[0, 2]), x)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-8)
