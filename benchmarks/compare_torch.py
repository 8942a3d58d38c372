"""Time the NumPy engine against PyTorch (CPU) on the same networks, data, batch and thread count.

    python benchmarks/compare_torch.py [--steps 200] [--rounds 2] [--quick]

PyTorch is never imported in the process that times the engine: a child process (this script
with ``--torch-worker``) rebuilds each network from the engine's own spec, layer by layer, and
reports its timings as JSON. Both sides train on the same MNIST batches (batch 100, float32) with
one training step = forward, backward, optimizer update, and use as many threads as NumPy's BLAS.
Each case runs on both sides back to back, round after round, and each side keeps its best round,
so a burst of load from elsewhere on the machine hurts neither side alone. PyTorch is needed only here (``pip install torch``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from playground.bench import (  # noqa: E402
    INFERENCE_BATCH,
    MNIST_TRAIN_IMAGES,
    TRAIN_BATCH,
    blas_description,
    blas_threads,
    inference_images_per_second,
    load_bench_images,
    machine_load,
    training_seconds_per_step,
)
from playground.engine.data.network_input import prepare_input
from playground.engine.fast.network import Network  # noqa: E402
from playground.engine.optimizers import build_optimizer  # noqa: E402
from playground.engine.presets import FLAT_UNIT, get_preset, mlp_spec  # noqa: E402
from playground.engine.fast.threads import single_blas_thread  # noqa: E402

# (label, network spec, input spec, optimizer spec, target ratio engine/PyTorch epoch time)
CASES = [
    ("MLP 784-100-10 SGD", mlp_spec([100], "relu", "he"), FLAT_UNIT, {"type": "sgd", "lr": 0.1}, 0.8),
    ("simple-cnn SGD", get_preset("simple-cnn").network_spec(), get_preset("simple-cnn").input,
     {"type": "sgd", "lr": 0.01}, 1.0),
    ("simple-cnn Adam", get_preset("simple-cnn").network_spec(), get_preset("simple-cnn").input,
     {"type": "adam", "lr": 0.001}, 1.2),
    ("deep-cnn Adam", get_preset("deep-cnn").network_spec(), get_preset("deep-cnn").input,
     {"type": "adam", "lr": 0.001}, 1.5),
]
INFERENCE_CASES = ["simple-cnn", "deep-cnn"]


def plain_numpy_mlp_seconds_per_step(x: np.ndarray, labels: np.ndarray, steps: int, lr: float = 0.1) -> float:
    """The MLP case's training step written straight in NumPy, without the engine: the same
    products, preallocated arrays, one BLAS thread (as the engine runs this small pass). What
    any NumPy implementation of that step costs at least with this BLAS library."""
    rng = np.random.default_rng(0)
    w1 = (rng.standard_normal((784, 100)) * np.sqrt(2 / 784)).astype(np.float32)
    w2 = (rng.standard_normal((100, 10)) * np.sqrt(2 / 100)).astype(np.float32)
    b1, b2 = np.zeros(100, np.float32), np.zeros(10, np.float32)
    h, dh, s = (np.empty((TRAIN_BATCH, k), np.float32) for k in (100, 100, 10))
    dw1, dw2 = np.empty_like(w1), np.empty_like(w2)
    rows = np.arange(TRAIN_BATCH)

    def step(xb: np.ndarray, yb: np.ndarray) -> float:
        np.add(np.matmul(xb, w1, out=h), b1, out=h)
        np.maximum(h, 0, out=h)
        np.add(np.matmul(h, w2, out=s), b2, out=s)
        np.subtract(s, s.max(axis=1, keepdims=True), out=s)
        np.exp(s, out=s)
        np.divide(s, s.sum(axis=1, keepdims=True), out=s)
        loss = -float(np.log(s[rows, yb]).mean())
        s[rows, yb] -= 1.0
        np.multiply(s, np.float32(1.0 / TRAIN_BATCH), out=s)
        np.matmul(h.T, s, out=dw2)
        db2 = s.sum(axis=0)
        np.matmul(s, w2.T, out=dh)
        np.multiply(dh, h > 0, out=dh)
        np.matmul(xb.T, dh, out=dw1)
        db1 = dh.sum(axis=0)
        for param, grad in ((w1, dw1), (b1, db1), (w2, dw2), (b2, db2)):
            np.multiply(grad, np.float32(lr), out=grad)
            np.subtract(param, grad, out=param)
        return loss

    batches = [(x[i:i + TRAIN_BATCH], labels[i:i + TRAIN_BATCH]) for i in range(0, x.shape[0] - TRAIN_BATCH + 1, TRAIN_BATCH)]
    with single_blas_thread():
        for i in range(3):
            step(*batches[i % len(batches)])
        begin = time.perf_counter()
        for i in range(steps):
            step(*batches[i % len(batches)])
    return (time.perf_counter() - begin) / steps


class EngineSide:
    """Times the engine on one case at a time, keeping each case's network and optimizer."""

    def __init__(self, images, steps: int, repeats: int) -> None:
        self.images, self.steps, self.repeats = images, steps, repeats
        self.inputs: dict[str, np.ndarray] = {}
        self.models: dict[str, tuple] = {}

    def _input(self, input_spec: dict) -> np.ndarray:
        key = json.dumps(input_spec, sort_keys=True)
        if key not in self.inputs:
            self.inputs[key] = prepare_input(self.images.images, input_spec)
        return self.inputs[key]

    def train(self, case: int) -> float:
        label, spec, input_spec, opt, _ = CASES[case]
        if label not in self.models:
            self.models[label] = (Network(spec, seed=0, dtype=np.float32), build_optimizer(opt))
        net, optimizer = self.models[label]
        return training_seconds_per_step(net, optimizer, self._input(input_spec), self.images.labels, self.steps)

    def infer(self, name: str) -> float:
        preset = get_preset(name)
        net = Network(preset.network_spec(), seed=0, dtype=np.float32)
        return inference_images_per_second(net, self._input(preset.input), self.repeats)

    def plain_numpy_mlp(self) -> float:
        return plain_numpy_mlp_seconds_per_step(self._input(FLAT_UNIT), self.images.labels, self.steps)


class TorchSide:
    """A child process that imports PyTorch and answers one timing request per line."""

    def __init__(self, steps: int, repeats: int, image_count: int, threads: int) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "--torch-worker"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        self.info = self._ask({"steps": steps, "repeats": repeats, "images": image_count, "threads": threads})

    def _ask(self, request: dict):
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit("the PyTorch worker stopped (is torch installed?)")
        return json.loads(line)

    def train(self, case: int) -> float:
        return self._ask({"train": case})

    def infer(self, name: str) -> float:
        return self._ask({"infer": name})

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def torch_worker() -> None:
    """Child process: build each case in PyTorch from the engine's spec and time it like the engine."""
    import torch
    from torch import nn

    job = json.loads(sys.stdin.readline())
    torch.set_num_threads(job["threads"])
    torch.manual_seed(0)
    images = load_bench_images(job["images"])

    def build(spec: dict) -> nn.Sequential:
        shapes = [tuple(spec["input_shape"])]
        for layer in Network(spec, seed=0).layers:
            shapes.append(layer.output_shape(shapes[-1]))
        modules = []
        for layer_spec, shape in zip(spec["layers"], shapes):
            kind = layer_spec["type"]
            if kind == "conv":
                modules.append(nn.Conv2d(shape[0], layer_spec["filters"], layer_spec["kernel"],
                                         layer_spec.get("stride", 1), layer_spec.get("pad", 0)))
            elif kind == "pool":
                size, stride, pad = layer_spec["size"], layer_spec.get("stride"), layer_spec.get("pad", 0)
                pool = nn.MaxPool2d if layer_spec.get("mode", "max") == "max" else nn.AvgPool2d
                modules.append(pool(size, stride, pad))
            elif kind == "affine":
                modules.append(nn.Linear(shape[0], layer_spec["units"], layer_spec.get("bias", True)))
            elif kind == "dropout":
                modules.append(nn.Dropout(layer_spec["rate"]))
            else:
                modules.append({"relu": nn.ReLU, "flatten": nn.Flatten, "sigmoid": nn.Sigmoid,
                                "tanh": nn.Tanh}[kind]())
        return nn.Sequential(*modules)

    def seconds_per_step(model, optimizer, x, y) -> float:
        batches = [(x[s:s + TRAIN_BATCH], y[s:s + TRAIN_BATCH]) for s in range(0, x.shape[0] - TRAIN_BATCH + 1, TRAIN_BATCH)]

        def step(i):
            xb, yb = batches[i % len(batches)]
            optimizer.zero_grad(set_to_none=True)
            loss = nn.functional.cross_entropy(model(xb), yb)
            loss.backward()
            optimizer.step()

        for i in range(3):
            step(i)
        begin = time.perf_counter()
        for i in range(job["steps"]):
            step(i)
        return (time.perf_counter() - begin) / job["steps"]

    labels = torch.from_numpy(images.labels)
    models = {}

    def train(case: int) -> float:
        label, spec, input_spec, opt, _ = CASES[case]
        if label not in models:
            model = build(spec).train()
            optim_cls = torch.optim.SGD if opt["type"] == "sgd" else torch.optim.Adam
            models[label] = (model, optim_cls(model.parameters(), lr=opt["lr"]))
        x = torch.from_numpy(prepare_input(images.images, input_spec))
        return seconds_per_step(*models[label], x, labels)

    def infer(name: str) -> float:
        preset = get_preset(name)
        model = build(preset.network_spec()).eval()
        xb = torch.from_numpy(prepare_input(images.images[:INFERENCE_BATCH], preset.input))
        with torch.inference_mode():
            model(xb)
            times = []
            for _ in range(job["repeats"]):
                begin = time.perf_counter()
                model(xb)
                times.append(time.perf_counter() - begin)
        return INFERENCE_BATCH / min(times)

    print(json.dumps({"version": torch.__version__, "threads": torch.get_num_threads()}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        answer = train(request["train"]) if "train" in request else infer(request["infer"])
        print(json.dumps(answer), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=200, help="timed training steps per case and round")
    parser.add_argument("--rounds", type=int, default=2, help="alternating engine/PyTorch rounds; best kept")
    parser.add_argument("--quick", action="store_true", help="30 steps, one round")
    parser.add_argument("--threads", type=int, help="threads for both sides (default: NumPy's BLAS threads)")
    parser.add_argument("--torch-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.torch_worker:
        torch_worker()
        return 0
    steps, rounds = (30, 1) if args.quick else (args.steps, args.rounds)
    repeats = 3 if args.quick else 10
    image_count = min(steps, 200) * TRAIN_BATCH
    images = load_bench_images(image_count)
    threads = args.threads or blas_threads()
    with threadpool_limits(threads, user_api="blas"):
        return compare(steps, rounds, repeats, image_count, images, threads)


def compare(steps: int, rounds: int, repeats: int, image_count: int, images, threads: int) -> int:
    """Time every case on both sides and print the table of epoch times and ratios."""
    print(f"{blas_description()}; PyTorch threads {threads}; data: {images.source}; "
          f"batch {TRAIN_BATCH}, float32, {steps} steps x {rounds} round(s)")
    print(machine_load())
    engine, torch_side = EngineSide(images, steps, repeats), TorchSide(steps, repeats, image_count, threads)
    print(f"PyTorch {torch_side.info['version']} with {torch_side.info['threads']} threads")
    # Each case is timed on both sides back to back, round after round; each side keeps its best.
    train_times = {i: ([], []) for i in range(len(CASES))}
    infer_rates = {name: ([], []) for name in INFERENCE_CASES}
    plain_mlp = []
    try:
        for _ in range(rounds):
            for i, (mine, theirs) in train_times.items():
                mine.append(engine.train(i))
                theirs.append(torch_side.train(i))
                if i == 0:
                    plain_mlp.append(engine.plain_numpy_mlp())
            for name, (mine, theirs) in infer_rates.items():
                mine.append(engine.infer(name))
                theirs.append(torch_side.infer(name))
    finally:
        torch_side.close()
    epochs = MNIST_TRAIN_IMAGES // TRAIN_BATCH
    print(f"\n{'training (s per MNIST epoch)':<28} {'engine':>8} {'PyTorch':>8} {'ratio':>6} {'target':>7}")
    for i, (label, *_, target) in enumerate(CASES):
        e, t = (min(times) * epochs for times in train_times[i])
        verdict = "met" if e / t <= target else "NOT met"
        print(f"{label:<28} {e:>8.2f} {t:>8.2f} {e / t:>6.2f} {'<= ' + str(target):>7}  {verdict}")
        if i == 0:
            p = min(plain_mlp) * epochs
            print(f"{'  same step, plain NumPy':<28} {p:>8.2f} {t:>8.2f} {p / t:>6.2f}"
                  "           (no engine: about the least NumPy code takes with this BLAS)")
    print(f"\n{'inference, batch 1000 (img/s)':<28} {'engine':>8} {'PyTorch':>8} {'ratio':>6}"
          "  (ratio: engine time / PyTorch time)")
    for name, (mine, theirs) in infer_rates.items():
        e, t = max(mine), max(theirs)
        print(f"{name:<28} {e:>8.0f} {t:>8.0f} {t / e:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
