"""The book's layers, written to be read: *Deep Learning from Scratch*'s ``common/layers.py``.

Each layer has ``forward(x, train)`` and ``backward(dout)`` side by side, ``params`` / ``grads``
dicts and its shapes in the docstring. These are the definition of what every layer computes:
gradient checks test them, and tests check that the engine's fast execution (``network.py`` with
``conv.py``, ``pooling.py`` and ``threads.py``) gives the same outputs and gradients for every
preset. Read these to learn; the fast code is the same arithmetic arranged for the CPU's caches
and cores.
"""

from .layers import Affine, BatchNorm, Dropout, Flatten, LeakyReLU, Relu, Sigmoid, Tanh
from .conv import Convolution, Pooling, col2im, im2col
from .network import ReferenceNetwork

__all__ = ["Affine", "BatchNorm", "Convolution", "Dropout", "Flatten", "LeakyReLU", "Pooling",
           "ReferenceNetwork", "Relu", "Sigmoid", "Tanh", "col2im", "im2col"]
