"""Layers with forward and backward side by side, in the vocabulary of *Deep Learning from Scratch*.

The protocol every layer follows (convolution and pooling in ``conv.py`` follow it too):

- ``params`` / ``grads``: dicts keyed by local names (``"W"``, ``"b"``, ``"gamma"``...). The network
  renames them ``W1``, ``b1``... as the book does. Arrays are updated in place, never rebound, so a
  view or an optimizer that holds them stays valid after a reload.
- ``buffers``: non-trained state that a model file must keep (BatchNorm's running statistics).
- ``forward(x, train)`` caches exactly what ``backward(dout)`` needs. ``backward`` never writes into
  ``dout``. When ``needs_input_grad`` is False (the first layer) it may return ``None``.
- ``from_spec(spec, input_shape, rng, dtype)`` builds a layer from its plain-dict spec and
  ``output_shape`` tells the next layer its input shape (per sample, without the batch axis).
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from ..errors import SpecError
from ..initializers import initialize
from .threads import matmul_long_inner, run_in_groups


def batch_innermost(x: np.ndarray) -> bool:
    """Whether a batch of several samples is laid out with the batch axis (0) innermost."""
    return x.shape[0] > 1 and x.strides[0] == x.itemsize


def _memory_order(x: np.ndarray) -> tuple[int, ...]:
    """The axes of ``x`` from outermost to innermost in memory."""
    return tuple(sorted(range(x.ndim), key=lambda axis: -x.strides[axis]))


def check_spec_keys(spec: dict, allowed: set[str], required: set[str] = frozenset()) -> None:
    """Reject typos in a spec: an unknown key is an error, never silently ignored."""
    kind = spec.get("type", "?")
    unknown = set(spec) - allowed - {"type"}
    if unknown:
        raise SpecError(f"layer {kind!r}: unknown key(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
    missing = required - set(spec)
    if missing:
        raise SpecError(f"layer {kind!r}: missing key(s) {sorted(missing)}")


class Layer:
    """Base class: a layer without parameters whose output has its input's shape."""

    kind: ClassVar[str] = ""
    allowed_keys: ClassVar[set[str]] = set()
    #: Attributes in which ``forward`` keeps what ``backward`` needs (see ``release``).
    saved_for_backward: ClassVar[tuple[str, ...]] = ()
    #: Whether ``forward`` / ``backward`` take ``into=``, an array (a view) to write their
    #: result in: the next layer's ``input_destination`` / the previous one's ``gradient_destination``.
    forward_writes_into: ClassVar[bool] = False
    backward_writes_into: ClassVar[bool] = False

    def __init__(self) -> None:
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        self.buffers: dict[str, np.ndarray] = {}
        self.needs_input_grad = True
        self._workspace: dict[str, np.ndarray] = {}

    @classmethod
    def from_spec(cls, spec: dict, input_shape: tuple, rng: np.random.Generator, dtype: np.dtype) -> "Layer":
        check_spec_keys(spec, cls.allowed_keys)
        return cls()

    def spec(self) -> dict[str, Any]:
        """The plain-dict spec that rebuilds this layer."""
        return {"type": self.kind}

    def output_shape(self, input_shape: tuple) -> tuple:
        return tuple(input_shape)

    def multiply_adds(self, input_shape: tuple) -> int:
        """Multiply-adds of this layer's matrix products for one sample (none for most layers)."""
        return 0

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        raise NotImplementedError

    def _buffer(self, name: str, shape: tuple, dtype: np.dtype, fill: float | None = None,
                cached: bool = True) -> np.ndarray:
        """A scratch array kept between training steps: re-allocating multi-MB arrays every step
        costs page faults. ``fill`` initialises a new buffer (padding borders and the like stay as
        set). Evaluation (``cached=False``) gets fresh arrays, so results it hands out stay valid.
        """
        buf = self._workspace.get(name) if cached else None
        if buf is None or buf.shape != shape or buf.dtype != dtype:
            buf = np.empty(shape, dtype=dtype) if fill is None else np.full(shape, fill, dtype)
            if cached:
                self._workspace[name] = buf
        return buf

    def _buffer_like(self, name: str, like: np.ndarray, dtype: np.dtype | type | None = None,
                     cached: bool = True) -> np.ndarray:
        """Like ``_buffer``, shaped and laid out in memory like ``like`` (see conv.py on layouts)."""
        dtype = like.dtype if dtype is None else np.dtype(dtype)
        buf = self._workspace.get(name) if cached else None
        if (buf is None or buf.shape != like.shape or buf.dtype != dtype
                or (buf.strides != like.strides and _memory_order(buf) != _memory_order(like))):
            buf = np.empty_like(like, dtype=dtype)
            if cached:
                self._workspace[name] = buf
        return buf

    def backward(self, dout: np.ndarray) -> np.ndarray | None:
        raise NotImplementedError

    def input_destination(self, batch: int, train: bool) -> np.ndarray | None:
        """An array the previous layer may write this layer's input into to save a copy (see
        ``Convolution``); None: this layer gains nothing from it."""
        return None

    def gradient_destination(self, batch: int) -> np.ndarray | None:
        """Likewise for the gradient of this layer's output, written by the next layer's backward."""
        return None

    def release(self) -> None:
        """Drop what the last pass kept for ``backward``: after evaluating a large batch that is
        hundreds of MB nobody will use. Kept training buffers stay."""
        for name in self.saved_for_backward:
            setattr(self, name, None)


class Rectified:
    """A layer and the ReLU right after it, run as one step of a network's pass.

    The layer applies the ReLU to each part of its output while the part is in cache, and the
    ReLU's gradient gate the same way in backward: two passes over a whole activation saved each
    way. Both layers stay in the network as they are; this only changes how a pass runs them
    (see ``network.run_order``). The layer's ``forward`` takes ``rectify=True``.
    """

    forward_writes_into = True

    def __init__(self, layer: Layer) -> None:
        self.layer = layer
        self.kind = f"{layer.kind}+relu"
        self.backward_writes_into = layer.backward_writes_into

    @property
    def needs_input_grad(self) -> bool:
        return self.layer.needs_input_grad

    @needs_input_grad.setter
    def needs_input_grad(self, value: bool) -> None:
        self.layer.needs_input_grad = value

    def forward(self, x: np.ndarray, train: bool = True, into: np.ndarray | None = None) -> np.ndarray:
        return self.layer.forward(x, train, rectify=True, into=into)

    def backward(self, dout: np.ndarray, into: np.ndarray | None = None) -> np.ndarray | None:
        return self.layer.backward(dout) if into is None else self.layer.backward(dout, into=into)

    def input_destination(self, batch: int, train: bool) -> np.ndarray | None:
        return self.layer.input_destination(batch, train)

    def gradient_destination(self, batch: int) -> np.ndarray | None:
        return self.layer.gradient_destination(batch)


class Affine(Layer):
    """Fully connected: ``out = x @ W + b``; x: (N, D) -> (N, units). W: (D, units)."""

    kind = "affine"
    saved_for_backward = ("_x",)
    allowed_keys = {"units", "init", "bias"}

    def __init__(self, in_features: int, units: int, rng: np.random.Generator, dtype: np.dtype,
                 init: str = "he", bias: bool = True) -> None:
        super().__init__()
        self.units, self.init, self.bias = int(units), init, bool(bias)
        self.params["W"] = initialize(init, rng, (in_features, units), in_features, units, dtype)
        self.grads["W"] = np.zeros_like(self.params["W"])
        if self.bias:
            self.params["b"] = np.zeros(units, dtype=dtype)
            self.grads["b"] = np.zeros_like(self.params["b"])
        self._x: np.ndarray | None = None

    @classmethod
    def from_spec(cls, spec, input_shape, rng, dtype):
        check_spec_keys(spec, cls.allowed_keys, {"units"})
        if len(input_shape) != 1:
            raise SpecError(f"affine expects flat input, got shape {input_shape}; add a 'flatten' layer first")
        return cls(input_shape[0], spec["units"], rng, dtype, spec.get("init", "he"), spec.get("bias", True))

    def spec(self):
        return {"type": self.kind, "units": self.units, "init": self.init, "bias": self.bias}

    def output_shape(self, input_shape):
        return (self.units,)

    def multiply_adds(self, input_shape):
        return int(input_shape[0]) * self.units

    def forward(self, x, train=True):
        self._x = x
        out = matmul_long_inner(x, self.params["W"])
        if self.bias:
            out += self.params["b"]
        return out

    def backward(self, dout):
        np.matmul(self._x.T, dout, out=self.grads["W"])
        if self.bias:
            # A matrix-vector product is one BLAS call, faster than a reduction over the batch axis.
            ones = self._buffer("ones", (dout.shape[0],), dout.dtype, fill=1)
            np.matmul(ones, dout, out=self.grads["b"])
        if not self.needs_input_grad:
            return None
        if batch_innermost(self._x):
            # Hand back the gradient in the input's memory order (see Flatten).
            return (self.params["W"] @ dout.T).T
        return dout @ self.params["W"].T


class Sigmoid(Layer):
    """Logistic function, computed as 0.5 * (1 + tanh(x / 2)): stable for large |x|, no overflow."""

    kind = "sigmoid"
    saved_for_backward = ("_out",)

    def forward(self, x, train=True):
        out = np.multiply(x, 0.5)
        np.tanh(out, out=out)
        out += 1.0
        out *= 0.5
        self._out = out
        return out

    def backward(self, dout):
        y = self._out
        dx = np.subtract(1.0, y, dtype=y.dtype)
        dx *= y
        dx *= dout
        return dx


class ReLU(Layer):
    """max(0, x); the gradient passes where the input was positive."""

    kind = "relu"
    saved_for_backward = ("_mask", "_out")
    forward_writes_into = True

    def forward(self, x, train=True, into: np.ndarray | None = None):
        if not train:
            # Evaluation rarely goes backward (saliency maps), so it skips the mask and lets
            # backward derive it from the output: one pass less per batch when classifying.
            self._mask = None
            self._out = np.maximum(x, 0, out=into)
            return self._out
        mask = self._buffer_like("mask", x, bool)
        out = self._buffer_like("out", x) if into is None else into

        def rectify(part: slice) -> None:
            np.greater(x[:, part], 0, out=mask[:, part])
            np.maximum(x[:, part], 0, out=out[:, part])

        run_in_groups(rectify, x.shape[1], x.nbytes // x.shape[1])
        self._mask = mask
        return out

    def backward(self, dout):
        if self._mask is None:
            return dout * (self._out > 0)
        mask, dx = self._mask, self._buffer_like("dx", dout)

        def gate(part: slice) -> None:
            np.multiply(dout[:, part], mask[:, part], out=dx[:, part])

        run_in_groups(gate, dout.shape[1], dout.nbytes // dout.shape[1])
        return dx


class LeakyReLU(Layer):
    """x where positive, alpha * x elsewhere, so no unit is ever completely dead."""

    kind = "leaky-relu"
    saved_for_backward = ("_mask",)
    allowed_keys = {"alpha"}

    def __init__(self, alpha: float = 0.01) -> None:
        super().__init__()
        self.alpha = float(alpha)

    @classmethod
    def from_spec(cls, spec, input_shape, rng, dtype):
        check_spec_keys(spec, cls.allowed_keys)
        return cls(spec.get("alpha", 0.01))

    def spec(self):
        return {"type": self.kind, "alpha": self.alpha}

    def forward(self, x, train=True):
        self._mask = x > 0
        return np.where(self._mask, x, x * x.dtype.type(self.alpha))

    def backward(self, dout):
        return np.where(self._mask, dout, dout * dout.dtype.type(self.alpha))


class Tanh(Layer):
    """Hyperbolic tangent; derivative 1 - tanh^2."""

    kind = "tanh"
    saved_for_backward = ("_out",)

    def forward(self, x, train=True):
        self._out = np.tanh(x)
        return self._out

    def backward(self, dout):
        return dout * (1.0 - self._out * self._out)


class Flatten(Layer):
    """(N, C, H, W) -> (N, C*H*W), so convolutional features can feed an affine layer."""

    kind = "flatten"

    def output_shape(self, input_shape):
        return (int(np.prod(input_shape)),)

    def forward(self, x, train=True):
        self._shape = x.shape
        n = x.shape[0]
        self._batch_last = batch_innermost(x)
        if self._batch_last:
            # A convolution's batch-last output flattens without a copy, as the transpose of
            # (C*H*W, N); the affine layer's products take the transpose as it is.
            return x.transpose(*range(1, x.ndim), 0).reshape(-1, n).T
        return x.reshape(n, -1)

    def backward(self, dout):
        if self._batch_last:
            n, *features = self._shape
            return dout.T.reshape(*features, n).transpose(len(features), *range(len(features)))
        return dout.reshape(self._shape)


class Dropout(Layer):
    """Inverted dropout: in training each unit is zeroed with probability ``rate`` and the survivors
    scaled by 1/(1-rate), so evaluation needs no rescaling."""

    kind = "dropout"
    saved_for_backward = ("_mask",)
    allowed_keys = {"rate"}

    def __init__(self, rate: float, rng: np.random.Generator) -> None:
        super().__init__()
        if not 0.0 <= rate < 1.0:
            raise SpecError(f"dropout rate must be in [0, 1), got {rate}")
        self.rate = float(rate)
        self.rng = rng

    @classmethod
    def from_spec(cls, spec, input_shape, rng, dtype):
        check_spec_keys(spec, cls.allowed_keys, {"rate"})
        return cls(spec["rate"], rng)

    def spec(self):
        return {"type": self.kind, "rate": self.rate}

    def forward(self, x, train=True):
        if not train or self.rate == 0.0:
            self._mask = None
            return x
        keep = self.rng.random(x.shape, dtype=np.float32) >= self.rate
        self._mask = keep * x.dtype.type(1.0 / (1.0 - self.rate))
        return x * self._mask

    def backward(self, dout):
        return dout if self._mask is None else dout * self._mask


class BatchNorm(Layer):
    """Batch normalisation over the batch (and, for images, spatial) axes.

    In training it normalises with the batch's statistics and updates running averages; in
    evaluation it uses the running averages, so one image is classified the same way alone or in a
    batch. Input (N, D) or (N, C, H, W); statistics are per feature or per channel.
    """

    kind = "batchnorm"
    saved_for_backward = ("_xn", "_std")
    allowed_keys = {"momentum", "eps"}

    def __init__(self, channels: int, image: bool, dtype: np.dtype, momentum: float = 0.9,
                 eps: float = 1e-5) -> None:
        super().__init__()
        self.image, self.momentum, self.eps = image, float(momentum), float(eps)
        self.params["gamma"] = np.ones(channels, dtype=dtype)
        self.params["beta"] = np.zeros(channels, dtype=dtype)
        self.grads["gamma"] = np.zeros(channels, dtype=dtype)
        self.grads["beta"] = np.zeros(channels, dtype=dtype)
        self.buffers["running_mean"] = np.zeros(channels, dtype=dtype)
        self.buffers["running_var"] = np.ones(channels, dtype=dtype)

    @classmethod
    def from_spec(cls, spec, input_shape, rng, dtype):
        check_spec_keys(spec, cls.allowed_keys)
        if len(input_shape) not in (1, 3):
            raise SpecError(f"batchnorm expects (D,) or (C, H, W) input, got {input_shape}")
        return cls(input_shape[0], len(input_shape) == 3, dtype, spec.get("momentum", 0.9), spec.get("eps", 1e-5))

    def spec(self):
        return {"type": self.kind, "momentum": self.momentum, "eps": self.eps}

    def _to_2d(self, x: np.ndarray) -> np.ndarray:
        """(N, C, H, W) -> (N*H*W, C), so one code path serves dense and image inputs."""
        return x.transpose(0, 2, 3, 1).reshape(-1, x.shape[1]) if self.image else x

    def _from_2d(self, y: np.ndarray, shape: tuple) -> np.ndarray:
        if not self.image:
            return y
        n, c, h, w = shape
        return y.reshape(n, h, w, c).transpose(0, 3, 1, 2)

    def forward(self, x, train=True):
        self._shape = x.shape
        x2 = self._to_2d(x)
        if train:
            mean = x2.mean(axis=0)
            xc = x2 - mean
            var = np.mean(xc * xc, axis=0)
            std = np.sqrt(var + self.eps)
            xn = xc / std
            self._xn, self._std = xn, std
            m = self.momentum
            self.buffers["running_mean"][...] = m * self.buffers["running_mean"] + (1 - m) * mean
            self.buffers["running_var"][...] = m * self.buffers["running_var"] + (1 - m) * var
        else:
            xn = (x2 - self.buffers["running_mean"]) / np.sqrt(self.buffers["running_var"] + self.eps)
        self._train = train
        out = xn * self.params["gamma"] + self.params["beta"]
        return self._from_2d(out, x.shape)

    def backward(self, dout):
        d2 = self._to_2d(dout)
        if not self._train:
            # Evaluation mode is a fixed affine map per channel (input gradients, saliency).
            scale = self.params["gamma"] / np.sqrt(self.buffers["running_var"] + self.eps)
            return self._from_2d(d2 * scale, self._shape)
        xn, std = self._xn, self._std
        self.grads["beta"][...] = d2.sum(axis=0)
        self.grads["gamma"][...] = np.sum(xn * d2, axis=0)
        dxn = d2 * self.params["gamma"]
        # Standard compact form of the batch-norm input gradient.
        dx = (dxn - dxn.mean(axis=0) - xn * np.mean(dxn * xn, axis=0)) / std
        return self._from_2d(dx, self._shape)
