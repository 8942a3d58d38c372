"""The application window: a page list on the left, the current panel on the right.

Panels are built on their first visit; the window only knows them through ``pages.page_specs()``
and the optional ``shutdown()`` each may offer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from .. import __version__
from ..engine.export import SUFFIXES
from ..paths import MODELS_DIR
from .common.lazy_pages import LazyPages
from .common.model_io import ModelFileController, ask_model_save_path, model_file_filter
from .common.start_model import start_model_path
from .pages import PageSpec, page_specs

if TYPE_CHECKING:
    from .common.state import AppState

def describe_model(model) -> str:
    """One line naming the model, its dataset and test accuracy (from the model file's metadata)."""
    parts = [model.name]
    if model.meta.get("dataset"):
        parts.append(str(model.meta["dataset"]))
    if model.test_accuracy is not None:
        parts.append(QCoreApplication.translate("MainWindow", "test accuracy {0:.1f} %").format(
            100 * model.test_accuracy))
    return " · ".join(parts)


class MainWindow(QMainWindow):
    """One page per panel, File/View/Help menus and a status bar naming the current model."""

    def __init__(self, state: "AppState", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Neural Network Playground"))
        self._pages: list[PageSpec] = page_specs()
        self._model_files = ModelFileController(self)
        self._model_files.loaded.connect(self._on_model_loaded)
        self._model_files.saved.connect(self._on_model_saved)
        self._model_files.exported.connect(self._on_model_exported)
        self._model_files.failed.connect(self._on_model_file_failed)
        self._model_files.busy_changed.connect(self._update_actions)
        self._start_path: str | None = None  # the start model while it loads

        self._build_central()
        self._build_menus()
        self._build_status_bar()
        state.model_changed.connect(self._on_model_changed)
        self._on_model_changed(state.model)
        self._restore_settings()

    # ----------------------------------------------------------------- construction
    def _build_central(self) -> None:
        self._pages_view = LazyPages()
        self._nav = self._pages_view.navigation
        self._nav.setObjectName("pageList")
        self._nav.setIconSize(QSize(28, 28))
        self._nav.setFixedWidth(184)
        self._nav.setSpacing(2)
        self._nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._nav.setToolTip(self.tr("Choose a panel (Ctrl+1 to Ctrl+{0})").format(len(self._pages)))
        self._nav.setStyleSheet(
            "QListWidget#pageList { border: none; border-right: 1px solid palette(mid);"
            " background: palette(window); padding-top: 8px; }"
            "QListWidget#pageList::item { padding: 8px 6px; border-radius: 6px; }"
            "QListWidget#pageList::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        font = self._nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._nav.setFont(font)
        for number, page in enumerate(self._pages, start=1):
            self._pages_view.add_page(page.id, page.title, lambda holder, page=page: page.factory(self.state, holder),
                                      f"{page.tooltip} (Ctrl+{number})", page.icon)
        self._pages_view.current_changed.connect(self._on_page_shown)
        self.setCentralWidget(self._pages_view)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._open_action = self._action(self.tr("&Open model…"), QKeySequence.StandardKey.Open,
                                         self.tr("Load a saved model file (.npz) as the current model"),
                                         self.open_model)
        self._save_action = self._action(self.tr("&Save model…"), QKeySequence.StandardKey.Save,
                                         self.tr("Save the current model to a file"), self.save_model)
        self._export_action = self._action(
            self.tr("&Export model…"), None,
            self.tr("Write the current model as a PyTorch script or an ONNX graph"), self.export_model)
        quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                   self.tr("Close the application"), self.close)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addActions([self._open_action, self._save_action, self._export_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._page_actions = QActionGroup(self)
        self._page_actions.setExclusive(True)
        for row, page in enumerate(self._pages):
            action = self._action(page.title, QKeySequence(f"Ctrl+{row + 1}"), page.tooltip,
                                  lambda checked=False, r=row: self._nav.setCurrentRow(r))
            action.setCheckable(True)
            self._page_actions.addAction(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        self._full_screen_action = self._action(self.tr("&Full screen"),
                                                QKeySequence.StandardKey.FullScreen,
                                                self.tr("Use the whole screen for the window"),
                                                self._set_full_screen)
        self._full_screen_action.setCheckable(True)
        view_menu.addAction(self._full_screen_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = self._action(self.tr("&About"), None,
                             self.tr("Version, libraries and data licences"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    def _action(self, text: str, shortcut, tip: str, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden (full screen)
        return action

    def _build_status_bar(self) -> None:
        self._model_label = QLabel()
        self._model_label.setToolTip(self.tr("The current model: name, dataset and test accuracy"))
        self.statusBar().addPermanentWidget(self._model_label)

    # ----------------------------------------------------------------- pages
    @property
    def page_ids(self) -> list[str]:
        return [page.id for page in self._pages]

    def current_page_id(self) -> str:
        return self._pages_view.current_id()

    def show_page(self, page_id: str) -> QWidget:
        """Switch to a page by id and return its panel (built now if never shown)."""
        return self._pages_view.show_page(page_id)

    def panel(self, page_id: str) -> QWidget | None:
        """The page's panel if it was built already."""
        return self._pages_view.built(page_id)

    @Slot(str)
    def _on_page_shown(self, page_id: str) -> None:
        self._page_actions.actions()[self.page_ids.index(page_id)].setChecked(True)

    # ----------------------------------------------------------------- model files
    def load_start_model(self) -> None:
        """Give every page a model from the first second: the shipped model the Draw pad reads best
        with, loaded in the background (the window shows at once), unless a model is current already."""
        path = start_model_path()
        if path is None or self.state.model is not None or not self._model_files.open(str(path)):
            return
        self._start_path = str(path)
        self._model_label.setText(self.tr("Loading {0}…").format(path.stem))

    @Slot()
    def open_model(self) -> None:
        start = str(MODELS_DIR) if MODELS_DIR.is_dir() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open model"), start,
                                              model_file_filter())
        if path:
            self.open_model_file(path)

    def open_model_file(self, path: str) -> None:
        """Load ``path`` in the background; it becomes the current model when it arrives."""
        if self._model_files.open(path):
            self.statusBar().showMessage(self.tr("Opening {0}…").format(Path(path).name))

    @Slot()
    def save_model(self) -> None:
        if self.state.model is None:
            return
        source = self.state.model_source
        start = source if source.endswith(".npz") else str(Path.home() / "model.npz")
        path = ask_model_save_path(self, self.tr("Save model"), start)
        if path:
            self.save_model_file(path)

    def save_model_file(self, path: str) -> None:
        """Save the current model to ``path`` in the background."""
        if self.state.model is not None and self._model_files.save(path, self.state.model):
            self.statusBar().showMessage(self.tr("Saving {0}…").format(Path(path).name))

    @Slot()
    def export_model(self) -> None:
        if self.state.model is None:
            return
        filters = {self.tr("PyTorch script (*.py)"): "pytorch", self.tr("ONNX graph (*.onnx)"): "onnx"}
        start = str(Path.home() / self.state.model.name)
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export model"), start, ";;".join(filters))
        if path:
            self.export_model_file(path, filters.get(chosen, "pytorch"))

    def export_model_file(self, path: str, target: str) -> None:
        """Export the current model in the background; a PyTorch script gets its weights beside it."""
        suffix = SUFFIXES[target]
        if not path.endswith(suffix):
            path += suffix
        if self.state.model is not None and self._model_files.export(path, self.state.model, target):
            self.statusBar().showMessage(self.tr("Exporting {0}…").format(Path(path).name))

    @Slot(object, str)
    def _on_model_loaded(self, model, path: str) -> None:
        starting, self._start_path = path == self._start_path, None
        if starting and self.state.model is not None:
            return  # a model was trained or opened meanwhile: it stays the current one
        self.state.set_model(model, source=path)
        if not starting:
            self.statusBar().showMessage(self.tr("Opened {0}").format(Path(path).name), 5000)

    @Slot(str)
    def _on_model_saved(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Saved {0}").format(Path(path).name), 5000)

    @Slot(str)
    def _on_model_exported(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Exported {0}").format(Path(path).name), 5000)

    @Slot(str, str)
    def _on_model_file_failed(self, action: str, message: str) -> None:
        self.statusBar().clearMessage()
        if action == "open" and self._start_path is not None:
            self._start_path = None  # no dialog at start: the status bar says it, the app works on
            self._on_model_changed(self.state.model)
            self.statusBar().showMessage(self.tr("Cannot open the start model: {0}").format(message))
            return
        titles = {"open": self.tr("Cannot open the model"), "save": self.tr("Cannot save the model"),
                  "export": self.tr("Cannot export the model")}
        title = titles[action]
        QMessageBox.warning(self, title, message)

    @Slot(object)
    def _on_model_changed(self, model) -> None:
        if model is None:
            self._model_label.setText(self.tr("No model loaded"))
        else:
            self._model_label.setText(self.tr("Model: {0}").format(
                describe_model(model)))
        self._update_actions()

    @Slot()
    def _update_actions(self, *_args) -> None:
        idle = not self._model_files.busy
        self._open_action.setEnabled(idle)
        self._save_action.setEnabled(idle and self.state.model is not None)
        self._export_action.setEnabled(idle and self.state.model is not None)

    # ----------------------------------------------------------------- view and help
    @Slot(bool)
    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Neural Network Playground"), self.about_text())

    def about_text(self) -> str:
        import platform

        import numpy
        import pyqtgraph
        import PySide6
        import scipy
        from PySide6.QtCore import qVersion

        versions = [("Python", platform.python_version()), ("Qt", qVersion()),
                    ("PySide6", PySide6.__version__), ("NumPy", numpy.__version__),
                    ("SciPy", scipy.__version__), ("pyqtgraph", pyqtgraph.__version__)]
        rows = "".join(f"<tr><td>{name}</td><td>&nbsp;{version}</td></tr>" for name, version in versions)
        title = self.tr("Neural Network Playground")
        tagline = self.tr("See and touch what the classic neural-network books describe.")
        data = self.tr("Data")
        mnist = self.tr("MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, "
                        "licensed under CC BY-SA 3.0.")
        fashion = self.tr("Fashion-MNIST, MIT licence, Copyright (c) 2017 Zalando SE.")
        return (f"<h3>{title} {__version__}</h3><p>{tagline}</p><table>{rows}</table>"
                f"<p><b>{data}</b><br>{mnist}<br>{fashion}</p>")

    # ----------------------------------------------------------------- settings and closing
    def _settings(self) -> QSettings:
        return QSettings()

    def _restore_settings(self) -> None:
        settings = self._settings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        last = settings.value("main_window/page", self._pages[0].id)
        self._nav.setCurrentRow(self.page_ids.index(last) if last in self.page_ids else 0)

    def _save_settings(self) -> None:
        settings = self._settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/page", self.current_page_id())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_settings()
        for panel in self._pages_view.built_pages():
            shutdown = getattr(panel, "shutdown", None)
            if callable(shutdown):
                shutdown()
        self._model_files.shutdown()
        event.accept()
