"""Few-example training of own classes: transfer from the digits model against training from scratch.

Usage (from the project folder): python -m benchmarks.own_classes [--per-class N] [--epochs E] [--seed S]
Draws N pictures (default 20) of each of five shapes with a jittered pen, prepares them the way the
Draw page does, and trains simple-cnn as the Your classes page does: started from the shipped
digits model's layers (new output layer) with the copied layers trained fully, at a tenth of the
rate or frozen, and from random weights. Prints validation accuracy, accuracy on new drawings
the run never saw, and wall time of each (the time includes loading the digits model).
"""

from __future__ import annotations

import argparse
import time

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np
from PIL import Image, ImageDraw

from playground.engine.data.mnist_style import to_mnist
from playground.engine.training.transfer import train_classes

SHAPES = ("circle", "triangle", "square", "cross", "zigzag")
CANVAS = 280


def shape_strokes(kind: str, rng: np.random.Generator) -> list[np.ndarray]:
    """Pen strokes (each (K, 2) points in 0..1 canvas coordinates) of one hand-drawn-looking shape."""
    centre = 0.5 + rng.uniform(-0.08, 0.08, 2)
    size = rng.uniform(0.22, 0.34)
    turn = rng.uniform(-0.3, 0.3)
    if kind == "circle":
        t = np.linspace(0, 2 * np.pi, 40)
        points = [np.stack([np.cos(t) * rng.uniform(0.8, 1.1), np.sin(t)], 1)]
    elif kind == "triangle":
        points = [np.array([[0, -1], [0.95, 0.8], [-0.95, 0.8], [0, -1]], float)]
    elif kind == "square":
        points = [np.array([[-1, -1], [1, -1], [1, 1], [-1, 1], [-1, -1]], float) * 0.85]
    elif kind == "cross":
        points = [np.array([[-1, -1], [1, 1]], float), np.array([[1, -1], [-1, 1]], float)]
    else:
        points = [np.stack([np.linspace(-1, 1, 6), np.tile([-0.6, 0.6], 3)], 1)]
    rotation = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
    return [centre + size * (p + rng.normal(0, 0.06, p.shape)) @ rotation.T for p in points]


def render(strokes: list[np.ndarray], rng: np.random.Generator) -> np.ndarray:
    """The strokes drawn black on white paper, as the pad would hold them (H, W) uint8."""
    image = Image.new("L", (CANVAS, CANVAS), 255)
    draw = ImageDraw.Draw(image)
    width = int(rng.integers(12, 22))
    for stroke in strokes:
        draw.line([tuple(p) for p in stroke * CANVAS], fill=0, width=width, joint="curve")
    return np.asarray(image)


def shape_dataset(per_class: int, seed: int, shapes: tuple[str, ...] = SHAPES) -> tuple[np.ndarray, np.ndarray]:
    """``per_class`` drawings of each shape as MNIST-style (N, 28, 28) uint8 with their labels."""
    rng = np.random.default_rng(seed)
    labels = np.repeat(np.arange(len(shapes)), per_class)
    images = np.stack([np.round(to_mnist(render(shape_strokes(shapes[k], rng), rng)) * 255)
                       for k in labels]).astype(np.uint8)
    return images, labels


RUNS = {"transfer, train everything": (True, "train"),
        "transfer, copied layers at 0.1x": (True, "slow"),
        "transfer, copied layers frozen": (True, "freeze"),
        "from scratch": (False, "train")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=20)
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--test-per-class", type=int, default=100)
    args = parser.parse_args()
    images, labels = shape_dataset(args.per_class, args.seed)
    test_images, test_labels = shape_dataset(args.test_per_class, args.seed + 1000)
    print(f"{len(SHAPES)} shapes x {args.per_class} drawings, 20% held out class by class, "
          f"at least {args.epochs} epochs, simple-cnn (the Your classes page's training); test: "
          f"{args.test_per_class} new drawings per shape")
    for title, (from_digits, copied) in RUNS.items():
        start = time.perf_counter()
        model = train_classes(images, labels, list(SHAPES), from_digits=from_digits, copied=copied,
                              epochs=args.epochs, seed=args.seed)
        seconds = time.perf_counter() - start
        accuracy = model.meta["metrics"]["val_accuracy"]
        test = float(np.mean(np.argmax(model.probabilities(test_images), 1) == test_labels))
        epochs = model.meta["training"]["epochs_run"]
        print(f"{title:32s} validation {accuracy:6.1%}   test {test:6.1%}   {epochs:3d} epochs   "
              f"wall time {seconds:5.1f} s")


if __name__ == "__main__":
    main()
