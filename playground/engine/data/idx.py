"""Reader for the IDX format MNIST and Fashion-MNIST ship in (optionally gzip-compressed).

Only the two layouts those datasets use are accepted: 28 x 28 unsigned-byte images (magic 2051)
and unsigned-byte labels (magic 2049). All header integers are big-endian.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import numpy as np

from ..errors import DatasetError
from .checks import IMAGE_SIDE, check_labels, check_pair

IMAGES_MAGIC = 0x00000803
LABELS_MAGIC = 0x00000801
_GZIP_SIGNATURE = b"\x1f\x8b"


def read_bytes(path: str | Path) -> bytes:
    """The whole file, with a missing or unreadable file reported as a DatasetError."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise DatasetError(f"{path}: file not found") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def decompress_if_gzip(data: bytes, source: str) -> bytes:
    """Unpack gzip data (recognised by its signature, not the file name); pass other data through."""
    if not data.startswith(_GZIP_SIGNATURE):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise DatasetError(f"{source}: damaged or truncated gzip data ({exc})") from None


def _header(data: bytes, size: int, source: str) -> np.ndarray:
    if len(data) < size:
        raise DatasetError(f"{source}: only {len(data)} bytes, too short for an IDX header")
    return np.frombuffer(data, dtype=">u4", count=size // 4)


def _body(data: bytes, offset: int, shape: tuple[int, ...], source: str) -> np.ndarray:
    expected = int(np.prod(shape))
    actual = len(data) - offset
    if actual != expected:
        raise DatasetError(
            f"{source}: header announces {shape[0]} items ({expected} bytes of data) "
            f"but the file holds {actual} bytes")
    return np.frombuffer(data, dtype=np.uint8, offset=offset).reshape(shape).copy()


def decode_idx(data: bytes, source: str) -> np.ndarray:
    """Decoded IDX bytes: images (N, 28, 28) uint8 or labels (N,) int64 in 0..9."""
    magic = int(_header(data, 4, source)[0])
    if magic == IMAGES_MAGIC:
        _, count, rows, cols = (int(v) for v in _header(data, 16, source))
        if (rows, cols) != (IMAGE_SIDE, IMAGE_SIDE):
            raise DatasetError(
                f"{source}: images are {rows} x {cols}, expected {IMAGE_SIDE} x {IMAGE_SIDE}")
        return _body(data, 16, (count, rows, cols), source)
    if magic == LABELS_MAGIC:
        count = int(_header(data, 8, source)[1])
        return check_labels(_body(data, 8, (count,), source), source)
    raise DatasetError(
        f"{source}: not an IDX image or label file (magic number {magic:#010x}, "
        f"expected {IMAGES_MAGIC:#010x} or {LABELS_MAGIC:#010x})")


def load_idx(path: str | Path) -> np.ndarray:
    """Read an IDX file (plain or ``.gz``): images (N, 28, 28) uint8 or labels (N,) int64."""
    source = str(path)
    return decode_idx(decompress_if_gzip(read_bytes(path), source), source)


def expect_kind(array: np.ndarray, images: bool, source: str) -> np.ndarray:
    """Reject a label file given where images belong, or the other way round."""
    if (array.ndim == 3) != images:
        wanted, found = ("images", "labels") if images else ("labels", "images")
        raise DatasetError(f"{source}: expected an IDX file of {wanted} but it holds {found}")
    return array


def load_idx_pair(images_path: str | Path,
                  labels_path: str | Path) -> tuple[np.ndarray, np.ndarray]:
    """Images and their labels from two IDX files, checked to hold the same number of items."""
    images = expect_kind(load_idx(images_path), True, str(images_path))
    labels = expect_kind(load_idx(labels_path), False, str(labels_path))
    check_pair(images, labels, f"{images_path} and {labels_path}")
    return images, labels
