"""Max and average pooling (*Deep Learning from Scratch* ch. 7) on strided views.

Pooling keeps its input's memory order, so the batch-last output of a convolution (see conv.py)
stays batch-last through it.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from ..errors import SpecError
from .layers import Layer, check_spec_keys
from ..spatial import array_in_layout, conv_output_size, non_negative_int, offset_slices, positive_int
from .threads import run_in_groups


class Pooling(Layer):
    """Max or average over ``size`` x ``size`` windows of each channel; no parameters.

    Spec keys: mode ("max" | "avg"), size, stride (= size), pad (0). Max pooling sends each
    window's gradient to exactly one input, one of its maxima, so ties (blank image regions) do
    not multiply gradients. Average pooling divides by the full window, padding included.

    Windows that tile the image (stride = size, no padding, the usual case) are pooled rows
    first, then columns, in cache-sized groups of channels shared over the threads; in training
    the same passes record which element of each window won. Other windows are reduced along rows,
    then along columns, and the winners are found only when backward asks.
    """

    kind = "pool"
    saved_for_backward = ("_x", "_rows", "_out", "_choices")
    forward_writes_into = True
    backward_writes_into = True
    allowed_keys = {"mode", "size", "stride", "pad"}

    def __init__(self, in_shape: tuple, size: int, mode: str = "max", stride: int | None = None,
                 pad: int = 0) -> None:
        super().__init__()
        if mode not in ("max", "avg"):
            raise SpecError(f"pool mode must be 'max' or 'avg', got {mode!r}")
        if len(in_shape) != 3:
            raise SpecError(f"pool expects image input (C, H, W), got shape {tuple(in_shape)}")
        self.mode = mode
        self.size = positive_int(size, "pool size")
        self.stride = self.size if stride is None else positive_int(stride, "pool stride")
        self.pad = non_negative_int(pad, "pool pad")
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
            yield (k, *offset_slices(k, self.stride, self.pad, axis_in, axis_out))

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

    def forward(self, x, train=True, rectify: bool = False, into: np.ndarray | None = None):
        """``rectify`` applies a following ReLU to each group of pooled channels while it is in
        cache (see ``layers.Rectified``). Windows that tile the image write into ``into`` (such
        as the next layer's ``input_destination``) when given."""
        n, c, h, w = x.shape
        _, oh, ow = self.output_shape((c, h, w))
        reduce = np.add if self.mode == "avg" else np.maximum
        self._x, self._rows, self._choices, self._rectified = x, None, None, rectify
        if self._tiles():
            out = np.empty_like(x, shape=(n, c, oh, ow)) if into is None else into
            if self.mode == "max" and train:
                # Training needs each window's first maximum: found while taking the maximum.
                self._choices = self._tournament(x, out, rectify)
            else:
                # Rows of each window first (long contiguous runs), then columns of what is left.
                def pool(channels: slice) -> None:
                    rows = _reduce(self._tile_rows(x[:, channels], oh), reduce)
                    self._finish(_reduce(self._tile_columns(rows, ow), reduce, out=out[:, channels]), rectify)

                self._over_channel_groups(x, pool)
        else:
            # A window's max (or sum) is taken along the rows first, then along the columns: each
            # pass reads its input once per offset instead of once per window element, and the
            # row pass reads whole rows.
            self._rows = self._reduce_axis(x, 2, oh)
            out = self._finish(self._reduce_axis(self._rows, 3, ow), rectify)
        self._out = out
        return out

    def _finish(self, pooled: np.ndarray, rectify: bool) -> np.ndarray:
        """Window sums to means, and the fused ReLU, in place."""
        if self.mode == "avg":
            pooled *= pooled.dtype.type(1.0 / (self.size * self.size))
        if rectify:
            np.maximum(pooled, 0, out=pooled)
        return pooled

    def _reduce_axis(self, x: np.ndarray, axis: int, out_size: int) -> np.ndarray:
        """Max or sum over the windows along one axis (2: rows, 3: columns)."""
        shape = list(x.shape)
        shape[axis] = out_size
        # empty_like keeps the input's memory order (batch-last after a convolution).
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

    def backward(self, dout, into: np.ndarray | None = None):
        if self._rectified and not (self._tiles() and self.mode == "max"):
            dout = dout * (self._out > 0)  # the fused ReLU's gate (the max path gates per group)
        if self._tiles():
            return self._spread_windows(dout, into)
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
        dx = array_in_layout(tuple(shape), dout.dtype, strides, zeroed=not tiled)
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

    def _tournament(self, x: np.ndarray, out: np.ndarray, rectify: bool) -> tuple[np.ndarray, np.ndarray]:
        """Window maxima into ``out`` (N, C, OH, OW), rectified if asked; and what backward needs
        to route each gradient to the window's first maximum in column-major order: for each
        window, which column of it holds the maximum, and for every column of every window, which
        row holds that column's maximum."""
        n, c, oh, ow = out.shape
        column_choice = np.empty_like(x, shape=out.shape, dtype=np.uint8)
        row_choice = np.empty_like(x, shape=(n, c, oh, x.shape[3]), dtype=np.uint8)

        def pool(channels: slice) -> None:
            column_maxima = _first_maximum(self._tile_rows(x[:, channels], oh), row_choice[:, channels])
            best = _first_maximum(self._tile_columns(column_maxima, ow), column_choice[:, channels], out[:, channels])
            self._finish(best, rectify)

        self._over_channel_groups(x, pool)
        return column_choice, row_choice

    def _spread_windows(self, dout: np.ndarray, into: np.ndarray | None) -> np.ndarray:
        """Backward for tiling windows: each window's gradient to its first maximum, or shared;
        into ``into`` when given."""
        x, out, k = self._x, self._out, self.size
        n, c, oh, ow = out.shape
        exact_rows, exact_columns = oh * k == x.shape[2], ow * k == x.shape[3]
        if into is None:
            dx = array_in_layout(x.shape, dout.dtype, x.strides, zeroed=not (exact_rows and exact_columns))
        else:
            dx = into
            if not (exact_rows and exact_columns):
                dx.fill(0)
        if self.mode == "avg":
            share = dout * dout.dtype.type(1.0 / (k * k))
            for row in self._tile_rows(dx, oh):
                for target in self._tile_columns(row, ow):
                    target[...] = share
            return dx
        column_choice, row_choice = self._choices or self._tournament(x, np.empty_like(out), False)
        rectified = self._rectified

        def spread(channels: slice) -> None:
            # Gradient of each column's maximum (N, C, OH, W), then of each element.
            shape = (n, row_choice[:, channels].shape[1], oh, x.shape[3])
            dcolumns = (np.empty_like if exact_columns else np.zeros_like)(row_choice[:, channels], dout.dtype, shape=shape)
            grad = dout[:, channels] * (out[:, channels] > 0) if rectified else dout[:, channels]
            _split_by_choice(grad, column_choice[:, channels], self._tile_columns(dcolumns, ow))
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
