"""Time to prepare and read one drawing, as the Draw panel does on every stroke segment.

Usage (from the project folder): python -m benchmarks.draw_latency [MODEL.npz ...] [--drawings N]
(no models: every file in models/). Drawings are pen digits on 280-pixel canvases, the size of
the pad's canvas. For each model it prints the median and 99th percentile of preprocessing alone,
of the prediction of one prepared image, and of both together. The target is p99 < 8 ms, which
lets the panel read in the GUI thread behind its coalescing timer.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np
from PIL import Image

from playground.bench import machine_load
from playground.engine.data.mnist_style import classify, to_mnist
from playground.engine.training.modelfile import load_model
from playground.paths import MODELS_DIR
from tests.data.drawn_digits.render import drawn_digits

PAD_SIDE = 280
TARGET_P99_MS = 8.0


def pad_drawings(count: int) -> list[np.ndarray]:
    """Drawn digits placed on a white 280 x 280 canvas, as the pad holds them."""
    per_template = max(1, -(-count // 46))
    drawings = []
    for drawing in drawn_digits(seed=7, per_template=per_template)[:count]:
        picture = Image.fromarray(drawing.image)
        picture.thumbnail((PAD_SIDE, PAD_SIDE), Image.Resampling.LANCZOS)
        canvas = Image.new("L", (PAD_SIDE, PAD_SIDE), 255)
        canvas.paste(picture, ((PAD_SIDE - picture.width) // 2, (PAD_SIDE - picture.height) // 2))
        drawings.append(np.asarray(canvas))
    return drawings


def timings_ms(function, inputs, pause_s: float) -> tuple[np.ndarray, np.ndarray]:
    """Wall-clock and CPU time of each call, with a pause between calls like the pad's timer.

    Without the pause the loop is a CPU hog, and on a machine shared with other busy programs the
    scheduler then makes it wait its turn; the pad is idle between readings, as here.
    """
    function(inputs[0])  # warm-up: first calls pay for imports and caches
    wall, cpu = [], []
    for item in inputs:
        time.sleep(pause_s)
        started, started_cpu = time.perf_counter(), time.thread_time()
        function(item)
        wall.append(time.perf_counter() - started)
        cpu.append(time.thread_time() - started_cpu)
    return 1000 * np.array(wall), 1000 * np.array(cpu)


def row(title: str, wall: np.ndarray, cpu: np.ndarray) -> str:
    flag = "" if np.percentile(wall, 99) < TARGET_P99_MS else "  (wall p99 over the target)"
    return (f"{title:<26}{np.median(wall):>8.2f}ms{np.percentile(wall, 99):>8.2f}ms"
            f"{np.median(cpu):>8.2f}ms{np.percentile(cpu, 99):>8.2f}ms{flag}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", type=Path)
    parser.add_argument("--drawings", type=int, default=300)
    parser.add_argument("--pause-ms", type=float, default=35.0,
                        help="idle time between readings (the Draw panel reads at most every 35 ms)")
    args = parser.parse_args(argv)
    paths = args.models or sorted(MODELS_DIR.glob("*.npz"))
    drawings = pad_drawings(args.drawings)
    print(f"{len(drawings)} drawings on {PAD_SIDE} x {PAD_SIDE} canvases; target: wall p99 < "
          f"{TARGET_P99_MS:.0f} ms; {machine_load()}\n")
    print(f"{'':<26}{'wall median':>12}{'p99':>8}{'cpu median':>12}{'p99':>8}")
    pause = args.pause_ms / 1000
    print(row("preprocessing only", *timings_ms(to_mnist, drawings, pause)))
    prepared = [to_mnist(drawing) for drawing in drawings]
    for path in paths:
        model = load_model(path)
        print(row(f"{path.stem} prediction only",
                  *timings_ms(functools.partial(classify, model), prepared, pause)))
        print(row(f"{path.stem} + preprocessing",
                  *timings_ms(functools.partial(_read, model), drawings, pause)))
    return 0


def _read(model, drawing: np.ndarray) -> np.ndarray:
    """What the pad does with a drawing: prepare it, then read it."""
    return classify(model, to_mnist(drawing))


if __name__ == "__main__":
    sys.exit(main())
