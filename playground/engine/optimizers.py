"""Optimizers from *Deep Learning from Scratch* ch. 6, updating parameter arrays in place.

``update(params, grads)`` takes the network's dicts (``W1``, ``b1``...). Arrays are modified in
place (never rebound) and per-parameter state is kept in preallocated buffers, so one step makes
no multi-megabyte temporaries. The learning rate is a plain attribute: a schedule or a person may
change it between steps.

``rate_scales`` maps parameter names to a factor on the learning rate, for transfer learning: 0
freezes a copied layer (the optimizer skips it, so its weights stay bit-identical), 0.1 fine-tunes it
slowly while the new head trains at the full rate. Every rule's step is proportional to its rate,
so the factor scales the step of each one.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from .errors import SpecError
from .fast.layers import check_spec_keys
from .fast.threads import run_in_groups


class Optimizer:
    kind: ClassVar[str] = ""
    allowed_keys: ClassVar[set[str]] = {"lr"}

    def __init__(self, lr: float = 0.01) -> None:
        self.lr = float(lr)
        self.rate_scales: dict[str, float] = {}
        self._scratch: dict[str, np.ndarray] = {}

    def spec(self) -> dict:
        spec = {"type": self.kind, "lr": self.lr}
        return {**spec, "rate_scales": dict(self.rate_scales)} if self.rate_scales else spec

    def _buffer(self, store: dict[str, np.ndarray], name: str, like: np.ndarray) -> np.ndarray:
        buf = store.get(name)
        if buf is None:
            buf = store[name] = np.zeros_like(like)
        return buf

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        rate = self._step_rate()
        for name, p in params.items():
            scale = self.rate_scales.get(name, 1.0)
            if scale:  # a frozen parameter is not touched, nor is its optimizer state
                self._step(name, p, grads[name], rate * scale)

    def _step_rate(self) -> float:
        """This step's learning rate before the per-parameter scale."""
        return self.lr

    def _step(self, name: str, p: np.ndarray, g: np.ndarray, lr: float) -> None:
        raise NotImplementedError


class SGD(Optimizer):
    """p -= lr * g."""

    kind = "sgd"

    def _step(self, name, p, g, lr):
        tmp = self._buffer(self._scratch, name, p)
        np.multiply(g, p.dtype.type(lr), out=tmp)
        p -= tmp


class Momentum(Optimizer):
    """v = momentum * v - lr * g;  p += v."""

    kind = "momentum"
    allowed_keys = {"lr", "momentum"}

    def __init__(self, lr: float = 0.01, momentum: float = 0.9) -> None:
        super().__init__(lr)
        self.momentum = float(momentum)
        self.v: dict[str, np.ndarray] = {}

    def spec(self):
        return {**super().spec(), "momentum": self.momentum}

    def _step(self, name, p, g, lr):
        v = self._buffer(self.v, name, p)
        v *= self.momentum
        tmp = self._buffer(self._scratch, name, p)
        np.multiply(g, p.dtype.type(lr), out=tmp)
        v -= tmp
        p += v


class Nesterov(Momentum):
    """Nesterov's accelerated gradient, in the reformulation Saito's book derives from
    Sutskever et al. (2013).

    Plain NAG evaluates the gradient at the look-ahead point theta + m*v. Tracking that point
    instead, p = theta + m*v, gives an update that needs only the gradient at p:

        p += m^2 * v - (1 + m) * lr * g      (with the old v)
        v  = m * v - lr * g

    Early printings of the book's code update ``v`` first and then move ``p`` with the new ``v``,
    which works out to p += m^3 * v - (1 + m + m^2) * lr * g: not Nesterov's method. The book's
    own repository later corrected the order; this is the corrected one.
    """

    kind = "nesterov"

    def _step(self, name, p, g, lr):
        v = self._buffer(self.v, name, p)
        m = self.momentum
        tmp = self._buffer(self._scratch, name, p)
        np.multiply(v, p.dtype.type(m * m), out=tmp)
        p += tmp
        np.multiply(g, p.dtype.type((1 + m) * lr), out=tmp)
        p -= tmp
        v *= m
        np.multiply(g, p.dtype.type(lr), out=tmp)
        v -= tmp


class AdaGrad(Optimizer):
    """h += g^2;  p -= lr * g / (sqrt(h) + 1e-7): each parameter's rate decays with its history."""

    kind = "adagrad"

    def __init__(self, lr: float = 0.01) -> None:
        super().__init__(lr)
        self.h: dict[str, np.ndarray] = {}

    def _step(self, name, p, g, lr):
        h = self._buffer(self.h, name, p)
        h += g * g
        tmp = self._buffer(self._scratch, name, p)
        np.sqrt(h, out=tmp)
        tmp += 1e-7
        np.divide(g, tmp, out=tmp)
        tmp *= lr
        p -= tmp


class RMSprop(Optimizer):
    """Like AdaGrad with an exponentially forgetting history: h = rho * h + (1 - rho) * g^2."""

    kind = "rmsprop"
    allowed_keys = {"lr", "decay_rate"}

    def __init__(self, lr: float = 0.01, decay_rate: float = 0.99) -> None:
        super().__init__(lr)
        self.decay_rate = float(decay_rate)
        self.h: dict[str, np.ndarray] = {}

    def spec(self):
        return {**super().spec(), "decay_rate": self.decay_rate}

    def _step(self, name, p, g, lr):
        h = self._buffer(self.h, name, p)
        tmp = self._buffer(self._scratch, name, p)
        np.multiply(g, g, out=tmp)
        tmp -= h
        tmp *= 1.0 - self.decay_rate
        h += tmp
        np.sqrt(h, out=tmp)
        tmp += 1e-7
        np.divide(g, tmp, out=tmp)
        tmp *= lr
        p -= tmp


class Adam(Optimizer):
    """Adam (Kingma & Ba) with bias correction folded into the step size, as Saito writes it:
    m += (1-b1)(g-m);  v += (1-b2)(g^2-v);  p -= lr_t * m / (sqrt(v) + eps)."""

    kind = "adam"
    allowed_keys = {"lr", "beta1", "beta2", "eps"}

    def __init__(self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-7) -> None:
        super().__init__(lr)
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        self.iter = 0
        self.m: dict[str, np.ndarray] = {}
        self.v: dict[str, np.ndarray] = {}

    def spec(self):
        return {**super().spec(), "beta1": self.beta1, "beta2": self.beta2, "eps": self.eps}

    def update(self, params, grads):
        self.iter += 1
        super().update(params, grads)

    def _step_rate(self) -> float:
        t = self.iter
        return self.lr * np.sqrt(1.0 - self.beta2 ** t) / (1.0 - self.beta1 ** t)

    def _step(self, name, p, g, lr):
        arrays = [p, g, self._buffer(self.m, name, p), self._buffer(self.v, name, p),
                  self._buffer(self._scratch, name, p)]
        if all(a.flags.c_contiguous for a in arrays):
            arrays = [a.reshape(-1) for a in arrays]  # views, so the updates land in place

        def update(part: slice) -> None:
            p, g, m, v, tmp = (a[part] for a in arrays)
            np.subtract(g, m, out=tmp)
            tmp *= 1.0 - self.beta1
            m += tmp
            np.multiply(g, g, out=tmp)
            tmp -= v
            tmp *= 1.0 - self.beta2
            v += tmp
            np.sqrt(v, out=tmp)
            tmp += self.eps
            np.divide(m, tmp, out=tmp)
            tmp *= lr
            p -= tmp

        # Twelve passes over five arrays: in cache-sized pieces each pass after the first hits the
        # cache instead of main memory, and the pieces are shared out over the threads.
        run_in_groups(update, arrays[0].shape[0], arrays[0][:1].nbytes * len(arrays))


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.kind: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam)
}


def build_optimizer(spec: dict) -> Optimizer:
    """Build an optimizer from ``{"type": "adam", "lr": 0.001, ...}``, rejecting unknown names and keys."""
    try:
        cls = OPTIMIZERS[spec["type"]]
    except KeyError:
        raise SpecError(f"unknown optimizer {spec.get('type')!r}; choose one of {', '.join(OPTIMIZERS)}") from None
    check_spec_keys(spec, cls.allowed_keys | {"rate_scales"})
    optimizer = cls(**{k: v for k, v in spec.items() if k not in ("type", "rate_scales")})
    optimizer.rate_scales = _rate_scales(spec.get("rate_scales") or {})
    return optimizer


def _rate_scales(scales: object) -> dict[str, float]:
    """Per-parameter learning-rate factors from a spec: names to numbers in 0..1 (0 = frozen)."""
    if not isinstance(scales, dict) or not all(isinstance(name, str) for name in scales):
        raise SpecError("optimizer: rate_scales must map parameter names to numbers")
    checked = {}
    for name, scale in scales.items():
        if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not 0.0 <= scale <= 1.0:
            raise SpecError(f"optimizer: the rate scale of {name!r} must be a number from 0 to 1, not {scale!r}")
        checked[name] = float(scale)
    return checked


def add_weight_decay(params: dict[str, np.ndarray], grads: dict[str, np.ndarray], names: list[str],
                     weight_decay: float) -> None:
    """L2 regularisation as the book adds it to the loss: grad += lambda * W (weights only)."""
    if weight_decay:
        for name in names:
            grads[name] += params[name].dtype.type(weight_decay) * params[name]


def clip_grad_norm(grads: dict[str, np.ndarray], max_norm: float) -> float:
    """Scale all gradients together so their global L2 norm is at most ``max_norm``; returns the norm."""
    total = float(np.sqrt(sum(float(np.vdot(g, g)) for g in grads.values())))
    if max_norm and total > max_norm:
        scale = max_norm / (total + 1e-12)
        for g in grads.values():
            g *= g.dtype.type(scale)
    return total
