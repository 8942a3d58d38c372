"""A person's own files as a training source: what the Train form's worker and the CLI load."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.data.datasets import Dataset
from playground.engine.data.sources import DataSource, load_source
from playground.engine.errors import DatasetError


def write_csv(path, labels, images) -> None:
    rows = [",".join([str(label), *map(str, image.ravel())]) for label, image in zip(labels, images)]
    path.write_text("\n".join(rows) + "\n")


def no_shipped(name: str) -> Dataset:
    raise AssertionError(f"a person's own files must not load the shipped {name}")


def test_own_csv_is_all_training_data(tmp_path):
    rng = np.random.default_rng(3)
    images = rng.integers(0, 256, (5, 28, 28), dtype=np.uint8)
    labels = np.array([0, 3, 9, 3, 1])
    write_csv(tmp_path / "mine.csv", labels, images)
    data = load_source(DataSource("csv", paths=(str(tmp_path / "mine.csv"),)), no_shipped)
    np.testing.assert_array_equal(data.train_images, images)
    np.testing.assert_array_equal(data.train_labels, labels)
    assert len(data.test_labels) == 0 and data.test_images.shape == (0, 28, 28)
    assert data.name == "mine.csv"


def test_shipped_source_asks_the_shipped_loader():
    seen = []
    load_source(DataSource("shipped", "fashion"), lambda name: seen.append(name) or "loaded")
    assert seen == ["fashion"]


def test_one_image_is_too_few(tmp_path):
    write_csv(tmp_path / "one.csv", [4], np.zeros((1, 28, 28), np.uint8))
    with pytest.raises(DatasetError, match="one.csv: holds 1 image"):
        load_source(DataSource("csv", paths=(str(tmp_path / "one.csv"),)), no_shipped)


@pytest.mark.parametrize("source", [DataSource("csv"), DataSource("idx", paths=("only-images",))])
def test_a_source_without_its_files_says_so(source):
    with pytest.raises(DatasetError, match="choose a file"):
        load_source(source, no_shipped)
