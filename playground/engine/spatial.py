"""Shapes, spec checks and index arithmetic shared by convolution and pooling."""

from __future__ import annotations

import numpy as np

from .errors import SpecError


def conv_output_size(size: int, kernel: int, stride: int, pad: int) -> int:
    """Output length along one axis: (size + 2*pad - kernel) // stride + 1."""
    return (size + 2 * pad - kernel) // stride + 1


def pair(value, name: str) -> tuple[int, int]:
    """An int or a two-element list as (height, width), each a positive int."""
    values = tuple(value) if isinstance(value, (list, tuple)) else (value, value)
    if len(values) != 2 or not all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) and v > 0
                                    for v in values):
        raise SpecError(f"{name} must be a positive integer or a pair of them, got {value!r}")
    return int(values[0]), int(values[1])


def positive_int(value, name: str) -> int:
    if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 1:
        raise SpecError(f"{name} must be a positive integer, got {value!r}")
    return int(value)


def non_negative_int(value, name: str) -> int:
    if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 0:
        raise SpecError(f"{name} must be a non-negative integer, got {value!r}")
    return int(value)


def offset_slices(offset: int, stride: int, pad: int, in_size: int, out_size: int) -> tuple[slice, slice]:
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


def array_in_layout(shape: tuple, dtype: np.dtype, strides: tuple, zeroed: bool = True) -> np.ndarray:
    """An array of ``shape`` whose memory order follows ``strides`` (largest stride outermost)."""
    order = sorted(range(len(shape)), key=lambda axis: -strides[axis])
    make = np.zeros if zeroed else np.empty
    return make([shape[a] for a in order], dtype=dtype).transpose(np.argsort(order))
