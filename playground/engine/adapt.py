"""Fine-tune a copy of a model on the user's own drawings: "adapt to my writing".

A few hundred small steps on batches that mix the user's drawings (freshly distorted each time,
so a dozen drawings are not simply memorised) with MNIST training images ("replay"): the replay
keeps the network reading everybody's digits while it learns one person's. The tuned weights are
then moved back towards the original ones just far enough that MNIST accuracy holds on one half
of the MNIST test set (the guard); the other half measures the cost, which
``benchmarks/adapt_to_writing.py`` puts at a few hundredths of a point. Before/after accuracy on
the user's drawings is measured on drawings the fine-tuning did not see: a stratified held-out
share when there are enough, k-fold cross-validation when there are few; the personal model
itself is then fine-tuned on all of them. ``adapt`` is a generator of progress records, so a worker thread can show
progress and stop it between any two steps.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from ..paths import data_dir
from .data.augment import Augmentation
from .errors import PlaygroundError
from .data.network_input import prepare_input
from .training.modelfile import Model, save_model
from .optimizers import build_optimizer
from .training.rules import GRADIENT_RULES

#: Fewer drawings than this teach nothing measurable.
MIN_DRAWINGS = 10
#: From this many drawings on, one held-out share is enough; below, k-fold cross-validation.
HOLDOUT_FROM = 30
EVAL_CHUNK = 500
PERSONAL_SUFFIX = "-personal"


@dataclass(frozen=True)
class AdaptConfig:
    """How long and how gently to fine-tune; the defaults keep the MNIST drop under 0.3 pp."""

    steps: int = 200
    batch_size: int = 32
    user_share: float = 0.25           # of every batch: the user's drawings, the rest MNIST replay
    optimizer: dict = field(default_factory=lambda: {"type": "momentum", "lr": 0.01})
    guard: int = 5000                  # MNIST test images that choose the blend (never reported)
    max_drop: float = 0.003            # largest MNIST accuracy drop accepted on the guard images
    blends: tuple[float, ...] = (1.0, 0.75, 0.5, 0.35, 0.25)
    replay: int = 10_000               # MNIST training images the replay draws from
    mnist_test: int = 5000             # MNIST test images, after the guard ones, scored before and after
    folds: int = 5
    holdout_share: float = 0.2
    augment: dict = field(default_factory=lambda: {"rotation": 8.0, "shift": 2.0, "scale": 0.1})
    seed: int = 0


@dataclass(frozen=True)
class AdaptResult:
    """The personal model and the figures that judge it (accuracies in 0..1)."""

    model: Model
    drawings: int
    held_out: int                      # drawings scored before/after (each exactly once)
    folds: int                         # 1: one held-out share; k: k-fold cross-validation
    user_before: float
    user_after: float
    mnist_before: float
    mnist_after: float
    mnist_images: int
    blend: float                       # share of the fine-tuning kept in the final weights


@dataclass(frozen=True)
class AdaptProgress:
    """``fraction`` of the whole job done; ``result`` is set on the last record only."""

    fraction: float
    result: AdaptResult | None = None


class AdaptError(PlaygroundError):
    """The drawings cannot teach the model (too few, or labels it has no class for)."""


def class_indices(model: Model, labels: list[str]) -> np.ndarray:
    """Drawing labels (class names) as the model's class indices."""
    index = {name: i for i, name in enumerate(model.classes)}
    unknown = sorted(set(labels) - set(index))
    if unknown:
        raise AdaptError(f"{model.name} has no class {', '.join(map(repr, unknown))}; its classes are "
                         f"{', '.join(model.classes)}")
    return np.array([index[name] for name in labels], dtype=np.int64)


def stratified_folds(labels: np.ndarray, folds: int, seed: int) -> np.ndarray:
    """A fold number per drawing, each class dealt round-robin over the folds in shuffled order."""
    order = np.random.default_rng(seed).permutation(len(labels))
    by_class = order[np.argsort(labels[order], kind="stable")]
    fold = np.empty(len(labels), dtype=np.int64)
    fold[by_class] = np.arange(len(labels)) % folds
    return fold


def _evaluation_folds(labels: np.ndarray, config: AdaptConfig) -> tuple[np.ndarray, list[int]]:
    """Fold numbers and the folds to hold out: one share from HOLDOUT_FROM drawings, else all k."""
    if len(labels) >= HOLDOUT_FROM:
        share = max(2, round(1 / config.holdout_share))
        return stratified_folds(labels, share, config.seed), [0]
    return stratified_folds(labels, config.folds, config.seed), list(range(config.folds))


def _accuracy(model: Model, images: np.ndarray, labels: np.ndarray) -> Iterator[int]:
    """Correct answers chunk by chunk (yields each chunk's count), so a stop is heard quickly."""
    network = model.network
    for start in range(0, len(labels), EVAL_CHUNK):
        part = slice(start, start + EVAL_CHUNK)
        predicted = network.predict(prepare_input(images[part], model.input)).argmax(axis=1)
        yield int(np.sum(predicted == labels[part]))
    network.release()


def _fine_tune(model: Model, images: np.ndarray, labels: np.ndarray, replay_images: np.ndarray,
               replay_labels: np.ndarray, config: AdaptConfig, seed: int) -> Iterator[Model]:
    """Fine-tune a copy of ``model``; yields it after every step (the same object each time)."""
    network = model.network.copy()
    network.reseed(seed)
    tuned = Model(network, model.meta, {})
    gradient = GRADIENT_RULES[str(model.meta.get("training", {}).get("rule", "backprop"))
                              if isinstance(model.meta.get("training"), dict) else "backprop"]
    optimizer = build_optimizer(config.optimizer)
    augmentation = Augmentation.from_dict(config.augment)
    rng = np.random.default_rng(seed)
    own = max(1, round(config.batch_size * config.user_share))
    for _ in range(config.steps):
        mine = rng.integers(0, len(labels), own)
        theirs = rng.integers(0, len(replay_labels), config.batch_size - own)
        x = np.concatenate([augmentation.apply(images[mine], rng), replay_images[theirs]])
        y = np.concatenate([labels[mine], replay_labels[theirs]])
        gradient(network, prepare_input(x, model.input), y)
        optimizer.update(network.params, network.grads)
        yield tuned
    network.release()


def _blend_back(model: Model, tuned: Model, guard: tuple[np.ndarray, np.ndarray], guard_right: int,
                config: AdaptConfig) -> Iterator[float | None]:
    """Move the tuned weights back towards the model's own until MNIST holds on the guard images.

    Fine-tuning on a few drawings shifts every weight a little, and a drawing style that looks
    like another digit pulls further; ``model + blend * (tuned - model)`` keeps most of what was
    learnt while reading MNIST as before (weight-space ensembling, as in WiSE-FT). Yields None
    after each guard chunk and finally the blend chosen (the largest that costs at most
    ``max_drop``, else the smallest tried); ``tuned`` then holds the blended weights.
    """
    own, learnt = model.network.state(), tuned.network.state()
    allowed = guard_right - config.max_drop * len(guard[1])
    for blend in config.blends:
        tuned.network.load_state({name: own[name] + np.float32(blend) * (learnt[name] - own[name])
                                  for name in own})
        right = 0
        for correct in _accuracy(tuned, *guard):
            right += correct
            yield None
        if right >= allowed:
            break
    yield blend


def adapt(model: Model, images: np.ndarray, labels: np.ndarray, mnist_train: tuple[np.ndarray, np.ndarray],
          mnist_test: tuple[np.ndarray, np.ndarray], config: AdaptConfig = AdaptConfig()) -> Iterator[AdaptProgress]:
    """Fine-tune a copy of ``model`` on the user's drawings ``images`` (N, 28, 28) uint8, ink high,
    with class indices ``labels``; MNIST pairs (images, labels) supply the replay (training set),
    the guard images and the reported test (two disjoint parts of the test set).

    Yields progress after every step; the last record carries the AdaptResult. Stop iterating to
    cancel: nothing is left behind. ``model`` itself is never changed.
    """
    images, labels = np.asarray(images, dtype=np.uint8), np.asarray(labels, dtype=np.int64)
    if len(labels) < MIN_DRAWINGS:
        raise AdaptError(f"adapting needs at least {MIN_DRAWINGS} drawings, there are {len(labels)}")
    if images.shape != (len(labels), 28, 28):
        raise AdaptError(f"drawings must be (N, 28, 28) images, not {images.shape}")
    replay = np.random.default_rng(config.seed).permutation(len(mnist_train[1]))[:config.replay]
    replay_images, replay_labels = mnist_train[0][replay], mnist_train[1][replay]
    # The model has learnt MNIST's training images nearly by heart, so they cannot show what it
    # forgets: one part of the test set chooses the blend and the rest, untouched, is reported.
    guard = tuple(part[:config.guard] for part in mnist_test)
    test_images, test_labels = (part[config.guard:config.guard + config.mnist_test] for part in mnist_test)
    if not len(test_labels) or not len(guard[1]):
        raise AdaptError(f"the MNIST test set has {len(mnist_test[1])} images, too few for a guard of "
                         f"{config.guard} and a test")
    fold, held_out = _evaluation_folds(labels, config)
    fits = len(held_out) + 1

    def chunks(n: int) -> int:
        return -(-n // EVAL_CHUNK)

    # The blending usually stops at its first or second try, so the bar may jump near the end.
    total = (fits * (config.steps + len(config.blends) * chunks(len(guard[1]))) + chunks(len(guard[1]))
             + 2 * chunks(len(test_labels)))
    done = 0

    def step() -> AdaptProgress:
        nonlocal done
        done += 1
        return AdaptProgress(min(done / total, 0.999))

    guard_right = 0
    for correct in _accuracy(model, *guard):
        guard_right += correct
        yield step()
    mnist_before = 0
    for correct in _accuracy(model, test_images, test_labels):
        mnist_before += correct
        yield step()

    def fit(train: np.ndarray, seed: int) -> Iterator[AdaptProgress | float]:
        """Progress records, then the tuned model's blend; leaves the model in ``fitted``."""
        nonlocal fitted
        for fitted in _fine_tune(model, images[train], labels[train], replay_images, replay_labels,
                                 config, seed):
            yield step()
        for blend in _blend_back(model, fitted, guard, guard_right, config):
            yield step() if blend is None else blend

    fitted = model
    before_right = after_right = scored = 0
    for k in held_out:
        train, test = fold != k, fold == k
        yield from (r for r in fit(train, config.seed + 1 + k) if isinstance(r, AdaptProgress))
        before_right += sum(_accuracy(model, images[test], labels[test]))
        after_right += sum(_accuracy(fitted, images[test], labels[test]))
        scored += int(test.sum())
    blend = 1.0
    for record in fit(np.ones(len(labels), dtype=bool), config.seed):
        if isinstance(record, AdaptProgress):
            yield record
        else:
            blend = record
    mnist_after = 0
    for correct in _accuracy(fitted, test_images, test_labels):
        mnist_after += correct
        yield step()
    n_test = max(len(test_labels), 1)
    result = AdaptResult(personal_model(model, fitted, len(labels), config, mnist_after / n_test),
                         len(labels), scored, len(held_out), before_right / scored, after_right / scored,
                         mnist_before / n_test, mnist_after / n_test, len(test_labels), blend)
    result.model.meta["metrics"]["personal"] = {
        "drawings": result.drawings, "held_out": result.held_out, "folds": result.folds,
        "user_before": result.user_before, "user_after": result.user_after,
        "mnist_before": result.mnist_before, "mnist_after": result.mnist_after, "blend": blend}
    yield AdaptProgress(1.0, result)


def personal_model(base: Model, tuned: Model, drawings: int, config: AdaptConfig, mnist_accuracy: float) -> Model:
    """The tuned network with a header saying what it was adapted from and how."""
    name = base.name if base.name.endswith(PERSONAL_SUFFIX) else base.name + PERSONAL_SUFFIX
    metrics = {"test_accuracy": mnist_accuracy}
    training = {**(base.meta.get("training") if isinstance(base.meta.get("training"), dict) else {}),
                "adapted_from": base.name, "adapted_on_drawings": drawings, "adapt": asdict(config),
                "adapted": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")}
    meta = {**base.meta, "name": name, "metrics": metrics, "training": training}
    return Model(tuned.network, meta, {})


def personal_models_folder() -> Path:
    return data_dir() / "models"


def personal_model_path(model: Model, folder: Path | None = None) -> Path:
    """Where a personal model is kept: one file per base model, replaced by the next adaptation."""
    stem = re.sub(r"[^0-9A-Za-z._-]+", "_", model.name).strip("._") or "model"
    return (folder or personal_models_folder()) / f"{stem}.npz"


def save_personal_model(model: Model, folder: Path | None = None) -> Path:
    """Save atomically in the user's data folder; returns the path."""
    return save_model(personal_model_path(model, folder), model)
