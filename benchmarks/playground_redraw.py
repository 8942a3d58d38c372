"""How often does the Playground page repaint its heatmap and every neuron thumbnail while it trains,
and does the window stay smooth meanwhile?

A shown Playground panel trains a 6 x 8 tanh network on the 500-point spiral (ratio 50 %, batch 10)
at full speed for ``--seconds``: its training process trains and renders frames (every neuron over
the 100 x 100 grid), the GUI thread paints them. Printed: frames painted per second (each repaints
the heatmap, the 6 x 8 + inputs + outputs thumbnails, the links and the numbers), epochs per
second, the GUI-thread time of one paint (p50 / p99 / max), window re-layouts per second (Qt's
offscreen platform reports each as "propagateSizeHints"), and how late a separate 10 ms GUI-thread
timer fired, first for two seconds with the page idle (the machine's own noise), then while it
trains (the window's smoothness).

Targets: >= 20 paints/s; lateness p99 < 5 ms while training. On a machine shared with other work
the lateness mostly measures that contention: compare it with the idle figure of the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/playground_redraw.py --seconds 10
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np
from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from playground.gui.playground.panel import PlaygroundPanel


def lateness_probe() -> tuple[QTimer, list[float]]:
    """A 10 ms timer that records how late (seconds) each of its firings came."""
    lateness: list[float] = []
    expected = [0.0]

    def probe() -> None:
        now = time.perf_counter()
        if expected[0]:
            lateness.append(max(0.0, now - expected[0]))
        expected[0] = now + 0.010

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(probe)
    return timer, lateness


def run_events(seconds: float) -> None:
    """Run the event loop for ``seconds`` (a local loop: quitting the application would shut the page down)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv)
    layouts = [0]

    def count_layouts(kind, context, message: str) -> None:
        if "propagateSizeHints" in message:
            layouts[0] += 1
        else:
            print(message, file=sys.stderr)

    qInstallMessageHandler(count_layouts)
    panel = PlaygroundPanel(None)
    panel.resize(1500, 860)
    panel.show()
    panel.pick_dataset("spiral")
    while len(panel.hidden) < 6:
        panel.change_layers(+1)
    for layer in range(6):
        while panel.hidden[layer] < 8:
            panel.change_neurons(layer, +1)
    assert panel.model.architecture.hidden == (8,) * 6 and len(panel.data) == 500
    paint_seconds: list[float] = []
    original = panel.paint

    def timed(frame, **options) -> None:
        start = time.perf_counter()
        original(frame, **options)
        paint_seconds.append(time.perf_counter() - start)

    panel.paint = timed
    idle_timer, idle_lateness = lateness_probe()
    idle_timer.start()
    run_events(2.0)
    idle_timer.stop()
    probe_timer, lateness = lateness_probe()
    paint_seconds.clear()
    layouts[0] = 0
    start_epoch = panel.frame.epoch
    panel.controls.play.setChecked(True)
    probe_timer.start()
    start = time.perf_counter()
    run_events(args.seconds)
    elapsed = time.perf_counter() - start
    probe_timer.stop()
    paints, epochs = len(paint_seconds), panel.frame.epoch - start_epoch
    panel.controls.play.setChecked(False)
    paint_ms = np.array(paint_seconds) * 1e3
    late, idle = np.array(lateness) * 1e3, np.array(idle_lateness) * 1e3
    print(f"network 6x8 tanh on {len(panel.data)} points, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")
    print(f"paints/s           {paints / elapsed:7.1f}   (target >= 20)")
    print(f"epochs/s           {epochs / elapsed:7.1f}")
    print(f"paint ms p50/p99/max {np.percentile(paint_ms, 50):6.2f} {np.percentile(paint_ms, 99):6.2f} "
          f"{paint_ms.max():6.2f}")
    print(f"re-layouts/s       {layouts[0] / elapsed:7.1f}")
    print(f"timer lateness ms idle     p99/max {np.percentile(idle, 99):6.2f} {idle.max():6.2f}")
    print(f"timer lateness ms training p99/max {np.percentile(late, 99):6.2f} {late.max():6.2f}   (target p99 < 5)")
    panel.shutdown()


if __name__ == "__main__":
    main()
