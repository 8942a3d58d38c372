"""Load a person's own files on the Your classes page: choose or drop them, watch the loading, see what was skipped.

The box only asks and shows: the panel runs the loading in its worker and hands the result back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.data.owndata import OwnData
from ..common.skip_reasons import skip_reason


class LoadBox(QWidget):
    """Signals ``pathsChosen(list)`` (a folder, a CSV, or an IDX pair) and ``cancelRequested()``."""

    pathsChosen = Signal(list)
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder_button = QPushButton(self.tr("Open a folder…"))
        self.folder_button.setToolTip(self.tr("A folder with one sub-folder per class (shapes/circle/*.png), "
                                              "or pictures named like my_own_3.png"))
        self.files_button = QPushButton(self.tr("Open a CSV file or an IDX pair…"))
        self.files_button.setToolTip(self.tr("A CSV file (a label column of numbers or names, then 784 pixels) "
                                             "or an IDX images file together with its labels file"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.hint = QLabel(self.tr("Or drop a folder, a CSV file or an IDX pair anywhere on this page."))
        self.hint.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.skipped = QTreeWidget()
        self.skipped.setHeaderLabels([self.tr("Skipped file"), self.tr("Reason")])
        self.skipped.setRootIsDecorated(False)
        self.skipped.setColumnWidth(0, 220)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.files_button)
        buttons.addStretch(1)
        loading = QHBoxLayout()
        loading.addWidget(self.progress, 1)
        loading.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addLayout(loading)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped, 1)
        self.folder_button.clicked.connect(self._choose_folder)
        self.files_button.clicked.connect(self._choose_files)
        self.cancel_button.clicked.connect(self.cancelRequested)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of your own pictures"), str(Path.home()))
        if folder:
            self.pathsChosen.emit([folder])

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("A CSV file, or an IDX images file and its labels file"), str(Path.home()),
            self.tr("CSV or IDX files (*.csv *-ubyte *-ubyte.gz *.idx *.gz);;All files (*)"))
        if paths:
            self.pathsChosen.emit(paths)

    def set_loading(self, what: str) -> None:
        """Show that ``what`` is being loaded; the buttons wait and Cancel becomes available."""
        self.progress.setValue(0)
        self.summary.setText(self.tr("Loading %1…").replace("%1", what))
        self.skipped.clear()
        self._set_busy(True)

    def set_progress(self, fraction: float) -> None:
        self.progress.setValue(round(100 * fraction))

    def _set_busy(self, busy: bool) -> None:
        self.folder_button.setEnabled(not busy)
        self.files_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def show_result(self, what: str, own: OwnData) -> None:
        """The loaded set's size and every file or row that was skipped, with its reason."""
        self._set_busy(False)
        self.progress.setValue(100)
        text = self.tr("%1: %2 pictures in %3 classes.").replace("%1", what).replace(
            "%2", str(len(own.labels))).replace("%3", str(len(own.class_names)))
        if own.skipped:
            text += " " + self.tr("%1 skipped (listed below).").replace("%1", str(len(own.skipped)))
        self.summary.setText(text)
        self.skipped.clear()
        for skipped in own.skipped:
            path = skipped.where
            name = Path(path).name if Path(path).exists() else path
            reason = skip_reason(skipped)
            item = QTreeWidgetItem([name, reason])
            item.setToolTip(0, path)
            item.setToolTip(1, reason)
            self.skipped.addTopLevelItem(item)

    def show_message(self, message: str) -> None:
        """Loading ended without a result (an error, or stopped): say why."""
        self._set_busy(False)
        self.progress.setValue(0)
        self.summary.setText(message)
