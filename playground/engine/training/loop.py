"""Training as a generator of progress records, so the CLI and a GUI worker can both drive it.

``train(...)`` runs mini-batch training and yields a ``Progress`` after every batch (and at every
evaluation). Whoever iterates decides how often to show it. A ``TrainingControl`` shared with
another thread pauses, steps, stops or changes the learning rate between batches.

Built in (Keras-style callbacks in plain code): history, early stopping with restore-best,
best-state checkpointing, and divergence handling — a non-finite loss ends the run with status
"diverged" and the weights rolled back to the last finite state.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from typing import Callable, Iterator

import numpy as np

from ..books.rashid import book_gradient
from ..data.augment import Augmentation
from ..data.datasets import prepare_input, validation_split
from ..data.penstyles import add_pen_styles
from ..errors import SpecError
from ..network import Network
from ..optimizers import add_weight_decay, build_optimizer, clip_grad_norm
from .schedules import build_schedule

GRADIENT_RULES: dict[str, Callable[[Network, np.ndarray, np.ndarray], float]] = {
    "backprop": Network.gradient,   # the exact gradient of the loss
    "rashid": book_gradient,        # Make Your Own Neural Network's train(): see rashid.book_gradient
}


@dataclass
class EarlyStopping:
    """Stop when the validation accuracy has not improved by ``min_delta`` for ``patience`` epochs."""

    patience: int = 3
    min_delta: float = 0.0
    restore_best: bool = True


@dataclass
class TrainConfig:
    """Everything that shapes a run; plain data, stored in the model file's header.

    ``rule`` picks how gradients are computed: "backprop" (exact) or "rashid" (the book's
    ``train()``, for bias-free sigmoid networks). ``pen_styles``: share of the training 1s given a
    flag and of the 7s a crossed stem, once before training (digit datasets only; see penstyles).
    """

    optimizer: dict = field(default_factory=lambda: {"type": "sgd", "lr": 0.1})
    batch_size: int = 100
    epochs: int = 5
    schedule: dict | None = None
    weight_decay: float = 0.0
    clip_norm: float = 0.0
    augment: dict | None = None
    seed: int = 0
    validation_share: float = 0.1
    evals_per_epoch: int = 4
    eval_train_samples: int = 2000
    early_stopping: EarlyStopping | None = None
    keep_best: bool = True
    snapshot_interval: float = 0.0
    rule: str = "backprop"
    pen_styles: float = 0.0

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise SpecError(f"training config: unknown key(s) {sorted(unknown)}")
        data = dict(data)
        if isinstance(data.get("early_stopping"), dict):
            data["early_stopping"] = EarlyStopping(**data["early_stopping"])
        return cls(**data)

    def to_dict(self) -> dict:
        return asdict(self)

    def validate(self) -> None:
        if self.batch_size < 1 or self.epochs < 1:
            raise SpecError("batch size and epochs must be at least 1")
        if not 0.0 <= self.validation_share < 1.0:
            raise SpecError("the validation share must be in [0, 1)")
        if not 0.0 <= self.pen_styles <= 1.0:
            raise SpecError("the pen-style share must be between 0 and 1")
        if self.rule not in GRADIENT_RULES:
            raise SpecError(f"unknown update rule {self.rule!r}; choose one of {', '.join(GRADIENT_RULES)}")
        if self.optimizer.get("lr", 1.0) <= 0:
            raise SpecError("the learning rate must be positive")


def format_duration(seconds: float) -> str:
    """1:02:03, 02:03, or --:-- when unknown: how the CLI and the Train page show times."""
    if not math.isfinite(seconds):
        return "--:--"
    whole = int(round(seconds))
    hours, minutes, secs = whole // 3600, whole // 60 % 60, whole % 60
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class Status(str, Enum):
    """How a run stands. A str, so it compares equal to its value and prints as it."""

    RUNNING = "running"
    FINISHED = "finished"
    STOPPED = "stopped"
    EARLY_STOPPED = "early-stopped"
    DIVERGED = "diverged"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Progress:
    """One step of news from a run. Accuracies are None when not measured at this step.

    kind: "batch" (after a training batch), "eval" (a mid-epoch measurement), "epoch" (end of
    an epoch, with accuracies) or "end" (the run is over; ``status`` says how).
    status: a ``Status``.
    """

    kind: str
    status: Status
    epoch: int
    epochs: int
    iteration: int
    iterations_per_epoch: int
    batch_loss: float
    learning_rate: float
    samples_per_sec: float
    elapsed: float
    eta: float
    train_accuracy: float | None = None
    val_accuracy: float | None = None
    best_epoch: int | None = None
    best_val_accuracy: float | None = None
    message: str = ""
    snapshot: dict | None = None

    @property
    def epoch_position(self) -> float:
        """Fractional epochs completed (e.g. 2.25), the x axis of live curves."""
        return self.iteration / self.iterations_per_epoch


class TrainingControl:
    """Thread-safe pause / step / stop / learning-rate requests, checked between batches.

    ``on_hold``, if given, runs in the training thread each time a pause brings the run to a halt,
    before it blocks: a GUI worker uses it to send the last batches' news that it was holding back.
    """

    def __init__(self, on_hold: Callable[[], None] | None = None) -> None:
        self._on_hold = on_hold
        self._cond = threading.Condition()
        self._stopped = False
        self._paused = False
        self._granted_steps = 0
        self._learning_rate: float | None = None
        self._extra_epochs = 0

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()

    def pause(self) -> None:
        with self._cond:
            self._paused = True

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._cond.notify_all()

    def step(self) -> None:
        """While paused, allow exactly one more batch."""
        with self._cond:
            self._granted_steps += 1
            self._cond.notify_all()

    def set_learning_rate(self, lr: float) -> None:
        with self._cond:
            self._learning_rate = float(lr)

    def add_epochs(self, n: int = 1) -> None:
        with self._cond:
            self._extra_epochs += int(n)

    @property
    def stop_requested(self) -> bool:
        return self._stopped

    @property
    def paused(self) -> bool:
        return self._paused

    def take_learning_rate(self) -> float | None:
        with self._cond:
            lr, self._learning_rate = self._learning_rate, None
            return lr

    def take_extra_epochs(self) -> int:
        with self._cond:
            n, self._extra_epochs = self._extra_epochs, 0
            return n

    def wait_for_turn(self) -> bool:
        """Block while paused (unless a single step was granted); False when a stop was requested."""
        held = False
        with self._cond:
            while True:
                if self._stopped:
                    return False
                if not self._paused:
                    return True
                if self._granted_steps:
                    self._granted_steps -= 1
                    return True
                if not held and self._on_hold is not None:
                    held = True
                    self._cond.release()  # the callback may use this control; re-check afterwards
                    try:
                        self._on_hold()
                    finally:
                        self._cond.acquire()
                    continue
                self._cond.wait()


def _all_finite(arrays: dict[str, np.ndarray]) -> bool:
    return all(np.isfinite(a).all() for a in arrays.values())


EVAL_CHUNK = 500  # images per step of an evaluation between two looks at the stop flag


def accuracy_unless_stopped(network: Network, x: np.ndarray, labels: np.ndarray,
                             control: TrainingControl) -> float | None:
    """Accuracy measured chunk by chunk, or None as soon as a stop is requested.

    Evaluating a convolutional network on thousands of images takes seconds; a person who
    presses Stop (or closes the window) should not wait for it.
    """
    if not len(labels):
        return network.accuracy(x, labels)
    correct = 0
    for start in range(0, len(labels), EVAL_CHUNK):
        if control.stop_requested:
            return None
        part = slice(start, start + EVAL_CHUNK)
        correct += round(network.accuracy(x[part], labels[part]) * len(labels[part]))
    return correct / len(labels)


def train(network: Network, images: np.ndarray, labels: np.ndarray, input_spec: dict,
          config: TrainConfig, control: TrainingControl | None = None) -> Iterator[Progress]:
    """Train ``network`` on uint8 ``images`` (N, 28, 28) with int ``labels`` (N,).

    Yields a Progress after every batch; the last record has kind "end". On return the network
    holds the best weights seen (when ``keep_best`` and a validation share are set), the weights
    of the early-stopping best epoch, or the last finite weights after a divergence.
    """
    config.validate()
    gradient = GRADIENT_RULES[config.rule]
    control = control or TrainingControl()
    rng = np.random.default_rng(config.seed)
    network.reseed(config.seed)
    augmentation = Augmentation.from_dict(config.augment)
    optimizer = build_optimizer(config.optimizer)
    base_lr = optimizer.lr
    schedule = build_schedule(config.schedule)
    train_idx, val_idx = validation_split(len(labels), config.validation_share, config.seed)
    if config.pen_styles:
        images = images.copy()
        images[train_idx] = add_pen_styles(images[train_idx], labels[train_idx], config.pen_styles, rng)
    val_x = prepare_input(images[val_idx], input_spec) if len(val_idx) else None
    val_y = labels[val_idx]
    probe = train_idx[rng.permutation(len(train_idx))[:config.eval_train_samples]]
    probe_x, probe_y = prepare_input(images[probe], input_spec), labels[probe]
    n_train = len(train_idx)
    ipe = max(1, math.ceil(n_train / config.batch_size))
    eval_points = {round(ipe * k / config.evals_per_epoch) for k in range(1, config.evals_per_epoch)} \
        if config.evals_per_epoch > 1 else set()
    weight_names = network.weight_names()

    epochs = config.epochs
    iteration, start = 0, time.perf_counter()
    last_good, last_good_time = network.state(), start
    last_snapshot = start
    best_state, best_val, best_epoch, stale_epochs = None, -1.0, None, 0
    rate_window: list[tuple[float, int]] = [(start, 0)]
    status = Status.RUNNING

    def record(kind: str, loss: float, **extra) -> Progress:
        now = time.perf_counter()
        rate_window.append((now, iteration))
        del rate_window[:-50]
        t0, i0 = rate_window[0]
        rate = (iteration - i0) * config.batch_size / (now - t0) if now > t0 else 0.0
        remaining = epochs * ipe - iteration
        eta = remaining * config.batch_size / rate if rate > 0 else float("nan")
        return Progress(kind=kind, status=extra.pop("status", Status.RUNNING), epoch=epoch, epochs=epochs,
                        iteration=iteration, iterations_per_epoch=ipe, batch_loss=loss,
                        learning_rate=optimizer.lr, samples_per_sec=rate, elapsed=now - start, eta=eta,
                        best_epoch=best_epoch, best_val_accuracy=best_val if best_epoch else None, **extra)

    def measure() -> tuple[float, float | None] | None:
        """Probe and validation accuracy, or None when a stop request arrives meanwhile."""
        train_acc = accuracy_unless_stopped(network, probe_x, probe_y, control)
        if train_acc is None or val_x is None:
            return None if train_acc is None else (train_acc, None)
        val_acc = accuracy_unless_stopped(network, val_x, val_y, control)
        return None if val_acc is None else (train_acc, val_acc)

    epoch, loss = 0, float("nan")
    while epoch < epochs and status == Status.RUNNING:
        epoch += 1
        order = train_idx[rng.permutation(n_train)]
        for i in range(ipe):
            if not control.wait_for_turn():
                status = Status.STOPPED
                break
            new_lr = control.take_learning_rate()
            if new_lr is not None:
                base_lr = new_lr
            epochs += control.take_extra_epochs()
            optimizer.lr = schedule(base_lr, iteration / ipe, epochs)
            batch = order[i * config.batch_size:(i + 1) * config.batch_size]
            x = images[batch]
            if augmentation.active:
                x = augmentation.apply(x, rng)
            loss = gradient(network, prepare_input(x, input_spec), labels[batch])
            if not math.isfinite(loss):
                network.load_state(last_good)
                status = Status.DIVERGED
                break
            add_weight_decay(network.params, network.grads, weight_names, config.weight_decay)
            if config.clip_norm:
                clip_grad_norm(network.grads, config.clip_norm)
            optimizer.update(network.params, network.grads)
            iteration += 1
            now = time.perf_counter()
            if now - last_good_time > 1.0 and _all_finite(network.params):
                last_good, last_good_time = network.state(), now
            snapshot = None
            if config.snapshot_interval and now - last_snapshot >= config.snapshot_interval:
                snapshot, last_snapshot = {n: p.copy() for n, p in network.params.items()}, now
            yield record("batch", loss, snapshot=snapshot)
            if i + 1 in eval_points:
                measured = measure()
                if measured is None:
                    status = Status.STOPPED
                    break
                yield record("eval", loss, train_accuracy=measured[0], val_accuracy=measured[1])
        if status != Status.RUNNING:
            break
        if not _all_finite(network.params):
            network.load_state(last_good)
            status = Status.DIVERGED
            break
        measured = measure()
        if measured is None:
            status = Status.STOPPED
            break
        train_acc, val_acc = measured
        monitored = val_acc if val_acc is not None else train_acc
        improved = monitored > best_val + (config.early_stopping.min_delta if config.early_stopping else 0.0)
        if improved:
            best_val, best_epoch, stale_epochs = monitored, epoch, 0
            best_state = network.state()
        else:
            stale_epochs += 1
        message = ""
        if config.early_stopping and stale_epochs >= config.early_stopping.patience:
            status = Status.EARLY_STOPPED
            message = f"no improvement for {stale_epochs} epochs"
        yield record("epoch", loss, train_accuracy=train_acc, val_accuracy=val_acc, message=message)

    restore = best_state is not None and status != Status.DIVERGED and (
        (status == Status.EARLY_STOPPED and config.early_stopping.restore_best)
        or (config.keep_best and val_x is not None))
    if restore:
        network.load_state(best_state)
    if status == Status.RUNNING:
        status = Status.FINISHED
    messages = {
        Status.FINISHED: "training finished",
        Status.STOPPED: "stopped on request",
        Status.EARLY_STOPPED: f"early stopping: best epoch {best_epoch}",
        Status.DIVERGED: "the loss became infinite or NaN; weights were rolled back to the last finite "
                    "state. Try a smaller learning rate.",
    }
    yield record("end", loss, status=status,
                 message=messages[status] + (f" (restored the weights of epoch {best_epoch})" if restore else ""))
