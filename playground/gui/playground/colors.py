"""Colours of the playground: orange for negative / class 0, blue for positive / class 1."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QImage

CLASS_COLORS = np.array([[245, 147, 34], [8, 119, 189], [60, 160, 60], [150, 70, 170], [200, 50, 50]],
                        dtype=np.float32)
DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [(245, 147, 34), (232, 234, 235), (8, 119, 189)])
LUT = DIVERGING.getLookupTable(0.0, 1.0, 256, alpha=False)
LUT32 = (0xFF000000 | LUT[:, 0].astype(np.uint32) << 16 | LUT[:, 1].astype(np.uint32) << 8
         | LUT[:, 2].astype(np.uint32)).astype(np.uint32)
"""The same colours as 0xffRRGGBB words: QImage's 32-bit format, which a painter draws without
converting (two to three times faster than 24-bit pixels)."""


def class_color(k: int) -> QColor:
    return QColor(*map(int, CLASS_COLORS[k % len(CLASS_COLORS)]))


def _lut_index(values: np.ndarray) -> np.ndarray:
    """Values in [-1, 1] (clipped) -> indices of the colour map; NaN (a diverged network) goes to
    the neutral middle."""
    index = np.multiply(values, 127.5, dtype=np.float32)
    index += 127.5
    np.clip(index, 0, 255, out=index)
    if np.isnan(index).any():  # one cheap pass; nan_to_num on every frame cost more than the map
        np.nan_to_num(index, copy=False, nan=127.5)
    return index.astype(np.uint8)


def diverging_rgb(values: np.ndarray) -> np.ndarray:
    """Values in [-1, 1] (clipped) -> uint8 RGB through the orange-grey-blue map."""
    return np.take(LUT, _lut_index(values), axis=0)


def diverging_words(values: np.ndarray) -> np.ndarray:
    """Values in [-1, 1] (clipped) -> 0xffRRGGBB words through the orange-grey-blue map."""
    return np.take(LUT32, _lut_index(values))


def class_rgb(probabilities: np.ndarray) -> np.ndarray:
    """(N, K) class probabilities -> uint8 RGB: each class's colour weighted by its probability,
    washed towards grey where the network hesitates."""
    k = probabilities.shape[1]
    mixed = probabilities @ CLASS_COLORS[:k]
    confidence = (probabilities.max(axis=1, keepdims=True) - 1.0 / k) / (1.0 - 1.0 / k)
    grey = np.float32(232)
    return (grey + (mixed - grey) * confidence).astype(np.uint8)


def map_rgb(values: np.ndarray, discretize: bool = False) -> np.ndarray:
    """A column's outputs over the grid (N,) or (N, K) as RGB pixels (N, 3)."""
    if values.ndim == 2 and values.shape[1] >= 2:
        if discretize:
            values = np.eye(values.shape[1], dtype=np.float32)[values.argmax(axis=1)]
        if values.shape[1] == 2:
            return diverging_rgb(values[:, 1] - values[:, 0])
        return class_rgb(values)
    flat = values.reshape(-1)
    return diverging_rgb(np.sign(flat) if discretize else flat)


def image_from_rows(rows: np.ndarray) -> QImage:
    """(H, W, 3) uint8 pixels, top row first -> a QImage of its own."""
    rows = np.ascontiguousarray(rows)
    height, width = rows.shape[:2]
    return QImage(rows.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def image_from_words(rows: np.ndarray) -> QImage:
    """(H, W) 0xffRRGGBB words, top row first -> a QImage of its own in the 32-bit format."""
    rows = np.ascontiguousarray(rows, dtype=np.uint32)
    height, width = rows.shape
    return QImage(rows.data, width, height, 4 * width, QImage.Format.Format_RGB32).copy()


def to_qimage(rgb: np.ndarray, side: int) -> QImage:
    """(side*side, 3) pixels, bottom row first (the grid's order) -> a QImage, top row first."""
    return image_from_rows(rgb.reshape(side, side, 3)[::-1])
