"""Layer maps: PCA and t-SNE against known structure, and features taken at each layer."""

import numpy as np
import pytest

from playground.engine.inspection.layer_maps import layer_features, layer_names, map_sample, pca, tsne
from playground.engine.fast.network import Network
from playground.engine.presets import mlp_spec
from playground.engine.training.modelfile import new_model


def test_pca_of_a_rank_two_set_recovers_it_exactly():
    rng = np.random.default_rng(0)
    basis = np.linalg.qr(rng.standard_normal((30, 2)))[0].T  # two orthonormal directions
    weights = rng.standard_normal((200, 2)) * [5.0, 1.0]
    x = weights @ basis + 7.0
    coords, explained = pca(x)
    assert explained.sum() == pytest.approx(1.0)
    assert explained[0] > explained[1] > 0
    centred = x - x.mean(0)
    # The map keeps every pairwise distance of a rank-2 set.
    d_map = np.linalg.norm(coords[:, None] - coords[None], axis=2)
    d_true = np.linalg.norm(centred[:, None] - centred[None], axis=2)
    np.testing.assert_allclose(d_map, d_true, rtol=1e-4, atol=1e-3)
    np.testing.assert_allclose(coords.var(0) * 200, np.linalg.svd(centred, compute_uv=False)[:2] ** 2, rtol=1e-4)


def test_pca_pads_when_there_are_fewer_directions_than_asked():
    coords, explained = pca(np.array([[1.0], [2.0], [4.0]]))
    assert coords.shape == (3, 2) and np.all(coords[:, 1] == 0) and explained[1] == 0


def test_tsne_separates_well_separated_blobs_and_is_deterministic():
    rng = np.random.default_rng(1)
    centres = rng.standard_normal((3, 20)) * 20
    labels = np.repeat(np.arange(3), 40)
    x = centres[labels] + rng.standard_normal((120, 20))
    y = tsne(x, perplexity=15, iterations=300, seed=2)
    assert y.shape == (120, 2)
    means = np.stack([y[labels == k].mean(0) for k in range(3)])
    nearest = np.linalg.norm(y[:, None] - means[None], axis=2).argmin(1)
    np.testing.assert_array_equal(nearest, labels)
    spread = max(np.linalg.norm(y[labels == k] - means[k], axis=1).max() for k in range(3))
    gap = min(np.linalg.norm(means[a] - means[b]) for a in range(3) for b in range(a + 1, 3))
    assert gap > 2 * spread
    np.testing.assert_array_equal(y, tsne(x, perplexity=15, iterations=300, seed=2))
    assert tsne(x, iterations=300, cancelled=lambda: True) is None


def test_features_are_each_layers_output_flattened():
    model = new_model(Network(mlp_spec([8], "relu", "he"), seed=0), name="t", preset=None,
                      input_spec={"scale": "unit", "layout": "flat"}, dataset="mnist",
                      classes=[str(d) for d in range(10)])
    images = np.random.default_rng(0).integers(0, 256, (600, 28, 28)).astype(np.uint8)
    names = layer_names(model)
    assert names[0] == (-1, "input") and len(names) == len(model.network.layers) + 1
    np.testing.assert_allclose(layer_features(model, images, -1), model.prepare(images).reshape(600, -1))
    last = len(model.network.layers) - 1
    np.testing.assert_allclose(layer_features(model, images, last),
                               model.network.forward(model.prepare(images))[last], rtol=1e-5, atol=1e-6)
    assert layer_features(model, images, 0, cancelled=lambda: True) is None


def test_the_map_sample_is_seeded_capped_and_sorted():
    labels = np.zeros(5000)
    a = map_sample(labels, 2000, seed=4)
    assert len(a) == 2000 == len(np.unique(a)) and np.all(np.diff(a) > 0)
    np.testing.assert_array_equal(a, map_sample(labels, 2000, seed=4))
    np.testing.assert_array_equal(map_sample(labels[:10], 2000), np.arange(10))
