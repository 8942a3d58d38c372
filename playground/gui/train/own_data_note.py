"""What the Train page made of a person's own files: the examples per class and every file it skipped.

The run's status line changes with every epoch, so the note about the data stays in a widget of
its own: the count and the first few skipped files in a sentence (the first sixty in its tooltip),
and every one of them, with its reason, in a list the person opens with a button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.data.skips import Skipped
from ..common.skip_reasons import skip_reason
from .records import OwnDataReport

SHOWN_SKIPPED = 3  # skipped files named in the sentence
LISTED_SKIPPED = 60  # named in the tooltip: a taller one would not fit on the screen
LIST_HEIGHT = 140


def _skipped_line(skipped: Skipped) -> str:
    return f"{Path(skipped.where).name or skipped.where}: {skip_reason(skipped)}"


class OwnDataNote(QWidget):
    """Hidden until a run reads a person's own files; then their class counts and what was skipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_all = QToolButton()
        self.show_all.setText(self.tr("All skipped files"))
        self.show_all.setToolTip(self.tr("List every file that was skipped, with the reason"))
        self.show_all.setCheckable(True)
        self.skipped_list = QTreeWidget()
        self.skipped_list.setHeaderLabels([self.tr("Skipped file"), self.tr("Reason")])
        self.skipped_list.setRootIsDecorated(False)
        self.skipped_list.setColumnWidth(0, 200)
        self.skipped_list.setMaximumHeight(LIST_HEIGHT)
        self.skipped_list.hide()
        self.show_all.toggled.connect(self.skipped_list.setVisible)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.skipped_list)
        self.hide()

    def show_report(self, report: OwnDataReport) -> None:
        counts = ", ".join(f"{name} {count}" for name, count in zip(report.class_names, report.counts))
        lines = [self.tr("{0}: {1} pictures in {2} classes ({3}).").format(
            report.name, report.examples, len(report.class_names), counts)]
        if report.skipped:
            first = "; ".join(_skipped_line(s) for s in report.skipped[:SHOWN_SKIPPED])
            more = len(report.skipped) - SHOWN_SKIPPED
            lines.append(self.tr("{0} skipped: {1}").format(len(report.skipped), first)
                         + (" " + self.tr("… and {0} more").format(more) if more > 0 else ""))
        if report.few_examples:
            lines.append(self.tr("Fewer than 5 examples: {0}").format(", ".join(report.few_examples)))
        if report.imbalanced:
            lines.append(self.tr("The classes are imbalanced (10:1 or more): the network will favour the "
                                 "larger ones."))
        self.summary.setText("\n".join(lines))
        listed = [_skipped_line(s) for s in report.skipped[:LISTED_SKIPPED]]
        if len(report.skipped) > LISTED_SKIPPED:
            listed.append(self.tr("… and {0} more").format(len(report.skipped) - LISTED_SKIPPED))
        self.summary.setToolTip("\n".join([self.tr("Skipped files and why:"), *listed]) if listed
                                else self.tr("Every file was used."))
        self.summary.setStyleSheet("QLabel { color: #8a5a00; }" if report.skipped or report.few_examples or report.imbalanced else "")
        self.skipped_list.clear()
        for skipped in report.skipped:
            reason = skip_reason(skipped)
            item = QTreeWidgetItem([Path(skipped.where).name or skipped.where, reason])
            item.setToolTip(0, skipped.where)
            item.setToolTip(1, reason)
            self.skipped_list.addTopLevelItem(item)
        self.show_all.setVisible(bool(report.skipped))
        self.show_all.setChecked(False)
        self.show()

    def clear_report(self) -> None:
        self.summary.clear()
        self.summary.setToolTip("")
        self.skipped_list.clear()
        self.show_all.setChecked(False)
        self.hide()
