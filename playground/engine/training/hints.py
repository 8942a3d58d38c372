"""Advice from a run's curves and diagnostics: what went wrong and the setting that fixes it.

Each rule looks at the epoch records so far (and the newest ``Diagnostics``) and may return a
``Hint``: a key the interface turns into a translated sentence, the figures the sentence quotes,
and ``fix``: new values for Train form fields (named as in the form) for the next run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from .config import TrainConfig
from .diagnostics import Diagnostics
from .progress import Progress, Status

NOT_LEARNING_EPOCHS = 3
NOT_LEARNING_ACCURACY = 0.25
RISING_EPOCHS = 4           # validation loss rising this many epochs in a row: over-fitting
OVERFIT_GAP = 0.08          # probe minus validation accuracy
INACTIVE_SHARE = 0.30
HIGH_MOMENTUM = 0.95
HIGH_RATE_WITH_MOMENTUM = 0.05
TINY_BATCH = 8


@dataclass(frozen=True)
class Hint:
    """key: which advice; figures: the numbers its sentence quotes; fix: form field -> value."""

    key: str
    figures: dict = field(default_factory=dict)
    fix: dict = field(default_factory=dict)


def _learning_rate(config: TrainConfig) -> float:
    return float(config.optimizer.get("lr", 0.01))


def _diverged(records: list[Progress], config: TrainConfig, _d: Diagnostics | None) -> Hint | None:
    if records and records[-1].status == Status.DIVERGED:
        rate = _learning_rate(config)
        return Hint("diverged", {"rate": rate}, {"learning_rate": rate / 10})
    return None


def _not_learning(records: list[Progress], config: TrainConfig, _d: Diagnostics | None) -> Hint | None:
    epochs = [r for r in records if r.kind == "epoch"]
    if len(epochs) < NOT_LEARNING_EPOCHS:
        return None
    last = epochs[-1]
    accuracy = last.val_accuracy if last.val_accuracy is not None else last.train_accuracy
    if accuracy is None or accuracy >= NOT_LEARNING_ACCURACY:
        return None
    return Hint("not-learning", {"epochs": len(epochs), "accuracy": accuracy},
                {"learning_rate": _learning_rate(config) / 3, "init": "he"})


def _over_fitting(records: list[Progress], config: TrainConfig, _d: Diagnostics | None) -> Hint | None:
    """Validation loss rising epoch after epoch (it turns before the accuracy does: the network
    grows sure of the images it misreads), or training accuracy far above validation accuracy."""
    val = [r for r in records if r.kind == "epoch" and r.val_accuracy is not None]
    if not val:
        return None
    losses = [r.val_loss for r in val[-RISING_EPOCHS - 1:] if r.val_loss is not None]
    rising = len(losses) > RISING_EPOCHS and all(later > earlier for earlier, later in pairwise(losses))
    gap = (val[-1].train_accuracy or 0.0) - val[-1].val_accuracy
    if not rising and gap < OVERFIT_GAP - 1e-9:  # 0.99 - 0.91 is 0.0799999... in floats
        return None
    augment = config.augment or {}
    return Hint("over-fitting", {"gap": gap, "rising_epochs": RISING_EPOCHS if rising else 0},
                {"dropout": 0.3, "weight_decay": max(config.weight_decay, 1e-4), "early_stopping": True,
                 "rotation": max(augment.get("rotation", 0.0), 8.0), "shift": max(augment.get("shift", 0.0), 2.0)})


def _inactive(_records: list[Progress], config: TrainConfig, d: Diagnostics | None) -> Hint | None:
    if d is None or not d.inactive_share:
        return None
    layer, share = max(d.inactive_share.items(), key=lambda item: item[1])
    if share < INACTIVE_SHARE:
        return None
    return Hint("inactive", {"layer": layer, "share": share},
                {"init": "he", "learning_rate": _learning_rate(config) / 3, "activation": "leaky-relu"})


def _momentum_with_high_rate(_records: list[Progress], config: TrainConfig,
                             _d: Diagnostics | None) -> Hint | None:
    momentum = config.optimizer.get("momentum")
    rate = _learning_rate(config)
    if momentum is None or momentum < HIGH_MOMENTUM or rate < HIGH_RATE_WITH_MOMENTUM:
        return None
    return Hint("momentum", {"momentum": momentum, "rate": rate}, {"momentum": 0.9, "learning_rate": rate / 5})


def _tiny_batch(_records: list[Progress], config: TrainConfig, _d: Diagnostics | None) -> Hint | None:
    if config.batch_size >= TINY_BATCH:
        return None
    return Hint("tiny-batch", {"batch_size": config.batch_size}, {"batch_size": 32})


RULES = (_diverged, _not_learning, _over_fitting, _inactive, _momentum_with_high_rate, _tiny_batch)


def hints(records: list[Progress], config: TrainConfig, diagnostics: Diagnostics | None = None) -> list[Hint]:
    """Every rule's advice for this run so far, most urgent first."""
    found = (rule(records, config, diagnostics) for rule in RULES)
    return [hint for hint in found if hint is not None]
