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
import time
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from ..data.augment import Augmentation
from ..data.datasets import prepare_input
from ..data.penstyles import add_pen_styles
from ..data.stratified import held_out_split
from ..fast.network import Network
from ..optimizers import add_weight_decay, build_optimizer, clip_grad_norm
from .config import EarlyStopping, TrainConfig
from .control import TrainingControl
from .diagnostics import DiagnosticsTracker
from .progress import Progress, Status
from .rules import GRADIENT_RULES
from .schedules import build_schedule


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


def accuracy_and_loss_unless_stopped(network: Network, x: np.ndarray, labels: np.ndarray,
                                     control: TrainingControl) -> tuple[float, float] | None:
    """(accuracy, mean loss) from one evaluation pass, chunk by chunk; None on a stop request.

    The loss tells over-fitting sooner than the accuracy: a network that grows over-confident on
    the images it misreads raises its validation loss while its accuracy still holds.
    """
    correct, total_loss = 0, 0.0
    for start in range(0, len(labels), EVAL_CHUNK):
        if control.stop_requested:
            return None
        part = slice(start, start + EVAL_CHUNK)
        scores = network.predict(x[part])
        correct += int(np.count_nonzero(scores.argmax(axis=1) == labels[part]))
        total_loss += network.loss_layer.forward(scores, labels[part]) * len(labels[part])
    network.release()
    n = max(len(labels), 1)
    return correct / n, total_loss / n


class _Pace:
    """Images per second over the last 50 batches, and from it the time a run has left."""

    def __init__(self, batch_size: int, start: float) -> None:
        self._batch_size = batch_size
        self._window: list[tuple[float, int]] = [(start, 0)]

    def rate(self, now: float, iteration: int) -> float:
        self._window.append((now, iteration))
        del self._window[:-50]
        t0, i0 = self._window[0]
        return (iteration - i0) * self._batch_size / (now - t0) if now > t0 else 0.0


class _LastFinite:
    """The newest finite weights, at most a second old: what a diverged run rolls back to."""

    def __init__(self, network: Network, now: float) -> None:
        self._state, self._time = network.state(), now

    def keep_if_due(self, network: Network, now: float) -> None:
        if now - self._time > 1.0 and _all_finite(network.params):
            self._state, self._time = network.state(), now

    def restore(self, network: Network) -> None:
        network.load_state(self._state)


class _BestEpoch:
    """The best epoch so far (by validation accuracy, else the training probe's) and its weights,
    and how many epochs have passed without improvement, for early stopping."""

    def __init__(self, early_stopping: EarlyStopping | None) -> None:
        self._early_stopping = early_stopping
        self.state: dict | None = None
        self.accuracy = -1.0
        self.epoch: int | None = None
        self.stale_epochs = 0

    def offer(self, network: Network, epoch: int, accuracy: float) -> None:
        min_delta = self._early_stopping.min_delta if self._early_stopping else 0.0
        if accuracy > self.accuracy + min_delta:
            self.accuracy, self.epoch, self.stale_epochs = accuracy, epoch, 0
            self.state = network.state()
        else:
            self.stale_epochs += 1

    @property
    def patience_ran_out(self) -> bool:
        return bool(self._early_stopping) and self.stale_epochs >= self._early_stopping.patience


@dataclass(frozen=True)
class _Split:
    """The training indices and the prepared validation and probe inputs of one run."""

    images: np.ndarray
    train_idx: np.ndarray
    val_x: np.ndarray | None
    val_y: np.ndarray
    probe_x: np.ndarray
    probe_y: np.ndarray


def _split(images: np.ndarray, labels: np.ndarray, input_spec: dict, config: TrainConfig,
           rng: np.random.Generator) -> _Split:
    """Hold out the validation share, add pen styles to the training part only, pick the probe
    of training images whose accuracy is reported beside the validation accuracy."""
    train_idx, val_idx = held_out_split(labels, config.validation_share, config.seed, config.stratified)
    if config.pen_styles:
        images = images.copy()
        images[train_idx] = add_pen_styles(images[train_idx], labels[train_idx], config.pen_styles, rng)
    val_x = prepare_input(images[val_idx], input_spec) if len(val_idx) else None
    probe = train_idx[rng.permutation(len(train_idx))[:config.eval_train_samples]]
    return _Split(images, train_idx, val_x, labels[val_idx], prepare_input(images[probe], input_spec),
                  labels[probe])


# Validation images the inactive-unit share is measured on: enough to tell a unit that never
# varies, few enough that a refresh's forward pass costs about 1 % of training at the default
# refresh (200 made the MLP's refresh cost 4 %, see benchmarks/diagnostics_cost.py).
DIAGNOSTICS_SAMPLE = 100


def _diagnostics_sample(split: _Split) -> np.ndarray:
    """Validation images when there are any (what the network has not trained on), else the probe."""
    return (split.val_x if split.val_x is not None else split.probe_x)[:DIAGNOSTICS_SAMPLE]


def _end_message(status: Status, best_epoch: int | None, restored: bool) -> str:
    messages = {
        Status.FINISHED: "training finished",
        Status.STOPPED: "stopped on request",
        Status.EARLY_STOPPED: f"early stopping: best epoch {best_epoch}",
        Status.DIVERGED: "the loss became infinite or NaN; weights were rolled back to the last finite "
                         "state. Try a smaller learning rate.",
    }
    return messages[status] + (f" (restored the weights of epoch {best_epoch})" if restored else "")


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
    split = _split(images, labels, input_spec, config, rng)
    images = split.images
    n_train = len(split.train_idx)
    ipe = max(1, math.ceil(n_train / config.batch_size))
    eval_points = {round(ipe * k / config.evals_per_epoch) for k in range(1, config.evals_per_epoch)} \
        if config.evals_per_epoch > 1 else set()
    weight_names = network.weight_names()

    epochs = config.epochs
    iteration, start = 0, time.perf_counter()
    pace, last_finite, best = _Pace(config.batch_size, start), _LastFinite(network, start), _BestEpoch(
        config.early_stopping)
    last_snapshot = last_diagnostics = start
    tracker = DiagnosticsTracker(network, _diagnostics_sample(split)) if config.diagnostics_interval else None
    status = Status.RUNNING

    def record(kind: str, loss: float, **extra) -> Progress:
        now = time.perf_counter()
        rate = pace.rate(now, iteration)
        remaining = epochs * ipe - iteration
        eta = remaining * config.batch_size / rate if rate > 0 else float("nan")
        return Progress(kind=kind, status=extra.pop("status", Status.RUNNING), epoch=epoch, epochs=epochs,
                        iteration=iteration, iterations_per_epoch=ipe, batch_loss=loss,
                        learning_rate=optimizer.lr, samples_per_sec=rate, elapsed=now - start, eta=eta,
                        best_epoch=best.epoch, best_val_accuracy=best.accuracy if best.epoch else None,
                        **extra)

    def measure() -> tuple[float, float | None, float | None] | None:
        """Probe accuracy, validation accuracy and loss, or None when a stop request arrives meanwhile."""
        train_acc = accuracy_unless_stopped(network, split.probe_x, split.probe_y, control)
        if train_acc is None or split.val_x is None:
            return None if train_acc is None else (train_acc, None, None)
        validation = accuracy_and_loss_unless_stopped(network, split.val_x, split.val_y, control)
        return None if validation is None else (train_acc, *validation)

    epoch, loss = 0, float("nan")
    while epoch < epochs and status == Status.RUNNING:
        epoch += 1
        order = split.train_idx[rng.permutation(n_train)]
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
                last_finite.restore(network)
                status = Status.DIVERGED
                break
            if tracker:  # the loss's own gradient, before decay and clipping change it
                tracker.add_step(network.grads)
            add_weight_decay(network.params, network.grads, weight_names, config.weight_decay)
            if config.clip_norm:
                clip_grad_norm(network.grads, config.clip_norm)
            optimizer.update(network.params, network.grads)
            iteration += 1
            now = time.perf_counter()
            last_finite.keep_if_due(network, now)
            snapshot = None
            if config.snapshot_interval and now - last_snapshot >= config.snapshot_interval:
                snapshot, last_snapshot = {n: p.copy() for n, p in network.params.items()}, now
            diagnostics = None
            if tracker and now - last_diagnostics >= config.diagnostics_interval:
                diagnostics, last_diagnostics = tracker.report(network), now
            yield record("batch", loss, snapshot=snapshot, diagnostics=diagnostics)
            if i + 1 in eval_points:
                measured = measure()
                if measured is None:
                    status = Status.STOPPED
                    break
                yield record("eval", loss, train_accuracy=measured[0], val_accuracy=measured[1],
                             val_loss=measured[2])
        if status != Status.RUNNING:
            break
        if not _all_finite(network.params):
            last_finite.restore(network)
            status = Status.DIVERGED
            break
        measured = measure()
        if measured is None:
            status = Status.STOPPED
            break
        train_acc, val_acc, val_loss = measured
        best.offer(network, epoch, val_acc if val_acc is not None else train_acc)
        message = ""
        if best.patience_ran_out:
            status = Status.EARLY_STOPPED
            message = f"no improvement for {best.stale_epochs} epochs"
        diagnostics = tracker.report(network) if tracker else None  # every epoch, so short runs get some
        if tracker:
            last_diagnostics = time.perf_counter()
        yield record("epoch", loss, train_accuracy=train_acc, val_accuracy=val_acc, val_loss=val_loss,
                     message=message, diagnostics=diagnostics)

    restore = best.state is not None and status != Status.DIVERGED and (
        (status == Status.EARLY_STOPPED and config.early_stopping.restore_best)
        or (config.keep_best and split.val_x is not None))
    if restore:
        network.load_state(best.state)
    if status == Status.RUNNING:
        status = Status.FINISHED
    yield record("end", loss, status=status, message=_end_message(status, best.epoch, restore))
