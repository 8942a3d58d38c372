"""The model on its test set: confusion matrix, per-class accuracy, and the images behind each cell.

Click a cell of the matrix to see its images (a capped page, most confident first); by default
the gallery shows the most confident mistakes. A model trained in this session on a person's own
classes is measured on the images its run held out for validation instead.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...engine.inspection import evaluate
from ...engine.inspection.testset import LabelledImages, images_to_measure
from ..common.jobs import JobRunner
from .base import MeasuredView
from .gallery import Gallery
from .plots import (
    SEQUENTIAL,
    ClickableImage,
    category_ticks,
    class_axis_ticks,
    palette_color,
    style_axes,
    styled_layout_widget,
)

#: Test images between two looks at the cancel flag: 0.04 s of the deep CNN on one idle core, so a
#: new model or closing the window is not kept waiting by a busy machine.
BATCH = 100


class EvaluationView(MeasuredView):
    """Evaluates the current model on its test set in the background, once per model."""

    job_kind = "evaluation"

    def __init__(self, state, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(state, jobs, parent)
        self.result = None
        self.measured: LabelledImages | None = None
        self.evaluation_seconds = 0.0
        self._images = self._classes = None
        self.cell: tuple[int, int] | None = None
        self.total_in_gallery = 0

        self.status.setToolTip(self.tr("Which images were used and how long it took"))
        self.progress.setToolTip(self.tr("Test images classified so far"))
        self._again_button(self.tr("Evaluate again"),
                           self.tr("Classify the whole test set again with the current model"))
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.again)

        self.matrix_widget = styled_layout_widget()
        self.matrix_widget.setToolTip(self.tr("Rows: true class, columns: predicted class. Each cell holds "
                                              "the count and the share of its row. Click a cell to see "
                                              "its images"))
        self.matrix_plot = self.matrix_widget.addPlot()
        style_axes(self.matrix_plot, self.tr("predicted class"), self.tr("true class"))
        self.matrix_plot.invertY(True)
        self.matrix_plot.setAspectLocked(True)
        self.matrix_plot.setMouseEnabled(False, False)
        self.matrix_plot.hideButtons()
        self.matrix_plot.setMenuEnabled(False)
        self.matrix_image = ClickableImage()
        self.matrix_image.setColorMap(pg.colormap.get(SEQUENTIAL))
        self.matrix_image.clicked.connect(lambda row, col: self.select_cell(int(row), int(col)))
        self.matrix_plot.addItem(self.matrix_image)
        self._cell_texts: list[pg.TextItem] = []

        self.accuracy_widget = styled_layout_widget()
        self.accuracy_widget.setToolTip(self.tr("Share of each class's test images classified correctly"))
        self.accuracy_plot = self.accuracy_widget.addPlot()
        style_axes(self.accuracy_plot, self.tr("class"), self.tr("accuracy (%)"))
        self.accuracy_plot.setMouseEnabled(False, False)
        self.accuracy_plot.hideButtons()
        self.accuracy_bars = pg.BarGraphItem(x=[], height=[], width=0.7,
                                             brush=palette_color(QPalette.ColorRole.Highlight))
        self.accuracy_plot.addItem(self.accuracy_bars)

        self.gallery_title = QLabel()
        self.mistakes_button = QPushButton(self.tr("Most confident mistakes"))
        self.mistakes_button.setToolTip(self.tr("Show the wrong answers the network was surest of"))
        self.mistakes_button.clicked.connect(self.show_mistakes)
        gallery_top = QHBoxLayout()
        gallery_top.addWidget(self.gallery_title, 1)
        gallery_top.addWidget(self.mistakes_button)
        self.gallery = Gallery()
        self.gallery.setToolTip(self.tr("Test images with the network's three most likely classes"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.accuracy_widget, 2)
        right_layout.addLayout(gallery_top)
        right_layout.addWidget(self.gallery, 3)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.matrix_widget)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self.content)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # ----------------------------------------------------------------- evaluating
    def _failure_text(self) -> str:
        return self.tr("Cannot evaluate the model: {0}")

    def _job(self, key, held_out):
        model, load = key[0], self._state.dataset

        def job(report, cancelled):
            start = time.perf_counter()
            measured = images_to_measure(model, load, held_out)
            result = evaluate(model.for_this_thread(), measured.images, measured.labels, batch_size=BATCH,
                              report=report, cancelled=cancelled)
            return key, (model, measured, result, time.perf_counter() - start)

        return job, self.tr("Classifying the test set…")

    def _show_result(self, payload) -> None:
        model, measured, result, seconds = payload
        self.result, self.measured, self._images, self._classes = result, measured, measured.images, list(model.classes)
        self.evaluation_seconds = seconds
        if measured.held_out:
            text = self.tr("{0}: {1:,} validation images held out by its training run, accuracy {2:.2%} ({3:.2f} s)")
        else:
            text = self.tr("{0} test set: {1:,} images, accuracy {2:.2%} ({3:.2f} s)")
        self.status.setText(text.format(measured.name, len(result.labels), result.accuracy, seconds))
        self._draw_matrix()
        self._draw_accuracy()
        self.show_mistakes()

    # ----------------------------------------------------------------- drawing
    def _draw_matrix(self) -> None:
        result, classes = self.result, self._classes
        k = len(classes)
        shares = result.row_percentages()
        # Square root: the few-percent mistakes off the diagonal still get visible colour.
        self.matrix_image.setImage(np.sqrt(shares / 100.0), levels=(0.0, 1.0))
        if len(self._cell_texts) != k * k:
            for item in self._cell_texts:
                self.matrix_plot.removeItem(item)
            font = QFont()
            font.setPointSizeF(7.5 if k > 10 else 8.5)
            self._cell_texts = []
            for index in range(k * k):
                text = pg.TextItem(anchor=(0.5, 0.5))
                text.setFont(font)
                text.setPos(QPointF(index % k + 0.5, index // k + 0.5))
                self.matrix_plot.addItem(text)
                self._cell_texts.append(text)
        for index, text in enumerate(self._cell_texts):
            row, col = divmod(index, k)
            count, share = int(result.confusion[row, col]), float(shares[row, col])
            text.setText(f"{count}\n{share:.1f}%" if count else "0")
            text.setColor(QColor("white") if np.sqrt(share / 100.0) > 0.55 else QColor(40, 40, 40))
        bottom, left = class_axis_ticks(classes)
        self.matrix_plot.getAxis("bottom").setTicks(bottom)
        self.matrix_plot.getAxis("left").setTicks(left)
        self.matrix_plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.01)

    def _draw_accuracy(self) -> None:
        accuracy = 100.0 * np.nan_to_num(self.result.per_class_accuracy())
        self.accuracy_bars.setOpts(x=np.arange(len(accuracy)), height=accuracy)
        category_ticks(self.accuracy_plot, self._classes)
        low = max(0.0, float(accuracy.min()) - 5.0)
        self.accuracy_plot.setYRange(low, 100.0, padding=0.02)
        self.accuracy_plot.setXRange(-0.6, len(accuracy) - 0.4, padding=0)
        self.accuracy_plot.setTitle(self.tr("Per-class accuracy (overall {0:.2%})").format(self.result.accuracy),
                                    color=palette_color(QPalette.ColorRole.Text))

    def select_cell(self, true_class: int, predicted_class: int) -> None:
        """Show the test images of ``true_class`` that the network called ``predicted_class``."""
        if self.result is None or not (0 <= true_class < len(self._classes) and 0 <= predicted_class < len(self._classes)):
            return
        self.cell = (true_class, predicted_class)
        indices = self.result.cell(true_class, predicted_class)
        shown = self._fill_gallery(indices)
        self.gallery_title.setText(self.tr("True {0}, predicted {1}: showing {2} of {3}").format(
            self._classes[true_class], self._classes[predicted_class], shown, len(indices)))

    def show_mistakes(self) -> None:
        if self.result is None:
            return
        self.cell = None
        indices = self.result.most_confident_mistakes()
        shown = self._fill_gallery(indices)
        self.gallery_title.setText(self.tr("Most confident mistakes: showing {0} of {1}").format(shown, len(indices)))

    def _fill_gallery(self, indices: np.ndarray) -> int:
        self.total_in_gallery = len(indices)
        return self.gallery.show_images(indices, self._images, self.result.labels, self.result.probabilities,
                                        self._classes)

