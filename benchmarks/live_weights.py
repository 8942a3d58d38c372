"""What watching the weights live costs training, and how long the Weights panel's heavy work takes.

Run: ``python benchmarks/live_weights.py [--preset mlp] [--windows 24] [--window 1.5] [--blas-threads 1]`` (the real
display when ``DISPLAY`` is set, e.g. under ``xvfb-run``, otherwise Qt's offscreen platform).

Live cost: the engine's training loop runs in a worker thread, as the Train panel runs it, and sends
a weight snapshot to ``AppState.training_snapshot`` every 0.25 s. During one long run the Weights
panel, on screen all along, alternately follows the snapshots (redrawing live) and ignores them,
in windows of ``--window`` seconds. Each following window's training throughput is compared with
the mean of the two ignoring windows around it, so slow changes in machine load cancel out; the
figure is the median slowdown over all following windows, with its spread. The target is under 5 %.

Also reported: the share of a core the GUI thread uses in either state (CPU time, so it does not
depend on other load), the GUI-thread time of one live redraw of each weight view, and the time to
evaluate the model on the 10,000 test images (what the Evaluation view waits for).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np  # noqa: E402
from playground.gui.weights.jobs import BLAS_THREADS as JOB_BLAS_THREADS  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from playground.engine.data.datasets import load_dataset
from playground.engine.inspection import evaluate  # noqa: E402
from playground.engine.fast.network import Network  # noqa: E402
from playground.engine.presets import get_preset  # noqa: E402
from playground.engine.training.config import TrainConfig
from playground.engine.training.control import TrainingControl
from playground.engine.training.loop import train
from playground.engine.training.modelfile import new_model
from playground.gui.common.state import AppState
from playground.gui.train.panel import BLAS_THREADS
from playground.gui.weights.base import WeightsData  # noqa: E402
from playground.gui.weights.panel import WeightsPanel

SNAPSHOT_INTERVAL = 0.25


def keep_singletons_alive() -> None:
    """Guard against a PySide6 reference-count bug on Python < 3.12.

    Some PySide6 builds return None and True from wrapped calls (every void method, every
    ``Signal.emit``) without adding a reference; on Python 3.12+ these objects are immortal and
    nothing happens, on 3.11 their count runs down until the interpreter aborts. A benchmark that
    redraws for a minute would die of it, so give the three singletons a count no run can exhaust.
    """
    if sys.version_info < (3, 12):
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


def spin(app: QApplication, until: threading.Event) -> None:
    """Run the GUI event loop (timers, queued snapshots, redraws) until ``until`` is set."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: until.is_set() and loop.quit())
    poll.start(20)
    loop.exec()
    poll.stop()


def windowed_run(app: QApplication, state: AppState, panel: WeightsPanel, preset_name: str, data,
                 windows: int, window_seconds: float, blas_threads: int) -> tuple[list[float], list[float], list[bool], int]:
    """One training run while the panel follows the snapshots and ignores them in turns.

    Returns every window's training throughput (images/s), the share of one core the GUI thread
    used in it, whether the panel followed the snapshots in it, and the number of redraws.
    """
    preset = get_preset(preset_name)
    network = Network(preset.network_spec(), seed=0)
    config = TrainConfig.from_dict({**preset.training, "augment": None})
    config.epochs, config.validation_share, config.evals_per_epoch = 10_000, 0.0, 1
    config.snapshot_interval = SNAPSHOT_INTERVAL
    control = TrainingControl()
    progress: list[tuple[float, int]] = []
    started, done = threading.Event(), threading.Event()

    def work() -> None:
        with threadpool_limits(limits=blas_threads, user_api="blas"):
            for record in train(network, data.train_images, data.train_labels, preset.input, config, control):
                progress.append((time.perf_counter(), record.iteration))
                started.set()
                if record.snapshot is not None:
                    state.training_snapshot.emit({"params": record.snapshot, "iteration": record.iteration,
                                                  "epoch": record.epoch_position})
        done.set()

    state.training_snapshot.disconnect(panel._on_snapshot)
    state.training_active.emit(True)
    worker = threading.Thread(target=work, name="benchmark-training")
    worker.start()
    started.wait()
    boundaries, gui_cpu, shown = [time.perf_counter()], [time.thread_time()], []
    redraws_before = panel.redraw_count
    for window in range(windows):
        watching = window % 2 == 1
        if watching:
            state.training_snapshot.connect(panel._on_snapshot)
        elif window:
            state.training_snapshot.disconnect(panel._on_snapshot)
        shown.append(watching)
        pause = threading.Event()
        QTimer.singleShot(int(window_seconds * 1000), pause.set)
        spin(app, pause)
        boundaries.append(time.perf_counter())
        gui_cpu.append(time.thread_time())
    redraws = panel.redraw_count - redraws_before
    if shown[-1]:
        state.training_snapshot.disconnect(panel._on_snapshot)
    state.training_snapshot.connect(panel._on_snapshot)
    control.stop()
    spin(app, done)
    worker.join()
    state.training_active.emit(False)

    times = np.array([t for t, _ in progress])
    iterations = np.array([i for _, i in progress])
    done_by = np.interp(boundaries, times, iterations)
    rates = list(np.diff(done_by) * config.batch_size / np.diff(boundaries))
    gui_share = list(np.diff(gui_cpu) / np.diff(boundaries))
    return rates, gui_share, shown, redraws


def slowdowns(rates: list[float], shown: list[bool]) -> list[float]:
    """Per following window: 1 - its rate / the mean rate of the ignoring windows on either side, in %."""
    result = []
    for i in range(1, len(rates) - 1):
        if shown[i] and not shown[i - 1] and not shown[i + 1]:
            result.append(100.0 * (1.0 - rates[i] / (0.5 * (rates[i - 1] + rates[i + 1]))))
    return result


def redraw_costs(app: QApplication, panel: WeightsPanel, model) -> dict[str, float]:
    """Milliseconds of GUI-thread work for one redraw of each weight view on screen."""
    params = {n: p.copy() for n, p in model.network.params.items()}
    initial = {n: p * 0.5 for n, p in params.items()}
    costs = {}
    for view in panel.weight_views:
        panel.tabs.setCurrentWidget(view)
        app.processEvents()
        times = []
        for k in range(10):
            data = WeightsData({n: p + k for n, p in params.items()}, "benchmark", model.classes, initial,
                               "benchmark")
            start = time.perf_counter()
            view.set_weights(data)
            app.processEvents()
            times.append(time.perf_counter() - start)
        costs[panel.tabs.tabText(panel.tabs.indexOf(view))] = 1000 * statistics.median(times)
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="mlp", help="network preset to train (default: mlp)")
    parser.add_argument("--windows", type=int, default=24, help="alternating windows (default 24)")
    parser.add_argument("--window", type=float, default=1.5, help="seconds per window (default 1.5)")
    parser.add_argument("--blas-threads", type=int, default=BLAS_THREADS,
                        help=f"BLAS threads for training (default {BLAS_THREADS}, as the Train panel uses)")
    args = parser.parse_args()

    keep_singletons_alive()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    data = load_dataset("mnist")
    preset = get_preset(args.preset)
    model = new_model(Network(preset.network_spec(), seed=0), name=preset.name, preset=preset.name,
                      input_spec=preset.input, dataset="mnist", classes=list(data.classes))
    state = AppState()
    state.set_model(model)
    panel = WeightsPanel(state)
    panel.resize(1280, 800)
    panel.tabs.setCurrentWidget(panel.hidden_units)
    panel.show()
    app.processEvents()

    print(f"{preset.title}: {args.windows} windows of {args.window} s, the panel following the snapshots in every other one, "
          f"snapshots every {SNAPSHOT_INTERVAL} s, {args.blas_threads} BLAS thread(s)", flush=True)
    rates, gui_share, shown, redraws = windowed_run(app, state, panel, args.preset, data, args.windows, args.window,
                                                    args.blas_threads)
    for label, on_screen in (("ignoring snapshots", False), ("redrawing live", True)):
        print(f"  panel {label}: training median {statistics.median(r for r, on in zip(rates, shown) if on == on_screen):,.0f} "
              f"images/s, GUI thread busy {100 * statistics.mean(g for g, on in zip(gui_share, shown) if on == on_screen):.1f} % "
              f"of one core")
    print(f"  {redraws} redraws in {sum(shown) * args.window:.0f} s of following")
    losses = slowdowns(rates, shown)
    print(f"training slowdown while the Weights panel redraws live: median {statistics.median(losses):.1f} % "
          f"(windows from {min(losses):+.1f} % to {max(losses):+.1f} %)")

    for name, ms in redraw_costs(app, panel, model).items():
        print(f"one redraw of '{name}': {ms:.1f} ms in the GUI thread")

    with threadpool_limits(limits=JOB_BLAS_THREADS, user_api="blas"):
        start = time.perf_counter()
        evaluation = evaluate(model, data.test_images, data.test_labels)
        seconds = time.perf_counter() - start
    print(f"evaluation of {len(evaluation.labels):,} test images ({preset.name}, {JOB_BLAS_THREADS} BLAS "
          f"thread as in the panel's worker): {seconds:.2f} s")
    panel.shutdown()
    panel.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
