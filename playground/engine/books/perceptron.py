"""Logic gates as perceptrons: the first chapter of both books, with no Qt.

A perceptron with two inputs fires when the weighted sum plus bias is positive,
``y = 1 if w1*x1 + w2*x2 + b > 0 else 0``; Saito first writes it with a threshold,
``w1*x1 + w2*x2 > theta``, so ``theta = -b``. Inputs are listed in the book's order
(0,0), (1,0), (0,1), (1,1).

Also here: Rosenblatt's learning rule (it converges on AND, OR and NAND and can never solve XOR,
because no straight line separates XOR's classes), the book's two-layer XOR built from NAND, OR and
AND, and a 2-2-1 sigmoid network that learns XOR by backpropagation on the engine's ``Network``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np

from ..fast.network import Network
from ..optimizers import build_optimizer

INPUTS = np.array([[0, 0], [1, 0], [0, 1], [1, 1]], dtype=np.float32)
"""The four inputs (x1, x2) in the book's order: shape (4, 2)."""

GATES: dict[str, np.ndarray] = {
    "AND": np.array([0, 0, 0, 1]),
    "OR": np.array([0, 1, 1, 1]),
    "NAND": np.array([1, 1, 1, 0]),
    "XOR": np.array([0, 1, 1, 0]),
}
"""Expected output of each gate for ``INPUTS``, row by row."""

BOOK_THRESHOLDS: dict[str, tuple[float, float, float]] = {
    "AND": (0.5, 0.5, 0.7),
    "NAND": (-0.5, -0.5, -0.7),
    "OR": (0.5, 0.5, 0.3),
}
"""Saito's parameter sets as (w1, w2, theta)."""


def expected(gate: str) -> np.ndarray:
    """The gate's truth-table outputs (4,) for ``INPUTS``; raises KeyError naming the choices."""
    try:
        return GATES[gate]
    except KeyError:
        raise KeyError(f"unknown gate {gate!r}; choose one of {', '.join(GATES)}") from None


def step(z: np.ndarray) -> np.ndarray:
    """1 where z > 0, else 0 (the book's strict inequality: a sum of exactly 0 does not fire)."""
    return (np.asarray(z) > 0).astype(np.int64)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z)))


@dataclass(frozen=True)
class Perceptron:
    """Two weights and a bias; immutable so a learning step returns a new one."""

    w1: float
    w2: float
    b: float

    @classmethod
    def from_threshold(cls, w1: float, w2: float, theta: float) -> "Perceptron":
        return cls(w1, w2, -theta)

    @classmethod
    def book(cls, gate: str) -> "Perceptron":
        """The book's parameters for AND, OR or NAND."""
        return cls.from_threshold(*BOOK_THRESHOLDS[gate])

    @property
    def theta(self) -> float:
        return -self.b

    @property
    def weights(self) -> np.ndarray:
        return np.array([self.w1, self.w2], dtype=np.float64)

    def weighted_sum(self, x: np.ndarray = INPUTS) -> np.ndarray:
        """w1*x1 + w2*x2 + b for points x: (N, 2) -> (N,).

        Rounded to 9 decimals so sums that are 0 on paper (0.1 + 0.2 - 0.3) are 0 here too and do
        not fire: the weights people type and the rule's steps are short decimals.
        """
        return np.round(np.asarray(x, dtype=np.float64) @ self.weights + self.b, 9)

    def output(self, x: np.ndarray = INPUTS) -> np.ndarray:
        """Step output (N,) of 0/1 integers."""
        return step(self.weighted_sum(x))

    def solves(self, gate: str) -> bool:
        return bool(np.array_equal(self.output(), expected(gate)))


def random_perceptron(rng: np.random.Generator, limit: float = 1.0) -> Perceptron:
    """Weights and bias drawn uniformly from [-limit, limit]."""
    w1, w2, b = rng.uniform(-limit, limit, size=3)
    return Perceptron(float(w1), float(w2), float(b))


# --------------------------------------------------------------------------- learning rule
@dataclass(frozen=True)
class LearnStep:
    """One sample presented to the learning rule.

    ``row`` indexes ``INPUTS``; ``predicted`` is the output before the update; ``before`` and
    ``after`` are the perceptron around the update (equal when the sample was right);
    ``epoch`` counts from 1; ``epoch_done`` marks the epoch's last sample.
    """

    epoch: int
    row: int
    predicted: int
    target: int
    before: Perceptron
    after: Perceptron
    epoch_done: bool

    @property
    def wrong(self) -> bool:
        return self.predicted != self.target


class PerceptronLearner:
    """Rosenblatt's rule, one sample at a time: ``w += lr * (t - y) * x``, ``b += lr * (t - y)``.

    Each epoch presents the four inputs in an order shuffled by ``rng``; ``errors_per_epoch`` counts
    the samples that were wrong when presented. An epoch without errors means the perceptron
    solves the gate (nothing changed during it): that is ``converged``.
    """

    def __init__(self, perceptron: Perceptron, gate: str, lr: float = 0.1,
                 rng: np.random.Generator | None = None) -> None:
        self.perceptron = perceptron
        self.targets = expected(gate)
        self.lr = float(lr)
        self.rng = rng if rng is not None else np.random.default_rng(0)
        self.errors_per_epoch: list[int] = []
        self._order: list[int] = []
        self._errors = 0

    @property
    def epoch(self) -> int:
        """Number of the epoch in progress (or the last one finished), from 1."""
        return len(self.errors_per_epoch) + (1 if self._order else 0)

    @property
    def converged(self) -> bool:
        return bool(self.errors_per_epoch) and self.errors_per_epoch[-1] == 0

    def step(self) -> LearnStep:
        """Present the next sample and apply the rule."""
        if not self._order:
            self._order = [int(i) for i in self.rng.permutation(len(INPUTS))]
            self._errors = 0
        epoch = self.epoch
        row = self._order.pop(0)
        x, target = INPUTS[row], int(self.targets[row])
        before = self.perceptron
        predicted = int(before.output(x[None, :])[0])
        delta = self.lr * (target - predicted)
        after = before if delta == 0 else Perceptron(before.w1 + delta * float(x[0]),
                                                     before.w2 + delta * float(x[1]),
                                                     before.b + delta)
        self.perceptron = after
        self._errors += predicted != target
        done = not self._order
        if done:
            self.errors_per_epoch.append(self._errors)
        return LearnStep(epoch, row, predicted, target, before, after, done)

    def run_epoch(self) -> int:
        """Finish the current epoch (or run a whole one); returns its error count."""
        while not self.step().epoch_done:
            pass
        return self.errors_per_epoch[-1]


@dataclass(frozen=True)
class LearnResult:
    perceptron: Perceptron
    errors_per_epoch: list[int]

    @property
    def converged(self) -> bool:
        return bool(self.errors_per_epoch) and self.errors_per_epoch[-1] == 0


def learn(gate: str, start: Perceptron | None = None, lr: float = 0.1, max_epochs: int = 1000,
          seed: int = 0) -> LearnResult:
    """Run the learning rule until an epoch has no errors or ``max_epochs`` passed.

    Starts from ``start`` or from random weights in [-1, 1] drawn with ``seed``; the same seed
    always gives the same run.
    """
    rng = np.random.default_rng(seed)
    learner = PerceptronLearner(start or random_perceptron(rng), gate, lr, rng)
    while len(learner.errors_per_epoch) < max_epochs and not learner.converged:
        learner.run_epoch()
    return LearnResult(learner.perceptron, list(learner.errors_per_epoch))


# --------------------------------------------------------------------------- two layers
@dataclass(frozen=True)
class TwoLayerXor:
    """The book's XOR: s1 = NAND(x1, x2), s2 = OR(x1, x2), y = AND(s1, s2), each a perceptron."""

    first: Perceptron
    second: Perceptron
    output_unit: Perceptron

    @classmethod
    def book(cls) -> "TwoLayerXor":
        return cls(Perceptron.book("NAND"), Perceptron.book("OR"), Perceptron.book("AND"))

    def hidden(self, x: np.ndarray = INPUTS) -> np.ndarray:
        """(s1, s2) for points x: (N, 2) -> (N, 2) of 0/1."""
        return np.stack([self.first.output(x), self.second.output(x)], axis=1)

    def output(self, x: np.ndarray = INPUTS) -> np.ndarray:
        return self.output_unit.output(self.hidden(x))

    def solves(self, gate: str = "XOR") -> bool:
        return bool(np.array_equal(self.output(), expected(gate)))


# --------------------------------------------------------------------------- backpropagation
XOR_NET_SPEC = {
    "input_shape": [2],
    "layers": [{"type": "affine", "units": 2, "init": "xavier"}, {"type": "sigmoid"},
               {"type": "affine", "units": 2, "init": "xavier"}],
    "loss": {"type": "softmax-cross-entropy"},
}
"""2 inputs, 2 sigmoid hidden units, 2 outputs (class 0 / class 1) with softmax cross-entropy."""


@dataclass(frozen=True)
class XorProgress:
    """The 2-2-1 network after ``step`` full-batch gradient steps.

    ``hidden_lines``: each hidden unit's weights as a Perceptron (its line ``sum = 0`` is where the
    unit's sigmoid crosses 0.5); ``hidden``: (4, 2) hidden activations; ``probability``: (4,)
    probability of output 1 for each input.
    """

    step: int
    loss: float
    hidden_lines: tuple[Perceptron, Perceptron]
    hidden: np.ndarray
    probability: np.ndarray

    @property
    def solved(self) -> bool:
        """Every input on the right side of 0.5."""
        return bool(np.array_equal((self.probability > 0.5).astype(int), GATES["XOR"]))

    @property
    def margin(self) -> float:
        """The lowest probability the network gives any input's right answer."""
        right = np.where(GATES["XOR"] == 1, self.probability, 1.0 - self.probability)
        return float(right.min())


class XorNetwork:
    """A 2-2-1 sigmoid network learning XOR by backpropagation with plain gradient descent.

    Two hidden units can end in a local minimum for some starting weights (a known trap of this
    tiny net); ``seed`` chooses the start, seeds 0, 1 and 2 solve it.
    """

    def __init__(self, seed: int = 0, lr: float = 1.0) -> None:
        self.network = Network(XOR_NET_SPEC, seed=seed)
        self.optimizer = build_optimizer({"type": "sgd", "lr": lr})
        self.labels = GATES["XOR"]
        self.steps_done = 0

    def probability(self, x: np.ndarray) -> np.ndarray:
        """P(output = 1) for points x: (N, 2) -> (N,)."""
        scores = self.network.predict(np.asarray(x, dtype=np.float32))
        return self.network.loss_layer.probabilities(scores)[:, 1]

    def progress(self, loss: float | None = None) -> XorProgress:
        outputs = self.network.forward(INPUTS)
        if loss is None:
            loss = self.network.loss_layer.forward(outputs[-1], self.labels)
        w, b = self.network.params["W1"], self.network.params["b1"]
        lines = tuple(Perceptron(float(w[0, j]), float(w[1, j]), float(b[j])) for j in range(2))
        probability = self.network.loss_layer.probabilities(outputs[-1])[:, 1]
        return XorProgress(self.steps_done, float(loss), lines, outputs[1].copy(), probability)

    def train_step(self) -> float:
        """One full-batch gradient step on the four inputs; returns the loss before it."""
        loss = self.network.gradient(INPUTS, self.labels)
        self.optimizer.update(self.network.params, self.network.grads)
        self.steps_done += 1
        return loss

    def steps(self) -> Iterator[XorProgress]:
        """Endless training: yields the progress after every step (the caller decides when to stop)."""
        while True:
            self.train_step()
            yield self.progress()


def train_xor(seed: int = 0, lr: float = 1.0, max_steps: int = 5000) -> XorProgress:
    """Train until every input has its right answer with probability above 0.9, or ``max_steps``."""
    for progress in XorNetwork(seed, lr).steps():
        if (progress.solved and progress.margin > 0.9) or progress.step >= max_steps:
            return progress
    raise AssertionError("unreachable: XorNetwork.steps() never ends")
