"""After training: how accuracy falls under noise, rotation and thicker or thinner strokes, the
images that broke first, and what a confidence threshold trades.

The curves are measured in the panel's job runner on a slice of the test set (``IMAGES``), once
per model; the threshold slider then only recounts the stored probabilities, so it moves freely.
"""

from __future__ import annotations

import time

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem,
                               QSlider, QVBoxLayout, QWidget)

from ...engine.inspection import evaluate
from ...engine.inspection.confidence import apply_threshold, threshold_curve
from ...engine.inspection.robustness import STRENGTHS, robustness_curve
from ...engine.inspection.testset import images_to_measure
from ..common.jobs import JobRunner
from .base import MeasuredView
from .file_export import ExportButtons
from .gallery import ICON_SIDE, image_icon
from .plots import palette_color, style_axes, styled_layout_widget

IMAGES = 2000  # test images per curve point: a 1-point step in accuracy is 20 images
SEED = 0


def kind_titles() -> dict[str, tuple[str, str]]:
    """Disturbance -> (its name, its strength axis), translated."""
    tr = lambda text: QCoreApplication.translate("RobustnessView", text)  # noqa: E731
    return {"noise": (tr("Noise"), tr("noise σ (share of full ink)")),
            "rotation": (tr("Rotation"), tr("rotation (degrees)")),
            "thickness": (tr("Stroke thickness"), tr("thinner ← steps → thicker"))}


class RobustnessView(MeasuredView):
    """Three accuracy curves, the worst images of one, and a confidence threshold with its sentence."""

    job_kind = "robustness"

    def __init__(self, state, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(state, jobs, parent)
        self.curves: dict = {}
        self.evaluation = None
        self._classes: list[str] = []
        self.images = IMAGES

        self.status.setToolTip(self.tr("Which images were used and how long it took"))
        self.progress.setToolTip(self.tr("Disturbed test images classified so far"))
        self._again_button(self.tr("Measure again"), self.tr("Disturb the test images and classify them again"))
        self.curve_export = ExportButtons("robustness", lambda: self.plots, self.curve_table)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.again)
        top.addWidget(self.curve_export)

        self.plots = styled_layout_widget()
        self.plots.setToolTip(self.tr("Test accuracy as the images are disturbed more and more; "
                                      "the ring marks the hardest setting"))
        self._plot_items, self._lines, self._marks = {}, {}, {}
        colour = palette_color(QPalette.ColorRole.Highlight)
        for column, (kind, (title, axis)) in enumerate(kind_titles().items()):
            plot = self.plots.addPlot(row=0, col=column)
            style_axes(plot, axis, self.tr("accuracy (%)"))
            plot.setTitle(title, color=palette_color(QPalette.ColorRole.Text))
            plot.setYRange(0, 100, padding=0.02)
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            plot.showGrid(x=True, y=True, alpha=0.25)
            self._lines[kind] = plot.plot([], [], pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=5,
                                          symbolBrush=colour, symbolPen=None)
            self._marks[kind] = pg.ScatterPlotItem(size=14, brush=None, pen=pg.mkPen("#d62728", width=2))
            plot.addItem(self._marks[kind])
            self._plot_items[kind] = plot

        self.worst_kind = QComboBox()
        for kind, (title, _axis) in kind_titles().items():
            self.worst_kind.addItem(title, kind)
        self.worst_kind.setToolTip(self.tr("Whose worst images to show"))
        self.worst_kind.currentIndexChanged.connect(lambda _i: self._show_worst())
        self.worst_title = QLabel()
        self.worst = QListWidget()
        self.worst.setViewMode(QListView.ViewMode.IconMode)
        self.worst.setMovement(QListView.Movement.Static)
        self.worst.setResizeMode(QListView.ResizeMode.Adjust)
        self.worst.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.worst.setGridSize(QSize(ICON_SIDE + 40, ICON_SIDE + 40))
        self.worst.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.worst.setMaximumHeight(ICON_SIDE + 56)
        self.worst.setToolTip(self.tr("At the hardest setting, the wrong answers with the least belief in "
                                      "the true class, as the network saw them"))
        worst_row = QHBoxLayout()
        worst_row.addWidget(QLabel(self.tr("Worst images of:")))
        worst_row.addWidget(self.worst_kind)
        worst_row.addWidget(self.worst_title, 1)

        self.threshold = QSlider(Qt.Orientation.Horizontal)
        self.threshold.setRange(0, 100)
        self.threshold.setValue(90)
        self.threshold.setToolTip(self.tr("Answer only when the most likely class has at least this probability"))
        self.threshold.valueChanged.connect(lambda _v: self._show_threshold())
        self.threshold_value = QLabel()
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setToolTip(self.tr("What the threshold trades: fewer answers, more of them right"))
        self.threshold_export = ExportButtons("confidence-threshold", lambda: self.sentence, self.threshold_table)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(QLabel(self.tr("Confidence threshold:")))
        threshold_row.addWidget(self.threshold, 1)
        threshold_row.addWidget(self.threshold_value)
        threshold_row.addWidget(self.threshold_export)

        layout = QVBoxLayout(self.content)
        layout.addLayout(top)
        layout.addWidget(self.plots, 3)
        layout.addLayout(worst_row)
        layout.addWidget(self.worst)
        layout.addLayout(threshold_row)
        layout.addWidget(self.sentence)

    # ----------------------------------------------------------------- measuring
    def _failure_text(self) -> str:
        return self.tr("Cannot measure the model: {0}")

    def _job(self, key, held_out):
        model, load, count = key[0], self._state.dataset, self.images
        kinds = list(STRENGTHS)

        def job(report, cancelled):
            start = time.perf_counter()
            measured = images_to_measure(model, load, held_out)
            images, labels = measured.images[:count], measured.labels[:count]
            worker_model = model.for_this_thread()
            evaluation = evaluate(worker_model, images, labels, cancelled=cancelled)
            curves = {}
            for i, kind in enumerate(kinds):
                curve = robustness_curve(worker_model, images, labels, kind, seed=SEED, cancelled=cancelled,
                                         report=lambda f, i=i: report((i + f) / len(kinds)))
                if curve is None or evaluation is None:
                    return None
                curves[kind] = curve
            return key, (model, measured, evaluation, curves, time.perf_counter() - start)

        return job, self.tr("Disturbing and classifying the test images…")

    def _show_result(self, payload) -> None:
        model, measured, evaluation, curves, seconds = payload
        self.evaluation, self.curves, self._classes = evaluation, curves, list(model.classes)
        if measured.held_out:
            text = self.tr("{0}: first {1:,} validation images held out by its training run, undisturbed "
                           "accuracy {2:.2%} ({3:.1f} s)")
        else:
            text = self.tr("{0} test set: first {1:,} images, undisturbed accuracy {2:.2%} ({3:.1f} s)")
        self.status.setText(text.format(measured.name, len(evaluation.labels), evaluation.accuracy, seconds))
        for kind, curve in curves.items():
            self._lines[kind].setData(curve.strengths, 100.0 * curve.accuracy)
            self._marks[kind].setData([float(curve.strengths[curve.hardest])],
                                      [100.0 * float(curve.accuracy[curve.hardest])])
        self._show_worst()
        self._show_threshold()

    # ----------------------------------------------------------------- worst images and threshold
    def _show_worst(self) -> None:
        curve = self.curves.get(self.worst_kind.currentData())
        self.worst.clear()
        if curve is None:
            return
        classes, labels = self._classes, self.evaluation.labels
        self.worst_title.setText(self.tr("at {0:g}: accuracy {1:.1%}, {2} shown").format(
            float(curve.strengths[curve.hardest]), float(curve.accuracy[curve.hardest]), len(curve.worst)))
        for image, index, predicted, confidence in zip(curve.worst_images, curve.worst, curve.worst_predicted,
                                                       curve.worst_confidence):
            item = QListWidgetItem(image_icon(image), f"{classes[labels[index]]} → {classes[predicted]}")
            item.setToolTip(self.tr("Test image {0}: true {1}, read as {2} ({3:.0%})").format(
                int(index), classes[labels[index]], classes[predicted], float(confidence)))
            self.worst.addItem(item)

    def threshold_result(self):
        return apply_threshold(self.evaluation.probabilities, self.evaluation.labels, self.threshold.value() / 100.0)

    def _show_threshold(self) -> None:
        self.threshold_value.setText(f"{self.threshold.value()} %")
        if self.evaluation is None:
            return
        result = self.threshold_result()
        if result.answered == 0:
            self.sentence.setText(self.tr("At this threshold the network answers none of the images "
                                          "(without the threshold {0:.1%} right).").format(result.accuracy_all))
        else:
            self.sentence.setText(self.tr("Answers {0:.1%} of the images, {1:.1%} of those right "
                                          "(without the threshold {2:.1%}).").format(
                result.answered, result.accuracy_answered, result.accuracy_all))

    # ----------------------------------------------------------------- the numbers behind the plots
    def curve_table(self):
        rows = [(kind, *pair) for kind, curve in self.curves.items() for pair in curve.rows()]
        return ("disturbance", "strength", "accuracy"), rows

    def threshold_table(self):
        results = [] if self.evaluation is None else threshold_curve(self.evaluation.probabilities,
                                                                      self.evaluation.labels)
        return (("threshold", "answered", "accuracy_answered", "accuracy_all"),
                [(r.threshold, r.answered, r.accuracy_answered, r.accuracy_all) for r in results])
