"""A small dense network on plane features, built from the engine's own layers.

The layers, losses and optimizers are ``engine.fast.network.Network``, ``engine.losses`` and
``engine.optimizers``; this module adds what the playground needs around them: one activation
per hidden layer ("linear" means none), L1 or L2 on the weights, a squared-error objective for
real-valued targets, batch steps over a shuffled training set, and every neuron's output over a
grid of the plane for the thumbnails.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np

from ..errors import SpecError
from ..fast.network import Network
from ..fast.threads import single_blas_thread
from ..optimizers import OPTIMIZERS, Optimizer, add_weight_decay, build_optimizer
from .data import EXTENT, PlaneData
from .features import check_features, expand

ACTIVATIONS = ("relu", "tanh", "sigmoid", "linear")
REGULARIZATIONS = ("none", "l1", "l2")
MAX_LAYERS, MAX_NEURONS = 6, 8
GRID = 100
COLUMN_BLOCK = 2000
"""Points per block when every neuron is evaluated over many points (see ``PlaneNetwork.columns``)."""


@dataclass(frozen=True)
class Architecture:
    """What the network looks like: inputs, hidden widths with their activations, outputs
    (``classes`` >= 2: softmax over classes; 0: one real-valued output)."""

    features: tuple[str, ...] = ("x1", "x2")
    hidden: tuple[int, ...] = (4, 2)
    activations: tuple[str, ...] = ("tanh", "tanh")
    classes: int = 2
    dropout: float = 0.0
    """Share of each hidden layer's outputs zeroed in every training step (none in evaluation)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "features", check_features(self.features))
        if not 0.0 <= self.dropout <= 0.5:
            raise SpecError(f"dropout must be between 0 and 0.5, got {self.dropout}")
        if len(self.hidden) > MAX_LAYERS or any(not 1 <= int(n) <= MAX_NEURONS for n in self.hidden):
            raise SpecError(f"up to {MAX_LAYERS} hidden layers of 1 to {MAX_NEURONS} neurons, got {list(self.hidden)}")
        if len(self.activations) != len(self.hidden) or set(self.activations) - set(ACTIVATIONS):
            raise SpecError(f"one activation of {', '.join(ACTIVATIONS)} per hidden layer, got {list(self.activations)}")
        if self.classes != 0 and not 2 <= self.classes <= 5:
            raise SpecError(f"2 to 5 classes, or 0 for regression; got {self.classes}")

    @property
    def outputs(self) -> int:
        return self.classes or 1

    def widths(self) -> list[int]:
        """Neurons per column, inputs first and outputs last."""
        return [len(self.features), *self.hidden, self.outputs]

    def spec(self) -> dict:
        layers: list[dict] = []
        for units, activation in zip(self.hidden, self.activations):
            layers.append({"type": "affine", "units": int(units), "init": "xavier"})
            if activation != "linear":
                layers.append({"type": activation})
            if self.dropout:
                layers.append({"type": "dropout", "rate": float(self.dropout)})
        layers.append({"type": "affine", "units": self.outputs, "init": "xavier"})
        loss = {"type": "softmax-cross-entropy"} if self.classes else {"type": "mse"}
        return {"input_shape": [len(self.features)], "layers": layers, "loss": loss}


class SquaredError:
    """0.5 * (y - t)² averaged over the batch, for real targets (N,): the engine's ``mse`` loss
    takes class labels and builds one-hot targets from them, which a regression has not."""

    def forward(self, scores: np.ndarray, targets: np.ndarray) -> float:
        self._diff = scores[:, 0] - targets
        return float(0.5 * np.mean(self._diff * self._diff))

    def backward(self) -> np.ndarray:
        return (self._diff / self._diff.shape[0])[:, None]


@dataclass
class Hyper:
    """Settings a person may change between any two steps."""

    learning_rate: float = 0.03
    batch_size: int = 10
    regularization: str = "none"
    regularization_rate: float = 0.0
    optimizer: str = "sgd"

    def check(self) -> None:
        if not 1e-5 <= self.learning_rate <= 10:
            raise SpecError(f"learning rate must be between 0.00001 and 10, got {self.learning_rate}")
        if not 1 <= self.batch_size <= 30:
            raise SpecError(f"batch size must be between 1 and 30, got {self.batch_size}")
        if self.regularization not in REGULARIZATIONS:
            raise SpecError(f"regularization must be one of {', '.join(REGULARIZATIONS)}")
        if not 0 <= self.regularization_rate <= 10:
            raise SpecError(f"regularization rate must be between 0 and 10, got {self.regularization_rate}")
        if self.optimizer not in OPTIMIZERS:
            raise SpecError(f"unknown optimizer {self.optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")


def grid_points(resolution: int = GRID) -> np.ndarray:
    """(R*R, 2) points at pixel centres of [-6, 6]², row by row from the bottom (y = -6) up."""
    ticks = (np.arange(resolution, dtype=np.float32) + 0.5) / resolution * 2 * EXTENT - EXTENT
    x1, x2 = np.meshgrid(ticks, ticks)
    return np.column_stack([x1.ravel(), x2.ravel()])


class PlaneNetwork:
    """An ``Architecture`` as an engine ``Network``, with the playground's view of its parts.

    Link layer ``k`` joins column ``k`` to column ``k + 1`` of ``Architecture.widths()``; its
    weights are ``W{k+1}`` (inputs by outputs) and its biases ``b{k+1}``, the engine's own arrays,
    so an edited weight is what the next step trains.
    """

    def __init__(self, architecture: Architecture, seed: int = 0, dtype: np.dtype | type = np.float32) -> None:
        self.architecture = architecture
        self.network = Network(architecture.spec(), seed=seed, dtype=dtype)
        self.objective = self.network.loss_layer if architecture.classes else SquaredError()
        # Index in network.layers of each hidden column's output (its activation, or the affine
        # layer itself when linear; dropout, the identity in evaluation, is skipped), then of the scores.
        self._column_layers: list[int] = []
        index = -1
        for activation in architecture.activations:
            index += 1 if activation == "linear" else 2
            self._column_layers.append(index)
            index += 1 if architecture.dropout else 0
        self._column_layers.append(len(self.network.layers) - 1)

    @property
    def links(self) -> int:
        return len(self.architecture.hidden) + 1

    def weights(self, link: int) -> np.ndarray:
        return self.network.params[f"W{link + 1}"]

    def biases(self, link: int) -> np.ndarray:
        return self.network.params[f"b{link + 1}"]

    def inputs(self, points: np.ndarray) -> np.ndarray:
        return expand(points, self.architecture.features, self.network.dtype)

    def outputs(self, scores: np.ndarray) -> np.ndarray:
        """Class probabilities (N, K), or the real output (N, 1) of a regression."""
        return self.network.loss_layer.probabilities(scores) if self.architecture.classes else scores

    def columns(self, points: np.ndarray) -> list[np.ndarray]:
        """Every neuron's output at ``points``: the features, each hidden layer's activations and
        the outputs (see ``outputs``), one (N, width) array per column.

        The products are narrow (at most 8 columns), so they run on one BLAS thread: split over
        two they took fifty times longer. They run on blocks of ``COLUMN_BLOCK`` points: OpenBLAS
        called from a second thread (one renders while another trains) once another has used it took
        twenty times longer for a 10,000-row product, and no longer for rows in blocks like these.
        """
        x = self.inputs(points)
        blocks = []
        with single_blas_thread():
            for start in range(0, max(1, x.shape[0]), COLUMN_BLOCK):
                part = x[start:start + COLUMN_BLOCK]
                layer_outputs = self.network.forward(part, train=False)
                blocks.append([layer_outputs[i] for i in self._column_layers[:-1]]
                              + [self.outputs(layer_outputs[-1])])
        columns = [np.concatenate(parts) for parts in zip(*blocks)] if len(blocks) > 1 else blocks[0]
        return [x, *columns]

    def data_loss(self, inputs: np.ndarray, labels: np.ndarray) -> float:
        """The loss without the regularisation term, as TensorFlow Playground reports it."""
        if inputs.shape[0] == 0:
            return float("nan")
        return self.objective.forward(self.network.predict(inputs, train=False), labels)

    def penalty(self, hyper: Hyper) -> float:
        """The regularisation term added to the loss: rate·Σ|W| (L1) or rate/2·ΣW² (L2)."""
        weights = [self.network.params[n] for n in self.network.weight_names()]
        if hyper.regularization == "l1":
            return hyper.regularization_rate * float(sum(np.abs(w).sum() for w in weights))
        if hyper.regularization == "l2":
            return 0.5 * hyper.regularization_rate * float(sum((w * w).sum() for w in weights))
        return 0.0

    def gradient(self, inputs: np.ndarray, labels: np.ndarray, hyper: Hyper) -> float:
        """Fill the network's gradients of data loss + penalty on a batch; returns that total."""
        net = self.network
        loss = self.objective.forward(net.predict(inputs, train=True), labels)
        net.backward(self.objective.backward())
        names = net.weight_names()
        if hyper.regularization == "l2":
            add_weight_decay(net.params, net.grads, names, hyper.regularization_rate)
        elif hyper.regularization == "l1":
            for name in names:
                net.grads[name] += net.dtype.type(hyper.regularization_rate) * np.sign(net.params[name])
        return loss + self.penalty(hyper)

    def accuracy(self, inputs: np.ndarray, labels: np.ndarray) -> float:
        """Share of points in the right class (NaN for regression or no points)."""
        if not self.architecture.classes or inputs.shape[0] == 0:
            return float("nan")
        return float(np.mean(self.network.predict(inputs, train=False).argmax(axis=1) == labels))

    def confusion(self, inputs: np.ndarray, labels: np.ndarray) -> np.ndarray:
        """Counts (K, K): row = true class, column = predicted class."""
        k = self.architecture.classes
        predicted = self.network.predict(inputs, train=False).argmax(axis=1)
        return np.bincount(labels * k + predicted, minlength=k * k).reshape(k, k)


@dataclass
class TrainerProgress:
    """A trainer's moving parts: weights, optimizer state, shuffling and counters."""

    params: dict[str, np.ndarray]
    optimizer: Optimizer
    rng: dict
    order: np.ndarray
    position: int
    epoch: int
    steps: int


@dataclass
class Trainer:
    """Mini-batch training of a ``PlaneNetwork`` on a fixed training set, one step at a time.

    Each epoch visits the training points in a fresh order drawn from the seed, so a run repeats
    exactly. A setting changed in ``hyper`` applies from the next step; ``PlaneRun`` drives the
    steps in slices of time.
    """

    model: PlaneNetwork
    train: PlaneData
    test: PlaneData
    hyper: Hyper = field(default_factory=Hyper)
    seed: int = 0

    def __post_init__(self) -> None:
        self.hyper.check()
        self._rng = np.random.default_rng([self.seed, 2])
        self._train_inputs = self.model.inputs(self.train.points)
        self._test_inputs = self.model.inputs(self.test.points)
        self._order = np.arange(0)
        self._position = 0
        self.epoch = 0
        self.steps = 0
        self._optimizer = build_optimizer({"type": self.hyper.optimizer, "lr": self.hyper.learning_rate})

    def _sync_optimizer(self) -> None:
        """Rebuild the optimizer when its kind changed (its state means nothing to another kind)."""
        if self._optimizer.kind != self.hyper.optimizer:
            self._optimizer = build_optimizer({"type": self.hyper.optimizer, "lr": self.hyper.learning_rate})
        self._optimizer.lr = self.hyper.learning_rate

    def step(self) -> bool:
        """Train on the next batch; returns True when this batch finished an epoch."""
        if len(self.train) == 0:
            return False
        self.hyper.check()
        if self._position >= self._order.size:
            self._order = self._rng.permutation(len(self.train))
            self._position = 0
        batch = self._order[self._position:self._position + self.hyper.batch_size]
        self._position += batch.size
        self.model.gradient(self._train_inputs[batch], self.train.labels[batch], self.hyper)
        self._sync_optimizer()
        self._optimizer.update(self.model.network.params, self.model.network.grads)
        self.steps += 1
        if self._position >= self._order.size:
            self.epoch += 1
            return True
        return False

    def progress(self) -> TrainerProgress:
        """Where training stands, as copies: what another process needs to go on from here."""
        return TrainerProgress(params={name: value.copy() for name, value in self.model.network.params.items()},
                               optimizer=copy.deepcopy(self._optimizer),
                               rng=copy.deepcopy(self._rng.bit_generator.state),
                               order=self._order.copy(), position=self._position, epoch=self.epoch,
                               steps=self.steps)

    def resume(self, progress: TrainerProgress) -> None:
        """Go on from ``progress`` (of a trainer of the same network and data); the weights are
        copied into this network's own arrays, which the views and the editing keep pointing at."""
        params = self.model.network.params
        if progress.params.keys() != params.keys() or any(
                progress.params[name].shape != value.shape for name, value in params.items()):
            raise SpecError("the training progress belongs to another network")
        for name, value in params.items():
            np.copyto(value, progress.params[name])
        self._optimizer = copy.deepcopy(progress.optimizer)
        self._rng.bit_generator.state = copy.deepcopy(progress.rng)
        self._order, self._position = progress.order.copy(), progress.position
        self.epoch, self.steps = progress.epoch, progress.steps

    def run_epoch(self) -> None:
        """Steps until the current epoch ends."""
        while len(self.train) and not self.step():
            pass

    def losses(self) -> tuple[float, float]:
        """(train, test) data loss of the current weights."""
        return (self.model.data_loss(self._train_inputs, self.train.labels),
                self.model.data_loss(self._test_inputs, self.test.labels))

    def accuracies(self) -> tuple[float, float]:
        return (self.model.accuracy(self._train_inputs, self.train.labels),
                self.model.accuracy(self._test_inputs, self.test.labels))

    def test_confusion(self) -> np.ndarray:
        """Test points counted by true class (rows) and predicted class (columns)."""
        return self.model.confusion(self._test_inputs, self.test.labels)
