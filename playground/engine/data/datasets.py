"""The datasets shipped with the playground, loaded offline, verified and cached.

Each folder under ``resources/datasets`` carries a ``SHA256SUMS`` file; every load checks the
files against it, so a damaged copy is reported instead of training on garbage. Decoding MNIST's
gzip files takes a second, so decoded arrays are kept in the user's cache folder.

This module is also the one place to import the file readers and input helpers from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...paths import DATASETS_DIR
from ..errors import DatasetError
from .cache import cached_array
from .checks import IMAGE_SIDE, NUM_CLASSES, check_pair
from .csvdigits import decode_csv, load_csv
from .idx import decode_idx, decompress_if_gzip, expect_kind, load_idx, load_idx_pair, read_bytes
from .imagefolder import load_image_folder
from .network_input import (
    as_image_batch,
    flatten,
    prepare_input,
    rashid_targets,
    scale_rashid,
    scale_unit,
    validation_split,
)

__all__ = [
    "DATASET_NAMES", "Dataset", "load_dataset", "load_idx", "load_idx_pair", "load_csv",
    "load_image_folder", "scale_unit", "scale_rashid", "flatten", "as_image_batch",
    "prepare_input", "rashid_targets", "validation_split", "DIGIT_CLASSES", "FASHION_CLASSES",
]

DATASET_NAMES = ("mnist", "fashion-mnist", "mnist-csv-sample")
DIGIT_CLASSES = tuple(str(d) for d in range(NUM_CLASSES))
FASHION_CLASSES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                   "Sneaker", "Bag", "Ankle boot")


@dataclass(frozen=True, eq=False)
class Dataset:
    """Training and test split: images (N, 28, 28) uint8 with ink high, labels (N,) int64."""

    name: str
    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    classes: tuple[str, ...]


Split = tuple[np.ndarray, np.ndarray]


def read_checksums(folder: Path) -> dict[str, str]:
    """File name -> expected SHA-256 from the folder's ``SHA256SUMS`` (``sha256sum`` format)."""
    sums_path = folder / "SHA256SUMS"
    try:
        text = sums_path.read_text(encoding="utf-8")
    except OSError:
        raise DatasetError(f"{sums_path}: checksum list missing or unreadable") from None
    sums = {}
    for line in text.splitlines():
        parts = line.split(maxsplit=1)
        if len(parts) == 2:
            sums[parts[1].lstrip("*").strip()] = parts[0].lower()
    return sums


def verified_bytes(folder: Path, name: str, sums: dict[str, str]) -> tuple[bytes, str]:
    """The file's bytes and SHA-256, after checking it against the folder's checksum list."""
    path = folder / name
    if name not in sums:
        raise DatasetError(f"{path}: not listed in {folder / 'SHA256SUMS'}")
    data = read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    if digest != sums[name]:
        raise DatasetError(
            f"{path}: checksum mismatch (SHA-256 {digest}, expected {sums[name]}); "
            f"the file is damaged or was replaced")
    return data, digest


def _is_images(array: np.ndarray) -> bool:
    return array.dtype == np.uint8 and array.shape[1:] == (IMAGE_SIDE, IMAGE_SIDE)


def _is_labels(array: np.ndarray) -> bool:
    return (array.dtype == np.int64 and array.ndim == 1
            and (array.size == 0 or (array.min() >= 0 and array.max() < NUM_CLASSES)))


def _idx_array(folder: Path, name: str, sums: dict[str, str], images: bool) -> np.ndarray:
    data, digest = verified_bytes(folder, name, sums)
    source = str(folder / name)
    array = cached_array(name, digest, lambda: decode_idx(decompress_if_gzip(data, source), source),
                         _is_images if images else _is_labels)
    return expect_kind(array, images, source)


def _idx_split(folder: Path, sums: dict[str, str], prefix: str) -> Split:
    images_name, labels_name = f"{prefix}-images-idx3-ubyte.gz", f"{prefix}-labels-idx1-ubyte.gz"
    images = _idx_array(folder, images_name, sums, images=True)
    labels = _idx_array(folder, labels_name, sums, images=False)
    check_pair(images, labels, f"{folder / images_name} and {folder / labels_name}")
    return images, labels


def _load_idx_folder(folder: Path, sums: dict[str, str]) -> tuple[Split, Split]:
    return _idx_split(folder, sums, "train"), _idx_split(folder, sums, "t10k")


def _load_csv_folder(folder: Path, sums: dict[str, str]) -> tuple[Split, Split]:
    splits = []
    for name in ("mnist_train_100.csv", "mnist_test_10.csv"):
        data, _ = verified_bytes(folder, name, sums)
        splits.append(decode_csv(data, str(folder / name)))
    return splits[0], splits[1]


_LOADERS: dict[str, tuple[Callable[[Path, dict[str, str]], tuple[Split, Split]], tuple[str, ...]]] = {
    "mnist": (_load_idx_folder, DIGIT_CLASSES),
    "fashion-mnist": (_load_idx_folder, FASHION_CLASSES),
    "mnist-csv-sample": (_load_csv_folder, DIGIT_CLASSES),
}


def load_dataset(name: str, root: str | Path = DATASETS_DIR) -> Dataset:
    """Load a shipped dataset by name, verifying every file against its folder's checksums.

    ``root`` is the folder holding one sub-folder per dataset (the shipped one by default).
    """
    if name not in _LOADERS:
        raise DatasetError(f"unknown dataset {name!r}; choose one of {', '.join(DATASET_NAMES)}")
    loader, classes = _LOADERS[name]
    folder = Path(root) / name
    if not folder.is_dir():
        raise DatasetError(f"{folder}: dataset folder missing")
    (train_images, train_labels), (test_images, test_labels) = loader(folder, read_checksums(folder))
    return Dataset(name, train_images, train_labels, test_images, test_labels, classes)
