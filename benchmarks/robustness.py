"""How long the Weights page's after-training views take to compute, per shipped model.

Run: ``python benchmarks/robustness.py [--models mlp simple-cnn] [--images 2000] [--points 2000] [--threads 1]``.

Prints, for each model, the seconds of each robustness curve (noise, rotation, stroke thickness,
on ``--images`` test images at every strength), the confidence-threshold curve, and the layer map
of ``--points`` test images at the input and at the last layer, by PCA and by t-SNE. The Weights
panel runs these jobs with one BLAS thread (``--threads 1``, the default), as measured here.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playground.engine.data.datasets import load_dataset  # noqa: E402
from playground.engine.inspection import evaluate  # noqa: E402
from playground.engine.inspection.confidence import threshold_curve  # noqa: E402
from playground.engine.inspection.layer_maps import layer_features, map_sample, pca, tsne  # noqa: E402
from playground.engine.inspection.robustness import STRENGTHS, robustness_curve  # noqa: E402
from playground.engine.fast.threads import blas_thread_limit  # noqa: E402
from playground.engine.training.modelfile import load_model  # noqa: E402
from playground.paths import MODELS_DIR  # noqa: E402


def timed(function):
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["mlp", "simple-cnn"])
    parser.add_argument("--images", type=int, default=2000)
    parser.add_argument("--points", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    data = load_dataset("mnist")
    images, labels = data.test_images[:args.images], data.test_labels[:args.images]
    chosen = map_sample(data.test_labels, args.points)
    with blas_thread_limit(args.threads):
        for name in args.models:
            model = load_model(MODELS_DIR / f"{name}.npz")
            print(f"{name}: {len(images):,} test images per curve point, {len(chosen):,} map points, "
                  f"{args.threads} BLAS thread(s)")
            for kind, strengths in STRENGTHS.items():
                curve, seconds = timed(lambda: robustness_curve(model, images, labels, kind))
                print(f"  {kind:<10} {len(strengths):>2} points  {seconds:7.2f} s   "
                      f"accuracy {100 * curve.accuracy.max():.1f} % .. {100 * curve.accuracy.min():.1f} %")
            evaluation, seconds = timed(lambda: evaluate(model, images, labels))
            _, curve_seconds = timed(lambda: threshold_curve(evaluation.probabilities, evaluation.labels))
            print(f"  threshold  classify {seconds:.2f} s, 21 thresholds {1000 * curve_seconds:.1f} ms")
            for layer, title in ((-1, "input"), (len(model.network.layers) - 1, "output")):
                features, seconds = timed(lambda: layer_features(model, data.test_images[chosen], layer))
                _, pca_seconds = timed(lambda: pca(features))
                _, tsne_seconds = timed(lambda: tsne(features))
                print(f"  map {title:<6} features {seconds:6.2f} s   PCA {pca_seconds:6.2f} s   "
                      f"t-SNE {tsne_seconds:6.2f} s   ({features.shape[1]} values per image)")


if __name__ == "__main__":
    main()
