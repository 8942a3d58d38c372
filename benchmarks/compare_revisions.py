"""Time this working tree's engine against an earlier revision's, turn by turn in one process.

    python benchmarks/compare_revisions.py REVISION [--rounds 12] [--cases mlp,sgd,adam,infer,deep-adam,deep-infer]

Two runs of ``compare_torch.py`` minutes apart on a shared machine differ by more than the change
being measured (seen: 10 % between runs of the same code). Here the earlier revision's
``playground/`` is taken from git into a temporary folder as the package ``playground_then``, both
engines train the same networks on the same MNIST batches, and each round times both, in
alternating order; the paired ratio (now / then) of each round cancels the machine's drift.
Printed per case: the median time of each and the median paired ratio. Needs git.
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import playground  # noqa: F401, I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np

from playground.bench import (
    inference_images_per_second,
    load_bench_images,
    training_seconds_per_step,
)

THEN = "playground_then"
# Where the engine's parts lived at different revisions (the first that imports is used).
MODULES = {
    "Network": ("engine.fast.network", "engine.network"),
    "prepare_input": ("engine.data.network_input", "engine.inputprep"),
    "build_optimizer": ("engine.optimizers",),
    "presets": ("engine.presets",),
}


def extract(revision: str, folder: Path) -> None:
    """The revision's package, renamed ``playground_then`` (its absolute imports rewritten)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "playground"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    package = folder / THEN
    (folder / "playground").rename(package)
    pattern = re.compile(r"\b(from|import) playground([. ])")
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        source.write_text(pattern.sub(rf"\1 {THEN}\2", text), encoding="utf-8")


def part(package: str, name: str):
    for module in MODULES[name]:
        try:
            loaded = importlib.import_module(f"{package}.{module}")
        except ImportError:
            continue
        return loaded if name == "presets" else getattr(loaded, name)
    raise ImportError(f"{package} has no {name}")


def build(package: str, case: str, images: np.ndarray):
    """(network, optimizer, inputs) of one case with one package's engine."""
    presets = part(package, "presets")
    if case == "mlp":
        spec, input_spec, optimizer = presets.mlp_spec([100], "relu", "he"), presets.FLAT_UNIT, {"type": "sgd", "lr": 0.1}
    else:
        preset = presets.get_preset("deep-cnn" if case.startswith("deep-") else "simple-cnn")
        spec, input_spec = preset.network_spec(), preset.input
        optimizer = {"type": "sgd", "lr": 0.01} if case == "sgd" else {"type": "adam", "lr": 0.001}
    network = part(package, "Network")(spec, seed=0, dtype=np.float32)
    return network, part(package, "build_optimizer")(optimizer), part(package, "prepare_input")(images, input_spec)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("revision")
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--cases", default="mlp,sgd,adam,infer",
                        help="mlp (784-100-10 SGD), sgd / adam (simple-cnn training), infer (simple-cnn, batch 1000), "
                             "deep-adam / deep-infer (the same for deep-cnn)")
    args = parser.parse_args()
    data = load_bench_images(20_000)
    with tempfile.TemporaryDirectory() as folder:
        extract(args.revision, Path(folder))
        sys.path.insert(1, folder)
        print(f"now: this tree; then: {args.revision}; {args.rounds} rounds each, order alternating")
        for case in args.cases.split(","):
            inference = case.endswith("infer")
            sides = {name: build(package, case, data.images) for name, package in (("then", THEN), ("now", "playground"))}
            times: dict[str, list[float]] = {"then": [], "now": []}
            for round_ in range(args.rounds):
                for name in ("then", "now") if round_ % 2 == 0 else ("now", "then"):
                    network, optimizer, x = sides[name]
                    if inference:
                        times[name].append(1.0 / inference_images_per_second(network, x, 3))
                    else:
                        steps = {"mlp": 300, "deep-adam": 8}.get(case, 40)
                        times[name].append(training_seconds_per_step(network, optimizer, x, data.labels, steps))
            then, now = np.array(times["then"]), np.array(times["now"])
            unit = "ms/image" if inference else "ms/step"
            print(f"{case:<10} then {1e3 * np.median(then):8.3f} {unit}   now {1e3 * np.median(now):8.3f} {unit}   "
                  f"paired now/then {np.median(now / then):.3f} (now slower in {(now > then).sum()} of {len(now)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
