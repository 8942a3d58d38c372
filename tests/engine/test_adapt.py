"""Adapting a shipped model to one person's writing: digits drawn turned far over, which MNIST
models misread, are read better after fine-tuning, while MNIST accuracy barely moves."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.adapt import (AdaptConfig, AdaptError, adapt, class_indices, personal_model_path,
                                     save_personal_model, stratified_folds)
from playground.engine.data.datasets import load_dataset
from playground.engine.training.modelfile import load_model
from playground.engine.data.mnist_style import to_mnist
from playground.paths import MODELS_DIR

from tests.data.drawn_digits.render import load_templates, render

#: The "personal style": every digit written turned 70 degrees clockwise.
STYLE_ANGLE = 70.0
FAST = AdaptConfig(steps=80, replay=3000, guard=1000, mnist_test=1000)


def rotated_templates(angle: float = STYLE_ANGLE) -> dict[int, list[dict]]:
    """The drawn-digit stroke templates of each digit, turned by ``angle`` degrees."""
    turn = np.deg2rad(angle)
    rotation = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
    by_digit: dict[int, list[dict]] = {}
    for template in load_templates():
        strokes = [{**s, "points": (np.asarray(s["points"]) @ rotation.T).tolist()} for s in template["strokes"]]
        by_digit.setdefault(int(template["digit"]), []).append({**template, "strokes": strokes})
    return by_digit


def styled_drawings(per_digit: int, seed: int, angle: float = STYLE_ANGLE) -> tuple[np.ndarray, np.ndarray]:
    """``per_digit`` drawings of every digit in the personal style, prepared as the pad does."""
    rng = np.random.default_rng(seed)
    images, labels = [], []
    for digit, templates in rotated_templates(angle).items():
        for k in range(per_digit):
            prepared = to_mnist(render(templates[(k + seed) % len(templates)], rng))
            images.append(np.clip(np.rint(prepared * 255), 0, 255).astype(np.uint8))
            labels.append(digit)
    return np.stack(images), np.array(labels)


@pytest.fixture(scope="module")
def mnist():
    data = load_dataset("mnist")
    return (data.train_images, data.train_labels), (data.test_images[:2000], data.test_labels[:2000])


@pytest.fixture(scope="module")
def mlp():
    return load_model(MODELS_DIR / "mlp.npz")


def run(model, images, labels, mnist, config=FAST):
    records = list(adapt(model, images, labels, *mnist, config))
    fractions = [r.fraction for r in records]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(r.result is None for r in records[:-1])
    return records[-1].result


def test_twenty_drawings_teach_the_style_and_mnist_holds(mlp, mnist):
    images, labels = styled_drawings(2, seed=1)
    original = {name: array.copy() for name, array in mlp.network.params.items()}
    result = run(mlp, images, labels, mnist)
    assert (result.drawings, result.held_out, result.folds) == (20, 20, 5)   # cross-validated
    assert result.user_before <= 0.4                                           # the style is misread
    assert result.user_after >= result.user_before + 0.15                      # held-out drawings
    assert result.mnist_images == 1000
    assert result.mnist_before - result.mnist_after <= 0.01
    fresh, fresh_labels = styled_drawings(2, seed=7)                          # drawings never seen
    before = np.mean(mlp.probabilities(fresh).argmax(axis=1) == fresh_labels)
    after = np.mean(result.model.probabilities(fresh).argmax(axis=1) == fresh_labels)
    assert after >= before + 0.1
    assert all(np.array_equal(original[n], a) for n, a in mlp.network.params.items())  # a copy was tuned
    assert result.model.name == "mlp-personal"
    assert result.model.test_accuracy == result.mnist_after
    assert result.model.meta["training"]["adapted_from"] == "mlp"


def test_thirty_drawings_or_more_hold_one_stratified_share_out(mlp, mnist):
    images, labels = styled_drawings(4, seed=2)
    result = run(mlp, images, labels, mnist, AdaptConfig(steps=10, replay=500, guard=500))
    assert (result.drawings, result.folds, result.held_out) == (40, 1, 8)   # a fifth, 4 of each class dealt in turn


def test_folds_take_every_class_in_turn():
    labels = np.repeat(np.arange(10), 3)
    folds = stratified_folds(labels, 3, seed=0)
    for digit in range(10):
        assert sorted(folds[labels == digit]) == [0, 1, 2]


def test_stopping_early_leaves_the_model_as_it_was(mlp, mnist):
    images, labels = styled_drawings(1, seed=3)
    original = {name: array.copy() for name, array in mlp.network.params.items()}
    for count, record in enumerate(adapt(mlp, images, labels, *mnist, FAST)):
        if count == 5:
            break
    assert record.result is None
    assert all(np.array_equal(original[n], a) for n, a in mlp.network.params.items())


def test_too_few_drawings_or_unknown_classes_are_refused(mlp, mnist):
    images, labels = styled_drawings(1, seed=4)
    with pytest.raises(AdaptError, match="at least 10"):
        next(adapt(mlp, images[:9], labels[:9], *mnist))
    with pytest.raises(AdaptError, match="no class 'circle'"):
        class_indices(mlp, ["3", "circle"])
    np.testing.assert_array_equal(class_indices(mlp, ["3", "0"]), [3, 0])


def test_the_personal_model_is_saved_in_the_data_folder(mlp, mnist, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    images, labels = styled_drawings(1, seed=5)
    result = run(mlp, images, labels, mnist, AdaptConfig(steps=5, replay=500, guard=500))
    path = save_personal_model(result.model)
    assert path == tmp_path / "nn-playground" / "models" / "mlp-personal.npz"
    assert personal_model_path(result.model) == path
    loaded = load_model(path)
    assert loaded.name == "mlp-personal"
    assert loaded.meta["metrics"]["personal"]["user_after"] == result.user_after
    x = loaded.prepare(images)
    np.testing.assert_allclose(loaded.network.predict(x), result.model.network.predict(x), rtol=1e-5, atol=1e-5)
