"""A folder with one sub-folder per class: names from the folders, bad files listed, counts warned about."""

import numpy as np
import pytest
from PIL import Image, ImageDraw

from playground.engine.data.classfolder import load_class_folder
from playground.engine.errors import DatasetError


def _shape(path, kind: str, size: int = 64, mode: str = "L") -> None:
    image = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(image)
    box = (size // 5, size // 5, 4 * size // 5, 4 * size // 5)
    if kind == "circle":
        draw.ellipse(box, outline=0, width=4)
    else:
        draw.line(box, fill=0, width=4)
    image.convert(mode).save(path)


def _folder(tmp_path, counts: dict[str, int]):
    for name, count in counts.items():
        (tmp_path / name).mkdir()
        for i in range(count):
            _shape(tmp_path / name / f"{i}.png", name, 40 + i, "RGB" if i % 2 else "L")
    return tmp_path


def test_class_names_come_from_the_sub_folders_and_images_are_ink_high(tmp_path):
    data = load_class_folder(_folder(tmp_path, {"circle": 6, "line": 7}))
    assert data.class_names == ("circle", "line")
    assert data.images.shape == (13, 28, 28) and data.images.dtype == np.uint8
    assert data.counts().tolist() == [6, 7]
    assert data.skipped == () and data.warnings() == []
    assert data.images[:, 0, :].max() < 60 and data.images.max() > 200  # dark border, bright ink


def test_corrupt_and_foreign_files_are_listed_with_their_reason_and_the_rest_kept(tmp_path):
    folder = _folder(tmp_path, {"circle": 5, "line": 5})
    (folder / "circle" / "notes.txt").write_text("not a picture")
    good = (folder / "line" / "0.png").read_bytes()
    (folder / "line" / "broken.png").write_bytes(good[:len(good) // 2])
    data = load_class_folder(folder)
    assert data.counts().tolist() == [5, 5]
    reasons = dict(data.skipped)
    assert set(reasons) == {str(folder / "circle" / "notes.txt"), str(folder / "line" / "broken.png")}
    assert "not an image" in reasons[str(folder / "circle" / "notes.txt")]
    assert "damaged" in reasons[str(folder / "line" / "broken.png")]


def test_few_examples_and_imbalance_are_warned_about(tmp_path):
    data = load_class_folder(_folder(tmp_path, {"circle": 2, "line": 20}))
    notes = data.warnings()
    assert any("'circle' has only 2" in note for note in notes)
    assert any("imbalanced" in note for note in notes)


def test_an_empty_class_folder_is_listed_and_one_class_is_refused(tmp_path):
    folder = _folder(tmp_path, {"circle": 3, "line": 3, "smile": 0})
    data = load_class_folder(folder)
    assert data.class_names == ("circle", "line")
    assert (str(folder / "smile"), "class folder holds no readable picture") in data.skipped
    (tmp_path / "one").mkdir()
    with pytest.raises(DatasetError, match="at least 2"):
        load_class_folder(_folder(tmp_path / "one", {"circle": 3}))
