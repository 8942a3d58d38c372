"""Weights as pictures: many small tiles packed into one image, as the books draw them.

A dense first layer's weights become one 28x28 tile per hidden unit (the pattern each unit looks
for in a digit); convolution filters become one tile per filter and input channel (Deep Learning
from Scratch ch. 7); any other weight matrix is shown as it is, one row per unit. Tiles are
separated by 1-pixel gaps holding NaN, which image views draw as background, so a whole layer is
one array and one image item.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..data.checks import IMAGE_SIDE

TILES, FILTERS, MATRIX = "tiles", "filters", "matrix"


@dataclass(frozen=True, eq=False)
class Mosaic:
    """Tiles laid out on a grid in one float32 image with NaN gaps.

    Tile ``k`` sits at grid row ``k // cols`` and column ``k % cols``. ``limit`` gives symmetric
    colour levels (-limit, limit), so 0 always has the diverging colormap's middle colour.
    ``kind`` is "tiles" (dense weights over the input image), "filters" (convolution) or "matrix".
    """

    image: np.ndarray
    grid: tuple[int, int]
    tile_shape: tuple[int, int]
    count: int
    gap: int
    limit: float
    kind: str = TILES

    @property
    def levels(self) -> tuple[float, float]:
        return -self.limit, self.limit

    def tile_origin(self, k: int) -> tuple[int, int]:
        """Pixel (row, col) of tile ``k``'s top-left corner in ``image``."""
        rows, cols = self.grid
        if not 0 <= k < self.count:
            raise IndexError(f"tile {k} is outside 0..{self.count - 1}")
        th, tw = self.tile_shape
        return (k // cols) * (th + self.gap), (k % cols) * (tw + self.gap)

    def tile_at(self, row: float, col: float) -> int | None:
        """Index of the tile covering image pixel (row, col), or None for a gap or outside."""
        if row < 0 or col < 0:
            return None
        th, tw = self.tile_shape
        grid_row, in_row = divmod(int(row), th + self.gap)
        grid_col, in_col = divmod(int(col), tw + self.gap)
        if in_row >= th or in_col >= tw or grid_row >= self.grid[0] or grid_col >= self.grid[1]:
            return None
        k = grid_row * self.grid[1] + grid_col
        return k if k < self.count else None


def _scaled(tiles: np.ndarray, per_tile_scale: bool) -> tuple[np.ndarray, float]:
    """Tiles and the colour limit: one shared scale, or every tile divided by its own peak |value|."""
    if per_tile_scale:
        peaks = np.abs(tiles).max(axis=(1, 2), keepdims=True)
        return tiles / np.where(peaks > 0, peaks, 1.0), 1.0
    peak = float(np.abs(tiles).max()) if tiles.size else 0.0
    return tiles, peak if peak > 0 else 1.0


def tile_mosaic(tiles: np.ndarray, cols: int | None = None, gap: int = 1, per_tile_scale: bool = False,
                kind: str = TILES) -> Mosaic:
    """Tiles (K, H, W) -> Mosaic on a grid ``cols`` wide (default: the smallest square that fits).

    With ``per_tile_scale`` each tile is divided by its own largest |value| (levels -1..1): faint
    tiles become visible, but tiles can no longer be compared with each other.
    """
    tiles = np.asarray(tiles, dtype=np.float32)
    if tiles.ndim != 3 or tiles.shape[0] == 0:
        raise ValueError(f"tiles must be a non-empty (K, H, W) array, got shape {tiles.shape}")
    count, th, tw = tiles.shape
    cols = min(count, cols or math.ceil(math.sqrt(count)))
    rows = math.ceil(count / cols)
    tiles, limit = _scaled(tiles, per_tile_scale)
    # Every cell is a tile plus its gap to the right and below; the last gaps are cut off.
    padded = np.full((rows * (th + gap), cols * (tw + gap)), np.nan, dtype=np.float32)
    cells = padded.reshape(rows, th + gap, cols, tw + gap)
    full_rows = count // cols
    cells[:full_rows, :th, :, :tw] = tiles[:full_rows * cols].reshape(full_rows, cols, th, tw).transpose(0, 2, 1, 3)
    rest = count - full_rows * cols
    if rest:
        cells[full_rows, :th, :rest, :tw] = tiles[full_rows * cols:].transpose(1, 0, 2)
    image = padded[:rows * (th + gap) - gap, :cols * (tw + gap) - gap]
    return Mosaic(image, (rows, cols), (th, tw), count, gap, limit, kind)


def dense_weight_tiles(W: np.ndarray, side: int = IMAGE_SIDE) -> np.ndarray:
    """First-layer weights W (side*side, H) -> (H, side, side): the input pattern each unit weighs."""
    if W.ndim != 2 or W.shape[0] != side * side:
        raise ValueError(f"expected weights of shape ({side * side}, units), got {W.shape}")
    return W.T.reshape(W.shape[1], side, side)


def conv_filter_mosaic(W: np.ndarray, gap: int = 1, per_tile_scale: bool = False) -> Mosaic:
    """Convolution weights (FN, C, FH, FW) -> Mosaic.

    One input channel (the first layer): one tile per filter on a square grid. Several channels
    (deeper layers): one row per filter, one tile per input channel.
    """
    if W.ndim != 4:
        raise ValueError(f"expected convolution weights (FN, C, FH, FW), got shape {W.shape}")
    fn, c, fh, fw = W.shape
    tiles = W.reshape(fn * c, fh, fw)
    return tile_mosaic(tiles, cols=None if c == 1 else c, gap=gap, per_tile_scale=per_tile_scale, kind=FILTERS)


def matrix_mosaic(W: np.ndarray) -> Mosaic:
    """A dense weight matrix W (inputs, units) as one picture with one row per unit."""
    return tile_mosaic(np.asarray(W).T[None], kind=MATRIX)


def weight_names(params: dict[str, np.ndarray]) -> list[str]:
    """Weight arrays (W1, W2...) in layer order; biases and BatchNorm parameters are left out."""
    return [name for name in params if name.startswith("W")]


def image_input_weight(params: dict[str, np.ndarray], name: str, side: int = IMAGE_SIDE) -> bool:
    """True when ``name`` is a dense layer reading the input image directly (one tile per unit)."""
    names = weight_names(params)
    W = params[name]
    return bool(names) and names[0] == name and W.ndim == 2 and W.shape[0] == side * side


def weight_mosaic(params: dict[str, np.ndarray], name: str, per_tile_scale: bool = False) -> Mosaic:
    """The natural picture of weight array ``name``: tiles, filters or a plain matrix."""
    W = params[name]
    if W.ndim == 4:
        return conv_filter_mosaic(W, per_tile_scale=per_tile_scale)
    if image_input_weight(params, name):
        return tile_mosaic(dense_weight_tiles(W), per_tile_scale=per_tile_scale)
    return matrix_mosaic(W)


def strongest_outgoing(params: dict[str, np.ndarray], name: str, unit: int,
                       top: int = 5) -> tuple[str, np.ndarray, np.ndarray] | None:
    """Where unit ``unit`` of layer ``name`` sends its output most strongly.

    Returns (next weight name, target unit indices, their weights), strongest |weight| first, or
    None when no dense layer reads this layer's units directly.
    """
    names = weight_names(params)
    position = names.index(name) + 1
    if params[name].ndim != 2 or position >= len(names):
        return None
    following = params[names[position]]
    if following.ndim != 2 or following.shape[0] != params[name].shape[1]:
        return None
    row = following[unit]
    order = np.argsort(-np.abs(row), kind="stable")[:top]
    return names[position], order, row[order]
