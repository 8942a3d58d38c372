"""Gates as perceptrons: the book's truth tables, the learning rule's limits, XOR in two layers."""

import numpy as np
import pytest

from playground.engine.books.perceptron import (
    GATES,
    INPUTS,
    Perceptron,
    PerceptronLearner,
    TwoLayerXor,
    XorNetwork,
    expected,
    learn,
    random_perceptron,
    train_xor,
)


def test_inputs_are_in_the_books_order():
    assert INPUTS.tolist() == [[0, 0], [1, 0], [0, 1], [1, 1]]


@pytest.mark.parametrize("gate, table", [("AND", [0, 0, 0, 1]), ("NAND", [1, 1, 1, 0]),
                                         ("OR", [0, 1, 1, 1])])
def test_books_parameters_give_the_books_truth_tables(gate, table):
    p = Perceptron.book(gate)
    assert p.b == -p.theta
    assert p.output().tolist() == table
    assert p.solves(gate)


def test_threshold_form_and_bias_form_agree():
    p = Perceptron.from_threshold(0.5, 0.5, 0.7)
    assert (p.w1, p.w2, p.b) == (0.5, 0.5, -0.7)
    np.testing.assert_allclose(p.weighted_sum(), [-0.7, -0.2, -0.2, 0.3])


def test_sum_of_exactly_zero_does_not_fire():
    assert Perceptron(1.0, 0.0, -1.0).output().tolist() == [0, 0, 0, 0]


def test_unknown_gate_is_named_in_the_error():
    with pytest.raises(KeyError, match="XNOR"):
        expected("XNOR")


@pytest.mark.parametrize("gate", ["AND", "OR", "NAND"])
@pytest.mark.parametrize("seed", range(10))
def test_learning_rule_converges_on_linearly_separable_gates(gate, seed):
    result = learn(gate, lr=0.1, max_epochs=100, seed=seed)
    assert result.converged
    assert result.perceptron.solves(gate)
    assert result.errors_per_epoch[-1] == 0
    assert all(e > 0 for e in result.errors_per_epoch[:-1])


@pytest.mark.parametrize("seed", range(5))
def test_learning_rule_never_solves_xor(seed):
    result = learn("XOR", lr=0.1, max_epochs=1000, seed=seed)
    assert not result.converged
    assert len(result.errors_per_epoch) == 1000
    assert min(result.errors_per_epoch) >= 1


def test_xor_learning_cycles_between_a_few_weight_settings():
    rng = np.random.default_rng(3)
    learner = PerceptronLearner(random_perceptron(rng), "XOR", 0.1, rng)
    for _ in range(200):
        learner.run_epoch()
    seen = set()
    for _ in range(200):
        learner.run_epoch()
        p = learner.perceptron
        seen.add((round(p.w1, 6), round(p.w2, 6), round(p.b, 6)))
    # Bounded weights that keep changing: the rule wanders among a few settings, never settling.
    assert 1 < len(seen) < 200
    assert max(max(abs(w) for w in s) for s in seen) < 1.5


def test_learning_is_deterministic_for_a_seed():
    assert learn("OR", seed=7) == learn("OR", seed=7)


def test_learner_steps_one_sample_at_a_time():
    learner = PerceptronLearner(Perceptron(0.0, 0.0, 0.0), "OR", lr=0.5,
                                rng=np.random.default_rng(0))
    first = learner.step()
    assert first.epoch == 1 and not first.epoch_done
    x = INPUTS[first.row]
    change = 0.5 * (first.target - first.predicted)
    assert first.after == Perceptron(change * x[0], change * x[1], change)
    for _ in range(3):
        last = learner.step()
    assert last.epoch_done and len(learner.errors_per_epoch) == 1


def test_two_layer_xor_from_the_book():
    net = TwoLayerXor.book()
    assert net.hidden().tolist() == [[1, 0], [1, 1], [1, 1], [0, 1]]
    assert net.output().tolist() == GATES["XOR"].tolist()
    assert net.solves()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_backpropagation_learns_xor(seed):
    progress = train_xor(seed=seed, lr=1.0, max_steps=3000)
    assert progress.solved and progress.margin > 0.9
    assert progress.step < 3000
    # The hidden units' lines are what solve it: in hidden space XOR becomes separable.
    assert len(progress.hidden_lines) == 2 and progress.hidden.shape == (4, 2)


def test_backpropagation_loss_falls():
    steps = XorNetwork(seed=0).steps()
    losses = [next(steps).loss for _ in range(800)]
    assert losses[-1] < 0.5 * losses[0]


def test_sums_that_are_zero_on_paper_do_not_fire():
    assert Perceptron(0.1, 0.2, -0.3).output().tolist() == [0, 0, 0, 0]
