"""The shared "one colour scale / a scale per tile" switch of the weight views."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget


class ScaleChoice(QComboBox):
    """``per_tile`` is True when every tile is stretched to its own largest |weight|."""

    per_tile_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("One scale for all tiles"))
        self.addItem(self.tr("Each tile its own scale"))
        self.setToolTip(self.tr("One scale lets you compare tiles; a scale per tile shows the pattern "
                                "of faint tiles too"))
        self.currentIndexChanged.connect(lambda _index: self.per_tile_changed.emit(self.per_tile))

    @property
    def per_tile(self) -> bool:
        return self.currentIndex() == 1

    def bar_label(self) -> str:
        return self.tr("weight ÷ tile's largest |weight|") if self.per_tile else self.tr("weight")
