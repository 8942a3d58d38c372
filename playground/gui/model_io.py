"""Open and save model files off the GUI thread.

A model file holds up to a few megabytes of arrays plus checks on every one of them; reading it in a
slot would freeze the window. ``ModelFileController`` lives in the GUI thread and owns one short-lived
worker thread per job.
"""

from __future__ import annotations

import sys
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..engine.errors import PlaygroundError


class _JobWorker(QObject):
    """Runs one callable in its thread and reports the result or a message a person can read."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__()
        self._job = job

    @Slot()
    def run(self) -> None:
        try:
            result = self._job()
        except (PlaygroundError, OSError) as error:
            self.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - a worker must always answer, or the UI waits forever
            traceback.print_exc(file=sys.stderr)
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(result)


class ModelFileController(QObject):
    """Loads and saves models one job at a time.

    Signals: ``loaded(model, path)``, ``saved(path)``, ``failed(action, message)`` with action
    "open" or "save", and ``busy_changed(bool)``.
    """

    loaded = Signal(object, str)
    saved = Signal(str)
    failed = Signal(str, str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _JobWorker | None = None
        self._action = ""
        self._path = ""

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def open(self, path: str) -> bool:
        """Start loading ``path``; False if another job is still running."""
        from ..engine.modelfile import load_model
        return self._start("open", path, lambda: load_model(path))

    def save(self, path: str, model: Any) -> bool:
        """Start saving ``model`` to ``path``; False if another job is still running."""
        from ..engine.modelfile import save_model
        return self._start("save", path, lambda: save_model(path, model))

    def _start(self, action: str, path: str, job: Callable[[], Any]) -> bool:
        if self.busy:
            return False
        self._action, self._path = action, path
        thread = QThread(self)
        worker = _JobWorker(job)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.succeeded.connect(self._on_succeeded)
        worker.failed.connect(self._on_failed)
        worker.succeeded.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.busy_changed.emit(True)
        thread.start()
        return True

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        if self._action == "open":
            self.loaded.emit(result, self._path)
        else:
            self.saved.emit(self._path)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(self._action, message)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.deleteLater()
        self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Let a running job finish (a save must not be cut short), then stop its thread."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
