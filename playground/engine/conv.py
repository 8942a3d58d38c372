"""Convolution and pooling (*Deep Learning from Scratch* ch. 7) on NumPy strided views.

A convolution becomes one matrix product: ``im2col`` lays every receptive field out as a column,
so ``W (FN, C*FH*FW) @ col (C*FH*FW, N*OH*OW)`` computes all filters at all positions at once.

Layout: layers see the usual (N, C, H, W) arrays, but a convolution's output is a transposed view
of a batch-last (C, H, W, N) buffer, which is exactly the matrix product's result. Element-wise
layers keep that memory order (NumPy ufuncs follow their input's layout), so the next
convolution reads its input and its output gradient without reordering copies. With the batch
innermost, a receptive-field row of the column matrix is a few long contiguous runs (an output row
across the whole batch), so building columns and adding them back run near memory speed. Every
function here accepts any memory order, so plain (N, C, H, W) arrays work too.
"""

from __future__ import annotations

from functools import partial
from typing import Callable

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .errors import SpecError
from .initializers import initialize
from .layers import Layer, check_spec_keys
from .threads import blas_threads, run_in_groups, run_split, single_blas_thread


# Size of the column matrix for one band of output rows. A band small enough to stay in the CPU's
# cache is built and consumed by its matrix product before it is evicted; a whole-batch column
# matrix (tens of MB) would be written to and read back from main memory, which costs more than
# the arithmetic. Bands also bound the memory of evaluating large batches.
TILE_BYTES = 2**20


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


def is_batch_last(x: np.ndarray) -> bool:
    """Whether (N, C, H, W) ``x`` is laid out with the batch innermost and each row contiguous."""
    n, _, _, w = x.shape
    return n == 1 or (x.strides[0] == x.itemsize and (w == 1 or x.strides[3] == n * x.itemsize))


def batch_last_padded(x: np.ndarray, pad: int, workspace: np.ndarray | None = None) -> np.ndarray:
    """``x`` (N, C, H, W) as a batch-last (C, H+2p, W+2p, N) array with a zero border.

    Returns a view of ``x`` when it is already batch-last and unpadded. ``workspace`` (whose border
    must be zero) is filled instead of a new array when given.
    """
    n, c, h, w = x.shape
    xc = x.transpose(1, 2, 3, 0)
    if not pad and is_batch_last(x):
        return xc
    if workspace is None:
        workspace = (np.zeros if pad else np.empty)((c, h + 2 * pad, w + 2 * pad, n), dtype=x.dtype)

    def copy(channels: slice) -> None:
        workspace[channels, pad:pad + h, pad:pad + w] = xc[channels]

    run_in_groups(copy, c, h * w * n * x.itemsize)
    return workspace


def im2col(x: np.ndarray, kernel: tuple[int, int], stride: int = 1, pad: int = 0,
           out: np.ndarray | None = None, workspace: np.ndarray | None = None) -> np.ndarray:
    """Image batch (N, C, H, W) -> columns (C*FH*FW, OH*OW*N), one column per output position.

    Rows are ordered (channel, kernel row, kernel column), matching ``W.reshape(FN, -1)``; columns
    (output row, output column, sample). The windows are a strided view (no copy) of the batch-last
    input and the result is written in one pass. ``out`` and ``workspace`` (see
    ``batch_last_padded``) may be passed to reuse memory between calls.
    """
    n, c, h, w = x.shape
    fh, fw = kernel
    oh, ow = conv_output_size(h, fh, stride, pad), conv_output_size(w, fw, stride, pad)
    xc = batch_last_padded(x, pad, workspace)
    windows = sliding_window_view(xc, (fh, fw), axis=(1, 2))[:, ::stride, ::stride][:, :oh, :ow]
    if out is None:
        out = np.empty((c * fh * fw, oh * ow * n), dtype=x.dtype)
    np.copyto(out.reshape(c, fh, fw, oh, ow, n), windows.transpose(0, 4, 5, 1, 2, 3))
    return out


def col2im(col: np.ndarray, x_shape: tuple, kernel: tuple[int, int], stride: int = 1, pad: int = 0) -> np.ndarray:
    """The adjoint of ``im2col``: add every column entry back onto the pixel it was read from.

    Overlapping windows sum, padding is dropped. One vectorised addition per kernel offset
    (FH*FW of them), each over the whole batch. Returns (N, C, H, W) as a view of a batch-last
    array, the layout the convolution's backward pass produces.
    """
    n, c, h, w = x_shape
    fh, fw = kernel
    oh, ow = conv_output_size(h, fh, stride, pad), conv_output_size(w, fw, stride, pad)
    cols = col.reshape(c, fh, fw, oh, ow, n)
    dx = np.zeros((c, h, w, n), dtype=col.dtype)
    for i in range(fh):
        rows_in, rows_out = _offset_slices(i, stride, pad, h, oh)
        for j in range(fw):
            cols_in, cols_out = _offset_slices(j, stride, pad, w, ow)
            dx[:, rows_in, cols_in] += cols[:, i, j, rows_out, cols_out]
    return dx.transpose(3, 0, 1, 2)


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

    def _band_plan(self, padded: np.ndarray, oh: int, ow: int) -> tuple[list[tuple[int, int]], int]:
        """Bands of output rows (first, end) whose columns fit TILE_BYTES, and how many parts
        (threads) work through them."""
        c, _, _, n = padded.shape
        rows = c * self.kernel[0] * self.kernel[1] + 1
        count = -(-oh // max(1, TILE_BYTES // (rows * ow * n * padded.itemsize)))
        # Work that fits one band is too small to be worth handing to another thread.
        parts = min(blas_threads(), count)
        count = -(-count // parts) * parts  # every part gets as many bands
        band = -(-oh // count)
        return [(first, min(oh, first + band)) for first in range(0, oh, band)], parts

    def _over_bands(self, name: str, padded: np.ndarray, stride: int, oh: int, ow: int, cached: bool,
                    use: Callable[[int, int, int, np.ndarray], None]) -> None:
        """Call ``use(part, first row, end row, columns)`` for every band of output rows of the
        convolution of ``padded`` (C, H, W, N); columns are (C*FH*FW + 1, rows*OW*N), the last row ones.

        The ones row makes the bias one more weight column: the forward product adds it and the
        weight-gradient product yields its gradient. Band k goes to part k % parts; the parts run
        on separate threads (``run_split``), each with its own column buffer, so building the
        columns is spread over the cores as well as the products.
        """
        c, _, _, n = padded.shape
        fh, fw = self.kernel
        rows = c * fh * fw
        bands, parts = self._band_plan(padded, oh, ow)
        windows = sliding_window_view(padded, (fh, fw), axis=(1, 2))[:, ::stride, ::stride]
        windows = windows[:, :oh, :ow].transpose(0, 4, 5, 1, 2, 3)
        longest = bands[0][1] - bands[0][0]

        def run(part: int) -> None:
            col = self._buffer(f"{name}{part}", (rows + 1, longest * ow * n), padded.dtype, fill=1, cached=cached)
            for first, end in bands[part::parts]:
                cols = col[:, :(end - first) * ow * n]
                np.copyto(cols[:rows].reshape(c, fh, fw, end - first, ow, n), windows[:, :, :, first:end])
                use(part, first, end, cols)

        if len(bands) == 1:
            # A convolution that fits one band (a single image, say) is smaller than what waking
            # BLAS's other threads costs.
            with single_blas_thread():
                run(0)
        else:
            run_split([partial(run, part) for part in range(parts)])

    def forward(self, x, train=True):
        """Training-mode outputs live in a kept buffer, valid until the next training step."""
        n, c, h, w = x.shape
        fn = self.filters
        _, oh, ow = self.output_shape((c, h, w))
        rows = c * self.kernel[0] * self.kernel[1]
        weights = self._buffer("weights", (fn, rows + 1), x.dtype)
        weights[:, :rows] = self.params["W"].reshape(fn, rows)
        weights[:, rows] = self.params["b"]
        self._x, self._train = x, train
        self._padded = batch_last_padded(x, self.pad, self._buffer(
            "padded", (c, h + 2 * self.pad, w + 2 * self.pad, n), x.dtype, fill=0, cached=train))
        out = self._buffer("out", (fn, oh * ow * n), x.dtype, cached=train)

        def product(part: int, first: int, end: int, col: np.ndarray) -> None:
            np.matmul(weights, col, out=out[:, first * ow * n:end * ow * n])

        self._over_bands("columns", self._padded, self.stride, oh, ow, train, product)
        return out.reshape(fn, oh, ow, n).transpose(3, 0, 1, 2)

    def backward(self, dout):
        fn = self.filters
        dout2 = dout.transpose(1, 2, 3, 0).reshape(fn, -1)
        if self.needs_input_grad and self._transposable():
            return self._backward_by_convolution(dout, dout2)
        self._weight_gradient_from_input_columns(dout2)
        if not self.needs_input_grad:
            return None
        dcol = np.matmul(self.params["W"].reshape(fn, -1).T, dout2)
        return col2im(dcol, self._x.shape, self.kernel, self.stride, self.pad)

    def _weight_gradient_from_input_columns(self, dout2: np.ndarray) -> None:
        """dW and db as (columns of x) @ dout.T, band by band.

        The columns are rebuilt rather than kept from the forward pass: rebuilding them in cache
        is cheaper than storing them to and reloading them from main memory. Each part sums its
        bands' products; the parts' sums are added in a fixed order. (C*FH*FW + 1, FN): this
        orientation suits the BLAS kernels better than dout @ col.T.
        """
        n, c, h, w = self._x.shape
        fn = self.filters
        _, oh, ow = self.output_shape((c, h, w))
        _, parts = self._band_plan(self._padded, oh, ow)
        shape = (parts, c * self.kernel[0] * self.kernel[1] + 1, fn)
        sums, products = self._buffer("grad-sums", shape, dout2.dtype), self._buffer("grad-products", shape, dout2.dtype)
        sums.fill(0)

        def accumulate(part: int, first: int, end: int, col: np.ndarray) -> None:
            np.matmul(col, dout2[:, first * ow * n:end * ow * n].T, out=products[part])
            sums[part] += products[part]

        self._over_bands("columns", self._padded, self.stride, oh, ow, self._train, accumulate)
        grads = sums.sum(axis=0)
        self.grads["W"].reshape(fn, -1)[...] = grads[:-1].T
        self.grads["b"][...] = grads[-1]

    def _transposable(self) -> bool:
        """Whether the input gradient is itself a 'same'-size convolution of the output gradient."""
        fh, fw = self.kernel
        return self.stride == 1 and fh == fw and self.pad < fh

    def _backward_by_convolution(self, dout: np.ndarray, dout2: np.ndarray) -> np.ndarray:
        """dx as the convolution of ``dout`` (padded by FH-1-pad) with the flipped, transposed
        filters, and dW from the same columns.

        Equal to col2im of W.T @ dout, but built band by band like the forward pass, its product
        has the long inner dimension (FN*FH*FW) where col2im's has only FN, and no column-sized
        matrix is written to memory and added back FH*FW times. The columns of dout also give
        the weight gradient: dW[f, c, i, j] = sum over (h, w, n) of column (f, FH-1-i, FW-1-j)
        times x[c, h, w, n], so x's columns need not be rebuilt.
        """
        n, c, h, w = self._x.shape
        fn, (fh, fw), cached = self.filters, self.kernel, self._train
        dpad = fh - 1 - self.pad
        _, oh, ow = self.output_shape((c, h, w))
        padded = batch_last_padded(dout, dpad, self._buffer(
            "dout-padded", (fn, oh + 2 * dpad, ow + 2 * dpad, n), dout.dtype, fill=0, cached=cached))
        flipped = self._buffer("flipped", (c, fn * fh * fw), dout.dtype)
        flipped.reshape(c, fn, fh, fw)[...] = self.params["W"][:, :, ::-1, ::-1].transpose(1, 0, 2, 3)
        dx = self._buffer("dx", (c, h * w * n), dout.dtype, cached=cached)
        x2 = self._x.transpose(1, 2, 3, 0).reshape(c, -1)  # a view when x is batch-last
        _, parts = self._band_plan(padded, h, w)
        shape = (parts, fn * fh * fw, c)
        sums, products = self._buffer("grad-sums", shape, dout.dtype), self._buffer("grad-products", shape, dout.dtype)
        sums.fill(0)

        def products_of_band(part: int, first: int, end: int, col: np.ndarray) -> None:
            band = slice(first * w * n, end * w * n)
            np.matmul(flipped, col[:-1], out=dx[:, band])
            np.matmul(col[:-1], x2[:, band].T, out=products[part])
            sums[part] += products[part]

        self._over_bands("dout-columns", padded, 1, h, w, cached, products_of_band)
        flipped_grads = sums.sum(axis=0).reshape(fn, fh, fw, c)
        self.grads["W"][...] = flipped_grads[:, ::-1, ::-1].transpose(0, 3, 1, 2)
        np.matmul(dout2, np.ones(dout2.shape[1], dout2.dtype), out=self.grads["b"])
        return dx.reshape(c, h, w, n).transpose(3, 0, 1, 2)


class Pooling(Layer):
    """Max or average over ``size`` x ``size`` windows of each channel; no parameters.

    Spec keys: mode ("max" | "avg"), size, stride (= size), pad (0). Max pooling sends each
    window's gradient to exactly one input, one of its maxima, so ties (blank image regions) do
    not multiply gradients. Average pooling divides by the full window, padding included.

    Windows that tile the image (stride = size, no padding, the usual case) are read as one
    strided view, one pass per window element. Other windows are reduced along rows, then along
    columns.
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

    def _tiles(self) -> bool:
        return self.stride == self.size and not self.pad

    def _tile_rows(self, x: np.ndarray, oh: int) -> list[np.ndarray]:
        """For tiling windows: row a of every window, as views (N, C, OH, W). In a batch-last
        layout each view is long contiguous runs (whole image rows across the batch)."""
        return [x[:, :, a::self.size][:, :, :oh] for a in range(self.size)]

    def _tile_columns(self, x: np.ndarray, ow: int) -> list[np.ndarray]:
        """Column b of every window of the row-reduced ``x`` (N, C, OH, W), as views (N, C, OH, OW)."""
        return [x[..., b::self.size][..., :ow] for b in range(self.size)]

    def forward(self, x, train=True):
        n, c, h, w = x.shape
        _, oh, ow = self.output_shape((c, h, w))
        self._x = x
        reduce = np.add if self.mode == "avg" else np.maximum
        self._choices = None
        if self._tiles() and self.mode == "max" and train:
            # Training needs each window's first maximum: found while taking the maximum.
            out, *self._choices = self._tournament(x, oh, ow)
            rows = None
        elif self._tiles():
            # Rows of each window first (long contiguous runs), then columns of what is left.
            out = np.empty_like(x, shape=(n, c, oh, ow))

            def pool(channels: slice) -> None:
                rows = _reduce(self._tile_rows(x[:, channels], oh), reduce)
                _reduce(self._tile_columns(rows, ow), reduce, out=out[:, channels])

            self._over_channel_groups(x, pool)
            rows = None
        else:
            # A window's max (or sum) is taken along the rows first, then along the columns: each
            # pass reads its input once per offset instead of once per window element, and the
            # row pass reads whole rows.
            rows = self._reduce_axis(x, 2, oh)
            out = self._reduce_axis(rows, 3, ow)
        # Which element won is worked out only if backward asks.
        if self.mode == "avg":
            out *= x.dtype.type(1.0 / (self.size * self.size))
        self._rows, self._out = rows, out
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
        if self._tiles():
            return self._spread_windows(dout)
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

    def _over_channel_groups(self, x: np.ndarray, work: Callable[[slice], None]) -> None:
        """Call ``work(channels)`` for groups of channels whose passes stay in the CPU cache."""
        n, c, h, w = x.shape
        run_in_groups(work, c, n * h * w * x.itemsize)

    def _tournament(self, x: np.ndarray, oh: int, ow: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Window maxima; for each, which column of its window holds it; and for every column of
        every window, which row holds that column's maximum: what backward needs to route each
        gradient to the window's first maximum in column-major order."""
        n, c, _, w = x.shape
        out = np.empty_like(x, shape=(n, c, oh, ow))
        column_choice = np.empty_like(out, dtype=np.uint8)
        row_choice = np.empty_like(x, shape=(n, c, oh, w), dtype=np.uint8)

        def pool(channels: slice) -> None:
            column_maxima = _first_maximum(self._tile_rows(x[:, channels], oh), row_choice[:, channels])
            _first_maximum(self._tile_columns(column_maxima, ow), column_choice[:, channels], out[:, channels])

        self._over_channel_groups(x, pool)
        return out, column_choice, row_choice

    def _spread_windows(self, dout: np.ndarray) -> np.ndarray:
        """Backward for tiling windows: each window's gradient to its first maximum, or shared."""
        x, out, k = self._x, self._out, self.size
        n, c, oh, ow = out.shape
        exact_rows, exact_columns = oh * k == x.shape[2], ow * k == x.shape[3]
        dx = _array_in_layout(x.shape, dout.dtype, x.strides, zeroed=not (exact_rows and exact_columns))
        if self.mode == "avg":
            share = dout * dout.dtype.type(1.0 / (k * k))
            for row in self._tile_rows(dx, oh):
                for target in self._tile_columns(row, ow):
                    target[...] = share
            return dx
        column_choice, row_choice = self._choices or self._tournament(x, oh, ow)[1:]

        def spread(channels: slice) -> None:
            # Gradient of each column's maximum (N, C, OH, W), then of each element.
            shape = (n, row_choice[:, channels].shape[1], oh, x.shape[3])
            dcolumns = (np.empty_like if exact_columns else np.zeros_like)(row_choice[:, channels], dout.dtype, shape=shape)
            _split_by_choice(dout[:, channels], column_choice[:, channels], self._tile_columns(dcolumns, ow))
            _split_by_choice(dcolumns, row_choice[:, channels], self._tile_rows(dx[:, channels], oh))

        self._over_channel_groups(x, spread)
        return dx


def _reduce(parts: list[np.ndarray], reduce: np.ufunc, out: np.ndarray | None = None) -> np.ndarray:
    """``reduce`` (np.maximum or np.add) over equally shaped arrays, into ``out`` or a new array
    in the first one's memory order."""
    out = np.array(parts[0]) if out is None else _copied(parts[0], out)
    for part in parts[1:]:
        reduce(out, part, out=out)
    return out


def _copied(source: np.ndarray, target: np.ndarray) -> np.ndarray:
    np.copyto(target, source)
    return target


def _first_maximum(candidates: list[np.ndarray], choice: np.ndarray, best: np.ndarray | None = None) -> np.ndarray:
    """Element-wise maximum of equally shaped arrays, into ``best`` or a new array; writes the
    index of the first candidate holding it into ``choice`` (uint8)."""
    if best is None:
        best = np.empty_like(candidates[0])
    if len(candidates) == 1:
        choice.fill(0)
        return _copied(candidates[0], best)
    np.greater(candidates[1], candidates[0], out=choice.view(bool))
    np.maximum(candidates[0], candidates[1], out=best)
    for index, candidate in enumerate(candidates[2:], start=2):
        better = np.greater(candidate, best)
        np.maximum(best, candidate, out=best)
        choice[better] = index
    return best


def _split_by_choice(grad: np.ndarray, choice: np.ndarray, targets: list[np.ndarray]) -> None:
    """targets[i] = grad where choice == i, else 0. The first target takes what the others left,
    which is exact: every element goes to exactly one target."""
    for i, target in enumerate(targets[1:], start=1):
        np.multiply(grad, choice.view(bool) if len(targets) == 2 else choice == i, out=target)
    np.subtract(grad, targets[1], out=targets[0]) if len(targets) > 1 else np.copyto(targets[0], grad)
    for target in targets[2:]:
        targets[0] -= target
