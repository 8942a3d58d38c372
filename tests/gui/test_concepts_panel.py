"""The Concepts panel used as a person would: type, slide, click, and read what is shown."""

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QPushButton

from playground.gui.concepts.panel import ConceptsPanel


@pytest.fixture
def panel(show_panel):
    return show_panel(ConceptsPanel, (1400, 900))


def test_every_page_builds_from_the_list(panel):
    for row, page_id in enumerate(panel.page_ids()):
        panel.navigation.setCurrentRow(row)
        assert panel.page(page_id).isVisible()
        assert panel.stack.currentWidget().isAncestorOf(panel.page(page_id))
    assert panel.navigation.count() == 5


def test_typing_scores_updates_the_probabilities(panel, qtbot):
    box = panel.show_page("activations").softmax
    assert box.probabilities_text() == ["0.0182", "0.2452", "0.7366"]
    box.scores_edit.clear()
    qtbot.keyClicks(box.scores_edit, "1, 1, 1, 1")
    assert box.probabilities_text() == ["0.2500"] * 4
    assert box.bars.opts["height"].tolist() == pytest.approx([0.25] * 4)


def test_bad_scores_give_a_message_not_a_crash(panel, qtbot):
    box = panel.show_page("activations").softmax
    box.scores_edit.clear()
    qtbot.keyClicks(box.scores_edit, "1, two")
    assert "'two' is not a number" in box.status.text()


def test_temperature_flattens_the_probabilities(panel):
    box = panel.show_page("activations").softmax
    before = float(box.probabilities_text()[-1])
    box.temperature_slider.setValue(box.temperature_slider.maximum())  # T = 10
    after = float(box.probabilities_text()[-1])
    assert after < before
    assert box.temperature_label.text() == "10.00"


def test_overflow_demo_shows_nan_next_to_the_stable_result(panel, qtbot):
    box = panel.show_page("activations").overflow
    assert box.column_text(2) == ["nan"] * 3
    assert box.column_text(3)[0] == "1.0000"
    assert "nan" in box.status.text() and "inf" in box.status.text()
    box.scores_edit.clear()
    qtbot.keyClicks(box.scores_edit, "1, 2")
    assert box.column_text(2) == box.column_text(3)


def test_activation_hover_readout_names_values(panel):
    plots = panel.show_page("activations").plots
    plots.show_values_at(0.0)
    text = plots.readout.text()
    assert "sigmoid: 0.500 (slope 0.250)" in text
    assert "tanh: 0.000 (slope 1.000)" in text


def test_moving_the_loss_slider_changes_the_values(panel):
    page = panel.show_page("losses")
    page.p_slider.setValue(600)
    assert page.ce_label.text().endswith("0.5108")
    mse_before = page.mse_label.text()
    page.p_slider.setValue(100)
    assert page.ce_label.text().endswith("2.3026")
    assert page.mse_label.text() != mse_before
    assert page.bars.opts["height"][page.class_spin.value()] == pytest.approx(0.1)


def test_book_example_rows_show_the_books_values(panel, qtbot):
    page = panel.show_page("losses")
    assert page.examples.item(0, 1).text() == "0.0975"
    assert page.examples.item(1, 2).text() == "2.3026"
    page.examples.selectRow(1)
    assert page.mse_label.text().endswith("0.5975")
    assert page.ce_label.text().endswith("2.3026")


def buttons(widget):
    return {b.text(): b for b in widget.findChildren(QPushButton)}


def click_box(qtbot, box):
    """Click a check box on its indicator, where a person would."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def walk_to_end(qtbot, page):
    """Wait until the descent page's walkers have taken all their steps (or diverged)."""
    qtbot.waitUntil(lambda: not page.running, timeout=60000)


def test_diverging_rate_reports_diverged(panel, qtbot):
    page = panel.show_page("descent")
    page.rate_spin.clear()
    qtbot.keyClicks(page.rate_spin, "1.1")
    qtbot.keyClick(page.rate_spin, Qt.Key.Key_Return)
    assert page.rate_spin.value() == pytest.approx(1.1)
    walk_to_end(qtbot, page)
    assert "Diverged" in page.descent_status.text()
    x, y = page.plot._paths["descent"].getData()
    assert np.all(np.isfinite(x)) and np.all(np.isfinite(y)) and len(x) > 1


def test_walk_is_drawn_step_by_step(panel, qtbot):
    page = panel.show_page("descent")
    walk_to_end(qtbot, page)
    with qtbot.waitSignal(page.finished, timeout=60000):
        page.steps_spin.setValue(400)
        drawn_at_first = len(page.plot._paths["descent"].getData()[0])
        assert page.running and drawn_at_first < 401
    assert len(page.plot._paths["descent"].getData()[0]) == 401


def test_rate_buttons_diverge_crawl_and_recover(panel, qtbot):
    page = panel.show_page("descent")
    by_text = buttons(page)
    click_box(qtbot, page.animate_box)
    assert not page.animate_box.isChecked()
    for button, expected in (("Too large (10)", "Diverged"), ("Too small (1e-10)", "Crawling")):
        qtbot.mouseClick(by_text[button], Qt.MouseButton.LeftButton)
        walk_to_end(qtbot, page)
        assert expected in page.descent_status.text()
    qtbot.mouseClick(by_text["Good rate"], Qt.MouseButton.LeftButton)
    walk_to_end(qtbot, page)
    assert page.descent_status.text().startswith("After 100 steps")
    assert "Crawling" not in page.descent_status.text()


def test_every_surface_and_rate_combination_stays_finite(panel, qtbot):
    page = panel.show_page("descent")
    page.animate_box.setChecked(False)
    for index in range(page.surface_combo.count()):
        page.surface_combo.setCurrentIndex(index)
        for rate in (10.0, 1e-10, page.surface.learning_rate):
            page.rate_spin.setValue(rate)
            walk_to_end(qtbot, page)
            x, y = page.plot._paths["descent"].getData()
            assert np.all(np.isfinite(x)) and np.all(np.isfinite(y))


def test_clicking_the_plot_moves_the_start(panel, qtbot):
    page = panel.show_page("descent")
    qtbot.wait(50)  # let the view settle into its final geometry
    view = page.plot.getPlotItem().getViewBox()
    target = view.mapViewToScene(QPointF(2.0, -1.0))
    qtbot.mouseClick(page.plot.viewport(), Qt.MouseButton.LeftButton, pos=page.plot.mapFromScene(target))
    x, y = page.plot._paths["descent"].getData()
    assert (x[0], y[0]) == pytest.approx((2.0, -1.0), abs=0.1)
    assert re.match(r"Start: \((1\.9|2\.0)", page.start_label.text())


def test_race_shows_every_optimizer_from_the_same_start(panel, qtbot):
    page = panel.show_page("descent")
    page.surface_combo.setCurrentIndex(page.surface_combo.findData("elongated"))
    page.tabs.setCurrentIndex(1)
    walk_to_end(qtbot, page)
    finals = [page.race_table.item(r, 2).text() for r in range(page.race_table.rowCount())]
    assert len(finals) == 5 and all(float(v) < 0.2 for v in finals)
    starts = {tuple(page.plot._paths[name].getData()[i][0] for i in range(2)) for name in page.last_race}
    assert starts == {(-7.0, 2.0)}
    assert not page.plot._paths["descent"].isVisible()
    assert "Lowest f after 30 steps" in page.race_status.text()


def test_broken_layer_toggle_fails_the_check(panel, qtbot):
    page = panel.show_page("gradient-check")
    assert page.results_text() == ["pass"] * 4
    click_box(qtbot, page.broken_box)
    assert page.broken_box.isChecked()
    assert page.results_text() == ["FAIL", "FAIL", "pass", "pass"]
    assert "FAILED for W1, b1" in page.verdict.text()


def displayed_loss(label_text):
    return float(re.search(r"loss = (\d[0-9.e+-]*\d)", label_text).group(1))


def test_regression_start_lowers_the_displayed_loss(panel, qtbot):
    page = panel.show_page("regression")
    page.setCurrentIndex(1)
    curve = page.curve
    start_loss = displayed_loss(curve.loss_label.text())
    qtbot.mouseClick(buttons(curve)["Start"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: displayed_loss(curve.loss_label.text()) < 0.5 * start_loss, timeout=10000)
    qtbot.mouseClick(buttons(curve)["Pause"], Qt.MouseButton.LeftButton)
    paused_at = curve.fit.iteration
    qtbot.wait(100)
    assert curve.fit.iteration == paused_at
    qtbot.mouseClick(buttons(curve)["Reset"], Qt.MouseButton.LeftButton)
    assert displayed_loss(curve.loss_label.text()) == pytest.approx(start_loss)


def test_line_fit_moves_with_the_step_slider(panel, qtbot):
    line = panel.show_page("regression").line
    end_loss = displayed_loss(line.status.text())
    line.step_slider.setValue(0)
    assert displayed_loss(line.status.text()) > end_loss
    assert line.status.text().startswith("Step 0: w = -3.000, b = 3.500")
    line.rate_spin.setValue(5.0)
    assert "Diverged" in line.status.text()
    seed_loss = line.path.values[0]
    qtbot.mouseClick(buttons(line)["New points"], Qt.MouseButton.LeftButton)
    assert line.path.values[0] != seed_loss
