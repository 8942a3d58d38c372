"""A clumsy person: a seeded random walk over every page, and the window closed mid-training."""

import pytest

from playground.gui.main_window import MainWindow
from scripts.close_during_training import close_many
from scripts.ui_walk import walk


@pytest.fixture
def window(qtbot, state, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # drawings kept by the walk go here
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_thousand_random_actions_raise_nothing_and_never_hold_the_window(window):
    report = walk(window, actions=1000, seed=0)
    assert not report.exceptions, report.exceptions[0]
    assert not report.stalled, report.summary()
    assert report.actions["page switch"] >= 10 and report.actions["stroke"] >= 3  # every kind is tried
    assert len(report.actions) >= 6  # buttons, boxes, combos, sliders, spin boxes, strokes, pages...


def test_closing_the_window_mid_training_ten_times_is_clean(tmp_path):
    results = close_many(10, seed=0, config_home=tmp_path)
    failures = [r for r in results if not r.passed]
    assert not failures, failures
