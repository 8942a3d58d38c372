"""The Inside page driven like a user: pick images, hover units, switch a neuron off, slide a filter."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.engine.inspection.arithmetic import image_arithmetic
from playground.engine.inspection.damage import scores_of
from playground.engine.inspection.surgery import NeuronEdit, Surgery, operate
from playground.engine.losses import softmax
from playground.engine.training.modelfile import load_model
from playground.gui.inside.panel import InsidePanel
from playground.paths import MODELS_DIR

WAIT = 60_000


@pytest.fixture(scope="module")
def models():
    return {name: load_model(MODELS_DIR / f"{name}.npz") for name in ("mlp", "simple-cnn")}


def open_panel(state, qtbot, model):
    state.set_model(model, "shipped")
    panel = InsidePanel(state)
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.lab.accuracy_tile.text() != "–" and panel.arithmetic.result is not None,
                    timeout=WAIT)
    return panel


@pytest.fixture
def cnn_panel(state, qtbot, models):
    panel = open_panel(state, qtbot, models["simple-cnn"])
    yield panel
    panel.shutdown()


@pytest.fixture
def mlp_panel(state, qtbot, models):
    panel = open_panel(state, qtbot, models["mlp"])
    yield panel
    panel.shutdown()


def test_without_a_model_the_page_says_how_to_get_one(state, qtbot):
    panel = InsidePanel(state)
    qtbot.addWidget(panel)
    assert panel.pages.currentWidget() is panel.message and "Train" in panel.message.text()
    panel.shutdown()


def test_switching_a_neuron_off_changes_the_accuracy_tile(cnn_panel, qtbot, models):
    panel, lab = cnn_panel, cnn_panel.lab
    panel.tabs.setCurrentWidget(lab)
    before = lab.accuracy_tile.text()
    assert lab.mixing.weight == "W2"  # the last hidden layer is offered first
    # Unit 2 carries evidence (unit 0 never fires on MNIST: cutting it changes nothing).
    qtbot.mouseClick(lab.grid, Qt.MouseButton.LeftButton, pos=lab.grid.cell_center(0, 2).toPoint())
    assert lab.unit == 2 and "Unit 2 of W2" in lab.unit_label.text()
    lab.switch_off.click()
    qtbot.waitUntil(lambda: lab.accuracy_tile.text() != before, timeout=WAIT)
    model = models["simple-cnn"]
    data = panel.state.dataset("mnist")
    edited = operate(model.network, Surgery(neurons={("W2", 2): NeuronEdit(off=True)}))
    x = model.prepare(data.test_images)
    original = scores_of(model.network, model.network.predict(x), data.test_labels)
    modified = scores_of(edited, edited.predict(x), data.test_labels)
    assert lab.accuracy_tile.text() == f"{original.accuracy:.2%} → {modified.accuracy:.2%}"
    assert lab.loss_tile.text() == f"{original.loss:.4f} → {modified.loss:.4f}"
    assert (0, 2) in lab.grid.crossed
    lab.reset_button.click()
    qtbot.waitUntil(lambda: lab.accuracy_tile.text() == before, timeout=WAIT)
    assert not lab.edits and not lab.switch_off.isChecked()


def test_displayed_arithmetic_equals_the_engine(mlp_panel, qtbot, models):
    panel, tab = mlp_panel, mlp_panel.arithmetic
    model = models["mlp"]
    panel.picker.spin.setValue(12)
    qtbot.waitUntil(lambda: panel.picker.index == 12 and "test image 12" in panel.image_label.text(), timeout=WAIT)
    x = model.prepare(panel.state.dataset("mnist").test_images[12:13])
    outputs = model.network.forward(x, train=False)
    qtbot.mouseMove(tab.units, tab.units.cell_center(*tab.units.unit_cell(37)).toPoint())
    qtbot.waitUntil(lambda: tab.unit == 37)
    z, a = float(outputs[0][0, 37]), float(outputs[2][0, 37])
    assert f"= {z:.4f}, the sum of 784 products" in tab.explanation.text()
    assert f"a = relu(batchnorm(z)) = {a:.4f}" in tab.explanation.text()
    assert tab.active_label.text() == f"{int((outputs[2][0] > 0).sum())} of 512 units active"
    qtbot.mouseMove(tab.products, tab.products.cell_center(14, 15).toPoint())
    i = 14 * 28 + 15
    x_i, w_i = float(x[0, i]), float(model.network.params["W1"][i, 37])
    assert tab.term_label.text() == (f"Input {i} (pixel row 14, column 15): x = {x_i:.4f}, w = {w_i:.4f}, "
                                     f"x · w = {x_i * w_i:.4f}")
    scores = outputs[-1]
    p = softmax(scores)[0]
    shown = [float(tab.softmax_table.item(row, 5).text()) for row in range(10)]
    np.testing.assert_allclose(shown, p, atol=5e-5)
    tab.temperature.spin.clear()
    qtbot.keyClicks(tab.temperature.spin, "2.5")
    hot = softmax(scores / np.float32(2.5))[0]
    shown = [float(tab.softmax_table.item(row, 5).text()) for row in range(10)]
    np.testing.assert_allclose(shown, hot, atol=5e-5)
    # The last layer: scores without an activation.
    tab.layer_box.setCurrentIndex(2)
    assert tab.active_label.text() == "10 output scores (no activation)"


def test_next_mistake_picks_a_wrong_answer(mlp_panel, qtbot, models):
    panel = mlp_panel
    panel.picker.mistake_button.click()
    data = panel.state.dataset("mnist")
    index = panel.picker.index
    model = models["mlp"]
    predicted = model.probabilities(data.test_images[index:index + 1]).argmax()
    assert predicted != data.test_labels[index]


def test_drawing_from_the_pad_is_explained(mlp_panel, qtbot):
    panel = mlp_panel
    assert not panel.picker.drawing_button.isEnabled()
    digit = np.zeros((28, 28), np.float32)
    digit[4:24, 13:16] = 1.0  # a "1"
    panel.state.drawn_digit.emit(digit)
    assert panel.picker.drawing_button.isEnabled()
    panel.picker.drawing_button.click()
    qtbot.waitUntil(lambda: panel.image_label.text().startswith("drawing"), timeout=WAIT)
    first_input = panel.arithmetic.result.dense[0].inputs
    np.testing.assert_allclose(first_input, digit.ravel(), atol=1 / 255)
    # The lab reads the drawing with the original and the edited network after every edit.
    lab = panel.lab
    lab.noise.setValue(100)
    model = panel.model
    edited = operate(model.network, Surgery(noise_percent=100))
    x = model.prepare(digit[None])

    def said(network):
        p = softmax(network.predict(x))[0]
        return f"{model.classes[int(p.argmax())]} ({float(p.max()):.0%})"

    expected = f"{said(model.network)} → {said(edited)}"
    qtbot.waitUntil(lambda: not lab.drawing_tile.isHidden() and lab.drawing_tile.text() == expected, timeout=WAIT)


def test_convolution_steps_follow_the_engine(cnn_panel, qtbot, models):
    panel, tab = cnn_panel, cnn_panel.convolution
    panel.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.steps is not None, timeout=WAIT)
    model = models["simple-cnn"]
    x = model.prepare(panel.state.dataset("mnist").test_images[0:1])
    z = model.network.forward(x, train=False)[0][0]
    tab.filter_spin.setValue(3)
    qtbot.mouseMove(tab.z_grid, tab.z_grid.cell_center(5, 9).toPoint())
    qtbot.waitUntil(lambda: tab.position == (5, 9))
    assert f"The engine's z = {float(z[3, 5, 9]):.4f}" in tab.sum_label.text()
    assert f"Row 3 × column {5 * 24 + 9} + b = {float(z[3, 5, 9]):.4f}" in tab.im2col_label.text()
    qtbot.mouseClick(tab.step_button, Qt.MouseButton.LeftButton)
    assert tab.position == (5, 10)
    tab.play_button.click()
    qtbot.waitUntil(lambda: tab.position[1] >= 12, timeout=5_000)
    tab.play_button.click()
    assert not tab.timer.isActive() and tab.play_button.text() == "Play"
    calculator = tab.calculator
    assert "24 output positions" in calculator.result.text()
    calculator.spins["S"].setValue(2)
    assert "not a whole number" in calculator.result.text() and "12 positions" in calculator.result.text()


def test_an_mlp_has_no_convolution_to_show(mlp_panel):
    tab = mlp_panel.convolution
    assert not tab.layer_indices and "no convolution layer" in tab.message.text()
    assert not tab.play_button.isEnabled()


def test_the_edited_network_is_saved_as_a_new_model(cnn_panel, qtbot, tmp_path):
    panel, lab = cnn_panel, cnn_panel.lab
    lab.select_unit(5)
    lab.switch_off.click()
    qtbot.waitUntil(lambda: (("W2", 5) in lab.edits and panel.damage is not None
                             and panel.damage.start_layer < len(panel.damage.network.layers)), timeout=WAIT)
    path = tmp_path / "edited.npz"
    with qtbot.waitSignal(panel.files.saved, timeout=WAIT):
        assert panel.save_edited(str(path))
    saved = load_model(path)
    assert saved.name == "simple-cnn-edited"
    assert np.all(saved.network.params["W3"][5] == 0)
    assert saved.test_accuracy == pytest.approx(panel.damage.modified.accuracy)


def test_a_later_convolution_layer_is_shown_with_its_padding(state, qtbot):
    from playground.engine.training.modelfile import new_model
    from playground.engine.fast.network import Network

    spec = {"input_shape": [1, 28, 28],
            "layers": [{"type": "conv", "filters": 3, "kernel": 3, "pad": 1}, {"type": "relu"},
                       {"type": "pool", "size": 2},
                       {"type": "conv", "filters": 4, "kernel": 3, "pad": 1}, {"type": "relu"},
                       {"type": "flatten"}, {"type": "affine", "units": 10}],
            "loss": {"type": "softmax-cross-entropy"}}
    model = new_model(Network(spec, seed=3), name="small-cnn", preset=None,
                      input_spec={"scale": "unit", "layout": "image"}, dataset="mnist",
                      classes=[str(d) for d in range(10)])
    panel = open_panel(state, qtbot, model)
    try:
        tab = panel.convolution
        assert tab.layer_indices == [0, 3]
        tab.layer_box.setCurrentIndex(1)
        qtbot.waitUntil(lambda: tab.steps is not None and tab.steps.index == 3, timeout=WAIT)
        x = model.prepare(panel.state.dataset("mnist").test_images[0:1])
        outputs = model.network.forward(x, train=False)
        assert tab.steps.padded.shape == (3, 16, 16)  # the 14 x 14 pooled maps with a border of 1
        np.testing.assert_array_equal(tab.steps.z, outputs[3][0])
        tab.filter_spin.setValue(2)
        tab.set_position(0, 0)
        assert f"The engine's z = {float(outputs[3][0][2, 0, 0]):.4f}" in tab.sum_label.text()
        assert "No max-pool follows this ReLU" in tab.pool_label.text()
    finally:
        panel.shutdown()


def test_a_sigmoid_network_without_softmax(state, qtbot):
    model = load_model(MODELS_DIR / "rashid.npz")
    panel = open_panel(state, qtbot, model)
    try:
        tab = panel.arithmetic
        assert tab.softmax_table.rowCount() == 0 and "no softmax" in tab.softmax_summary.text()
        assert tab.active_label.text().endswith("of 200 units active")
        assert not panel.lab.temperature.isEnabled()
        assert panel.lab.accuracy_tile.text() == f"{model.test_accuracy:.2%} → {model.test_accuracy:.2%}"
    finally:
        panel.shutdown()


def test_a_new_model_replaces_the_old_ones_numbers(mlp_panel, qtbot, models, state):
    cnn = models["simple-cnn"]
    state.set_model(cnn, "shipped")  # the lab still holds the MLP's numbers for the image
    qtbot.waitUntil(lambda: mlp_panel.lab.result is not None and mlp_panel.lab.network is cnn.network,
                    timeout=WAIT)
    x = cnn.prepare(mlp_panel.current_image()[None])
    expected = image_arithmetic(cnn.network, x)
    assert [a.shape for a in mlp_panel.lab.result.outputs] == [a.shape for a in expected.outputs]
