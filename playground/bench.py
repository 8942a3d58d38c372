"""Speed and memory of the engine on this machine (``python -m playground bench``).

For each preset: training throughput at batch 100 in float32 (one step is ``net.gradient`` then
``optimizer.update``, as the training loop does it) and the resulting time per MNIST epoch,
inference throughput at batch 1000, single-image latency, and peak resident memory. Real MNIST
images are used when the shipped dataset loads, same-shaped random ones otherwise.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_info

from .engine.data.network_input import prepare_input
from .engine.errors import PlaygroundError
from .engine.fast.network import Network
from .engine.optimizers import Optimizer, build_optimizer
from .engine.presets import PRESETS, get_preset
from .engine.fast.threads import blas_thread_limit

MNIST_TRAIN_IMAGES = 60_000
TRAIN_BATCH = 100
INFERENCE_BATCH = 1000


@dataclass(frozen=True)
class BenchImages:
    images: np.ndarray  # (N, 28, 28) uint8
    labels: np.ndarray  # (N,) int64
    source: str


@dataclass(frozen=True)
class PresetFigures:
    name: str
    train_samples_per_s: float
    epoch_seconds: float
    inference_images_per_s: float
    latency_median_ms: float
    latency_p99_ms: float
    train_peak_rss_mb: float
    peak_rss_mb: float


def load_bench_images(count: int, seed: int = 0) -> BenchImages:
    """``count`` MNIST training images, or random digits of the same shape if MNIST cannot be loaded."""
    try:
        from .engine.data.datasets import load_dataset
        data = load_dataset("mnist")
        return BenchImages(data.train_images[:count], data.train_labels[:count].astype(np.int64), "MNIST")
    except (ImportError, PlaygroundError):
        rng = np.random.default_rng(seed)
        return BenchImages(rng.integers(0, 256, (count, 28, 28), dtype=np.uint8),
                           rng.integers(0, 10, count).astype(np.int64), "random images (MNIST not found)")


def training_seconds_per_step(net: Network, optimizer: Optimizer, x: np.ndarray, labels: np.ndarray,
                              steps: int, batch: int = TRAIN_BATCH, warmup: int = 3) -> float:
    """Mean wall time of one training step, cycling through the batches of ``x``."""
    starts = range(0, x.shape[0] - batch + 1, batch)
    batches = [(x[s:s + batch], labels[s:s + batch]) for s in starts]
    for i in range(warmup):
        xb, yb = batches[i % len(batches)]
        net.gradient(xb, yb)
        optimizer.update(net.params, net.grads)
    begin = time.perf_counter()
    for i in range(steps):
        xb, yb = batches[i % len(batches)]
        net.gradient(xb, yb)
        optimizer.update(net.params, net.grads)
    return (time.perf_counter() - begin) / steps


def inference_images_per_second(net: Network, x: np.ndarray, repeats: int, batch: int = INFERENCE_BATCH) -> float:
    """Images per second of ``net.predict`` on batches of ``batch`` (best of ``repeats`` passes)."""
    xb = x[:batch]
    net.predict(xb)
    best = min(_timed(lambda: net.predict(xb)) for _ in range(repeats))
    return xb.shape[0] / best


def single_image_latency(net: Network, x: np.ndarray, calls: int) -> tuple[float, float]:
    """Median and 99th percentile, in seconds, of classifying one image at a time."""
    for i in range(5):
        net.predict(x[i:i + 1])
    times = np.array([_timed(lambda i=i: net.predict(x[i % x.shape[0]:i % x.shape[0] + 1])) for i in range(calls)])
    return float(np.median(times)), float(np.percentile(times, 99))


def _timed(fn) -> float:
    begin = time.perf_counter()
    fn()
    return time.perf_counter() - begin


def reset_peak_memory() -> None:
    """Restart the kernel's peak-RSS counter, so each preset's peak is its own (Linux only)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_rss_mb() -> float:
    """Peak resident memory of this process since the last reset, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def blas_description() -> str:
    """Which BLAS library NumPy calls and with how many threads."""
    pools = [p for p in threadpool_info() if p.get("user_api") == "blas"]
    if not pools:
        return "BLAS: not detected"
    return "; ".join(f"BLAS: {p.get('internal_api')} {p.get('version')} ({p.get('architecture')}), "
                     f"{p.get('num_threads')} threads" for p in pools)


def machine_load() -> str:
    """The 1-minute load average against the core count: figures taken on a busy machine mislead."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        return f"{cores} cores, load unknown"
    note = " (busy: other programs compete for the cores)" if load > 0.5 * cores else ""
    return f"load average {load:.2f} on {cores} cores{note}"


def blas_threads() -> int:
    return max((p["num_threads"] for p in threadpool_info() if p.get("user_api") == "blas"), default=1)


def bench_preset(name: str, data: BenchImages, steps: int, inference_repeats: int, latency_calls: int) -> PresetFigures:
    """Every figure for one preset, with float32 weights and the preset's own optimizer."""
    preset = get_preset(name)
    reset_peak_memory()
    x = prepare_input(data.images, preset.input)
    net = Network(preset.network_spec(), seed=0, dtype=np.float32)
    optimizer = build_optimizer(preset.training.get("optimizer", {"type": "sgd", "lr": 0.01}))
    step = training_seconds_per_step(net, optimizer, x, data.labels, steps)
    train_rss = peak_rss_mb()
    rate = inference_images_per_second(net, x, inference_repeats)
    median, p99 = single_image_latency(net, x, latency_calls)
    return PresetFigures(name, TRAIN_BATCH / step, step * MNIST_TRAIN_IMAGES / TRAIN_BATCH, rate,
                         median * 1e3, p99 * 1e3, train_rss, peak_rss_mb())


def configure_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--preset", action="append", choices=sorted(PRESETS), metavar="NAME",
                        help="benchmark only this preset (repeatable); default: every preset")
    parser.add_argument("--quick", action="store_true", help="fewer steps and calls: a rough figure in seconds")
    parser.add_argument("--steps", type=int, help="training steps to time per preset (default 300, quick 30)")
    parser.add_argument("--threads", type=int, help="limit the BLAS threads (default: the library's own choice)")


def run(args: argparse.Namespace) -> int:
    names = args.preset or list(PRESETS)
    steps = args.steps if args.steps is not None else (30 if args.quick else 300)
    if steps < 1 or (args.threads is not None and args.threads < 1):
        print("error: --steps and --threads must be at least 1", file=sys.stderr)
        return 2
    repeats, calls = (2, 50) if args.quick else (10, 300)
    with blas_thread_limit(args.threads):  # None leaves the library's own setting
        data = load_bench_images(max(INFERENCE_BATCH, min(steps, 200) * TRAIN_BATCH))
        print(blas_description())
        print(machine_load())
        print(f"data: {data.source}; training batch {TRAIN_BATCH}, float32, {steps} steps; "
              f"inference batch {INFERENCE_BATCH}; latency over {calls} single images")
        header = (f"{'preset':<12} {'train img/s':>11} {'s/epoch':>8} {'infer img/s':>11} "
                  f"{'1-img median':>12} {'1-img p99':>10} {'RSS train':>10} {'RSS peak':>9}")
        print(header)
        print("-" * len(header))
        for name in names:
            f = bench_preset(name, data, steps, repeats, calls)
            print(f"{f.name:<12} {f.train_samples_per_s:>11.0f} {f.epoch_seconds:>8.1f} "
                  f"{f.inference_images_per_s:>11.0f} {f.latency_median_ms:>10.2f}ms {f.latency_p99_ms:>8.2f}ms "
                  f"{f.train_peak_rss_mb:>7.0f} MB {f.peak_rss_mb:>6.0f} MB", flush=True)
    return 0

