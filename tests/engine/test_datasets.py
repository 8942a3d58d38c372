"""Dataset loaders: the shipped data decodes to the published counts, and every kind of damaged
input is reported as a DatasetError naming the file instead of a NumPy or gzip traceback."""

from __future__ import annotations

import gzip
import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from playground.engine.data import cache as datacache
from playground.engine.data import datasets
from playground.engine.data.datasets import (
    DATASET_NAMES,
    as_image_batch,
    flatten,
    load_csv,
    load_dataset,
    load_idx,
    load_idx_pair,
    load_image_folder,
    prepare_input,
    rashid_targets,
    scale_rashid,
    scale_unit,
    validation_split,
)
from playground.engine.errors import DatasetError, SpecError
from playground.paths import DATASETS_DIR, cache_dir

MNIST_TRAIN_HISTOGRAM = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
MNIST_TEST_HISTOGRAM = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """Each test gets its own cache folder unless it uses the shared one below."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("shared-cache")


@pytest.fixture(scope="module")
def mnist(shared_cache):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(shared_cache))
        return load_dataset("mnist")


def write_idx(path: Path, array: np.ndarray, magic: int | None = None, compress: bool = True,
              count: int | None = None) -> Path:
    """An IDX file with a header that may lie (wrong magic, wrong count) for corruption tests."""
    array = np.asarray(array, dtype=np.uint8)
    if magic is None:
        magic = 0x803 if array.ndim == 3 else 0x801
    dims = [array.shape[0] if count is None else count, *array.shape[1:]]
    data = np.array([magic, *dims], dtype=">u4").tobytes() + array.tobytes()
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def write_sums(folder: Path) -> None:
    lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n"
             for p in sorted(folder.iterdir()) if p.name != "SHA256SUMS"]
    (folder / "SHA256SUMS").write_text("".join(lines))


def tiny_idx_dataset(root: Path, images: np.ndarray, labels: np.ndarray) -> Path:
    """A dataset folder named "mnist" holding the given items as both splits, with its checksums."""
    folder = root / "mnist"
    folder.mkdir(parents=True, exist_ok=True)
    for prefix in ("train", "t10k"):
        write_idx(folder / f"{prefix}-images-idx3-ubyte.gz", images)
        write_idx(folder / f"{prefix}-labels-idx1-ubyte.gz", labels)
    write_sums(folder)
    return folder


def random_digits(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return (rng.integers(0, 256, (n, 28, 28), dtype=np.uint8),
            rng.integers(0, 10, n).astype(np.int64))


# --- the shipped data --------------------------------------------------------------------------

def test_mnist_has_the_published_counts_histograms_and_mean(mnist):
    assert mnist.train_images.shape == (60000, 28, 28) and mnist.train_images.dtype == np.uint8
    assert mnist.test_images.shape == (10000, 28, 28)
    assert mnist.train_labels.dtype == np.int64 and mnist.test_labels.dtype == np.int64
    assert np.bincount(mnist.train_labels).tolist() == MNIST_TRAIN_HISTOGRAM
    assert np.bincount(mnist.test_labels).tolist() == MNIST_TEST_HISTOGRAM
    assert mnist.train_images.mean() == pytest.approx(33.318, abs=5e-4)
    assert mnist.test_images.mean() == pytest.approx(33.791, abs=5e-4)
    assert mnist.classes == tuple("0123456789")


def test_fashion_mnist_has_6000_training_and_1000_test_items_per_class():
    fashion = load_dataset("fashion-mnist")
    assert fashion.train_images.shape == (60000, 28, 28)
    assert np.bincount(fashion.train_labels).tolist() == [6000] * 10
    assert np.bincount(fashion.test_labels).tolist() == [1000] * 10
    assert fashion.train_images.mean() == pytest.approx(72.940, abs=5e-4)
    assert fashion.classes[0] == "T-shirt/top" and fashion.classes[9] == "Ankle boot"
    assert len(fashion.classes) == 10


def test_csv_sample_equals_the_first_mnist_images(mnist):
    sample = load_dataset("mnist-csv-sample")
    np.testing.assert_array_equal(sample.train_images, mnist.train_images[:100])
    np.testing.assert_array_equal(sample.train_labels, mnist.train_labels[:100])
    np.testing.assert_array_equal(sample.test_images, mnist.test_images[:10])
    np.testing.assert_array_equal(sample.test_labels, mnist.test_labels[:10])
    assert sample.classes == tuple("0123456789")


def test_plain_idx_file_loads_like_the_gzip_one(tmp_path, mnist):
    plain = tmp_path / "t10k-labels-idx1-ubyte"
    plain.write_bytes(gzip.decompress((DATASETS_DIR / "mnist/t10k-labels-idx1-ubyte.gz").read_bytes()))
    np.testing.assert_array_equal(load_idx(plain), mnist.test_labels)
    images, labels = load_idx_pair(DATASETS_DIR / "mnist/t10k-images-idx3-ubyte.gz", plain)
    np.testing.assert_array_equal(images, mnist.test_images)


def test_every_listed_name_loads_and_an_unknown_name_is_refused():
    assert DATASET_NAMES == ("mnist", "fashion-mnist", "mnist-csv-sample")
    with pytest.raises(DatasetError, match="kmnist"):
        load_dataset("kmnist")


# --- cache -------------------------------------------------------------------------------------

def test_second_load_is_served_from_the_cache(tmp_path, monkeypatch):
    images, labels = random_digits(7)
    tiny_idx_dataset(tmp_path, images, labels)
    first = load_dataset("mnist", root=tmp_path)

    def no_decoding(*args):
        raise AssertionError("decoded again although the cache holds the arrays")

    monkeypatch.setattr(datasets, "decode_idx", no_decoding)
    second = load_dataset("mnist", root=tmp_path)
    np.testing.assert_array_equal(second.train_images, first.train_images)
    np.testing.assert_array_equal(second.test_labels, labels)


def test_changed_source_is_decoded_again_not_served_stale(tmp_path):
    images, labels = random_digits(5)
    tiny_idx_dataset(tmp_path, images, labels)
    load_dataset("mnist", root=tmp_path)
    new_images, new_labels = random_digits(6, seed=1)
    tiny_idx_dataset(tmp_path, new_images, new_labels)
    reloaded = load_dataset("mnist", root=tmp_path)
    np.testing.assert_array_equal(reloaded.train_images, new_images)
    np.testing.assert_array_equal(reloaded.train_labels, new_labels)


@pytest.mark.parametrize("damage", [b"", b"not a numpy file", None])
def test_corrupt_cache_files_are_rebuilt_silently(tmp_path, damage):
    images, labels = random_digits(4)
    tiny_idx_dataset(tmp_path, images, labels)
    load_dataset("mnist", root=tmp_path)
    cache_files = sorted((cache_dir() / "datasets").glob("*.npy"))
    assert len(cache_files) == 4  # one entry per source file
    for path in cache_files:
        if damage is None:  # a valid .npy holding the wrong kind of array
            np.save(path, np.full((3, 5), 200, dtype=np.int64))
        else:
            path.write_bytes(damage)
    reloaded = load_dataset("mnist", root=tmp_path)
    np.testing.assert_array_equal(reloaded.train_images, images)
    np.testing.assert_array_equal(reloaded.test_labels, labels)
    assert np.load(cache_files[0]).shape[0] == 4


# --- damaged shipped files ---------------------------------------------------------------------

@pytest.fixture
def mnist_copy(tmp_path) -> Path:
    shutil.copytree(DATASETS_DIR / "mnist", tmp_path / "mnist")
    return tmp_path / "mnist"


def test_flipped_byte_fails_the_checksum(mnist_copy):
    target = mnist_copy / "t10k-labels-idx1-ubyte.gz"
    data = bytearray(target.read_bytes())
    data[2000] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(DatasetError, match="checksum mismatch") as err:
        load_dataset("mnist", root=mnist_copy.parent)
    assert str(target) in str(err.value)


def test_missing_file_and_missing_checksum_list_are_reported(mnist_copy):
    (mnist_copy / "t10k-images-idx3-ubyte.gz").unlink()
    with pytest.raises(DatasetError, match="not found") as err:
        load_dataset("mnist", root=mnist_copy.parent)
    assert "t10k-images-idx3-ubyte.gz" in str(err.value)
    (mnist_copy / "SHA256SUMS").unlink()
    with pytest.raises(DatasetError, match="SHA256SUMS"):
        load_dataset("mnist", root=mnist_copy.parent)
    with pytest.raises(DatasetError, match="fashion-mnist"):
        load_dataset("fashion-mnist", root=mnist_copy.parent)


@pytest.mark.parametrize("keep", [5, 20, 4000, -4])
def test_truncated_gzip_is_a_dataset_error(tmp_path, keep):
    source = (DATASETS_DIR / "mnist/t10k-images-idx3-ubyte.gz").read_bytes()
    damaged = tmp_path / "t10k-images-idx3-ubyte.gz"
    damaged.write_bytes(source[:keep])
    with pytest.raises(DatasetError) as err:
        load_idx(damaged)
    assert str(damaged) in str(err.value)


def test_truncated_data_inside_a_valid_gzip_is_a_count_mismatch(tmp_path):
    raw = gzip.decompress((DATASETS_DIR / "mnist/t10k-labels-idx1-ubyte.gz").read_bytes())
    damaged = tmp_path / "labels.gz"
    damaged.write_bytes(gzip.compress(raw[:-100]))
    with pytest.raises(DatasetError, match="10000 items") as err:
        load_idx(damaged)
    assert str(damaged) in str(err.value)


def test_wrong_magic_is_refused(tmp_path):
    path = write_idx(tmp_path / "odd.idx", random_digits(3)[0], magic=0x0D03)
    with pytest.raises(DatasetError, match="magic") as err:
        load_idx(path)
    assert str(path) in str(err.value)
    text = tmp_path / "notes.gz"
    text.write_bytes(b"hello")
    with pytest.raises(DatasetError, match="too short|magic"):
        load_idx(text)


def test_images_that_are_not_28_by_28_are_refused(tmp_path):
    path = write_idx(tmp_path / "small.gz", np.zeros((2, 27, 28), dtype=np.uint8))
    with pytest.raises(DatasetError, match="27 x 28") as err:
        load_idx(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("count", [2, 4])
def test_header_count_must_match_the_data(tmp_path, count):
    path = write_idx(tmp_path / "images", random_digits(3)[0], compress=False, count=count)
    with pytest.raises(DatasetError, match=f"{count} items") as err:
        load_idx(path)
    assert str(path) in str(err.value)


def test_idx_labels_outside_0_to_9_are_refused(tmp_path):
    path = write_idx(tmp_path / "labels", np.array([1, 2, 12]), compress=False)
    with pytest.raises(DatasetError, match="label 12") as err:
        load_idx(path)
    assert str(path) in str(err.value)


def test_pair_needs_matching_counts_and_kinds(tmp_path):
    images, labels = random_digits(5)
    image_file = write_idx(tmp_path / "images.gz", images)
    label_file = write_idx(tmp_path / "labels.gz", labels[:4])
    with pytest.raises(DatasetError, match="5 images but 4 labels") as err:
        load_idx_pair(image_file, label_file)
    assert str(image_file) in str(err.value) and str(label_file) in str(err.value)
    with pytest.raises(DatasetError, match="expected an IDX file of images") as err:
        load_idx_pair(label_file, image_file)
    assert str(label_file) in str(err.value)
    good_labels = write_idx(tmp_path / "good-labels.gz", labels)
    loaded_images, loaded_labels = load_idx_pair(image_file, good_labels)
    np.testing.assert_array_equal(loaded_images, images)
    np.testing.assert_array_equal(loaded_labels, labels)
    assert loaded_labels.dtype == np.int64


# --- CSV ---------------------------------------------------------------------------------------

def csv_row(label, pixels) -> str:
    return ",".join(str(v) for v in [label, *pixels])


def test_csv_round_trip(tmp_path):
    images, labels = random_digits(3)
    path = tmp_path / "digits.csv"
    path.write_text("\r\n".join(csv_row(l, img.ravel()) for l, img in zip(labels, images)) + "\n")
    loaded_images, loaded_labels = load_csv(path)
    np.testing.assert_array_equal(loaded_images, images)
    np.testing.assert_array_equal(loaded_labels, labels)
    assert loaded_images.dtype == np.uint8 and loaded_labels.dtype == np.int64


@pytest.mark.parametrize("bad_row, expected", [
    (csv_row(3, [0] * 783), "row 2 has 784 values"),
    (csv_row(3, [0] * 783 + [300]), "300 is outside 0..255"),
    (csv_row(3, [-1] + [0] * 783), "-1 is outside 0..255"),
    (csv_row(3, [0] * 10 + ["ink"] + [0] * 773), "'ink' is not a number"),
    (csv_row(3, [0] * 10 + [""] + [0] * 773), "is not a number"),
    (csv_row(3, [2.5] + [0] * 783), "not a whole number"),
    (csv_row(10, [0] * 784), "label 10"),
    (csv_row(-1, [0] * 784), "label -1"),
    (csv_row("1e30", [0] * 784), "label 1e[+]30"),
])
def test_bad_csv_rows_are_reported_with_file_and_row(tmp_path, bad_row, expected):
    path = tmp_path / "bad.csv"
    path.write_text(csv_row(1, [0] * 784) + "\n" + bad_row + "\n")
    with pytest.raises(DatasetError, match=expected) as err:
        load_csv(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\xff\xfe\x00binary"])
def test_empty_or_binary_csv_is_refused(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(DatasetError) as err:
        load_csv(path)
    assert str(path) in str(err.value)


def test_missing_csv_is_reported(tmp_path):
    with pytest.raises(DatasetError, match="not found"):
        load_csv(tmp_path / "nowhere.csv")


# --- image folders -----------------------------------------------------------------------------

def save_digit(path: Path, ink_on_paper: bool, size: int = 28, mode: str = "L") -> np.ndarray:
    """A bar digit "1"; returns the expected MNIST-convention 28x28 array for 28-pixel images."""
    mnist_like = np.zeros((size, size), dtype=np.uint8)
    mnist_like[size // 4: -size // 4, size // 2 - size // 14: size // 2 + size // 14] = 255
    pixels = 255 - mnist_like if ink_on_paper else mnist_like
    Image.fromarray(pixels).convert(mode).save(path)
    return mnist_like


def test_image_folder_reads_labels_from_names_and_inverts_paper_scans(tmp_path):
    dark_ink = save_digit(tmp_path / "my_own_3.png", ink_on_paper=True)
    bright_ink = save_digit(tmp_path / "2828_my_own_4.png", ink_on_paper=False, mode="RGB")
    (tmp_path / "README.txt").write_text("not an image, skipped")
    save_digit(tmp_path / "unlabelled.png", ink_on_paper=True)
    images, labels = load_image_folder(tmp_path)
    assert labels.tolist() == [4, 3] and labels.dtype == np.int64
    assert images.shape == (2, 28, 28) and images.dtype == np.uint8
    np.testing.assert_array_equal(images[0], bright_ink)
    np.testing.assert_array_equal(images[1], dark_ink)


def test_image_folder_resizes_other_sizes_and_flattens_transparency(tmp_path):
    save_digit(tmp_path / "big_7.png", ink_on_paper=True, size=112)
    rgba = np.zeros((28, 28, 4), dtype=np.uint8)  # transparent background, opaque black stroke
    rgba[5:23, 12:16] = (0, 0, 0, 255)
    Image.fromarray(rgba, "RGBA").save(tmp_path / "drawn_1.png")
    images, labels = load_image_folder(tmp_path)
    assert labels.tolist() == [7, 1] and images.shape == (2, 28, 28)
    big = images[0]
    assert big[0].max() == 0 and big[14, 14] > 200  # background dark, stroke bright
    drawn = images[1]
    assert drawn[0, 0] == 0 and drawn[10, 13] == 255


def test_image_folder_errors_name_the_file(tmp_path):
    with pytest.raises(DatasetError, match="no labelled images"):
        load_image_folder(tmp_path)
    with pytest.raises(DatasetError, match="not a folder"):
        load_image_folder(tmp_path / "missing")
    fake = tmp_path / "fake_5.png"
    fake.write_text("this is text, not a picture")
    with pytest.raises(DatasetError, match="not a readable image") as err:
        load_image_folder(tmp_path)
    assert str(fake) in str(err.value)
    fake.unlink()
    save_digit(tmp_path / "scan_12.png", ink_on_paper=True)
    with pytest.raises(DatasetError, match="label 12") as err:
        load_image_folder(tmp_path)
    assert "scan_12.png" in str(err.value)


# --- input preparation -------------------------------------------------------------------------

def test_scalings_map_the_full_range():
    pixels = np.array([[[0, 128, 255]]], dtype=np.uint8)
    unit, rashid = scale_unit(pixels), scale_rashid(pixels)
    assert unit.dtype == np.float32 and rashid.dtype == np.float32
    assert unit.ravel().tolist() == pytest.approx([0.0, 128 / 255, 1.0])
    assert rashid.ravel().tolist() == pytest.approx([0.01, 128 / 255 * 0.99 + 0.01, 1.0])
    assert pixels.ravel().tolist() == [0, 128, 255]  # the input is left alone


def test_scalings_of_real_images_stay_in_range(mnist):
    unit = scale_unit(mnist.test_images)
    rashid = scale_rashid(mnist.test_images)
    assert unit.min() == 0.0 and unit.max() == 1.0
    assert rashid.min() == pytest.approx(0.01) and rashid.max() == pytest.approx(1.0)


def test_layouts_and_prepare_input(mnist):
    images = mnist.test_images[:5]
    assert flatten(images).shape == (5, 784)
    assert as_image_batch(images).shape == (5, 1, 28, 28)
    flat = prepare_input(images, {"scale": "rashid", "layout": "flat"})
    assert flat.shape == (5, 784) and flat.dtype == np.float32
    np.testing.assert_array_equal(flat, scale_rashid(images).reshape(5, 784))
    image = prepare_input(images, {"scale": "unit", "layout": "image"})
    assert image.shape == (5, 1, 28, 28) and image.dtype == np.float32
    np.testing.assert_array_equal(image[:, 0], scale_unit(images))


@pytest.mark.parametrize("spec", [
    {"scale": "zscore", "layout": "flat"},
    {"scale": "unit", "layout": "columns"},
    {"scale": "unit"},
    {"scale": "unit", "layout": "flat", "shuffle": True},
    "unit",
])
def test_prepare_input_rejects_unknown_specs(spec):
    with pytest.raises(SpecError):
        prepare_input(np.zeros((1, 28, 28), dtype=np.uint8), spec)


def test_rashid_targets():
    targets = rashid_targets(np.array([2, 0]))
    assert targets.shape == (2, 10) and targets.dtype == np.float32
    assert targets[0, 2] == pytest.approx(0.99) and targets[1, 0] == pytest.approx(0.99)
    assert np.count_nonzero(targets == np.float32(0.01)) == 18


def test_validation_split_is_deterministic_disjoint_and_covering():
    train, val = validation_split(1000, 0.1, seed=3)
    again_train, again_val = validation_split(1000, 0.1, seed=3)
    np.testing.assert_array_equal(train, again_train)
    np.testing.assert_array_equal(val, again_val)
    assert len(val) == 100 and len(train) == 900
    assert np.intersect1d(train, val).size == 0
    np.testing.assert_array_equal(np.sort(np.concatenate([train, val])), np.arange(1000))
    assert not np.array_equal(val, np.arange(100))  # shuffled, not the first items
    assert not np.array_equal(validation_split(1000, 0.1, seed=4)[1], val)


def test_validation_split_edge_cases():
    train, val = validation_split(50, 0.0)
    assert val.size == 0
    np.testing.assert_array_equal(np.sort(train), np.arange(50))
    for share in (-0.1, 1.0, 1.5):
        with pytest.raises(SpecError):
            validation_split(50, share)


def test_cache_folder_follows_each_os(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert cache_dir("linux") == tmp_path / "xdg" / "nn-playground"
    assert cache_dir("win32") == tmp_path / "local" / "nn-playground" / "Cache"
    assert cache_dir("darwin") == Path.home() / "Library" / "Caches" / "nn-playground"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir("linux") == Path.home() / ".cache" / "nn-playground"


@pytest.mark.parametrize("damage", ["flip", "truncate", "header", "shape", "digest"])
def test_damaged_cache_entries_are_detected_and_rebuilt(tmp_path, damage):
    images, labels = random_digits(6)
    tiny_idx_dataset(tmp_path, images, labels)
    load_dataset("mnist", root=tmp_path)
    entries = sorted((cache_dir() / "datasets").glob("*.npy"))
    for path in entries:
        data = bytearray(path.read_bytes())
        if damage == "flip":
            data[-1] ^= 0x04
        elif damage == "truncate":
            data = data[:len(data) - 3]
        elif damage == "header":
            data[20:30] = b"(((((((((("
        elif damage == "shape":
            data = bytearray(data.replace(b"(6,", b"(9,"))
        else:
            path.with_name(path.name + ".sha256").write_text("0" * 64)
        path.write_bytes(bytes(data))
    reloaded = load_dataset("mnist", root=tmp_path)
    np.testing.assert_array_equal(reloaded.train_images, images)
    np.testing.assert_array_equal(reloaded.test_labels, labels)
    for path in entries:  # rebuilt: served from the cache again next time
        assert datacache._read(path, lambda a: True) is not None


def test_corrupted_gzip_source_is_refused_with_its_name(tmp_path):
    images, labels = random_digits(3)
    tiny_idx_dataset(tmp_path, images, labels)
    source = tmp_path / "mnist" / "train-images-idx3-ubyte.gz"
    source.write_bytes(source.read_bytes()[:-8])
    with pytest.raises(DatasetError, match="train-images-idx3-ubyte.gz"):
        load_dataset("mnist", root=tmp_path)
