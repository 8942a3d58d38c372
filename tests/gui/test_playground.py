"""The Playground page driven as a person would: features, layers, points, weights, play."""

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from playground.gui.playground.panel import PlaygroundPanel

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def panel(show_panel):
    return show_panel(PlaygroundPanel, (1500, 860))


def picture(panel):
    return panel.output.plot.picture.copy()


def plot_position(panel, x, y):
    scene = panel.output.plot.plotItem.vb.mapViewToScene(QPointF(x, y))
    return panel.output.plot.mapFromScene(scene)


def view_position(panel, scene_point):
    return panel.network.network_view.mapFromScene(scene_point)


def test_clicking_a_feature_adds_an_input_to_the_network(panel, qtbot):
    before = picture(panel)
    qtbot.mouseClick(panel.network.feature_buttons["x1^2"], LEFT)
    assert panel.model.architecture.features == ("x1", "x2", "x1^2")
    assert panel.model.weights(0).shape[0] == 3
    assert panel.network.network_view.widths[0] == 3
    assert not np.array_equal(before, picture(panel))


def test_the_last_feature_cannot_be_switched_off(panel, qtbot):
    qtbot.mouseClick(panel.network.feature_buttons["x1"], LEFT)
    qtbot.mouseClick(panel.network.feature_buttons["x2"], LEFT)
    assert panel.model.architecture.features == ("x2",)
    assert panel.network.feature_buttons["x2"].isChecked()


def test_adding_a_layer_and_a_neuron(panel, qtbot):
    qtbot.mouseClick(panel.network.add_layer, LEFT)
    assert panel.model.architecture.hidden == (4, 2, 2) and panel.model.links == 4
    assert "3" in panel.network.layers_label.text()
    plus, _minus, combo = panel.network.neuron_buttons[2]
    qtbot.mouseClick(plus, LEFT)
    assert panel.model.architecture.hidden == (4, 2, 3)
    assert panel.network.network_view.widths[3] == 3
    combo.setCurrentIndex(combo.findData("relu"))
    assert panel.model.architecture.activations == ("tanh", "tanh", "relu")
    for _ in range(4):
        qtbot.mouseClick(panel.network.remove_layer, LEFT)
    assert panel.model.architecture.hidden == () and not panel.network.remove_layer.isEnabled()


def test_clicking_the_plane_adds_and_right_click_removes_points(panel, qtbot):
    count = len(panel.data)
    qtbot.mouseClick(panel.output.plot.viewport(), LEFT, pos=plot_position(panel, 2.0, 3.0))
    assert len(panel.data) == count + 1
    np.testing.assert_allclose(panel.data.points[-1], [2.0, 3.0], atol=0.1)
    assert panel.data.labels[-1] == 0
    qtbot.mouseClick(panel.output.plot.viewport(), LEFT, SHIFT, pos=plot_position(panel, -5.5, 5.5))
    assert panel.data.labels[-1] == 1 and len(panel.data) == count + 2
    assert len(panel.train) + len(panel.test) == count + 2
    qtbot.mouseClick(panel.output.plot.viewport(), RIGHT, pos=plot_position(panel, -5.5, 5.5))
    assert len(panel.data) == count + 1
    assert not np.any(np.all(np.abs(panel.data.points - [-5.5, 5.5]) < 0.1, axis=1))


def test_dragging_a_point_moves_it(panel, qtbot):
    start = panel.data.points[7].astype(float)
    count = len(panel.data)
    viewport = panel.output.plot.viewport()
    begin, end = plot_position(panel, *start), plot_position(panel, 1.5, -4.0)
    qtbot.mousePress(viewport, LEFT, pos=begin)
    for k in range(1, 11):
        qtbot.mouseMove(viewport, begin + (end - begin) * (k / 10))
    qtbot.mouseRelease(viewport, LEFT, pos=end)
    assert len(panel.data) == count
    np.testing.assert_allclose(panel.data.points[7], [1.5, -4.0], atol=0.1)


def test_clicking_a_link_edits_its_weight_at_once(panel, qtbot):
    before = picture(panel)
    target = panel.network.network_view.scene_point_of_link(0, 1, 2)
    qtbot.mouseClick(panel.network.network_view.viewport(), LEFT, pos=view_position(panel, target))
    assert panel.editing == ("w", 0, 1, 2)
    assert panel.network.edit_value.isEnabled()
    assert panel.network.edit_value.value() == pytest.approx(float(panel.model.weights(0)[1, 2]), abs=1e-3)
    panel.network.edit_value.lineEdit().selectAll()
    qtbot.keyClicks(panel.network.edit_value.lineEdit(), "3.5")
    assert panel.model.weights(0)[1, 2] == pytest.approx(3.5)
    assert not np.array_equal(before, picture(panel))
    assert panel.network.network_view.link_width(0, 1, 2) == pytest.approx(8.0)


def test_clicking_a_bias_edits_it(panel, qtbot):
    target = panel.network.network_view.scene_point_of_bias(1, 0)
    qtbot.mouseClick(panel.network.network_view.viewport(), LEFT, pos=view_position(panel, target))
    assert panel.editing == ("b", 1, 0)
    panel.network.edit_value.lineEdit().selectAll()
    qtbot.keyClicks(panel.network.edit_value.lineEdit(), "-2")
    assert panel.model.biases(1)[0] == pytest.approx(-2.0)


def test_hovering_a_neuron_shows_its_map_large(panel, qtbot):
    output = picture(panel)
    viewport = panel.network.network_view.viewport()
    qtbot.mouseMove(viewport, view_position(panel, panel.network.network_view.scene_point_of_neuron(1, 0)))
    qtbot.waitUntil(lambda: panel.network.network_view.hovered_neuron == (1, 0))
    hovered = picture(panel)
    assert not np.array_equal(output, hovered)
    qtbot.mouseMove(viewport, QPoint(5, viewport.height() - 5))
    qtbot.waitUntil(lambda: panel.network.network_view.hovered_neuron == (-1, -1))
    assert np.array_equal(output, picture(panel))


def step(panel, qtbot, epochs=1):
    """Click Step and wait for the epoch trained in the training process to be painted."""
    target = panel.frame.epoch + epochs
    for _ in range(epochs):
        qtbot.mouseClick(panel.controls.step_button, LEFT)
        qtbot.waitUntil(lambda: not panel.training.stepping and panel.frame.epoch == panel.trainer.epoch)
    assert panel.trainer.epoch == target


def play_until(panel, qtbot, epochs):
    qtbot.mouseClick(panel.controls.play, LEFT)
    qtbot.waitUntil(lambda: panel.frame.epoch >= epochs, timeout=20000)


def test_play_trains_in_its_own_process_and_updates_the_numbers(panel, qtbot):
    start_loss = panel.run.train_losses[-1]
    play_until(panel, qtbot, 15)
    # The page's own run has not moved: the epochs painted were trained in the training process.
    assert panel.training.is_alive() and panel.run.epoch == 0
    qtbot.mouseClick(panel.controls.play, LEFT)
    assert not panel.training.playing and panel.controls.play.text() == "Play"
    painted = panel.frame.epoch
    assert 15 <= painted <= panel.trainer.epoch and panel.controls.epoch_label.text() != "Epoch 0"
    losses = panel.run.train_losses  # pausing brought the process's progress into the page's run
    assert len(losses) == panel.trainer.epoch + 1 and losses[-1] < start_loss
    paused_at = panel.trainer.epoch
    qtbot.wait(150)
    assert panel.trainer.epoch == paused_at and panel.frame.epoch == paused_at  # pausing stops at once
    assert f"Epoch {paused_at}" == panel.controls.epoch_label.text()
    train_loss, test_loss = panel.trainer.losses()  # the numbers are those of the weights shown
    assert f"{train_loss:.3f}" in panel.output.loss_label.text() and f"{test_loss:.3f}" in panel.output.loss_label.text()
    assert panel.network.explanation.text()
    shown = [int(n) for n in re.findall(r"&nbsp;(\d+)&nbsp;", panel.output.confusion_label.text())]
    assert shown == panel.trainer.test_confusion().ravel().tolist() and sum(shown) == len(panel.test)


def test_playing_on_continues_the_run_where_it_was_paused(panel, qtbot):
    """Play, pause, play: the same run as one training of as many steps (a seeded run repeats)."""
    from playground.engine.plane.network import PlaneNetwork, Trainer

    fresh = Trainer(PlaneNetwork(panel.model.architecture, seed=panel.seed), panel.train, panel.test,
                    panel.hyper, panel.seed)
    play_until(panel, qtbot, 2)
    qtbot.mouseClick(panel.controls.play, LEFT)
    play_until(panel, qtbot, panel.frame.epoch + 2)
    qtbot.mouseClick(panel.controls.play, LEFT)
    for _ in range(panel.trainer.steps):
        fresh.step()
    assert fresh.epoch == panel.trainer.epoch
    for link in range(panel.model.links):
        np.testing.assert_allclose(fresh.model.weights(link), panel.model.weights(link), rtol=1e-5, atol=1e-6)


def test_an_edit_made_while_training_reaches_the_engine_at_once(panel, qtbot):
    panel.controls.learning_rate.setCurrentIndex(panel.controls.learning_rate.findData(0.00001))
    play_until(panel, qtbot, 3)
    target = panel.network.network_view.scene_point_of_link(0, 1, 2)
    qtbot.mouseClick(panel.network.network_view.viewport(), LEFT, pos=view_position(panel, target))
    assert panel.editing == ("w", 0, 1, 2)
    panel.network.edit_value.lineEdit().selectAll()
    qtbot.keyClicks(panel.network.edit_value.lineEdit(), "3.5")
    with panel.training.held():
        assert panel.model.weights(0)[1, 2] == pytest.approx(3.5)
        edited_at = panel.trainer.epoch
    assert panel.frame.weights[0][1, 2] == pytest.approx(3.5)  # painted before the next frame
    assert panel.network.network_view.link_width(0, 1, 2) == pytest.approx(8.0)
    qtbot.waitUntil(lambda: panel.frame.epoch >= edited_at + 3, timeout=20000)
    # Training went on from the edited weight (a tiny learning rate barely moves it).
    assert panel.frame.weights[0][1, 2] == pytest.approx(3.5, abs=1e-2)
    qtbot.mouseClick(panel.network.feature_buttons["x1^2"], LEFT)
    assert panel.model.architecture.features == ("x1", "x2", "x1^2")
    qtbot.waitUntil(lambda: panel.frame.epoch >= 2 and panel.frame.weights[0].shape[0] == 3, timeout=20000)
    qtbot.mouseClick(panel.controls.play, LEFT)


def test_shutting_down_mid_training_ends_the_training_process(panel, qtbot):
    play_until(panel, qtbot, 2)
    process = panel.training._process
    assert process.is_alive()
    panel.shutdown()
    assert not process.is_alive() and process.exitcode == 0


def test_a_training_process_that_dies_stops_play_and_a_new_one_takes_over(panel, qtbot):
    play_until(panel, qtbot, 2)
    panel.training._process.kill()
    qtbot.waitUntil(lambda: not panel.controls.play.isChecked())
    assert "training process has ended" in panel.data_column.message.text()
    epoch = panel.trainer.epoch
    play_until(panel, qtbot, epoch + 2)  # from the page's run as it was last brought back
    qtbot.mouseClick(panel.controls.play, LEFT)
    assert panel.trainer.epoch >= epoch + 2


def test_step_and_reset(panel, qtbot):
    weights = panel.model.weights(0).copy()
    step(panel, qtbot)
    assert not np.array_equal(weights, panel.model.weights(0)) and panel.controls.epoch_label.text() == "Epoch 1"
    qtbot.mouseClick(panel.controls.reset_button, LEFT)
    assert panel.trainer.epoch == 0 and np.array_equal(weights, panel.model.weights(0))


def test_picking_data_sets_and_noise(panel, qtbot):
    qtbot.mouseClick(panel.data_column.dataset_buttons["blobs"], LEFT)
    assert panel.data.classes == 3 and panel.model.architecture.outputs == 3
    panel.data_column.class_count.setValue(5)
    assert panel.data.classes == 5 and panel.model.weights(panel.model.links - 1).shape[1] == 5
    qtbot.mouseClick(panel.data_column.dataset_buttons["plane"], LEFT)
    assert panel.data.regression and len(panel.data) == 1200
    points = panel.data.points.copy()
    panel.data_column.noise_slider.setValue(30)
    assert panel.noise == pytest.approx(0.3) and "30" in panel.data_column.slider_labels[panel.data_column.noise_slider][0].text()
    qtbot.mouseClick(panel.data_column.regenerate_button, LEFT)
    assert not np.array_equal(points, panel.data.points)
    panel.data_column.ratio_slider.setValue(20)
    assert len(panel.train) == 240


def test_settings_reach_the_trainer(panel, qtbot):
    panel.controls.learning_rate.setCurrentIndex(panel.controls.learning_rate.findData(0.3))
    panel.controls.regularization.setCurrentIndex(panel.controls.regularization.findData("l2"))
    panel.controls.optimizer.setCurrentIndex(panel.controls.optimizer.findData("adam"))
    panel.data_column.batch_slider.setValue(25)
    hyper = panel.trainer.hyper
    assert (hyper.learning_rate, hyper.regularization, hyper.optimizer, hyper.batch_size) == (0.3, "l2", "adam", 25)
    step(panel, qtbot)
    assert panel.trainer._optimizer.kind == "adam" and panel.trainer.steps == 10


def test_points_round_trip_through_csv_and_bad_files_change_nothing(panel, qtbot, tmp_path):
    qtbot.mouseClick(panel.output.plot.viewport(), LEFT, pos=plot_position(panel, 1.0, -1.0))
    path = tmp_path / "points.csv"
    assert panel.files.save_points_file(str(path))
    assert path.read_text().splitlines()[0] == "x1,x2,label"
    saved = panel.data
    qtbot.mouseClick(panel.data_column.dataset_buttons["xor"], LEFT)
    assert panel.files.load_points_file(str(path))
    np.testing.assert_allclose(panel.data.points, saved.points, atol=1e-5)
    assert np.array_equal(panel.data.labels, saved.labels) and panel.own_points
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n1,2,0\n3,oops,1\n")
    before = panel.data
    assert not panel.files.load_points_file(str(bad))
    assert "line 2" in panel.data_column.message.text() and panel.data is before


def test_a_saved_setup_restores_data_network_settings_and_weights(panel, qtbot, tmp_path):
    qtbot.mouseClick(panel.data_column.dataset_buttons["spiral"], LEFT)
    qtbot.mouseClick(panel.network.feature_buttons["sin(x1)"], LEFT)
    qtbot.mouseClick(panel.network.add_layer, LEFT)
    panel.controls.learning_rate.setCurrentIndex(panel.controls.learning_rate.findData(0.1))
    panel.controls.dropout.setCurrentIndex(panel.controls.dropout.findData(0.2))
    assert panel.model.architecture.dropout == 0.2
    step(panel, qtbot)
    weights = {n: a.copy() for n, a in panel.model.network.params.items()}
    path = tmp_path / "exercise.json"
    assert panel.files.save_setup_file(str(path))
    qtbot.mouseClick(panel.data_column.dataset_buttons["circle"], LEFT)
    panel.controls.dropout.setCurrentIndex(0)
    qtbot.mouseClick(panel.network.remove_layer, LEFT)
    panel.controls.learning_rate.setCurrentIndex(panel.controls.learning_rate.findData(1.0))
    assert panel.files.open_setup_file(str(path))
    assert panel.kind == "spiral" and panel.data_column.dataset_buttons["spiral"].isChecked()
    assert panel.model.architecture.features == ("x1", "x2", "sin(x1)")
    assert panel.network.feature_buttons["sin(x1)"].isChecked()
    assert panel.model.architecture.hidden == (4, 2, 2) and panel.model.architecture.dropout == 0.2
    assert panel.controls.dropout.currentData() == 0.2
    assert panel.controls.learning_rate.currentData() == 0.1 and panel.trainer.hyper.learning_rate == 0.1
    for name, array in weights.items():
        assert np.array_equal(panel.model.network.params[name], array)
    broken = tmp_path / "broken.json"
    broken.write_text(path.read_text().replace('"hidden": [', '"hidden": [9, '))
    assert not panel.files.open_setup_file(str(broken))
    assert "hidden" in panel.data_column.message.text() and panel.model.architecture.hidden == (4, 2, 2)


def test_the_hidden_space_tab_shows_points_through_the_last_hidden_layer(panel, qtbot):
    panel.output.views.setCurrentWidget(panel.output.hidden_space)
    space = panel.output.hidden_space

    def shown():
        x, y = space.scatter.getData()
        return np.column_stack([x, y])

    expected = panel.model.columns(panel.data.points)[-2][:, :2]
    np.testing.assert_allclose(shown(), expected, rtol=1e-5)
    step(panel, qtbot)
    moved = shown()
    assert not np.allclose(moved, expected)
    np.testing.assert_allclose(moved, panel.model.columns(panel.data.points)[-2][:, :2], rtol=1e-5)
    space.first.setValue(2)
    space.second.setValue(1)
    np.testing.assert_allclose(shown(), panel.model.columns(panel.data.points)[-2][:, [1, 0]], rtol=1e-5)
    qtbot.mouseClick(panel.network.remove_layer, LEFT)
    qtbot.mouseClick(panel.network.remove_layer, LEFT)
    assert "Add a hidden layer" in space.note.text()


def test_a_diverged_network_is_drawn_neutral_not_as_garbage():
    from playground.gui.playground.colors import diverging_rgb

    with np.errstate(all="raise"):
        colours = diverging_rgb(np.array([np.nan, 0.0, np.inf, -np.inf], np.float32))
    np.testing.assert_array_equal(colours[0], colours[1])
    np.testing.assert_array_equal(colours[2], diverging_rgb(np.array([1.0], np.float32))[0])


def test_an_error_in_training_stops_play_and_says_why(panel, qtbot, capsys):
    panel.hyper.batch_size = 0  # past every check the page makes: the training process refuses it
    qtbot.mouseClick(panel.controls.play, LEFT)
    qtbot.waitUntil(lambda: not panel.controls.play.isChecked())
    assert "batch size" in panel.data_column.message.text() and not panel.training.playing
    assert "Error" in capsys.readouterr().err  # the process's traceback, for a bug report


def test_hovering_while_training_shows_the_neurons_map_in_the_next_frames(panel, qtbot):
    from playground.gui.playground.colors import diverging_rgb
    from playground.gui.playground.frames import GRID_POINTS

    panel.controls.learning_rate.setCurrentIndex(panel.controls.learning_rate.findData(0.00001))
    play_until(panel, qtbot, 1)
    viewport = panel.network.network_view.viewport()
    qtbot.mouseMove(viewport, view_position(panel, panel.network.network_view.scene_point_of_neuron(1, 0)))
    qtbot.waitUntil(lambda: panel.network.network_view.hovered_neuron == (1, 0))
    with panel.training.held():
        expected = diverging_rgb(panel.model.columns(GRID_POINTS)[1][:, 0]).astype(int)
    # A tiny learning rate: the map moves less than a colour step while the frames come.
    qtbot.waitUntil(lambda: np.abs(picture(panel).astype(int) - expected).max() <= 2)
    qtbot.mouseClick(panel.controls.play, LEFT)
