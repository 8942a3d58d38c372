"""Gradient descent on a 2-D surface, and the optimizer race from one starting point."""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine.concepts.descent import (
    DIVERGENCE_BOUND,
    RACE_LEARNING_RATES,
    RACE_TITLES,
    Path,
    Walker,
    race_walkers,
)
from ...engine.concepts.surfaces import SURFACES, Surface, gradient_field
from ...engine.optimizers import SGD
from ..common.widgets import RateSpinBox
from .surface_plot import SurfacePlot
from .widgets import PALETTE, explanation, int_spin, number, read_only_table, set_status

GRID_SIZE = 160
ARROWS_ACROSS = 16
DESCENT_MAX_STEPS = 3000
RACE_MAX_STEPS = 1000
TICK_MS = 30
TICK_BUDGET_S = 0.012  # walking work per timer tick, so the window stays responsive however long the walk
ANIMATION_TICKS = 40  # an animated walk is drawn in about this many ticks (a little over a second)
# Saito ch. 4's examples of a rate that is too large and one that is too small.
TOO_LARGE_RATE = 10.0
TOO_SMALL_RATE = 1e-10
DESCENT_COLOUR = PALETTE[1]
RACE_COLOURS = {name: PALETTE[i] for i, name in enumerate(RACE_LEARNING_RATES)}


def arrow_grid(surface: Surface) -> tuple[np.ndarray, np.ndarray]:
    """Arrow feet on a square-spaced grid over the view, and downhill vectors (-gradient) in data units.

    Lengths grow with the cube root of the gradient's size: steep and flat regions both stay readable.
    """
    (x0, x1), (y0, y1) = surface.x_range, surface.y_range
    spacing = max(x1 - x0, y1 - y0) / ARROWS_ACROSS
    xs = np.arange(x0 + spacing / 2, x1, spacing)
    ys = np.arange(y0 + spacing / 2, y1, spacing)
    points = np.stack(np.meshgrid(xs, ys), axis=-1).reshape(-1, 2)
    downhill = -gradient_field(surface, points)
    size = np.linalg.norm(downhill, axis=1, keepdims=True)
    largest = float(size.max()) or 1.0
    scale = 0.85 * spacing * np.cbrt(size / largest)
    return points, np.divide(downhill, size, out=np.zeros_like(downhill), where=size > 0) * scale


class DescentPage(QWidget):
    """Surface with gradient arrows on the left; descent and race controls on the right.

    Walks are stepped by a timer in small time-boxed chunks and drawn as they grow; ``finished``
    is emitted when every walker has taken its steps or diverged.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._walkers: dict[str, Walker] = {}
        self._target_steps = 0
        self._steps_per_tick = 1
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._advance)
        self.surface_titles = {"sphere": self.tr("Round bowl"), "elongated": self.tr("Elongated bowl"),
                               "rosenbrock": self.tr("Rosenbrock valley"), "saddle": self.tr("Saddle")}
        self.surface_notes = {
            "sphere": self.tr("Deep Learning from Scratch ch. 4: every arrow points straight at the "
                              "minimum (0, 0)."),
            "elongated": self.tr("Deep Learning from Scratch ch. 6: steep across, flat along. Plain "
                                 "gradient descent zig-zags; the arrows do not point at the minimum."),
            "rosenbrock": self.tr("A narrow curved valley with its minimum at (1, 1): easy to fall into, "
                                  "slow to follow. Plain descent needs thousands of steps along the floor."),
            "saddle": self.tr("No minimum: downhill along x0 to the saddle point (0, 0), then away "
                              "along x1 for ever."),
        }
        self.plot = SurfacePlot(self.tr("f(x0, x1), arrows point downhill (−gradient)"), "x0", "x1")
        self.plot.setToolTip(self.tr("Click to start the descent from that point. Arrow length grows with "
                                     "the gradient's size (cube-root scale)."))
        self.plot.path("descent", DESCENT_COLOUR)
        for name, colour in RACE_COLOURS.items():
            self.plot.path(name, colour, RACE_TITLES[name])
        self.hover_label = QLabel(self.tr("Move the mouse over the plot to read f."))
        self.plot.hovered.connect(self._show_hover)
        self.plot.clicked.connect(self.set_start)

        self.surface_combo = QComboBox()
        for key in SURFACES:
            self.surface_combo.addItem(self.surface_titles[key], key)
        self.surface_combo.setToolTip(self.tr("The function to walk down."))
        self.formula_label = QLabel()
        self.note_label = explanation("")
        self.start_label = QLabel()
        self.animate_box = QCheckBox(self.tr("Animate the walk"))
        self.animate_box.setChecked(True)
        self.animate_box.setToolTip(self.tr("Draw the path step by step instead of all at once."))
        self.animate_box.toggled.connect(self.recompute)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_descent_tab(), self.tr("Gradient descent"))
        self.tabs.addTab(self._build_race_tab(), self.tr("Optimizer race"))
        self.tabs.setTabToolTip(0, self.tr("One walker: x ← x − η ∇f(x)."))
        self.tabs.setTabToolTip(1, self.tr("SGD, Momentum, AdaGrad, RMSprop and Adam from the same start."))

        side = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Surface:"), self.surface_combo)
        side.addLayout(form)
        side.addWidget(self.formula_label)
        side.addWidget(self.note_label)
        side.addWidget(self.start_label)
        side.addWidget(self.animate_box)
        side.addWidget(self.tabs, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(460)
        left = QVBoxLayout()
        left.addWidget(self.plot, 1)
        left.addWidget(self.hover_label)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(side_widget)

        self.surface_combo.currentIndexChanged.connect(self._surface_changed)
        self.tabs.currentChanged.connect(self.recompute)
        self._surface_changed()

    # ----------------------------------------------------------------- construction
    def _build_descent_tab(self) -> QWidget:
        self.rate_spin = RateSpinBox(1e-12, 100.0, 0.1, self.tr("Learning rate η: how far each step goes along the "
                                                  "negative gradient. Arrows double or halve it."), doubling=True)
        self.steps_spin = int_spin(1, DESCENT_MAX_STEPS, 100, self.tr("How many steps to take."))
        book = QPushButton(self.tr("Good rate"))
        book.setToolTip(self.tr("Use a rate that works well on this surface."))
        book.clicked.connect(lambda: self.rate_spin.setValue(self.surface.learning_rate))
        large = QPushButton(self.tr("Too large (10)"))
        large.setToolTip(self.tr("The book's example of a rate that is too large: the steps overshoot."))
        large.clicked.connect(lambda: self.rate_spin.setValue(TOO_LARGE_RATE))
        small = QPushButton(self.tr("Too small (1e-10)"))
        small.setToolTip(self.tr("The book's example of a rate that is too small: nothing moves."))
        small.clicked.connect(lambda: self.rate_spin.setValue(TOO_SMALL_RATE))
        self.rate_spin.valueChanged.connect(self.recompute)
        self.steps_spin.valueChanged.connect(self.recompute)
        self.descent_status = QLabel()
        self.descent_status.setWordWrap(True)
        self.descent_status.setAlignment(Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Learning rate η:"), self.rate_spin)
        form.addRow(self.tr("Steps:"), self.steps_spin)
        buttons = QHBoxLayout()
        for button in (book, large, small):
            buttons.addWidget(button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.descent_status, 1)
        return tab

    def _build_race_tab(self) -> QWidget:
        self.race_steps_spin = int_spin(1, RACE_MAX_STEPS, 30, self.tr("How many steps every optimizer takes."))
        self.race_steps_spin.valueChanged.connect(self.recompute)
        self.race_table = read_only_table([self.tr("optimizer"), self.tr("learning rate"), self.tr("final f")],
                                          self.tr("Each optimizer's rate and the value of f where it ended."))
        self.race_table.setRowCount(len(RACE_LEARNING_RATES))
        self.race_table.verticalHeader().setVisible(False)
        self.race_rates: dict[str, RateSpinBox] = {}
        for row, (name, rate) in enumerate(RACE_LEARNING_RATES.items()):
            title = QTableWidgetItem("■ " + RACE_TITLES[name])
            title.setForeground(QColor(RACE_COLOURS[name]))
            self.race_table.setItem(row, 0, title)
            spin = RateSpinBox(1e-12, 100.0, rate, self.tr("Learning rate of {0}.").format(RACE_TITLES[name]),
                               doubling=True)
            spin.valueChanged.connect(self.recompute)
            self.race_table.setCellWidget(row, 1, spin)
            self.race_rates[name] = spin
            self.race_table.setItem(row, 2, QTableWidgetItem(""))
        book = QPushButton(self.tr("Book's rates"))
        book.setToolTip(self.tr("Deep Learning from Scratch fig. 6-8: SGD 0.95, Momentum 0.1, AdaGrad 1.5, "
                                "Adam 0.3 (RMSprop 0.1)."))
        book.clicked.connect(self._book_race_rates)
        self.race_status = QLabel()
        self.race_status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Steps:"), self.race_steps_spin)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.race_table)
        layout.addWidget(book)
        layout.addWidget(self.race_status)
        layout.addStretch(1)
        return tab

    # ----------------------------------------------------------------- state
    @property
    def surface(self) -> Surface:
        return SURFACES[self.surface_combo.currentData()]

    @property
    def racing(self) -> bool:
        return self.tabs.currentIndex() == 1

    def _surface_changed(self) -> None:
        surface = self.surface
        self.formula_label.setText(f"<b>{surface.formula}</b>")
        self.note_label.setText(self.surface_notes[surface.key])
        xs, ys, values = surface.grid(GRID_SIZE)
        self.plot.set_surface(xs, ys, values)
        self.plot.set_arrows(*arrow_grid(surface))
        self.plot.set_minimum(surface.minimum)
        self._start = np.array(surface.start)
        for spin, value in ((self.rate_spin, surface.learning_rate), (self.steps_spin, surface.steps),
                            (self.race_steps_spin, min(surface.steps, RACE_MAX_STEPS))):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.recompute()

    def _book_race_rates(self) -> None:
        for name, spin in self.race_rates.items():
            spin.blockSignals(True)
            spin.setValue(RACE_LEARNING_RATES[name])
            spin.blockSignals(False)
        self.recompute()

    def set_start(self, x: float, y: float) -> None:
        """Start the walk (or race) from (x, y): what a click on the plot does."""
        self._start = np.array([x, y])
        self.recompute()

    # ----------------------------------------------------------------- walking
    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def recompute(self) -> None:
        """Start new walkers from the current start with the current settings."""
        start = self._start
        self.plot.set_start(*start)
        self.start_label.setText(self.tr("Start: ({0}, {1}); f = {2}. Click the plot to move it.").format(
            number(start[0], 3), number(start[1], 3), number(float(self.surface.value(start)))))
        self.plot.set_path_visible("descent", not self.racing)
        for name in RACE_LEARNING_RATES:
            self.plot.set_path_visible(name, self.racing)
        if self.racing:
            rates = {name: spin.value() for name, spin in self.race_rates.items()}
            self._walkers = race_walkers(self.surface, start, rates)
            self._target_steps = self.race_steps_spin.value()
            set_status(self.race_status, self.tr("Racing…"))
        else:
            self._walkers = {"descent": Walker(self.surface, SGD(self.rate_spin.value()), start)}
            self._target_steps = self.steps_spin.value()
            set_status(self.descent_status, self.tr("Walking…"))
        animate = self.animate_box.isChecked()
        self._steps_per_tick = math.ceil(self._target_steps / ANIMATION_TICKS) if animate else self._target_steps
        self._advance()
        if not self._done():
            self.timer.start()

    def _done(self) -> bool:
        return all(w.diverged or w.steps_taken >= self._target_steps for w in self._walkers.values())

    def _advance(self) -> None:
        """One tick: a few more steps for every walker, within the tick's time budget; then redraw."""
        deadline = time.perf_counter() + TICK_BUDGET_S
        for walker in self._walkers.values():
            goal = min(self._target_steps, walker.steps_taken + self._steps_per_tick)
            while walker.steps_taken < goal and time.perf_counter() < deadline and walker.step():
                pass
        paths = {key: walker.path() for key, walker in self._walkers.items()}
        for key, path in paths.items():
            self.plot.set_path(key, path.points)
        if self.racing:
            self._show_race(paths)
        if self._done():
            self.timer.stop()
            if self.racing:
                self._show_race_winner(paths)
            else:
                self._show_descent(paths["descent"])
            self.finished.emit()

    def _show_descent(self, path: Path) -> None:
        self.last_path = path
        if path.diverged:
            set_status(self.descent_status, self.tr(
                "Diverged after {0} steps: the values grew past {1}, so the walk was stopped. Each step "
                "overshoots the valley and lands higher up the other side: the learning rate is too "
                "large for this surface.").format(path.steps_taken, number(DIVERGENCE_BOUND, 0)), "error")
            return
        end = path.points[-1]
        text = self.tr("After {0} steps: x = ({1}, {2}), f = {3} (it started at {4}). Distance travelled: "
                       "{5}.").format(path.steps_taken, number(end[0]), number(end[1]),
                                      number(path.final_value), number(float(path.values[0])),
                                      number(path.distance))
        kind = "good"
        if path.values[0] > 0 and path.final_value > 0.5 * path.values[0]:
            text += " " + self.tr("Crawling: with so small a rate every step is tiny and f has hardly "
                                  "changed. Raise the rate or take more steps.")
            kind = "error"
        set_status(self.descent_status, text, kind)

    def _show_race(self, paths: dict[str, Path]) -> None:
        """Each optimizer's current f (or where it diverged) in the table."""
        for row, path in enumerate(paths.values()):
            text = (self.tr("diverged after {0} steps").format(path.steps_taken) if path.diverged
                    else number(path.final_value))
            self.race_table.item(row, 2).setText(text)

    def _show_race_winner(self, paths: dict[str, Path]) -> None:
        self.last_race = paths
        finishers = [(path.final_value, name) for name, path in paths.items() if not path.diverged]
        if not finishers:
            set_status(self.race_status, self.tr("Every optimizer diverged: lower the rates."), "error")
            return
        value, name = min(finishers)
        set_status(self.race_status, self.tr("Lowest f after {0} steps: {1} ({2}).").format(
            self._target_steps, RACE_TITLES[name], number(value)))

    def shutdown(self) -> None:
        self.timer.stop()

    def _show_hover(self, x: float, y: float) -> None:
        value = float(self.surface.value(np.array([x, y])))
        self.hover_label.setText(self.tr("x0 = {0}, x1 = {1}: f = {2}").format(
            number(x, 3), number(y, 3), number(value)))
