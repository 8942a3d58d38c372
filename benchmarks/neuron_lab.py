"""Time the Inside page's neuron lab takes to measure an edit on the whole MNIST test set.

Usage (from the project folder): python -m benchmarks.neuron_lab [--rounds N] [--threads N]
For ``mlp`` and ``simple-cnn`` from ``models/`` it prints the one-off cost of the original pass
(which also keeps the later layers' inputs) and the median time per edit, as the page runs it on
its worker thread: a neuron of the last hidden layer switched off (only the layers after it run
again), and global weight noise plus pruning (every layer runs again). The target is under a
second per edit, so the tiles follow a slider within a second.
"""

from __future__ import annotations

import argparse
import statistics
import time

from playground.bench import machine_load
from playground.engine.data.datasets import load_dataset
from playground.engine.inspection.arithmetic import mixing_layers
from playground.engine.inspection.damage import DamageMeter
from playground.engine.inspection.surgery import NeuronEdit, Surgery
from playground.engine.training.modelfile import load_model
from playground.engine.fast.threads import blas_thread_limit
from playground.paths import MODELS_DIR

MODELS = ("mlp", "simple-cnn")
TARGET_SECONDS = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="edits timed per case (5)")
    parser.add_argument("--threads", type=int, default=1, help="BLAS threads, as the page's worker uses (1)")
    args = parser.parse_args()
    data = load_dataset("mnist")
    print(f"MNIST test set: {len(data.test_labels):,} images; BLAS threads {args.threads}; {machine_load()}")
    with blas_thread_limit(args.threads):
        for name in MODELS:
            model = load_model(MODELS_DIR / f"{name}.npz")
            x = model.prepare(data.test_images)
            start = time.perf_counter()
            meter = DamageMeter(model.network, x, data.test_labels)
            setup = time.perf_counter() - start
            last_hidden = mixing_layers(model.network)[-2].weight
            cases = {
                "neuron off": lambda k: Surgery(neurons={(last_hidden, k): NeuronEdit(off=True)}),
                "noise+prune": lambda k: Surgery(noise_percent=20, noise_seed=k, prune_percent=30),
            }
            print(f"{name}: original pass {setup:.2f} s")
            for case, surgery in cases.items():
                times = []
                for k in range(args.rounds):
                    damage = meter.measure(surgery(k))
                    times.append(damage.seconds)
                median = statistics.median(times)
                verdict = "ok" if median < TARGET_SECONDS else f"over the {TARGET_SECONDS:.0f} s target"
                print(f"  {case:12s} median {median:.3f} s, max {max(times):.3f} s, from layer "
                      f"{damage.start_layer}, accuracy {damage.original.accuracy:.2%} -> "
                      f"{damage.modified.accuracy:.2%} ({verdict})")


if __name__ == "__main__":
    main()
