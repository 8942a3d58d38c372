"""What the training diagnostics cost: training throughput with and without them.

Usage (from the project folder): python -m benchmarks.diagnostics_cost [--presets fast-track mlp simple-cnn]
[--images 12000] [--interval 2.0]. Each preset trains one epoch on the first IMAGES MNIST training
images twice, once with diagnostics off and once at the given refresh interval, alternating the
order over three rounds; the script prints the best images/s of each and the relative cost.

On a shared machine that difference swings by several percent either way from one epoch to the
next, so the script also times the two parts of the cost directly, each many times, and prints
their sum: the per-step gradient sums as a share of a training step, plus one refresh (inactive
units on the validation sample, weight histograms) as a share of the refresh interval.
"""

from __future__ import annotations

import argparse
import os
import time

from playground.engine.data.datasets import load_dataset, prepare_input
from playground.engine.fast.network import Network
from playground.engine.presets import PRESETS
from playground.engine.training.config import TrainConfig
from playground.engine.training.diagnostics import DiagnosticsTracker
from playground.engine.training.loop import DIAGNOSTICS_SAMPLE, train


def _images_per_second(preset: str, images, labels, interval: float) -> tuple[float, int]:
    p = PRESETS[preset]
    config = TrainConfig.from_dict({**p.training, "epochs": 1, "augment": None, "evals_per_epoch": 1,
                                    "validation_share": 0.1, "diagnostics_interval": interval})
    net = Network(p.network_spec(), seed=0)
    start, reports, trained = time.perf_counter(), 0, 0
    for record in train(net, images, labels, p.input, config):
        reports += record.diagnostics is not None
        trained = record.iteration * config.batch_size
        if record.kind == "epoch":
            break
    return trained / (time.perf_counter() - start), reports


def _best_seconds(work, repeats: int) -> float:
    """The fastest of ``repeats`` calls of ``work``: the least disturbed by other programs."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def cost_of_parts(preset: str, images, labels, interval: float) -> tuple[float, float, float]:
    """(seconds of a training step, of the per-step gradient sums, of one refresh) for ``preset``."""
    p = PRESETS[preset]
    net = Network(p.network_spec(), seed=0)
    batch = p.training.get("batch_size", 100)
    x, y = prepare_input(images[:batch], p.input), labels[:batch]
    tracker = DiagnosticsTracker(net, prepare_input(images[-DIAGNOSTICS_SAMPLE:], p.input))
    net.gradient(x, y)
    step = _best_seconds(lambda: net.gradient(x, y), 20)
    sums = _best_seconds(lambda: tracker.add_step(net.grads), 20)
    refresh = _best_seconds(lambda: tracker.report(net), 10)
    return step, sums, refresh


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", nargs="+", default=["fast-track", "mlp", "simple-cnn"])
    parser.add_argument("--images", type=int, default=12000)
    parser.add_argument("--interval", type=float, default=2.0)
    args = parser.parse_args(argv)
    data = load_dataset("mnist")
    images, labels = data.train_images[:args.images], data.train_labels[:args.images]
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; {args.images} images, "
          f"refresh every {args.interval} s")
    for preset in args.presets:
        _images_per_second(preset, images[:1000], labels[:1000], 0.0)  # warm up caches and BLAS
        off, on, reports = 0.0, 0.0, 0
        for _ in range(3):
            off = max(off, _images_per_second(preset, images, labels, 0.0)[0])
            rate, reports = _images_per_second(preset, images, labels, args.interval)
            on = max(on, rate)
        step, sums, refresh = cost_of_parts(preset, images, labels, args.interval)
        parts = sums / step + refresh / args.interval
        print(f"{preset:12s} off {off:8.0f} img/s   on {on:8.0f} img/s ({reports} refreshes)   "
              f"cost {100 * (1 - on / off):+.1f} %")
        print(f"{'':12s} step {1e3 * step:.1f} ms, gradient sums {1e6 * sums:.0f} us a step, refresh "
              f"{1e3 * refresh:.1f} ms: cost {100 * parts:.1f} % at this refresh")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
