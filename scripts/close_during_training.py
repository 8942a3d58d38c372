"""Close the main window at a random moment of a training run, many times, each in a new process.

    python -m scripts.close_during_training [--runs 100] [--seed 0]

Each run starts the app, opens the Train page, starts training the default preset, waits a
seeded random time (0-3 s: before MNIST is loaded, while it trains, while it measures), closes the
window and lets the process end. A run passes when the process exits with code 0 within 3 s of the
close and Qt prints no warning about a thread destroyed while running. Prints the counts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np

CLOSE_LIMIT_SECONDS = 3.0
THREAD_WARNING = "QThread: Destroyed while thread"

#: One run in its own process: prints the time the close took, then exits with Qt's exit code.
ONE_RUN = """
import sys, time
from PySide6.QtCore import QTimer
from playground.gui.app import create_application, create_main_window
app = create_application([])
window = create_main_window()
window.show()
panel = window.show_page("train")
panel.start()
def close():
    started = time.perf_counter()
    window.close()
    print(f"closed {time.perf_counter() - started:.3f}", flush=True)
    app.quit()
QTimer.singleShot(int(float(sys.argv[1]) * 1000), close)
sys.exit(app.exec())
"""


@dataclass
class CloseResult:
    delay: float
    exit_code: int | None
    seconds_after_close: float
    thread_warning: bool

    @property
    def passed(self) -> bool:
        return self.exit_code == 0 and self.seconds_after_close < CLOSE_LIMIT_SECONDS and not self.thread_warning


def close_once(delay: float, config_home: Path) -> CloseResult:
    """Start the app, start training, close after ``delay`` seconds; measure how it ends."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": str(config_home), "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    process = subprocess.Popen([sys.executable, "-c", ONE_RUN, str(delay)], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    closed_at = None
    for line in process.stdout:
        if line.startswith("closed"):
            closed_at = time.perf_counter() - float(line.split()[1])
            break
    try:
        process.wait(timeout=CLOSE_LIMIT_SECONDS * 4 + delay + 60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    after = time.perf_counter() - closed_at if closed_at is not None else float("inf")
    errors = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    return CloseResult(delay, process.returncode, after, THREAD_WARNING in errors)


def close_many(runs: int, seed: int, config_home: Path) -> list[CloseResult]:
    delays = np.random.default_rng(seed).uniform(0.0, 3.0, runs)
    return [close_once(float(delay), config_home) for delay in delays]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory() as config_home:
        results = close_many(args.runs, args.seed, Path(config_home))
    passed = sum(r.passed for r in results)
    slowest = max(r.seconds_after_close for r in results)
    print(f"{passed} of {len(results)} closes clean; exit codes "
          f"{sorted({r.exit_code for r in results}, key=str)}; slowest exit {slowest:.2f} s after the close; "
          f"{sum(r.thread_warning for r in results)} thread warnings")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
