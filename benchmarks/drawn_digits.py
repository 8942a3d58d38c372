"""Accuracy of models on the drawn-digit test set, with and without preprocessing.

Usage (from the project folder): python -m benchmarks.drawn_digits [MODEL.npz ...] [--per-template N] [--seed S]
(no models: every MNIST model in models/). Prints, for each model and for the ensemble of all given
models (mean of their probabilities), the accuracy on pen drawings prepared three ways:
the full MNIST recipe with stroke normalisation, the recipe without it, and the naive shrink of
the whole canvas; then accuracy per digit and the styles most often misread.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np

from playground.engine.data.mnist_style import naive_resize, to_mnist
from playground.engine.training.modelfile import load_model
from playground.paths import MODELS_DIR
from tests.data.drawn_digits.render import DEFAULT_PER_TEMPLATE, DEFAULT_SEED, drawn_digits

PREPARATIONS = {
    "recipe+stroke": lambda image: to_mnist(image, normalize_stroke=True),
    "recipe": lambda image: to_mnist(image, normalize_stroke=False),
    "naive": naive_resize,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", type=Path)
    parser.add_argument("--per-template", type=int, default=DEFAULT_PER_TEMPLATE)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    models = {path.stem: load_model(path) for path in args.models or sorted(MODELS_DIR.glob("*.npz"))}
    if not args.models:
        models = {name: m for name, m in models.items() if m.meta.get("dataset") == "mnist"}
    if not models:
        print("no model files given and no MNIST model in models/")
        return 1
    drawings = drawn_digits(args.seed, args.per_template)
    labels = np.array([d.digit for d in drawings])
    styles = np.array([f"{d.digit}:{d.style}" for d in drawings])
    inputs = {name: np.stack([prepare(d.image) for d in drawings])
              for name, prepare in PREPARATIONS.items()}
    print(f"{len(drawings)} drawings of {len(set(styles))} styles (seed {args.seed})\n")

    probabilities = {name: {prep: model.probabilities(x) for prep, x in inputs.items()}
                     for name, model in models.items()}
    if len(models) > 1:
        probabilities["ensemble"] = {prep: np.mean([p[prep] for p in probabilities.values()], axis=0)
                                     for prep in inputs}

    header = f"{'model':<22}" + "".join(f"{prep:>15}" for prep in inputs)
    print(header + "\n" + "-" * len(header))
    for name, by_prep in probabilities.items():
        row = "".join(f"{np.mean(p.argmax(1) == labels):>14.1%} " for p in by_prep.values())
        print(f"{name:<22}{row}")

    print("\naccuracy per digit (recipe+stroke)")
    print(f"{'model':<22}" + "".join(f"{d:>6}" for d in range(10)))
    for name, by_prep in probabilities.items():
        correct = by_prep["recipe+stroke"].argmax(1) == labels
        print(f"{name:<22}" + "".join(f"{correct[labels == d].mean():>6.0%}" for d in range(10)))

    for name, by_prep in probabilities.items():
        predicted = by_prep["recipe+stroke"].argmax(1)
        wrong = Counter(f"{s}->{p}" for s, p, y in zip(styles, predicted, labels) if p != y)
        print(f"\n{name}: most frequent misreadings: "
              + (", ".join(f"{k} x{v}" for k, v in wrong.most_common(8)) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
