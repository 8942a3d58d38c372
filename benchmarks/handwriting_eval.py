"""How well models read held-out handwriting: pen digits and low-resolution scans.

Usage (from the project folder): python -m benchmarks.handwriting_eval [MODEL.npz ...] [--split dev|test]
(no models: every MNIST model in models/; model files given are added). Every picture goes through
the pad's own preparation (``to_mnist`` with stroke normalisation, as the Draw panel reads by
default). Prints per model: accuracy on pen digits, on scanned digits (16 x 16 grey and 32 x 32
binary), and on the MNIST test set; then accuracy per class and the most frequent confusions.

Tune on ``--split dev`` (other seed and pen settings); ``test`` is the held-out figure.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np

from playground.engine.data.datasets import load_dataset
from playground.engine.data.mnist_style import to_mnist
from playground.engine.training.modelfile import Model, load_model
from playground.paths import MODELS_DIR
from benchmarks.handwriting.render import SPLITS, Sample, pen_digits, scanned_digits


def prepared(samples: list[Sample]) -> tuple[np.ndarray, np.ndarray]:
    """The pad's inputs (N, 28, 28) for the samples, and their labels."""
    return np.stack([to_mnist(s.image) for s in samples]), np.array([s.digit for s in samples])


def per_class(predicted: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Accuracy of each digit 0..9."""
    return np.array([np.mean(predicted[labels == d] == d) for d in range(10)])


def confusions(predicted: np.ndarray, labels: np.ndarray, top: int = 6) -> str:
    wrong = Counter(f"{y}->{p}" for y, p in zip(labels, predicted) if y != p)
    return ", ".join(f"{k} x{v}" for k, v in wrong.most_common(top)) or "none"


def models_to_evaluate(paths: list[Path]) -> dict[str, Model]:
    shipped = {p.stem: load_model(p) for p in sorted(MODELS_DIR.glob("*.npz"))}
    models = {name: m for name, m in shipped.items() if m.meta.get("dataset") == "mnist"}
    models.update({str(p): load_model(p) for p in paths})
    return models


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", type=Path)
    parser.add_argument("--split", choices=sorted(SPLITS), default="test")
    parser.add_argument("--no-mnist", action="store_true", help="skip the MNIST test set")
    args = parser.parse_args(argv)
    models = models_to_evaluate(args.models)
    if not models:
        print("no MNIST model in models/ and no model file given")
        return 1
    pen_x, pen_y = prepared(pen_digits(args.split))
    scans = scanned_digits(args.split)
    scan_x, scan_y = prepared(scans)
    scan_kind = np.array([s.medium for s in scans])
    mnist = None if args.no_mnist else load_dataset("mnist")
    print(f"split {args.split}: {len(pen_y)} pen digits, {len(scan_y)} scanned digits "
          f"({', '.join(f'{k}: {np.sum(scan_kind == k)}' for k in dict.fromkeys(scan_kind))})\n")
    header = f"{'model':<28}{'pen':>8}{'scanned':>9}{'grey16':>8}{'binary32':>9}{'MNIST':>8}"
    print(header + "\n" + "-" * len(header))
    results = {}
    for name, model in models.items():
        pen_p = model.probabilities(pen_x).argmax(1)
        scan_p = model.probabilities(scan_x).argmax(1)
        results[name] = pen_p, scan_p
        kinds = "".join(f"{np.mean(scan_p[scan_kind == k] == scan_y[scan_kind == k]):>8.1%} "
                        for k in dict.fromkeys(scan_kind))
        mnist_acc = (f"{np.mean(model.probabilities(mnist.test_images).argmax(1) == mnist.test_labels):>8.2%}"
                     if mnist else f"{'-':>8}")
        print(f"{name:<28}{np.mean(pen_p == pen_y):>8.1%}{np.mean(scan_p == scan_y):>9.1%}{kinds}{mnist_acc}")
    for title, index, labels in (("pen digits", 0, pen_y), ("scanned digits", 1, scan_y)):
        print(f"\naccuracy per class, {title}")
        print(f"{'model':<28}" + "".join(f"{d:>6}" for d in range(10)))
        for name, predicted in results.items():
            print(f"{name:<28}" + "".join(f"{a:>6.0%}" for a in per_class(predicted[index], labels)))
        for name, predicted in results.items():
            print(f"  {name}: {confusions(predicted[index], labels)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
