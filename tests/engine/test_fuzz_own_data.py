"""Damaged pictures in a class folder: each one is either read or listed as skipped, never a crash."""

import io
import warnings

import numpy as np
from PIL import Image

from playground.engine.data.classfolder import load_class_folder


def _png(value: int) -> bytes:
    pixels = np.full((32, 32), 255, np.uint8)
    pixels[8:24, 14:18] = value
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "PNG")
    return out.getvalue()


def test_bit_flipped_and_truncated_files_are_read_or_listed(tmp_path):
    rng = np.random.default_rng(21)
    data = _png(0)
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "good.png").write_bytes(data)
    paths = []
    for i in range(40):
        damaged = bytearray(data[:int(rng.integers(len(data)))] if i % 2 else data)
        for _ in range(0 if i % 2 else int(rng.integers(1, 8))):
            damaged[int(rng.integers(len(damaged)))] ^= 1 << int(rng.integers(8))
        path = tmp_path / "ab"[i % 2] / f"case{i}.png"
        path.write_bytes(bytes(damaged))
        paths.append(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        own = load_class_folder(tmp_path)
    assert own.class_names == ("a", "b")
    assert len(own.labels) + len(own.skipped) == len(paths) + 2
    assert all(skipped.reason for skipped in own.skipped)
    assert own.images.shape[1:] == (28, 28) and own.images.dtype == np.uint8


def test_damaged_labelled_csv_is_read_or_refused_with_a_dataset_error():
    from playground.engine.data.labelledcsv import decode_labelled_csv
    from playground.engine.errors import DatasetError
    rng = np.random.default_rng(7)
    rows = [",".join([name] + [str(v) for v in rng.integers(0, 256, 784)])
            for name in ("circle", "line", "circle")]
    data = ("label," + ",".join(f"p{k}" for k in range(784)) + "\n" + "\n".join(rows)).encode()
    for i in range(60):
        damaged = bytearray(data[:int(rng.integers(len(data)))] if i % 2 else data)
        for _ in range(0 if i % 2 else int(rng.integers(1, 8))):
            damaged[int(rng.integers(len(damaged)))] = int(rng.integers(256))
        try:
            images, labels, classes = decode_labelled_csv(bytes(damaged), "fuzz.csv")
        except DatasetError as exc:
            assert "fuzz.csv" in str(exc)
            continue
        assert images.dtype == np.uint8 and len(images) == len(labels) and labels.max() < len(classes)



def test_every_own_data_source_damaged_loads_or_gives_a_dataset_error(tmp_path):
    """The fuzz script's own-data cases, in process: a clear error or a benign load, and a damaged
    picture in a folder listed as skipped (the case's loader checks that)."""
    from playground.engine.errors import DatasetError
    from scripts.own_data_mutations import own_data_cases
    outcomes = set()
    for category, load, _case in own_data_cases(np.random.default_rng(21), 120, tmp_path):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                load()
                outcomes.add((category.split(":")[0], "loaded"))
            except DatasetError as exc:
                assert str(exc), category
                outcomes.add((category.split(":")[0], "clear error"))
    assert {kind for kind, _ in outcomes} == {"folder", "names", "csv", "idx", "idx-gz"}
