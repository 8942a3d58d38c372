"""A model of one's own named classes: its names wherever a class is shown, and its held-out images
wherever it is measured (its data has no test set)."""

import numpy as np
import pytest

from playground.engine.data.prepare import network_picture
from playground.engine.data.sources import own_dataset
from playground.engine.fast.network import Network
from playground.engine.inspection.testset import held_out_images
from playground.engine.presets import get_preset, mlp_spec
from playground.engine.training.config import TrainConfig
from playground.engine.training.loop import train
from playground.engine.training.modelfile import Model, new_model
from playground.engine.training.runs import finished_model, initial_weights
from playground.engine.training.transfer import with_outputs
from playground.gui.draw.panel import DrawPanel
from playground.gui.inside.panel import InsidePanel
from playground.gui.weights.panel import WeightsPanel

NAMES = ("across", "down", "ring")
FLAT = {"scale": "unit", "layout": "flat"}
WAIT = 30_000


def shapes(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """28 x 28 pictures, ink high: a bar across, a bar down or a ring, each placed a little off."""
    labels = np.arange(n) % 3
    images = rng.integers(0, 30, (n, 28, 28)).astype(np.uint8)
    yy, xx = np.mgrid[:28, :28]
    for k, label in enumerate(labels):
        dy, dx = rng.integers(-3, 4, 2)
        if label == 0:
            images[k, 13 + dy:16 + dy, 5:23] = 255
        elif label == 1:
            images[k, 5:23, 13 + dx:16 + dx] = 255
        else:
            radius = np.hypot(yy - 14 - dy, xx - 14 - dx)
            images[k][(radius > 6) & (radius < 9)] = 255
    return images, labels.astype(np.int64)


@pytest.fixture(scope="module")
def trained():
    """A small network trained on the three shapes, a tenth of them mislabelled (so it makes
    mistakes to show), with the images its run held out."""
    rng = np.random.default_rng(0)
    images, labels = shapes(300, rng)
    wrong = rng.random(len(labels)) < 0.1
    labels[wrong] = (labels[wrong] + 1) % 3
    network = Network(with_outputs(mlp_spec([32], "relu", "he"), 3), seed=0)
    config = TrainConfig(optimizer={"type": "adam", "lr": 0.01}, batch_size=20, epochs=6, validation_share=0.2,
                         seed=0)
    initial, last = initial_weights(network), None
    for last in train(network, images, labels, FLAT, config):
        pass
    model = finished_model(network, name="shapes", preset=None, input_spec=FLAT,
                           data=own_dataset("shapes", images, labels, NAMES), images_used=len(labels),
                           config=config, last=last, initial=initial)
    return model, held_out_images(model, images, labels)


def ticks(plot, axis: str) -> list[str]:
    return [text for _pos, text in plot.getAxis(axis)._tickLevels[0]]


def test_the_weights_page_measures_own_classes_on_their_held_out_images_and_names_them(
        show_panel, state, qtbot, trained):
    model, held = trained
    state.set_model(model, "trained here", held_out=held)
    panel = show_panel(WeightsPanel)
    view = panel.evaluation
    qtbot.waitUntil(lambda: view.result is not None, timeout=WAIT)  # started without opening its tab
    assert view.measured is held and len(view.result.labels) == 60
    assert "60 validation images held out by its training run" in view.status.text()
    assert view.result.accuracy == pytest.approx(model.meta["metrics"]["best_val_accuracy"])
    assert view.result.confusion.shape == (3, 3)
    assert ticks(view.matrix_plot, "bottom") == ticks(view.matrix_plot, "left") == list(NAMES)
    assert ticks(view.accuracy_plot, "bottom") == list(NAMES)
    captions = [view.gallery.item(i).text() for i in range(view.gallery.count())]
    assert captions and all(c.split("\n")[0] in {f"label {name}" for name in NAMES} for c in captions)

    panel.tabs.setCurrentWidget(panel.class_pictures)
    pictures = panel.class_pictures
    qtbot.waitUntil(lambda: len(pictures._labels) == 3 and pictures._labels[2][0].textItem.toPlainText() == "ring",
                    timeout=WAIT)

    panel.robustness.images = 60
    panel.tabs.setCurrentWidget(panel.robustness)
    qtbot.waitUntil(lambda: panel.robustness.evaluation is not None, timeout=WAIT)
    assert "validation images held out" in panel.robustness.status.text()
    worst = [panel.robustness.worst.item(i).text() for i in range(panel.robustness.worst.count())]
    assert worst and all({part.strip() for part in text.split("→")} <= set(NAMES) for text in worst)

    panel.tabs.setCurrentWidget(panel.layer_map)
    qtbot.waitUntil(lambda: panel.layer_map.coords is not None, timeout=WAIT)
    assert [label.text for _sample, label in panel.layer_map.legend.items] == list(NAMES)


def test_without_its_held_out_images_a_model_of_own_classes_says_it_has_no_test_set(show_panel, state, qtbot,
                                                                                     trained):
    model, held = trained
    state.set_model(model, "opened from a file")  # its validation images stayed with the session that trained it
    panel = show_panel(WeightsPanel)
    for view in (panel.evaluation, panel.robustness, panel.layer_map):
        panel.tabs.setCurrentWidget(view)
        assert view.message.startswith("There is no test set for shapes: it was trained on shapes")
    inside = show_panel(InsidePanel)
    assert inside.pages.currentWidget() is inside.tabs  # only the neuron lab needs the test set
    assert inside.lab.unmeasured.text().startswith("There is no test set for shapes")
    state.set_model(model, "trained here", held_out=held)  # measured again once there are images
    qtbot.waitUntil(lambda: inside.meter is not None, timeout=WAIT)
    assert inside.lab.unmeasured.isHidden() and not inside.lab.accuracy_tile.isHidden()
    assert inside.lab.global_box.isEnabled() and inside.picker.random_button.isEnabled()


def test_the_draw_page_reads_with_the_new_model_and_names_its_bars(show_panel, state, qtbot, trained):
    model, _held = trained
    panel = show_panel(DrawPanel)
    state.set_model(model, "trained here")
    assert panel.model is model
    assert ticks(panel.bars.getPlotItem(), "left") == list(NAMES)
    panel.pad.set_picture(1.0 - shapes(1, np.random.default_rng(7))[0][0].astype(np.float32) / 255.0)
    panel.read_now()
    qtbot.waitUntil(lambda: panel.probabilities() is not None, timeout=WAIT)
    assert len(panel.probabilities()) == 3 and panel.answer_text() in NAMES + ("not sure",)


def test_the_inside_page_measures_on_the_held_out_images_and_names_the_output_units(show_panel, state, qtbot, trained):
    model, held = trained
    state.set_model(model, "trained here", held_out=held)
    panel = show_panel(InsidePanel)
    qtbot.waitUntil(lambda: panel.meter is not None, timeout=WAIT)
    assert len(panel.meter.labels) == 60
    qtbot.waitUntil(lambda: panel.arithmetic.classes == list(NAMES), timeout=WAIT)
    lab = panel.lab
    lab.layer_box.setCurrentIndex(lab.layer_box.count() - 1)  # the output layer: one unit per class
    lab.select_unit(2)
    assert lab.class_of_unit() == "ring"
    assert "the output of class ring" in lab.unit_label.text()
    lab.layer_box.setCurrentIndex(0)
    assert lab.class_of_unit() is None


def test_the_draw_page_gives_a_model_trained_on_plain_resizes_a_plain_resize(show_panel, state, qtbot, trained):
    model, _held = trained
    plain = Model(model.network, {**model.meta, "preparation": "resize"})
    panel = show_panel(DrawPanel)
    panel._compare_box.setChecked(True)
    state.set_model(plain, "opened from a file")
    picture = np.ones((280, 280), np.float32)
    picture[20:80, 30:90] = 0.0  # a dark square near a corner: MNIST-style would centre it
    panel.pad.set_picture(picture)
    panel.read_now()
    qtbot.waitUntil(lambda: panel.probabilities() is not None, timeout=WAIT)
    reading = panel._last_reading
    np.testing.assert_allclose(reading.prepared, network_picture(picture, "resize"))
    assert reading.prepared[2:9, 3:9].mean() > 0.8 and reading.naive is None
    np.testing.assert_allclose(panel.probabilities(), plain.probabilities(reading.prepared[None])[0], rtol=1e-5)


def test_the_draw_page_asks_for_the_models_own_classes_and_hides_the_digit_teaching(
        show_panel, state, qtbot, trained):
    model, held = trained
    panel = show_panel(DrawPanel)
    assert panel.answer_text() == "Draw a digit" and panel.teach.isVisible()
    state.set_model(model, "trained here", held_out=held)
    assert panel.answer_text() == "Draw one of: across, down, ring"
    assert "Draw one of across, down, ring" in panel.pad.toolTip()
    assert not panel.teach.isVisible()  # adapting mixes in MNIST: it teaches digits only
    assert "Your classes page" in panel._model_note.text()
    assert panel._random_button.text() == "Random test image" and panel._random_button.isEnabled()
    assert panel._confidence.text() == "or open a picture, or press Random test image"
    panel.show_random_test_digit()  # one of the images its run held out
    qtbot.waitUntil(lambda: panel.probabilities() is not None, timeout=WAIT)
    index, label = panel._source.text().removeprefix("Held-out image ").split(", labelled ")
    assert label == NAMES[int(held.labels[int(index)])]
    panel.pad.clear()
    state.set_model(model, "opened from a file")  # no held-out images: nothing to pick from
    assert not panel._random_button.isEnabled()
    assert panel._confidence.text() == "or open a picture"
    many = Model(model.network, {**model.meta, "classes": list("abcdefg")})
    panel._use_model(many)
    assert panel.answer_text() == "Draw one of: a, b, c, d, e, …"


def test_the_inside_page_explains_the_drawing_of_a_model_without_a_test_set(show_panel, state, qtbot):
    """Arithmetic and the convolution step by step need one image, not a test set: the pad's drawing."""
    network = Network(with_outputs(get_preset("simple-cnn").network_spec(), 3), seed=0)
    model = new_model(network, name="shapes", preset="simple-cnn", input_spec=get_preset("simple-cnn").input,
                      dataset="shapes", classes=list(NAMES))
    state.set_model(model, "opened from a file")
    panel = show_panel(InsidePanel)
    lab = panel.lab
    assert panel.pages.currentWidget() is panel.tabs and panel.picker.source == "drawing"
    assert not lab.unmeasured.isHidden() and "neuron lab measures every edit on test images" in lab.unmeasured.text()
    assert lab.accuracy_tile.isHidden() and not lab.global_box.isEnabled()
    assert not panel.picker.random_button.isEnabled() and not panel.picker.mistake_button.isEnabled()
    ring = shapes(3, np.random.default_rng(1))[0][2].astype(np.float32) / 255.0
    state.drawn_digit.emit(ring)
    qtbot.waitUntil(lambda: panel.arithmetic.result is not None, timeout=WAIT)
    assert panel.arithmetic.classes == list(NAMES) and panel.image_label.text().startswith("drawing: ")
    x = model.prepare(ring[None])
    np.testing.assert_allclose(panel.arithmetic.result.scores, model.network.predict(x)[0], rtol=1e-4, atol=1e-5)
    panel.tabs.setCurrentWidget(panel.convolution)
    qtbot.waitUntil(lambda: panel.convolution.steps is not None, timeout=WAIT)
    z = model.network.forward(x, train=False)[0][0]
    np.testing.assert_allclose(panel.convolution.steps.z, z, rtol=1e-4, atol=1e-5)
