"""Reader for a folder with one sub-folder per class (``shapes/circle/*.png``), the image-folder convention.

A person's own pictures come in any size, colour mode or format Pillow reads, and some are broken;
every file that cannot be used is kept in ``skipped`` with its reason so nothing is dropped silently.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import DatasetError
from .owndata import Cancelled, OwnData, Report, read_pictures
from .skips import SkipKind, Skipped

MIN_CLASSES = 2
MAX_CLASSES = 100
MAX_FILES = 20_000


def load_class_folder(folder: str | Path, preparation: str = "mnist", report: Report = lambda _f: None,
                      cancelled: Cancelled = lambda: False) -> OwnData:
    """Every readable picture under ``folder/<class name>/``; class names from the sub-folder names.

    ``preparation`` is "mnist" (the pad's) or "resize" (see ``prepare``). Raises ``DatasetError``
    when the folder itself is unusable (not a folder, fewer than two classes with images, too many
    classes or files); single bad files are skipped and listed.
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
    images, labels, skipped = read_pictures(files, preparation, report, cancelled)
    used = sorted(set(labels.tolist()))
    if len(used) < MIN_CLASSES:
        raise DatasetError(f"{folder}: needs at least {MIN_CLASSES} sub-folders holding pictures, "
                           f"one per class (found {len(used)}; {len(skipped)} file(s) skipped)")
    remap = np.full(len(class_dirs), -1, np.int64)
    remap[used] = np.arange(len(used))
    for k in sorted(set(range(len(class_dirs))) - set(used)):
        skipped.append(Skipped(str(class_dirs[k]), SkipKind.EMPTY_CLASS_FOLDER))
    return OwnData(images, remap[labels], tuple(class_dirs[k].name for k in used), tuple(skipped))
