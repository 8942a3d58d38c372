"""Where a training run's images come from: a shipped dataset by name, or a person's own files.

The GUI's Train form names a source and its worker loads it; the loading is plain engine code so
the command line and tests read a person's files exactly as the window does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import DatasetError
from .classfolder import load_class_folder
from .datasets import DIGIT_CLASSES, Dataset
from .idx import load_idx, load_idx_pair
from .imagefolder import IMAGE_SUFFIXES, load_named_pictures
from .labelledcsv import MAX_FILE_BYTES, load_labelled_csv
from .owndata import Cancelled, OwnData, Report, prepare_arrays

MIN_TRAINING_IMAGES = 2


@dataclass(frozen=True)
class DataSource:
    """Where a run's images come from: a shipped dataset by name, or a person's own files.

    kind: "shipped" (``name`` is a dataset name), "idx" (``paths`` = images file, labels file),
    "csv" (``paths`` = one CSV file: a label column of numbers or names, then 784 pixels), "folder"
    (``paths`` = one folder with a sub-folder per class; the class names come from the sub-folders)
    or "names" (``paths`` = one folder of digit pictures named like ``my_own_3.png``).
    """

    kind: str
    name: str = ""
    paths: tuple[str, ...] = ()

    def label(self) -> str:
        """A short name for legends and model headers."""
        if self.kind == "shipped":
            return self.name
        return Path(self.paths[0]).name if self.paths else self.kind


def load_source(source: DataSource, shipped: Callable[[str], Dataset]) -> Dataset:
    """The dataset a source names; blocking, so it runs in the worker thread.

    A person's own files have no test split: all their images are for training (a share of them
    is held out for validation by the run itself).
    """
    if source.kind == "shipped":
        return shipped(source.name)
    classes = DIGIT_CLASSES
    if source.kind == "folder" and len(source.paths) == 1:
        own = load_class_folder(source.paths[0])
        images, labels, classes = own.images, own.labels, own.class_names
    elif source.kind == "names" and len(source.paths) == 1:
        own = load_named_pictures(source.paths[0])
        images, labels = own.images, own.labels
    elif source.kind == "idx" and len(source.paths) == 2:
        images, labels = load_idx_pair(*source.paths)
    elif source.kind == "csv" and len(source.paths) == 1:
        images, labels, classes = load_labelled_csv(source.paths[0])
    else:
        raise DatasetError("choose a file for your own data first")
    return own_dataset(source.label(), images, labels, classes)


def own_dataset(name: str, images: np.ndarray, labels: np.ndarray, classes: tuple[str, ...]) -> Dataset:
    """A person's images as a Dataset with no test split (the run holds out its own validation share)."""
    if len(labels) < MIN_TRAINING_IMAGES:
        raise DatasetError(f"{name}: holds {len(labels)} image(s); training needs at least "
                           f"{MIN_TRAINING_IMAGES}")
    empty = np.zeros((0, *images.shape[1:]), np.uint8)
    return Dataset(name, images, labels, empty, np.zeros(0, np.int64), tuple(classes))


def guess_source(paths: list[str]) -> DataSource:
    """The kind of a person's own data from what they chose or dropped: a folder, a CSV or an IDX pair.

    A folder with sub-folders is a class folder, a folder of pictures the file-name convention;
    two files are an IDX pair in either order.
    """
    if len(paths) == 1 and Path(paths[0]).is_dir():
        folder = Path(paths[0])
        try:
            entries = list(folder.iterdir())
        except OSError as exc:
            raise DatasetError(f"{folder}: cannot be read ({exc.strerror or exc})") from None
        if any(p.is_dir() and not p.name.startswith(".") for p in entries):
            return DataSource("folder", paths=(str(folder),))
        if any(p.suffix.lower() in IMAGE_SUFFIXES for p in entries):
            return DataSource("names", paths=(str(folder),))
        raise DatasetError(f"{folder}: holds neither sub-folders (one per class) nor pictures named "
                           f"like my_own_3.png")
    if len(paths) == 1 and Path(paths[0]).suffix.lower() == ".csv":
        return DataSource("csv", paths=(str(paths[0]),))
    if len(paths) == 2 and all(Path(p).is_file() for p in paths):
        return DataSource("idx", paths=tuple(str(p) for p in paths))
    raise DatasetError("choose a folder (one sub-folder per class, or pictures named like my_own_3.png), "
                       "a CSV file, or an IDX images file together with its labels file")


def _checked_size(path: str) -> None:
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise DatasetError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise DatasetError(f"{path}: {size:,} bytes, too large (at most {MAX_FILE_BYTES // 1_000_000} MB)")


def _idx_pair(paths: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """An IDX pair given in either order (the files say which holds the images)."""
    for path in paths:
        _checked_size(path)
    first = load_idx(paths[0])
    images_path, labels_path = paths if first.ndim == 3 else paths[::-1]
    return load_idx_pair(images_path, labels_path)


def read_own(source: DataSource, preparation: str = "mnist", report: Report = lambda _f: None,
             cancelled: Cancelled = lambda: False) -> OwnData:
    """A person's own data in the chosen preparation ("mnist" or "resize"), with everything skipped listed.

    Blocking, so it runs off the GUI thread; ``report`` hears the fraction done and ``cancelled``
    stops it (``LoadCancelled``).
    """
    if source.kind == "folder" and len(source.paths) == 1:
        return load_class_folder(source.paths[0], preparation, report, cancelled)
    if source.kind == "names" and len(source.paths) == 1:
        return load_named_pictures(source.paths[0], preparation, report, cancelled)
    if source.kind == "csv" and len(source.paths) == 1:
        images, labels, classes = load_labelled_csv(source.paths[0])
    elif source.kind == "idx" and len(source.paths) == 2:
        images, labels = _idx_pair(source.paths)
        classes = DIGIT_CLASSES
    else:
        raise DatasetError("choose a folder or a file of your own data first")
    prepared, kept, skipped = prepare_arrays(images, preparation, source.label(), report, cancelled)
    if not len(kept):
        raise DatasetError(f"{source.label()}: no image holds a picture to train on")
    return OwnData(prepared, labels[kept], tuple(classes), tuple(skipped))
