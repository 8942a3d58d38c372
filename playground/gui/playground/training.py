"""Training off the GUI, in a process of its own (see ``training_worker`` for why and the requests).

While playing, the process trains batch after batch and, about 30 times a second, renders a frame
(every neuron over the grid, the pixels, copies of the weights and numbers) and sends it; it sends
the next only once the GUI has taken the last. The page's own run (``TrainingProcess.run``) is the
one the GUI reads and edits: everything the GUI changes (a weight, the data, the network, the
settings, pause) goes through ``held()``, which stops the process between two batches, brings its
progress into that run, and hands the run back to it afterwards, so the process never sees half a
change; the panel then renders that moment itself.
"""

from __future__ import annotations

import multiprocessing
import queue
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from multiprocessing.connection import Connection

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, SignalInstance, Slot

from ...engine.plane.data import PlaneData
from ...engine.plane.run import PlaneRun
from .colors import image_from_words
from .frames import Frame, View
from .training_worker import serve

REPLY_SECONDS = 10.0
"""How long the GUI waits for the process to stop and report before it gives up on it."""


class TrainingProcess(QObject):
    """Owns the training process. Signals (GUI thread): ``frame_ready``, ``take_frame()`` has a
    frame; ``failed(message)``, training raised (or the process died) and has stopped."""

    frame_ready = Signal()
    failed = Signal(str)
    _arrived = Signal()
    """Emitted by the receiving thread: the inbox holds answers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.run: PlaneRun | None = None
        self._data: PlaneData | None = None
        self._generation = 0
        self._view = View()
        self._playing = False
        self._stepping = False
        self._child_busy = False
        self._holds = 0
        self._latest: Frame | None = None
        self._process = None
        self._connection: Connection | None = None
        self._receiver: threading.Thread | None = None
        self._inbox: queue.SimpleQueue = queue.SimpleQueue()
        self._arrived.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.shutdown)

    # ------------------------------------------------------------------ what the panel asks
    @contextmanager
    def held(self) -> Iterator[None]:
        """Training stopped between two batches, its progress in ``run``, for the enclosed block."""
        self._holds += 1  # first: a signal emitted while pausing may ask for a hold of its own
        try:
            if self._holds == 1:
                self._pause()
            yield
        finally:
            if self._holds == 1:
                self._resume()
            self._holds -= 1

    def use(self, run: PlaneRun, data: PlaneData, generation: int) -> None:
        """Train ``run`` from now on (a single step under way is dropped with the old run)."""
        with self.held():
            self.run, self._data, self._generation = run, data, generation
            self._stepping = False
            self._latest = None

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def stepping(self) -> bool:
        return self._stepping

    def is_alive(self) -> bool:
        """Whether the training process runs (it starts with ``prepare`` or the first play or step)."""
        return self._process is not None and self._process.is_alive()

    def prepare(self) -> None:
        """Start the process ahead of the first play, which then shows its first frame at once
        instead of after the process has loaded (about half a second); a failure is told then."""
        self._ensure_process()

    def set_playing(self, on: bool) -> None:
        """Train continuously, or stop between two batches."""
        with self.held():
            self._playing = on

    def step_epoch(self) -> None:
        """Train one whole epoch in the process; its frame follows."""
        with self.held():
            self._stepping = True

    def set_view(self, view: View) -> None:
        """What the next frames show; while training, the next one comes at once."""
        self._view = view
        if self._child_busy:
            self._send(("view", view))

    def take_frame(self) -> Frame | None:
        """The newest frame not yet taken, or None; the process may then send the next."""
        frame, self._latest = self._latest, None
        if frame is not None and self._child_busy:
            self._send(("ack",))
        return frame

    def shutdown(self) -> None:
        """Stop training and end the process; a training run ends after its current batch."""
        with self.held():
            self._playing = self._stepping = False
        if self._process is not None:
            self._send(("quit",))
            self._end_process()
            self._process = None

    # ------------------------------------------------------------------ the process
    def _mode(self) -> str | None:
        if self.run is None:
            return None
        return "epoch" if self._stepping else "play" if self._playing else None

    def _resume(self) -> None:
        mode = self._mode()
        if mode is None:
            return
        problem = self._ensure_process()
        if problem:
            self._playing = self._stepping = False
            self.failed.emit(self.tr("the training process could not start ({0})").format(problem))
            return
        self._child_busy = self._send(("train", self.run.recipe(), self.run.progress(), self._data,
                                       self._generation, self._view, mode))

    def _pause(self) -> None:
        """Stop the process between two batches and take its progress into ``run``."""
        if not self._child_busy:
            return
        self._send(("hold",))
        while self._child_busy:
            try:
                message = self._inbox.get(timeout=REPLY_SECONDS)
            except queue.Empty:
                self._lost(self.tr("the training process did not answer"))
                return
            self._handle(message)

    def _ensure_process(self) -> str:
        """Start the process unless it runs; returns what went wrong ("" if nothing)."""
        if self.is_alive():
            return ""
        try:
            self._start_process()
        except (OSError, RuntimeError) as error:
            self._process = None
            self._end_process()
            return str(error).strip() or type(error).__name__
        return ""

    def _start_process(self) -> None:
        self._end_process()
        context = multiprocessing.get_context("spawn")  # a fork would copy the GUI's threads and Qt state
        self._connection, child_end = context.Pipe()
        self._process = context.Process(target=serve, args=(child_end,), name="playground training", daemon=True)
        self._process.start()
        child_end.close()
        self._inbox = queue.SimpleQueue()
        self._receiver = threading.Thread(target=_receive_all, args=(self._connection, self._inbox, self._arrived),
                                          name="playground training pipe", daemon=True)
        self._receiver.start()

    def _end_process(self) -> None:
        """Wait for the process to end (kill it after ``REPLY_SECONDS``), then close the pipe."""
        if self._process is not None:
            self._process.join(REPLY_SECONDS)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
        if self._receiver is not None:
            self._receiver.join()  # the process's end closed the pipe: the receiver has stopped
            self._receiver = None
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._child_busy = False

    def _send(self, message: tuple) -> bool:
        """Send a request; False: the process is gone (and play has stopped, saying so)."""
        try:
            self._connection.send(message)
        except (OSError, AttributeError):
            self._lost(self.tr("the training process has ended"))
            return False
        return True

    @Slot()
    def _drain(self) -> None:
        inbox = self._inbox
        while True:
            try:
                message = inbox.get_nowait()
            except queue.Empty:
                return
            self._handle(message)

    def _handle(self, message: tuple) -> None:
        """Act on one answer of the process (``("lost",)``: its pipe closed)."""
        kind = message[0]
        if kind == "lost":
            if self._process is not None:
                self._lost(self.tr("the training process has ended"))
            return
        generation = message[1]
        if kind == "frame":
            if generation == self._generation and self._holds == 0:
                self._latest = replace_network(message[2], message[3])
                self.frame_ready.emit()
            elif self._child_busy:
                self._send(("ack",))  # a frame of an old run, or one that came during a hold
        elif kind == "progress":
            _, _, progress, finished = message
            self._child_busy = False
            if generation == self._generation:
                self.run.resume(progress)
                if finished:
                    self._stepping = False  # the epoch's frame came just before
        elif kind == "failed":
            _, _, progress, text, details = message
            self._child_busy = False
            if generation == self._generation:
                if progress is not None:
                    self.run.resume(progress)
                self._playing = self._stepping = False
                print(details, file=sys.stderr, end="")
                self.failed.emit(text)

    def _lost(self, reason: str) -> None:
        """The process died or hangs: end it; a later play starts a new one from ``run``."""
        if self._process is not None and self._process.is_alive():
            self._process.kill()
        self._end_process()
        self._process = None
        if self._playing or self._stepping:
            self._playing = self._stepping = False
            self.failed.emit(reason)


def _receive_all(connection: Connection, inbox: queue.SimpleQueue, arrived: SignalInstance) -> None:
    """The receiving thread: every answer into ``inbox``, then a signal that wakes the GUI thread.

    The GUI thread never reads the pipe itself: a frame of a megabyte or two crosses it in pieces
    of the pipe's buffer size, and reading it would hold the GUI thread for each of the writer's
    turns. This thread waits in the read, without Python's interpreter lock."""
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            inbox.put(("lost",))
            arrived.emit()
            return
        inbox.put(message)
        arrived.emit()


def replace_network(frame: Frame, words: np.ndarray) -> Frame:
    """A frame from the pipe, with its network picture made a QImage again."""
    return replace(frame, network=image_from_words(words))
