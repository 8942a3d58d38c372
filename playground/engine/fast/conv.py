"""Convolution (*Deep Learning from Scratch* ch. 7) on NumPy strided views.

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

from typing import Callable

import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view

from ..errors import SpecError
from ..initializers import initialize
from .layers import Layer, check_spec_keys
from ..spatial import conv_output_size, non_negative_int, offset_slices, pair, positive_int
from .threads import blas_threads, run_in_groups, share_work, single_blas_thread


# Size of the column matrix for one tile of the output grid. A tile small enough to stay in the
# CPU's cache is built and consumed by its matrix product before it is evicted; a whole-batch
# column matrix (tens of MB) would be written to and read back from main memory, which costs more
# than the arithmetic; a tile of about 1 MB stays in the cache of common x86 cores beside the
# weights (benchmarks/compare_torch.py shows the effect of changing it). Tiles also bound the memory of
# evaluating large batches.
TILE_BYTES = 2**20


def is_batch_last(x: np.ndarray) -> bool:
    """Whether (N, C, H, W) ``x`` is laid out with the batch innermost and each row contiguous."""
    n, _, _, w = x.shape
    return n == 1 or (x.strides[0] == x.itemsize and (w == 1 or x.strides[3] == n * x.itemsize))


def batch_last_padded(x: np.ndarray, pad: int, workspace: np.ndarray | None = None,
                      gate: np.ndarray | None = None) -> np.ndarray:
    """``x`` (N, C, H, W) as a batch-last (C, H+2p, W+2p, N) array with a zero border.

    Returns a view of ``x`` when it is already batch-last and unpadded. ``workspace`` (whose border
    must be zero) is filled instead of a new array when given. With ``gate`` (same shape as x),
    only entries where the gate is positive are kept (a ReLU's backward pass on the way).
    """
    n, c, h, w = x.shape
    xc = x.transpose(1, 2, 3, 0)
    if not pad and gate is None and is_batch_last(x):
        return xc
    if workspace is not None and gate is None and _same_view(x, inside(workspace, pad)):
        return workspace  # the step before wrote x straight into it
    if workspace is None:
        workspace = (np.zeros if pad else np.empty)((c, h + 2 * pad, w + 2 * pad, n), dtype=x.dtype)
    gate_c = None if gate is None else gate.transpose(1, 2, 3, 0)

    def copy(channels: slice) -> None:
        if gate_c is None:
            workspace[channels, pad:pad + h, pad:pad + w] = xc[channels]
        else:
            np.multiply(xc[channels], gate_c[channels] > 0, out=workspace[channels, pad:pad + h, pad:pad + w])

    run_in_groups(copy, c, h * w * n * x.itemsize)
    return workspace


def inside(padded: np.ndarray, pad: int) -> np.ndarray:
    """The (N, C, H, W) view of a batch-last (C, H+2p, W+2p, N) array without its border."""
    _, hp, wp, _ = padded.shape
    return padded[:, pad:hp - pad, pad:wp - pad].transpose(3, 0, 1, 2)


def _same_view(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether ``a`` and ``b`` are the same elements of the same memory, in the same order."""
    return (a.shape == b.shape and a.strides == b.strides and a.dtype == b.dtype
            and a.__array_interface__["data"][0] == b.__array_interface__["data"][0])


def _product_into(a: np.ndarray, b: np.ndarray, target: np.ndarray) -> None:
    """``a @ b`` into ``target`` (FN, H, W, N), whose H rows of W*N elements may lie apart in
    memory (inside a zero border): one product when they are adjacent, one per row otherwise."""
    fn, h, w, n = target.shape
    s = target.strides
    if s[3] != target.itemsize or s[2] != n * s[3]:
        raise ValueError("a product's target must be batch-last with contiguous rows")
    if h == 1 or s[1] == w * s[2]:
        np.matmul(a, b, out=target.reshape(fn, h * w * n))  # merges adjacent axes: a view
    else:
        rows = b.reshape(b.shape[0], h, w * n).transpose(1, 0, 2)
        np.matmul(a, rows, out=as_strided(target, (h, fn, w * n), (s[1], s[0], s[3])))


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
    if out is None:
        out = np.empty((c * fh * fw, oh * ow * n), dtype=x.dtype)
    windows = receptive_fields(batch_last_padded(x, pad, workspace), kernel, stride, oh, ow)
    np.copyto(out.reshape(c, fh, fw, oh, ow, n), windows)
    return out


def receptive_fields(padded: np.ndarray, kernel: tuple[int, int], stride: int, oh: int, ow: int) -> np.ndarray:
    """Every receptive field of a batch-last padded image (C, H, W, N), as a strided view
    (C, FH, FW, OH, OW, N): the column matrix before it is copied into shape."""
    windows = sliding_window_view(padded, kernel, axis=(1, 2))[:, ::stride, ::stride]
    return windows[:, :oh, :ow].transpose(0, 4, 5, 1, 2, 3)


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
        rows_in, rows_out = offset_slices(i, stride, pad, h, oh)
        for j in range(fw):
            cols_in, cols_out = offset_slices(j, stride, pad, w, ow)
            dx[:, rows_in, cols_in] += cols[:, i, j, rows_out, cols_out]
    return dx.transpose(3, 0, 1, 2)


class Convolution(Layer):
    """``filters`` learned FH x FW filters over all input channels; x (N, C, H, W) -> (N, FN, OH, OW).

    Parameters W (FN, C, FH, FW) and b (FN,). Spec keys: filters, kernel (int or [h, w]),
    stride (1), pad (0), init ("he").
    """

    kind = "conv"
    saved_for_backward = ("_x", "_padded", "_out", "_handed_input", "_handed_gradient")
    allowed_keys = {"filters", "kernel", "stride", "pad", "init"}
    forward_writes_into = True

    def __init__(self, in_shape: tuple, filters: int, kernel, rng: np.random.Generator, dtype: np.dtype,
                 stride: int = 1, pad: int = 0, init: str = "he") -> None:
        super().__init__()
        if len(in_shape) != 3:
            raise SpecError(f"conv expects image input (C, H, W), got shape {tuple(in_shape)}")
        self.filters = positive_int(filters, "conv filters")
        self.kernel = pair(kernel, "conv kernel")
        self.stride = positive_int(stride, "conv stride")
        self.pad = non_negative_int(pad, "conv pad")
        self.init = init
        self._kernel_spec = kernel
        c, h, w = self.in_shape = tuple(int(d) for d in in_shape)
        self._handed_input: np.ndarray | None = None
        self._handed_gradient: np.ndarray | None = None
        self._tile_plans: dict[str, _TilePlan] = {}
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

    def multiply_adds(self, input_shape):
        fh, fw = self.kernel
        return int(np.prod(self.output_shape(input_shape))) * int(input_shape[0]) * fh * fw

    def _tile_plan(self, padded: np.ndarray, oh: int, ow: int) -> tuple[list[tuple[slice, slice]], int]:
        """Tiles of the output grid, (rows, columns), whose column matrices fit TILE_BYTES: whole
        rows when a row fits, otherwise pieces of one row; and how many parts (threads) share them.

        Either shape keeps a tile's outputs one contiguous range of the (OH, OW, N) order.
        """
        c, _, _, n = padded.shape
        fit = max(1, TILE_BYTES // ((c * self.kernel[0] * self.kernel[1] + 1) * n * padded.itemsize))
        if fit >= ow:
            count = -(-oh // (fit // ow))
            # Work that fits one tile is too small to be worth handing to another thread.
            parts = min(blas_threads(), count)
            count = -(-count // parts) * parts  # a whole number of tiles for each part
            band = -(-oh // count)
            return [(slice(r, min(oh, r + band)), slice(0, ow)) for r in range(0, oh, band)], parts
        width = -(-ow // -(-ow // fit))
        tiles = [(slice(r, r + 1), slice(first, min(ow, first + width)))
                 for r in range(oh) for first in range(0, ow, width)]
        return tiles, min(blas_threads(), len(tiles))

    def _plan(self, name: str, padded: np.ndarray, stride: int, oh: int, ow: int, cached: bool) -> "_TilePlan":
        """The tile plan of the pass ``name`` over ``padded``: the kept one if it still fits
        (training), else a new one."""
        plan = self._tile_plans.get(name) if cached else None
        if plan is None or not plan.fits(padded, stride, oh, ow):
            plan = _TilePlan(self, padded, stride, oh, ow)
            if cached:
                self._tile_plans[name] = plan
        return plan

    def _over_tiles(self, plan: "_TilePlan", use: Callable[[int, tuple[slice, slice], slice, np.ndarray], None]) -> None:
        """Call ``use(tile, region, outputs, columns)`` for every tile of ``plan``: the tile's
        index, its (rows, columns) of the output grid, its range in the (OH, OW, N) order of
        output columns, and its column matrix (C*FH*FW + 1, that many), the last row ones.

        The ones row makes the bias one more weight column: the forward product adds it and the
        weight-gradient product yields its gradient. The tiles are shared out over threads
        (``share_work``), each with its own column buffer, so building the columns is spread over
        the cores as well as the products. Which thread takes which tile depends on timing, so
        results that are summed over tiles are kept per tile.
        """
        def do(worker: int, index: int) -> None:
            cols, target = plan.columns(worker, index)
            np.copyto(target, plan.sources[index])
            use(index, plan.tiles[index], plan.outputs[index], cols)

        if len(plan.tiles) == 1:
            # A convolution that fits one tile (a single image, say) is smaller than what waking
            # BLAS's other threads costs.
            with single_blas_thread():
                do(0, 0)
        else:
            share_work(len(plan.tiles), do, plan.workers)

    def forward(self, x, train=True, rectify: bool = False, into: np.ndarray | None = None):
        """Training-mode outputs live in a kept buffer, valid until the next training step.

        ``rectify`` applies a following ReLU to each tile of the output while it is in cache
        (see ``layers.Rectified``); backward then takes the ReLU's gradient into account.
        ``into`` (N, FN, OH, OW), a batch-last view such as the next layer's
        ``input_destination``, receives the output instead of the kept buffer.
        """
        n, c, h, w = x.shape
        fn = self.filters
        _, oh, ow = self.output_shape((c, h, w))
        rows = c * self.kernel[0] * self.kernel[1]
        weights = self._buffer("weights", (fn, rows + 1), x.dtype)
        weights[:, :rows] = self.params["W"].reshape(fn, rows)
        weights[:, rows] = self.params["b"]
        self._x, self._train, self._rectified = x, train, rectify
        keep = _keeps_buffers(n, train)
        self._padded = batch_last_padded(x, self.pad, self._bordered_input(n, keep))
        if into is None:
            out = self._buffer("out", (fn, oh * ow * n), x.dtype, cached=train).reshape(fn, oh, ow, n)
        else:
            out = into.transpose(1, 2, 3, 0)

        def product(_tile: int, region: tuple[slice, slice], _outputs: slice, col: np.ndarray) -> None:
            target = out[:, region[0], region[1]]
            _product_into(weights, col, target)
            if rectify:
                np.maximum(target, 0, out=target)

        self._over_tiles(self._plan("columns", self._padded, self.stride, oh, ow, keep), product)
        self._out = out.transpose(3, 0, 1, 2)
        return self._out

    def _bordered_input(self, batch: int, keep: bool) -> np.ndarray:
        """The zero-bordered (C, H+2p, W+2p, N) array forward reads: the one handed out by
        ``input_destination`` if any, else the kept one (see ``_keeps_buffers``) or a new one."""
        c, h, w = self.in_shape
        handed, self._handed_input = self._handed_input, None
        return self._bordered("padded", (c, h + 2 * self.pad, w + 2 * self.pad, batch), handed, keep)

    def input_destination(self, batch: int, train: bool) -> np.ndarray | None:
        """Where the step before may write this layer's input (N, C, H, W): inside the
        zero-bordered array forward reads, which then needs no copy. None without padding."""
        if not self.pad:
            return None
        self._handed_input = self._bordered_input(batch, _keeps_buffers(batch, train))
        return inside(self._handed_input, self.pad)

    def backward(self, dout):
        fn = self.filters
        if self.needs_input_grad and self._transposable():
            return self._backward_by_convolution(dout)
        if not self.needs_input_grad:
            # The fused ReLU's gate is applied tile by tile, while each tile is in cache.
            self._weight_gradient_from_input_columns(dout, self._out if self._rectified else None)
            return None
        if self._rectified:
            dout = self._gated(dout)
        self._weight_gradient_from_input_columns(dout)
        dout2 = dout.transpose(1, 2, 3, 0).reshape(fn, -1)
        dcol = np.matmul(self.params["W"].reshape(fn, -1).T, dout2)
        return col2im(dcol, self._x.shape, self.kernel, self.stride, self.pad)

    def _gated(self, dout: np.ndarray) -> np.ndarray:
        """``dout`` where the rectified output is positive, else 0: the fused ReLU's backward."""
        gated, out = self._buffer_like("gated", dout, cached=self._train), self._out

        def gate(channels: slice) -> None:
            np.multiply(dout[:, channels], out[:, channels] > 0, out=gated[:, channels])

        run_in_groups(gate, dout.shape[1], dout[:, 0].nbytes)
        return gated

    def _weight_gradient_from_input_columns(self, dout: np.ndarray, gate: np.ndarray | None = None) -> None:
        """dW and db as (columns of x) @ dout.T, tile by tile; ``dout`` only where ``gate`` > 0 if given.

        The columns are rebuilt rather than kept from the forward pass: rebuilding them in cache
        is cheaper than storing them to and reloading them from main memory. Each tile's product
        is kept and the products are added in tile order, whichever thread made them.
        (C*FH*FW + 1, FN): this orientation suits the BLAS kernels better than dout @ col.T.
        """
        n, c, h, w = self._x.shape
        fn = self.filters
        _, oh, ow = self.output_shape((c, h, w))
        plan = self._plan("columns", self._padded, self.stride, oh, ow, self._train)
        products = self._buffer("grad-products", (len(plan.tiles), c * self.kernel[0] * self.kernel[1] + 1, fn),
                                dout.dtype)
        dout4 = dout.transpose(1, 2, 3, 0)
        if gate is None:
            rows = dout4.reshape(fn, -1)  # a view when dout is batch-last
        else:
            rows = self._buffer("gated-rows", (fn, oh * ow * n), dout.dtype, cached=self._train)
            gate4, gated4 = gate.transpose(1, 2, 3, 0), rows.reshape(fn, oh, ow, n)

        def accumulate(tile: int, region: tuple[slice, slice], outputs: slice, col: np.ndarray) -> None:
            if gate is not None:
                r, k = region
                np.multiply(dout4[:, r, k], gate4[:, r, k] > 0, out=gated4[:, r, k])
            np.matmul(col, rows[:, outputs].T, out=products[tile])

        self._over_tiles(plan, accumulate)
        grads = products.sum(axis=0)
        self.grads["W"].reshape(fn, -1)[...] = grads[:-1].T
        self.grads["b"][...] = grads[-1]

    def _bordered_gradient(self, batch: int) -> np.ndarray:
        """The zero-bordered (FN, OH+2d, OW+2d, N) array the input gradient's convolution reads
        (d = FH-1-pad): the one handed out by ``gradient_destination`` if any, else the kept
        (training) or a new one."""
        _, oh, ow = self.output_shape(self.in_shape)
        dpad = self.kernel[0] - 1 - self.pad
        handed, self._handed_gradient = self._handed_gradient, None
        return self._bordered("dout-padded", (self.filters, oh + 2 * dpad, ow + 2 * dpad, batch), handed,
                              self._train)

    def _bordered(self, name: str, shape: tuple, handed: np.ndarray | None, cached: bool) -> np.ndarray:
        """``handed`` if it has ``shape`` (the array a destination call gave out, whose inside the
        step next to this one has written), else the zero-bordered buffer ``name``."""
        if handed is not None and handed.shape == shape:
            return handed
        return self._buffer(name, shape, self.params["W"].dtype, fill=0, cached=cached)

    def gradient_destination(self, batch: int) -> np.ndarray | None:
        """Where the step after may write d(loss)/d(output) (N, FN, OH, OW) in backward: inside
        the zero-bordered array the input gradient is computed from, which then needs no copy.
        None when backward does not read such an array, or must gate the gradient (fused ReLU)."""
        dpad = self.kernel[0] - 1 - self.pad
        if not (self.needs_input_grad and self._transposable()) or self._rectified or not dpad:
            return None
        self._handed_gradient = self._bordered_gradient(batch)
        return inside(self._handed_gradient, dpad)

    def _transposable(self) -> bool:
        """Whether the input gradient is itself a 'same'-size convolution of the output gradient."""
        fh, fw = self.kernel
        return self.stride == 1 and fh == fw and self.pad < fh

    def _backward_by_convolution(self, dout: np.ndarray) -> np.ndarray:
        """dx as the convolution of ``dout`` (padded by FH-1-pad) with the flipped, transposed
        filters, and dW from the same columns.

        Equal to col2im of W.T @ dout, but built tile by tile like the forward pass, its product
        has the long inner dimension (FN*FH*FW) where col2im's has only FN, and no column-sized
        matrix is written to memory and added back FH*FW times. The columns of dout also give
        the weight gradient: dW[f, c, i, j] = sum over (h, w, n) of column (f, FH-1-i, FW-1-j)
        times x[c, h, w, n], so x's columns need not be rebuilt.
        """
        n, c, h, w = self._x.shape
        fn, (fh, fw), cached = self.filters, self.kernel, self._train
        dpad = fh - 1 - self.pad
        _, oh, ow = self.output_shape((c, h, w))
        padded = batch_last_padded(dout, dpad, self._bordered_gradient(n),
                                   gate=self._out if self._rectified else None)
        flipped = self._buffer("flipped", (c, fn * fh * fw), dout.dtype)
        flipped.reshape(c, fn, fh, fw)[...] = self.params["W"][:, :, ::-1, ::-1].transpose(1, 0, 2, 3)
        dx = self._buffer("dx", (c, h * w * n), dout.dtype, cached=cached)
        plan = self._plan("dout-columns", padded, 1, h, w, cached)
        products = self._buffer("grad-products", (len(plan.tiles), fn * fh * fw, c), dout.dtype)
        x4 = self._x.transpose(1, 2, 3, 0)
        # With a 'same'-size output, each filter's centre row of the columns is dout itself: the
        # bias gradient is summed from it per tile, while the tile is in cache.
        taps = fh * fw
        centres = slice(dpad * fw + dpad, fn * taps, taps) if dpad == self.pad else None
        bias_parts = self._buffer("bias-parts", (len(plan.tiles), fn), dout.dtype)

        def products_of_tile(tile: int, region: tuple[slice, slice], inputs: slice, col: np.ndarray) -> None:
            np.matmul(flipped, col[:-1], out=dx[:, inputs])
            # The tile's inputs as a (C, positions) view; a copy if its rows lie apart in memory
            # (x written inside this layer's zero border by the layer before).
            x_tile = x4[:, region[0], region[1]].reshape(c, -1)
            np.matmul(col[:-1], x_tile.T, out=products[tile])
            if centres is not None:
                np.add.reduce(col[centres], axis=1, out=bias_parts[tile])

        self._over_tiles(plan, products_of_tile)
        flipped_grads = products.sum(axis=0).reshape(fn, fh, fw, c)
        self.grads["W"][...] = flipped_grads[:, ::-1, ::-1].transpose(0, 3, 1, 2)
        if centres is not None:
            np.add.reduce(bias_parts, axis=0, out=self.grads["b"])
        else:
            # The zero border adds nothing to the bias gradient, the sum of the (gated) gradient.
            ones = self._buffer("bias-ones", (padded[0].size,), dout.dtype, fill=1)
            np.matmul(padded.reshape(fn, -1), ones, out=self.grads["b"])
        return dx.reshape(c, h, w, n).transpose(3, 0, 1, 2)


def _keeps_buffers(batch: int, train: bool) -> bool:
    """Whether a forward pass keeps its zero-bordered input and tile plan for the next one:
    training does, and so does reading a single image (the Draw pad reads one per stroke, and
    building the plan cost more than its products). Both are internal: no caller gets them."""
    return train or batch == 1


class _TilePlan:
    """The tiles of one convolution's pass over a padded array, with the strided views that build
    each tile's columns and a column buffer per thread.

    Training keeps the plan between steps (its arrays stay the same), which saves making about
    150 strided views per step; a plan made for one evaluation call still reuses its buffers
    from tile to tile.
    """

    def __init__(self, layer: Convolution, padded: np.ndarray, stride: int, oh: int, ow: int) -> None:
        self.key = self._key(padded, stride, oh, ow)
        c, _, _, n = padded.shape
        fh, fw = layer.kernel
        self.rows = c * fh * fw
        self.tiles, self.workers = layer._tile_plan(padded, oh, ow)
        windows = receptive_fields(padded, layer.kernel, stride, oh, ow)
        self.sources = [windows[:, :, :, r, k] for r, k in self.tiles]
        sizes = [(r.stop - r.start) * (k.stop - k.start) * n for r, k in self.tiles]
        starts = [(r.start * ow + k.start) * n for r, k in self.tiles]
        self.outputs = [slice(start, start + size) for start, size in zip(starts, sizes)]
        self._largest, self._dtype = max(sizes), padded.dtype
        self._buffers: dict[int, np.ndarray] = {}
        self._views: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}

    @staticmethod
    def _key(padded: np.ndarray, stride: int, oh: int, ow: int) -> tuple:
        """What the plan depends on: the array itself, the grid, and what ``_tile_plan`` reads."""
        return (padded.__array_interface__["data"][0], padded.shape, padded.strides, stride, oh, ow,
                TILE_BYTES, blas_threads())

    def fits(self, padded: np.ndarray, stride: int, oh: int, ow: int) -> bool:
        return self.key == self._key(padded, stride, oh, ow)

    def columns(self, worker: int, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Thread ``worker``'s column matrix for tile ``index`` (last row ones), and the view of
        its other rows shaped like ``sources[index]`` to copy the receptive fields into."""
        views = self._views.get((worker, index))
        if views is None:
            buffer = self._buffers.get(worker)
            if buffer is None:
                buffer = self._buffers[worker] = np.ones((self.rows + 1, self._largest), self._dtype)
            cols = buffer[:, :self.outputs[index].stop - self.outputs[index].start]
            views = self._views[(worker, index)] = (cols, cols[:self.rows].reshape(self.sources[index].shape))
        return views
