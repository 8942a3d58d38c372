"""The Diagnostics tab during a short real run: plots filled from the run, hints whose button
changes the form."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.engine.training.progress import Status
from playground.gui.train.controls import CUSTOM_MLP
from tests.gui.test_train import WAIT_MS, panel  # noqa: F401  (the Train panel fixture)


def _run(qtbot, panel, epochs=2):
    panel.form.epochs.setValue(epochs)
    with qtbot.waitSignal(panel.controller.finished, timeout=WAIT_MS) as done:
        assert panel.start()
    return done.args[0]


def test_a_run_fills_gradient_inactive_and_histogram_views(qtbot, panel):
    panel.form.select_model(CUSTOM_MLP)
    panel.form.hidden.setText("20, 10")
    _run(qtbot, panel)
    view = panel.diagnostics
    qtbot.mouseClick(panel.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=panel.tabs.tabBar().tabRect(2).center())
    assert panel.tabs.currentWidget() is view
    d = view._diagnostics
    assert d is not None and set(d.gradient_strength) == {"W1", "W2", "W3"}
    np.testing.assert_allclose(view.gradient_curve.yData, [d.gradient_strength[n] for n in ("W1", "W2", "W3")])
    assert list(view.inactive_bars.opts["height"]) == [100 * v for v in d.inactive_share.values()]
    assert len(d.inactive_share) == 2
    view.layer_choice.setCurrentText("W2")
    np.testing.assert_array_equal(view.histogram_now.yData, d.weights["W2"].now)
    assert d.weights["W2"].now.sum() == d.weights["W2"].initial.sum() == 20 * 10
    assert "W2: mean" in view.weight_summary.text()


@pytest.mark.filterwarnings("ignore:overflow:RuntimeWarning", "ignore:invalid value:RuntimeWarning")
def test_a_diverging_run_gets_a_hint_whose_button_lowers_the_rate(qtbot, panel):
    panel.form.select_model(CUSTOM_MLP)  # as in the Train page's own divergence test
    panel.form.hidden.setText("100, 100")
    panel.form.activation.setCurrentText("relu")
    panel.form.optimizer.setCurrentText("sgd")
    panel.form.learning_rate.setValue(50.0)
    result = _run(qtbot, panel, epochs=20)
    assert result.last.status is Status.DIVERGED
    view = panel.diagnostics
    assert view.hint_buttons, "no hint for a diverged run"
    assert "ten times smaller" in view.hint_widgets[0].text()
    qtbot.mouseClick(view.hint_buttons[0], Qt.MouseButton.LeftButton)
    assert panel.form.learning_rate.value() == 5.0
    assert "press Start" in panel.status.text()
