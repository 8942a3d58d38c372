"""Output layers that turn scores and integer labels into a loss and its gradient.

Training always hands the loss integer labels; each loss encodes its own targets (one-hot for
cross-entropy, Rashid's 0.01 / 0.99 for his sigmoid net), so datasets stay in one form.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from .errors import SpecError
from .fast.layers import check_spec_keys


def softmax(x: np.ndarray) -> np.ndarray:
    """Row-wise softmax with the maximum subtracted first, so exp never overflows. x: (N, K)."""
    z = x - x.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z


def one_hot(labels: np.ndarray, classes: int, low: float = 0.0, high: float = 1.0,
            dtype: np.dtype = np.float32) -> np.ndarray:
    """Integer labels (N,) -> targets (N, classes) filled with ``low`` and ``high`` at the label."""
    t = np.full((labels.shape[0], classes), low, dtype=dtype)
    t[np.arange(labels.shape[0]), labels] = high
    return t


class Loss:
    """Base: ``forward(scores, labels) -> float`` then ``backward() -> dscores``."""

    kind: ClassVar[str] = ""
    allowed_keys: ClassVar[set[str]] = set()

    @classmethod
    def from_spec(cls, spec: dict) -> "Loss":
        check_spec_keys(spec, cls.allowed_keys)
        return cls(**{k: v for k, v in spec.items() if k != "type"})

    def spec(self) -> dict[str, Any]:
        return {"type": self.kind}

    def forward(self, scores: np.ndarray, labels: np.ndarray) -> float:
        raise NotImplementedError

    def backward(self) -> np.ndarray:
        raise NotImplementedError

    def probabilities(self, scores: np.ndarray) -> np.ndarray:
        """Class probabilities (rows sum to 1) for display and classification."""
        raise NotImplementedError


class SoftmaxCrossEntropy(Loss):
    """Softmax followed by cross-entropy, averaged over the batch (Saito's SoftmaxWithLoss).

    Together their gradient is simply (y - t) / N.
    """

    kind = "softmax-cross-entropy"

    def forward(self, scores, labels):
        self._y = softmax(scores)
        n = scores.shape[0]
        self._picked = (np.arange(n), labels)
        p = self._y[self._picked]
        p += 1e-7
        return float(-np.log(p, out=p).sum() / n)

    def backward(self):
        d = self._y.copy()
        d[self._picked] -= 1.0
        d /= d.shape[0]
        return d

    def probabilities(self, scores):
        return softmax(scores)


class MeanSquaredError(Loss):
    """0.5 * sum((y - t)^2) per sample, averaged over the batch.

    With one sample per step this is exactly the error Rashid's ``train()`` backpropagates:
    ``output_errors = targets - final_outputs``. ``target_low`` / ``target_high`` are 0.01 / 0.99 for
    his sigmoid outputs, which can never reach 0 or 1.
    """

    kind = "mse"
    allowed_keys = {"target_low", "target_high"}

    def __init__(self, target_low: float = 0.0, target_high: float = 1.0) -> None:
        if not target_low < target_high:
            raise SpecError("mse: target_low must be below target_high")
        self.target_low, self.target_high = float(target_low), float(target_high)

    def spec(self):
        return {"type": self.kind, "target_low": self.target_low, "target_high": self.target_high}

    def forward(self, scores, labels):
        t = one_hot(labels, scores.shape[1], self.target_low, self.target_high, scores.dtype)
        self._diff = scores - t
        return float(0.5 * np.sum(self._diff * self._diff) / scores.shape[0])

    def backward(self):
        return self._diff / self._diff.shape[0]

    def probabilities(self, scores):
        """Outputs clipped at 0 and normalised to sum to 1: sigmoid outputs are not a distribution."""
        p = np.clip(scores, 1e-12, None)
        return p / p.sum(axis=1, keepdims=True)


LOSS_TYPES: dict[str, type[Loss]] = {cls.kind: cls for cls in (SoftmaxCrossEntropy, MeanSquaredError)}


def build_loss(spec: dict) -> Loss:
    """Build a loss from its spec, rejecting unknown types."""
    try:
        cls = LOSS_TYPES[spec["type"]]
    except KeyError:
        raise SpecError(f"unknown loss {spec.get('type')!r}; choose one of {', '.join(LOSS_TYPES)}") from None
    return cls.from_spec(spec)
