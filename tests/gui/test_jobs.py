"""The GUI's background job runner: newest job wins, cancellation, errors, shutdown mid-job."""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from playground.engine.errors import ModelFileError
from playground.engine.fast.network import Network
from playground.engine.training.modelfile import load_model, new_model
from playground.gui.common.jobs import JobRunner
from playground.gui.common.model_io import ModelFileController

WAIT_MS = 10_000
PROMPT = 2.0  # seconds a cancelled job may take to notice; it polls every 10 ms


@pytest.fixture
def runner(qapp):
    jobs = JobRunner("test-jobs")
    yield jobs
    jobs.shutdown()


def record(*signals) -> list:
    """Every emission of ``signals``, in order, as a tuple of its arguments."""
    seen = []
    for signal in signals:
        signal.connect(lambda *args: seen.append(args))
    return seen


def wait_until_cancelled(started: threading.Event, returned: threading.Event):
    """A progress job that reports and polls until it is cancelled."""
    def job(report, cancelled):
        started.set()
        while not cancelled():
            report(0.5)
            time.sleep(0.01)
        returned.set()
        return "gave up"
    return job


def test_a_stale_answer_is_dropped_and_only_the_newest_job_answers(runner, qtbot):
    started, release = threading.Event(), threading.Event()
    finished = record(runner.finished)

    def slow():
        started.set()
        release.wait(5)
        return "old"

    runner.submit("demo", slow)
    assert started.wait(5)  # running, so it cannot be skipped: its answer must be dropped
    runner.submit("demo", lambda: "new")
    release.set()
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass
    qtbot.wait(100)
    assert finished == [("demo", "new")]


def test_a_superseded_job_still_queued_never_runs(runner, qtbot):
    started, release = threading.Event(), threading.Event()
    ran = []
    runner.submit("blocker", lambda: (started.set(), release.wait(5)))
    assert started.wait(5)
    runner.submit("demo", lambda: ran.append("old"))
    runner.submit("demo", lambda: ran.append("new") or "new")
    release.set()
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS,
                          check_params_cb=lambda kind, _result: kind == "demo") as blocker:
        pass
    assert blocker.args == ["demo", "new"]
    assert ran == ["new"]


def test_jobs_of_other_kinds_all_answer(runner, qtbot):
    finished = record(runner.finished)
    for kind in ("a", "b", "c"):
        runner.submit(kind, lambda kind=kind: kind.upper())
    qtbot.waitUntil(lambda: len(finished) == 3, timeout=WAIT_MS)
    assert sorted(finished) == [("a", "A"), ("b", "B"), ("c", "C")]


def test_cancel_stops_a_running_job_promptly_and_drops_its_answer(runner, qtbot):
    started, returned = threading.Event(), threading.Event()
    answers = record(runner.finished, runner.failed)
    progress = record(runner.progress)
    busy = record(runner.busy_changed)
    runner.submit_with_progress("slow", wait_until_cancelled(started, returned))
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(progress), timeout=WAIT_MS)
    assert progress[0] == ("slow", 0.5)

    begin = time.monotonic()
    runner.cancel("slow")
    assert not runner.busy
    assert returned.wait(PROMPT)
    assert time.monotonic() - begin < PROMPT
    qtbot.wait(100)
    assert answers == []
    assert busy == [(True,), (False,)]


def test_an_error_in_a_job_is_reported_not_lost(runner, qtbot):
    def broken():
        raise RuntimeError("boom")

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as unexpected:
        runner.submit("broken", broken)
    assert unexpected.args == ["broken", "Unexpected error: RuntimeError: boom"]

    def unreadable():
        raise ModelFileError("model.npz is truncated")

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as expected:
        runner.submit("file", unreadable)
    assert expected.args == ["file", "model.npz is truncated"]
    assert not runner.busy


def test_shutdown_with_a_running_job_returns_cleanly(runner, qtbot):
    started, returned = threading.Event(), threading.Event()
    answers = record(runner.finished, runner.failed)
    runner.submit_with_progress("slow", wait_until_cancelled(started, returned))
    queued = []
    runner.submit("queued", lambda: queued.append("ran"))
    assert started.wait(5)

    begin = time.monotonic()
    runner.shutdown()
    assert time.monotonic() - begin < PROMPT
    assert returned.is_set()  # the thread was joined, not left running
    assert queued == [] and not runner.busy
    runner.submit("late", lambda: queued.append("late"))  # the window is closing: ignored
    qtbot.wait(100)
    assert queued == [] and answers == [] and not runner.busy


def test_shutdown_of_a_runner_that_never_ran_a_job_returns_at_once(qapp):
    JobRunner("idle").shutdown()


def tiny_model():
    spec = {"input_shape": [784], "layers": [{"type": "affine", "units": 10}],
            "loss": {"type": "softmax-cross-entropy"}}
    return new_model(Network(spec, seed=1), name="tiny", preset=None,
                     input_spec={"scale": "unit", "layout": "flat"}, dataset="mnist",
                     classes=[str(d) for d in range(10)])


def test_a_save_started_just_before_closing_is_written_whole(qapp, tmp_path):
    files = ModelFileController()
    model = tiny_model()
    target = tmp_path / "saved.npz"
    assert files.save(str(target), model)
    assert not files.save(str(tmp_path / "other.npz"), model)  # one file job at a time
    files.shutdown()
    np.testing.assert_array_equal(load_model(target).network.params["W1"], model.network.params["W1"])


def test_model_files_report_loads_saves_and_failures(qapp, qtbot, tmp_path):
    files = ModelFileController()
    busy = record(files.busy_changed)
    target = str(tmp_path / "model.npz")
    with qtbot.waitSignal(files.saved, timeout=WAIT_MS) as saved:
        assert files.save(target, tiny_model())
    assert saved.args == [target]
    with qtbot.waitSignal(files.loaded, timeout=WAIT_MS) as loaded:
        assert files.open(target)
    assert loaded.args[0].name == "tiny" and loaded.args[1] == target
    with qtbot.waitSignal(files.failed, timeout=WAIT_MS) as failed:
        assert files.open(str(tmp_path / "missing.npz"))
    assert failed.args[0] == "open" and "missing.npz" in failed.args[1]
    assert busy == [(True,), (False,)] * 3
    files.shutdown()


def test_a_script_that_fails_before_the_event_loop_exits_with_its_error_not_a_qt_abort(tmp_path):
    script = tmp_path / "fails.py"
    script.write_text(
        "from playground.gui.common.jobs import JobRunner\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "runner = JobRunner('test-runner')\n"
        "runner.submit('wait', lambda: __import__('time').sleep(0.2))\n"
        "raise RuntimeError('before the event loop')\n")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "before the event loop" in done.stderr
    assert "Destroyed while thread" not in done.stderr
