"""Seeded damage to a person's own data, in every form the Your classes page reads.

``own_data_cases(rng, n, folder)`` yields (category, load, case folder) triples: a small valid
class folder, folder of labelled file names, CSV or IDX pair (plain or gzip) written to the case
folder with one file damaged (bits flipped, bytes replaced, cut short, emptied, or a header that
announces a huge picture or item count), and ``load`` reading it with ``read_own`` in a seeded
preparation. ``load`` raises AssertionError when a loaded folder lost a file without listing it.
Shared by the fuzz test and ``scripts/fuzz.py --target own-data``.
"""

from __future__ import annotations

import gzip
import io
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np
from PIL import Image

from playground.engine.data.prepare import PREPARATIONS
from playground.engine.data.sources import DataSource, read_own

KINDS = ("folder", "names", "csv", "idx", "idx-gz")
MUTATIONS = ("flipped bits", "replaced bytes", "truncated", "emptied", "huge header")


def _png(rng: np.random.Generator, side: int = 32) -> bytes:
    pixels = np.full((side, side), 255, np.uint8)
    top, left = rng.integers(2, side // 2, 2)
    pixels[top:top + side // 3, left:left + 4] = 0
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "PNG")
    return out.getvalue()


def _huge_png_header(data: bytes) -> bytes:
    """The IHDR chunk rewritten to announce a 100000 x 100000 picture, its CRC made valid again."""
    body = b"IHDR" + struct.pack(">II", 100_000, 100_000) + data[24:29]
    return data[:8] + struct.pack(">I", 13) + body + struct.pack(">I", zlib.crc32(body)) + data[33:]


def _valid_files(rng: np.random.Generator, kind: str) -> dict[str, bytes]:
    """The files of one small valid source of ``kind`` (relative path -> bytes)."""
    if kind == "folder":
        return {f"{name}/{k}.png": _png(rng) for name in ("circle", "line") for k in range(3)}
    if kind == "names":
        return {f"my_own_{k}.png": _png(rng) for k in range(4)}
    images = rng.integers(0, 256, (4, 28, 28), dtype=np.uint8)
    labels = np.array([0, 1, 0, 1], np.uint8)
    if kind == "csv":
        rows = [",".join([("circle", "line")[label], *map(str, image.ravel())]) for label, image in zip(labels, images)]
        return {"own.csv": "\n".join(rows).encode()}
    pair = {"images": struct.pack(">IIII", 0x803, 4, 28, 28) + images.tobytes(),
            "labels": struct.pack(">II", 0x801, 4) + labels.tobytes()}
    return {name: gzip.compress(data) if kind == "idx-gz" else data for name, data in pair.items()}


def _damaged(rng: np.random.Generator, data: bytes, mutation: str, name: str) -> bytes:
    buf = bytearray(data)
    if mutation == "flipped bits":
        for _ in range(int(rng.integers(1, 9))):
            buf[int(rng.integers(len(buf)))] ^= 1 << int(rng.integers(8))
    elif mutation == "replaced bytes":
        at = int(rng.integers(len(buf)))
        buf[at:at + 16] = rng.integers(0, 256, 16, dtype=np.uint8).tobytes()
    elif mutation == "truncated":
        del buf[int(rng.integers(len(buf))):]
    elif mutation == "emptied":
        buf.clear()
    elif name.endswith(".png"):
        return _huge_png_header(data)
    elif name in ("images", "labels") and data[:2] != b"\x1f\x8b":
        buf[4:8] = struct.pack(">I", 2**31 - 1)  # an IDX item count far beyond the file
    else:
        buf[:0] = b"9" * 100_000 + b","  # a first field far longer than any label
    return bytes(buf)


def _source(kind: str, folder: Path) -> DataSource:
    if kind in ("folder", "names"):
        return DataSource(kind, paths=(str(folder),))
    if kind == "csv":
        return DataSource("csv", paths=(str(folder / "own.csv"),))
    return DataSource("idx", paths=(str(folder / "images"), str(folder / "labels")))


def _loader(source: DataSource, preparation: str, files: int) -> Callable[[], None]:
    def load() -> None:
        own = read_own(source, preparation)
        if source.kind in ("folder", "names"):
            assert len(own.labels) + len(own.skipped) == files, "a picture was dropped without a reason"
    return load


def own_data_cases(rng: np.random.Generator, n: int, folder: Path) -> Iterator[tuple[str, Callable[[], None], Path]]:
    for i in range(n):
        kind, mutation = str(rng.choice(KINDS)), str(rng.choice(MUTATIONS))
        files = _valid_files(rng, kind)
        target = str(rng.choice(sorted(files)))
        case = folder / f"case{i}"
        for name, data in files.items():
            path = case / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_damaged(rng, data, mutation, name) if name == target else data)
        preparation = str(rng.choice(PREPARATIONS))
        yield f"{kind}: {mutation}", _loader(_source(kind, case), preparation, len(files)), case
