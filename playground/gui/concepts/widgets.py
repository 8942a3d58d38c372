"""Small building blocks shared by the Concepts pages: labelled plots, explanations, status lines."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractScrollArea, QDoubleSpinBox, QHeaderView, QLabel, QSizePolicy, QSpinBox,
                               QTableWidget, QWidget)

# Distinct, colour-blind-friendly line colours (Okabe-Ito), in the order curves are added.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
ERROR_STYLE = "color: #b00020;"
GOOD_STYLE = "color: #1b7a2b;"


def labelled_plot(title: str, x_label: str, y_label: str, parent: QWidget | None = None) -> pg.PlotWidget:
    """A white-background PlotWidget with a title, axis labels and a light grid."""
    plot = pg.PlotWidget(parent=parent, background="w")
    plot.setTitle(title, color="#222")
    plot.setLabel("bottom", x_label)
    plot.setLabel("left", y_label)
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setMenuEnabled(False)
    return plot


def explanation(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapping paragraph of explanatory text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def read_only_table(headers: list[str], tooltip: str) -> QTableWidget:
    """A non-editable table whose height follows its rows instead of filling the page with blank space."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    table.setToolTip(tooltip)
    return table


def set_status(label: QLabel, text: str, kind: str = "plain") -> None:
    """Show ``text`` in ``label``, in red for ``"error"``, green for ``"good"``, plain otherwise."""
    label.setText(text)
    label.setStyleSheet({"error": ERROR_STYLE, "good": GOOD_STYLE}.get(kind, ""))


def number(value: float, digits: int = 4) -> str:
    """A value for display: fixed digits for ordinary sizes, scientific for tiny or huge, nan/inf as such."""
    if not math.isfinite(value):
        return str(value)
    if value != 0 and (abs(value) < 10 ** -digits or abs(value) >= 1e6):
        return f"{value:.{max(digits - 1, 1)}e}"
    return f"{value:.{digits}f}"


def double_spin(minimum: float, maximum: float, value: float, step: float, decimals: int,
                tooltip: str) -> QDoubleSpinBox:
    """A QDoubleSpinBox configured in the order Qt needs (decimals before value, or it rounds)."""
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(minimum, maximum)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setToolTip(tooltip)
    return spin


def int_spin(minimum: int, maximum: int, value: int, tooltip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setValue(value)
    spin.setToolTip(tooltip)
    return spin
