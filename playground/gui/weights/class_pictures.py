"""A row of ten pictures, one per class: what the network takes each class to look like.

Rashid's sigmoid network is run backwards ("back-query"); any network can be asked by gradient
ascent from a blank image. The view always says which method made the pictures, and what the
network itself makes of each one.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ...engine.books.rashid import supports_backquery
from ...engine.inspection import class_images, input_range, tile_mosaic
from ...engine.inspection.class_images import BACKQUERY, GRADIENT_ASCENT
from ..common.jobs import JobRunner
from .base import InspectorView
from .plots import (
    SEQUENTIAL,
    class_axis_ticks,
    color_bar,
    grey_colormap,
    palette_color,
    style_axes,
    styled_layout_widget,
)

JOB = "class-images"
PICTURE_GAP = 4


class ClassPicturesView(InspectorView):
    """Back-query or gradient-ascent pictures, computed off the GUI thread."""

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._model = None
        self.result = None
        self.method = QComboBox()
        self.method.addItem(self.tr("Back-query (Rashid)"), BACKQUERY)
        self.method.addItem(self.tr("Gradient ascent"), GRADIENT_ASCENT)
        self.method.setToolTip(self.tr("How to make the pictures: back-query works only for Rashid's "
                                       "sigmoid network without biases; gradient ascent works for any network"))
        self.method.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.again = QPushButton(self.tr("Compute again"))
        self.again.setToolTip(self.tr("Make the pictures again for the current model"))
        self.again.clicked.connect(self.invalidate)
        self.progress = QProgressBar()
        self.progress.setToolTip(self.tr("Gradient ascent steps done"))
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Method:")))
        top.addWidget(self.method)
        top.addWidget(self.again)
        top.addStretch(1)
        top.addWidget(self.progress)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        self.pictures = styled_layout_widget()
        self.pictures.setToolTip(self.tr("One picture per class; below each, the probability the network "
                                         "gives that class for its own picture"))
        self.pictures_box = self.pictures.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.pictures_image = pg.ImageItem(axisOrder="row-major")
        self.pictures_image.setColorMap(grey_colormap())
        self.pictures_box.addItem(self.pictures_image)
        self._labels: list[tuple[pg.TextItem, pg.TextItem]] = []

        self.readings = styled_layout_widget()
        self.readings.setToolTip(self.tr("Row k: the class probabilities the network gives the picture made "
                                         "for class k. A bright diagonal means it recognises its own pictures"))
        self.readings_plot = self.readings.addPlot()
        self.readings_plot.setTitle(self.tr("What the network reads in each picture"),
                                    color=palette_color(QPalette.ColorRole.Text))
        style_axes(self.readings_plot, self.tr("class read"), self.tr("picture made for class"))
        self.readings_plot.invertY(True)
        self.readings_plot.setMouseEnabled(False, False)
        self.readings_plot.hideButtons()
        self.readings_image = pg.ImageItem(axisOrder="row-major")
        self.readings_plot.addItem(self.readings_image)
        bar = color_bar(pg.colormap.get(SEQUENTIAL), self.tr("probability"), (0.0, 1.0))
        bar.setImageItem(self.readings_image)
        self.readings.addItem(bar)
        layout = QVBoxLayout(self.content)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.pictures, 3)
        layout.addWidget(self.readings, 2)
        jobs.finished.connect(self._on_finished)
        jobs.failed.connect(self._on_failed)
        jobs.progress.connect(self._on_progress)
        self.show_message(self.tr("No model loaded."))

    def set_model(self, model) -> None:
        self._model = model
        backquery = model is not None and supports_backquery(model.network)
        self.method.blockSignals(True)
        self.method.model().item(0).setEnabled(backquery)
        self.method.setCurrentIndex(0 if backquery else 1)
        self.method.blockSignals(False)
        self.invalidate()

    def redraw(self) -> None:
        model = self._model
        if model is None:
            self.show_message(self.tr("No model loaded."))
            return
        method = self.method.currentData()
        self.explanation.setText(self._explain(method) + " " + self.tr("Computing…"))
        self.progress.setValue(0)
        self.progress.setVisible(method == GRADIENT_ASCENT)
        self.pictures.setVisible(False)
        self.readings.setVisible(False)
        self.show_content()
        self._jobs.submit_with_progress(JOB, lambda report, cancelled: (
            model, class_images(model.for_this_thread(), method, report=report, cancelled=cancelled)))

    def _explain(self, method: str) -> str:
        if method == BACKQUERY:
            return self.tr("Made by back-query: each label (0.99 for the class, 0.01 elsewhere) is fed "
                           "backwards through the network, using logit, the inverse of the sigmoid "
                           "(Rashid, Make Your Own Neural Network).")
        return self.tr("Made by gradient ascent: starting from a blank image, the pixels are changed step by "
                       "step to raise the class's score, kept within the range of real inputs, pulled "
                       "back towards blank (L2) and lightly blurred, so the picture shows what the network "
                       "looks for rather than noise.")

    def _on_progress(self, kind: str, fraction: float) -> None:
        if kind == JOB:
            self.progress.setValue(round(100 * fraction))

    def _on_failed(self, kind: str, message: str) -> None:
        if kind == JOB:
            self.progress.setVisible(False)
            self.show_message(self.tr("Cannot make the class pictures: {0}").format(message))

    def _on_finished(self, kind: str, result) -> None:
        if kind != JOB:
            return
        model, pictures = result
        if model is not self._model:
            return
        self.result = pictures
        self.progress.setVisible(False)
        self.pictures.setVisible(True)
        self.readings.setVisible(True)
        self.explanation.setText(self._explain(pictures.method))
        self._show_pictures(model, pictures, *input_range(model))
        k = len(model.classes)
        self.readings_image.setImage(pictures.probabilities, levels=(0.0, 1.0))
        bottom, left = class_axis_ticks(model.classes)
        self.readings_plot.getAxis("bottom").setTicks(bottom)
        self.readings_plot.getAxis("left").setTicks(left)
        self.readings_plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.02)

    def _show_pictures(self, model, pictures, low: float, high: float) -> None:
        """The pictures in one row, class names above, the network's reading below."""
        mosaic = tile_mosaic(pictures.images, cols=len(pictures.images), gap=PICTURE_GAP)
        self.pictures_image.setImage(mosaic.image, levels=(low, high))
        if len(self._labels) != mosaic.count:
            for name, caption in self._labels:
                self.pictures_box.removeItem(name)
                self.pictures_box.removeItem(caption)
            self._labels = []
            for k in range(mosaic.count):
                name, caption = pg.TextItem(anchor=(0.5, 1.0)), pg.TextItem(anchor=(0.5, 0.0))
                for item in (name, caption):
                    item.setColor(palette_color(QPalette.ColorRole.Text))
                    self.pictures_box.addItem(item)
                self._labels.append((name, caption))
        side = mosaic.tile_shape[1]
        for k, (name, caption) in enumerate(self._labels):
            centre = mosaic.tile_origin(k)[1] + side / 2
            name.setHtml(f"<b>{model.classes[k]}</b>")
            name.setPos(centre, -1)
            p = float(pictures.probabilities[k, k])
            best = int(np.argmax(pictures.probabilities[k]))
            caption.setText(self.tr("p = {0:.0%}").format(p) if best == k else
                            self.tr("p = {0:.0%}\nreads as {1}").format(p, model.classes[best]))
            caption.setPos(centre, side + 1)
        self.pictures_box.setRange(xRange=(0, mosaic.image.shape[1]), yRange=(-8, side + 12), padding=0)
