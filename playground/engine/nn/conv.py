"""Convolution and pooling as in the book's chapter 7: im2col turns a convolution into one
matrix product.   Images are (N, C, H, W); filters (FN, C, FH, FW).

The output size along each axis is (H + 2*pad - FH) // stride + 1.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def output_size(size: int, kernel: int, stride: int, pad: int) -> int:
    return (size + 2 * pad - kernel) // stride + 1


def im2col(x: np.ndarray, fh: int, fw: int, stride: int = 1, pad: int = 0,
           pad_value: float = 0.0) -> np.ndarray:
    """x (N, C, H, W) -> col (N*OH*OW, C*FH*FW): one row per output position, holding the
    receptive field it sees. The windows are a strided view of the padded input; the reshape
    copies them into rows."""
    n, c, h, w = x.shape
    oh, ow = output_size(h, fh, stride, pad), output_size(w, fw, stride, pad)
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)], constant_values=pad_value)
    windows = sliding_window_view(img, (fh, fw), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :oh, :ow]
    return windows.transpose(0, 2, 3, 1, 4, 5).reshape(n * oh * ow, c * fh * fw)


def col2im(col: np.ndarray, x_shape: tuple, fh: int, fw: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """The reverse of im2col for gradients: col (N*OH*OW, C*FH*FW) -> (N, C, H, W), adding up
    the entries of overlapping windows. One vectorised addition per filter position."""
    n, c, h, w = x_shape
    oh, ow = output_size(h, fh, stride, pad), output_size(w, fw, stride, pad)
    col = col.reshape(n, oh, ow, c, fh, fw).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((n, c, h + 2 * pad + stride - 1, w + 2 * pad + stride - 1), dtype=col.dtype)
    for y in range(fh):
        for x in range(fw):
            img[:, :, y:y + stride * oh:stride, x:x + stride * ow:stride] += col[:, :, y, x, :, :]
    return img[:, :, pad:h + pad, pad:w + pad]


class Convolution:
    """x (N, C, H, W) -> out (N, FN, OH, OW);   W (FN, C, FH, FW), b (FN,)."""

    def __init__(self, W: np.ndarray, b: np.ndarray, stride: int = 1, pad: int = 0) -> None:
        self.params = {"W": W, "b": b}
        self.grads: dict[str, np.ndarray] = {}
        self.stride, self.pad = stride, pad

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        W = self.params["W"]
        fn, _, fh, fw = W.shape
        n, _, h, w = x.shape
        oh, ow = output_size(h, fh, self.stride, self.pad), output_size(w, fw, self.stride, self.pad)
        self.x_shape = x.shape
        self.col = im2col(x, fh, fw, self.stride, self.pad)  # (N*OH*OW, C*FH*FW)
        self.col_W = W.reshape(fn, -1).T                     # (C*FH*FW, FN)
        out = self.col @ self.col_W + self.params["b"]       # (N*OH*OW, FN)
        return out.reshape(n, oh, ow, fn).transpose(0, 3, 1, 2)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """dout (N, FN, OH, OW) -> dx (N, C, H, W); fills grads W (FN, C, FH, FW) and b (FN,)."""
        W = self.params["W"]
        fn, c, fh, fw = W.shape
        dout = dout.transpose(0, 2, 3, 1).reshape(-1, fn)    # (N*OH*OW, FN)
        self.grads["b"] = dout.sum(axis=0)
        self.grads["W"] = (self.col.T @ dout).T.reshape(fn, c, fh, fw)
        dcol = dout @ self.col_W.T                           # (N*OH*OW, C*FH*FW)
        return col2im(dcol, self.x_shape, fh, fw, self.stride, self.pad)


class Pooling:
    """Max or average over size x size windows of each channel: (N, C, H, W) -> (N, C, OH, OW).

    Max pooling pads with -inf (padding never wins) and sends each window's gradient to its
    largest input; average pooling pads with zeros and divides by the whole window.
    """

    params: dict = {}

    def __init__(self, size: int, stride: int, pad: int = 0, mode: str = "max") -> None:
        self.size, self.stride, self.pad, self.mode = size, stride, pad, mode

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        n, c, h, w = x.shape
        k = self.size
        oh, ow = output_size(h, k, self.stride, self.pad), output_size(w, k, self.stride, self.pad)
        self.x_shape = x.shape
        col = im2col(x, k, k, self.stride, self.pad, -np.inf if self.mode == "max" else 0.0)
        col = col.reshape(-1, k * k)                         # one row per (position, channel) window
        if self.mode == "max":
            self.arg_max = np.argmax(col, axis=1)
            out = col[np.arange(col.shape[0]), self.arg_max]
        else:
            out = col.mean(axis=1)
        return out.reshape(n, oh, ow, c).transpose(0, 3, 1, 2)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        k = self.size
        dout = dout.transpose(0, 2, 3, 1).reshape(-1)        # one value per window
        dcol = np.zeros((dout.size, k * k), dtype=dout.dtype)
        if self.mode == "max":
            dcol[np.arange(dout.size), self.arg_max] = dout
        else:
            dcol[...] = dout[:, None] / (k * k)
        n, c = self.x_shape[:2]
        return col2im(dcol.reshape(-1, c * k * k), self.x_shape, k, k, self.stride, self.pad)
