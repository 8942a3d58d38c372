"""PNG of a plot and CSV of its numbers, asked for with two buttons and saved atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from ...engine.atomic import write_atomically
from ...engine.inspection.tables import write_csv

Table = tuple[Sequence[str], list[Sequence]]


def save_png(widget: QWidget, path: str) -> None:
    """The widget as it is on screen, as a PNG file (OSError when it cannot be written)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise OSError("the picture could not be encoded")
    data = bytes(buffer.data())
    write_atomically(path, lambda handle: handle.write(data))


class ExportButtons(QWidget):
    """"PNG…" saves ``plot()``, "CSV…" saves ``table()`` (header, rows); ``name`` is the file stem."""

    def __init__(self, name: str, plot: Callable[[], QWidget], table: Callable[[], Table],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name, self._plot, self._table = name, plot, table
        self.png = QPushButton(self.tr("PNG…"))
        self.png.setToolTip(self.tr("Save this plot as a PNG picture"))
        self.png.clicked.connect(lambda: self._ask(self.tr("PNG pictures (*.png)"), ".png", self.save_png))
        self.csv = QPushButton(self.tr("CSV…"))
        self.csv.setToolTip(self.tr("Save the numbers behind this plot as a CSV table"))
        self.csv.clicked.connect(lambda: self._ask(self.tr("CSV tables (*.csv)"), ".csv", self.save_csv))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.png)
        layout.addWidget(self.csv)

    def save_png(self, path: str) -> None:
        save_png(self._plot(), path)

    def save_csv(self, path: str) -> None:
        header, rows = self._table()
        write_csv(path, header, rows)

    def _ask(self, filter_text: str, suffix: str, save: Callable[[str], None]) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(Path.home() / f"{self._name}{suffix}"),
                                              filter_text)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            save(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot export"),
                                self.tr("Could not write {0}: {1}").format(path, error.strerror or error))
