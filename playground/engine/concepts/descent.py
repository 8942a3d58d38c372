"""Gradient descent and the optimizer race on a two-parameter surface.

The point being moved is the parameter ``{"x": array([x0, x1])}`` handed to the engine's own
optimizers, with numerical gradients, so the paths are what those optimizers do on a network.
A path stops, marked diverged, as soon as it leaves every sensible bound or stops being finite.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..optimizers import OPTIMIZERS, SGD, Optimizer
from .surfaces import Surface, gradient_at

DIVERGENCE_BOUND = 1e6

# Deep Learning from Scratch ch. 6 (fig. 6-8) learning rates for f = x0²/20 + x1² from (-7, 2);
# RMSprop is not in that figure and gets a rate that shows its character on the same surface.
RACE_LEARNING_RATES: dict[str, float] = {
    "sgd": 0.95, "momentum": 0.1, "adagrad": 1.5, "rmsprop": 0.1, "adam": 0.3,
}
RACE_TITLES: dict[str, str] = {
    "sgd": "SGD", "momentum": "Momentum", "adagrad": "AdaGrad", "rmsprop": "RMSprop", "adam": "Adam",
}


@dataclass(frozen=True)
class Path:
    """Visited points (k+1, 2) and f there (k+1,), all finite; ``diverged`` if it was cut short."""

    points: np.ndarray
    values: np.ndarray
    diverged: bool

    @property
    def steps_taken(self) -> int:
        return len(self.points) - 1

    @property
    def final_value(self) -> float:
        return float(self.values[-1])

    @property
    def distance(self) -> float:
        """Total length travelled: tells a crawl (tiny) from a walk."""
        return float(np.sum(np.linalg.norm(np.diff(self.points, axis=0), axis=1)))


def escaped(point: np.ndarray, value: float, bound: float = DIVERGENCE_BOUND) -> bool:
    """True when a point or its loss is no longer finite or has grown past ``bound``."""
    return not (np.all(np.isfinite(point)) and np.isfinite(value)
                and np.max(np.abs(point)) <= bound and abs(value) <= bound * bound)


class Walker:
    """One optimizer walking down a surface a step at a time, so a GUI can draw the path as it grows."""

    def __init__(self, surface: Surface, optimizer: Optimizer, start: tuple[float, float] | np.ndarray) -> None:
        self.surface, self.optimizer = surface, optimizer
        self._x = np.array(start, dtype=np.float64)
        self._params, self._grads = {"x": self._x}, {"x": np.zeros(2)}
        value = float(surface.value(self._x))
        if escaped(self._x, value):
            raise ValueError("the starting point lies outside the region where f can be computed")
        self._points, self._values = [self._x.copy()], [value]
        self.diverged = False

    @property
    def steps_taken(self) -> int:
        return len(self._points) - 1

    def step(self) -> bool:
        """One update with the numerical gradient; False (and ``diverged`` set) once the point escapes."""
        if self.diverged:
            return False
        with np.errstate(all="ignore"):
            self._grads["x"][...] = gradient_at(self.surface, self._x)
            self.optimizer.update(self._params, self._grads)
            value = float(self.surface.value(self._x))
        if escaped(self._x, value):
            self.diverged = True
            return False
        self._points.append(self._x.copy())
        self._values.append(value)
        return True

    def path(self) -> Path:
        """The finite points visited so far."""
        return Path(np.array(self._points), np.array(self._values), self.diverged)


def walk(walker: Walker, steps: int) -> Path:
    """Up to ``steps`` more steps; stops early when the point escapes."""
    for _ in range(int(steps)):
        if not walker.step():
            break
    return walker.path()


def run_optimizer(surface: Surface, optimizer: Optimizer, start: tuple[float, float] | np.ndarray,
                  steps: int) -> Path:
    """Up to ``steps`` optimizer updates from ``start``; stops early when the point escapes."""
    return walk(Walker(surface, optimizer, start), steps)


def gradient_descent(surface: Surface, start: tuple[float, float] | np.ndarray, lr: float,
                     steps: int) -> Path:
    """Plain gradient descent x <- x - lr * grad f(x) (the engine's SGD)."""
    if not lr > 0:
        raise ValueError(f"the learning rate must be positive, got {lr}")
    return run_optimizer(surface, SGD(lr), start, steps)


def race_walkers(surface: Surface, start: tuple[float, float] | np.ndarray,
                 learning_rates: dict[str, float] | None = None) -> dict[str, Walker]:
    """A walker per optimizer in ``learning_rates`` (default: the book's), all from the same start."""
    rates = RACE_LEARNING_RATES if learning_rates is None else learning_rates
    return {name: Walker(surface, OPTIMIZERS[name](lr=lr), start) for name, lr in rates.items()}


def optimizer_race(surface: Surface, start: tuple[float, float] | np.ndarray, steps: int,
                   learning_rates: dict[str, float] | None = None) -> dict[str, Path]:
    """Every optimizer in ``learning_rates`` (default: the book's) from the same start, same steps."""
    return {name: walk(walker, steps) for name, walker in race_walkers(surface, start, learning_rates).items()}
