"""Two-parameter functions to descend, and their numerical gradients.

Every function takes points with the coordinates on the last axis (``p[..., 0]`` is x0,
``p[..., 1]`` is x1), so one call evaluates a whole grid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..central_differences import numerical_gradient


@dataclass(frozen=True)
class Surface:
    """A function f(x0, x1) with the view, starting point and plain-descent settings that show it best."""

    key: str
    formula: str
    function: Callable[[np.ndarray], np.ndarray]
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    start: tuple[float, float]
    learning_rate: float
    steps: int
    minimum: tuple[float, float] | None  # None: no minimum (the saddle falls away for ever)

    def value(self, points: np.ndarray) -> np.ndarray:
        """f at ``points`` (..., 2) -> (...), float64. Far from the view f may overflow to inf:
        callers that go there silence NumPy's warnings once around their loop."""
        return self.function(np.asarray(points, dtype=np.float64))

    def grid(self, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """xs (size,), ys (size,) and f on the grid, (size, size) with rows along x1 (row-major image)."""
        xs = np.linspace(*self.x_range, size)
        ys = np.linspace(*self.y_range, size)
        points = np.stack(np.meshgrid(xs, ys), axis=-1)
        with np.errstate(over="ignore", invalid="ignore"):
            return xs, ys, self.value(points)


def _sphere(p):
    return p[..., 0] ** 2 + p[..., 1] ** 2


def _elongated_bowl(p):
    return p[..., 0] ** 2 / 20.0 + p[..., 1] ** 2


def _rosenbrock(p):
    return (1.0 - p[..., 0]) ** 2 + 100.0 * (p[..., 1] - p[..., 0] ** 2) ** 2


def _saddle(p):
    return p[..., 0] ** 2 - p[..., 1] ** 2


SURFACES: dict[str, Surface] = {s.key: s for s in (
    Surface("sphere", "f = x0² + x1²", _sphere,
            (-4.5, 4.5), (-4.5, 4.5), (-3.0, 4.0), 0.1, 100, (0.0, 0.0)),
    Surface("elongated", "f = x0²/20 + x1²", _elongated_bowl,
            (-10.0, 10.0), (-5.0, 5.0), (-7.0, 2.0), 0.95, 30, (0.0, 0.0)),
    Surface("rosenbrock", "f = (1 − x0)² + 100 (x1 − x0²)²", _rosenbrock,
            (-2.0, 2.0), (-1.0, 3.0), (-1.2, 1.0), 0.002, 2000, (1.0, 1.0)),
    Surface("saddle", "f = x0² − x1²", _saddle, (-3.0, 3.0), (-3.0, 3.0), (-2.5, 0.05), 0.1, 40, None),
)}


def gradient_at(surface: Surface, point: np.ndarray) -> np.ndarray:
    """Numerical gradient (central differences, float64) of f at one point (2,)."""
    x = np.array(point, dtype=np.float64)
    return numerical_gradient(lambda: float(surface.value(x)), x)


def gradient_field(surface: Surface, points: np.ndarray) -> np.ndarray:
    """Numerical gradients at many points (M, 2) -> (M, 2) in one ``numerical_gradient`` call.

    The differentiated function is the sum of f over all points: each term depends only on its
    own point, so d(sum)/d(point i) is exactly f's gradient at point i, and each perturbation is
    one vectorised evaluation of the grid.
    """
    x = np.array(points, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        return numerical_gradient(lambda: float(np.sum(surface.value(x))), x)
