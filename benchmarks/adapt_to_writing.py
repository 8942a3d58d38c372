"""What "Adapt to my writing" gains on one person's style and what it costs on MNIST.

Usage (from the project folder): python -m benchmarks.adapt_to_writing [MODEL.npz] [--angles 30 70]
[--counts 10 20 40]. The "person" writes every digit turned by a fixed angle (the drawn-digit
stroke templates, rendered as on a pad and prepared as the pad does). For each angle and number
of kept drawings the script adapts the model with the app's settings and prints: accuracy on the
kept drawings held out by the adaptation itself (cross-validated below 30), accuracy on 100 new
drawings in the same style before and after, MNIST test accuracy before and after (the 5,000 test
images the guard did not see), the blend chosen, and the wall time.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np

from playground.engine.data.datasets import load_dataset
from playground.engine.training.adapt import AdaptConfig, adapt
from playground.engine.training.modelfile import load_model
from playground.paths import MODELS_DIR
from tests.engine.test_adapt import styled_drawings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", type=Path, default=MODELS_DIR / "simple-cnn.npz")
    parser.add_argument("--angles", nargs="+", type=float, default=[30.0, 70.0])
    parser.add_argument("--counts", nargs="+", type=int, default=[10, 20, 40])
    args = parser.parse_args(argv)
    model = load_model(args.model)
    mnist = load_dataset("mnist")
    train, test = (mnist.train_images, mnist.train_labels), (mnist.test_images, mnist.test_labels)
    print(f"{model.name}: angle, drawings, held-out before -> after, new drawings before -> after, "
          f"MNIST before -> after (drop), blend, seconds")
    for angle in args.angles:
        fresh, fresh_labels = styled_drawings(10, seed=99, angle=angle)
        before_fresh = np.mean(model.probabilities(fresh).argmax(axis=1) == fresh_labels)
        for count in args.counts:
            images, labels = styled_drawings(-(-count // 10), seed=1, angle=angle)
            images, labels = images[:count], labels[:count]
            started = time.perf_counter()
            result = [r for r in adapt(model, images, labels, train, test, AdaptConfig())][-1].result
            seconds = time.perf_counter() - started
            after_fresh = np.mean(result.model.probabilities(fresh).argmax(axis=1) == fresh_labels)
            print(f"{angle:5.0f}° {count:4d}   {100 * result.user_before:5.1f} -> {100 * result.user_after:5.1f} %"
                  f" ({result.held_out} held out, {result.folds} fold(s))   {100 * before_fresh:5.1f} -> "
                  f"{100 * after_fresh:5.1f} %   {100 * result.mnist_before:.2f} -> {100 * result.mnist_after:.2f} %"
                  f" ({100 * (result.mnist_before - result.mnist_after):+.2f} pp of {result.mnist_images})"
                  f"   {result.blend:.2f}   {seconds:5.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
