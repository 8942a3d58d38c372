"""Reader for the CSV digit files of *Make Your Own Neural Network*.

One image per line, no header: the label, then 784 pixel values 0..255 in row-major order.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import DatasetError
from .checks import IMAGE_SIDE, PIXELS, check_labels
from .idx import read_bytes

_FIELDS = PIXELS + 1


def _text_rows(data: bytes, source: str) -> list[str]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DatasetError(f"{source}: not a text file") from None
    rows = [line for line in text.splitlines() if line.strip()]
    if not rows:
        raise DatasetError(f"{source}: the file is empty (no image rows)")
    return rows


def _check_field_counts(rows: list[str], source: str) -> None:
    counts = np.fromiter((row.count(",") + 1 for row in rows), dtype=np.int64, count=len(rows))
    bad = np.flatnonzero(counts != _FIELDS)
    if bad.size:
        row = int(bad[0])
        raise DatasetError(
            f"{source}: row {row + 1} has {counts[row]} values, expected {_FIELDS} "
            f"(a label and {PIXELS} pixels)")


def _first_non_number(rows: list[str]) -> tuple[int, int, str]:
    """Locate the text that failed to parse; only runs after parsing has already failed."""
    for r, row in enumerate(rows):
        for c, field in enumerate(row.split(",")):
            try:
                float(field)
            except ValueError:
                return r, c, field
    return 0, 0, ""


def _parse(rows: list[str], source: str) -> np.ndarray:
    try:
        values = np.loadtxt(rows, delimiter=",", dtype=np.float64, ndmin=2)
    except ValueError:
        r, c, field = _first_non_number(rows)
        raise DatasetError(
            f"{source}: row {r + 1}, column {c + 1}: {field.strip()!r} is not a number") from None
    finite = np.isfinite(values)
    whole = finite & (values == np.round(values))
    bad = np.argwhere(~whole)
    if bad.size:
        r, c = (int(v) for v in bad[0])
        raise DatasetError(
            f"{source}: row {r + 1}, column {c + 1}: {values[r, c]:g} is not a whole number")
    return values


def decode_csv(data: bytes, source: str) -> tuple[np.ndarray, np.ndarray]:
    """Images (N, 28, 28) uint8 and labels (N,) int64 from the bytes of a CSV file."""
    rows = _text_rows(data, source)
    _check_field_counts(rows, source)
    values = _parse(rows, source)
    pixels = values[:, 1:]
    bad = np.argwhere((pixels < 0) | (pixels > 255))
    if bad.size:
        r, c = (int(v) for v in bad[0])
        raise DatasetError(
            f"{source}: row {r + 1}, column {c + 2}: pixel value {pixels[r, c]:g} is outside 0..255")
    labels = check_labels(values[:, 0], source)
    images = pixels.astype(np.uint8).reshape(-1, IMAGE_SIDE, IMAGE_SIDE)
    return images, labels


def load_csv(path: str | Path) -> tuple[np.ndarray, np.ndarray]:
    """Images (N, 28, 28) uint8 and labels (N,) int64 from a CSV file in Rashid's format."""
    return decode_csv(read_bytes(path), str(path))
