"""What the panel shows without a model: how to get one, and the shipped models one click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...paths import MODELS_DIR

BUTTONS_PER_ROW = 4
COLUMN_WIDTH = 640


def shipped_models(folder: Path = MODELS_DIR) -> list[Path]:
    return sorted(folder.glob("*.npz")) if folder.is_dir() else []


class NoModelPage(QWidget):
    """A hint plus one button per ``models/*.npz``; ``load_requested(path)`` when one is clicked."""

    load_requested = Signal(str)

    def __init__(self, folder: Path = MODELS_DIR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        heading = QLabel(self.tr("No model loaded"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        self.hint = QLabel(self.tr(
            "The Weights panel looks inside a trained network. Train one on the Train panel, open a model "
            "file with File ▸ Open model…, or load one of the models that come with the playground:"))
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.buttons: list[QPushButton] = []
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(self.hint)
        column.addLayout(self._grid)
        column.addWidget(self.status)
        for label in (self.hint, self.status):
            label.setFixedWidth(COLUMN_WIDTH)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.refresh()

    def refresh(self) -> None:
        """List the model files again (a model may have been saved into the folder meanwhile)."""
        for button in self.buttons:
            self._grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        for n, path in enumerate(shipped_models(self._folder)):
            button = QPushButton(path.stem)
            button.setToolTip(self.tr("Load {0} as the current model").format(path))
            button.setMinimumWidth(140)
            button.setMinimumHeight(32)
            button.clicked.connect(lambda _checked=False, p=str(path): self.load_requested.emit(p))
            self._grid.addWidget(button, n // BUTTONS_PER_ROW, n % BUTTONS_PER_ROW)
            self.buttons.append(button)
        self.status.setText("" if self.buttons else
                            self.tr("No model files were found in {0}.").format(self._folder))

    def set_busy(self, busy: bool, message: str = "") -> None:
        for button in self.buttons:
            button.setEnabled(not busy)
        self.status.setText(message)
