"""Command line: train, evaluate and classify with the same engine the GUI uses.

    python -m playground train --preset mlp --dataset mnist --epochs 10 --seed 0 --out mlp.npz
    python -m playground evaluate models/mlp.npz
    python -m playground classify models/mlp.npz digit.png --json
    python -m playground bench
    python -m playground export models/mlp.npz --to pytorch mlp.py

Errors in input files are reported in one line and exit with status 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import sys
import time
from pathlib import Path

import numpy as np

from . import bench
from .engine.errors import PlaygroundError
from .engine.training.progress import format_duration


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


class ProgressBar:
    """Training progress on stderr: a bar redrawn in place on a terminal (at most 5 times a
    second), or a plain line every 30 seconds when the output goes to a log file."""

    def __init__(self, stream=sys.stderr, width: int = 24) -> None:
        self.stream, self.width = stream, width
        self.interactive = stream.isatty()
        self.interval = 0.2 if self.interactive else 30.0
        self._last = time.monotonic()

    def update(self, p) -> None:
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        done = (p.iteration - (p.epoch - 1) * p.iterations_per_epoch) / p.iterations_per_epoch
        filled = int(self.width * min(max(done, 0.0), 1.0))
        acc = f" best {p.best_val_accuracy:.2%}" if p.best_val_accuracy is not None else ""
        line = (f"epoch {p.epoch}/{p.epochs} [{'#' * filled}{'.' * (self.width - filled)}] "
                f"loss {p.batch_loss:.4f}{acc} {p.samples_per_sec:,.0f}/s ETA {format_duration(p.eta)}")
        self.stream.write(f"\r{line}   " if self.interactive else f"{line}\n")
        self.stream.flush()

    def clear(self) -> None:
        if self.interactive:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()


def _training_config(args, preset):
    from .engine.training.config import EarlyStopping
    from .engine.training.recipes import preset_recipe

    config = preset_recipe(preset)
    if args.optimizer:
        config.optimizer = {"type": args.optimizer}
    if args.lr is not None:
        config.optimizer["lr"] = args.lr
    augment = dict(config.augment or {})
    for key in ("rotation", "shift", "scale", "thickness"):
        if getattr(args, key) is not None:
            augment[key] = getattr(args, key)
    config.augment = augment or None
    config.seed = args.seed
    config.validation_share = args.validation
    config.evals_per_epoch = 1
    if args.epochs:
        config.epochs = args.epochs
    if args.batch_size:
        config.batch_size = args.batch_size
    if args.weight_decay is not None:
        config.weight_decay = args.weight_decay
    if args.pen_styles is not None:
        if args.dataset != "mnist":
            raise PlaygroundError("--pen-styles draws digit strokes: use it with --dataset mnist")
        config.pen_styles = args.pen_styles
    if args.patience:
        config.early_stopping = EarlyStopping(patience=args.patience)
    return config


def _own_data(path: str):
    """A person's folder (one sub-folder per class) or CSV, with every skipped file and warning printed."""
    from .engine.data.classfolder import load_class_folder
    from .engine.data.sources import DataSource, load_source, own_dataset

    if not Path(path).is_dir():
        return load_source(DataSource("csv", paths=(path,)), shipped=None)
    own = load_class_folder(path)
    for skipped in own.skipped:
        print(f"skipped {skipped.where}: {skipped.reason}", file=sys.stderr)
    for note in own.warnings():
        print(f"warning: {note}", file=sys.stderr)
    print(", ".join(f"{name}: {count}" for name, count in zip(own.class_names, own.counts())))
    return own_dataset(Path(path).name, own.images, own.labels, own.class_names)


def cmd_train(args) -> int:
    from .engine.data.datasets import load_dataset
    from .engine.data.stratified import first_per_class
    from .engine.fast.network import Network
    from .engine.presets import get_preset
    from .engine.training.control import TrainingControl
    from .engine.training.loop import train
    from .engine.training.modelfile import load_model, save_model
    from .engine.training.progress import Status
    from .engine.training.runs import finished_model, initial_weights
    from .engine.training.transfer import start_from, with_outputs

    preset = get_preset(args.preset)
    config = _training_config(args, preset)
    data = _own_data(args.data) if args.data else load_dataset(args.dataset)
    images, labels = data.train_images, data.train_labels
    if args.limit:
        keep = first_per_class(labels, args.limit)
        images, labels = images[keep], labels[keep]
    if args.start_from:
        network = start_from(load_model(args.start_from).network, len(data.classes), seed=args.seed)
    else:
        network = Network(with_outputs(preset.network_spec(), len(data.classes)), seed=args.seed)
    initial = initial_weights(network)
    control = TrainingControl()
    previous_handler = signal.signal(signal.SIGINT, lambda *_: control.stop())
    print(f"Training {preset.title} on {data.name}: {len(labels):,} images "
          f"({config.validation_share:.0%} held out for validation), {config.epochs} epochs, "
          f"batch {config.batch_size}, {config.optimizer}", flush=True)
    bar = ProgressBar()
    last = None
    try:
        for last in train(network, images, labels, preset.input, config, control):
            if last.kind == "batch":
                bar.update(last)
            elif last.kind == "epoch":
                bar.clear()
                val = f", val accuracy {last.val_accuracy:.2%}" if last.val_accuracy is not None else ""
                best = " (best so far)" if last.best_epoch == last.epoch else ""
                print(f"epoch {last.epoch}/{last.epochs}: loss {last.batch_loss:.4f}, train accuracy "
                      f"{last.train_accuracy:.2%}{val}{best}, lr {last.learning_rate:.3g}, "
                      f"{last.samples_per_sec:,.0f} images/s, {format_duration(last.elapsed)} elapsed",
                      flush=True)
    finally:
        signal.signal(signal.SIGINT, previous_handler)
    bar.clear()
    print(f"{last.status}: {last.message}", flush=True)
    model = finished_model(network, name=args.name or preset.name, preset=preset.name, input_spec=preset.input,
                           data=data, images_used=len(labels), config=config, last=last, initial=initial,
                           command="python -m playground " + shlex.join(args.argv))
    if model.test_accuracy is None:
        print(f"{data.name} has no test images: test accuracy not measured")
    else:
        print(f"test accuracy {model.test_accuracy:.2%} on {len(data.test_labels):,} images")
    path = save_model(args.out or f"{preset.name}.npz", model)
    print(f"saved {path}")
    return 0 if last.status != Status.DIVERGED else 1


def cmd_evaluate(args) -> int:
    from .engine.data.datasets import load_dataset
    from .engine.inspection.evaluation import Evaluation
    from .engine.training.modelfile import load_model

    start = time.perf_counter()
    model = load_model(args.model)
    data = load_dataset(args.dataset or model.meta.get("dataset") or "mnist")
    if len(data.classes) != len(model.classes):
        raise PlaygroundError(f"{args.model} has {len(model.classes)} classes, {data.name} has {len(data.classes)}")
    result = Evaluation(model.probabilities(data.test_images), data.test_labels)
    print(f"{model.name} on {data.name} test set ({len(data.test_labels):,} images): "
          f"accuracy {result.accuracy:.2%}")
    for name, acc in zip(data.classes, result.per_class_accuracy()):
        print(f"  {name:>12}: {acc:.2%}")
    print(f"({time.perf_counter() - start:.1f} s)")
    return 0


def cmd_classify(args) -> int:
    from .engine.data.mnist_style import classify, load_image
    from .engine.data.prepare import network_picture
    from .engine.training.modelfile import load_model

    model = load_model(args.model)
    failures = 0
    for file in args.images:
        try:
            image = load_image(file)  # its errors name the file already
            try:
                probs = classify(model, network_picture(image, model.preparation))
            except PlaygroundError as exc:
                raise PlaygroundError(f"{file}: {exc}") from None
        except PlaygroundError as exc:
            failures += 1
            if args.json:
                print(json.dumps({"file": file, "error": str(exc)}))
            else:
                print(exc, file=sys.stderr)
            continue
        index = int(np.argmax(probs))
        label = model.classes[index]
        if args.json:  # "label" as before; "index" and "class" name the output by number and by name
            print(json.dumps({"file": file, "label": label, "index": index, "class": label,
                              "probabilities": [round(float(p), 6) for p in probs]}, ensure_ascii=False))
        else:
            ranked = np.argsort(probs)[::-1][:3]
            others = ", ".join(f"{model.classes[i]} {probs[i]:.1%}" for i in ranked[1:])
            print(f"{file}: {label} ({probs[ranked[0]]:.1%}; then {others})")
    return 1 if failures else 0


def cmd_export(args) -> int:
    from .engine.export import export_model

    path = export_model(args.model, args.to, args.out)
    print(f"wrote {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from .engine.data.datasets import DATASET_NAMES
    from .engine.optimizers import OPTIMIZERS
    from .engine.presets import PRESETS

    parser = argparse.ArgumentParser(prog="python -m playground",
                                     description="Neural Network Playground: train, evaluate and classify.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("train", help="train a preset network and save it as a model file")
    p.add_argument("--preset", required=True, choices=sorted(PRESETS))
    p.add_argument("--dataset", default="mnist", choices=DATASET_NAMES)
    p.add_argument("--data", help="your own data: a folder with one sub-folder per class, or a CSV")
    p.add_argument("--start-from", metavar="MODEL",
                   help="keep this model's trained layers and train a new output layer for --data's classes")
    p.add_argument("--epochs", type=_positive_int)
    p.add_argument("--batch-size", type=_positive_int)
    p.add_argument("--optimizer", choices=sorted(OPTIMIZERS))
    p.add_argument("--lr", type=float, help="learning rate (default: the preset's)")
    p.add_argument("--weight-decay", type=float)
    p.add_argument("--rotation", type=float, help="augmentation: random rotation in +- degrees")
    p.add_argument("--shift", type=float, help="augmentation: random shift in +- pixels")
    p.add_argument("--scale", type=float, help="augmentation: random zoom in 1 +- this fraction")
    p.add_argument("--thickness", type=float, help="augmentation: chance of thicker (and of thinner) strokes")
    p.add_argument("--pen-styles", type=float,
                   help="share of training 1s given a flag and 7s a crossed stem (drawn digits; mnist only)")
    p.add_argument("--validation", type=float, default=0.1, help="share of training images held out (default 0.1)")
    p.add_argument("--patience", type=int, help="early stopping after this many epochs without improvement")
    p.add_argument("--limit", type=_positive_int, help="train on N training images only: the first of each class, in its share")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--name", help="model name stored in the file (default: the preset)")
    p.add_argument("--out", help="model file to write (default: PRESET.npz)")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="test accuracy and per-class accuracy of a model file")
    p.add_argument("model")
    p.add_argument("--dataset", choices=DATASET_NAMES, help="default: the dataset the model was trained on")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("classify", help="classify picture files (prepared as the model's training images were: "
                                        "MNIST-style, or a plain resize)")
    p.add_argument("model")
    p.add_argument("images", nargs="+")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("export", help="write a model file as a PyTorch script or an ONNX graph")
    p.add_argument("model")
    p.add_argument("--to", required=True, choices=("pytorch", "onnx"))
    p.add_argument("out", help="file to write (.py for PyTorch, .onnx for ONNX)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("bench", help="speed and memory figures of the engine on this machine")
    bench.configure_parser(p)
    p.set_defaults(func=bench.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser().parse_args(argv)
    args.argv = argv
    try:
        return int(args.func(args) or 0)
    except PlaygroundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (`... | head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
