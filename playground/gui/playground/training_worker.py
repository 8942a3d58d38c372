"""The Playground's training process: trains a run and renders its frames, away from the GUI.

A thread in the GUI's own process would share Python's interpreter lock with the GUI thread, and
every event the GUI thread handles then waits for the trainer again and again; a process of its
own shares nothing. The GUI process (``training.TrainingProcess``) sends it requests over a pipe,
and it answers with frames and with the run's progress:

- ``("train", recipe, progress, data, generation, view, mode)``: go on training that run,
  ``mode`` "play" (until held) or "epoch" (to the end of the epoch, then report);
- ``("view", view)``: what the frames show from now on (the next frame comes at once);
- ``("ack",)``: the GUI has taken the last frame, the next may follow;
- ``("hold",)``: stop between two batches and report the progress;
- ``("quit",)``.

Answers: ``("frame", generation, frame, network_words)``; ``("progress", generation, progress,
finished)`` after a hold or an epoch's end; ``("failed", generation, progress or None, message,
details)`` when a request or training raised.
"""

from __future__ import annotations

import os
import time
import traceback
from dataclasses import replace
from multiprocessing.connection import Connection

import numpy as np

from ...engine.fast.threads import single_blas_thread
from ...engine.plane.data import PlaneData
from ...engine.plane.run import PlaneRun, RunProgress, RunRecipe
from .frames import Frame, View, render

FRAMES_PER_SECOND = 30
NICENESS = 5
"""The trainer yields to the GUI when both want a core (a busy two-core machine)."""


def frame_message(frame: Frame) -> tuple[Frame, np.ndarray]:
    """A frame as it crosses the pipe: the network picture as an array of 32-bit pixels."""
    image = frame.network
    words = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    return replace(frame, network=None), words[:, :image.width()].copy()


def serve(connection: Connection) -> None:
    """The process's main: answer requests until told to quit or the GUI's end of the pipe closes."""
    try:
        os.nice(NICENESS)
    except OSError:
        pass
    with single_blas_thread():
        try:
            _Worker(connection).loop()
        except (EOFError, BrokenPipeError, KeyboardInterrupt):
            pass


class _Worker:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.run: PlaneRun | None = None
        self.data: PlaneData | None = None
        self.generation = -1
        self.view = View()
        self.mode: str | None = None
        self.frame_taken = True
        self.frame_wanted = False
        self.next_frame = 0.0

    def loop(self) -> None:
        while True:
            try:
                if self.mode is None:
                    if not self.handle(self.connection.recv()):
                        return
                    continue
                while self.connection.poll():
                    if not self.handle(self.connection.recv()):
                        return
                if self.mode is not None:
                    self.train_slice()
            except (EOFError, OSError):
                raise
            except Exception as error:  # noqa: BLE001 - the GUI must hear of it, or it waits forever
                self.mode = None
                progress = self.run.progress() if self.run is not None else None
                self.connection.send(("failed", self.generation, progress, f"{type(error).__name__}: {error}",
                                      traceback.format_exc()))

    def handle(self, message: tuple) -> bool:
        """Act on one request; False: quit."""
        kind = message[0]
        if kind == "train":
            self.start(*message[1:])
        elif kind == "view":
            self.view, self.frame_wanted = message[1], True
        elif kind == "ack":
            self.frame_taken = True
        elif kind == "hold":
            self.mode = None
            self.report(finished=False)
        elif kind == "quit":
            return False
        return True

    def start(self, recipe: RunRecipe, progress: RunProgress, data: PlaneData, generation: int, view: View,
              mode: str) -> None:
        same_run = generation == self.generation and self.run is not None
        self.data, self.generation, self.view, self.mode = data, generation, view, mode
        self.frame_taken, self.frame_wanted = True, False
        if same_run:
            self.run.trainer.hyper = recipe.hyper
            self.run.resume(progress)
        else:
            self.run = None  # a failure while building reports no progress of another run
            self.run = PlaneRun.from_recipe(recipe, progress)

    def report(self, finished: bool) -> None:
        if self.run is not None:
            self.connection.send(("progress", self.generation, self.run.progress(), finished))

    def train_slice(self) -> None:
        """Train until the next frame is due or a request comes; then render the frame if the
        GUI has taken the last one."""
        seconds = max(0.0, self.next_frame - time.perf_counter())
        finished = self.run.train_for(seconds, self.connection.poll, until_epoch_end=self.mode == "epoch")
        if self.mode == "epoch" and finished:
            self.mode = None
            self.send_frame()
            self.report(finished=True)
            return
        now = time.perf_counter()
        if self.frame_taken and (self.frame_wanted or now >= self.next_frame) and not self.connection.poll():
            self.send_frame()
            self.next_frame = now + 1.0 / FRAMES_PER_SECOND

    def send_frame(self) -> None:
        frame, words = frame_message(render(self.run, self.data, self.view, self.generation))
        self.connection.send(("frame", self.generation, frame, words))
        self.frame_taken, self.frame_wanted = False, False
