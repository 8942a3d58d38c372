"""The books' networks as named presets: a network spec plus the training recipe that goes with it.

A preset is data, not code, so the GUI can list it, the CLI can name it and a model file can
record it. ``input`` says how images are scaled and shaped before they enter the network.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from .errors import SpecError

def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's lupdate looks for
    """Return ``text`` unchanged: it only marks the text for the translation files, which the GUI
    looks up in ``context`` ("presets") (``QCoreApplication.translate``); the engine itself stays free of Qt."""
    return text


@dataclass(frozen=True)
class Preset:
    """A named network and its book recipe.

    ``input``: ``{"scale": "unit" | "rashid", "layout": "flat" | "image"}``; ``"unit"`` maps 0..255
    to 0..1 (Saito), ``"rashid"`` to 0.01..1.0. ``training``: defaults for the training config.
    """

    name: str
    title: str
    description: str
    spec: dict
    input: dict
    training: dict = field(default_factory=dict)

    def network_spec(self) -> dict:
        return copy.deepcopy(self.spec)


def mlp_spec(hidden: list[int], activation: str, init: str, batchnorm: bool = False,
              dropout: float = 0.0, loss: dict | None = None, bias: bool = True) -> dict:
    """A flat 784 -> hidden... -> 10 network; the builder behind the MLP presets and the GUI's MLP form."""
    layers: list[dict] = []
    for units in hidden:
        layers.append({"type": "affine", "units": units, "init": init, "bias": bias})
        if batchnorm:
            layers.append({"type": "batchnorm"})
        layers.append({"type": activation})
        if dropout:
            layers.append({"type": "dropout", "rate": dropout})
    layers.append({"type": "affine", "units": 10, "init": init, "bias": bias})
    if loss and loss["type"] == "mse":
        layers.append({"type": "sigmoid"})
    return {"input_shape": [784], "layers": layers, "loss": loss or {"type": "softmax-cross-entropy"}}



FLAT_UNIT = {"scale": "unit", "layout": "flat"}
IMAGE_UNIT = {"scale": "unit", "layout": "image"}

PRESETS: dict[str, Preset] = {}


def register(preset: Preset) -> None:
    PRESETS[preset.name] = preset


register(Preset(
    name="rashid",
    title=QT_TRANSLATE_NOOP("presets", "Rashid's sigmoid net (784-200-10)"),
    description=QT_TRANSLATE_NOOP(
        "presets",
        "Make Your Own Neural Network: one sigmoid hidden layer, no biases, squared error on "
        "0.01/0.99 targets, trained one image at a time with the book's update rule (output errors "
        "sent back through the weights without the output sigmoid's slope)."),
    spec=mlp_spec([200], "sigmoid", "rashid-normal", loss={"type": "mse", "target_low": 0.01, "target_high": 0.99},
                   bias=False),
    input={"scale": "rashid", "layout": "flat"},
    training={"optimizer": {"type": "sgd", "lr": 0.1}, "batch_size": 1, "epochs": 5, "rule": "rashid"},
))

register(Preset(
    name="two-layer",
    title=QT_TRANSLATE_NOOP("presets", "Two-layer net (784-50-10)"),
    description=QT_TRANSLATE_NOOP(
        "presets",
        "Deep Learning from Scratch ch. 4-5 TwoLayerNet: sigmoid hidden layer, softmax with "
        "cross-entropy, mini-batch gradient descent."),
    spec=mlp_spec([50], "sigmoid", "std-0.01"),
    input=FLAT_UNIT,
    training={"optimizer": {"type": "sgd", "lr": 0.1}, "batch_size": 100, "epochs": 17},
))

register(Preset(
    name="mlp",
    title=QT_TRANSLATE_NOOP("presets", "Modern MLP (784-512-512-10)"),
    description=QT_TRANSLATE_NOOP(
        "presets",
        "ReLU, batch normalisation and dropout, trained with Adam, a cosine learning-rate schedule "
        "and rotation/shift augmentation: about as good as a plain MLP gets."),
    spec=mlp_spec([512, 512], "relu", "he", batchnorm=True, dropout=0.25),
    input=FLAT_UNIT,
    training={"optimizer": {"type": "adam", "lr": 0.002}, "batch_size": 128, "epochs": 30,
              "schedule": {"type": "cosine", "min_lr": 1e-5},
              "augment": {"rotation": 10.0, "shift": 2.0}},
))


#: Augmentation beyond MNIST's looks, for networks that read the Draw pad (see engine/data/augment.py):
#: other hands' shapes (elastic), 16-pixel and binary scans, and the pad's uniform stroke width.
HANDWRITING_MEDIA = {"elastic": 1.2, "lowres": 0.15, "binarise": 0.15, "pad_stroke": 0.35}
#: Share of the 1s, 7s, 4s and 9s given the pen styles MNIST lacks (see engine/data/penstyles.py).
HANDWRITING_PEN_STYLES = 0.25


def handwriting_training(preset: Preset) -> dict:
    """The preset's training recipe with the handwriting augmentation and pen styles added.

    Kept beside the book recipes rather than in them: the presets stay the books' networks as
    the Train form shows them, and a shipped model that reads the pad learns these on top
    (``scripts/finetune.py``).
    """
    training = copy.deepcopy(preset.training)
    training["augment"] = {**(training.get("augment") or {}), **HANDWRITING_MEDIA}
    training["pen_styles"] = HANDWRITING_PEN_STYLES
    return training


def get_preset(name: str) -> Preset:
    try:
        return PRESETS[name]
    except KeyError:
        raise SpecError(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}") from None


def _conv_block(filters: int, pad: int) -> list[dict]:
    """A 3x3 He-initialised convolution followed by ReLU, the unit the deeper CNNs are built from."""
    return [{"type": "conv", "filters": filters, "kernel": 3, "stride": 1, "pad": pad, "init": "he"},
            {"type": "relu"}]


def _max_pool_2() -> dict:
    """A fresh 2x2 max-pooling spec (a new dict each time, so editing one layer never edits another)."""
    return {"type": "pool", "mode": "max", "size": 2, "stride": 2}


CNN_INPUT_SHAPE = [1, 28, 28]

register(Preset(
    name="simple-cnn",
    title=QT_TRANSLATE_NOOP("presets", "Simple CNN (conv 30x5x5, pool, 100, 10)"),
    description=QT_TRANSLATE_NOOP(
        "presets",
        "Deep Learning from Scratch ch. 7 SimpleConvNet: one convolution of 30 5x5 filters, ReLU, 2x2 "
        "max pooling, a 100-unit ReLU layer and softmax. He initialisation and light augmentation "
        "with a cosine schedule take it past 99 % on MNIST."),
    spec={"input_shape": CNN_INPUT_SHAPE,
          "layers": [{"type": "conv", "filters": 30, "kernel": 5, "stride": 1, "pad": 0, "init": "he"},
                     {"type": "relu"}, _max_pool_2(), {"type": "flatten"},
                     {"type": "affine", "units": 100, "init": "he"}, {"type": "relu"},
                     {"type": "affine", "units": 10, "init": "he"}],
          "loss": {"type": "softmax-cross-entropy"}},
    input=IMAGE_UNIT,
    training={"optimizer": {"type": "adam", "lr": 0.001}, "batch_size": 100, "epochs": 15,
              "schedule": {"type": "cosine", "min_lr": 1e-5},
              "augment": {"rotation": 8.0, "shift": 2.0, "scale": 0.08}},
))

register(Preset(
    name="fast-track",
    title=QT_TRANSLATE_NOOP("presets", "Fast track CNN (conv 8, conv 16, 128, 10)"),
    description=QT_TRANSLATE_NOOP(
        "presets",
        "A small CNN that reaches 99 % on the MNIST test images in about half a minute: two 3x3 "
        "'same' convolutions (8 and 16 filters) each followed by ReLU and 2x2 max pooling, a 128-unit "
        "ReLU layer and softmax, three epochs of Adam whose rate climbs for the first third of an "
        "epoch and then falls along a cosine, images shifted by up to a pixel."),
    spec={"input_shape": CNN_INPUT_SHAPE,
          "layers": [*_conv_block(8, 1), _max_pool_2(), *_conv_block(16, 1), _max_pool_2(),
                     {"type": "flatten"}, {"type": "affine", "units": 128, "init": "he"}, {"type": "relu"},
                     {"type": "affine", "units": 10, "init": "he"}],
          "loss": {"type": "softmax-cross-entropy"}},
    input=IMAGE_UNIT,
    # 99.06 % test accuracy with seed 0 from the CLI, about 25 s of one core (26.5 s wall at load
    # 1.7; benchmarks/time_to_99.py). Small enough that a batch of 64 runs on one core, the GUI's
    # share: whole runs on the Train page took 27-31 s at load 1.4-2.1 (44 s at load 3.6) and
    # gave 99.06 %. It learns the training
    # images almost perfectly within three epochs, so shifts of up to a pixel are worth their
    # cost: validation accuracy 99.08 % against 98.83 % without (98.95 % with weight decay 3e-4
    # instead, 98.80 % with dropout 0.4). Two measurements an epoch keep the curves live without
    # spending a tenth of the run on them.
    training={"optimizer": {"type": "adam", "lr": 0.006}, "batch_size": 64, "epochs": 3,
              "schedule": {"type": "cosine", "min_lr": 1e-5, "warmup": 0.3},
              "augment": {"shift": 1.0}, "evals_per_epoch": 2, "eval_train_samples": 1000},
))

register(Preset(
    name="deep-cnn",
    title=QT_TRANSLATE_NOOP("presets", "Deep CNN (6 conv layers, as in ch. 8)"),
    description=QT_TRANSLATE_NOOP(
        "presets",
        "Deep Learning from Scratch ch. 8 DeepConvNet: six 3x3 convolutions (16, 16, 32, 32, 64, 64 "
        "filters) with ReLU and three 2x2 max poolings, a 50-unit layer, dropout 0.5 before and after "
        "the output layer as in the book, He initialisation and Adam."),
    spec={"input_shape": CNN_INPUT_SHAPE,
          "layers": [*_conv_block(16, 1), *_conv_block(16, 1), _max_pool_2(),
                     *_conv_block(32, 1), *_conv_block(32, 2), _max_pool_2(),
                     *_conv_block(64, 1), *_conv_block(64, 1), _max_pool_2(),
                     {"type": "flatten"}, {"type": "affine", "units": 50, "init": "he"}, {"type": "relu"},
                     {"type": "dropout", "rate": 0.5}, {"type": "affine", "units": 10, "init": "he"},
                     {"type": "dropout", "rate": 0.5}],
          "loss": {"type": "softmax-cross-entropy"}},
    input=IMAGE_UNIT,
    training={"optimizer": {"type": "adam", "lr": 0.001}, "batch_size": 100, "epochs": 12,
              "schedule": {"type": "cosine", "min_lr": 1e-5},
              "augment": {"rotation": 10.0, "shift": 2.0, "scale": 0.1}},
))

register(Preset(
    name="keras-cnn",
    title=QT_TRANSLATE_NOOP("presets", "Keras-style CNN (conv 32, conv 64, 100, 10)"),
    description=QT_TRANSLATE_NOOP(
        "presets",
        "The Fashion-MNIST convolutional network of the Keras book: two 3x3 'same' convolutions (32 "
        "and 64 filters) each followed by ReLU and 2x2 max pooling, a 100-unit ReLU layer, dropout "
        "0.4 and softmax, trained with Adam."),
    spec={"input_shape": CNN_INPUT_SHAPE,
          "layers": [*_conv_block(32, 1), _max_pool_2(), *_conv_block(64, 1), _max_pool_2(),
                     {"type": "flatten"}, {"type": "affine", "units": 100, "init": "he"}, {"type": "relu"},
                     {"type": "dropout", "rate": 0.4}, {"type": "affine", "units": 10, "init": "he"}],
          "loss": {"type": "softmax-cross-entropy"}},
    input=IMAGE_UNIT,
    training={"optimizer": {"type": "adam", "lr": 0.001}, "batch_size": 100, "epochs": 15,
              "schedule": {"type": "cosine", "min_lr": 1e-5}},
))
