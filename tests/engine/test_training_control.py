"""Steering a run from another thread: pause news before blocking, and stops that do not wait."""

import threading

import numpy as np

from playground.engine.fast.network import Network
from playground.engine.presets import mlp_spec
from playground.engine.training.config import TrainConfig
from playground.engine.training.control import TrainingControl
from playground.engine.training.loop import EVAL_CHUNK, train
from playground.engine.training.progress import Status


def test_on_hold_runs_once_per_halt_and_may_use_the_control():
    calls = []

    def hold_then_resume():
        calls.append(control.paused)
        control.resume()  # calling the control from the callback must not deadlock

    control = TrainingControl(on_hold=hold_then_resume)
    assert control.wait_for_turn() and calls == []

    control.pause()
    control.step()
    assert control.wait_for_turn()  # a granted step passes without halting
    assert calls == []

    assert control.wait_for_turn()  # halts, tells, is resumed by the callback, goes on
    assert calls == [True]


def test_stop_releases_a_held_run():
    held = threading.Event()
    control = TrainingControl(on_hold=held.set)
    control.pause()
    outcome = []
    runner = threading.Thread(target=lambda: outcome.append(control.wait_for_turn()))
    runner.start()
    assert held.wait(5)
    control.stop()
    runner.join(5)
    assert outcome == [False]


def test_a_stop_during_an_evaluation_ends_the_run_without_finishing_it():
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (1200, 28, 28), dtype=np.uint8)
    labels = rng.integers(0, 10, 1200)
    network = Network(mlp_spec([8], "relu", "he"), seed=0)
    control = TrainingControl()
    chunks = []
    measure_chunk = network.accuracy

    def accuracy_then_stop(x, y):
        chunks.append(len(y))
        control.stop()  # as if Stop was pressed while this chunk was being measured
        return measure_chunk(x, y)

    network.accuracy = accuracy_then_stop
    config = TrainConfig(batch_size=100, epochs=3, validation_share=0.5, evals_per_epoch=2)
    records = list(train(network, images, labels, {"scale": "unit", "layout": "flat"}, config, control))

    assert [r.kind for r in records] == ["batch"] * 3 + ["end"]
    assert records[-1].status is Status.STOPPED
    assert chunks == [EVAL_CHUNK]  # the rest of the evaluation was skipped
