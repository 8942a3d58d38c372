"""Run a panel's slow work (files, datasets, evaluations...) off the GUI thread: no frozen window.

A ``JobRunner`` owns one worker thread that runs jobs one after another, so the jobs of one runner
may share data (a private copy of the model) without locks. Every job has a kind ("picture",
"evaluation"...): submitting a new job of a kind cancels the older one, and only the newest job's
answer is delivered, so a slow, stale answer never overwrites a fresh one. Answers arrive as
signals in the GUI thread.
"""

from __future__ import annotations

import atexit
import sys
import threading
import time
import traceback
import weakref
from dataclasses import dataclass, field
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ...engine.errors import PlaygroundError
from ...engine.fast.threads import blas_thread_limit

Report = Callable[[float], None]
Cancelled = Callable[[], bool]
ProgressJob = Callable[[Report, Cancelled], Any]

PROGRESS_INTERVAL = 0.05  # seconds between progress signals: enough for a smooth bar
#: Errors raised on purpose with a message a person can act on; anything else is a bug.
EXPECTED_ERRORS = (PlaygroundError, ValueError, OSError)


@dataclass(eq=False)
class _Job:
    kind: str
    generation: int
    function: ProgressJob
    cancel: threading.Event = field(default_factory=threading.Event)


class _Worker(QObject):
    """Lives in the worker thread; answers every job it runs, even when the job fails."""

    progressed = Signal(str, int, float)
    succeeded = Signal(str, int, object)
    failed = Signal(str, int, str)

    def __init__(self, blas_threads: int | None) -> None:
        super().__init__()
        self._blas_threads = blas_threads

    @Slot(object)
    def run(self, job: _Job) -> None:
        if job.cancel.is_set():
            return  # cancelled while queued: nobody waits for its answer
        last = 0.0

        def report(fraction: float) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= PROGRESS_INTERVAL or fraction >= 1.0:
                last = now
                self.progressed.emit(job.kind, job.generation, float(fraction))

        try:
            with blas_thread_limit(self._blas_threads):
                result = job.function(report, job.cancel.is_set)
        except EXPECTED_ERRORS as error:
            self.failed.emit(job.kind, job.generation, str(error))
        except Exception as error:  # noqa: BLE001 - the panel must hear back, or it waits forever
            traceback.print_exc(file=sys.stderr)
            message = QCoreApplication.translate("JobRunner", "Unexpected error: {0}")
            self.failed.emit(job.kind, job.generation, message.format(f"{type(error).__name__}: {error}"))
        else:
            self.succeeded.emit(job.kind, job.generation, result)

    @Slot()
    def stop(self) -> None:
        """Queued behind the jobs submitted before it, so those are run or skipped first."""
        QThread.currentThread().quit()


# Every runner not yet deleted. A script that stops before the event loop runs (an exception
# before exec()) never emits aboutToQuit; Qt aborts the process if a thread is still running
# when its QThread is destroyed, so the runners are shut down when the interpreter exits.
_open_runners: weakref.WeakSet[JobRunner] = weakref.WeakSet()


@atexit.register
def _shut_down_open_runners() -> None:
    for runner in list(_open_runners):
        if shiboken6.isValid(runner):
            runner.shutdown()


class JobRunner(QObject):
    """Owns the worker thread; relays the newest job of each kind to the GUI thread.

    Signals: ``progress(kind, fraction)``, ``finished(kind, result)``, ``failed(kind, message)`` and
    ``busy_changed(busy)``, busy while any job's answer is awaited. A cancelled or superseded job is
    never answered. The thread starts with the first job, so an idle runner costs nothing.
    """

    progress = Signal(str, float)
    finished = Signal(str, object)
    failed = Signal(str, str)
    busy_changed = Signal(bool)
    _dispatch = Signal(object)
    _stop = Signal()

    def __init__(self, name: str, parent: QObject | None = None, blas_threads: int | None = None) -> None:
        """``name`` names the thread for debuggers; ``blas_threads`` caps BLAS in jobs (None: no cap)."""
        super().__init__(parent)
        self._generation = 0
        self._current: dict[str, _Job] = {}
        self._closed = False
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._worker = _Worker(blas_threads)
        self._worker.moveToThread(self._thread)
        self._dispatch.connect(self._worker.run)
        self._stop.connect(self._worker.stop)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        application = QCoreApplication.instance()
        if application is not None:  # a window closed without shutdown() must not crash on exit
            application.aboutToQuit.connect(self.shutdown)
        _open_runners.add(self)

    @property
    def busy(self) -> bool:
        return bool(self._current)

    def submit(self, kind: str, function: Callable[[], Any]) -> None:
        """Run ``function()`` in the worker thread; cancels the previous job of the same kind."""
        self.submit_with_progress(kind, lambda _report, _cancelled: function())

    def submit_with_progress(self, kind: str, function: ProgressJob) -> None:
        """Run ``function(report, cancelled)``: it may report a fraction done and should return
        early once ``cancelled()`` is true. Cancels the previous job of the same kind."""
        if self._closed:
            return  # the window is closing: nobody will read the answer
        self._withdraw(kind)
        self._generation += 1
        job = _Job(kind, self._generation, function)
        was_busy = self.busy
        self._current[kind] = job
        if not was_busy:
            self.busy_changed.emit(True)
        if not self._thread.isRunning():
            self._thread.start()
        self._dispatch.emit(job)

    def cancel(self, kind: str) -> None:
        """Ask the job of ``kind`` to stop; its answer, if any, is dropped."""
        if self._withdraw(kind) and not self.busy:
            self.busy_changed.emit(False)

    def _withdraw(self, kind: str) -> bool:
        """Cancel the job of ``kind`` without a busy signal (a new job may take its place)."""
        job = self._current.pop(kind, None)
        if job is not None:
            job.cancel.set()
        return job is not None

    def _is_current(self, kind: str, generation: int) -> bool:
        job = self._current.get(kind)
        return job is not None and job.generation == generation

    def _take_current(self, kind: str, generation: int) -> bool:
        """True if this answer is the one awaited for ``kind``, which is then no longer awaited."""
        if not self._is_current(kind, generation):
            return False
        del self._current[kind]
        if not self.busy:
            self.busy_changed.emit(False)  # before the answer, whose slot may submit the next job
        return True

    @Slot(str, int, float)
    def _on_progress(self, kind: str, generation: int, fraction: float) -> None:
        if self._is_current(kind, generation):
            self.progress.emit(kind, fraction)

    @Slot(str, int, object)
    def _on_succeeded(self, kind: str, generation: int, result: Any) -> None:
        if self._take_current(kind, generation):
            self.finished.emit(kind, result)

    @Slot(str, int, str)
    def _on_failed(self, kind: str, generation: int, message: str) -> None:
        if self._take_current(kind, generation):
            self.failed.emit(kind, message)

    def shutdown(self, finish_jobs: bool = False) -> None:
        """Stop the thread once the running job returns; the runner takes no jobs afterwards.

        By default every job is cancelled first and queued ones are skipped, so the window closes
        quickly. ``finish_jobs`` runs them all to their end instead: a model file being saved must
        be written whole.
        """
        if self._closed:
            return
        self._closed = True
        if not finish_jobs:
            for kind in list(self._current):
                self.cancel(kind)
        if self._thread.isRunning():
            self._stop.emit()
            self._thread.wait()
