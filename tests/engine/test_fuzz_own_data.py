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
    assert all(reason for _, reason in own.skipped)
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


def _mutations(rng, data: bytes, cases: int):
    """Seeded damage: truncations (odd cases) and random byte changes (even cases)."""
    for i in range(cases):
        damaged = bytearray(data[:int(rng.integers(len(data)))] if i % 2 else data)
        for _ in range(0 if i % 2 else int(rng.integers(1, 8))):
            damaged[int(rng.integers(len(damaged)))] = int(rng.integers(256))
        yield bytes(damaged)


def test_damaged_named_pictures_are_read_or_listed_in_both_preparations(tmp_path):
    from playground.engine.data.sources import DataSource, read_own
    rng = np.random.default_rng(11)
    for i, damaged in enumerate(_mutations(rng, _png(0), 30)):
        (tmp_path / f"my_own_{i % 10}_{i}.png").write_bytes(damaged)
    (tmp_path / "my_own_1.png").write_bytes(_png(0))
    for preparation in ("mnist", "resize"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            own = read_own(DataSource("names", paths=(str(tmp_path),)), preparation)
        assert len(own.labels) + len(own.skipped) == 31
        assert all(reason for _, reason in own.skipped)
        assert own.images.shape == (len(own.labels), 28, 28) and own.images.dtype == np.uint8


def test_damaged_idx_pairs_and_csv_files_load_or_give_a_dataset_error(tmp_path):
    import gzip
    import struct

    from playground.engine.data.sources import DataSource, read_own
    from playground.engine.errors import DatasetError
    rng = np.random.default_rng(12)
    images = rng.integers(0, 256, (3, 28, 28), dtype=np.uint8)
    files = {"images": struct.pack(">IIII", 0x803, 3, 28, 28) + images.tobytes(),
             "labels": struct.pack(">II", 0x801, 3) + bytes([1, 0, 2])}
    rows = [",".join([name] + [str(v) for v in rng.integers(0, 256, 784)]) for name in ("a", "b", "a")]
    csv = "\n".join(rows).encode()
    cases = [("idx", which, damaged) for which in ("images", "labels")
             for data in (files[which], gzip.compress(files[which]))
             for damaged in _mutations(rng, data, 15)]
    cases += [("csv", "csv", damaged) for damaged in _mutations(rng, csv, 20)]
    for kind, which, damaged in cases:
        for name, data in {**files, "csv": csv}.items():
            (tmp_path / name).write_bytes(damaged if name == which else data)
        paths = ("images", "labels") if kind == "idx" else ("csv",)
        source = DataSource(kind, paths=tuple(str(tmp_path / p) for p in paths))
        for preparation in ("mnist", "resize"):
            try:
                own = read_own(source, preparation)
            except DatasetError as exc:
                assert str(exc)
                continue
            assert own.images.dtype == np.uint8 and own.images.shape[1:] == (28, 28)
            assert len(own.images) == len(own.labels) and own.labels.max() < len(own.class_names)
