"""Regression: a straight line fitted by gradient descent, and a curve fitted by a small MLP.

The engine's losses classify (they one-hot encode integer labels), so regression brings its own
loss, ``RegressionMSE``, which a ``Network`` accepts in place of its loss layer: training then
runs through the engine's ``Network.gradient`` and optimizers like any other network.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..losses import Loss
from ..fast.network import Network
from ..optimizers import SGD, Adam
from .descent import Path, escaped


def half_mse(y: np.ndarray, t: np.ndarray, axis: int | None = None) -> np.ndarray:
    """0.5 * mean((y - t)^2), over ``axis`` (all elements when None); broadcasts y against t."""
    d = y - t
    return 0.5 * np.mean(d * d, axis=axis)


class RegressionMSE(Loss):
    """0.5 * mean((y - t)^2) against real-valued targets t of the scores' shape (N, 1)."""

    kind = "regression-mse"

    def forward(self, scores, targets):
        targets = np.asarray(targets, dtype=scores.dtype).reshape(scores.shape)
        self._diff = scores - targets
        return float(half_mse(scores, targets))

    def backward(self):
        return self._diff / self._diff.size


def regression_network(hidden: list[int], activation: str = "tanh", seed: int | np.random.Generator = 0,
                       dtype: np.dtype | type = np.float64) -> Network:
    """A 1 -> hidden... -> 1 network with ``RegressionMSE`` as its loss (no hidden: a straight line)."""
    layers: list[dict] = []
    for units in hidden:
        layers += [{"type": "affine", "units": units, "init": "xavier"}, {"type": activation}]
    layers.append({"type": "affine", "units": 1, "init": "xavier"})
    net = Network({"input_shape": [1], "layers": layers, "loss": {"type": "mse"}}, seed=seed, dtype=dtype)
    net.loss_layer = RegressionMSE()
    return net


# ----------------------------------------------------------------------------- straight line
LINE_W, LINE_B = 2.0, -1.0  # the line the noisy points scatter around
@dataclass(frozen=True)
class LineData:
    """Noisy points around t = true_w * x + true_b; x, t: (N,)."""

    x: np.ndarray
    t: np.ndarray
    true_w: float
    true_b: float


def make_line_data(rng: np.random.Generator, n: int = 30, w: float = LINE_W, b: float = LINE_B,
                   noise: float = 0.5) -> LineData:
    x = rng.uniform(-2.0, 2.0, n)
    return LineData(x, w * x + b + rng.normal(0.0, noise, n), w, b)


def least_squares_line(data: LineData) -> tuple[float, float]:
    """The exact minimum of the loss over (w, b): where gradient descent should end up."""
    w, b = np.polyfit(data.x, data.t, 1)
    return float(w), float(b)


def line_loss_grid(data: LineData, ws: np.ndarray, bs: np.ndarray) -> np.ndarray:
    """The loss over a (w, b) grid: (len(bs), len(ws)), rows along b (a row-major image).

    The loss is a quadratic in (w, b), ½(w²·m(x²) + 2wb·m(x) + b² − 2w·m(xt) − 2b·m(t) + m(t²)) with
    m the mean over the points, so five averages give it exactly at any number of grid nodes
    without predicting every point at every node.
    """
    x, t = data.x, data.t
    mxx, mx, mxt, mt, mtt = (np.mean(v) for v in (x * x, x, x * t, t, t * t))
    w, b = ws[None, :], bs[:, None]
    return 0.5 * (w * w * mxx + 2 * w * b * mx + b * b - 2 * w * mxt - 2 * b * mt + mtt)


def fit_line(data: LineData, start: tuple[float, float], lr: float, steps: int) -> Path:
    """Gradient descent on (w, b) with a 1-1 affine network; the path's points are (w, b) pairs."""
    if not lr > 0:
        raise ValueError(f"the learning rate must be positive, got {lr}")
    net = regression_network([], seed=0)
    w, b = net.params["W1"], net.params["b1"]
    w[...], b[...] = start[0], start[1]
    x, t = data.x[:, None], data.t[:, None]
    optimizer = SGD(lr)
    points, losses = [np.array([w[0, 0], b[0]])], [net.gradient(x, t)]
    diverged = False
    with np.errstate(all="ignore"):
        for _ in range(int(steps)):
            optimizer.update(net.params, net.grads)
            loss = net.gradient(x, t)
            point = np.array([w[0, 0], b[0]])
            if escaped(point, loss):
                diverged = True
                break
            points.append(point)
            losses.append(loss)
    return Path(np.array(points), np.array(losses), diverged)


# ----------------------------------------------------------------------------- curve
def curve_target(x: np.ndarray) -> np.ndarray:
    """The function the MLP learns: y = x² + 3."""
    return x * x + 3.0


class CurveFit:
    """A 1-20-20-1 MLP learning y = x² + 3 on evenly spaced points in [-2, 2], step by step with Adam.

    ``train(steps)`` does a few tiny matrix products per step, so a GUI can call it in short chunks.
    """

    def __init__(self, activation: str = "tanh", hidden: tuple[int, ...] = (20, 20), seed: int = 0,
                 lr: float = 0.01, points: int = 41) -> None:
        self.activation = activation
        self.network = regression_network(list(hidden), activation, seed)
        self.optimizer = Adam(lr)
        self.x = np.linspace(-2.0, 2.0, points)[:, None]
        self.t = curve_target(self.x)
        self.iteration = 0
        self.loss = self.network.loss(self.x, self.t)

    def train(self, steps: int) -> float:
        """``steps`` full-batch Adam updates; returns the loss before the last update."""
        for _ in range(int(steps)):
            self.loss = self.network.gradient(self.x, self.t)
            self.optimizer.update(self.network.params, self.network.grads)
            self.iteration += 1
        return self.loss

    def current_loss(self) -> float:
        """The loss of the network as it is now (after the latest update)."""
        return self.network.loss(self.x, self.t)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The network's curve at x (M,) -> (M,)."""
        return self.network.predict(np.asarray(x, dtype=np.float64)[:, None])[:, 0]
