"""Saves are all-or-nothing: a process killed at any moment of a save leaves the old file or the
complete new one, and the next save clears what the killed one left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from playground.engine.atomic import write_atomically
from playground.engine.training.modelfile import load_model, save_model
from playground.paths import MODELS_DIR

SAVER = """
import sys
from playground.engine.training.modelfile import load_model, save_model
models = [load_model(p) for p in sys.argv[2:4]]
print("ready", flush=True)
k = 0
while True:
    save_model(sys.argv[1], models[k % 2])
    k += 1
"""


def test_a_killed_writers_temporary_is_removed_by_the_next_save(tmp_path):
    target = tmp_path / "notes.txt"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    left_behind = tmp_path / f".notes.txt.{dead}.abc123.tmp"
    live = tmp_path / f".notes.txt.{os.getppid()}.def456.tmp"  # a running process's save in progress
    other = tmp_path / f".other.txt.{dead}.abc123.tmp"
    for path in (left_behind, live, other):
        path.write_bytes(b"half")
    write_atomically(target, lambda handle: handle.write(b"complete"))
    assert target.read_bytes() == b"complete"
    assert not left_behind.exists()
    assert live.exists() and other.exists()


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "model.npz"
    target.write_bytes(b"old")

    def fail(handle):
        handle.write(b"partial")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(target, fail)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.npz"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_any_moment_of_a_save_leaves_an_old_or_a_new_model(tmp_path):
    first, second = MODELS_DIR / "simple-cnn.npz", MODELS_DIR / "mlp.npz"
    specs = [load_model(p).network.spec() for p in (first, second)]
    target = tmp_path / "model.npz"
    rng = np.random.default_rng(7)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    interrupted = 0
    for _ in range(6):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(target), str(first), str(second)],
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert saver.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        interrupted += any(p.suffix == ".tmp" for p in tmp_path.iterdir())
        if target.exists():  # killed before its first save finished: no file at all is also whole
            assert load_model(target).network.spec() in specs
    assert interrupted, "no kill landed inside a save: the test proved nothing"
    save_model(target, load_model(first))
    assert [p.name for p in tmp_path.iterdir()] == ["model.npz"]
