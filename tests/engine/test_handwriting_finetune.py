"""Fine-tuning a model file with the handwriting recipe: it starts from the file's weights and says so."""

from __future__ import annotations

import numpy as np

from playground.engine.fast.network import Network
from playground.engine.presets import HANDWRITING_MEDIA, get_preset
from playground.engine.training.modelfile import load_model, new_model, save_model
from playground.engine.training.runs import initial_weights
from scripts.finetune import main


def test_finetune_continues_from_the_files_weights_with_the_handwriting_recipe(tmp_path, capsys):
    preset = get_preset("simple-cnn")
    network = Network(preset.network_spec(), seed=0)
    start = new_model(network, name="simple-cnn", preset="simple-cnn", input_spec=preset.input,
                      dataset="mnist-csv-sample", classes=[str(d) for d in range(10)],
                      metrics={"test_accuracy": 0.1})
    start.extras.update(initial_weights(network))
    network.params["W1"] += 0.01   # "trained": no longer the initial weights
    source = save_model(tmp_path / "start.npz", start)

    assert main([str(source), "--epochs", "1", "--lr", "0.0001", "--out", str(tmp_path / "tuned.npz")]) == 0
    tuned = load_model(tmp_path / "tuned.npz")
    training = tuned.meta["training"]
    assert training["augment"] == {**preset.training["augment"], **HANDWRITING_MEDIA}
    assert training["pen_styles"] > 0 and training["optimizer"]["lr"] == 0.0001 and training["epochs"] == 1
    assert training["started_from"]["model"] == "start.npz" and training["command"].startswith("python -m scripts.finetune")
    np.testing.assert_array_equal(tuned.extras["initial/W1"], start.extras["initial/W1"])
    moved = np.abs(tuned.network.params["W1"] - network.params["W1"]).max()
    assert 0 < moved < 0.05   # small steps from the file's weights, not a fresh start
    assert "test accuracy" in capsys.readouterr().out


def test_finetune_names_an_unreadable_model_file(tmp_path, capsys):
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a model")
    assert main([str(broken), "--out", str(tmp_path / "out.npz")]) == 1
    assert "error:" in capsys.readouterr().err and not (tmp_path / "out.npz").exists()
