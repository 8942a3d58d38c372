"""Time from launching the app's process to the main window's first paint.

Run: ``python benchmarks/startup.py [--runs 5]`` (uses the real display when ``DISPLAY`` is set,
e.g. under ``xvfb-run``, otherwise Qt's offscreen platform). Each run is a fresh interpreter, so
the figure includes Python start-up and every import, as a person launching the app waits for.
The target is under 2 s.
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

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", window.current_page_id(), flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, window.close)
        return False

probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def time_one_start(env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD], cwd=ROOT, env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    if not line.startswith("painted"):
        raise RuntimeError("the window never painted")
    return elapsed, line.split()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    python_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": python_path, "XDG_CONFIG_HOME": tempfile.mkdtemp()}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    time_one_start(env)  # warm the disk cache, as every start after the first one is
    times = []
    for _ in range(args.runs):
        elapsed, page = time_one_start(env)
        times.append(elapsed)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'display ' + env.get('DISPLAY', ''))}, first page: {page}")
    print(f"launch to first paint over {args.runs} runs: median {statistics.median(times):.3f} s, "
          f"max {max(times):.3f} s")


if __name__ == "__main__":
    main()
