"""The Gates panel used as a person would: typing, presets, dragging, learning, backprop."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocumentFragment

from playground.gui.gates.panel import GatesPanel
from playground.gui.gates.truth_table import RIGHT_MARK, WRONG_MARK

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(show_panel):
    return show_panel(GatesPanel, (1200, 760))


def plain(label):
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def show_tab(panel, name):
    panel.tabs.setCurrentIndex([panel.tabs.tabText(i) for i in range(panel.tabs.count())].index(name))
    return panel.cards[name]


def test_tabs_are_built_on_first_visit(panel):
    assert list(panel.cards) == ["AND"]
    show_tab(panel, "XOR")
    assert list(panel.cards) == ["AND", "XOR"]


def test_typing_a_weight_updates_the_truth_table(panel, qtbot):
    card = show_tab(panel, "AND")
    before = card.table.column_texts(2)
    line_edit = card.editor.w1.spin.lineEdit()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "1.5")
    assert card.editor.w1.value() == pytest.approx(1.5)
    # Row (1, 0): w1*1 + w2*0 + b = 1.5 - 0.5
    assert card.table.column_texts(2)[1] == "1.00"
    assert card.table.column_texts(3)[1] == "1"
    assert card.table.column_texts(2) != before
    assert card.editor.w1.slider.value() == 30


def test_book_and_preset_solves_and(panel, qtbot):
    card = show_tab(panel, "AND")
    assert not card.solved
    qtbot.mouseClick(card.editor.preset_buttons["AND"], LEFT)
    assert card.table.marks() == [RIGHT_MARK] * 4
    assert card.table.column_texts(3) == ["0", "0", "0", "1"]
    assert card.solved and "Solved" in card.banner.text()
    assert "0.50·x1 + 0.50·x2 > θ = 0.70" in plain(card.editor.threshold_label)
    assert "y = 1  if  0.50·x1 + 0.50·x2 − 0.70 > 0" in plain(card.editor.book_label)


@pytest.mark.parametrize("gate", ["OR", "NAND"])
def test_book_presets_solve_their_gates(panel, qtbot, gate):
    card = show_tab(panel, gate)
    qtbot.mouseClick(card.editor.preset_buttons[gate], LEFT)
    assert card.solved


def test_retargeting_a_card_rechecks_the_table(panel, qtbot):
    card = show_tab(panel, "AND")
    qtbot.mouseClick(card.editor.preset_buttons["AND"], LEFT)
    card.target.setCurrentText("OR")
    assert not card.solved
    assert card.table.marks().count(WRONG_MARK) == 2


def test_sigmoid_activation_shows_smooth_outputs(panel, qtbot):
    card = show_tab(panel, "AND")
    qtbot.mouseClick(card.editor.preset_buttons["AND"], LEFT)
    qtbot.mouseClick(card.sigmoid_button, LEFT)
    outputs = [float(v) for v in card.table.column_texts(3)]
    assert all(0.0 < v < 1.0 for v in outputs)
    assert outputs[3] > 0.5 > outputs[0]
    assert card.solved


def test_no_single_perceptron_setting_solves_xor(panel, qtbot):
    xor = show_tab(panel, "XOR")
    qtbot.mouseClick(xor.mode_buttons[1], LEFT)
    card = xor.single
    assert "No single straight line" in card.plot.message_text()
    values = range(-40, 41, 10)  # slider positions: -2 .. 2 in steps of 0.5
    best = 0
    for w1 in values:
        card.editor.w1.slider.setValue(w1)
        for w2 in values:
            card.editor.w2.slider.setValue(w2)
            for b in values:
                card.editor.b.slider.setValue(b)
                assert not card.solved
                best = max(best, card.table.marks().count(RIGHT_MARK))
    assert best == 3


def test_dragging_a_line_handle_changes_the_weights(panel, qtbot):
    card = show_tab(panel, "AND")
    before = card.perceptron()
    handle = card.plot.handles(0)[1]
    view = card.plot
    start = view.mapFromScene(handle.mapToScene(0, 0))
    end = start + QPoint(0, -60)
    qtbot.mousePress(view.viewport(), LEFT, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(view.viewport(), start + QPoint(0, -10 * step))
    qtbot.mouseRelease(view.viewport(), LEFT, pos=end)
    after = card.perceptron()
    assert (after.w1, after.w2, after.b) != (before.w1, before.w2, before.b)
    # The side that outputs 1 stays the same side: (w1, w2) turned by less than a right angle.
    assert after.w1 * before.w1 + after.w2 * before.w2 > 0


def test_learn_button_moves_the_line_and_solves_or(panel, qtbot):
    card = show_tab(panel, "OR")
    assert not card.solved
    start = card.perceptron()
    card.learn.speed.setValue(card.learn.speed.maximum())
    qtbot.mouseClick(card.learn.play_button, LEFT)
    qtbot.waitUntil(lambda: card.learn.learner is not None and card.learn.learner.converged,
                    timeout=20000)
    assert card.solved
    assert card.perceptron() != start
    assert not card.learn.play_button.isChecked()
    assert card.learn.learner.errors_per_epoch[-1] == 0
    assert "converged" in card.learn.status.text()


def test_stepping_the_rule_on_xor_never_finishes_an_epoch_without_errors(panel, qtbot):
    xor = show_tab(panel, "XOR")
    qtbot.mouseClick(xor.mode_buttons[1], LEFT)
    card = xor.single
    for _ in range(400):
        qtbot.mouseClick(card.learn.step_button, LEFT)
        assert not card.solved
    history = card.learn.learner.errors_per_epoch
    assert len(history) == 100
    assert min(history) >= 1


def test_two_layer_xor_from_the_book_and_breaking_it(panel, qtbot):
    xor = show_tab(panel, "XOR")
    view = xor.two_layers
    assert view.solved
    assert view.table.column_texts(2) == ["1", "1", "1", "0"]  # s1 = NAND
    assert view.table.column_texts(3) == ["0", "1", "1", "1"]  # s2 = OR
    qtbot.mouseClick(view.first.preset_buttons["AND"], LEFT)
    assert not view.solved
    qtbot.mouseClick(view.first.preset_buttons["NAND"], LEFT)
    assert view.solved


def test_backprop_learns_xor(panel, qtbot):
    xor = show_tab(panel, "XOR")
    qtbot.mouseClick(xor.mode_buttons[2], LEFT)
    view = xor.backprop
    assert not view.solved
    lines_before = [np.array(view.plot._lines[i].getData()) for i in range(2)]
    view.speed.setValue(view.speed.maximum())
    qtbot.mouseClick(view.train_button, LEFT)
    qtbot.waitUntil(lambda: view.goal_reached, timeout=30000)
    assert view.solved
    assert not view.train_button.isChecked()
    assert "solved" in view.status.text()
    lines_after = [np.array(view.plot._lines[i].getData()) for i in range(2)]
    assert any(a.shape != b.shape or not np.allclose(a, b) for a, b in zip(lines_before, lines_after))


def test_every_control_explains_itself(panel):
    import pyqtgraph as pg
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QSlider, QTabBar, QTableWidget

    for gate in ("AND", "OR", "NAND", "XOR"):
        show_tab(panel, gate)
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider, QTableWidget, pg.PlotWidget)
    silent = [w for w in panel.findChildren(object) if isinstance(w, kinds) and not w.toolTip()
              and not w.objectName().startswith("qt_") and not isinstance(w.parent(), QTabBar)]
    assert [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}" for w in silent] == []
