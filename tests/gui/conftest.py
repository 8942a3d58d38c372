"""What the GUI tests share: a page's panel built on the test state, shown, and shut down after."""

import pytest

from playground.gui.common.garbage import collect_in_gui_thread


@pytest.fixture(autouse=True)
def _cycles_collected_in_gui_thread(qapp):
    """As in the application: a worker thread never runs the cycle collector over GUI objects."""
    collect_in_gui_thread(qapp)


@pytest.fixture
def show_panel(qtbot, state):
    """``show_panel(PanelClass, (width, height))`` -> the panel, shown and exposed; every panel shown
    this way is shut down after the test (its threads joined), as the main window does on close."""
    shown = []

    def show(panel_class, size=(1280, 800)):
        widget = panel_class(state)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        shown.append(widget)
        return widget

    yield show
    for widget in shown:
        widget.shutdown()
