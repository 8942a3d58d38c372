"""Convolution and pooling (*Deep Learning from Scratch* ch. 7) on NumPy strided views.

A convolution becomes one matrix product: ``im2col`` lays every receptive field out as a column,
so ``W (FN, C*FH*FW) @ col (C*FH*FW, N*OH*OW)`` computes all filters at all positions at once.

Layout: layers see the usual (N, C, H, W) arrays, but a convolution's output is a transposed view
of a channel-major (C, N, H, W) buffer, which is exactly the matrix product's result. Element-wise
layers keep that memory order (NumPy ufuncs follow their input's layout), so the next
convolution reads its input and its output gradient without reordering copies. Every function
here accepts any memory order, so plain (N, C, H, W) arrays work too.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .errors import SpecError
from .initializers import initialize
from .layers import Layer, check_spec_keys


# Upper bound on the column matrix of one slice of an evaluation batch.
EVAL_COLUMN_BYTES = 32 * 2**20


def conv_output_size(size: int, kernel: int, stride: int, pad: int) -> int:
    """Output length along one axis: (size + 2*pad - kernel) // stride + 1."""
    return (size + 2 * pad - kernel) // stride + 1


def _pair(value, name: str) -> tuple[int, int]:
    """An int or a two-element list as (height, width), each a positive int."""
    pair = tuple(value) if isinstance(value, (list, tuple)) else (value, value)
    if len(pair) != 2 or not all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) and v > 0
                                  for v in pair):
        raise SpecError(f"{name} must be a positive integer or a pair of them, got {value!r}")
    return int(pair[0]), int(pair[1])


def _positive_int(value, name: str) -> int:
    if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 1:
        raise SpecError(f"{name} must be a positive integer, got {value!r}")
    return int(value)


def _non_negative_int(value, name: str) -> int:
    if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 0:
        raise SpecError(f"{name} must be a non-negative integer, got {value!r}")
    return int(value)


def _offset_slices(offset: int, stride: int, pad: int, in_size: int, out_size: int) -> tuple[slice, slice]:
    """For kernel offset ``offset`` along one axis: the input slice and the matching output slice.

    Output position ``o`` reads input ``o * stride + offset - pad``; positions that fall into the
    padding are left out, so padding never needs to be materialised.
    """
    first = max(0, -((offset - pad) // stride))              # ceil((pad - offset) / stride)
    last = min(out_size - 1, (in_size - 1 + pad - offset) // stride)
    if last < first:
        return slice(0, 0), slice(0, 0)
    start = first * stride + offset - pad
    return slice(start, start + (last - first) * stride + 1, stride), slice(first, last + 1)


def im2col(x: np.ndarray, kernel: tuple[int, int], stride: int = 1, pad: int = 0,
           out: np.ndarray | None = None, workspace: np.ndarray | None = None) -> np.ndarray:
    """Image batch (N, C, H, W) -> columns (C*FH*FW, N*OH*OW), one column per output position.

    Rows are ordered (channel, kernel row, kernel column), matching ``W.reshape(FN, -1)``; columns
    (sample, output row, output column). The windows are a strided view (no copy) and the result
    is written in one pass. ``out`` and ``workspace`` (the zero-bordered padded image, channel-major
    (C, N, H+2p, W+2p)) may be passed to reuse memory between calls.
    """
    n, c, h, w = x.shape
    fh, fw = kernel
    oh, ow = conv_output_size(h, fh, stride, pad), conv_output_size(w, fw, stride, pad)
    xc = x.transpose(1, 0, 2, 3)
    if pad:
        if workspace is None:
            workspace = np.zeros((c, n, h + 2 * pad, w + 2 * pad), dtype=x.dtype)
        workspace[:, :, pad:pad + h, pad:pad + w] = xc
        xc = workspace
    windows = sliding_window_view(xc, (fh, fw), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :oh, :ow]
    if out is None:
        out = np.empty((c * fh * fw, n * oh * ow), dtype=x.dtype)
    np.copyto(out.reshape(c, fh, fw, n, oh, ow), windows.transpose(0, 4, 5, 1, 2, 3))
    return out


def col2im(col: np.ndarray, x_shape: tuple, kernel: tuple[int, int], stride: int = 1, pad: int = 0) -> np.ndarray:
    """The adjoint of ``im2col``: add every column entry back onto the pixel it was read from.

    Overlapping windows sum, padding is dropped. One vectorised addition per kernel offset
    (FH*FW of them), each over the whole batch. Returns (N, C, H, W) as a view of a channel-major
    array, the layout the convolution's backward pass produces.
    """
    n, c, h, w = x_shape
    fh, fw = kernel
    oh, ow = conv_output_size(h, fh, stride, pad), conv_output_size(w, fw, stride, pad)
    cols = col.reshape(c, fh, fw, n, oh, ow)
    dx = np.zeros((c, n, h, w), dtype=col.dtype)
    for i in range(fh):
        rows_in, rows_out = _offset_slices(i, stride, pad, h, oh)
        for j in range(fw):
            cols_in, cols_out = _offset_slices(j, stride, pad, w, ow)
            dx[:, :, rows_in, cols_in] += cols[:, i, j, :, rows_out, cols_out]
    return dx.transpose(1, 0, 2, 3)


def _array_in_layout(shape: tuple, dtype: np.dtype, strides: tuple, zeroed: bool = True) -> np.ndarray:
    """An array of ``shape`` whose memory order follows ``strides`` (largest stride outermost)."""
    order = sorted(range(len(shape)), key=lambda axis: -strides[axis])
    make = np.zeros if zeroed else np.empty
    return make([shape[a] for a in order], dtype=dtype).transpose(np.argsort(order))


class Convolution(Layer):
    """``filters`` learned FH x FW filters over all input channels; x (N, C, H, W) -> (N, FN, OH, OW).

    Parameters W (FN, C, FH, FW) and b (FN,). Spec keys: filters, kernel (int or [h, w]),
    stride (1), pad (0), init ("he").
    """

    kind = "conv"
    allowed_keys = {"filters", "kernel", "stride", "pad", "init"}

    def __init__(self, in_shape: tuple, filters: int, kernel, rng: np.random.Generator, dtype: np.dtype,
                 stride: int = 1, pad: int = 0, init: str = "he") -> None:
        super().__init__()
        if len(in_shape) != 3:
            raise SpecError(f"conv expects image input (C, H, W), got shape {tuple(in_shape)}")
        self.filters = _positive_int(filters, "conv filters")
        self.kernel = _pair(kernel, "conv kernel")
        self.stride = _positive_int(stride, "conv stride")
        self.pad = _non_negative_int(pad, "conv pad")
        self.init = init
        self._kernel_spec = kernel
        c, h, w = (int(d) for d in in_shape)
        fh, fw = self.kernel
        if conv_output_size(h, fh, self.stride, self.pad) < 1 or conv_output_size(w, fw, self.stride, self.pad) < 1:
            raise SpecError(f"conv kernel {fh}x{fw} with pad {self.pad} does not fit a {h}x{w} input")
        shape = (self.filters, c, fh, fw)
        self.params["W"] = initialize(init, rng, shape, c * fh * fw, self.filters * fh * fw, dtype)
        self.params["b"] = np.zeros(self.filters, dtype=dtype)
        self.grads["W"] = np.zeros_like(self.params["W"])
        self.grads["b"] = np.zeros_like(self.params["b"])
        self._workspace: dict[str, np.ndarray] = {}

    @classmethod
    def from_spec(cls, spec, input_shape, rng, dtype):
        check_spec_keys(spec, cls.allowed_keys, {"filters", "kernel"})
        return cls(input_shape, spec["filters"], spec["kernel"], rng, dtype, spec.get("stride", 1),
                   spec.get("pad", 0), spec.get("init", "he"))

    def spec(self):
        return {"type": self.kind, "filters": self.filters, "kernel": self._kernel_spec,
                "stride": self.stride, "pad": self.pad, "init": self.init}

    def output_shape(self, input_shape):
        _, h, w = input_shape
        fh, fw = self.kernel
        return (self.filters, conv_output_size(h, fh, self.stride, self.pad),
                conv_output_size(w, fw, self.stride, self.pad))

    def _buffer(self, name: str, shape: tuple, dtype: np.dtype, fill: float | None = None) -> np.ndarray:
        """A scratch array kept between calls: re-allocating multi-MB arrays every step costs page
        faults. ``fill`` initialises a new buffer (padding borders and the bias row stay as set)."""
        buf = self._workspace.get(name)
        if buf is None or buf.shape != shape or buf.dtype != dtype:
            buf = self._workspace[name] = np.empty(shape, dtype=dtype) if fill is None else np.full(shape, fill, dtype)
        return buf

    def _columns(self, x: np.ndarray, cached: bool) -> np.ndarray:
        """im2col of ``x`` with a row of ones underneath (the bias row), in a kept or a fresh buffer.

        The ones row makes the bias one more weight column: the matrix product adds it, and the
        weight-gradient product yields its gradient.
        """
        n, c, h, w = x.shape
        _, oh, ow = self.output_shape((c, h, w))
        rows = c * self.kernel[0] * self.kernel[1]
        shape, padded = (rows + 1, n * oh * ow), (c, n, h + 2 * self.pad, w + 2 * self.pad)
        if cached:
            col = self._buffer("col", shape, x.dtype, fill=1)
            pad = self._buffer("pad", padded, x.dtype, fill=0) if self.pad else None
        else:
            col, pad = np.empty(shape, x.dtype), np.zeros(padded, x.dtype) if self.pad else None
            col[rows] = 1
        im2col(x, self.kernel, self.stride, self.pad, out=col[:rows], workspace=pad)
        return col

    def forward(self, x, train=True):
        n, c, h, w = x.shape
        _, oh, ow = self.output_shape((c, h, w))
        rows = c * self.kernel[0] * self.kernel[1]
        weights = self._buffer("weights", (self.filters, rows + 1), x.dtype)
        weights[:, :rows] = self.params["W"].reshape(self.filters, rows)
        weights[:, rows] = self.params["b"]
        self._x = x
        if train:
            self._col = self._columns(x, cached=True)
            out = weights @ self._col
        else:
            # Evaluation goes through the batch in slices whose columns stay small: a test-set
            # pass then needs no column matrix of hundreds of MB. Backward (saliency maps)
            # rebuilds the columns if it is ever asked for.
            self._col = None
            out = np.empty((self.filters, n * oh * ow), dtype=x.dtype)
            per_sample = (rows + 1) * oh * ow * x.itemsize
            chunk = max(1, EVAL_COLUMN_BYTES // per_sample)
            for start in range(0, n, chunk):
                stop = min(n, start + chunk)
                np.matmul(weights, self._columns(x[start:stop], cached=False),
                          out=out[:, start * oh * ow:stop * oh * ow])
        return out.reshape(self.filters, n, oh, ow).transpose(1, 0, 2, 3)

    def backward(self, dout):
        fn = self.filters
        if self._col is None:
            self._col = self._columns(self._x, cached=True)
        dout2 = dout.transpose(1, 0, 2, 3).reshape(fn, -1)
        # (C*FH*FW + 1, FN): this orientation suits the BLAS kernels better than dout @ col.T.
        grads = self._buffer("grads", (self._col.shape[0], fn), dout2.dtype)
        np.matmul(self._col, dout2.T, out=grads)
        self.grads["W"].reshape(fn, -1)[...] = grads[:-1].T
        self.grads["b"][...] = grads[-1]
        if not self.needs_input_grad:
            return None
        dcol = self._buffer("dcol", (self._col.shape[0] - 1, self._col.shape[1]), dout2.dtype)
        np.matmul(self.params["W"].reshape(fn, -1).T, dout2, out=dcol)
        return col2im(dcol, self._x.shape, self.kernel, self.stride, self.pad)


class Pooling(Layer):
    """Max or average over ``size`` x ``size`` windows of each channel; no parameters.

    Spec keys: mode ("max" | "avg"), size, stride (= size), pad (0). Max pooling sends each
    window's gradient to exactly one input, its first maximum in column-major order, so ties
    (blank image regions) do not multiply gradients. Average pooling divides by the full window, padding included.
    """

    kind = "pool"
    allowed_keys = {"mode", "size", "stride", "pad"}

    def __init__(self, in_shape: tuple, size: int, mode: str = "max", stride: int | None = None,
                 pad: int = 0) -> None:
        super().__init__()
        if mode not in ("max", "avg"):
            raise SpecError(f"pool mode must be 'max' or 'avg', got {mode!r}")
        if len(in_shape) != 3:
            raise SpecError(f"pool expects image input (C, H, W), got shape {tuple(in_shape)}")
        self.mode = mode
        self.size = _positive_int(size, "pool size")
        self.stride = self.size if stride is None else _positive_int(stride, "pool stride")
        self.pad = _non_negative_int(pad, "pool pad")
        if self.pad >= self.size:
            raise SpecError(f"pool pad ({self.pad}) must be smaller than the window size ({self.size})")
        _, h, w = in_shape
        if min(self.output_shape(in_shape)[1:]) < 1:
            raise SpecError(f"pool window {self.size} with pad {self.pad} does not fit a {h}x{w} input")

    @classmethod
    def from_spec(cls, spec, input_shape, rng, dtype):
        check_spec_keys(spec, cls.allowed_keys, {"size"})
        return cls(input_shape, spec["size"], spec.get("mode", "max"), spec.get("stride"), spec.get("pad", 0))

    def spec(self):
        return {"type": self.kind, "mode": self.mode, "size": self.size, "stride": self.stride, "pad": self.pad}

    def output_shape(self, input_shape):
        c, h, w = input_shape
        return (c, conv_output_size(h, self.size, self.stride, self.pad),
                conv_output_size(w, self.size, self.stride, self.pad))

    def _offsets(self, axis_in: int, axis_out: int):
        """(offset, input slice, output slice) along one image axis, for every window offset."""
        for k in range(self.size):
            yield (k, *_offset_slices(k, self.stride, self.pad, axis_in, axis_out))

    def _axis_key(self, axis: int, part: slice) -> tuple:
        return (slice(None), slice(None), part) if axis == 2 else (Ellipsis, part)

    def forward(self, x, train=True):
        n, c, h, w = x.shape
        _, oh, ow = self.output_shape((c, h, w))
        # A window's max (or sum) is taken along the rows first, then along the columns: each
        # pass reads its input once per offset instead of once per window element, and the row
        # pass reads whole rows. Which element won is worked out only if backward asks.
        rows = self._reduce_axis(x, 2, oh)
        out = self._reduce_axis(rows, 3, ow)
        if self.mode == "avg":
            out *= x.dtype.type(1.0 / (self.size * self.size))
        self._x, self._rows, self._out = x, rows, out
        return out

    def _reduce_axis(self, x: np.ndarray, axis: int, out_size: int) -> np.ndarray:
        """Max or sum over the windows along one axis (2: rows, 3: columns)."""
        shape = list(x.shape)
        shape[axis] = out_size
        # empty_like keeps the input's memory order (channel-major after a convolution).
        out = np.empty_like(x, shape=tuple(shape))
        offsets = list(self._offsets(x.shape[axis], out_size))
        reduce = np.add if self.mode == "avg" else np.maximum
        if not self.pad:
            _, src, _ = offsets.pop(0)  # without padding the first offset covers every window
            np.copyto(out, x[self._axis_key(axis, src)])
        else:
            out.fill(0 if self.mode == "avg" else -np.inf)
        for _, src, dst in offsets:
            part = out[self._axis_key(axis, dst)]
            reduce(part, x[self._axis_key(axis, src)], out=part)
        return out

    def _argmax_axis(self, x: np.ndarray, best: np.ndarray, axis: int) -> np.ndarray:
        """Per window along ``axis``: the offset of its first maximum (exactly one per window).

        The first maximum's offset is the number of leading offsets that miss the maximum, so
        one comparison per offset (none for the last) and byte arithmetic find it.
        """
        offsets = list(self._offsets(x.shape[axis], best.shape[axis]))[:-1]
        # Same memory order as the data, so every pass below walks memory in sequence.
        missing = np.ones_like(best, dtype=bool)  # offsets in the padding always miss
        argmax = np.zeros_like(best, dtype=np.min_scalar_type(self.size))
        for k, src, dst in offsets:
            part = missing[self._axis_key(axis, dst)]
            miss = np.not_equal(x[self._axis_key(axis, src)], best[self._axis_key(axis, dst)])
            if k == 0:
                part[...] = miss
            else:
                np.logical_and(part, miss, out=part)
            argmax += missing
        return argmax

    def backward(self, dout):
        x, rows = self._x, self._rows
        if self.mode == "max":
            col_arg = self._argmax_axis(rows, self._out, 3)
            row_arg = self._argmax_axis(x, rows, 2)
        else:
            col_arg = row_arg = None
        drows = self._spread_axis(dout, col_arg, 3, x.shape[3], x.strides)
        return self._spread_axis(drows, row_arg, 2, x.shape[2], x.strides)

    def _spread_axis(self, dout: np.ndarray, argmax: np.ndarray | None, axis: int, in_size: int,
                     strides: tuple) -> np.ndarray:
        """Backward of ``_reduce_axis``: each window's gradient to its argmax, or shared evenly."""
        shape = list(dout.shape)
        shape[axis] = in_size
        # When the windows tile the axis exactly every element of dx is written below.
        tiled = not self.pad and self.stride == self.size and dout.shape[axis] * self.size == in_size
        dx = _array_in_layout(tuple(shape), dout.dtype, strides, zeroed=not tiled)
        # Windows that do not overlap write disjoint parts of dx, so no accumulation is needed.
        overlapping = self.stride < self.size
        scale = dout.dtype.type(1.0 / self.size)
        for k, src, dst in self._offsets(in_size, dout.shape[axis]):
            part = self._axis_key(axis, dst)
            factor = scale if argmax is None else argmax[part] == k
            if overlapping:
                dx[self._axis_key(axis, src)] += dout[part] * factor
            else:
                np.multiply(dout[part], factor, out=dx[self._axis_key(axis, src)])
        return dx
