"""After training: up to 2,000 test images placed by what one layer makes of them (PCA or t-SNE).

Points are coloured by true class; misread images are ringed. Hovering over a point shows its
image with "true → predicted". The map is computed in the panel's job runner, once per model,
layer and method.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...engine.inspection.layer_maps import MAX_POINTS, layer_features, layer_names, map_sample, pca, tsne
from ...engine.inspection.testset import images_to_measure
from ..common.jobs import JobRunner
from .base import MeasuredView
from .file_export import ExportButtons
from .gallery import ICON_SIDE, image_icon
from .plots import palette_color, style_axes, styled_layout_widget

PCA, TSNE = "pca", "tsne"
SEED = 0
RING = "#000000"  # black: visible on every class colour


def _layer_title(index: int, kind: str) -> str:
    if index < 0:
        return QCoreApplication.translate("LayerMapView", "input (the prepared image)")
    return QCoreApplication.translate("LayerMapView", "layer {0}: {1}").format(index + 1, kind)


class LayerMapView(MeasuredView):
    """A layer picker, a method picker, the scatter and the hovered image."""

    job_kind = "layer-map"

    def __init__(self, state, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(state, jobs, parent)
        self.points = MAX_POINTS
        self.coords = self.labels = self.predicted = self.images = None
        self.hovered: int | None = None  # index of the point whose image is shown
        self._classes: list[str] = []

        self.layer = QComboBox()
        self.layer.setToolTip(self.tr("Where in the network to look: the input, any layer, or the output"))
        self.method = QComboBox()
        self.method.addItem(self.tr("PCA"), PCA)
        self.method.addItem(self.tr("t-SNE"), TSNE)
        self.method.setToolTip(self.tr("PCA: the two directions of largest spread. t-SNE: keeps "
                                       "neighbours together, shows groups that PCA overlaps"))
        for box in (self.layer, self.method):
            box.currentIndexChanged.connect(lambda _i: self.measure())
        self.status.setToolTip(self.tr("What the map shows and how long it took"))
        self.progress.setMaximumWidth(200)
        self.progress.setToolTip(self.tr("Map computed so far"))
        self.export = ExportButtons("layer-map", lambda: self.plot_widget, self.table)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layer:")))
        top.addWidget(self.layer)
        top.addWidget(QLabel(self.tr("Method:")))
        top.addWidget(self.method)
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.export)

        self.plot_widget = styled_layout_widget()
        self.plot_widget.setToolTip(self.tr("Each dot is a test image, coloured by its true class; "
                                            "ringed dots were misread. Hover to see the image"))
        self.plot = self.plot_widget.addPlot()
        style_axes(self.plot, self.tr("map axis 1"), self.tr("map axis 2"))
        self.plot.hideButtons()
        self.scatter = pg.ScatterPlotItem(size=6, hoverable=False)
        self.plot.addItem(self.scatter)
        self.hover_mark = pg.ScatterPlotItem(size=16, brush=None,
                                             pen=pg.mkPen(palette_color(QPalette.ColorRole.Text), width=2))
        self.plot.addItem(self.hover_mark)
        self.legend = self.plot.addLegend(offset=(-4, 4), labelTextColor=palette_color(QPalette.ColorRole.Text))
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

        self.hover_image = QLabel()
        self.hover_image.setFixedSize(ICON_SIDE * 2, ICON_SIDE * 2)
        self.hover_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hover_text = QLabel(self.tr("Hover over a dot"))
        self.hover_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hover_text.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.hover_image)
        side.addWidget(self.hover_text)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.plot_widget, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self.content)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    # ----------------------------------------------------------------- computing
    def _model_set(self, model) -> None:
        self.layer.blockSignals(True)
        self.layer.clear()
        if model is not None:
            for index, kind in layer_names(model):
                self.layer.addItem(_layer_title(index, kind), index)
            self.layer.setCurrentIndex(self.layer.count() - 1)  # the output: the clearest groups
        self.layer.blockSignals(False)

    def _key(self) -> tuple | None:
        if self.layer.currentData() is None:
            return None
        return self._model, int(self.layer.currentData()), self.method.currentData()

    def _failure_text(self) -> str:
        return self.tr("Cannot compute the map: {0}")

    def _job(self, key, held_out):
        (model, layer, method), load, count = key, self._state.dataset, self.points

        def job(report, cancelled):
            start = time.perf_counter()
            measured = images_to_measure(model, load, held_out)
            chosen = map_sample(measured.labels, count, seed=SEED)
            images, labels = measured.images[chosen], measured.labels[chosen]
            worker_model = model.for_this_thread()
            predicted = worker_model.probabilities(images).argmax(axis=1)
            features = layer_features(worker_model, images, layer, cancelled=cancelled)
            if features is None:
                return None
            report(0.1)
            if method == PCA:
                coords, explained = pca(features)
            else:
                coords = tsne(features, seed=SEED, cancelled=cancelled, report=lambda f: report(0.1 + 0.9 * f))
                explained = None
            if coords is None:
                return None
            return key, (coords, explained, images, labels, predicted, time.perf_counter() - start)

        return job, self.tr("Computing the map…")

    def _show_result(self, payload) -> None:
        coords, explained, images, labels, predicted, seconds = payload
        self.coords, self.images, self.labels, self.predicted = coords, images, labels, predicted
        self._classes = list(self._model.classes)
        wrong = int(np.sum(predicted != labels))
        text = self.tr("{0:,} test images, {1:,} misread (ringed) · {2:.1f} s").format(len(labels), wrong, seconds)
        if explained is not None:
            text += " · " + self.tr("axes explain {0:.0%} and {1:.0%} of the spread").format(*explained[:2])
        self.status.setText(text)
        self._draw()

    # ----------------------------------------------------------------- drawing and hovering
    def _draw(self) -> None:
        classes = len(self._classes)
        colours = [pg.intColor(k, hues=max(classes, 1)) for k in range(classes)]
        ring = pg.mkPen(RING, width=2)
        misread = self.predicted != self.labels
        self.scatter.setData(x=self.coords[:, 0], y=self.coords[:, 1], data=np.arange(len(self.labels)),
                             brush=[colours[k] for k in self.labels],
                             pen=[ring if m else None for m in misread], size=np.where(misread, 8, 6))
        self.hover_mark.clear()
        self.legend.clear()
        for k, name in enumerate(self._classes):
            self.legend.addItem(pg.ScatterPlotItem(brush=colours[k], pen=None, size=8), name)
        self.plot.autoRange()

    def _on_mouse_moved(self, scene_pos) -> None:
        if self.coords is None or not self.plot.sceneBoundingRect().contains(scene_pos):
            return
        points = self.scatter.pointsAt(self.plot.vb.mapSceneToView(scene_pos))
        if len(points):
            self.show_point(int(points[0].data()))

    def show_point(self, index: int) -> None:
        """Show the image of point ``index`` with what it is and what the network read."""
        self.hovered = index
        self.hover_mark.setData([float(self.coords[index, 0])], [float(self.coords[index, 1])])
        true, read = self._classes[self.labels[index]], self._classes[self.predicted[index]]
        icon = image_icon(self.images[index])
        self.hover_image.setPixmap(icon.pixmap(ICON_SIDE * 2, ICON_SIDE * 2))
        self.hover_text.setText(self.tr("true {0} → read {1}").format(true, read))

    def table(self):
        if self.coords is None:
            return ("x", "y", "true", "predicted"), []
        return (("x", "y", "true", "predicted"),
                [(float(x), float(y), self._classes[t], self._classes[p])
                 for (x, y), t, p in zip(self.coords, self.labels, self.predicted)])
