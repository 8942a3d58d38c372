"""The 2-D playground's engine: seeded point clouds, features, gradients, training steps, grids."""

import itertools

import numpy as np
import pytest

from playground.engine.errors import SpecError
from playground.engine.central_differences import numerical_gradient
from playground.engine.plane.data import DATASETS, EXTENT, generate, split
from playground.engine.plane.features import FEATURES, expand
from playground.engine.plane.network import (ACTIVATIONS, Architecture, Hyper, PlaneNetwork, Trainer,
                                             grid_points)


@pytest.mark.parametrize("kind", DATASETS)
def test_each_data_set_repeats_with_its_seed_and_changes_with_another(kind):
    a, b, c = generate(kind, 7, 0.2), generate(kind, 7, 0.2), generate(kind, 8, 0.2)
    assert np.array_equal(a.points, b.points) and np.array_equal(a.labels, b.labels)
    assert not np.array_equal(a.points, c.points)
    assert a.points.dtype == np.float32 and a.points.shape == (len(a), 2)
    assert len(a) == (1200 if a.regression else 500)
    if a.regression:
        assert a.labels.min() >= -1 and a.labels.max() <= 1 and a.labels.std() > 0.1
    else:
        assert sorted(np.unique(a.labels)) == list(range(a.classes))


def test_noise_free_sets_follow_their_rule():
    circle = generate("circle", 1, 0.0)
    radius = np.hypot(*circle.points.T)
    assert radius[circle.labels == 1].max() <= 2.5 + 1e-5 and radius[circle.labels == 0].min() >= 3.5 - 1e-5
    xor = generate("xor", 1, 0.0)
    assert np.array_equal(xor.labels, (xor.points.prod(axis=1) >= 0).astype(int))
    plane = generate("plane", 1, 0.0)
    np.testing.assert_allclose(plane.labels, np.clip(plane.points.sum(axis=1) / 10, -1, 1), atol=1e-6)


def test_noise_blurs_the_circle():
    noisy = generate("circle", 1, 0.5)
    inside = np.hypot(*noisy.points.T) < 2.5
    assert 0.05 < np.mean(noisy.labels != inside) < 0.4


@pytest.mark.parametrize("kind,classes", [("spirals", 3), ("spirals", 5), ("blobs", 4)])
def test_many_class_sets(kind, classes):
    data = generate(kind, 3, 0.0, classes=classes)
    assert data.classes == classes and np.bincount(data.labels).min() >= 500 // classes


def test_bad_settings_are_refused_with_a_message():
    with pytest.raises(SpecError, match="noise"):
        generate("circle", 1, 0.9)
    with pytest.raises(SpecError, match="unknown data set"):
        generate("moons", 1)
    with pytest.raises(SpecError, match="classes"):
        generate("blobs", 1, classes=9)
    with pytest.raises(SpecError, match="10 %"):
        split(generate("xor", 1), 0.95, 1)


def test_split_is_a_seeded_partition():
    data = generate("spiral", 2, 0.1)
    train, test = split(data, 0.3, 5)
    assert (len(train), len(test)) == (150, 350)
    together = np.concatenate([train.points, test.points])
    assert sorted(map(tuple, together.tolist())) == sorted(map(tuple, data.points.tolist()))
    again, _ = split(data, 0.3, 5)
    assert np.array_equal(train.points, again.points)


def test_features_are_the_named_functions_in_canonical_order():
    points = np.array([[1.0, 2.0], [-0.5, 3.0]], dtype=np.float32)
    out = expand(points, ["sin(x2)", "x1", "x1*x2", "x2^2"])
    np.testing.assert_allclose(out, [[1.0, 4.0, 2.0, np.sin(2.0)], [-0.5, 9.0, -1.5, np.sin(3.0)]], rtol=1e-6)
    with pytest.raises(SpecError, match="at least one"):
        expand(points, [])
    with pytest.raises(SpecError, match="unknown input"):
        expand(points, ["x3"])


def _check_gradients(model, inputs, labels, hyper, seed=0):
    # Biases start at zero, where a dead ReLU layer would put the next one exactly on its kink.
    for link in range(model.links):
        model.biases(link)[...] = np.random.default_rng(link).normal(0, 0.5, model.biases(link).shape)
    model.network.reseed(seed)
    model.gradient(inputs, labels, hyper)
    analytic = {name: g.copy() for name, g in model.network.grads.items()}

    def loss():
        net = model.network
        net.reseed(seed)  # the same dropout masks on every pass
        return model.objective.forward(net.predict(inputs, train=True), labels) + model.penalty(hyper)

    for name, param in model.network.params.items():
        numeric = numerical_gradient(loss, param)
        np.testing.assert_allclose(analytic[name], numeric, rtol=1e-4, atol=1e-6, err_msg=name)


@pytest.mark.parametrize("feature,activation", list(itertools.product(FEATURES, ACTIVATIONS)))
def test_gradients_of_every_feature_and_activation(feature, activation):
    rng = np.random.default_rng(0)
    # Within [-3, 3] no class probability gets near the 1e-7 the cross-entropy adds before its log.
    points = rng.uniform(-3, 3, (7, 2))
    model = PlaneNetwork(Architecture((feature, "x1"), (3, 2), (activation, activation), 3), seed=1,
                         dtype=np.float64)
    _check_gradients(model, model.inputs(points), rng.integers(0, 3, 7), Hyper())


@pytest.mark.parametrize("regularization", ["l1", "l2"])
def test_gradients_of_regression_with_regularization(regularization):
    rng = np.random.default_rng(1)
    points = rng.uniform(-EXTENT, EXTENT, (6, 2))
    model = PlaneNetwork(Architecture(tuple(FEATURES), (4,), ("tanh",), 0), seed=2, dtype=np.float64)
    hyper = Hyper(regularization=regularization, regularization_rate=0.03)
    _check_gradients(model, model.inputs(points), rng.uniform(-1, 1, 6), hyper)


def test_gradients_with_dropout_and_its_columns():
    rng = np.random.default_rng(2)
    points = rng.uniform(-3, 3, (8, 2))
    model = PlaneNetwork(Architecture(("x1", "x2"), (5, 3), ("tanh", "linear"), 2, dropout=0.3), seed=3,
                         dtype=np.float64)
    assert [layer.kind for layer in model.network.layers] == ["affine", "tanh", "dropout", "affine", "dropout",
                                                              "affine"]
    _check_gradients(model, model.inputs(points), rng.integers(0, 2, 8), Hyper())
    plain = PlaneNetwork(Architecture(("x1", "x2"), (5, 3), ("tanh", "linear"), 2), seed=3, dtype=np.float64)
    plain.network.load_state(model.network.state())
    for with_dropout, without in zip(model.columns(points), plain.columns(points)):
        np.testing.assert_allclose(with_dropout, without)  # evaluation never drops
    with pytest.raises(SpecError, match="dropout"):
        Architecture(dropout=0.8)


def test_no_hidden_layer_and_linear_layers_have_the_expected_columns():
    model = PlaneNetwork(Architecture(("x1", "x2", "x1^2"), (), (), 2))
    assert model.links == 1 and model.weights(0).shape == (3, 2)
    cols = PlaneNetwork(Architecture(("x1",), (5, 1), ("linear", "relu"), 0)).columns(grid_points(10))
    assert [c.shape for c in cols] == [(100, 1), (100, 5), (100, 1), (100, 1)]
    assert cols[2].min() >= 0


def test_architecture_limits():
    with pytest.raises(SpecError, match="hidden layers"):
        Architecture(hidden=(9,), activations=("relu",))
    with pytest.raises(SpecError, match="activation"):
        Architecture(hidden=(2,), activations=("swish",))


def test_grid_runs_bottom_row_first_and_outputs_are_probabilities():
    grid = grid_points(100)
    assert grid.shape == (10000, 2) and grid[0, 1] < 0 < grid[-1, 1] and grid[0, 0] < grid[1, 0]
    model = PlaneNetwork(Architecture(hidden=(8,) * 6, activations=("relu",) * 6), seed=3)
    columns = model.columns(grid)
    assert [c.shape[1] for c in columns] == [2, 8, 8, 8, 8, 8, 8, 2]
    np.testing.assert_allclose(columns[-1].sum(axis=1), 1, rtol=1e-5)


def _trainer(seed, kind="circle", optimizer="sgd", hidden=(4, 2)):
    train, test = split(generate(kind, seed, 0.0), 0.5, seed)
    model = PlaneNetwork(Architecture(hidden=hidden, activations=("tanh",) * len(hidden)), seed=seed)
    return Trainer(model, train, test, Hyper(learning_rate=0.03, batch_size=10, optimizer=optimizer), seed)


def test_training_is_reproducible_by_seed():
    a, b = _trainer(4), _trainer(4)
    for _ in range(30):
        a.step(), b.step()
    for name, p in a.model.network.params.items():
        assert np.array_equal(p, b.model.network.params[name])


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_training_learns_the_circle(optimizer):
    trainer = _trainer(5, optimizer=optimizer)
    before = trainer.losses()
    for _ in range(60):
        trainer.run_epoch()
    after = trainer.losses()
    assert trainer.epoch == 60 and trainer.steps == 60 * 25
    assert after[0] < before[0] / 3 and after[1] < before[1] / 3
    assert trainer.accuracies()[1] > 0.9
    confusion = trainer.test_confusion()
    assert confusion.sum() == len(trainer.test) and np.trace(confusion) > 0.9 * len(trainer.test)


def test_an_edited_weight_is_what_the_network_computes():
    model = PlaneNetwork(Architecture(hidden=(2,), activations=("linear",)), seed=0)
    grid = grid_points(4)
    model.weights(0)[0, 1] = 2.5
    model.biases(0)[1] = -1.0
    w = model.weights(0)
    np.testing.assert_allclose(model.columns(grid)[1][:, 1], 2.5 * grid[:, 0] + w[1, 1] * grid[:, 1] - 1.0,
                               rtol=1e-5, atol=1e-5)
