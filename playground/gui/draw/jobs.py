"""Slow work of the Draw panel (reading files, loading models and datasets) in one worker thread.

The panel submits plain callables; they run one after another off the GUI thread and their
results come back as signals in the GUI thread. Only the newest job of each kind is answered, so
a picture opened a moment after another never ends up behind it.
"""

from __future__ import annotations

import itertools
import sys
import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ...engine.errors import PlaygroundError


class _Worker(QObject):
    """Lives in the worker thread; runs each job and reports its result or a readable message."""

    finished = Signal(int, str, object)
    failed = Signal(int, str, str)

    @Slot(int, str, object)
    def run(self, job_id: int, kind: str, job: Callable[[], Any]) -> None:
        try:
            result = job()
        except (PlaygroundError, OSError) as error:
            self.failed.emit(job_id, kind, str(error))
        except Exception as error:  # noqa: BLE001 - the panel must always hear back
            traceback.print_exc(file=sys.stderr)
            message = QCoreApplication.translate("JobRunner", "Unexpected error: {0}")
            self.failed.emit(job_id, kind, message.format(f"{type(error).__name__}: {error}"))
        else:
            self.finished.emit(job_id, kind, result)


class JobRunner(QObject):
    """Owns the worker thread. Signals ``done(kind, result)`` and ``failed(kind, message)``."""

    done = Signal(str, object)
    failed = Signal(str, str)
    busy_changed = Signal(bool)
    _submit = Signal(int, str, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._pending = 0
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        application = QCoreApplication.instance()
        if application is not None:  # a window closed without shutdown() must not kill the app
            application.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, kind: str, job: Callable[[], Any]) -> None:
        """Run ``job`` in the worker thread; an older unanswered job of the same kind is ignored."""
        job_id = next(self._ids)
        self._latest[kind] = job_id
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job_id, kind, job)

    def _settle(self, job_id: int, kind: str) -> bool:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        return self._latest.get(kind) == job_id

    @Slot(int, str, object)
    def _on_finished(self, job_id: int, kind: str, result: Any) -> None:
        if self._settle(job_id, kind):
            self.done.emit(kind, result)

    @Slot(int, str, str)
    def _on_failed(self, job_id: int, kind: str, message: str) -> None:
        if self._settle(job_id, kind):
            self.failed.emit(kind, message)

    def shutdown(self) -> None:
        """Let the running job end, then stop the thread (queued jobs are dropped)."""
        if not self._thread.isRunning():
            return
        self._latest.clear()
        self._thread.requestInterruption()
        self._thread.quit()
        self._thread.wait()
