"""Growing data buffers for live curves, and the loss curve's exponential smoothing.

Live plots receive a few hundred new points at a time for runs of up to hundreds of thousands of
batches: appending to preallocated arrays that double when full keeps that cheap, and the plot
items get views, not copies.
"""

from __future__ import annotations

import numpy as np

#: Largest growth of w**-k allowed inside one block of the smoothing: keeps it exact to ~1e-10.
BLOCK_GROWTH = 1e6


def exponential_average(values: np.ndarray, weight: float, state: float = 0.0) -> np.ndarray:
    """y[t] = w * y[t-1] + (1 - w) * x[t] from y[-1] = ``state``, vectorised block by block.

    Inside a block y[i] = w**i * (w*state + (1-w) * cumsum(x[k] * w**-k)[i]); blocks are short
    enough that w**-k stays below ``BLOCK_GROWTH``. (scipy.signal.lfilter computes the same, but
    importing scipy.signal takes over a second, which would freeze the window on first use.)
    """
    values = np.asarray(values, np.float64)
    if weight <= 0.0:
        return values.copy()
    block = int(np.clip(np.log(BLOCK_GROWTH) / -np.log(weight), 1, 4096)) if weight < 1.0 else 4096
    powers = weight ** np.arange(block, dtype=np.float64)
    out = np.empty_like(values)
    for start in range(0, len(values), block):
        part = values[start:start + block]
        p = powers[:len(part)]
        out[start:start + len(part)] = p * (weight * state + (1.0 - weight) * np.cumsum(part / p))
        state = out[start + len(part) - 1]
    return out


class GrowingSeries:
    """Columns of float64 data that grow by doubling; ``column(i)`` is a view of the filled part."""

    def __init__(self, columns: int, capacity: int = 1024) -> None:
        self._data = np.empty((columns, capacity), np.float64)
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def extend(self, *columns: np.ndarray) -> None:
        """Append one array per column, all of the same length."""
        count = len(columns[0])
        needed = self._size + count
        if needed > self._data.shape[1]:
            grown = np.empty((self._data.shape[0], max(needed, 2 * self._data.shape[1])), np.float64)
            grown[:, :self._size] = self._data[:, :self._size]
            self._data = grown
        for row, values in zip(self._data, columns):
            row[self._size:needed] = values
        self._size = needed

    def column(self, index: int) -> np.ndarray:
        return self._data[index, :self._size]

    def clear(self) -> None:
        self._size = 0


class SmoothedLoss:
    """Iteration, raw loss and its bias-corrected exponential moving average, kept up to date.

    ``weight`` in [0, 1): 0 shows the raw curve, 0.99 averages over roughly a hundred batches. The
    average starts from zero and is divided by ``1 - weight**t`` so early points are not dragged
    towards zero (the correction TensorBoard's smoothing slider also applies).
    """

    def __init__(self, weight: float = 0.9) -> None:
        self._series = GrowingSeries(3)
        self._weight = weight
        self._state = 0.0  # the uncorrected average after the last point

    def __len__(self) -> int:
        return len(self._series)

    @property
    def iterations(self) -> np.ndarray:
        return self._series.column(0)

    @property
    def raw(self) -> np.ndarray:
        return self._series.column(1)

    @property
    def smoothed(self) -> np.ndarray:
        return self._series.column(2)

    @property
    def weight(self) -> float:
        return self._weight

    def extend(self, iterations: np.ndarray, losses: np.ndarray) -> None:
        start = len(self._series)
        average = self._average(losses, self._state)
        if len(average):
            self._state = float(average[-1])
        self._series.extend(iterations, losses, self._debias(average, start))

    def set_weight(self, weight: float) -> None:
        """Change the smoothing and recompute the whole curve."""
        self._weight = float(weight)
        average = self._average(self.raw, 0.0)
        self._state = float(average[-1]) if len(average) else 0.0
        self.smoothed[:] = self._debias(average, 0)

    def _average(self, values: np.ndarray, state: float) -> np.ndarray:
        w = self._weight
        if len(values) == 0:
            return np.zeros(0)
        return exponential_average(values, w, state)

    def _debias(self, average: np.ndarray, start: int) -> np.ndarray:
        steps = np.arange(start + 1, start + len(average) + 1, dtype=np.float64)
        return average / (1.0 - self._weight ** steps) if self._weight else average
