"""Robustness curves and the confidence threshold, against direct computation."""

import numpy as np
import pytest
from scipy import ndimage

from playground.engine.data.datasets import load_dataset
from playground.engine.inspection import evaluate
from playground.engine.inspection.confidence import apply_threshold, threshold_curve
from playground.engine.inspection.robustness import STRENGTHS, disturb, robustness_curve, thicken
from playground.engine.training.modelfile import load_model
from playground.paths import MODELS_DIR


@pytest.fixture(scope="module")
def mlp_and_images():
    data = load_dataset("mnist")
    return load_model(MODELS_DIR / "mlp.npz"), data.test_images[:600], data.test_labels[:600]


def test_every_curve_has_at_least_ten_points_over_the_asked_range():
    assert all(len(s) >= 10 for s in STRENGTHS.values())
    assert (STRENGTHS["noise"][0], STRENGTHS["noise"][-1]) == (0.0, pytest.approx(0.6))
    assert (STRENGTHS["rotation"][0], STRENGTHS["rotation"][-1]) == (-45.0, 45.0)


def test_zero_strength_gives_the_plain_accuracy_and_noise_lowers_it(mlp_and_images):
    model, images, labels = mlp_and_images
    plain = evaluate(model, images, labels).accuracy
    for kind, strengths in (("noise", [0.0, 0.6]), ("rotation", [0.0, 45.0]), ("thickness", [0.0, 2.0])):
        curve = robustness_curve(model, images, labels, kind, strengths=strengths)
        assert curve.accuracy[0] == pytest.approx(plain)
        assert curve.accuracy[1] < plain - 0.05
        assert curve.hardest == 1


def test_the_accuracy_at_a_strength_equals_classifying_the_disturbed_images_directly(mlp_and_images):
    model, images, labels = mlp_and_images
    curve = robustness_curve(model, images, labels, "rotation", strengths=[30.0])
    turned = ndimage.rotate(images.astype(np.float32), 30.0, axes=(2, 1), reshape=False, order=1)
    direct = np.mean(model.probabilities(np.clip(np.rint(turned), 0, 255).astype(np.uint8)).argmax(1) == labels)
    assert curve.accuracy[0] == pytest.approx(direct)


def test_the_worst_examples_are_the_disturbed_images_as_classified_and_all_wrong(mlp_and_images):
    model, images, labels = mlp_and_images
    curve = robustness_curve(model, images, labels, "noise", strengths=[0.0, 0.5], seed=3, worst=8)
    assert len(curve.worst) == 8
    p = model.probabilities(curve.worst_images)
    np.testing.assert_array_equal(p.argmax(1), curve.worst_predicted)
    assert np.all(curve.worst_predicted != labels[curve.worst])
    true_p = p[np.arange(8), labels[curve.worst]]
    assert np.all(np.diff(true_p) >= -1e-6)  # least belief in the true class first


def test_curves_are_deterministic_for_a_seed_and_cancellable(mlp_and_images):
    model, images, labels = mlp_and_images
    a = robustness_curve(model, images, labels, "noise", strengths=[0.3, 0.4], seed=1)
    b = robustness_curve(model, images, labels, "noise", strengths=[0.3, 0.4], seed=1)
    np.testing.assert_array_equal(a.accuracy, b.accuracy)
    np.testing.assert_array_equal(a.worst_images, b.worst_images)
    calls = []
    assert robustness_curve(model, images, labels, "noise", cancelled=lambda: calls.append(1) or len(calls) > 1) is None
    assert len(calls) == 2  # stopped between chunks


def test_thickness_grows_and_shrinks_the_ink_and_fractions_blend():
    image = np.zeros((1, 28, 28), np.uint8)
    image[0, 10:18, 13:15] = 255
    ink = [int(thicken(image, s).astype(bool).sum()) for s in (-1.0, 0.0, 1.0, 2.0)]
    assert ink[0] < ink[1] < ink[2] < ink[3]
    half = thicken(image, 0.5).astype(np.float32)
    expected = 0.5 * image + 0.5 * ndimage.grey_dilation(image, footprint=ndimage.generate_binary_structure(2, 1)[None])
    np.testing.assert_allclose(half, np.rint(expected))
    with pytest.raises(ValueError):
        disturb("blur", image, 1.0)


def test_threshold_zero_answers_everything_and_one_answers_only_certainties():
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(4), size=200).astype(np.float32)
    labels = rng.integers(0, 4, 200)
    everything = apply_threshold(p, labels, 0.0)
    assert everything.answered == 1.0
    assert everything.accuracy_answered == everything.accuracy_all == pytest.approx(np.mean(p.argmax(1) == labels))
    half = apply_threshold(p, labels, 0.5)
    sure = p.max(1) >= 0.5
    assert half.answered == pytest.approx(sure.mean())
    assert half.accuracy_answered == pytest.approx(np.mean(p.argmax(1)[sure] == labels[sure]))
    assert np.isnan(apply_threshold(p, labels, 1.01).accuracy_answered)
    curve = threshold_curve(p, labels)
    assert len(curve) == 21 and all(np.diff([r.answered for r in curve]) <= 0)
