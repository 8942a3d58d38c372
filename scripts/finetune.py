"""Continue training a model file with its preset's recipe plus the handwriting augmentation.

    python -m scripts.finetune MODEL.npz [--epochs 3] [--lr 0.0003] [--seed 0] --out NEW.npz

This is how the shipped deep-cnn learned to read the Draw pad: training from scratch repeats what
the model already knows; starting from its weights with a smaller learning rate (cosine to the
preset's floor) only adds what ``presets.handwriting_training`` teaches (elastic warps, scan looks,
the pad's stroke width, pen styles). The
held-out share is the same as in ``python -m playground train`` with the same seed, and the file
records the command and the model it started from.
"""

from __future__ import annotations

import argparse
import dataclasses
import shlex
import sys
from pathlib import Path

from playground.engine.data.datasets import load_dataset
from playground.engine.errors import PlaygroundError
from playground.engine.presets import get_preset, handwriting_training
from playground.engine.training.config import TrainConfig
from playground.engine.training.loop import train
from playground.engine.training.modelfile import load_model, save_model
from playground.engine.training.runs import finished_model, initial_weights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=3e-4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        start = load_model(args.model)
        preset = get_preset(str(start.meta.get("preset")))
        data = load_dataset(str(start.meta.get("dataset")))
    except PlaygroundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    recipe = TrainConfig.from_dict(handwriting_training(preset))
    config = dataclasses.replace(recipe, epochs=args.epochs, seed=args.seed, evals_per_epoch=1,
                                 optimizer={**recipe.optimizer, "lr": args.lr})
    network = start.network
    # "Before training" stays the random start of the first run, so the Weights page shows all that was learned.
    initial = {name: array for name, array in start.extras.items() if name.startswith("initial/")} \
        or initial_weights(network)
    print(f"Fine-tuning {args.model.name} on {data.name} with the {preset.name} recipe and handwriting "
          f"augmentation: {args.epochs} epochs, lr {args.lr}, augment {config.augment}, "
          f"pen styles {config.pen_styles}", flush=True)
    last = None
    for last in train(network, data.train_images, data.train_labels, preset.input, config):
        if last.kind == "epoch":
            print(f"epoch {last.epoch}/{last.epochs}: train accuracy {last.train_accuracy:.2%}, val accuracy "
                  f"{last.val_accuracy:.2%}, {last.elapsed:.0f} s elapsed", flush=True)
    command = "python -m scripts.finetune " + shlex.join(sys.argv[1:] if argv is None else argv)
    model = finished_model(network, name=preset.name, preset=preset.name, input_spec=preset.input, data=data,
                           images_used=len(data.train_labels), config=config, last=last, initial=initial,
                           command=command)
    model.meta["training"]["started_from"] = {"model": args.model.name,
                                              "test_accuracy": start.test_accuracy,
                                              "training": start.meta.get("training")}
    print(f"{last.status}: {last.message}; test accuracy {model.test_accuracy:.2%}")
    print(f"saved {save_model(args.out, model)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
