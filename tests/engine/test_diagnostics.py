"""Training diagnostics against direct computation on tiny networks."""

import numpy as np

from playground.engine.fast.network import Network
from playground.engine.presets import FLAT_UNIT
from playground.engine.training.config import TrainConfig
from playground.engine.training.diagnostics import DiagnosticsTracker, inactive_share, weight_histogram
from playground.engine.training.loop import train


def _tiny(hidden, activation, inputs=6, seed=0):
    layers = []
    for units in hidden:
        layers += [{"type": "affine", "units": units, "init": "xavier"}, {"type": activation}]
    layers.append({"type": "affine", "units": 3, "init": "xavier"})
    return Network({"input_shape": [inputs], "layers": layers, "loss": {"type": "softmax-cross-entropy"}},
                   seed=seed)


def test_relu_layer_with_negative_bias_reads_all_inactive():
    net = _tiny([5, 4], "relu")
    x = np.random.default_rng(0).random((50, 6), dtype=np.float32)
    net.params["b1"][:] = -1e3  # every first-layer unit below zero for every input: dead
    shares = inactive_share(net, x)
    assert shares == {"2 relu": 1.0, "4 relu": 1.0}  # the second layer sees constant zeros too


def test_inactive_share_matches_direct_count():
    net = _tiny([8], "relu")
    x = np.random.default_rng(1).standard_normal((40, 6)).astype(np.float32)
    net.params["b1"][:3] = -1e3
    hidden = np.maximum(x @ net.params["W1"] + net.params["b1"], 0)
    dead = (hidden.std(axis=0) < 1e-4).mean()
    assert inactive_share(net, x)["2 relu"] == dead == 3 / 8


def test_saturated_sigmoid_units_count_as_inactive():
    net = _tiny([4], "sigmoid")
    x = np.random.default_rng(2).random((30, 6), dtype=np.float32)
    net.params["b1"][:2] = 50.0  # stuck at 1 for every input
    assert inactive_share(net, x)["2 sigmoid"] == 0.5


def test_deep_sigmoid_gradient_strength_falls_towards_the_input():
    net = _tiny([32] * 6, "sigmoid", inputs=20)
    rng = np.random.default_rng(3)
    x, y = rng.random((64, 20), dtype=np.float32), rng.integers(0, 3, 64)
    tracker = DiagnosticsTracker(net, x)
    for _ in range(3):
        net.gradient(x, y)
        tracker.add_step(net.grads)
    strength = tracker.report(net).gradient_strength
    values = [strength[f"W{k}"] for k in range(1, 8)]
    assert all(a < b for a, b in zip(values, values[1:])), values
    net.gradient(x, y)
    direct = np.linalg.norm(net.grads["W1"]) / np.sqrt(net.grads["W1"].size)
    np.testing.assert_allclose(values[0], direct, rtol=1e-5)  # weights unchanged: same gradient each step


def test_weight_histogram_compares_with_initial_weights():
    initial = np.random.default_rng(4).standard_normal(1000).astype(np.float32)
    now = initial * 2 + 1
    h = weight_histogram(now, initial)
    assert h.now.sum() == h.initial.sum() == 1000
    assert abs(h.mean - (h.initial_mean * 2 + 1)) < 1e-4 and abs(h.spread - 2 * h.initial_spread) < 1e-4
    assert h.edges[0] == min(now.min(), initial.min()) and h.edges[-1] == max(now.max(), initial.max())


def test_training_records_carry_diagnostics_at_the_interval():
    rng = np.random.default_rng(5)
    images = rng.integers(0, 256, (300, 28, 28), dtype=np.uint8)
    labels = rng.integers(0, 10, 300)
    net = Network({"input_shape": [784], "layers": [{"type": "affine", "units": 16, "init": "he"},
                                                   {"type": "relu"}, {"type": "affine", "units": 10}],
                   "loss": {"type": "softmax-cross-entropy"}})
    config = TrainConfig(batch_size=10, epochs=2, diagnostics_interval=1e-9, eval_train_samples=50)
    records = [r for r in train(net, images, labels, FLAT_UNIT, config) if r.diagnostics]
    assert [r.kind for r in records].count("batch") == 54  # every batch: the interval always came round
    assert [r.kind for r in records].count("epoch") == 2
    d = records[-1].diagnostics
    assert d.steps == 0 and d.gradient_strength == records[-2].diagnostics.gradient_strength  # nothing new
    assert records[-2].diagnostics.steps == 1 and set(d.gradient_strength) == {"W1", "W2"} and set(d.inactive_share) == {"2 relu"}
    assert d.weights["W1"].initial_spread != d.weights["W1"].spread  # the weights moved
    slow = TrainConfig(batch_size=10, epochs=1, diagnostics_interval=1e9, eval_train_samples=50)
    assert [r.kind for r in train(net, images, labels, FLAT_UNIT, slow) if r.diagnostics] == ["epoch"]
    off = TrainConfig(batch_size=10, epochs=1, diagnostics_interval=0.0, eval_train_samples=50)
    assert not any(r.diagnostics for r in train(net, images, labels, FLAT_UNIT, off))
