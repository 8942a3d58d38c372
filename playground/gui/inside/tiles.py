"""A tile: a caption over a large "original → modified" figure."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Tile(QFrame):
    """``value`` holds the figure as text, so tests and screen readers see what is shown."""

    def __init__(self, caption: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        self.setToolTip(tooltip)

    def show_change(self, before: str, after: str) -> None:
        self.value.setText(f"{before} → {after}")

    def text(self) -> str:
        return self.value.text()
