"""Reader for a folder of digit pictures whose file names carry the label.

Rashid's book tests its network on photos of hand-written digits named like ``my_own_3.png``;
the label is the last run of digits in the name before the extension (``2828_my_own_4.png`` -> 4).
Pictures are turned into MNIST's convention: 28 x 28 grayscale, ink bright on a dark background.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from ..errors import DatasetError
from .checks import IMAGE_SIDE, NUM_CLASSES
from .classfolder import MAX_FILES
from .owndata import Cancelled, OwnData, Report, read_pictures
from .skips import SkipKind, Skipped

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"})
_LAST_DIGITS = re.compile(r"(\d+)\D*$")


def label_from_name(path: Path) -> int | None:
    """The label a file name carries, or None if its name holds no digits."""
    match = _LAST_DIGITS.search(path.stem)
    return int(match.group(1)) if match else None


def _grayscale_on_white(image: Image.Image) -> Image.Image:
    """Grayscale with any transparency flattened onto white paper, as a drawing would look."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba)
    return image.convert("L")


def read_digit_image(path: Path) -> np.ndarray:
    """One picture as a (28, 28) uint8 array with ink = high values."""
    try:
        with Image.open(path) as opened:
            opened.load()
            image = _grayscale_on_white(ImageOps.exif_transpose(opened))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise DatasetError(f"{path}: not a readable image ({exc})") from None
    if image.size != (IMAGE_SIDE, IMAGE_SIDE):
        image = image.resize((IMAGE_SIDE, IMAGE_SIDE), Image.Resampling.LANCZOS)
    pixels = np.asarray(image, dtype=np.uint8)
    border = np.concatenate([pixels[0], pixels[-1], pixels[1:-1, 0], pixels[1:-1, -1]])
    if np.median(border) > 127:
        pixels = 255 - pixels
    return pixels


def load_image_folder(folder: str | Path) -> tuple[np.ndarray, np.ndarray]:
    """Images (N, 28, 28) uint8 and labels (N,) int64 from the labelled pictures in ``folder``.

    Files that are not pictures or whose names hold no digits are skipped; a labelled picture
    that cannot be read, or a label above 9, is an error.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetError(f"{folder}: not a folder")
    files = sorted(p for p in folder.iterdir()
                   if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
                   and label_from_name(p) is not None)
    if not files:
        raise DatasetError(
            f"{folder}: no labelled images (expected names like my_own_3.png, "
            f"the last digits giving the label)")
    labels = np.array([label_from_name(p) for p in files], dtype=np.int64)
    too_big = np.flatnonzero(labels >= NUM_CLASSES)
    if too_big.size:
        path = files[too_big[0]]
        raise DatasetError(
            f"{path}: the name gives label {labels[too_big[0]]}, outside 0..{NUM_CLASSES - 1}")
    images = np.stack([read_digit_image(p) for p in files])
    return images, labels


def load_named_pictures(folder: str | Path, preparation: str = "mnist", report: Report = lambda _f: None,
                        cancelled: Cancelled = lambda: False) -> OwnData:
    """The labelled pictures in ``folder`` as the ten digit classes, every unusable file listed.

    Unlike ``load_image_folder`` (the book's strict test set), a picture that cannot be read, a
    file whose name holds no label or a label above 9 is skipped with its reason.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetError(f"{folder}: not a folder")
    files, skipped = [], []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        label = label_from_name(path)
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            skipped.append(Skipped(str(path), SkipKind.NOT_A_PICTURE_NAME))
        elif label is None:
            skipped.append(Skipped(str(path), SkipKind.NO_LABEL_IN_NAME))
        elif label >= NUM_CLASSES:
            skipped.append(Skipped(str(path), SkipKind.LABEL_OUT_OF_RANGE, str(label)))
        else:
            files.append((label, path))
    if len(files) > MAX_FILES:
        raise DatasetError(f"{folder}: {len(files):,} pictures; at most {MAX_FILES:,}")
    images, labels, unread = read_pictures(files, preparation, report, cancelled)
    if not len(labels):
        raise DatasetError(f"{folder}: no readable labelled pictures (expected names like my_own_3.png, "
                           f"the last digits giving the label; {len(skipped) + len(unread)} file(s) skipped)")
    return OwnData(images, labels, tuple(str(d) for d in range(NUM_CLASSES)), tuple(skipped + unread))
