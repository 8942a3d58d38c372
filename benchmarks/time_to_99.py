"""How long a preset's recipe takes to reach 99 % MNIST test accuracy, from the command line and
from the Train page.

Usage (from the project folder): python -m benchmarks.time_to_99 [--presets fast-track simple-cnn]
[--max-seconds 600] [--gui fast-track]. Each preset trains with its own recipe on all MNIST training images; at
every mid-epoch evaluation the script measures the 10,000 test images, stopping the clock
meanwhile, and prints the training wall time (data loading included) when the test accuracy first
reaches 99 %, or the best accuracy reached when the time limit came first. ``--gui`` also runs the
named presets' whole recipes on the Train page (offscreen, as a person pressing Start would:
the page trains on every core but one) and prints the time from Start to the finished model and
that model's test accuracy. The machine's load and the CPU time are printed too, because on a
shared machine the wall times are only comparable at similar load.
"""

from __future__ import annotations

import argparse
import os
import time

from playground.engine.data.datasets import load_dataset, prepare_input
from playground.engine.fast.network import Network
from playground.engine.presets import PRESETS
from playground.engine.training.config import TrainConfig
from playground.engine.training.control import TrainingControl
from playground.engine.training.loop import train

TARGET = 0.99


def time_to_target(preset: str, max_seconds: float) -> tuple[float | None, float, float]:
    """(seconds to TARGET or None, best test accuracy, seconds trained) for ``preset``."""
    start, cpu_start = time.perf_counter(), time.process_time()
    data = load_dataset("mnist")
    p = PRESETS[preset]
    test_x = prepare_input(data.test_images, p.input)
    config = TrainConfig.from_dict({**p.training, "diagnostics_interval": 0.0})
    control, paused, best = TrainingControl(), 0.0, 0.0
    net = Network(p.network_spec(), seed=0)
    for record in train(net, data.train_images, data.train_labels, p.input, config, control):
        if record.kind not in ("eval", "epoch"):
            continue
        measuring = time.perf_counter()
        trained = measuring - start - paused
        best = max(best, net.accuracy(test_x, data.test_labels))
        paused += time.perf_counter() - measuring
        if best >= TARGET:
            print(f"{preset:12s} ({time.process_time() - cpu_start:.1f} s of CPU time, test measurements included)")
            return trained, best, trained
        if trained > max_seconds:
            control.stop()
    return None, best, time.perf_counter() - start - paused


def gui_run(preset: str) -> tuple[float, float | None]:
    """(seconds from Start to the finished model, its test accuracy) of ``preset``'s recipe on the
    Train page, MNIST, the form's other fields as a new user finds them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from playground.gui.common.state import AppState
    from playground.gui.train.panel import TrainPanel

    app = QApplication.instance() or QApplication([])  # noqa: F841 (the page needs one)
    panel = TrainPanel(AppState())
    panel.form.select_dataset("mnist")
    panel.form.select_model(preset)
    loop, results = QEventLoop(), []
    panel.controller.finished.connect(lambda result: (results.append(result), loop.quit()))
    start = time.perf_counter()
    if not panel.start():
        raise SystemExit(f"the Train page did not start {preset}")
    loop.exec()
    seconds = time.perf_counter() - start
    panel.shutdown()
    return seconds, results[0].model.test_accuracy if results[0].model else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", nargs="+", default=["fast-track", "simple-cnn"])
    parser.add_argument("--max-seconds", type=float, default=600.0)
    parser.add_argument("--gui", nargs="*", default=[], metavar="PRESET",
                        help="also time these presets' whole runs on the Train page")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    for preset in args.presets:
        seconds, best, trained = time_to_target(preset, args.max_seconds)
        if seconds is None:
            print(f"{preset:12s} did not reach {TARGET:.0%} in {trained:.0f} s (best test accuracy {best:.2%}) "
                  f"(load average {os.getloadavg()[0]:.2f})")
        else:
            print(f"{preset:12s} {TARGET:.0%} test accuracy after {seconds:.1f} s ({best:.2%}) "
                  f"(load average {os.getloadavg()[0]:.2f})")
    for preset in args.gui:
        seconds, accuracy = gui_run(preset)
        shown = "no test accuracy" if accuracy is None else f"test accuracy {accuracy:.2%}"
        print(f"{preset:12s} Train page: whole run {seconds:.1f} s, {shown} "
              f"(load average {os.getloadavg()[0]:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
