"""The Train panel: runs train in the background, can be steered, and hand their model to the app.

Every run uses the book's 100-image CSV sample: runs that end by themselves train for well under a
second, runs to be steered get far more epochs than a test waits for and are stopped.
Waits are on the controller's signals, never on the clock.
"""

import numpy as np
import pytest
from PySide6.QtCore import QThread

from playground.engine.presets import get_preset
from playground.engine.training.progress import Status
from playground.gui.common.state import AppState
from playground.gui.train.controls import CUSTOM_MLP
from playground.gui.train.panel import TrainPanel

WAIT_MS = 60_000  # generous: the machine is shared; a working run answers in a fraction of this


@pytest.fixture
def panel(qtbot):
    state = AppState()
    panel = TrainPanel(state)
    qtbot.addWidget(panel)
    panel.form.select_dataset("mnist-csv-sample")
    panel.form.select_model("two-layer")
    panel.form.batch_size.setValue(10)
    panel.updates = []
    panel.controller.progress.connect(panel.updates.append)
    yield panel
    panel.shutdown()


def start_long_run(qtbot, panel):
    """A run far too long to finish by itself; returns once it has trained a few batches."""
    panel.form.epochs.setValue(10000)
    assert panel.start()
    qtbot.waitUntil(lambda: bool(panel.updates) and panel.updates[-1].latest.iteration >= 5, timeout=WAIT_MS)


def finish(qtbot, panel):
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS) as blocker:
        pass
    return blocker.args[0]


def test_a_new_user_is_offered_the_fast_track_first_with_its_recipe(qtbot):
    panel = TrainPanel(AppState())
    qtbot.addWidget(panel)
    form = panel.form
    assert form.model.itemData(0) == "fast-track" and form.model.currentIndex() == 0
    assert "99 %" in form.description.text() and "half a minute" in form.description.text()
    recipe = get_preset("fast-track").training
    config = form.config()
    assert config.epochs == recipe["epochs"] and config.batch_size == recipe["batch_size"]
    assert config.schedule == recipe["schedule"]  # the warm-up, which the form has no field for, included
    assert config.optimizer["lr"] == pytest.approx(recipe["optimizer"]["lr"])
    panel.shutdown()


def test_a_run_fills_the_plots_and_its_model_becomes_the_current_model(qtbot, panel):
    activity = []
    panel.state.training_active.connect(activity.append)
    panel.form.epochs.setValue(3)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS) as done:
        assert panel.start()
    result = done.args[0]

    run = panel.plots.current
    iterations = 3 * result.last.iterations_per_epoch
    assert result.last.status is Status.FINISHED and result.last.iteration == iterations
    assert len(run.loss) == iterations  # every batch is on the loss curve despite the throttling
    np.testing.assert_array_equal(run.loss.iterations, np.arange(1, iterations + 1))
    assert len(run.accuracy) == 3 * 4  # three mid-epoch evaluations and the end of each epoch
    assert run.best is not None
    assert activity == [True, False]

    model = panel.state.model
    assert model is result.model and model.meta["training"]["epochs_run"] == 3
    assert model.test_accuracy is not None and "initial/W1" in model.extras
    assert panel.save_button.isEnabled() and panel.start_button.isEnabled()
    assert "Finished" in panel.status.text()

    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    for plot, words in ((panel.plots.loss_plot, "loss"), (panel.plots.accuracy_plot, "validation")):
        qtbot.mouseMove(plot.viewport(), plot.viewport().rect().center())
        qtbot.waitUntil(lambda: words in panel.plots.readout_text(plot), timeout=WAIT_MS)


def test_pause_holds_the_run_step_trains_one_batch_and_stop_ends_it(qtbot, panel):
    with qtbot.waitSignal(panel.state.training_snapshot, timeout=WAIT_MS) as snapshot:
        start_long_run(qtbot, panel)
    assert set(snapshot.args[0]["params"]) >= {"W1", "b1", "W2", "b2"}

    panel.toggle_pause()
    qtbot.waitUntil(lambda: panel.updates[-1].held, timeout=WAIT_MS)
    held_at = panel.updates[-1].latest.iteration
    assert panel.step_button.isEnabled() and panel.pause_button.text() == "Resume"

    count = len(panel.updates)
    panel.step_button.click()
    qtbot.waitUntil(lambda: len(panel.updates) > count and panel.updates[-1].held, timeout=WAIT_MS)
    assert panel.updates[-1].latest.iteration == held_at + 1  # exactly one batch, then held again

    panel.toggle_pause()
    qtbot.waitUntil(lambda: panel.updates[-1].latest.iteration > held_at + 5, timeout=WAIT_MS)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS) as done:
        panel.stop_button.click()
    result = done.args[0]
    assert result.last.status is Status.STOPPED
    assert result.last.epoch < 10000
    assert panel.state.model is result.model
    assert not panel.controller.running and panel.start_button.isEnabled()


def test_closing_mid_run_stops_and_joins_the_worker_thread(qtbot, panel, qtlog):
    start_long_run(qtbot, panel)
    thread = panel.controller.findChild(QThread)
    assert thread is not None and thread.isRunning()
    activity = []
    panel.state.training_active.connect(activity.append)

    panel.shutdown()

    assert thread.isFinished()
    assert activity == [False]
    assert panel.state.model is None  # a run cut short by closing is not turned into a model
    assert not [r for r in qtlog.records if "QThread" in r.message]


@pytest.mark.filterwarnings("ignore:overflow:RuntimeWarning", "ignore:invalid value:RuntimeWarning")
def test_a_too_large_learning_rate_ends_in_the_diverged_message_with_finite_weights(qtbot, panel):
    panel.form.select_model(CUSTOM_MLP)
    panel.form.hidden.setText("100, 100")
    panel.form.activation.setCurrentText("relu")
    panel.form.optimizer.setCurrentText("sgd")
    panel.form.learning_rate.setValue(50.0)
    panel.form.epochs.setValue(20)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS) as done:
        assert panel.start()
    result = done.args[0]

    assert result.last.status is Status.DIVERGED
    assert "diverged" in panel.status.text() and "smaller learning rate" in panel.status.text()
    model = panel.state.model
    assert all(np.isfinite(p).all() for p in model.network.params.values())


def test_a_corrupt_dataset_file_gives_a_message_and_leaves_the_panel_usable(qtbot, panel, tmp_path):
    bad = tmp_path / "digits.csv"
    bad.write_text("5,0,0,0\n3,1,2\n")
    panel.form.set_own_files("csv", (str(bad),))
    with qtbot.waitSignal(panel.controller.failed, timeout=WAIT_MS):
        assert panel.start()

    assert "digits.csv" in panel.status.text() and "row 1" in panel.status.text()
    assert panel.plots.runs == [] and panel.state.model is None
    assert panel.start_button.isEnabled() and panel.form.epochs.isEnabled()

    panel.form.select_dataset("mnist-csv-sample")
    panel.form.epochs.setValue(1)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS) as done:
        assert panel.start()
    assert done.args[0].last.status is Status.FINISHED and panel.state.model is not None


def test_the_learning_rate_can_be_changed_while_the_run_trains(qtbot, panel):
    start_long_run(qtbot, panel)
    assert panel.form.learning_rate.isEnabled() and not panel.form.epochs.isEnabled()

    panel.form.learning_rate.setValue(0.0123)
    qtbot.waitUntil(lambda: panel.updates[-1].latest.learning_rate == pytest.approx(0.0123), timeout=WAIT_MS)
    first_new = panel.plots.current.rates.column(1)
    assert first_new[0] == pytest.approx(0.1) and first_new[-1] == pytest.approx(0.0123)

    panel.stop()
    assert finish(qtbot, panel).last.status is Status.STOPPED


def test_a_wrong_form_field_is_named_and_nothing_starts(qtbot, panel):
    panel.form.select_model(CUSTOM_MLP)
    panel.form.hidden.setText("64, lots")
    assert not panel.start()
    assert "Hidden layers" in panel.status.text()
    assert not panel.controller.running and panel.plots.runs == []


def test_restore_best_makes_the_best_epoch_the_current_model(qtbot, panel):
    panel.form.epochs.setValue(4)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS):
        panel.start()
    assert panel.best_button.isEnabled()
    best = panel.best_epoch
    panel.state.set_model(None)  # e.g. the person opened another model meanwhile

    panel.best_button.click()

    model = panel.state.model
    np.testing.assert_array_equal(model.network.params["W1"], best.weights["W1"])
    assert model.meta["metrics"]["best_val_accuracy"] == best.accuracy
    assert f"epoch {best.epoch}" in panel.status.text()


def test_earlier_runs_stay_as_overlays_and_reset_clears_them(qtbot, panel):
    panel.form.epochs.setValue(1)
    for lr in (0.1, 0.5):
        panel.form.learning_rate.setValue(lr)
        with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS):
            panel.start()
    first, second = panel.plots.runs
    assert first.colour != second.colour
    assert first.smooth_item.isVisible() and not first.raw_item.isVisible() and second.raw_item.isVisible()
    assert "Run 2" in second.name and "lr 0.5" in second.name

    panel.reset()
    assert panel.plots.runs == [] and panel.form.learning_rate.value() == pytest.approx(0.1)


def test_a_sweep_trains_once_per_value_and_plots_accuracy_against_it(qtbot, panel):
    view = panel.sweep_view
    view.parameter.setCurrentIndex(view.parameter.findData("epochs"))
    view.values.setText("1, 2")
    view.images.setValue(0)
    points = []
    panel.controller.sweep_point.connect(points.append)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS) as done:
        view.run_button.click()

    assert done.args[0].model is None
    assert [(p.value, p.epochs_run) for p in points] == [(1.0, 1), (2.0, 2)]
    assert [value for value, _ in view.points()] == [1.0, 2.0]
    assert all(0.0 <= accuracy <= 100.0 for _, accuracy in view.points())
    assert panel.state.model is None  # a sweep compares settings; it does not replace the model
    assert "Sweep done" in panel.status.text()
