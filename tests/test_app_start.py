"""The whole application starts, shows every page and quits cleanly, in its own process.

A second QApplication cannot live in the test process, so this runs ``playground.gui.app.run`` in a
subprocess exactly as the command line does.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from playground.gui.app import create_application, run
from playground.gui.main_window import MainWindow

app = create_application([])

def visit_every_page_then_quit():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    assert window.isVisible()
    for page_id in window.page_ids:
        window.show_page(page_id)
        app.processEvents()
    print("pages:", ",".join(window.page_ids), flush=True)
    window.close()

QTimer.singleShot(300, visit_every_page_then_quit)
sys.exit(run([]))
"""


def test_app_starts_shows_every_page_and_quits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "pages: gates,playground,train,weights,inside,draw,classes,concepts" in result.stdout
    assert "QThread: Destroyed while thread" not in result.stderr
    assert "Traceback" not in result.stderr
