"""What the training diagnostics cost: training throughput with and without them.

Usage (from the project folder): python -m benchmarks.diagnostics_cost [--presets mlp simple-cnn]
[--images 12000] [--interval 2.0]. Each preset trains one epoch on the first IMAGES MNIST training
images twice, once with diagnostics off and once at the given refresh interval, alternating the
order over three rounds; the script prints the best images/s of each and the relative cost.
"""

from __future__ import annotations

import argparse
import os
import time

from playground.engine.data.datasets import load_dataset
from playground.engine.fast.network import Network
from playground.engine.presets import PRESETS
from playground.engine.training.config import TrainConfig
from playground.engine.training.loop import train


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", nargs="+", default=["mlp", "simple-cnn"])
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
        print(f"{preset:12s} off {off:8.0f} img/s   on {on:8.0f} img/s ({reports} refreshes)   "
              f"cost {100 * (1 - on / off):+.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
