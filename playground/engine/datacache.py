"""A disk cache of decoded dataset arrays, so a dataset is unpacked once, not on every start.

Each entry is a ``.npy`` file named after the SHA-256 of the file it was decoded from: a changed
source gets a new name and can never be served a stale array. Writes go to a temporary file that
is renamed into place, so a crash or a second process never leaves a half-written entry behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from ..paths import cache_dir


def cache_path(source_name: str, sha256: str) -> Path:
    """Where the array decoded from a file with this name and checksum is kept."""
    stem = source_name.split(".")[0]
    return cache_dir() / "datasets" / f"{stem}-{sha256}.npy"


def _read(path: Path, is_valid: Callable[[np.ndarray], bool]) -> np.ndarray | None:
    try:
        array = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError):
        return None
    return array if isinstance(array, np.ndarray) and is_valid(array) else None


def _write(path: Path, array: np.ndarray) -> None:
    """Store ``array`` atomically; a cache that cannot be written only costs speed, so say nothing."""
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp")
        with os.fdopen(fd, "wb") as tmp:
            np.save(tmp, array, allow_pickle=False)
        os.replace(tmp_name, path)
    except OSError:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


def cached_array(source_name: str, sha256: str, decode: Callable[[], np.ndarray],
                 is_valid: Callable[[np.ndarray], bool]) -> np.ndarray:
    """The cached array for this source if present and sane, else ``decode()`` stored for next time."""
    path = cache_path(source_name, sha256)
    array = _read(path, is_valid)
    if array is None:
        array = decode()
        _write(path, array)
    return array
