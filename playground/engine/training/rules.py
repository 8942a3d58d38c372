"""How a batch's gradients are computed: exact backpropagation or the book's own update rule."""

from __future__ import annotations

from typing import Callable

import numpy as np

from ..books.rashid import book_gradient
from ..fast.network import Network

GRADIENT_RULES: dict[str, Callable[[Network, np.ndarray, np.ndarray], float]] = {
    "backprop": Network.gradient,   # the exact gradient of the loss
    "rashid": book_gradient,        # Make Your Own Neural Network's train(): see rashid.book_gradient
}
