"""How long a preset's recipe takes to reach 99 % MNIST test accuracy, from the command line.

Usage (from the project folder): python -m benchmarks.time_to_99 [--presets simple-cnn]
[--max-seconds 600]. Each preset trains with its own recipe on all MNIST training images; at every
mid-epoch evaluation the script measures the 10,000 test images, stopping the clock meanwhile, and
prints the training wall time (data loading included) when the test accuracy first reaches 99 %,
or the best accuracy reached when the time limit came first. The machine's load is printed too,
because on a shared machine the times are only comparable at similar load.
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
    start = time.perf_counter()
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
            return trained, best, trained
        if trained > max_seconds:
            control.stop()
    return None, best, time.perf_counter() - start - paused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", nargs="+", default=["simple-cnn"])
    parser.add_argument("--max-seconds", type=float, default=600.0)
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    for preset in args.presets:
        seconds, best, trained = time_to_target(preset, args.max_seconds)
        if seconds is None:
            print(f"{preset:12s} did not reach {TARGET:.0%} in {trained:.0f} s (best test accuracy {best:.2%})")
        else:
            print(f"{preset:12s} {TARGET:.0%} test accuracy after {seconds:.1f} s ({best:.2%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
