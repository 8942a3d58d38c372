"""A convolution layer step by step for one input, as *Deep Learning from Scratch* ch. 7 draws it.

The sliding filter: for output cell (i, j) of filter f, the patch of the (padded) input under the
filter, the element-wise products with the filter, and their sum plus the bias. Then the ReLU and
the max-pool after it, window by window. And the same numbers the way the engine computes them:
``im2col`` lays every patch out as a column, and one matrix product with the filter matrix gives
every output cell. The outputs shown are the engine's own (``Network.forward``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ..fast.conv import Convolution, im2col
from ..fast.layers import ReLU
from ..fast.network import Network
from ..fast.pooling import Pooling


@dataclass(frozen=True, eq=False)
class ConvolutionSteps:
    """One conv layer of ``network.layers[index]`` on one input.

    ``padded`` (C, H+2P, W+2P); ``weights`` (FN, C, FH, FW); ``z`` (FN, OH, OW), the layer's output;
    ``relu`` the output of a ReLU right after it (or None); ``pooled`` the output of a max-pool
    after that ReLU (or None); ``columns`` the engine's im2col matrix (C*FH*FW, OH*OW).
    """

    index: int
    padded: np.ndarray
    pad: int
    stride: int
    weights: np.ndarray
    bias: np.ndarray
    z: np.ndarray
    relu: np.ndarray | None
    pooled: np.ndarray | None
    pool_size: int
    pool_stride: int
    columns: np.ndarray

    @property
    def kernel(self) -> tuple[int, int]:
        return int(self.weights.shape[2]), int(self.weights.shape[3])

    @property
    def output_shape(self) -> tuple[int, int]:
        return int(self.z.shape[1]), int(self.z.shape[2])

    def patch(self, i: int, j: int) -> np.ndarray:
        """The padded input under the filter for output cell (i, j): (C, FH, FW)."""
        fh, fw = self.kernel
        top, left = i * self.stride, j * self.stride
        return self.padded[:, top:top + fh, left:left + fw]

    def products(self, f: int, i: int, j: int) -> np.ndarray:
        """Patch times filter ``f``, element by element: the terms of output cell (i, j)."""
        return self.patch(i, j) * self.weights[f]

    def cell_sum(self, f: int, i: int, j: int) -> float:
        """Sum of the products plus the bias (float64): the value of z[f, i, j]."""
        return float(np.sum(self.products(f, i, j), dtype=np.float64) + self.bias[f])

    def all_sums(self, f: int) -> np.ndarray:
        """``cell_sum`` of filter ``f`` for every cell at once (OH, OW), float64."""
        windows = sliding_window_view(self.padded, self.kernel, axis=(1, 2))[:, ::self.stride, ::self.stride]
        oh, ow = self.output_shape
        windows = windows[:, :oh, :ow]  # (C, OH, OW, FH, FW)
        return np.einsum("cijkl,ckl->ij", windows.astype(np.float64), self.weights[f].astype(np.float64)) \
            + float(self.bias[f])

    def pool_window(self, f: int, i: int, j: int) -> np.ndarray:
        """The ReLU outputs that pooled cell (i, j) of channel ``f`` takes the maximum of."""
        if self.relu is None or self.pooled is None:
            raise ValueError("this convolution is not followed by a ReLU and a max-pool")
        top, left = i * self.pool_stride, j * self.pool_stride
        return self.relu[f, top:top + self.pool_size, left:left + self.pool_size]

    def filter_matrix(self) -> np.ndarray:
        """The filters as the engine multiplies them: (FN, C*FH*FW), one row per filter."""
        return self.weights.reshape(self.weights.shape[0], -1)

    def im2col_product(self) -> np.ndarray:
        """Filter matrix x patch matrix + bias, reshaped (FN, OH, OW): every z at once."""
        return (self.filter_matrix() @ self.columns + self.bias[:, None]).reshape(self.z.shape)


def conv_layer_indices(network: Network) -> list[int]:
    """Indices in ``network.layers`` of the convolution layers."""
    return [k for k, layer in enumerate(network.layers) if isinstance(layer, Convolution)]


def convolution_steps(network: Network, x: np.ndarray, index: int) -> ConvolutionSteps:
    """The step-by-step view of conv layer ``index`` for one prepared input ``x`` (1, C, H, W)."""
    layer = network.layers[index]
    if not isinstance(layer, Convolution):
        raise ValueError(f"layer {index} is a {layer.kind} layer, not a convolution")
    if x.shape[0] != 1:
        raise ValueError(f"expected one sample (1, ...), got a batch of {x.shape[0]}")
    outputs = network.forward(x, train=False)
    layer_input = np.asarray(x if index == 0 else outputs[index - 1], dtype=network.dtype)
    z = np.array(outputs[index][0])
    layers = network.layers
    relu = pooled = None
    pool_size = pool_stride = 0
    if index + 1 < len(layers) and isinstance(layers[index + 1], ReLU):
        relu = np.array(outputs[index + 1][0])
        following = layers[index + 2] if index + 2 < len(layers) else None
        if isinstance(following, Pooling) and following.mode == "max" and following.pad == 0:
            pooled = np.array(outputs[index + 2][0])
            pool_size, pool_stride = following.size, following.stride
    columns = im2col(layer_input, layer.kernel, layer.stride, layer.pad)
    network.release()
    p = layer.pad
    padded = np.pad(layer_input[0], ((0, 0), (p, p), (p, p)))
    return ConvolutionSteps(index, padded, p, layer.stride, layer.params["W"], layer.params["b"], z, relu,
                            pooled, pool_size, pool_stride, columns)
