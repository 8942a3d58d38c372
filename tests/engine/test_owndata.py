"""A person's own data on the Your classes page: every source kind, both preparations, nothing dropped silently."""

from __future__ import annotations

import gzip
import struct

import numpy as np
import pytest
from PIL import Image, ImageDraw

from playground.engine.data.owndata import LoadCancelled
from playground.engine.data.prepare import (
    light_ink_on_dark,
    plain_resize,
    prepare_picture,
)
from playground.engine.data.skips import REASONS, SkipKind, Skipped, skipped_picture
from playground.engine.data.sources import DataSource, guess_source, read_own
from playground.engine.errors import DatasetError


def _picture(path, kind: str, size=(60, 40), dark_on_light=True) -> None:
    paper, ink = (255, 0) if dark_on_light else (0, 255)
    image = Image.new("L", size, paper)
    draw = ImageDraw.Draw(image)
    box = (size[0] // 5, size[1] // 5, 4 * size[0] // 5, 4 * size[1] // 5)
    if kind == "circle":
        draw.ellipse(box, outline=ink, width=4)
    else:
        draw.line(box, fill=ink, width=4)
    image.save(path)


def _class_folder(root, per_class: int = 3):
    for kind in ("circle", "line"):
        (root / kind).mkdir(parents=True)
        for i in range(per_class):
            _picture(root / kind / f"{i}.png", kind, dark_on_light=i % 2 == 0)
    return root


def test_light_ink_on_dark_inverts_only_pictures_with_a_light_border():
    dark = np.zeros((28, 28), np.uint8)
    dark[10:18, 10:18] = 200
    light = 255 - dark
    out = light_ink_on_dark(np.stack([dark, light]))
    np.testing.assert_array_equal(out[0], dark)
    np.testing.assert_array_equal(out[1], dark)


def test_plain_resize_keeps_the_framing_and_mnist_style_centres_the_ink():
    gray = np.ones((100, 100), np.float32)
    gray[5:25, 5:25] = 0.0  # a dark blot in the top-left corner of white paper
    plain = plain_resize(gray)
    assert plain.shape == (28, 28) and plain.dtype == np.uint8
    assert plain[2:6, 2:6].min() > 200 and plain[14:, 14:].max() < 30  # still top-left, inverted
    centred = prepare_picture(gray, "mnist")
    rows, cols = np.nonzero(centred > 128)
    assert abs(rows.mean() - 14) < 2 and abs(cols.mean() - 14) < 2
    with pytest.raises(ValueError, match="preparation"):
        prepare_picture(gray, "stretch")


def test_guess_source_tells_the_kinds_apart(tmp_path):
    folder = _class_folder(tmp_path / "shapes")
    assert guess_source([str(folder)]).kind == "folder"
    (tmp_path / "named").mkdir()
    _picture(tmp_path / "named" / "my_own_3.png", "line")
    assert guess_source([str(tmp_path / "named")]).kind == "names"
    (tmp_path / "own.csv").write_text("a,0\n")
    assert guess_source([str(tmp_path / "own.csv")]).kind == "csv"
    (tmp_path / "x").write_bytes(b"1")
    (tmp_path / "y").write_bytes(b"2")
    assert guess_source([str(tmp_path / "x"), str(tmp_path / "y")]).kind == "idx"
    (tmp_path / "empty").mkdir()
    with pytest.raises(DatasetError, match="neither"):
        guess_source([str(tmp_path / "empty")])
    with pytest.raises(DatasetError, match="choose"):
        guess_source([str(tmp_path / "x")])


@pytest.mark.parametrize("preparation", ["mnist", "resize"])
def test_a_class_folder_with_broken_files_lists_each_with_its_reason(tmp_path, preparation):
    folder = _class_folder(tmp_path / "shapes", per_class=4)
    good = (folder / "line" / "0.png").read_bytes()
    (folder / "line" / "truncated.png").write_bytes(good[:len(good) // 2])
    (folder / "circle" / "text.png").write_text("these are notes, not a picture")
    (folder / "circle" / "empty.png").write_bytes(b"")
    seen = []
    own = read_own(guess_source([str(folder)]), preparation, report=seen.append)
    assert own.class_names == ("circle", "line") and own.counts().tolist() == [4, 4]
    kinds = {s.where.rsplit("/", 1)[-1]: s.kind for s in own.skipped}
    assert kinds == {"truncated.png": SkipKind.CORRUPT, "text.png": SkipKind.NOT_AN_IMAGE,
                     "empty.png": SkipKind.EMPTY_FILE}
    assert seen[-1] == 1.0 and seen == sorted(seen)
    assert own.images[:, 0, :].max() < 60 and own.images.max() > 200  # light ink on dark for all
    assert own.few_examples() == ["circle", "line"] and not own.imbalanced()


def test_named_pictures_skip_files_without_a_usable_label(tmp_path):
    for name in ("my_own_3.png", "2828_my_own_7.png", "my_own_12.png", "holiday.png"):
        _picture(tmp_path / name, "line")
    (tmp_path / "notes.txt").write_text("three and seven")
    own = read_own(DataSource("names", paths=(str(tmp_path),)), "mnist")
    assert own.labels.tolist() == [7, 3] and own.class_names[3] == "3"
    skipped = {s.where.rsplit("/", 1)[-1]: s for s in own.skipped}
    assert {name: s.kind for name, s in skipped.items()} == {
        "my_own_12.png": SkipKind.LABEL_OUT_OF_RANGE, "holiday.png": SkipKind.NO_LABEL_IN_NAME,
        "notes.txt": SkipKind.NOT_A_PICTURE_NAME}
    assert skipped["my_own_12.png"].reason == "the name gives a label outside 0..9 (12)"


def _idx(path, array: np.ndarray, images: bool) -> None:
    header = struct.pack(">IIII", 0x803, *array.shape) if images else struct.pack(">II", 0x801, len(array))
    path.write_bytes(gzip.compress(header + array.astype(np.uint8).tobytes()))


def test_idx_pair_in_either_order_and_csv_rows_without_ink_are_listed(tmp_path):
    images = np.zeros((4, 28, 28), np.uint8)
    images[:3, 8:20, 12:16] = 255
    _idx(tmp_path / "images.gz", images, True)
    _idx(tmp_path / "labels.gz", np.array([1, 2, 1, 0]), False)
    own = read_own(DataSource("idx", paths=(str(tmp_path / "labels.gz"), str(tmp_path / "images.gz"))), "mnist")
    assert own.labels.tolist() == [1, 2, 1] and len(own.class_names) == 10
    assert [(s.where, s.kind) for s in own.skipped] == [("labels.gz, image 4", SkipKind.BLANK)]
    plain = read_own(DataSource("idx", paths=(str(tmp_path / "images.gz"), str(tmp_path / "labels.gz"))), "resize")
    np.testing.assert_array_equal(plain.images, images)
    rows = [",".join(["smile" if k % 2 else "frown", *map(str, (255 - images[k]).ravel())]) for k in range(4)]
    (tmp_path / "own.csv").write_text("\n".join(rows))
    csv = read_own(DataSource("csv", paths=(str(tmp_path / "own.csv"),)), "resize")
    assert csv.class_names == ("frown", "smile") and csv.images[:, 0].max() == 0  # inverted to dark paper


def test_loading_stops_when_cancelled(tmp_path):
    folder = _class_folder(tmp_path / "shapes")
    with pytest.raises(LoadCancelled):
        read_own(DataSource("folder", paths=(str(folder),)), "mnist", cancelled=lambda: True)


def test_merge_matches_classes_by_name():
    from playground.engine.data.owndata import OwnData, merge
    a = OwnData(np.zeros((3, 28, 28), np.uint8), np.array([0, 1, 1]), ("circle", "smile"), ())
    damaged = Skipped("x.png", SkipKind.CORRUPT)
    b = OwnData(np.ones((2, 28, 28), np.uint8), np.array([0, 1]), ("star", "circle"), (damaged,))
    both = merge(a, b)
    assert both.class_names == ("circle", "smile", "star")
    assert both.labels.tolist() == [0, 1, 1, 2, 0] and both.counts().tolist() == [2, 2, 1]
    assert both.skipped == (damaged,) and both.images.shape == (5, 28, 28)


def test_drawn_examples_in_both_preparations(tmp_path):
    from playground.engine.data.drawnsets import drawn_examples
    from playground.engine.data.userdrawings import DrawingStore
    store = DrawingStore(tmp_path)
    raw = np.full((280, 280), 255, np.uint8)
    raw[20:80, 20:80] = 0  # a square in the top-left corner of the pad
    image = prepare_picture(raw / 255.0, "mnist")
    store.add(image, "square", "shapes", raw=raw)
    store.add(image, "blot", "shapes")  # kept without the pad's picture
    store.add(image, "square", "other")
    mnist = drawn_examples(store, store.drawings("shapes"), ["square", "blot"], "mnist")
    assert mnist.labels.tolist() == [0, 1] and mnist.skipped == ()
    np.testing.assert_array_equal(mnist.images[0], image)
    plain = drawn_examples(store, store.drawings("shapes"), ["square", "blot"], "resize")
    assert plain.labels.tolist() == [0] and plain.skipped[0].kind is SkipKind.NO_PAD_PICTURE
    assert plain.images[0, 3:7, 3:7].min() > 200 and plain.images[0, 14:, 14:].max() < 30


def test_an_unreadable_folder_is_a_dataset_error(tmp_path, monkeypatch):
    from pathlib import Path

    def refuse(_self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refuse)
    with pytest.raises(DatasetError, match="cannot be read"):
        guess_source([str(tmp_path)])


def test_every_skip_kind_has_a_sentence_and_an_os_error_keeps_its_words(tmp_path):
    assert set(REASONS) == set(SkipKind) and all(REASONS.values())
    missing = tmp_path / "gone.png"
    try:
        missing.stat()
    except OSError as exc:
        skipped = skipped_picture(str(missing), exc)
    assert skipped.kind is SkipKind.UNREADABLE and skipped.detail == "No such file or directory"
    assert skipped.reason == "cannot be read (No such file or directory)"
