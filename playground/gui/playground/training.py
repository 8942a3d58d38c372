"""Training off the GUI thread: a thread that trains the page's run and renders its frames.

While playing, the thread trains batch after batch and, about ``FRAMES_PER_SECOND`` times a
second, renders a frame (every neuron over the grid, the pixels, copies of the weights and
numbers) and announces it. Only the newest frame is kept: one the GUI had no time to paint is
dropped. Everything the GUI changes (a weight, the data, the network, the settings, pause) goes
through ``held()``, which stops training between two batches until the change is made, so the
engine never sees half a change; the panel then renders that moment itself.

The thread runs at a lower priority and on one BLAS thread, so that on a two-core machine the GUI
thread always finds a core.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QEvent,
    QObject,
    QThread,
    Signal,
)
from PySide6.QtWidgets import QWidget

from ...engine.fast.threads import single_blas_thread
from ...engine.plane.data import PlaneData
from ...engine.plane.run import PlaneRun
from .frames import Frame, View, render

FRAMES_PER_SECOND = 30
SWITCH_INTERVAL = 0.001
"""Seconds a thread may hold Python's interpreter lock while another waits, while training runs.
The default 5 ms would make every wake-up of the GUI thread wait up to 5 ms for the trainer."""
NICENESS = 5
PAINT_ALLOWANCE = 0.015
"""Seconds training waits at most, after the GUI took a frame, for the GUI thread to paint it."""


def lower_this_threads_priority() -> None:
    """Let the GUI thread go first when both want a core (Linux: this thread's nice value).

    On a busy machine a GUI thread that wakes for an event otherwise waits for the trainer's time
    slice; on an idle two-core machine each has a core and nothing changes.
    """
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)
        except OSError:
            pass


class PaintWatch(QObject):
    """Calls ``done`` when the GUI thread has repainted the watched window after ``arm()``: at
    the first moment its event loop goes idle after the window's repaint request. The loop also
    goes idle between a frame's signal and the repaint it asks for, so idleness alone says little."""

    def __init__(self, done: Callable[[], None]) -> None:
        super().__init__()
        self._done = done
        self._window: QWidget | None = None
        self._armed = self._repainted = False

    def watch(self, window: QWidget | None) -> None:
        """Watch ``window`` (None: nothing)."""
        if window is self._window:
            return
        dispatcher = QAbstractEventDispatcher.instance(QThread.currentThread())
        if self._window is not None:
            self._window.removeEventFilter(self)
            dispatcher.aboutToBlock.disconnect(self._idle)
        self._window, self._armed = window, False
        if window is not None:
            window.installEventFilter(self)
            dispatcher.aboutToBlock.connect(self._idle)

    def arm(self) -> None:
        self._armed, self._repainted = True, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.UpdateRequest:
            self._repainted = True
        return False

    def _idle(self) -> None:
        if self._armed and self._repainted:
            self._armed = False
            self._done()


class TrainingThread(QThread):
    """Owns the run while it trains. Signals (emitted in the training thread, received in the GUI
    thread): ``frame_ready``, ``take_frame()`` has a frame; ``failed(message)``, training raised
    and has stopped."""

    frame_ready = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playground training")
        self._condition = threading.Condition()  # re-entrant: a change may make another inside it
        self._requests = 0  # GUI-thread calls waiting for held(); written by the GUI thread only
        self._run: PlaneRun | None = None
        self._data: PlaneData | None = None
        self._generation = 0
        self._view = View()
        self._playing = False
        self._stepping = False
        self._frame_wanted = False
        self._closing = False
        self._gui_idle = threading.Event()  # cleared while the GUI thread paints a frame
        self._gui_idle.set()
        self._paint_watch = PaintWatch(self._gui_idle.set)
        self._frame_lock = threading.Lock()
        self._latest: Frame | None = None
        self._announced = False
        self._switch_interval = sys.getswitchinterval()
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.shutdown)

    # ------------------------------------------------------------------ GUI side
    @contextmanager
    def held(self) -> Iterator[None]:
        """Training stopped between two batches for the enclosed block (GUI thread)."""
        self._requests += 1
        with self._condition:
            self._requests -= 1
            try:
                yield
            finally:
                self._condition.notify_all()

    def use(self, run: PlaneRun, data: PlaneData, generation: int) -> None:
        """Train ``run`` from now on (a single step under way is dropped with the old run)."""
        with self.held():
            self._run, self._data, self._generation = run, data, generation
            self._stepping = False

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def stepping(self) -> bool:
        return self._stepping

    def set_playing(self, on: bool, window: QWidget | None = None) -> None:
        """Train continuously, or stop between two batches. ``window`` is the one the frames are
        painted in: training waits while it repaints."""
        with self.held():
            self._playing = on
            if on and not self.isRunning():
                self.start()
        sys.setswitchinterval(SWITCH_INTERVAL if on else self._switch_interval)
        self._paint_watch.watch(window if on else None)
        self._gui_idle.set()

    def step_epoch(self) -> None:
        """Train one whole epoch in the thread; its frame follows."""
        with self.held():
            self._stepping = True
            if not self.isRunning():
                self.start()

    def set_view(self, view: View) -> None:
        """What the next frames show; while training, the next one comes at once."""
        with self.held():
            self._view = view
            self._frame_wanted = True

    def take_frame(self) -> Frame | None:
        """The newest frame not yet taken, or None. Training then waits until the window has
        repainted, ``PAINT_ALLOWANCE`` at most: a thread training meanwhile made the repaint
        wait for Python's interpreter lock again and again, two to three times its own length."""
        with self._frame_lock:
            frame, self._latest, self._announced = self._latest, None, False
        if frame is not None and self._playing:
            self._gui_idle.clear()
            self._paint_watch.arm()
        return frame

    def shutdown(self) -> None:
        """Stop training and join the thread; a training run ends after its current batch."""
        with self.held():
            self._closing = True
            self._playing = self._stepping = False
        self._paint_watch.watch(None)
        sys.setswitchinterval(self._switch_interval)
        self.wait()

    # ------------------------------------------------------------------ training thread
    def _busy(self) -> bool:
        return self._run is not None and (self._playing or self._stepping)

    def run(self) -> None:
        lower_this_threads_priority()
        with single_blas_thread():
            next_frame = 0.0
            while True:
                self._gui_idle.wait(PAINT_ALLOWANCE)
                self._gui_idle.set()
                with self._condition:
                    while not self._closing and (self._requests or not self._busy()):
                        self._condition.wait()
                    if self._closing:
                        return
                    try:
                        next_frame = self._train_slice(next_frame)
                    except Exception as error:  # noqa: BLE001 - the GUI must hear of it, or it waits forever
                        traceback.print_exc(file=sys.stderr)
                        self._playing = self._stepping = False
                        self.failed.emit(f"{type(error).__name__}: {error}")

    def _train_slice(self, next_frame: float) -> float:
        """Train until the next frame is due or the GUI asks; then render it. Returns when the
        frame after is due."""
        run = self._run
        if self._stepping:
            finished = run.train_for(max(0.0, next_frame - time.perf_counter()), self._interrupted,
                                     until_epoch_end=True)
            if finished:
                self._stepping = False
                self._frame_wanted = True
        else:
            run.train_for(max(0.0, next_frame - time.perf_counter()), self._interrupted)
        now = time.perf_counter()
        painting = not self._gui_idle.is_set()  # render once the window has shown the last frame
        if self._requests or painting or not (self._frame_wanted or now >= next_frame):
            return next_frame
        self._frame_wanted = False
        self._publish(render(run, self._data, self._view, self._generation))
        return now + 1.0 / FRAMES_PER_SECOND

    def _interrupted(self) -> bool:
        return self._requests > 0 or self._closing or not self._gui_idle.is_set()

    def _publish(self, frame: Frame) -> None:
        with self._frame_lock:
            self._latest = frame
            announce, self._announced = not self._announced, True
        if announce:
            self.frame_ready.emit()
