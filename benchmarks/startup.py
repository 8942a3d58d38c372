"""Time from launching the app's process to the main window's first paint, and to its start model.

Run: ``python benchmarks/startup.py [--runs 5]`` (uses the real display when ``DISPLAY`` is set,
e.g. under ``xvfb-run``, otherwise Qt's offscreen platform). Each run is a fresh interpreter, so
the figure includes Python start-up and every import, as a person launching the app waits for.
The target is under 2 s to the first paint; the start model (loaded in the background) should
be the current model of every page soon after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from playground.gui.app import create_application, create_main_window

app = create_application([])
window = create_main_window()

def model_arrived(_model):
    print("model", flush=True)
    window.close()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", window.current_page_id(), flush=True)
            obj.removeEventFilter(self)
            if window.state.model is not None:
                model_arrived(window.state.model)
            else:
                window.state.model_changed.connect(model_arrived)
        return False

probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def time_one_start(env: dict[str, str]) -> tuple[float, float, str]:
    """Seconds to the first paint and to the start model, and the first page shown."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD], cwd=ROOT, env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    line = child.stdout.readline()
    painted = time.perf_counter() - start
    model_line = child.stdout.readline()
    model = time.perf_counter() - start
    child.wait(timeout=60)
    if not line.startswith("painted"):
        raise RuntimeError("the window never painted")
    if not model_line.startswith("model"):
        raise RuntimeError("the start model never arrived")
    return painted, model, line.split()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    python_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": python_path, "XDG_CONFIG_HOME": tempfile.mkdtemp()}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    time_one_start(env)  # warm the disk cache, as every start after the first one is
    paints, models = [], []
    for _ in range(args.runs):
        painted, model, page = time_one_start(env)
        paints.append(painted)
        models.append(model)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'display ' + env.get('DISPLAY', ''))}, first page: {page}")
    print(f"launch to first paint over {args.runs} runs: median {statistics.median(paints):.3f} s, "
          f"max {max(paints):.3f} s")
    print(f"launch to the start model on every page: median {statistics.median(models):.3f} s, "
          f"max {max(models):.3f} s")


if __name__ == "__main__":
    main()
