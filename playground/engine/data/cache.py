"""A disk cache of decoded dataset arrays, so a dataset is unpacked once, not on every start.

Each entry is a ``.npy`` file named after the SHA-256 of the file it was decoded from: a changed
source gets a new name and can never be served a stale array. Beside it, ``<entry>.sha256``
holds the array's digest, so a damaged or truncated entry is noticed and decoded again. Writes go to a temporary file that
is renamed into place, so a crash or a second process never leaves a half-written entry behind.
"""

from __future__ import annotations

import hashlib
import tokenize
from collections.abc import Callable
from pathlib import Path

import numpy as np

from ...paths import cache_dir
from ..atomic import write_atomically


def cache_path(source_name: str, sha256: str) -> Path:
    """Where the array decoded from a file with this name and checksum is kept."""
    stem = source_name.split(".")[0]
    return cache_dir() / "datasets" / f"{stem}-{sha256}.npy"


def _digest_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _digest(array: np.ndarray) -> str:
    return hashlib.sha256(memoryview(np.ascontiguousarray(array)).cast("B")).hexdigest()


def _read(path: Path, is_valid: Callable[[np.ndarray], bool]) -> np.ndarray | None:
    """The cached array, or None if it is missing, cut, damaged or not what ``is_valid`` wants.

    Memory-mapping first makes NumPy check the header against the file's length before anything is
    allocated; the array's SHA-256, stored beside it when it was written, catches flipped bits.
    """
    try:
        mapped = np.load(path, mmap_mode="r", allow_pickle=False)
        expected = _digest_path(path).read_text(encoding="ascii").strip()
    except (OSError, ValueError, EOFError, SyntaxError, TypeError, tokenize.TokenError, UnicodeDecodeError):
        return None
    if not isinstance(mapped, np.ndarray) or _digest(mapped) != expected or not is_valid(mapped):
        return None
    return np.array(mapped)


def _write(path: Path, array: np.ndarray) -> None:
    """Store ``array`` and its digest atomically; a cache that cannot be written only costs speed,
    so say nothing. A reader between the two renames sees a digest that does not match and decodes."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda fh: np.save(fh, array, allow_pickle=False))
        write_atomically(_digest_path(path), lambda fh: fh.write(_digest(array).encode("ascii")))
    except OSError:
        pass


def cached_array(source_name: str, sha256: str, decode: Callable[[], np.ndarray],
                 is_valid: Callable[[np.ndarray], bool]) -> np.ndarray:
    """The cached array for this source if present and sane, else ``decode()`` stored for next time."""
    path = cache_path(source_name, sha256)
    array = _read(path, is_valid)
    if array is None:
        array = decode()
        _write(path, array)
    return array
