"""How often does the Playground page redraw its heatmap and every neuron thumbnail while it trains?

A shown Playground panel trains a 6 x 8 tanh network on the 500-point spiral (ratio 50 %, batch 10)
by its own play timer for ``--seconds``. Printed: redraws per second (each redraw evaluates every
neuron over the 100 x 100 grid and repaints the heatmap, the 6 x 8 + inputs + outputs thumbnails
and the links), epochs per second, the duration of a timer tick (training + redraw, p50 / p99 /
max), and how late a separate 10 ms GUI-thread timer fired (p99), the window's smoothness.

Targets: >= 20 redraws/s; tick p99 well under 16 ms; lateness p99 < 5 ms. On a machine shared with
other work the lateness mostly measures that contention.

    QT_QPA_PLATFORM=offscreen python benchmarks/playground_redraw.py --seconds 10
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.gui.playground.panel import PlaygroundPanel  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
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
    redraws = 0
    original = panel.redraw

    def counted() -> None:
        nonlocal redraws
        redraws += 1
        original()

    panel.redraw = counted
    lateness: list[float] = []
    expected = [time.perf_counter() + 0.010]

    def probe() -> None:
        now = time.perf_counter()
        lateness.append(max(0.0, now - expected[0]))
        expected[0] = now + 0.010

    probe_timer = QTimer()
    probe_timer.setInterval(10)
    probe_timer.timeout.connect(probe)
    start_epoch = panel.trainer.epoch
    panel.play.setChecked(True)
    probe_timer.start()
    start = time.perf_counter()
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    app.exec()
    elapsed = time.perf_counter() - start
    panel.play.setChecked(False)
    probe_timer.stop()
    ticks = np.array(panel.tick_seconds[-200:]) * 1e3
    late = np.array(lateness) * 1e3
    print(f"network 6x8 tanh on {len(panel.data)} points, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")
    print(f"redraws/s          {redraws / elapsed:7.1f}   (target >= 20)")
    print(f"epochs/s           {(panel.trainer.epoch - start_epoch) / elapsed:7.1f}")
    print(f"tick ms p50/p99/max {np.percentile(ticks, 50):6.2f} {np.percentile(ticks, 99):6.2f} {ticks.max():6.2f}")
    print(f"timer lateness ms p99/max {np.percentile(late, 99):6.2f} {late.max():6.2f}   (target p99 < 5)")
    panel.shutdown()


if __name__ == "__main__":
    main()
