"""The Concepts pages' computations: activations, softmax, book losses, descent, gradient check, regression."""

import numpy as np
import pytest

from playground.engine.central_differences import numerical_gradient
from playground.engine.concepts import activations, loss_functions
from playground.engine.concepts.descent import (
    DIVERGENCE_BOUND,
    RACE_LEARNING_RATES,
    Walker,
    gradient_descent,
    optimizer_race,
)
from playground.engine.concepts.gradient_check import TOLERANCE, gradient_check
from playground.engine.concepts.regression import (
    CurveFit,
    RegressionMSE,
    fit_line,
    half_mse,
    least_squares_line,
    line_loss_grid,
    make_line_data,
    regression_network,
)
from playground.engine.concepts.surfaces import SURFACES, gradient_at, gradient_field
from playground.engine.losses import MeanSquaredError, SoftmaxCrossEntropy
from playground.engine.optimizers import SGD, Adam


# ----------------------------------------------------------------------------- activations
@pytest.mark.parametrize("key", list(activations.ACTIVATIONS))
def test_activation_derivative_matches_numerical(key):
    # Points away from 0, where step, ReLU and leaky ReLU have their kink.
    x = np.concatenate([np.linspace(-4, -0.1, 20), np.linspace(0.1, 4, 20)])
    _, derivative = activations.evaluate(key, x, alpha=0.1)
    numerical = numerical_gradient(lambda: float(np.sum(activations.evaluate(key, x, alpha=0.1)[0])), x)
    np.testing.assert_allclose(derivative, numerical, atol=1e-7)


def test_activation_values_are_the_familiar_functions():
    x = np.array([-2.0, 0.5, 3.0])
    np.testing.assert_allclose(activations.evaluate("sigmoid", x)[0], 1 / (1 + np.exp(-x)))
    np.testing.assert_allclose(activations.evaluate("relu", x)[0], [0.0, 0.5, 3.0])
    np.testing.assert_allclose(activations.evaluate("leaky-relu", x, alpha=0.1)[0], [-0.2, 0.5, 3.0])
    np.testing.assert_allclose(activations.evaluate("step", x)[0], [0.0, 1.0, 1.0])


def test_softmax_of_huge_scores_is_finite_and_equals_shifted_scores():
    p = activations.softmax_with_temperature(np.array([1000.0, 1001.0, 1002.0]))
    assert np.all(np.isfinite(p))
    assert p.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(p, activations.softmax_with_temperature(np.array([0.0, 1.0, 2.0])))


def test_naive_softmax_overflows_to_nan_where_the_stable_one_does_not():
    naive = activations.naive_softmax(np.array([1010.0, 1000.0, 990.0]))
    assert naive.overflowed
    assert np.all(np.isnan(naive.probabilities)) and np.isinf(naive.total)
    small = activations.naive_softmax(np.array([0.3, 2.9, 4.0]))
    assert not small.overflowed
    np.testing.assert_allclose(small.probabilities, activations.softmax_with_temperature(np.array([0.3, 2.9, 4.0])))
    np.testing.assert_allclose(small.probabilities, [0.01821127, 0.24519181, 0.73659691], rtol=1e-6)


def test_temperature_sharpens_and_flattens():
    scores = np.array([0.3, 2.9, 4.0])
    cold, warm = (activations.softmax_with_temperature(scores, t) for t in (0.2, 5.0))
    assert cold.max() > 0.99 and warm.max() < 0.5
    with pytest.raises(ValueError, match="positive"):
        activations.softmax_with_temperature(scores, 0.0)


def test_parse_scores_accepts_separators_and_names_bad_entries():
    np.testing.assert_array_equal(activations.parse_scores(" 0.3, 2.9;4  -1e1 "), [0.3, 2.9, 4.0, -10.0])
    with pytest.raises(ValueError, match="'abc' is not a number"):
        activations.parse_scores("1, abc")
    with pytest.raises(ValueError, match="at least one"):
        activations.parse_scores("  ")
    with pytest.raises(ValueError, match="finite"):
        activations.parse_scores("1, inf")


# ----------------------------------------------------------------------------- losses
def test_book_worked_loss_values():
    right, wrong = loss_functions.BOOK_EXAMPLES.values()
    c = loss_functions.BOOK_TRUE_CLASS
    assert loss_functions.mean_squared_error(right, c) == pytest.approx(0.0975)
    assert loss_functions.cross_entropy_error(right, c) == pytest.approx(0.510825, abs=1e-6)
    assert loss_functions.mean_squared_error(wrong, c) == pytest.approx(0.5975)
    assert loss_functions.cross_entropy_error(wrong, c) == pytest.approx(2.302584, abs=1e-6)


def test_book_losses_agree_with_engine_loss_layers():
    y = loss_functions.spread_prediction(0.7, 4)
    assert loss_functions.mean_squared_error(y, 4)[0] == pytest.approx(MeanSquaredError().forward(y, np.array([4])))
    # Softmax of log-probabilities gives the probabilities back, so the engine's layer sees the same y.
    assert loss_functions.cross_entropy_error(y, 4)[0] == pytest.approx(
        SoftmaxCrossEntropy().forward(np.log(y), np.array([4])), abs=1e-6)


def test_loss_curves_fall_as_the_true_class_gains_probability():
    ps = np.linspace(0.0, 1.0, 101)
    mse, ce = loss_functions.loss_curves(ps, 3)
    assert np.all(np.diff(mse) < 0) and np.all(np.diff(ce) < 0)
    assert mse[-1] == pytest.approx(0.0) and ce[-1] == pytest.approx(0.0, abs=1e-6)
    assert ce[0] == pytest.approx(-np.log(1e-7))
    y = loss_functions.spread_prediction(ps, 3)
    np.testing.assert_allclose(y.sum(axis=1), 1.0)
    with pytest.raises(ValueError):
        loss_functions.spread_prediction(1.5, 3)


# ----------------------------------------------------------------------------- descent
def test_one_descent_step_is_the_hand_computed_one():
    path = gradient_descent(SURFACES["sphere"], (-3.0, 4.0), 0.1, 1)
    # grad = (2 * -3, 2 * 4) = (-6, 8); x - 0.1 * grad = (-2.4, 3.2)
    np.testing.assert_allclose(path.points, [[-3.0, 4.0], [-2.4, 3.2]], atol=1e-9)
    np.testing.assert_allclose(path.values, [25.0, 16.0], atol=1e-9)


def test_saito_example_reaches_the_minimum():
    path = gradient_descent(SURFACES["sphere"], (-3.0, 4.0), 0.1, 100)
    assert not path.diverged and path.steps_taken == 100
    np.testing.assert_allclose(path.points[-1], [0.0, 0.0], atol=1e-8)


def test_too_large_rate_diverges_and_is_reported():
    path = gradient_descent(SURFACES["sphere"], (-3.0, 4.0), 1.1, 100)
    assert path.diverged and path.steps_taken < 100
    assert np.all(np.isfinite(path.points)) and np.max(np.abs(path.points)) <= DIVERGENCE_BOUND


def test_too_small_rate_crawls():
    crawl = gradient_descent(SURFACES["sphere"], (-3.0, 4.0), 0.001, 100)
    walk = gradient_descent(SURFACES["sphere"], (-3.0, 4.0), 0.1, 100)
    assert not crawl.diverged and crawl.distance < 1.0 < walk.distance
    assert crawl.final_value > 10.0


def test_overflowing_surface_stops_without_nan():
    path = gradient_descent(SURFACES["rosenbrock"], (-1.5, 2.0), 0.05, 50)
    assert path.diverged
    assert np.all(np.isfinite(path.points)) and np.all(np.isfinite(path.values))


def test_walker_step_by_step_equals_the_whole_run():
    walker = Walker(SURFACES["elongated"], Adam(lr=0.3), (-7.0, 2.0))
    for _ in range(30):
        assert walker.step()
    whole = optimizer_race(SURFACES["elongated"], (-7.0, 2.0), 30)["adam"]
    np.testing.assert_array_equal(walker.path().points, whole.points)
    doomed = Walker(SURFACES["sphere"], SGD(lr=10.0), (-3.0, 4.0))
    while doomed.step():
        pass
    assert doomed.diverged and not doomed.step()
    assert doomed.path().steps_taken == doomed.steps_taken


def test_numerical_gradients_match_the_formulas():
    surface = SURFACES["rosenbrock"]
    xs, ys = np.meshgrid(np.linspace(-2, 2, 7), np.linspace(-1, 3, 6))
    points = np.stack([xs.ravel(), ys.ravel()], axis=1)
    x0, x1 = points[:, 0], points[:, 1]
    exact = np.stack([-2 * (1 - x0) - 400 * x0 * (x1 - x0 ** 2), 200 * (x1 - x0 ** 2)], axis=1)
    np.testing.assert_allclose(gradient_field(surface, points), exact, atol=1e-4)
    np.testing.assert_allclose(gradient_at(SURFACES["elongated"], [-7.0, 2.0]), [-0.7, 4.0], atol=1e-8)


def test_race_paths_share_the_start_and_all_approach_the_minimum():
    paths = optimizer_race(SURFACES["elongated"], (-7.0, 2.0), 30)
    assert set(paths) == set(RACE_LEARNING_RATES)
    for name, path in paths.items():
        np.testing.assert_array_equal(path.points[0], [-7.0, 2.0])
        assert path.steps_taken == 30 and not path.diverged, name
        assert path.final_value < 0.2 * path.values[0], name
    # The optimizers really differ: no two paths are the same.
    finals = [tuple(p.points[-1]) for p in paths.values()]
    assert len(set(finals)) == len(finals)


# ----------------------------------------------------------------------------- gradient check
def test_gradient_check_passes_for_the_correct_network():
    rows = gradient_check(seed=3)
    assert [r.name for r in rows] == ["W1", "b1", "W2", "b2"]
    assert all(r.passed for r in rows)
    assert all(r.analytic_norm > 1e-4 for r in rows)  # a check on zero gradients would prove nothing


def test_gradient_check_catches_the_broken_sigmoid():
    rows = {r.name: r for r in gradient_check(seed=3, broken=True)}
    assert not rows["W1"].passed and not rows["b1"].passed
    assert rows["W1"].max_abs_difference > 100 * TOLERANCE
    # Layers after the broken one are still right: the bug is located, not just detected.
    assert rows["W2"].passed and rows["b2"].passed


# ----------------------------------------------------------------------------- regression
def test_regression_loss_gradient_matches_numerical():
    net = regression_network([3], "tanh", seed=1)
    x = np.linspace(-1, 1, 5)[:, None]
    t = x ** 2
    net.gradient(x, t)
    numerical = numerical_gradient(lambda: net.loss(x, t), net.params["W1"])
    np.testing.assert_allclose(net.grads["W1"], numerical, atol=1e-8)
    assert RegressionMSE().forward(np.array([[1.0], [3.0]]), np.array([0.0, 1.0])) == pytest.approx(
        half_mse(np.array([1.0, 3.0]), np.array([0.0, 1.0])))


def test_line_fit_lowers_the_loss_and_finds_the_line():
    data = make_line_data(np.random.default_rng(0), n=200, noise=0.1)
    path = fit_line(data, (-3.0, 3.0), 0.1, 200)
    assert not path.diverged and path.values[-1] < 0.01 * path.values[0]
    np.testing.assert_allclose(path.points[-1], [2.0, -1.0], atol=0.05)
    np.testing.assert_allclose(path.points[-1], least_squares_line(data), atol=1e-3)
    # The path's losses are the loss surface's values at its points.
    w, b = path.points[-1]
    assert line_loss_grid(data, np.array([w]), np.array([b]))[0, 0] == pytest.approx(path.values[-1])


def test_loss_grid_equals_the_loss_of_each_line():
    data = make_line_data(np.random.default_rng(2), n=25)
    ws, bs = np.linspace(-4, 6, 7), np.linspace(-5, 5, 5)
    grid = line_loss_grid(data, ws, bs)
    direct = [[half_mse(w * data.x + b, data.t) for w in ws] for b in bs]
    np.testing.assert_allclose(grid, direct, rtol=1e-12)


def test_line_fit_with_too_large_rate_diverges():
    data = make_line_data(np.random.default_rng(0))
    path = fit_line(data, (0.0, 0.0), 3.0, 500)
    assert path.diverged and np.all(np.isfinite(path.values))


def test_line_data_is_reproducible_from_the_seed():
    a, b = (make_line_data(np.random.default_rng(7)) for _ in range(2))
    np.testing.assert_array_equal(a.t, b.t)
    assert not np.array_equal(a.t, make_line_data(np.random.default_rng(8)).t)


def test_mlp_fits_x_squared_plus_three():
    fit = CurveFit("tanh", seed=0)
    start = fit.current_loss()
    fit.train(1500)
    assert fit.iteration == 1500
    assert fit.current_loss() < 1e-3 < start
    x = np.linspace(-2, 2, 9)
    np.testing.assert_allclose(fit.predict(x), x ** 2 + 3, atol=0.15)


@pytest.mark.parametrize("key", list(SURFACES))
def test_surface_minimum_has_zero_gradient_and_default_descent_settles(key):
    surface = SURFACES[key]
    path = gradient_descent(surface, surface.start, surface.learning_rate, surface.steps)
    if surface.minimum is None:
        # Nothing to settle into: the path passes the saddle point and falls out of view along x1.
        assert abs(path.points[-1, 0]) < 0.01 and abs(path.points[-1, 1]) > surface.y_range[1]
    else:
        np.testing.assert_allclose(gradient_at(surface, surface.minimum), [0.0, 0.0], atol=1e-6)
        assert not path.diverged
        np.testing.assert_allclose(path.points[-1], surface.minimum, atol=0.5)
