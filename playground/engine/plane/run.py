"""A training run as the Playground page shows it: the trainer and its loss history.

The losses are measured on every point at each epoch's end, so the loss curve has one point per
epoch, as TensorFlow Playground's has. Training goes in slices of time (``train_for``) so whoever
drives it can stop between two batches.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from .data import PlaneData
from .network import Architecture, Hyper, PlaneNetwork, Trainer, TrainerProgress


@dataclass(frozen=True)
class RunRecipe:
    """What a run is made of, to build the same run elsewhere (in another process)."""

    architecture: Architecture
    train: PlaneData
    test: PlaneData
    hyper: Hyper
    seed: int


@dataclass(frozen=True)
class RunProgress:
    """Where a run stands: the trainer's progress and the loss history."""

    trainer: TrainerProgress
    train_losses: list[float]
    test_losses: list[float]


class PlaneRun:
    """A ``Trainer`` plus its per-epoch loss history (``train_losses``, ``test_losses``), which
    starts with the untrained network's."""

    def __init__(self, trainer: Trainer) -> None:
        self.trainer = trainer
        self.train_losses: list[float] = []
        self.test_losses: list[float] = []
        self.measure()

    @classmethod
    def from_recipe(cls, recipe: RunRecipe, progress: RunProgress) -> PlaneRun:
        """The run ``recipe`` describes, gone as far as ``progress``."""
        run = cls(Trainer(PlaneNetwork(recipe.architecture, recipe.seed), recipe.train, recipe.test, recipe.hyper,
                          recipe.seed))
        run.resume(progress)
        return run

    def recipe(self) -> RunRecipe:
        trainer = self.trainer
        return RunRecipe(self.model.architecture, trainer.train, trainer.test, trainer.hyper, trainer.seed)

    def progress(self) -> RunProgress:
        return RunProgress(self.trainer.progress(), list(self.train_losses), list(self.test_losses))

    def resume(self, progress: RunProgress) -> None:
        """Go on from ``progress``, made by a run of the same recipe."""
        self.trainer.resume(progress.trainer)
        self.train_losses, self.test_losses = list(progress.train_losses), list(progress.test_losses)

    @property
    def model(self) -> PlaneNetwork:
        return self.trainer.model

    @property
    def epoch(self) -> int:
        return self.trainer.epoch

    def measure(self, replace: bool = False) -> None:
        """Measure the current weights; ``replace`` overwrites the last point (an edited weight)
        instead of adding one (an epoch's end)."""
        train, test = self.trainer.losses()
        if replace and self.train_losses:
            self.train_losses[-1], self.test_losses[-1] = train, test
        else:
            self.train_losses.append(train)
            self.test_losses.append(test)

    def run_epoch(self) -> None:
        """One whole epoch, then its measurement."""
        self.trainer.run_epoch()
        self.measure()

    def train_for(self, seconds: float, interrupted: Callable[[], bool] = lambda: False,
                  until_epoch_end: bool = False) -> bool:
        """Train batch after batch until ``seconds`` have passed or ``interrupted()`` is true (or,
        with ``until_epoch_end``, an epoch ends), measuring at each epoch's end. At least one
        batch is trained unless interrupted. Returns whether an epoch ended."""
        if len(self.trainer.train) == 0:
            return until_epoch_end  # nothing to train on: an empty epoch is over at once
        deadline = time.perf_counter() + seconds
        ended = False
        while not interrupted():
            if self.trainer.step():
                self.measure()
                ended = True
                if until_epoch_end:
                    break
            if time.perf_counter() >= deadline:
                break
        return ended
