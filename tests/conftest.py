"""Shared test setup: Qt renders offscreen, settings go to a throw-away folder."""

import os
import tempfile

import pytest

# Both must be set before Qt is loaded: pytest-qt imports it before the first test runs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="nn-playground-test-config-")


@pytest.fixture
def qapp_named(qapp):
    """The test QApplication carrying the app's names, so QSettings behaves as in the product."""
    qapp.setApplicationName("nn-playground")
    qapp.setOrganizationName("nn-playground")
    from playground.gui.common.garbage import collect_in_gui_thread

    collect_in_gui_thread(qapp)  # as the application does: cycles are collected in the GUI thread
    return qapp


@pytest.fixture
def state(qapp_named):
    """A fresh application state with no model."""
    from playground.gui.common.state import AppState

    return AppState()
