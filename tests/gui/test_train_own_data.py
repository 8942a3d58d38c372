"""The Train page trains on a person's own folder of classes, chosen or dropped on the page.

The folder holds three classes of small generated pictures and one corrupt file: the run must
skip and name that file, train a network with three outputs, and hand on a model that names
the classes (in memory and in the saved file).
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from playground.engine.data.classfolder import load_class_folder
from playground.engine.errors import DatasetError
from playground.engine.presets import get_preset
from playground.engine.training.modelfile import load_model
from playground.gui.common.state import AppState
from playground.gui.train.controller import spec_for_classes
from playground.gui.train.panel import TrainPanel
from tests.engine.test_datasets import write_idx

WAIT_MS = 60_000
CLASSES = ("circle", "cross", "square")
PER_CLASS = 12


def _shape(kind: str, rng: np.random.Generator) -> Image.Image:
    """A dark shape on a light 40 x 40 picture, placed and sized a little differently each time."""
    picture = Image.new("L", (40, 40), 255)
    pen = ImageDraw.Draw(picture)
    x, y, r = rng.integers(17, 23), rng.integers(17, 23), rng.integers(9, 14)
    if kind == "circle":
        pen.ellipse((x - r, y - r, x + r, y + r), outline=0, width=3)
    elif kind == "cross":
        pen.line((x - r, y - r, x + r, y + r), fill=0, width=3)
        pen.line((x - r, y + r, x + r, y - r), fill=0, width=3)
    else:
        pen.rectangle((x - r, y - r, x + r, y + r), outline=0, width=3)
    return picture


@pytest.fixture
def shapes(tmp_path):
    rng = np.random.default_rng(0)
    root = tmp_path / "shapes"
    for kind in CLASSES:
        (root / kind).mkdir(parents=True)
        for i in range(PER_CLASS):
            _shape(kind, rng).save(root / kind / f"{i}.png")
    (root / "cross" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")
    return root


@pytest.fixture
def panel(qtbot):
    panel = TrainPanel(AppState())
    qtbot.addWidget(panel)
    panel.form.select_model("two-layer")
    panel.form.batch_size.setValue(8)
    panel.form.validation.setValue(0)
    yield panel
    panel.shutdown()


def drop(widget, paths) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(widget.width() / 2, widget.height() / 2), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)  # Qt delivers a drop only inside a real drag; the handler is what counts


def test_a_dropped_class_folder_trains_a_three_output_network_and_lists_the_skipped_file(
        qtbot, panel, shapes, tmp_path):
    drop(panel, [shapes])
    assert panel.form.dataset.currentData() == "folder"  # shown as chosen, as the folder dialog would
    assert panel.form.file_label.text() == "shapes"
    panel.form.epochs.setValue(30)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS) as done:
        assert panel.start()
    model = done.args[0].model

    assert model.classes == list(CLASSES)
    layers = [layer for layer in model.network.spec()["layers"] if layer["type"] == "affine"]
    assert layers[-1]["units"] == 3
    assert panel.state.model is model
    assert model.meta["training"]["stratified"]  # each class held out in the same share
    note = panel.own_data_note
    assert note.isVisibleTo(panel)
    assert f"{3 * PER_CLASS} pictures in 3 classes" in note.summary.text()
    assert "1 skipped" in note.summary.text() and "broken.png" in note.summary.text()
    assert "broken.png" in note.summary.toolTip()
    note.show_all.click()
    assert note.skipped_list.isVisibleTo(panel) and note.skipped_list.topLevelItemCount() == 1
    assert note.skipped_list.topLevelItem(0).text(0) == "broken.png"

    path = tmp_path / "shapes.npz"
    with qtbot.waitSignal(panel._files.saved, timeout=WAIT_MS):
        panel.save_model_to(str(path))
    assert load_model(path).classes == list(CLASSES)


def test_the_network_learns_the_dropped_classes_and_its_best_epoch_can_be_restored(qtbot, panel, shapes):
    assert panel.use_own_data([str(shapes)])
    panel.form.validation.setValue(25)
    panel.form.epochs.setValue(40)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS):
        assert panel.start()

    own = load_class_folder(shapes)
    read = np.argmax(panel.state.model.probabilities(own.images), axis=1)
    assert np.mean(read == own.labels) >= 0.9
    assert panel.best_epoch is not None
    panel.restore_best()
    restored = panel.state.model
    assert restored.classes == list(CLASSES) and restored.probabilities(own.images[:2]).shape == (2, 3)


def test_dropping_something_that_is_no_data_says_why_and_keeps_the_choice(qtbot, panel, tmp_path):
    note = tmp_path / "notes.txt"
    note.write_text("hello")
    before = panel.form.dataset.currentData()
    drop(panel, [note])
    assert panel.form.dataset.currentData() == before
    assert "CSV" in panel.status.text() and "folder" in panel.status.text()


def test_an_idx_pair_dropped_labels_first_trains_on_the_digit_classes(qtbot, panel, tmp_path):
    rng = np.random.default_rng(1)
    labels = np.repeat(np.arange(10), 4).astype(np.uint8)
    images = np.zeros((len(labels), 28, 28), np.uint8)
    for k, label in enumerate(labels):  # one bright bar per digit class, a little noise around it
        images[k, 4 + 2 * label:6 + 2 * label, 4:24] = 255
        images[k] = np.maximum(images[k], rng.integers(0, 40, (28, 28), dtype=np.uint8))
    drop(panel, [write_idx(tmp_path / "labels-idx1-ubyte", labels, compress=False),
                 write_idx(tmp_path / "images-idx3-ubyte", images, compress=False)])
    assert panel.form.dataset.currentData() == "idx"
    panel.form.epochs.setValue(2)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS) as done:
        assert panel.start()
    model = done.args[0].model
    assert model.classes == [str(d) for d in range(10)] and model.probabilities(images[:1]).shape == (1, 10)
    assert "40 pictures in 10 classes" in panel.own_data_note.summary.text()


def test_a_sweep_on_a_dropped_class_folder_measures_each_point_on_held_out_pictures(qtbot, panel, shapes):
    assert panel.use_own_data([str(shapes)])
    view = panel.sweep_view
    view.parameter.setCurrentIndex(view.parameter.findData("hidden_units"))
    view.values.setText("8, 16")
    view.images.setValue(0)
    points = []
    panel.controller.sweep_point.connect(points.append)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS):
        view.run_button.click()
    assert [p.value for p in points] == [8.0, 16.0]
    assert all(p.accuracy_source == "validation" and p.accuracy is not None for p in points)
    assert "Sweep done" in panel.status.text()


def test_a_network_gets_one_output_per_class_of_its_data():
    spec = get_preset("two-layer").network_spec()
    assert spec_for_classes(spec, 10) is spec  # the digits keep the preset's own network
    three = spec_for_classes(spec, 3)
    assert [layer["units"] for layer in three["layers"] if layer["type"] == "affine"][-1] == 3
    assert three["layers"][0] == spec["layers"][0]
    with pytest.raises(DatasetError, match="2 to 100"):
        spec_for_classes(spec, 101)
