"""A paused run tells its driver once, in the training thread, before it blocks."""

import threading

from playground.engine.training import TrainingControl


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
