"""Reader for a folder with one sub-folder per class (``shapes/circle/*.png``), the image-folder convention.

A person's own pictures come in any size, colour mode or format Pillow reads, and some are broken;
every file that cannot be used is kept in ``skipped`` with its reason so nothing is dropped silently,
and the counts per class carry warnings a learner should see before training (too few examples,
a strong imbalance).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import DatasetError, ImageError
from .mnist_style import load_image, to_mnist

MIN_CLASSES = 2
MAX_CLASSES = 100
MAX_FILES = 20_000
MAX_FILE_BYTES = 50_000_000
FEW_EXAMPLES = 5
IMBALANCE_RATIO = 10


@dataclass(frozen=True)
class OwnData:
    """Images (N, 28, 28) uint8 with ink high, labels (N,) int64 into ``class_names``, and what was skipped."""

    images: np.ndarray
    labels: np.ndarray
    class_names: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]

    def counts(self) -> np.ndarray:
        """Examples per class, in the order of ``class_names``."""
        return np.bincount(self.labels, minlength=len(self.class_names))

    def warnings(self) -> list[str]:
        """Plain sentences about counts that make a poor training set."""
        counts = self.counts()
        notes = [f"class '{name}' has only {count} example(s); give it at least {FEW_EXAMPLES}"
                 for name, count in zip(self.class_names, counts) if count < FEW_EXAMPLES]
        if counts.min() > 0 and counts.max() >= IMBALANCE_RATIO * counts.min():
            notes.append(f"classes are imbalanced: {counts.max()} against {counts.min()} examples "
                         f"({IMBALANCE_RATIO}:1 or more)")
        return notes


def _read_one(path: Path) -> np.ndarray:
    """One file as a 28 x 28 uint8 picture in the pad's MNIST-style preparation."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImageError(f"{path.name}: file is {size:,} bytes, too large "
                         f"(at most {MAX_FILE_BYTES // 1_000_000} MB)")
    return np.round(to_mnist(load_image(path)) * 255).astype(np.uint8)


def load_class_folder(folder: str | Path) -> OwnData:
    """Every readable picture under ``folder/<class name>/``; class names from the sub-folder names.

    Raises ``DatasetError`` when the folder itself is unusable (not a folder, fewer than two
    classes with images, too many classes or files); single bad files are skipped and listed.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetError(f"{folder}: not a folder")
    class_dirs = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    if len(class_dirs) > MAX_CLASSES:
        raise DatasetError(f"{folder}: {len(class_dirs)} class folders; at most {MAX_CLASSES}")
    files = [(k, p) for k, d in enumerate(class_dirs) for p in sorted(d.iterdir())
             if p.is_file() and not p.name.startswith(".")]
    if len(files) > MAX_FILES:
        raise DatasetError(f"{folder}: {len(files):,} files; at most {MAX_FILES:,}")
    images, labels, skipped = [], [], []
    for k, path in files:
        try:
            images.append(_read_one(path))
            labels.append(k)
        except (ImageError, OSError) as exc:
            skipped.append((str(path), str(exc)))
    used = sorted(set(labels))
    if len(used) < MIN_CLASSES:
        raise DatasetError(f"{folder}: needs at least {MIN_CLASSES} sub-folders holding pictures, "
                           f"one per class (found {len(used)}; {len(skipped)} file(s) skipped)")
    remap = np.full(len(class_dirs), -1, np.int64)
    remap[used] = np.arange(len(used))
    for k in sorted(set(range(len(class_dirs))) - set(used)):
        skipped.append((str(class_dirs[k]), "class folder holds no readable picture"))
    return OwnData(np.stack(images), remap[np.asarray(labels, np.int64)],
                   tuple(class_dirs[k].name for k in used), tuple(skipped))
