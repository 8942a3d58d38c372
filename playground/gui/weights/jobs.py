"""Run the Weights panel's heavy work (evaluation, gradient ascent, loading) off the GUI thread.

One worker thread runs jobs one after another, so jobs may share a private copy of the model
without locks. Every job has a kind ("evaluation", "class-images"...); submitting a new job of a
kind cancels the older one, and only the newest job's result is delivered, so a slow, stale
answer never overwrites a fresh one.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot
from threadpoolctl import threadpool_limits

from ...engine.errors import PlaygroundError

Report = Callable[[float], None]
Cancelled = Callable[[], bool]
JobFunction = Callable[[Report, Cancelled], Any]

PROGRESS_INTERVAL = 0.05  # seconds between progress signals: enough for a smooth bar
# One BLAS thread, as the Train panel uses: on two busy cores a second one makes NumPy several
# times slower (its threads wait for each other) and takes the CPU from the GUI.
BLAS_THREADS = 1


@dataclass(eq=False)
class _Job:
    kind: str
    generation: int
    function: JobFunction
    cancel: threading.Event = field(default_factory=threading.Event)


class _Worker(QObject):
    """Lives in the worker thread; runs each job and always answers, even when it fails."""

    progressed = Signal(str, int, float)
    succeeded = Signal(str, int, object)
    failed = Signal(str, int, str)

    @Slot(object)
    def run(self, job: _Job) -> None:
        last = 0.0

        def report(fraction: float) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= PROGRESS_INTERVAL or fraction >= 1.0:
                last = now
                self.progressed.emit(job.kind, job.generation, float(fraction))

        if job.cancel.is_set():
            self.succeeded.emit(job.kind, job.generation, None)
            return
        try:
            with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
                result = job.function(report, job.cancel.is_set)
        except (PlaygroundError, ValueError, OSError) as error:
            self.failed.emit(job.kind, job.generation, str(error))
        except Exception as error:  # noqa: BLE001 - the view must hear back, or it waits forever
            traceback.print_exc(file=sys.stderr)
            self.failed.emit(job.kind, job.generation, f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(job.kind, job.generation, result)


class JobRunner(QObject):
    """Owns the worker thread; relays the newest job of each kind to the GUI thread.

    Signals: ``progress(kind, fraction)``, ``finished(kind, result)`` (result None when the job
    gave up because it was cancelled), ``failed(kind, message)``, ``busy_changed(kind, busy)``.
    """

    progress = Signal(str, float)
    finished = Signal(str, object)
    failed = Signal(str, str)
    busy_changed = Signal(str, bool)
    _dispatch = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._current: dict[str, _Job] = {}
        self._thread = QThread(self)
        self._thread.setObjectName("weights-panel-jobs")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._dispatch.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def submit(self, kind: str, function: JobFunction) -> int:
        """Queue ``function(report, cancelled)``; cancels the previous job of the same kind."""
        self.cancel(kind)
        self._generation += 1
        job = _Job(kind, self._generation, function)
        self._current[kind] = job
        self.busy_changed.emit(kind, True)
        self._dispatch.emit(job)
        return job.generation

    def cancel(self, kind: str) -> None:
        """Ask the running job of ``kind`` to stop; its result, if any, is dropped."""
        job = self._current.pop(kind, None)
        if job is not None:
            job.cancel.set()
            self.busy_changed.emit(kind, False)

    def is_busy(self, kind: str) -> bool:
        return kind in self._current

    def _is_current(self, kind: str, generation: int) -> bool:
        job = self._current.get(kind)
        return job is not None and job.generation == generation

    @Slot(str, int, float)
    def _on_progress(self, kind: str, generation: int, fraction: float) -> None:
        if self._is_current(kind, generation):
            self.progress.emit(kind, fraction)

    @Slot(str, int, object)
    def _on_succeeded(self, kind: str, generation: int, result: Any) -> None:
        if self._is_current(kind, generation):
            del self._current[kind]
            self.busy_changed.emit(kind, False)
            self.finished.emit(kind, result)

    @Slot(str, int, str)
    def _on_failed(self, kind: str, generation: int, message: str) -> None:
        if self._is_current(kind, generation):
            del self._current[kind]
            self.busy_changed.emit(kind, False)
            self.failed.emit(kind, message)

    def shutdown(self) -> None:
        """Cancel every job, let the running one notice, and stop the thread."""
        for kind in list(self._current):
            self.cancel(kind)
        self._thread.quit()
        self._thread.wait()
