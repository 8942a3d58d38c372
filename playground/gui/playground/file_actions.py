"""The page's four file buttons: points as CSV and the whole setup as JSON.

Each action asks for a path, reads or writes through ``engine.plane.files`` and says in the Data
column's message line why a file was refused; a refused file changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ...engine.errors import PlaygroundError
from ...engine.plane.data import generate, split
from ...engine.plane.files import (
    load_points,
    load_setup,
    save_points,
    save_setup,
    setup_dict,
)
from ...engine.plane.network import Architecture, PlaneNetwork

if TYPE_CHECKING:
    from .panel import PlaygroundPanel

tr = lambda text: QCoreApplication.translate("PlaygroundPanel", text)


class FileActions:
    """Bound to one panel, whose data, network and settings they read and replace."""

    def __init__(self, panel: PlaygroundPanel) -> None:
        self.panel = panel

    def ask_path(self, action: Callable[[str], bool], saving: bool, suffix: str) -> None:
        caption = tr("Save") if saving else tr("Open")
        pattern = tr("Points (*.csv)") if suffix == "csv" else tr("Playground setups (*.json)")
        ask = QFileDialog.getSaveFileName if saving else QFileDialog.getOpenFileName
        path, _ = ask(self.panel, caption, "", pattern)
        if path:
            action(path)

    def _report(self, error: PlaygroundError | None) -> None:
        self.panel.data_column.message.setText("" if error is None else str(error))

    def load_points_file(self, path: str) -> bool:
        """Replace the points with a CSV file's."""
        try:
            data = load_points(path)
        except PlaygroundError as error:
            self._report(error)
            return False
        self._report(None)
        self.panel.use_data(data, own_points=True)
        return True

    def save_points_file(self, path: str) -> bool:
        try:
            save_points(path, self.panel.data)
        except PlaygroundError as error:
            self._report(error)
            return False
        self._report(None)
        return True

    def save_setup_file(self, path: str, with_weights: bool = True) -> bool:
        """Everything needed to hand out this exercise: data, network, settings and weights."""
        panel = self.panel
        with panel.training.held():
            setup = setup_dict(panel.data_settings(), panel.data if panel.own_points else None, panel.model,
                               panel.hyper, with_weights)
        try:
            save_setup(path, setup)
        except PlaygroundError as error:
            self._report(error)
            return False
        self._report(None)
        return True

    def open_setup_file(self, path: str) -> bool:
        """Restore a saved setup; every part is checked (weights too) before anything changes."""
        try:
            setup = load_setup(path)
            settings = setup["data"]
            data = setup["points"] or generate(settings["kind"], settings["seed"], settings["noise"],
                                               settings["classes"])
            split(data, settings["ratio"], settings["seed"])
            arch = setup["architecture"]
            arch = Architecture(arch.features, arch.hidden, arch.activations, data.classes, arch.dropout)
            model = PlaneNetwork(arch, seed=settings["seed"])
            if setup["weights"] is not None:
                model.network.load_state(setup["weights"])
        except PlaygroundError as error:
            self._report(error)
            return False
        self._report(None)
        self.panel.restore(settings, data, setup["points"] is not None, setup["hyper"], model)
        return True
