"""Optimizer steps against values computed by hand from the update rules."""

import numpy as np
import pytest

from playground.engine.fast import threads
from playground.engine.errors import SpecError
from playground.engine.optimizers import add_weight_decay, build_optimizer, clip_grad_norm
from playground.engine.training.schedules import build_schedule


def _two_steps(spec, g1=(1.0, -2.0), g2=(0.5, 0.5)):
    opt = build_optimizer(spec)
    p = {"W": np.array([1.0, 1.0])}
    opt.update(p, {"W": np.array(g1)})
    first = p["W"].copy()
    opt.update(p, {"W": np.array(g2)})
    return first, p["W"]


def test_sgd():
    first, second = _two_steps({"type": "sgd", "lr": 0.1})
    np.testing.assert_allclose(first, [0.9, 1.2])
    np.testing.assert_allclose(second, [0.85, 1.15])


def test_momentum():
    first, second = _two_steps({"type": "momentum", "lr": 0.1, "momentum": 0.9})
    # v1 = -0.1 g1 = (-0.1, 0.2); v2 = 0.9 v1 - 0.1 g2 = (-0.14, 0.13)
    np.testing.assert_allclose(first, [0.9, 1.2])
    np.testing.assert_allclose(second, [0.76, 1.33])


def test_nesterov_two_steps_by_hand():
    first, second = _two_steps({"type": "nesterov", "lr": 0.1, "momentum": 0.9})
    # From rest: p -= (1 + 0.9) * 0.1 * g1, then v1 = -0.1 g1 = (-0.1, 0.2).
    np.testing.assert_allclose(first, [1 - 0.19, 1 + 0.38])
    # p += 0.81 v1 - 0.19 g2
    np.testing.assert_allclose(second, first + 0.81 * np.array([-0.1, 0.2]) - 0.19 * 0.5)


def test_nesterov_tracks_plain_nag_at_its_look_ahead_point():
    """The optimizer's parameter is theta + m*v of textbook NAG, which takes its gradient at the
    look-ahead point: checked over many steps on an anisotropic quadratic."""
    curvature, lr, m = np.array([1.0, 10.0, 0.3]), 0.02, 0.9
    theta, v = np.array([1.0, -2.0, 3.0]), np.zeros(3)
    opt = build_optimizer({"type": "nesterov", "lr": lr, "momentum": m})
    p = {"W": theta.copy()}
    for _ in range(25):
        v = m * v - lr * curvature * (theta + m * v)
        theta = theta + v
        opt.update(p, {"W": curvature * p["W"]})
        np.testing.assert_allclose(p["W"], theta + m * v, rtol=1e-12, atol=1e-12)


def test_adagrad():
    first, second = _two_steps({"type": "adagrad", "lr": 0.1})
    np.testing.assert_allclose(first, [0.9, 1.1], rtol=1e-6)
    h = np.array([1.25, 4.25])
    np.testing.assert_allclose(second, first - 0.1 * np.array([0.5, 0.5]) / (np.sqrt(h) + 1e-7), rtol=1e-6)


def test_rmsprop():
    first, _ = _two_steps({"type": "rmsprop", "lr": 0.01, "decay_rate": 0.99})
    h = 0.01 * np.array([1.0, 4.0])
    np.testing.assert_allclose(first, 1 - 0.01 * np.array([1.0, -2.0]) / (np.sqrt(h) + 1e-7), rtol=1e-6)


def test_adam_first_step_moves_each_weight_by_about_lr():
    first, second = _two_steps({"type": "adam", "lr": 0.001})
    np.testing.assert_allclose(first, [0.999, 1.001], rtol=1e-6)
    # Step 2 by the formula: m = 0.1 g1 * 0.9 + 0.1 g2, v = 0.999*0.001 g1^2 + 0.001 g2^2.
    g1, g2 = np.array([1.0, -2.0]), np.array([0.5, 0.5])
    m = 0.9 * 0.1 * g1 + 0.1 * g2
    v = 0.999 * 0.001 * g1 ** 2 + 0.001 * g2 ** 2
    lr_t = 0.001 * np.sqrt(1 - 0.999 ** 2) / (1 - 0.9 ** 2)
    np.testing.assert_allclose(second, first - lr_t * m / (np.sqrt(v) + 1e-7), rtol=1e-6)


@pytest.mark.parametrize("shape", [(40, 30), (7, 3, 5, 5)])
def test_adam_in_pieces_over_threads_updates_in_place_like_one_piece(monkeypatch, shape):
    rng = np.random.default_rng(3)
    start, grads = rng.normal(size=shape), [rng.normal(size=shape) for _ in range(3)]
    results = []
    for group_bytes, threads_allowed in [(10**9, 1), (5 * 8 * 7, 2)]:  # whole, then 7 values a piece
        monkeypatch.setattr(threads, "GROUP_BYTES", group_bytes)
        monkeypatch.setattr(threads, "blas_threads", lambda: threads_allowed)
        opt, params = build_optimizer({"type": "adam", "lr": 0.01}), {"W": start.copy()}
        held = params["W"]
        for g in grads:
            opt.update(params, {"W": g})
        assert params["W"] is held
        results.append(held)
    np.testing.assert_array_equal(results[0], results[1])


def test_weight_decay_and_clipping():
    params = {"W1": np.array([2.0, -4.0]), "b1": np.array([3.0])}
    grads = {"W1": np.array([0.0, 0.0]), "b1": np.array([0.0])}
    add_weight_decay(params, grads, ["W1"], 0.5)
    np.testing.assert_allclose(grads["W1"], [1.0, -2.0])
    assert grads["b1"][0] == 0.0
    norm = clip_grad_norm({"a": np.array([3.0, 4.0])}, 10.0)
    assert norm == pytest.approx(5.0)
    g = {"a": np.array([3.0, 4.0])}
    clip_grad_norm(g, 1.0)
    assert np.linalg.norm(g["a"]) == pytest.approx(1.0)


def test_schedules():
    step = build_schedule({"type": "step", "step_epochs": 2, "gamma": 0.5})
    assert [step(0.8, e, 10) for e in (0, 1.9, 2, 4.5)] == [0.8, 0.8, 0.4, 0.2]
    cos = build_schedule({"type": "cosine", "min_lr": 0.0})
    assert cos(1.0, 0, 10) == pytest.approx(1.0)
    assert cos(1.0, 5, 10) == pytest.approx(0.5)
    assert cos(1.0, 10, 10) == pytest.approx(0.0)
    assert build_schedule(None)(0.3, 7, 10) == 0.3


def test_cosine_with_warm_up_climbs_to_the_peak_then_anneals():
    one_cycle = build_schedule({"type": "cosine", "min_lr": 0.0, "warmup": 0.5})
    assert one_cycle(1.0, 0.0, 3) == 0.0
    assert one_cycle(1.0, 0.25, 3) == pytest.approx(0.5)
    assert one_cycle(1.0, 0.5, 3) == pytest.approx(1.0)
    assert one_cycle(1.0, 1.75, 3) == pytest.approx(0.5)  # half-way through the cosine part
    assert one_cycle(1.0, 3.0, 3) == pytest.approx(0.0)
    rates = [one_cycle(1.0, k / 10, 3) for k in range(31)]
    assert rates.index(max(rates)) == 5
    with pytest.raises(SpecError):
        build_schedule({"type": "cosine", "warmup": -1})


@pytest.mark.parametrize("spec", [{"type": "adamw"}, {"type": "sgd", "learning_rate": 0.1}])
def test_unknown_optimizer_or_key_is_rejected(spec):
    with pytest.raises(SpecError):
        build_optimizer(spec)


@pytest.mark.parametrize("kind", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_rate_scales_freeze_a_parameter_and_slow_another(kind):
    rng = np.random.default_rng(5)
    start = {name: rng.normal(size=(4, 3)).astype(np.float32) for name in ("W1", "W2", "W3")}
    full = build_optimizer({"type": kind, "lr": 0.01})
    scaled = build_optimizer({"type": kind, "lr": 0.01, "rate_scales": {"W1": 0.0, "W2": 0.1}})
    p_full = {n: a.copy() for n, a in start.items()}
    p_scaled = {n: a.copy() for n, a in start.items()}
    for _ in range(5):
        grads = {n: rng.normal(size=(4, 3)).astype(np.float32) for n in start}
        full.update(p_full, grads)
        scaled.update(p_scaled, grads)
    assert np.array_equal(p_scaled["W1"], start["W1"])  # frozen: bit-identical
    np.testing.assert_allclose(p_scaled["W2"] - start["W2"], 0.1 * (p_full["W2"] - start["W2"]),
                               rtol=1e-3, atol=1e-6)  # every rule's step is linear in its rate
    np.testing.assert_array_equal(p_scaled["W3"], p_full["W3"])
    assert scaled.spec()["rate_scales"] == {"W1": 0.0, "W2": 0.1}
    assert "rate_scales" not in full.spec()


@pytest.mark.parametrize("scales", [{"W1": -0.5}, {"W1": 2.0}, {"W1": "slow"}, ["W1"], {"W1": True}])
def test_rate_scales_outside_0_to_1_are_refused(scales):
    with pytest.raises(SpecError, match="rate"):
        build_optimizer({"type": "sgd", "lr": 0.1, "rate_scales": scales})
