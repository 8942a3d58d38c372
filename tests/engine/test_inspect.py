"""Inspection: weight mosaics, activations, class pictures and test-set evaluation."""

import numpy as np
import pytest

from playground.engine.inspection import (
    class_images,
    confusion_matrix,
    conv_filter_mosaic,
    dense_weight_tiles,
    evaluate,
    layer_outputs,
    strongest_outgoing,
    tile_mosaic,
    top_k,
    weight_mosaic,
)
from playground.engine.inspection.class_images import BACKQUERY, GRADIENT_ASCENT, input_range
from playground.engine.fast.network import Network
from playground.engine.optimizers import Adam
from playground.engine.presets import get_preset, mlp_spec
from playground.engine.training.modelfile import new_model

DIGITS = [str(d) for d in range(10)]
FLAT = {"scale": "unit", "layout": "flat"}
IMAGE = {"scale": "unit", "layout": "image"}
CNN_SPEC = {"input_shape": [1, 28, 28],
            "layers": [{"type": "conv", "filters": 4, "kernel": 5}, {"type": "relu"},
                       {"type": "pool", "size": 2},
                       {"type": "conv", "filters": 3, "kernel": 3}, {"type": "relu"},
                       {"type": "flatten"}, {"type": "affine", "units": 10}],
            "loss": {"type": "softmax-cross-entropy"}}


def make_model(spec, input_spec=FLAT, seed=0):
    return new_model(Network(spec, seed=seed), name="test", preset=None, input_spec=input_spec,
                     dataset="mnist", classes=DIGITS)


def synthetic_digits(rng, n):
    """Ten easily told apart classes: class k lights up horizontal band k of the image."""
    labels = rng.integers(0, 10, n)
    images = rng.integers(0, 40, (n, 28, 28)).astype(np.uint8)
    for k in range(10):
        rows = slice(2 + 2 * k, 4 + 2 * k)
        images[labels == k, rows, 4:24] = 230
    return images, labels


@pytest.fixture(scope="module")
def trained_mlp():
    """A BatchNorm MLP trained until it tells the synthetic classes apart."""
    rng = np.random.default_rng(1)
    model = make_model(mlp_spec([32], "relu", "he", batchnorm=True))
    images, labels = synthetic_digits(rng, 2000)
    x = model.prepare(images)
    optimizer = Adam(0.01)
    for start in range(0, 2000 * 3, 100):
        batch = np.arange(start, start + 100) % 2000
        model.network.gradient(x[batch], labels[batch])
        optimizer.update(model.network.params, model.network.grads)
    return model


# ----------------------------------------------------------------- mosaics
def test_tiles_sit_at_row_k_div_cols_and_column_k_mod_cols():
    tiles = np.arange(7, dtype=np.float32)[:, None, None] + np.zeros((7, 3, 2), np.float32)
    mosaic = tile_mosaic(tiles + 1, cols=3)
    assert mosaic.grid == (3, 3)
    assert mosaic.image.shape == (3 * 3 + 2, 3 * 2 + 2)
    for k in range(7):
        row, col = mosaic.tile_origin(k)
        assert (row, col) == ((k // 3) * 4, (k % 3) * 3)
        np.testing.assert_array_equal(mosaic.image[row:row + 3, col:col + 2], k + 1)
        assert mosaic.tile_at(row + 2, col + 1) == k
    assert np.isnan(mosaic.image[3, :]).all()          # gap row between tile rows
    assert np.isnan(mosaic.image[:, 2]).all()          # gap column
    assert mosaic.tile_at(3, 0) is None                # clicking a gap selects nothing
    assert mosaic.tile_at(8, 4) is None                # the two empty grid cells after tile 6
    assert np.isnan(mosaic.image[8:, 3:]).all()


def test_shared_scale_keeps_values_and_per_tile_scale_normalises_each_tile():
    tiles = np.stack([np.full((2, 2), 0.5), np.full((2, 2), -4.0)]).astype(np.float32)
    tiles[0, 0, 0] = -0.25
    shared = tile_mosaic(tiles, cols=2)
    assert shared.levels == (-4.0, 4.0)
    np.testing.assert_allclose(shared.image[0:2, 0:2], tiles[0])
    per_tile = tile_mosaic(tiles, cols=2, per_tile_scale=True)
    assert per_tile.levels == (-1.0, 1.0)
    np.testing.assert_allclose(per_tile.image[0:2, 0:2], tiles[0] / 0.5)
    np.testing.assert_allclose(per_tile.image[0:2, 3:5], -1.0)


def test_all_zero_tiles_get_a_usable_scale():
    mosaic = tile_mosaic(np.zeros((4, 5, 5)), per_tile_scale=True)
    assert np.nanmax(np.abs(mosaic.image)) == 0 and mosaic.limit == 1.0
    assert tile_mosaic(np.zeros((4, 5, 5))).limit == 1.0


def test_first_layer_weights_become_one_28x28_tile_per_hidden_unit():
    W = np.random.default_rng(0).normal(size=(784, 50)).astype(np.float32)
    tiles = dense_weight_tiles(W)
    assert tiles.shape == (50, 28, 28)
    np.testing.assert_array_equal(tiles[7].ravel(), W[:, 7])
    mosaic = weight_mosaic({"W1": W, "b1": np.zeros(50), "W2": np.zeros((50, 10))}, "W1")
    assert (mosaic.kind, mosaic.count, mosaic.grid, mosaic.tile_shape) == ("tiles", 50, (7, 8), (28, 28))
    assert mosaic.image.shape == (7 * 29 - 1, 8 * 29 - 1)


def test_later_dense_weights_are_shown_as_one_row_per_unit():
    params = {"W1": np.zeros((784, 50)), "W2": np.arange(500.0).reshape(50, 10)}
    mosaic = weight_mosaic(params, "W2")
    assert mosaic.kind == "matrix" and mosaic.image.shape == (10, 50)
    np.testing.assert_array_equal(mosaic.image, params["W2"].T)


def test_conv_mosaics_first_layer_as_images_deeper_layers_one_row_per_filter():
    network = Network(CNN_SPEC, seed=0)
    first = conv_filter_mosaic(network.params["W1"])
    assert (first.count, first.grid, first.tile_shape) == (4, (2, 2), (5, 5))
    assert first.image.shape == (11, 11)
    deeper = weight_mosaic(network.params, "W2")
    assert (deeper.count, deeper.grid, deeper.tile_shape) == (12, (3, 4), (3, 3))
    row, col = deeper.tile_origin(2 * 4 + 1)           # filter 2, input channel 1
    np.testing.assert_allclose(deeper.image[row:row + 3, col:col + 3], network.params["W2"][2, 1])


def test_strongest_outgoing_weights_follow_the_next_dense_layer():
    W2 = np.zeros((5, 4), np.float32)
    W2[3] = [0.1, -0.9, 0.5, 0.0]
    params = {"W1": np.zeros((784, 5)), "gamma2": np.ones(5), "W3": W2}
    name, targets, weights = strongest_outgoing(params, "W1", 3, top=3)
    assert name == "W3"
    assert targets.tolist() == [1, 2, 0]
    np.testing.assert_allclose(weights, [-0.9, 0.5, 0.1])
    assert strongest_outgoing(params, "W3", 0) is None


# ----------------------------------------------------------------- activations
def test_layer_outputs_give_feature_maps_for_conv_layers_and_vectors_for_dense_ones():
    model = make_model(CNN_SPEC, IMAGE)
    outputs = layer_outputs(model.network, model.prepare(np.zeros((1, 28, 28), np.uint8)))
    assert [o.kind for o in outputs] == ["conv", "relu", "pool", "conv", "relu", "flatten", "affine"]
    assert [o.values.shape for o in outputs] == [(4, 24, 24), (4, 24, 24), (4, 12, 12), (3, 10, 10),
                                                 (3, 10, 10), (300,), (10,)]
    assert [o.is_feature_maps for o in outputs] == [True] * 5 + [False] * 2


# ----------------------------------------------------------------- class pictures
def test_backquery_gives_one_image_per_label_in_the_sigmoid_range():
    preset = get_preset("rashid")
    model = make_model(preset.network_spec(), preset.input)
    pictures = class_images(model)
    assert pictures.method == BACKQUERY
    assert pictures.images.shape == (10, 28, 28)
    assert pictures.images.min() >= 0.01 - 1e-9 and pictures.images.max() <= 0.99 + 1e-9
    assert not np.allclose(pictures.images[0], pictures.images[1])


def test_backquery_is_refused_for_networks_with_biases():
    with pytest.raises(ValueError, match="back-query"):
        class_images(make_model(mlp_spec([20], "sigmoid", "xavier")), method=BACKQUERY)


def test_eval_mode_input_gradient_matches_central_differences_with_batchnorm(trained_mlp):
    network = trained_mlp.network
    x = np.random.default_rng(2).random((3, 784)).astype(np.float32)
    targets = np.array([1, 4, 7])
    _, grad = network.score_gradient(x, targets)
    for row, target in enumerate(targets):
        for pixel in (100, 400, 650):
            step = np.zeros_like(x[row:row + 1])
            step[0, pixel] = 1e-2
            up = network.predict(x[row:row + 1] + step)[0, target]
            down = network.predict(x[row:row + 1] - step)[0, target]
            assert grad[row, pixel] == pytest.approx((up - down) / 2e-2, rel=2e-2, abs=1e-3)


def test_gradient_ascent_raises_each_class_probability_above_the_blank_start(trained_mlp):
    low, high = input_range(trained_mlp)
    blank = trained_mlp.network.probabilities(np.full((1, 784), low, np.float32))[0]
    pictures = class_images(trained_mlp, steps=60)
    assert pictures.method == GRADIENT_ASCENT
    assert pictures.images.shape == (10, 28, 28)
    assert pictures.images.min() >= low and pictures.images.max() <= high
    target_probability = np.diag(pictures.probabilities)
    assert np.all(target_probability > blank)
    assert np.all(pictures.probabilities.argmax(axis=1) == np.arange(10))


def test_gradient_ascent_works_through_convolutions_and_stops_when_cancelled():
    model = make_model(CNN_SPEC, IMAGE, seed=3)
    for name, value in model.network.params.items():
        if name.startswith("b"):
            value[...] = 0.05
    blank = model.network.probabilities(model.prepare(np.zeros((1, 28, 28), np.uint8)))[0]
    pictures = class_images(model, steps=30)
    assert np.all(np.diag(pictures.probabilities) > blank)
    progress = []
    assert class_images(model, report=progress.append, cancelled=lambda: len(progress) >= 3) is None
    assert progress == pytest.approx([1 / 200, 2 / 200, 3 / 200])


# ----------------------------------------------------------------- evaluation
def test_confusion_matrix_matches_a_brute_force_count():
    rng = np.random.default_rng(5)
    labels, predicted = rng.integers(0, 10, 3000), rng.integers(0, 10, 3000)
    brute = np.zeros((10, 10), np.int64)
    for true, guess in zip(labels, predicted):
        brute[true, guess] += 1
    np.testing.assert_array_equal(confusion_matrix(labels, predicted, 10), brute)


def test_evaluation_counts_cells_mistakes_and_per_class_accuracy(trained_mlp):
    rng = np.random.default_rng(6)
    images, labels = synthetic_digits(rng, 700)
    labels[:70] = (labels[:70] + 1) % 10               # some labels no network can get right
    progress = []
    result = evaluate(trained_mlp, images, labels, batch_size=300, report=progress.append)
    assert progress == pytest.approx([300 / 700, 600 / 700, 1.0])
    probabilities = trained_mlp.probabilities(images)
    np.testing.assert_allclose(result.probabilities, probabilities, rtol=1e-5, atol=1e-7)
    predicted = probabilities.argmax(axis=1)
    assert result.confusion.sum() == 700
    assert result.accuracy == pytest.approx(np.mean(predicted == labels))
    for true in range(10):
        mine = labels == true
        assert result.per_class_accuracy()[true] == pytest.approx(np.mean(predicted[mine] == true))
        np.testing.assert_allclose(result.row_percentages()[true].sum(), 100.0)
    cell = result.cell(3, 4)
    assert set(cell) == set(np.flatnonzero((labels == 3) & (predicted == 4)))
    assert len(cell) == result.confusion[3, 4]

    mistakes = result.most_confident_mistakes()
    assert set(mistakes) == set(np.flatnonzero(predicted != labels))
    confidence = probabilities.max(axis=1)[mistakes]
    assert np.all(np.diff(confidence) <= 1e-7)          # most confidently wrong first
    assert len(result.most_confident_mistakes(5)) == 5


def test_evaluation_stops_when_cancelled(trained_mlp):
    images, labels = synthetic_digits(np.random.default_rng(7), 100)
    assert evaluate(trained_mlp, images, labels, batch_size=10, cancelled=lambda: True) is None


def test_top_k_orders_classes_by_probability():
    probabilities = np.array([[0.1, 0.6, 0.3], [0.5, 0.2, 0.3]])
    indices, values = top_k(probabilities, 2)
    assert indices.tolist() == [[1, 2], [0, 2]]
    np.testing.assert_allclose(values, [[0.6, 0.3], [0.5, 0.3]])
