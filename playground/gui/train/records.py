"""Plain data passed between the Train panel and its worker thread.

Everything here is immutable or owned by one side at a time: a request goes to the worker, news
and results come back. No Qt types, so the records can cross threads in queued signals safely.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...engine.data.skips import Skipped
from ...engine.data.sources import DataSource
from ...engine.inspection.testset import LabelledImages
from ...engine.training.config import TrainConfig
from ...engine.training.diagnostics import Diagnostics
from ...engine.training.modelfile import Model
from ...engine.training.progress import Progress


@dataclass(frozen=True)
class Sweep:
    """Train once per value of one hyper-parameter (see ``engine.runs.SWEEP_PARAMETERS``)."""

    parameter: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class RunRequest:
    """One press of Start (or of Run sweep): what to train, on what, and how."""

    source: DataSource
    title: str
    preset: str | None
    spec: dict
    input_spec: dict
    config: TrainConfig
    limit: int = 0
    sweep: Sweep | None = None


@dataclass(frozen=True)
class Update:
    """News from the worker, sent at most about ten times a second.

    ``iterations``/``losses``/``learning_rates`` hold every batch since the previous update, so no
    point of the loss curve is lost to the throttling. ``measurements`` are the eval and epoch
    records in order. ``diagnostics``: the newest refresh of the training diagnostics. ``best_state`` is a copy of the network at a new best epoch. ``held`` says
    the run has come to a halt for a pause. ``sweep_index`` numbers the sweep point being trained;
    ``classes`` names the dataset's classes (for a model made from ``best_state``).
    """

    latest: Progress
    iterations: np.ndarray
    losses: np.ndarray
    learning_rates: np.ndarray
    measurements: tuple[Progress, ...] = ()
    snapshot: dict | None = None
    best_state: dict | None = None
    diagnostics: Diagnostics | None = None
    held: bool = False
    sweep_index: int | None = None
    classes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunResult:
    """How a run ended. ``model`` is None for a sweep (its results arrive as SweepPoints).
    ``held_out``: the images the run held out for validation, when its data has no test split."""

    request: RunRequest
    last: Progress | None
    model: Model | None = None
    held_out: LabelledImages | None = None


@dataclass(frozen=True)
class OwnDataReport:
    """What the worker made of a person's own files: examples per class and every file it skipped, with why."""

    name: str
    class_names: tuple[str, ...]
    counts: tuple[int, ...]
    skipped: tuple[Skipped, ...]
    few_examples: tuple[str, ...]  # classes with too few examples to learn from
    imbalanced: bool

    @property
    def examples(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class SweepPoint:
    """One finished point of a sweep: accuracy is on the test set, or validation without one."""

    index: int
    value: float
    accuracy: float | None
    status: str
    accuracy_source: str = "test"
    epochs_run: int = 0


@dataclass(frozen=True)
class BestEpoch:
    """The best epoch of a run so far: enough to rebuild its network as a Model at any time."""

    request: RunRequest
    weights: dict
    epoch: int
    accuracy: float
    classes: tuple[str, ...]
