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


def cosine(min_lr: float = 0.0, warmup: float = 0.0) -> Schedule:
    """Half a cosine from the base rate down to ``min_lr`` over the whole run (smooth annealing).

    With ``warmup`` epochs, the rate first climbs in a straight line from ``min_lr`` to the base
    rate and the cosine takes the rest of the run (a one-cycle schedule): a short climb lets a
    run start at a peak rate that would throw fresh weights off course, which is what makes a
    run of two or three epochs reach the accuracy of a longer one.
    """
    if warmup < 0:
        raise SpecError("cosine schedule: warmup must not be negative")

    def rate(base_lr: float, pos: float, total: int) -> float:
        if pos < warmup:
            return min_lr + (base_lr - min_lr) * pos / warmup
        frac = min(1.0, (pos - warmup) / max(total - warmup, 1e-9))
        return min_lr + (base_lr - min_lr) * 0.5 * (1.0 + math.cos(math.pi * frac))
    return rate


SCHEDULES = {"constant": constant, "step": step, "cosine": cosine}


def build_schedule(spec: dict | None) -> Schedule:
    """``None`` or ``{"type": "constant"}``, ``{"type": "step", "step_epochs": 5, "gamma": 0.5}``,
    ``{"type": "cosine", "min_lr": 1e-5}``, ``{"type": "cosine", "min_lr": 1e-5, "warmup": 0.3}``."""
    spec = dict(spec or {"type": "constant"})
    kind = spec.pop("type", None)
    if kind not in SCHEDULES:
        raise SpecError(f"unknown schedule {kind!r}; choose one of {', '.join(SCHEDULES)}")
    try:
        return SCHEDULES[kind](**spec)
    except TypeError as exc:
        raise SpecError(f"schedule {kind!r}: {exc}") from None
