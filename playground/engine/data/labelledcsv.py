"""CSV files whose label column holds numbers or class names, with or without a header row.

Rashid's format (``csvdigits``) allows only the digits 0..9; a person's own CSV may say
``circle,0,0,...``. The label column is read as text here and the 784 pixel columns go through the
book-format reader, so its checks (field counts, whole numbers in 0..255) stay in one place.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import DatasetError
from .csvdigits import decode_csv
from .idx import read_bytes

MAX_CLASSES = 100
MAX_FILE_BYTES = 500_000_000  # MNIST's 70,000 images as CSV take about 130 MB


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def decode_labelled_csv(data: bytes, source: str) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """Images (N, 28, 28) uint8, labels (N,) int64 and the class names from a CSV's bytes.

    Whole-number labels name themselves (label 3 is class "3"; labels up to 9 give the ten digit
    classes, so a digits file missing some digit still makes a ten-output network);
    text labels become classes in sorted order. A first row whose pixel fields are not numbers is
    a header and is dropped.
    """
    try:
        lines = [line for line in data.decode("utf-8-sig").splitlines() if line.strip()]
    except UnicodeDecodeError:
        raise DatasetError(f"{source}: not a text file") from None
    if lines and not _is_number(lines[0].split(",", 2)[1] if lines[0].count(",") else ""):
        lines = lines[1:]
    if not lines:
        raise DatasetError(f"{source}: the file is empty (no image rows)")
    names = [line.split(",", 1)[0].strip().strip('"') for line in lines]
    pixels = [line.split(",", 1)[1] if "," in line else "" for line in lines]
    images, _ = decode_csv("\n".join("0," + p for p in pixels).encode(), source)
    if all(name.isdigit() for name in names):
        labels = np.array([int(name) for name in names], np.int64)
        classes = tuple(str(k) for k in range(max(int(labels.max()) + 1, 10)))
    else:
        classes, labels = np.unique(np.array(names), return_inverse=True)
        classes, labels = tuple(str(c) for c in classes), labels.astype(np.int64)
    if not 2 <= len(classes) <= MAX_CLASSES:
        raise DatasetError(f"{source}: {len(classes)} classes in the label column; 2 to {MAX_CLASSES} work")
    if "" in classes:
        raise DatasetError(f"{source}: row {names.index('') + 1} has an empty label")
    return images, labels, classes


def load_labelled_csv(path: str | Path) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """``decode_labelled_csv`` of a file, its size checked before it is read."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0  # read_bytes reports the missing or unreadable file
    if size > MAX_FILE_BYTES:
        raise DatasetError(f"{path}: {size:,} bytes, too large (at most {MAX_FILE_BYTES // 1_000_000} MB)")
    return decode_labelled_csv(read_bytes(path), str(path))
