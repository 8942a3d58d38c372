"""A seeded random walk over every page of the main window, as a clumsy person would use it.

    python -m scripts.ui_walk [--actions 10000] [--seed 0]

Each action clicks a button, sets a spin box at or beyond its limits, picks a combo entry, ticks a
box, moves a slider, types into a line edit, draws a stroke on a pad or switches page. File
dialogs, message boxes and modal dialogs are stubbed so nothing waits for a person. The walk
counts the actions of each kind, the exceptions raised in slots, and the longest time the event
loop was held by one action with the events it caused (a stall over a second is a GUI that
blocks); it prints them and exits non-zero on an exception or a stall.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QWidget,
)

STALL_LIMIT_SECONDS = 1.0


@dataclass
class WalkReport:
    """What a walk did and what went wrong."""

    actions: collections.Counter = field(default_factory=collections.Counter)
    exceptions: list[str] = field(default_factory=list)
    longest_action: float = 0.0
    longest_action_name: str = ""

    @property
    def stalled(self) -> bool:
        return self.longest_action > STALL_LIMIT_SECONDS

    def summary(self) -> str:
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.actions.items()))
        return (f"{sum(self.actions.values())} actions ({kinds}); {len(self.exceptions)} exceptions; "
                f"longest action {1000 * self.longest_action:.0f} ms ({self.longest_action_name})")


@contextmanager
def no_waiting_for_a_person() -> Iterator[None]:
    """Stub every dialog that would wait for a person: cancelled file dialogs, 'OK' / 'No' answers."""
    stubs = {
        (QFileDialog, "getOpenFileName"): staticmethod(lambda *a, **k: ("", "")),
        (QFileDialog, "getOpenFileNames"): staticmethod(lambda *a, **k: ([], "")),
        (QFileDialog, "getSaveFileName"): staticmethod(lambda *a, **k: ("", "")),
        (QFileDialog, "getExistingDirectory"): staticmethod(lambda *a, **k: ""),
        (QMessageBox, "information"): staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok),
        (QMessageBox, "warning"): staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok),
        (QMessageBox, "critical"): staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok),
        (QMessageBox, "question"): staticmethod(lambda *a, **k: QMessageBox.StandardButton.No),
        (QInputDialog, "getText"): staticmethod(lambda *a, **k: ("", False)),
        (QInputDialog, "getInt"): staticmethod(lambda *a, **k: (0, False)),
        (QInputDialog, "getDouble"): staticmethod(lambda *a, **k: (0.0, False)),
        (QInputDialog, "getItem"): staticmethod(lambda *a, **k: ("", False)),
        (QDialog, "exec"): lambda self, *a: QDialog.DialogCode.Rejected,
        (QMessageBox, "exec"): lambda self, *a: QMessageBox.StandardButton.Ok,
        (QMenu, "exec"): lambda self, *a, **k: None,
    }
    saved = {key: key[0].__dict__.get(key[1]) for key in stubs}
    for (owner, name), stub in stubs.items():
        setattr(owner, name, stub)
    try:
        yield
    finally:
        for (owner, name), original in saved.items():
            if original is None:
                delattr(owner, name)
            else:
                setattr(owner, name, original)


@contextmanager
def exceptions_recorded(report: WalkReport) -> Iterator[None]:
    """Exceptions raised in Qt slots reach ``sys.excepthook``: record them instead of printing."""
    previous = sys.excepthook
    sys.excepthook = lambda kind, value, tb: report.exceptions.append(
        "".join(traceback.format_exception(kind, value, tb)))
    try:
        yield
    finally:
        sys.excepthook = previous


def _usable(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def _controls(page: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QAbstractSlider, QLineEdit)
    found = [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and _usable(w)]
    return [w for w in found if not isinstance(w, QLineEdit) or not isinstance(w.parent(), QAbstractSpinBox)]


def _pads(page: QWidget) -> list[QWidget]:
    from playground.gui.common.pad import DrawingPad

    return [pad for pad in page.findChildren(DrawingPad) if _usable(pad)]


def _act_on(widget: QWidget, rng: np.random.Generator) -> str:
    if isinstance(widget, QComboBox):
        if widget.count():
            widget.setCurrentIndex(int(rng.integers(widget.count())))
        return "combo"
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        low, high = widget.minimum(), widget.maximum()
        span = high - low
        choice = rng.integers(5)
        value = (low, high, low - span - 1, high + span + 1, low + rng.random() * span)[choice]
        if isinstance(widget, QSpinBox):
            widget.setValue(int(np.clip(value, -2**31, 2**31 - 1)))  # beyond the limits, inside an int
        else:
            widget.setValue(float(value))
        return "spin box"
    if isinstance(widget, QAbstractSlider):
        widget.setValue(int(rng.integers(widget.minimum(), widget.maximum() + 1)))
        return "slider"
    if isinstance(widget, QLineEdit):
        if not widget.isReadOnly():
            widget.setText(rng.choice(["", "0", "-1", "1e9", "nan", "abc", "3.5", "circle, ☺"]))
            widget.editingFinished.emit()
        return "line edit"
    if isinstance(widget, QAbstractButton):
        widget.click()
        return "checkbox" if widget.isCheckable() else "button"
    return "other"


def _stroke(pad: QWidget, rng: np.random.Generator) -> None:
    size = np.array([max(pad.width(), 2), max(pad.height(), 2)])
    points = (rng.random((int(rng.integers(2, 12)), 2)) * size).astype(int)
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for point in points[1:]:
        QTest.mouseMove(pad, QPoint(*point))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def walk(window, actions: int, seed: int = 0, report: WalkReport | None = None) -> WalkReport:
    """Run ``actions`` random actions on ``window`` (a shown MainWindow) and report what happened."""
    rng = np.random.default_rng(seed)
    report = report or WalkReport()
    app = QApplication.instance()
    pages = window.page_ids
    with no_waiting_for_a_person(), exceptions_recorded(report):
        for _ in range(actions):
            started = time.perf_counter()
            page = window.panel(window.current_page_id())
            roll = rng.random()
            if roll < 0.04 or page is None:
                window.show_page(pages[int(rng.integers(len(pages)))])
                kind, name = "page switch", window.current_page_id()
            elif roll < 0.12 and _pads(page):
                pads = _pads(page)
                _stroke(pads[int(rng.integers(len(pads)))], rng)
                kind, name = "stroke", "pad"
            else:
                controls = _controls(page)
                if not controls:
                    continue
                widget = controls[int(rng.integers(len(controls)))]
                name = f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')() or widget.objectName()}"
                kind = _act_on(widget, rng)
            app.processEvents()
            elapsed = time.perf_counter() - started
            report.actions[kind] += 1
            if elapsed > report.longest_action:
                report.longest_action, report.longest_action_name = elapsed, f"{window.current_page_id()}: {name}"
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    from playground.gui.app import create_application, create_main_window

    app = create_application([])
    window = create_main_window()
    window.show()
    app.processEvents()
    report = walk(window, args.actions, args.seed)
    window.close()
    print(report.summary())
    for text in report.exceptions[:5]:
        print(text)
    return 1 if report.exceptions or report.stalled else 0


if __name__ == "__main__":
    sys.exit(main())
