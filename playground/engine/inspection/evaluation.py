"""A model's test-set results: confusion matrix, per-class accuracy, the confident mistakes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..training.modelfile import Model


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray, classes: int) -> np.ndarray:
    """Counts (K, K): row = true class, column = predicted class."""
    flat = np.asarray(labels, dtype=np.int64) * classes + np.asarray(predicted, dtype=np.int64)
    return np.bincount(flat, minlength=classes * classes).reshape(classes, classes)


def top_k(probabilities: np.ndarray, k: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` most probable classes per row, most probable first: (indices, probabilities)."""
    order = np.argsort(-probabilities, axis=1, kind="stable")[:, :k]
    return order, np.take_along_axis(probabilities, order, axis=1)


@dataclass(frozen=True, eq=False)
class Evaluation:
    """Probabilities (N, K) of a model on labelled images (N,), and what follows from them."""

    probabilities: np.ndarray
    labels: np.ndarray
    predicted: np.ndarray = field(init=False)
    confidence: np.ndarray = field(init=False)
    confusion: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        predicted = self.probabilities.argmax(axis=1)
        object.__setattr__(self, "predicted", predicted)
        object.__setattr__(self, "confidence", np.take_along_axis(self.probabilities, predicted[:, None], 1)[:, 0])
        object.__setattr__(self, "confusion", confusion_matrix(self.labels, predicted, self.probabilities.shape[1]))

    @property
    def accuracy(self) -> float:
        return float(np.trace(self.confusion) / max(1, self.confusion.sum()))

    def per_class_accuracy(self) -> np.ndarray:
        """Share of each true class classified correctly (NaN for a class without examples)."""
        totals = self.confusion.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.diag(self.confusion) / totals

    def row_percentages(self) -> np.ndarray:
        """The confusion matrix with each row as percentages of that true class (0 for empty rows)."""
        totals = self.confusion.sum(axis=1, keepdims=True)
        return 100.0 * self.confusion / np.maximum(totals, 1)

    def cell(self, true_class: int, predicted_class: int) -> np.ndarray:
        """Indices of the images of ``true_class`` predicted as ``predicted_class``, most confident first."""
        hits = np.flatnonzero((self.labels == true_class) & (self.predicted == predicted_class))
        return hits[np.argsort(-self.confidence[hits], kind="stable")]

    def most_confident_mistakes(self, limit: int | None = None) -> np.ndarray:
        """Indices of misclassified images, the most confidently wrong first."""
        wrong = np.flatnonzero(self.predicted != self.labels)
        return wrong[np.argsort(-self.confidence[wrong], kind="stable")][:limit]


def evaluate(model: Model, images: np.ndarray, labels: np.ndarray, batch_size: int = 500,
             report: Callable[[float], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Evaluation | None:
    """Classify uint8 ``images`` (N, 28, 28) in batches, reporting progress; None when cancelled."""
    if len(model.classes) != model.network.num_classes:
        raise ValueError("the model's class names do not match its outputs")
    chunks = []
    for start in range(0, len(images), batch_size):
        if cancelled is not None and cancelled():
            return None
        chunks.append(model.probabilities(images[start:start + batch_size]))
        if report is not None:
            report(min(1.0, (start + batch_size) / len(images)))
    probabilities = np.concatenate(chunks) if chunks else np.zeros((0, model.network.num_classes), np.float32)
    return Evaluation(probabilities, np.asarray(labels, dtype=np.int64))
