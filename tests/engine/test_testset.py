"""Which images a model is measured on: its dataset's test split, or the images its run held out."""

import numpy as np
import pytest

from playground.engine.data.datasets import Dataset
from playground.engine.data.sources import own_dataset
from playground.engine.errors import DatasetError
from playground.engine.fast.network import Network
from playground.engine.inspection import evaluate
from playground.engine.inspection.testset import (
    LabelledImages,
    NoTestSetError,
    dataset_name,
    has_images_to_measure,
    held_out_images,
    images_to_measure,
)
from playground.engine.presets import mlp_spec
from playground.engine.training.transfer import with_outputs
from playground.engine.training.config import TrainConfig
from playground.engine.training.loop import train
from playground.engine.training.modelfile import new_model
from playground.engine.training.runs import finished_model, initial_weights

FLAT = {"scale": "unit", "layout": "flat"}
SHAPES = ("circle", "triangle", "smile")


def _model(dataset: str | None, classes=tuple(str(d) for d in range(10))):
    spec = {"input_shape": [784], "layers": [{"type": "affine", "units": len(classes)}],
            "loss": {"type": "softmax-cross-entropy"}}
    model = new_model(Network(spec, seed=0), name="m", preset=None, input_spec=FLAT, dataset=dataset or "",
                      classes=list(classes))
    if dataset is None:
        del model.meta["dataset"]
    return model


def _shapes(n: int = 150, mislabelled: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Three learnable classes (one bright row per class on noise), a share of them mislabelled."""
    rng = np.random.default_rng(5)
    labels = np.arange(n) % 3
    images = rng.integers(0, 40, (n, 28, 28), dtype=np.uint8)
    images[np.arange(n), 6 + 7 * labels, 4:24] = 255
    wrong = rng.random(n) < mislabelled
    labels[wrong] = (labels[wrong] + 1) % 3
    return images, labels.astype(np.int64)


class Loader:
    """A dataset loader that records what it was asked for."""

    def __init__(self, classes=10):
        self.asked: list[str] = []
        rng = np.random.default_rng(0)
        self.data = Dataset("mnist", rng.integers(0, 255, (4, 28, 28), dtype=np.uint8), np.arange(4) % classes,
                            rng.integers(0, 255, (6, 28, 28), dtype=np.uint8), np.arange(6) % classes,
                            tuple(str(d) for d in range(classes)))

    def __call__(self, name: str) -> Dataset:
        self.asked.append(name)
        return self.data


@pytest.mark.parametrize("dataset, expected", [(None, "mnist"), ("", "mnist"), ("fashion-mnist", "fashion-mnist"),
                                               ("shapes", None), ("my_digits.csv", None)])
def test_the_dataset_named_in_the_file_decides_the_test_set(dataset, expected):
    assert dataset_name(_model(dataset)) == expected


def test_a_model_of_a_shipped_dataset_is_measured_on_its_test_split():
    loader = Loader()
    measured = images_to_measure(_model("mnist"), loader)
    assert loader.asked == ["mnist"] and not measured.held_out
    assert measured.images is loader.data.test_images and measured.labels is loader.data.test_labels


def test_a_dataset_whose_classes_do_not_fit_the_model_is_refused():
    with pytest.raises(DatasetError, match="3 classes but the model has 10 outputs"):
        images_to_measure(_model("mnist"), Loader(classes=3))


def test_own_classes_without_held_out_images_have_no_test_set_and_no_dataset_is_loaded():
    model, loader = _model("shapes", SHAPES), Loader()
    assert not has_images_to_measure(model, None)
    with pytest.raises(NoTestSetError, match="no test set"):
        images_to_measure(model, loader)
    assert loader.asked == []


def test_own_classes_are_measured_on_the_held_out_images_that_came_with_them():
    images, labels = _shapes(30)
    held = LabelledImages("shapes", images, labels, held_out=True)
    model = _model("shapes", SHAPES)
    assert has_images_to_measure(model, held)
    assert images_to_measure(model, Loader(), held) is held
    with pytest.raises(DatasetError, match="labels up to 3"):
        images_to_measure(model, Loader(), LabelledImages("shapes", images, labels + 1, held_out=True))


@pytest.mark.parametrize("stratified", [False, True])  # the Your classes page splits class by class
def test_held_out_images_are_the_ones_the_run_measured_its_validation_accuracy_on(stratified):
    images, labels = _shapes(mislabelled=0.3)  # accuracy then depends on which images are measured
    data = own_dataset("shapes", images, labels, SHAPES)
    network = Network(with_outputs(mlp_spec([16], "relu", "he"), 3), seed=2)
    config = TrainConfig(optimizer={"type": "adam", "lr": 0.01}, batch_size=15, epochs=3, validation_share=0.2,
                         seed=4, keep_best=True, stratified=stratified)
    initial = initial_weights(network)
    last = None
    for last in train(network, images, labels, FLAT, config):
        pass
    model = finished_model(network, name="shapes", preset=None, input_spec=FLAT, data=data,
                           images_used=len(labels), config=config, last=last, initial=initial)
    held = held_out_images(model, images, labels)
    assert held.held_out and len(held.labels) == 30 and held.name == "shapes"
    if stratified:  # a fifth of every class (a plain split of these labels gives 12, 8, 10)
        assert np.bincount(held.labels).tolist() == np.round(np.bincount(labels) * 0.2).astype(int).tolist()
    # The best epoch's weights are kept, so the model scores on the held-out images exactly the
    # validation accuracy the run reported: they are the same images.
    assert evaluate(model, held.images, held.labels).accuracy == pytest.approx(last.best_val_accuracy)
    assert evaluate(model, images, labels).accuracy != pytest.approx(last.best_val_accuracy)


def test_a_run_that_held_nothing_out_gives_no_held_out_images():
    images, labels = _shapes(30)
    model = _model("shapes", SHAPES)
    model.meta["training"] = {"validation_share": 0.0, "seed": 0}
    assert held_out_images(model, images, labels) is None
    model.meta["training"] = {"validation_share": "a lot"}
    assert held_out_images(model, images, labels) is None
