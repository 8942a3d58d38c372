"""Does the window stay smooth while the Train panel trains, and what does that cost in speed?

While the largest CNN preset (simple-cnn, else mlp) trains on MNIST in a shown Train panel, a
10 ms GUI-thread timer records how late each tick fires; the training throughput is read from the
worker's own progress records. The same preset, data and settings are also trained by a plain
loop over the engine's generator, as the command line does, for the reference throughput. Both
are measured with the BLAS thread pool capped as the panel caps it (every core but one) and uncapped,
in interleaved rounds, so a change in the machine's load hits every configuration alike.

Targets: timer lateness p99 < 5 ms and max < 30 ms; GUI throughput >= 85 % of the plain
(uncapped, CLI-like) loop's. On a machine shared with other work, the lateness mostly measures
that contention: the "GUI thread busy" figure tells how much of it is the panel's own work.

    xvfb-run -a -s "-screen 0 1600x1000x24" python benchmarks/gui_responsiveness.py
    QT_QPA_PLATFORM=offscreen python benchmarks/gui_responsiveness.py --batches 60

Throughput is measured between batch ``--skip`` and ``--skip + --batches`` of the first epoch, a
stretch without evaluations, so both loops do exactly the same work in it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.engine.fast.network import Network  # noqa: E402
from playground.engine.presets import PRESETS  # noqa: E402
from playground.engine.fast.threads import blas_thread_limit  # noqa: E402
from playground.engine.training.loop import train
from playground.gui.common.state import AppState
from playground.gui.train.controls import TrainingForm  # noqa: E402
from playground.gui.train.panel import BLAS_THREADS, TrainPanel
from playground.gui.train.records import RunRequest

TICK_MS = 10


def chosen_preset() -> str:
    return "simple-cnn" if "simple-cnn" in PRESETS else "mlp"


def configure(form: TrainingForm, preset: str) -> None:
    form.select_dataset("mnist")
    form.select_model(preset)


def rate_between(records: list[tuple[int, float]], first: int, last: int, batch_size: int) -> float:
    """Images per second between the first records at or after ``first`` and ``last`` (worker clock)."""
    i0, t0 = next(r for r in records if r[0] >= first)
    i1, t1 = next(r for r in records if r[0] >= last)
    return (i1 - i0) * batch_size / (t1 - t0)


def plain_loop(request: RunRequest, data, first: int, last: int, blas_threads: int | None) -> float:
    """Throughput of the engine's generator driven directly in this thread, like the CLI."""
    network = Network(request.spec, seed=request.config.seed)
    records = []
    with blas_thread_limit(blas_threads):
        for p in train(network, data.train_images, data.train_labels, request.input_spec, request.config):
            records.append((p.iteration, p.elapsed))
            if p.iteration >= last:
                break
    return rate_between(records, first, last, request.config.batch_size)


class TimerProbe:
    """A 10 ms precise timer in the GUI thread; lateness = how much later than 10 ms each tick came.

    Each tick also notes the GUI thread's CPU time. The part of a delay the thread spent computing
    is its own work (updating and painting the panel); the rest is waiting for a CPU core or the
    GIL, i.e. contention with the training thread and with other programs.
    """

    def __init__(self) -> None:
        self.ticks: list[tuple[float, float]] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.ticks.append((time.perf_counter(), time.thread_time())))

    def lateness_ms(self, start: float, end: float) -> tuple[np.ndarray, np.ndarray]:
        """(lateness, the GUI's own share of it) of every tick between ``start`` and ``end``, in ms."""
        ticks = np.array([t for t in self.ticks if start <= t[0] <= end])
        wall, cpu = np.diff(ticks[:, 0]) * 1000.0, np.diff(ticks[:, 1]) * 1000.0
        lateness = np.maximum(wall - TICK_MS, 0.0)
        return lateness, np.minimum(lateness, cpu)


def gui_run(app: QApplication, preset: str, blas_threads: int | None, first: int, last: int,
            size: tuple[int, int]) -> tuple[float, np.ndarray, np.ndarray, float]:
    """Train in a shown panel until batch ``last``.

    Returns images/s, the timer's lateness in ms, the GUI's own share of each delay in ms, and the
    share of the time the GUI thread was busy on the CPU.
    """
    state = AppState()
    panel = TrainPanel(state, blas_threads=blas_threads)
    panel.resize(*size)
    panel.show()
    configure(panel.form, preset)
    probe = TimerProbe()
    records: list[tuple[int, float]] = []
    window = {}

    def on_progress(update) -> None:
        p = update.latest
        records.append((p.iteration, p.elapsed))
        if p.iteration >= first and "start" not in window:
            window["start"], window["cpu_start"] = time.perf_counter(), time.thread_time()
        if p.iteration >= last and "end" not in window:
            window["end"], window["cpu_end"] = time.perf_counter(), time.thread_time()
            app.quit()

    panel.controller.progress.connect(on_progress)
    panel.controller.failed.connect(lambda message: (print("failed:", message), app.quit()))
    probe.timer.start()
    panel.start()
    app.exec()
    probe.timer.stop()
    panel.shutdown()
    panel.close()
    panel.deleteLater()
    rate = rate_between(records, first, last, panel.form.batch_size.value())
    busy = (window["cpu_end"] - window["cpu_start"]) / (window["end"] - window["start"])
    lateness, own = probe.lateness_ms(window["start"], window["end"])
    return rate, lateness, own, busy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip", type=int, default=10, help="batches to let pass before measuring")
    parser.add_argument("--batches", type=int, default=100, help="batches to measure")
    parser.add_argument("--rounds", type=int, default=2, help="measure every configuration this many times")
    parser.add_argument("--size", default="1280x800", help="panel size, WIDTHxHEIGHT")
    parser.add_argument("--switch-interval", type=float,
                        help="Python's GIL switch interval in seconds for the whole run (default: Python's 0.005)")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    sys.stdout.reconfigure(line_buffering=True)  # progress shows up even when redirected to a file
    app = QApplication(sys.argv[:1])
    size = tuple(int(v) for v in args.size.split("x"))
    preset = chosen_preset()
    first, last = args.skip, args.skip + args.batches

    form = TrainingForm()
    configure(form, preset)
    request = form.request()
    data = AppState().dataset("mnist")
    ipe = int(np.ceil(len(data.train_labels) * (1 - request.config.validation_share) / request.config.batch_size))
    first_eval = round(ipe / request.config.evals_per_epoch)
    if last >= first_eval:
        print(f"warning: the window reaches the first evaluation at batch {first_eval}; shorten --batches")
    print(f"{preset} on MNIST, batch {request.config.batch_size}, batches {first}..{last}, {args.rounds} rounds, "
          f"capped = {BLAS_THREADS} BLAS thread(s), "
          f"panel {size[0]}x{size[1]}, platform {QCoreApplication.instance().platformName()}, "
          f"GIL switch interval {sys.getswitchinterval() * 1000:g} ms, "
          f"load average {os.getloadavg()[0]:.1f}")

    plain = {"uncapped": [], "capped": []}
    gui = {"uncapped": ([], [], [], []), "capped": ([], [], [], [])}
    for _ in range(args.rounds):  # interleaved, so a change in machine load hits every configuration
        for label, threads in (("uncapped", None), ("capped", BLAS_THREADS)):
            plain[label].append(plain_loop(request, data, first, last, threads))
            for store, value in zip(gui[label], gui_run(app, preset, threads, first, last, size)):
                store.append(value)
            lateness = gui[label][1][-1]
            print(f"  round: BLAS {label:8s} plain {plain[label][-1]:7.1f} images/s, GUI {gui[label][0][-1]:7.1f} "
                  f"images/s, lateness p99 {np.percentile(lateness, 99):.2f} ms, max {lateness.max():.2f} ms, "
                  f"load average {os.getloadavg()[0]:.1f}")
    reference = float(np.median(plain["uncapped"]))
    for label in ("uncapped", "capped"):
        print(f"plain loop, BLAS {label:8s}: {np.median(plain[label]):8.1f} images/s")
    verdicts = {}
    for label in ("capped", "uncapped"):
        rate = float(np.median(gui[label][0]))
        lateness, own = np.concatenate(gui[label][1]), np.concatenate(gui[label][2])
        p99, worst = np.percentile(lateness, 99), lateness.max()
        verdicts[label] = p99 < 5.0 and worst < 30.0 and rate >= 0.85 * reference
        print(f"GUI, BLAS {label:8s}       : {rate:8.1f} images/s = {rate / reference:6.1%} of the plain "
              f"(uncapped) loop; timer lateness p50 {np.percentile(lateness, 50):.2f} ms, p99 {p99:.2f} ms, "
              f"max {worst:.2f} ms over {len(lateness)} ticks -> targets {'met' if verdicts[label] else 'NOT met'}")
        print(f"    of which the GUI's own work: p99 {np.percentile(own, 99):.2f} ms, max {own.max():.2f} ms; "
              f"GUI thread busy {np.median(gui[label][3]):.1%} of the time")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0 if verdicts["capped"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
