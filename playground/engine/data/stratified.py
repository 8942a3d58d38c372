"""A validation split that holds out the same share of every class.

With a few dozen examples of each class a plain random split can leave a class out of the
validation part (its accuracy is then never measured) or out of training; holding out the share
class by class keeps every class with two or more examples in both parts.
"""

from __future__ import annotations

import numpy as np

from ..errors import SpecError
from .datasets import validation_split


def _ranks_in_class(labels: np.ndarray, order: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For ``order`` listing the items class by class: each class's count, and for each position in
    ``order`` its class's index and its rank within that class (0 for the class's first)."""
    _, starts, counts = np.unique(labels[order], return_index=True, return_counts=True)
    per_item = np.repeat(np.arange(len(counts)), counts)
    return counts, per_item, np.arange(len(order)) - starts[per_item]


def stratified_split(labels: np.ndarray, share: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Shuffled index arrays (train_idx, val_idx) with about ``share`` of each class held out.

    A class with at least two examples gives at least one to each part; a class with one example
    keeps it for training. Deterministic for the same labels, share and seed.
    """
    if not 0.0 <= share < 1.0:
        raise SpecError(f"validation share must be at least 0 and below 1, got {share}")
    labels = np.asarray(labels)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(labels))
    order = order[np.argsort(labels[order], kind="stable")]  # grouped by class, random within
    counts, per_item, rank = _ranks_in_class(labels, order)
    held = np.round(counts * share).astype(np.int64)
    if share > 0:
        held = np.clip(held, np.minimum(1, counts - 1), counts - 1)
    is_val = rank < held[per_item]
    return rng.permutation(order[~is_val]), rng.permutation(order[is_val])


def held_out_split(labels: np.ndarray, share: float, seed: int, stratified: bool) -> tuple[np.ndarray, np.ndarray]:
    """(train_idx, val_idx) as a training run splits its images: the one place that decides, so a
    run's held-out images can be found again later from its recorded share, seed and mode."""
    if stratified:
        return stratified_split(labels, share, seed)
    return validation_split(len(labels), share, seed)


def first_per_class(labels: np.ndarray, count: int) -> np.ndarray:
    """Indices of ``count`` images (all of them if fewer) that keep every class's share: each
    class gives its first images, in file order.

    "Train on the first N images" suits MNIST, whose files are mixed; a person's folder is read
    class by class, and its first N images could hold one class only. Shares are rounded by
    largest remainder, and every class keeps at least one image while ``count`` allows.
    """
    labels = np.asarray(labels)
    if count >= len(labels):
        return np.arange(len(labels))
    order = np.argsort(labels, kind="stable")  # class by class, file order within
    counts, per_item, rank = _ranks_in_class(labels, order)
    exact = counts * (count / len(labels))
    keep = np.floor(exact).astype(np.int64)
    if count >= len(counts):
        keep = np.maximum(keep, 1)
    spare = count - int(keep.sum())
    if spare > 0:
        keep[np.argsort(keep - exact, kind="stable")[:spare]] += 1
    elif spare < 0:  # the one-image floor overshot: take back from the largest shares
        for _ in range(-spare):
            keep[np.argmax(keep)] -= 1
    return np.sort(order[rank < keep[per_item]])
