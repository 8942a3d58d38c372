"""A folder with one sub-folder per class: names from the folders, bad files listed, counts warned about."""

import numpy as np
import pytest
from PIL import Image, ImageDraw

from playground.cli import main
from playground.engine.data.classfolder import load_class_folder
from playground.engine.data.skips import SkipKind, Skipped
from playground.engine.errors import DatasetError
from playground.engine.fast.network import Network
from playground.engine.presets import get_preset
from playground.engine.training.modelfile import load_model
from playground.engine.training.transfer import start_from, with_outputs


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
    kinds = {skipped.where: skipped.kind for skipped in data.skipped}
    assert kinds == {str(folder / "circle" / "notes.txt"): SkipKind.NOT_AN_IMAGE,
                     str(folder / "line" / "broken.png"): SkipKind.CORRUPT}
    broken = next(s for s in data.skipped if s.kind is SkipKind.CORRUPT)
    assert broken.detail and broken.reason.startswith("damaged or truncated picture (")


def test_few_examples_and_imbalance_are_warned_about(tmp_path):
    data = load_class_folder(_folder(tmp_path, {"circle": 2, "line": 20}))
    notes = data.warnings()
    assert any("'circle' has only 2" in note for note in notes)
    assert any("imbalanced" in note for note in notes)


def test_an_empty_class_folder_is_listed_and_one_class_is_refused(tmp_path):
    folder = _folder(tmp_path, {"circle": 3, "line": 3, "smile": 0})
    data = load_class_folder(folder)
    assert data.class_names == ("circle", "line")
    assert Skipped(str(folder / "smile"), SkipKind.EMPTY_CLASS_FOLDER) in data.skipped
    assert data.skipped[-1].reason == "class folder holds no readable picture"
    (tmp_path / "one").mkdir()
    with pytest.raises(DatasetError, match="at least 2"):
        load_class_folder(_folder(tmp_path / "one", {"circle": 3}))


def test_with_outputs_sizes_only_the_last_affine_layer():
    spec = get_preset("simple-cnn").network_spec()
    network = Network(with_outputs(spec, 3))
    assert network.num_classes == 3
    assert [l["units"] for l in network.spec()["layers"] if l["type"] == "affine"][:-1] == \
        [l["units"] for l in spec["layers"] if l["type"] == "affine"][:-1]
    with pytest.raises(ValueError, match="2 to 100"):
        with_outputs(spec, 1)


def test_start_from_keeps_every_trained_layer_but_the_head():
    base = load_model("models/simple-cnn.npz").network
    network = start_from(base, 5)
    assert network.num_classes == 5
    last = max(int(n[1:]) for n in network.params if n.startswith("W"))
    for name, array in network.params.items():
        if name in (f"W{last}", f"b{last}"):
            assert array.shape[-1] == 5 and base.params[name].shape[-1] == 10
        else:
            np.testing.assert_array_equal(array, base.params[name])


def test_train_with_a_class_folder_saves_the_class_names(tmp_path, capsys):
    (tmp_path / "shapes").mkdir()
    folder = _folder(tmp_path / "shapes", {"circle": 6, "line": 6})
    (folder / "line" / "broken.png").write_bytes(b"not a png")
    out = tmp_path / "own.npz"
    assert main(["train", "--preset", "mlp", "--data", str(folder), "--epochs", "2",
                 "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"skipped {folder / 'line' / 'broken.png'}: not a picture file (PNG, JPEG" in captured.err
    assert "circle: 6, line: 6" in captured.out
    model = load_model(out)
    assert model.classes == ["circle", "line"] and model.network.num_classes == 2


def _csv_rows(labels, header: bool = False) -> bytes:
    rng = np.random.default_rng(0)
    rows = [",".join(["label"] + [f"p{k}" for k in range(784)])] if header else []
    rows += [",".join([label] + [str(v) for v in rng.integers(0, 256, 784)]) for label in labels]
    return "\n".join(rows).encode()


def test_a_csv_with_class_names_and_a_header_gives_named_classes(tmp_path):
    from playground.engine.data.labelledcsv import load_labelled_csv
    path = tmp_path / "own.csv"
    path.write_bytes(_csv_rows(["smile", "circle", "smile"], header=True))
    images, labels, classes = load_labelled_csv(path)
    assert classes == ("circle", "smile") and labels.tolist() == [1, 0, 1]
    assert images.shape == (3, 28, 28)
    path.write_bytes(_csv_rows(["3", "1"]))
    assert load_labelled_csv(path)[2] == tuple(str(d) for d in range(10))
    path.write_bytes(_csv_rows(["3", "1"])[:-5] + b",999")
    with pytest.raises(DatasetError):
        load_labelled_csv(path)


def _few_shapes(per_class: int = 8):
    from benchmarks.own_classes import shape_dataset
    return shape_dataset(per_class, seed=2, shapes=("circle", "cross", "zigzag"))


def test_frozen_copied_layers_stay_bit_identical_and_slow_ones_move_less(monkeypatch):
    from playground.engine.training import transfer
    from playground.engine.training.transfer import head_names, train_classes
    monkeypatch.setattr(transfer, "MIN_STEPS", 4)
    images, labels = _few_shapes()
    base = load_model("models/simple-cnn.npz").network
    moved = {}
    for copied in ("train", "slow", "freeze"):
        model = train_classes(images, labels, ["circle", "cross", "zigzag"], from_digits=True,
                              copied=copied, epochs=2)
        head = head_names(model.network)
        assert head == {name for name, p in model.network.params.items()
                        if p.shape != base.params[name].shape}  # the new output layer
        moved[copied] = {name: float(np.abs(p - base.params[name]).max())
                         for name, p in model.network.params.items() if name not in head}
        assert model.meta["training"]["stratified"] is True
    assert all(distance == 0.0 for distance in moved["freeze"].values())
    for name in moved["train"]:
        assert 0 < moved["slow"][name] < 0.5 * moved["train"][name], name


def test_a_tiny_set_trains_for_enough_steps():
    from playground.engine.training.transfer import MIN_STEPS, epochs_for
    assert epochs_for(100, 15) == 50  # 80 training images: 4 steps an epoch
    assert epochs_for(25, 15) == MIN_STEPS  # one step an epoch
    assert epochs_for(10_000, 15) == 15
