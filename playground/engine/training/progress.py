"""The news a run sends: its status, one record per step, and how times are written."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from .diagnostics import Diagnostics


def format_duration(seconds: float) -> str:
    """1:02:03, 02:03, or --:-- when unknown: how the CLI and the Train page show times."""
    if not math.isfinite(seconds):
        return "--:--"
    whole = int(round(seconds))
    hours, minutes, secs = whole // 3600, whole // 60 % 60, whole % 60
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class Status(str, Enum):
    """How a run stands. A str, so it compares equal to its value and prints as it."""

    RUNNING = "running"
    FINISHED = "finished"
    STOPPED = "stopped"
    EARLY_STOPPED = "early-stopped"
    DIVERGED = "diverged"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Progress:
    """One step of news from a run. Accuracies and the validation loss are None when not
    measured at this step.

    kind: "batch" (after a training batch), "eval" (a mid-epoch measurement), "epoch" (end of
    an epoch, with accuracies) or "end" (the run is over; ``status`` says how).
    status: a ``Status``.
    diagnostics: gradient strength, inactive units and weight histograms, on every epoch record
    and on the batch records where the refresh interval (``TrainConfig.diagnostics_interval``) came round.
    """

    kind: str
    status: Status
    epoch: int
    epochs: int
    iteration: int
    iterations_per_epoch: int
    batch_loss: float
    learning_rate: float
    samples_per_sec: float
    elapsed: float
    eta: float
    train_accuracy: float | None = None
    val_accuracy: float | None = None
    val_loss: float | None = None
    best_epoch: int | None = None
    best_val_accuracy: float | None = None
    message: str = ""
    snapshot: dict | None = None
    diagnostics: Diagnostics | None = None

    @property
    def epoch_position(self) -> float:
        """Fractional epochs completed (e.g. 2.25), the x axis of live curves."""
        return self.iteration / self.iterations_per_epoch
