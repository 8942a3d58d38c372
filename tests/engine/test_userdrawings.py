"""The user's drawings store: round trip, damaged and hand-edited files, and a seeded fuzz of the index."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from playground.engine.userdrawings import (DAMAGED_FOLDER, INDEX_NAME, MAX_PNG_BYTES, DrawingStore,
                                            DrawingStoreError, default_folder, read_index)
from playground.paths import data_dir


def digit_image(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (28, 28), dtype=np.uint8)


@pytest.fixture
def filled(tmp_path) -> tuple[Path, list]:
    """A folder with five drawings: labels 0-3 in "digits" and one "circle" in "shapes"."""
    store = DrawingStore(tmp_path / "drawings")
    raw = np.full((280, 280), 255, np.uint8)
    raw[100:180, 140] = 0
    made = [store.add(digit_image(i), str(i), raw=raw) for i in range(4)]
    made.append(store.add(digit_image(9).astype(np.float32) / 255.0, "circle", "shapes"))
    return store.folder, made


def test_data_folder_follows_each_os(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "roaming"))
    assert data_dir("linux") == tmp_path / "xdg" / "nn-playground"
    assert data_dir("win32") == tmp_path / "roaming" / "nn-playground"
    assert data_dir("darwin") == Path.home() / "Library" / "Application Support" / "nn-playground"
    assert default_folder() == tmp_path / "xdg" / "nn-playground" / "drawings"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_dir("linux") == Path.home() / ".local" / "share" / "nn-playground"


def test_drawings_round_trip_with_labels_collections_and_raw_pictures(filled):
    folder, made = filled
    store = DrawingStore(folder)
    assert store.problems == []
    assert store.drawings() == made
    assert [d.label for d in store.drawings("digits")] == ["0", "1", "2", "3"]
    assert [d.label for d in store.drawings("shapes")] == ["circle"]
    np.testing.assert_array_equal(store.images(store.drawings("digits")), np.stack([digit_image(i) for i in range(4)]))
    np.testing.assert_array_equal(store.images(store.drawings("shapes"))[0], digit_image(9))
    raw = store.raw_image(made[0].id)
    assert raw.shape == (280, 280) and raw[140, 140] == 0 and raw[0, 0] == 255
    assert store.raw_image(made[4].id) is None
    index = json.loads((folder / INDEX_NAME).read_text())
    assert index["drawings"][0] == made[0].to_dict()


def test_relabel_and_delete_last_across_restarts(filled):
    folder, made = filled
    store = DrawingStore(folder)
    store.relabel(made[1].id, "7")
    store.delete(made[2].id)
    assert not (folder / f"{made[2].id}.png").exists() and not (folder / f"{made[2].id}.raw.png").exists()
    again = DrawingStore(folder)
    assert [d.label for d in again.drawings("digits")] == ["0", "7", "3"]
    (folder / INDEX_NAME).unlink()  # the PNG keeps the new label too
    rebuilt = DrawingStore(folder)
    assert sorted(d.label for d in rebuilt.drawings("digits")) == ["0", "3", "7"]
    with pytest.raises(DrawingStoreError, match="no drawing"):
        again.delete(made[2].id)


@pytest.mark.parametrize("label", ["", "   ", "x" * 41, "a\nb", 7])
def test_bad_labels_are_refused_and_nothing_is_written(tmp_path, label):
    store = DrawingStore(tmp_path)
    with pytest.raises(DrawingStoreError, match="label"):
        store.add(digit_image(0), label)
    assert list(tmp_path.iterdir()) == []


def test_pictures_of_the_wrong_shape_are_refused(tmp_path):
    store = DrawingStore(tmp_path)
    for image in (np.zeros((27, 28)), np.zeros((28, 28, 3)), np.full((28, 28), np.nan)):
        with pytest.raises(DrawingStoreError):
            store.add(image, "1")
    assert len(store) == 0


def test_a_damaged_index_is_rebuilt_from_the_drawings_and_kept_aside(filled):
    folder, made = filled
    (folder / INDEX_NAME).write_bytes(b'{"format": "nn-playground-drawings", "version": 1, "draw')
    store = DrawingStore(folder)
    assert store.drawings() == made
    assert len(store.problems) == 1 and "not valid JSON" in store.problems[0] and "rebuilt" in store.problems[0]
    assert len(list((folder / DAMAGED_FOLDER).glob("*index.json"))) == 1
    assert DrawingStore(folder).problems == []  # repaired once, not reported at every start


def test_hand_edited_entries_cost_only_themselves(filled):
    folder, made = filled
    index = json.loads((folder / INDEX_NAME).read_text())
    index["drawings"][0]["label"] = ""                          # refused: label taken from the PNG
    index["drawings"][1]["id"] = "../../etc/passwd"             # refused: not an id
    index["drawings"][2]["created"] = "yesterday"               # refused: not a time
    index["drawings"][3]["label"] = "seven"                     # a valid new label is respected
    index["drawings"].append(dict(index["drawings"][4]))        # a repeated entry
    (folder / INDEX_NAME).write_text(json.dumps(index))
    store = DrawingStore(folder)
    assert {d.id for d in store.drawings()} == {d.id for d in made}
    assert [d.label for d in store.drawings("digits")] == ["0", "1", "2", "seven"]
    text = "\n".join(store.problems)
    assert "entry 1" in text and "entry 2" in text and "entry 3" in text and "repeats" in text
    assert "3 drawing(s) missing" in text


def test_damaged_or_oversized_pngs_are_reported_and_moved_aside(filled):
    folder, made = filled
    png = folder / f"{made[0].id}.png"
    png.write_bytes(png.read_bytes()[:-30])                                # cut short
    (folder / f"{made[1].id}.png").write_bytes(b"\0" * (MAX_PNG_BYTES + 1))  # far too large
    (folder / f"{made[2].id}.png").write_bytes(b"not a picture at all")
    store = DrawingStore(folder)
    assert [d.id for d in store.drawings()] == [made[3].id, made[4].id]
    text = "\n".join(store.problems)
    assert f"{made[0].id}.png: damaged" in text and "more than a drawing can be" in text and "not an image" in text
    assert len(list((folder / DAMAGED_FOLDER).iterdir())) == 6  # three drawings and their raw pictures
    assert DrawingStore(folder).problems == []


def test_a_picture_of_another_size_is_not_taken_for_a_drawing(filled):
    from PIL import Image

    folder, made = filled
    Image.new("L", (5000, 5000)).save(folder / f"{made[0].id}.png")
    store = DrawingStore(folder)
    assert "5000 x 5000 pixels" in "\n".join(store.problems)
    assert len(store) == 4


def test_an_index_in_another_format_is_named(tmp_path):
    for data, reason in [(b"[]", "not a drawings index"), (b"\xff\xfe", "not valid JSON"),
                         (json.dumps({"format": "nn-playground-drawings", "version": 9}).encode(), "version 9"),
                         (json.dumps({"format": "nn-playground-drawings", "version": 1}).encode(), "no list")]:
        with pytest.raises(DrawingStoreError, match=reason):
            read_index(data)


def _mutate(data: bytes, rng: np.random.Generator) -> bytes:
    """One random change of the kinds a disk, a crash or a person's editor makes."""
    kind = rng.integers(6)
    if kind == 0:  # flip bytes
        out = bytearray(data)
        for position in rng.integers(0, len(out), rng.integers(1, 8)):
            out[position] ^= 1 << int(rng.integers(8))
        return bytes(out)
    if kind == 1:  # cut short
        return data[:rng.integers(0, len(data))]
    if kind == 2:  # a chunk repeated or dropped
        a, b = sorted(rng.integers(0, len(data), 2))
        return data[:a] + data[a:b] * int(rng.integers(0, 3)) + data[b:]
    index = json.loads(data)
    entries = index["drawings"]
    odd = [None, 0, -1, 1e308, True, "", "x" * 200, [], {}, "9", "2026-13-45", "../x", "\u0000"]
    if kind == 3 and entries:  # one field of one entry replaced by something odd
        entry = entries[rng.integers(len(entries))]
        entry[list(entry)[rng.integers(len(entry))]] = odd[rng.integers(len(odd))]
    elif kind == 4:  # a top-level field replaced
        index[["format", "version", "drawings"][rng.integers(3)]] = odd[rng.integers(len(odd))]
    elif entries:  # a field removed
        entry = entries[rng.integers(len(entries))]
        del entry[list(entry)[rng.integers(len(entry))]]
    return json.dumps(index).encode()


@pytest.mark.parametrize("seed", range(3))
def test_fuzzed_indexes_never_lose_an_intact_drawing(filled, seed):
    folder, made = filled
    original = (folder / INDEX_NAME).read_bytes()
    rng = np.random.default_rng(seed)
    for case in range(60):
        data = _mutate(original, rng)
        try:
            read_index(data)
        except DrawingStoreError:
            pass
        (folder / INDEX_NAME).write_bytes(data)
        store = DrawingStore(folder)
        assert {d.id for d in store.drawings()} == {d.id for d in made}, f"case {case}: {store.problems}"
        assert DrawingStore(folder).problems == [], f"case {case}: the repair did not hold"
        (folder / INDEX_NAME).write_bytes(original)
