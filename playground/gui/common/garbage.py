"""Python's cycle collector runs only in the GUI thread.

The collector normally runs in whichever thread happens to allocate when a threshold is crossed.
In a worker thread it may then finalise the Python side of a GUI object that belongs to a cycle
(a closed window, a menu, a slot bound to a widget) while the GUI thread is tearing down Qt
objects itself; each then waits for a lock the other holds and the application hangs. So the
automatic collector is switched off and the GUI thread collects on a timer, at the same
thresholds the automatic one uses. Reference counting still frees everything outside cycles at
once, in any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects cycles from the GUI thread when the automatic thresholds are crossed."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_INTERVAL_MS)

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as gc itself would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def collect_in_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install the collector once for ``app`` (the application owns it); returns it."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
