"""The command line as a person uses it: train, evaluate, classify, and clear errors for bad input."""

import json
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image, ImageDraw

from playground.cli import main
from playground.engine.data.datasets import load_dataset
from playground.engine.training.modelfile import load_model


@pytest.fixture(scope="module")
def small_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("models") / "two.npz"
    code = main(["train", "--preset", "two-layer", "--limit", "3000", "--epochs", "2", "--optimizer", "adam",
                 "--lr", "0.01", "--batch-size", "20", "--out", str(path)])
    assert code == 0
    return path


def test_train_writes_a_model_with_metrics_and_the_command(small_model, capsys):
    model = load_model(small_model)
    assert model.meta["preset"] == "two-layer" and model.meta["dataset"] == "mnist"
    assert 0.8 < model.test_accuracy <= 1.0
    assert "--preset two-layer" in model.meta["training"]["command"]
    assert "initial/W1" in model.extras


def test_evaluate_prints_overall_and_per_class_accuracy(small_model, capsys):
    assert main(["evaluate", str(small_model)]) == 0
    out = capsys.readouterr().out
    model = load_model(small_model)
    assert f"accuracy {model.test_accuracy:.2%}" in out
    assert len([line for line in out.splitlines() if line.strip().startswith(tuple("0123456789"))]) == 10


def test_classify_json_reads_real_digits(small_model, tmp_path, capsys):
    data = load_dataset("mnist")
    files = []
    for i in range(5):
        # Dark ink on a larger light canvas, as a person would scan or draw it.
        canvas = np.full((200, 160), 255, np.uint8)
        big = np.array(Image.fromarray(255 - data.test_images[i]).resize((140, 140)))
        canvas[30:170, 10:150] = big
        files.append(tmp_path / f"digit{i}.png")
        Image.fromarray(canvas).save(files[-1])
    assert main(["classify", str(small_model), *map(str, files), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["file"] for r in rows] == list(map(str, files))
    for r in rows:
        assert len(r["probabilities"]) == 10 and sum(r["probabilities"]) == pytest.approx(1.0, abs=1e-4)
    hits = sum(r["label"] == str(data.test_labels[i]) for i, r in enumerate(rows))
    assert hits >= 4


def test_classify_reports_bad_images_and_goes_on(small_model, tmp_path, capsys):
    (tmp_path / "notes.png").write_text("not an image")
    Image.new("L", (50, 50), 255).save(tmp_path / "blank.png")
    code = main(["classify", str(small_model), str(tmp_path / "notes.png"), str(tmp_path / "blank.png"), "--json"])
    assert code == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [("error" in r) for r in rows] == [True, True]
    assert "notes.png" in rows[0]["error"]


def test_bad_model_file_is_one_clear_line_not_a_traceback(tmp_path):
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"PK\x03\x04 truncated")
    result = subprocess.run([sys.executable, "-m", "playground", "evaluate", str(bad)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "broken.npz" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_preset_is_rejected_by_the_parser(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["train", "--preset", "gpt", "--out", "x.npz"])
    assert exc.value.code == 2


def test_export_writes_a_pytorch_script_and_reports_bad_models(tmp_path, capsys):
    from playground.paths import MODELS_DIR

    out = tmp_path / "mlp.py"
    assert main(["export", str(MODELS_DIR / "mlp.npz"), "--to", "pytorch", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert "class Network(nn.Module)" in out.read_text()
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip")
    assert main(["export", str(broken), "--to", "onnx", str(tmp_path / "x.onnx")]) == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_training_on_data_without_test_images_says_so_and_saves(tmp_path, monkeypatch, capsys):
    import playground.engine.data.datasets as datasets

    mnist = load_dataset("mnist")
    empty = mnist.test_images[:0], mnist.test_labels[:0]
    own = datasets.Dataset("mine", mnist.train_images[:300], mnist.train_labels[:300], *empty, mnist.classes)
    monkeypatch.setattr(datasets, "load_dataset", lambda name: own)
    out = tmp_path / "mine.npz"
    assert main(["train", "--preset", "two-layer", "--epochs", "1", "--out", str(out)]) == 0
    assert "mine has no test images: test accuracy not measured" in capsys.readouterr().out
    assert load_model(out).test_accuracy is None


def _shape_picture(kind: str, rng: np.random.Generator) -> Image.Image:
    """Dark ink on white, as drawn: a bar across, a bar down, or a ring, each a little off."""

    picture = Image.new("L", (100, 100), 255)
    pen = ImageDraw.Draw(picture)
    a, b = (int(v) for v in rng.integers(15, 30, 2))
    if kind == "across":
        pen.line([(a, 50 + b - 22), (100 - b, 50 + a - 22)], fill=0, width=9)
    elif kind == "down":
        pen.line([(50 + b - 22, a), (50 + a - 22, 100 - b)], fill=0, width=9)
    else:
        pen.ellipse([a, b, 100 - b, 100 - a], outline=0, width=8)
    return picture


def test_classify_json_names_the_class_of_a_model_trained_on_named_classes(tmp_path, capsys):
    """Trained on half of a folder read class by class (--limit), every class is still learnt."""
    rng = np.random.default_rng(0)
    names = ("across", "down", "ring")
    for name in names:
        (tmp_path / "shapes" / name).mkdir(parents=True)
        for k in range(30):
            _shape_picture(name, rng).save(tmp_path / "shapes" / name / f"{k}.png")
    out = tmp_path / "shapes.npz"
    assert main(["train", "--preset", "two-layer", "--data", str(tmp_path / "shapes"), "--limit", "45", "--epochs", "15",
                 "--optimizer", "adam", "--lr", "0.01", "--batch-size", "10", "--seed", "0", "--out", str(out)]) == 0
    assert load_model(out).classes == list(names)
    files = []
    for name in names:
        files.append(tmp_path / f"new-{name}.png")
        _shape_picture(name, rng).save(files[-1])
    capsys.readouterr()
    assert main(["classify", str(out), *map(str, files), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for row in rows:
        assert row["index"] == int(np.argmax(row["probabilities"])) and row["class"] == names[row["index"]]
        assert row["label"] == row["class"] and len(row["probabilities"]) == 3
    assert [row["class"] for row in rows] == list(names)


def test_classify_prepares_pictures_as_the_model_header_says(tmp_path, capsys):
    """A model trained on plain resizes is given a plain resize, not the pad's MNIST-style crop."""
    from playground.engine.data.mnist_style import classify, load_image
    from playground.engine.data.prepare import network_picture
    from playground.engine.fast.network import Network
    from playground.engine.presets import PRESETS
    from playground.engine.training.modelfile import new_model, save_model

    preset = PRESETS["two-layer"]
    model = new_model(Network(preset.network_spec(), seed=1), name="plain", preset="two-layer",
                      input_spec=preset.input, dataset="shapes", classes=[str(k) for k in range(10)])
    picture = Image.new("L", (100, 100), 255)
    ImageDraw.Draw(picture).rectangle([5, 5, 30, 30], fill=0)  # a small square in a corner
    picture.save(tmp_path / "corner.png")
    image = load_image(tmp_path / "corner.png")
    expected = {prep: classify(model, network_picture(image, prep)) for prep in ("mnist", "resize")}
    assert np.abs(expected["mnist"] - expected["resize"]).max() > 1e-4  # far beyond the 6 decimals printed
    for preparation in ("mnist", "resize"):
        model.meta["preparation"] = preparation
        save_model(tmp_path / "plain.npz", model)
        capsys.readouterr()
        assert main(["classify", str(tmp_path / "plain.npz"), str(tmp_path / "corner.png"), "--json"]) == 0
        row = json.loads(capsys.readouterr().out)
        np.testing.assert_allclose(row["probabilities"], expected[preparation], atol=1e-6)
