"""Learning-rate schedules: functions of the base rate and how far training has got.

A schedule is called before every batch as ``schedule(base_lr, epoch_position, total_epochs)``,
where ``epoch_position`` counts fractional epochs done. Taking the base rate as an argument lets a
person change the rate mid-run and keep the schedule's shape.
"""

from __future__ import annotations

import math
from typing import Callable

from ..errors import SpecError

Schedule = Callable[[float, float, int], float]


def constant() -> Schedule:
    return lambda base_lr, epoch_position, total_epochs: base_lr


def step(step_epochs: float = 10, gamma: float = 0.1) -> Schedule:
    """Multiply the rate by ``gamma`` every ``step_epochs`` epochs."""
    if step_epochs <= 0 or gamma <= 0:
        raise SpecError("step schedule: step_epochs and gamma must be positive")
    return lambda base_lr, pos, total: base_lr * gamma ** math.floor(pos / step_epochs)


def cosine(min_lr: float = 0.0) -> Schedule:
    """Half a cosine from the base rate down to ``min_lr`` over the whole run (smooth annealing)."""
    def rate(base_lr: float, pos: float, total: int) -> float:
        frac = min(1.0, pos / max(total, 1))
        return min_lr + (base_lr - min_lr) * 0.5 * (1.0 + math.cos(math.pi * frac))
    return rate


SCHEDULES = {"constant": constant, "step": step, "cosine": cosine}


def build_schedule(spec: dict | None) -> Schedule:
    """``None`` or ``{"type": "constant"}``, ``{"type": "step", "step_epochs": 5, "gamma": 0.5}``,
    ``{"type": "cosine", "min_lr": 1e-5}``."""
    spec = dict(spec or {"type": "constant"})
    kind = spec.pop("type", None)
    if kind not in SCHEDULES:
        raise SpecError(f"unknown schedule {kind!r}; choose one of {', '.join(SCHEDULES)}")
    try:
        return SCHEDULES[kind](**spec)
    except TypeError as exc:
        raise SpecError(f"schedule {kind!r}: {exc}") from None
