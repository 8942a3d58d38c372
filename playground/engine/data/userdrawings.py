"""The user's own drawings, kept in their data folder: one PNG per drawing and a JSON index.

Each drawing is the 28 x 28 image the network read (uint8, ink high, like MNIST) in ``<id>.png``
and, when given, the pad as drawn in ``<id>.raw.png``. Its label is a class name (a string, so
collections other than the ten digits fit too) and it belongs to a named collection ("digits").
``index.json`` lists id, label, collection and creation time; each PNG carries its own label,
collection and time in text chunks as well, so a lost or damaged index is rebuilt from the
drawings themselves and one bad file never costs the others. Files that cannot be read are moved
to ``damaged/`` (kept for the user, reported once) rather than deleted. Every write is atomic.

A store is used from one thread at a time (the GUI runs its operations in one worker).
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, PngImagePlugin, UnidentifiedImageError

from ...paths import data_dir
from ..atomic import write_atomically
from ..errors import PlaygroundError

FORMAT_NAME = "nn-playground-drawings"
FORMAT_VERSION = 1
INDEX_NAME = "index.json"
DAMAGED_FOLDER = "damaged"
DIGITS = "digits"
SIDE = 28
MAX_INDEX_BYTES = 20_000_000
MAX_PNG_BYTES = 1_000_000
MAX_RAW_SIDE = 2048
MAX_DRAWINGS = 100_000
MAX_NAME_LENGTH = 40
_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_FIELDS = ("id", "label", "collection", "created")


class DrawingStoreError(PlaygroundError):
    """A drawing cannot be stored, found or read; the message names the file and the reason."""


@dataclass(frozen=True)
class Drawing:
    """One kept drawing's record (its pixels are in the store)."""

    id: str
    label: str
    collection: str
    created: str

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in _FIELDS}


def default_folder() -> Path:
    return data_dir() / "drawings"


def check_name(name: object, what: str = "label") -> str:
    """A class or collection name: 1 to 40 printable characters, no surrounding blanks."""
    if not isinstance(name, str) or not name.strip():
        raise DrawingStoreError(f"the {what} must be a non-empty text, not {name!r}")
    name = name.strip()
    if len(name) > MAX_NAME_LENGTH or not name.isprintable():
        raise DrawingStoreError(f"the {what} {name[:MAX_NAME_LENGTH]!r}… must be at most "
                                f"{MAX_NAME_LENGTH} printable characters")
    return name


def _parse_created(value: object) -> str:
    if not isinstance(value, str):
        raise DrawingStoreError(f"creation time {value!r} is not a text")
    try:
        _dt.datetime.fromisoformat(value)
    except ValueError:
        raise DrawingStoreError(f"creation time {value[:40]!r} is not an ISO date and time") from None
    return value


def parse_entry(entry: object) -> Drawing:
    """One index entry (or PNG text chunk) as a Drawing; DrawingStoreError says what is wrong."""
    if not isinstance(entry, dict):
        raise DrawingStoreError(f"is {type(entry).__name__}, not an object")
    missing = [name for name in _FIELDS if name not in entry]
    if missing:
        raise DrawingStoreError(f"lacks {', '.join(missing)}")
    ident = entry["id"]
    if not isinstance(ident, str) or not _ID.fullmatch(ident):
        raise DrawingStoreError(f"id {str(ident)[:70]!r} is not 1-64 letters, digits, '-' or '_'")
    return Drawing(ident, check_name(entry["label"]), check_name(entry["collection"], "collection"),
                   _parse_created(entry["created"]))


def read_index(data: bytes) -> tuple[list[Drawing], list[str]]:
    """The drawings an index lists and a message for every entry that is unusable.

    Raises DrawingStoreError when the file as a whole is not an index (then it is rebuilt from
    the PNGs); a bad entry only costs that entry.
    """
    if len(data) > MAX_INDEX_BYTES:
        raise DrawingStoreError(f"is {len(data):,} bytes, more than an index can be "
                                f"({MAX_INDEX_BYTES:,})")
    try:
        index = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DrawingStoreError(f"is not valid JSON ({str(exc)[:80]})") from None
    if not isinstance(index, dict) or index.get("format") != FORMAT_NAME:
        raise DrawingStoreError(f"is not a drawings index (no \"format\": \"{FORMAT_NAME}\")")
    if index.get("version") != FORMAT_VERSION:
        raise DrawingStoreError(f"has version {str(index.get('version'))[:20]}, this app reads "
                                f"version {FORMAT_VERSION}")
    entries = index.get("drawings")
    if not isinstance(entries, list):
        raise DrawingStoreError("has no list of drawings")
    if len(entries) > MAX_DRAWINGS:
        raise DrawingStoreError(f"lists {len(entries):,} drawings, more than {MAX_DRAWINGS:,}")
    drawings, problems, seen = [], [], set()
    for number, entry in enumerate(entries, start=1):
        try:
            drawing = parse_entry(entry)
        except DrawingStoreError as exc:
            problems.append(f"{INDEX_NAME}: entry {number} {exc}; left out")
            continue
        if drawing.id in seen:
            problems.append(f"{INDEX_NAME}: entry {number} repeats the id {drawing.id}; left out")
            continue
        seen.add(drawing.id)
        drawings.append(drawing)
    return drawings, problems


def _atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and ``os.replace``: never a half file."""
    write_atomically(path, lambda handle: handle.write(data))


def _png_bytes(pixels: np.ndarray, drawing: Drawing) -> bytes:
    info = PngImagePlugin.PngInfo()
    for name, value in drawing.to_dict().items():
        info.add_itxt(name, value)
    buffer = io.BytesIO()
    Image.fromarray(pixels, mode="L").save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


def _as_uint8(image: np.ndarray, what: str, max_side: int) -> np.ndarray:
    """A 2-D picture as uint8: floats are taken as 0..1."""
    image = np.asarray(image)
    if image.ndim != 2 or not 0 < max(image.shape) <= max_side or min(image.shape) < 1:
        raise DrawingStoreError(f"the {what} must be a 2-D picture at most {max_side} pixels a side, "
                                f"not of shape {image.shape}")
    if image.dtype == np.uint8:
        return np.ascontiguousarray(image)
    if not np.issubdtype(image.dtype, np.number) or not np.all(np.isfinite(image)):
        raise DrawingStoreError(f"the {what} must hold finite numbers")
    return np.clip(np.rint(image.astype(np.float32) * 255.0), 0, 255).astype(np.uint8)


def read_png(path: Path, exact_side: int | None = SIDE, max_side: int = MAX_RAW_SIDE) -> tuple[np.ndarray, dict]:
    """A stored grayscale PNG and its text chunks, checked for size before any pixel is decoded."""
    try:
        size = path.stat().st_size
        if size > MAX_PNG_BYTES:
            raise DrawingStoreError(f"{path.name}: {size:,} bytes, more than a drawing can be")
        with Image.open(path) as image:
            if image.format != "PNG":
                raise DrawingStoreError(f"{path.name}: not a PNG file")
            width, height = image.size
            if (exact_side is not None and image.size != (exact_side, exact_side)) or max(width, height) > max_side:
                raise DrawingStoreError(f"{path.name}: {width} x {height} pixels, not a stored drawing")
            image.load()
            text = dict(getattr(image, "text", {}))
            pixels = np.asarray(image.convert("L"), dtype=np.uint8)
    except DrawingStoreError:
        raise
    except FileNotFoundError:
        raise DrawingStoreError(f"{path.name}: file missing") from None
    except UnidentifiedImageError:
        raise DrawingStoreError(f"{path.name}: not an image") from None
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as exc:
        raise DrawingStoreError(f"{path.name}: damaged ({str(exc)[:80]})") from None
    return pixels, text


class DrawingStore:
    """The drawings of one folder, with their 28 x 28 images held in memory once read.

    ``DrawingStore(folder)`` reads everything; ``problems`` then lists, in plain words, every file
    or entry that could not be used and what was done about it (left out, moved to ``damaged/``,
    added back from its own PNG).
    """

    def __init__(self, folder: str | os.PathLike | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()
        self.problems: list[str] = []
        self._drawings: dict[str, Drawing] = {}
        self._images: dict[str, np.ndarray] = {}
        if self.folder.is_dir():
            self._load()

    # ------------------------------------------------------------------ reading
    def _load(self) -> None:
        listed, repaired, lost = self._listed_drawings()
        on_disk = {p.name[:-len(".png")] for p in self.folder.glob("*.png") if not p.name.endswith(".raw.png")}
        for drawing in listed:
            try:
                pixels, _ = read_png(self._png(drawing.id))
            except DrawingStoreError as exc:
                self._set_aside(drawing.id, str(exc))
                repaired = True
                continue
            self._drawings[drawing.id], self._images[drawing.id] = drawing, pixels
        adopted = 0
        for ident in sorted(on_disk - {d.id for d in listed}):
            # Written just before a crash cut the index, or listed in an index that was damaged.
            repaired = True
            try:
                pixels, text = read_png(self._png(ident))
            except DrawingStoreError as exc:
                self._set_aside(ident, str(exc))
                continue
            try:
                drawing = parse_entry({**text, "id": ident})
            except DrawingStoreError as exc:
                self._set_aside(ident, f"{ident}.png: its own record {exc}")
                continue
            self._drawings[ident], self._images[ident] = drawing, pixels
            adopted += 1
        if lost:
            self.problems.insert(0, f"{INDEX_NAME} {lost}: rebuilt from the {adopted} drawing(s)' own files")
        elif adopted:
            self.problems.append(f"{adopted} drawing(s) missing from {INDEX_NAME} were added back "
                                 f"from their own files")
        if repaired:
            self._write_index()

    def _listed_drawings(self) -> tuple[list[Drawing], bool, str]:
        """The index's drawings, whether the index needs rewriting, and why it was unusable ("")."""
        path = self.folder / INDEX_NAME
        if not path.exists():
            return [], False, ""
        try:
            size = path.stat().st_size
            if size > MAX_INDEX_BYTES:
                raise DrawingStoreError(f"is {size:,} bytes, more than an index can be ({MAX_INDEX_BYTES:,})")
            drawings, problems = read_index(path.read_bytes())
        except (DrawingStoreError, OSError) as exc:
            kept = self._move_to_damaged(path)
            return [], True, str(exc) + (f" (kept as {kept})" if kept else "")
        self.problems.extend(problems)
        return drawings, bool(problems), ""

    def _move_to_damaged(self, path: Path) -> str:
        """Move a file the store cannot use out of the way, keeping it; returns its new name."""
        folder = self.folder / DAMAGED_FOLDER
        stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        target = folder / f"{stamp}-{path.name}"
        try:
            folder.mkdir(exist_ok=True)
            shutil.move(str(path), str(target))
        except OSError:
            return ""
        return f"{DAMAGED_FOLDER}/{target.name}"

    def _set_aside(self, ident: str, reason: str) -> None:
        kept = [self._move_to_damaged(p) for p in (self._png(ident), self._raw(ident)) if p.exists()]
        where = f"; moved to {', '.join(k for k in kept if k)}" if any(kept) else ""
        self.problems.append(f"{reason}{where}")

    # ------------------------------------------------------------------ queries
    def drawings(self, collection: str | None = None) -> list[Drawing]:
        """The drawings in the order they were made, of one collection or all."""
        found = [d for d in self._drawings.values() if collection is None or d.collection == collection]
        return sorted(found, key=lambda d: (d.created, d.id))

    def images(self, drawings: list[Drawing]) -> np.ndarray:
        """Their 28 x 28 images (N, 28, 28) uint8, ink high."""
        if not drawings:
            return np.zeros((0, SIDE, SIDE), np.uint8)
        return np.stack([self._image(d.id) for d in drawings])

    def raw_image(self, ident: str) -> np.ndarray | None:
        """The drawing as drawn on the pad (uint8, dark ink on white), if it was kept."""
        self._known(ident)
        path = self._raw(ident)
        return read_png(path, exact_side=None)[0] if path.exists() else None

    def __len__(self) -> int:
        return len(self._drawings)

    # ------------------------------------------------------------------ changes
    def add(self, image: np.ndarray, label: str, collection: str = DIGITS,
            raw: np.ndarray | None = None) -> Drawing:
        """Keep a drawing: ``image`` (28, 28) uint8 or float 0..1 with ink high, as the network read it."""
        pixels = _as_uint8(image, "drawing", SIDE)
        if pixels.shape != (SIDE, SIDE):
            raise DrawingStoreError(f"a drawing is {SIDE} x {SIDE} pixels, not {pixels.shape}")
        raw_pixels = None if raw is None else _as_uint8(raw, "raw drawing", MAX_RAW_SIDE)
        if len(self._drawings) >= MAX_DRAWINGS:
            raise DrawingStoreError(f"the store already holds {MAX_DRAWINGS:,} drawings")
        created = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="microseconds")
        drawing = Drawing(uuid.uuid4().hex[:16], check_name(label), check_name(collection, "collection"), created)
        self._write_files(drawing, pixels, raw_pixels)
        self._drawings[drawing.id], self._images[drawing.id] = drawing, pixels
        self._write_index()
        return drawing

    def relabel(self, ident: str, label: str) -> Drawing:
        old = self._known(ident)
        drawing = Drawing(old.id, check_name(label), old.collection, old.created)
        raw = self.raw_image(ident)
        self._write_files(drawing, self._images[ident], raw)
        self._drawings[ident] = drawing
        self._write_index()
        return drawing

    def delete(self, ident: str) -> None:
        self._known(ident)
        del self._drawings[ident], self._images[ident]
        # The index first: a crash before the files go leaves a whole drawing that the next start
        # adds back, never an entry without its file.
        self._write_index()
        for path in (self._png(ident), self._raw(ident)):
            path.unlink(missing_ok=True)

    # ------------------------------------------------------------------ files
    def _known(self, ident: str) -> Drawing:
        if ident not in self._drawings:
            raise DrawingStoreError(f"no drawing {ident!r} in {self.folder}")
        return self._drawings[ident]

    def _image(self, ident: str) -> np.ndarray:
        return self._images[self._known(ident).id]

    def _png(self, ident: str) -> Path:
        return self.folder / f"{ident}.png"

    def _raw(self, ident: str) -> Path:
        return self.folder / f"{ident}.raw.png"

    def _write_files(self, drawing: Drawing, pixels: np.ndarray, raw: np.ndarray | None) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if raw is not None:
                _atomic_write(self._raw(drawing.id), _png_bytes(raw, drawing))
            _atomic_write(self._png(drawing.id), _png_bytes(pixels, drawing))
        except OSError as exc:
            raise DrawingStoreError(f"cannot save the drawing in {self.folder}: {exc}") from None

    def _write_index(self) -> None:
        index = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
                 "drawings": [d.to_dict() for d in self.drawings()]}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _atomic_write(self.folder / INDEX_NAME, json.dumps(index, indent=1).encode("utf-8"))
        except OSError as exc:
            raise DrawingStoreError(f"cannot save {self.folder / INDEX_NAME}: {exc}") from None
