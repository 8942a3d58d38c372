"""Requests from another thread to a running training loop: pause, step, stop, a new rate."""

from __future__ import annotations

import threading
from typing import Callable


class TrainingControl:
    """Thread-safe pause / step / stop / learning-rate requests, checked between batches.

    ``on_hold``, if given, runs in the training thread each time a pause brings the run to a halt,
    before it blocks: a GUI worker uses it to send the last batches' news that it was holding back.
    """

    def __init__(self, on_hold: Callable[[], None] | None = None) -> None:
        self._on_hold = on_hold
        self._cond = threading.Condition()
        self._stopped = False
        self._paused = False
        self._granted_steps = 0
        self._learning_rate: float | None = None
        self._extra_epochs = 0

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()

    def pause(self) -> None:
        with self._cond:
            self._paused = True

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._cond.notify_all()

    def step(self) -> None:
        """While paused, allow exactly one more batch."""
        with self._cond:
            self._granted_steps += 1
            self._cond.notify_all()

    def set_learning_rate(self, lr: float) -> None:
        with self._cond:
            self._learning_rate = float(lr)

    def add_epochs(self, n: int = 1) -> None:
        with self._cond:
            self._extra_epochs += int(n)

    @property
    def stop_requested(self) -> bool:
        return self._stopped

    @property
    def paused(self) -> bool:
        return self._paused

    def take_learning_rate(self) -> float | None:
        with self._cond:
            lr, self._learning_rate = self._learning_rate, None
            return lr

    def take_extra_epochs(self) -> int:
        with self._cond:
            n, self._extra_epochs = self._extra_epochs, 0
            return n

    def wait_for_turn(self) -> bool:
        """Block while paused (unless a single step was granted); False when a stop was requested."""
        held = False
        with self._cond:
            while True:
                if self._stopped:
                    return False
                if not self._paused:
                    return True
                if self._granted_steps:
                    self._granted_steps -= 1
                    return True
                if not held and self._on_hold is not None:
                    held = True
                    self._cond.release()  # the callback may use this control; re-check afterwards
                    try:
                        self._on_hold()
                    finally:
                        self._cond.acquire()
                    continue
                self._cond.wait()
