"""A training run as the Playground page drives it: slices of time, a loss per epoch, and every
neuron over many points evaluated in blocks that change nothing."""

import pickle

import numpy as np
import pytest

from playground.engine.errors import SpecError
from playground.engine.plane.data import generate, split
from playground.engine.plane.network import (
    COLUMN_BLOCK,
    Architecture,
    Hyper,
    PlaneNetwork,
    Trainer,
    grid_points,
)
from playground.engine.plane.run import PlaneRun


def _run(seed=2, hidden=(4, 2)):
    train, test = split(generate("circle", seed, 0.0), 0.5, seed)
    model = PlaneNetwork(Architecture(hidden=hidden, activations=("tanh",) * len(hidden)), seed=seed)
    return PlaneRun(Trainer(model, train, test, Hyper(learning_rate=0.1, batch_size=10), seed))


def test_a_run_keeps_one_loss_per_epoch_measured_on_every_point():
    run = _run()
    assert run.train_losses == [run.trainer.losses()[0]] and run.epoch == 0
    for _ in range(5):
        run.run_epoch()
    assert run.epoch == 5 and len(run.train_losses) == len(run.test_losses) == 6
    assert (run.train_losses[-1], run.test_losses[-1]) == run.trainer.losses()
    run.model.weights(0)[0, 0] += 1.0
    run.measure(replace=True)  # an edited weight: the last point changes, no epoch is added
    assert len(run.train_losses) == 6 and run.train_losses[-1] == run.trainer.losses()[0]


def test_training_in_slices_stops_when_told_and_at_an_epochs_end():
    run = _run()
    assert not run.train_for(10.0, interrupted=lambda: True) and run.trainer.steps == 0
    assert run.train_for(10.0, until_epoch_end=True)
    assert run.epoch == 1 and run.trainer.steps == 25 and len(run.train_losses) == 2
    calls = []
    run.train_for(10.0, interrupted=lambda: len(calls) > 3 or calls.append(1))
    assert run.trainer.steps == 25 + 4
    run.train_for(0.0)  # no time left: still one batch, so a slow machine makes progress
    assert run.trainer.steps == 25 + 5


def test_a_run_learns_the_circle_slice_by_slice():
    run = _run(hidden=(8, 8))
    while run.epoch < 40:
        run.train_for(0.01)
    assert run.train_losses[-1] < run.train_losses[0] / 3


def test_columns_of_many_points_are_the_same_in_blocks_as_in_one_pass():
    model = PlaneNetwork(Architecture(hidden=(8, 8, 3), activations=("tanh", "relu", "sigmoid")), seed=4)
    points = grid_points(100)[: 2 * COLUMN_BLOCK + 123]
    whole = model.network.forward(model.inputs(points), train=False)
    columns = model.columns(points)
    np.testing.assert_allclose(columns[1], whole[1], rtol=1e-6)
    np.testing.assert_allclose(columns[-2], whole[-2], rtol=1e-6)
    np.testing.assert_allclose(columns[-1], model.outputs(whole[-1]), rtol=1e-6)
    assert model.columns(points[:0])[-1].shape == (0, 2)


def test_a_run_rebuilt_elsewhere_from_its_recipe_and_progress_goes_on_exactly_as_the_original():
    """What the Playground's training process relies on: hand a run over, train there, hand it
    back, and the steps are those one run would have taken (Adam's state and the shuffle too)."""
    original, handed = _run(), _run()
    original.trainer.hyper.optimizer = handed.trainer.hyper.optimizer = "adam"
    for run in (original, handed):
        run.trainer.step()
        run.trainer.step()
    elsewhere = PlaneRun.from_recipe(*pickle.loads(pickle.dumps((handed.recipe(), handed.progress()))))
    for _ in range(40):  # across an epoch's end: the order of the next epoch comes from the same generator
        original.trainer.step()
        elsewhere.trainer.step()
    weights = handed.model.weights(0)
    handed.resume(elsewhere.progress())
    assert handed.model.weights(0) is weights  # the views keep pointing at the same arrays
    assert handed.epoch == original.epoch == 1 and handed.trainer.steps == original.trainer.steps
    for link in range(original.model.links):
        np.testing.assert_array_equal(handed.model.weights(link), original.model.weights(link))
        np.testing.assert_array_equal(handed.model.biases(link), original.model.biases(link))


def test_progress_of_another_network_is_refused():
    with pytest.raises(SpecError):
        _run(hidden=(4, 2)).resume(_run(hidden=(3,)).progress())
