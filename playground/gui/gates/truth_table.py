"""A live truth table with a right/wrong mark per row, and the banner that says "solved"."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem

RIGHT_MARK, WRONG_MARK = "✓", "✗"
RIGHT_COLOR, WRONG_COLOR = QColor(30, 130, 60), QColor(200, 40, 40)
HIGHLIGHT = QColor(255, 240, 170)


class TruthTable(QTableWidget):
    """Four rows of read-only cells; the last column holds the mark.

    ``headers`` may use rich text symbols (x₁...). Cells are plain strings set by ``set_rows``.
    """

    def __init__(self, headers: Sequence[str], tooltip: str, parent=None) -> None:
        super().__init__(4, len(headers) + 1, parent)
        self.setHorizontalHeaderLabels([*headers, ""])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(28)
        self.setToolTip(tooltip)
        mark_font = QFont(self.font())
        mark_font.setPointSizeF(mark_font.pointSizeF() * 1.3)
        mark_font.setBold(True)
        self._mark_font = mark_font
        for row in range(4):
            for column in range(self.columnCount()):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        height = self.horizontalHeader().sizeHint().height() + 4 * 28 + 2 * self.frameWidth()
        self.setFixedHeight(height)
        self._highlighted = -1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text, the spare width shared out evenly."""
        header_metrics = self.horizontalHeader().fontMetrics()
        natural = []
        for column in range(self.columnCount()):
            header = self.horizontalHeaderItem(column)
            width = header_metrics.horizontalAdvance(header.text() if header else "")
            for row in range(self.rowCount()):
                item = self.item(row, column)
                font = item.font() if item.text() else self.font()
                width = max(width, self.fontMetrics().horizontalAdvance(item.text())
                            if font == self.font() else QFontMetrics(font).horizontalAdvance(item.text()))
            natural.append(width + 14)
        spare = max(0, self.viewport().width() - sum(natural)) // self.columnCount()
        for column, width in enumerate(natural):
            self.setColumnWidth(column, width + spare)

    def set_rows(self, cells: Sequence[Sequence[str]], right: Sequence[bool]) -> None:
        """Fill the four rows; ``right[i]`` chooses the mark of row i."""
        mark_column = self.columnCount() - 1
        for row, (values, ok) in enumerate(zip(cells, right)):
            for column, text in enumerate(values):
                self.item(row, column).setText(text)
            mark = self.item(row, mark_column)
            mark.setText(RIGHT_MARK if ok else WRONG_MARK)
            mark.setForeground(QBrush(RIGHT_COLOR if ok else WRONG_COLOR))
            mark.setFont(self._mark_font)
        self._fit_columns()

    def highlight_row(self, row: int) -> None:
        """Tint one row (the sample the learning rule looks at); -1 clears."""
        self._highlighted = row
        for r in range(4):
            brush = QBrush(HIGHLIGHT) if r == row else QBrush()
            for column in range(self.columnCount()):
                self.item(r, column).setBackground(brush)

    def column_texts(self, column: int) -> list[str]:
        return [self.item(row, column).text() for row in range(4)]

    def marks(self) -> list[str]:
        return self.column_texts(self.columnCount() - 1)


class SolvedBanner(QLabel):
    """Green "solved" when every row is right, otherwise how many rows are right."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(38)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.setFont(font)
        self.setToolTip(self.tr("Turns green when all four rows give the expected output"))
        self.solved = False

    def show_result(self, right: int, gate: str) -> None:
        self.solved = right == 4
        if self.solved:
            self.setText(self.tr("✓ Solved: this is {0}").format(gate))
            colors = "background: #2e9b4f; color: white;"
        else:
            self.setText(self.tr("{0} of 4 rows right for {1}").format(right, gate))
            colors = "background: palette(alternate-base); color: palette(text);"
        self.setStyleSheet(f"QLabel {{ {colors} border-radius: 6px; padding: 4px; }}")
