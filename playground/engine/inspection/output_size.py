"""The book's output-size formula, (W + 2P - F) / S + 1, with what happens when it is not whole."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class OutputSize:
    """One axis of a convolution or pooling: input ``size``, ``pad``, filter ``kernel``, ``stride``.

    ``span`` is W + 2P - F; the formula's value is span / S + 1, a whole number only when S divides
    the span. The engine (like the book's code) rounds down: the last ``leftover`` rows or columns of
    the padded input are never covered by the filter.
    """

    size: int
    pad: int
    kernel: int
    stride: int

    def __post_init__(self) -> None:
        if self.size < 1 or self.kernel < 1 or self.stride < 1 or self.pad < 0:
            raise ValueError("size, filter and stride must be at least 1 and padding at least 0")
        if self.span < 0:
            raise ValueError(f"a {self.kernel}-wide filter does not fit an input of {self.size} "
                             f"with padding {self.pad}")

    @property
    def span(self) -> int:
        return self.size + 2 * self.pad - self.kernel

    @property
    def exact(self) -> float:
        """The formula's value, possibly a fraction."""
        return self.span / self.stride + 1

    @property
    def whole(self) -> bool:
        return self.span % self.stride == 0

    @property
    def output(self) -> int:
        """The number of positions the engine computes (the formula rounded down)."""
        return self.span // self.stride + 1

    @property
    def leftover(self) -> int:
        """Padded input cells past the last window: 0 when the formula is whole."""
        return self.span % self.stride

    def window_starts(self) -> np.ndarray:
        """Where each window begins, in padded-input coordinates (0 = first padding cell)."""
        return np.arange(self.output) * self.stride
