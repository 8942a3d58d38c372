"""Every layer's output for one input: a test image or the digit drawn on the Draw pad.

Convolution-like outputs (C, H, W) are mosaics of feature maps; dense outputs are bar strips,
one bar per unit; the last row is the class probabilities.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...engine.inspection import LayerOutput, layer_outputs, tile_mosaic
from ...engine.inspection.testset import has_images_to_measure, images_to_measure
from ..common.jobs import JobRunner
from ..common.no_test_set import no_test_set_text
from .base import InspectorView
from .plots import (
    category_ticks,
    diverging_colormap,
    grey_colormap,
    palette_color,
    style_axes,
    styled_layout_widget,
)

JOB = "activations"
MAP_ROW_HEIGHT = 230
BAR_ROW_HEIGHT = 150


class ActivationsView(InspectorView):
    """Pick an input; see what every layer makes of it."""

    def __init__(self, state, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state, self._jobs = state, jobs
        self._model = None
        self._rng = np.random.default_rng()
        self._rows: list[tuple[pg.PlotItem, pg.GraphicsObject]] = []
        self._architecture: list[tuple[str, tuple]] | None = None
        self.outputs: list[LayerOutput] = []

        self.from_test = QRadioButton(self.tr("Test image"))
        self.from_test.setToolTip(self.tr("Feed an image from the model's test set"))
        self.from_test.setChecked(True)
        self.from_drawing = QRadioButton(self.tr("Digit on the Draw pad"))
        self.from_drawing.setToolTip(self.tr("Feed the digit drawn on the Draw panel (draw one there first)"))
        self._source = QButtonGroup(self)
        self._source.addButton(self.from_test)
        self._source.addButton(self.from_drawing)
        self._source.buttonToggled.connect(self._on_source_toggled)
        self.index = QSpinBox()
        self.index.setRange(0, 9999)
        self.index.setToolTip(self.tr("Number of the test image (0 is the first)"))
        self.index.valueChanged.connect(self._on_index_changed)
        self.random = QPushButton(self.tr("Random"))
        self.random.setToolTip(self.tr("Pick a random test image"))
        self.random.clicked.connect(self.pick_random)
        self.status = QLabel()
        controls = QHBoxLayout()
        for widget in (QLabel(self.tr("Input:")), self.from_test, self.index, self.random, self.from_drawing):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.status)

        self.input_widget = styled_layout_widget()
        self.input_widget.setToolTip(self.tr("The input as the network receives it"))
        self.input_widget.setFixedWidth(230)
        self.input_plot = self.input_widget.addPlot()
        self.input_plot.hideAxis("left")
        self.input_plot.hideAxis("bottom")
        self.input_plot.setAspectLocked(True)
        self.input_plot.invertY(True)
        self.input_plot.setMouseEnabled(False, False)
        self.input_plot.hideButtons()
        self.input_image = pg.ImageItem(axisOrder="row-major")
        self.input_image.setColorMap(grey_colormap())
        self.input_plot.addItem(self.input_image)
        self.prediction = QLabel()
        self.prediction.setWordWrap(True)
        self.prediction.setFixedWidth(230)
        left = QVBoxLayout()
        left.addWidget(self.input_widget)
        left.addWidget(self.prediction)
        left.addStretch(1)

        self.layers_widget = styled_layout_widget()
        self.layers_widget.setToolTip(self.tr("Each layer's output for this input, first layer at the top"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.layers_widget)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self.content)
        layout.addLayout(controls)
        layout.addLayout(body, 1)

        jobs.finished.connect(self._on_finished)
        jobs.failed.connect(self._on_failed)
        state.drawn_digit.connect(self._on_drawn_digit)
        self._update_drawing_choice()
        self.show_message(self.tr("No model loaded."))

    # ----------------------------------------------------------------- inputs
    def set_model(self, model) -> None:
        self._model = model
        self.invalidate()

    def _on_source_toggled(self, _button, checked: bool) -> None:
        if checked:
            self.invalidate()

    def pick_random(self) -> None:
        self.from_test.setChecked(True)
        self.index.setValue(int(self._rng.integers(0, self.index.maximum() + 1)))

    def _on_index_changed(self, _value: int) -> None:
        if self.from_test.isChecked():
            self.invalidate()
        else:
            self.from_test.setChecked(True)

    def _on_drawn_digit(self, image) -> None:
        self._update_drawing_choice()
        if image is not None and self.from_drawing.isChecked():
            self.invalidate()

    def _update_drawing_choice(self) -> None:
        available = self._state.drawn_digit_image is not None
        self.from_drawing.setEnabled(available)
        if not available and self.from_drawing.isChecked():
            self.from_test.setChecked(True)

    # ----------------------------------------------------------------- computing
    def redraw(self) -> None:
        model = self._model
        if model is None:
            self.show_message(self.tr("No model loaded."))
            return
        drawn = self._state.drawn_digit_image if self.from_drawing.isChecked() else None
        index, load, held_out = self.index.value(), self._state.dataset, self._state.held_out_for(model)
        if drawn is None and not has_images_to_measure(model, held_out):
            if self.from_drawing.isEnabled():
                self.from_drawing.setChecked(True)  # the drawing on the pad is all there is to feed
            else:
                self.show_message(no_test_set_text(model))
            return

        def job():
            if drawn is not None:
                image, label, test_size = np.asarray(drawn, dtype=np.float32), None, None
            else:
                measured = images_to_measure(model, load, held_out)
                images, labels = measured.images, measured.labels
                test_size = len(images)
                index_used = min(index, len(images) - 1)
                image, label = images[index_used], int(labels[index_used])
            private = model.for_this_thread()
            outputs = layer_outputs(private.network, private.prepare(image[None]))
            probabilities = private.network.probabilities(private.prepare(image[None]))[0]
            return model, image, label, outputs, probabilities, test_size

        self.status.setText(self.tr("Computing…"))
        self._jobs.submit(JOB, job)

    def _on_failed(self, kind: str, message: str) -> None:
        if kind == JOB:
            self.status.setText("")
            self.show_message(self.tr("Cannot compute the activations: {0}").format(message))

    def _on_finished(self, kind: str, result) -> None:
        if kind != JOB:
            return
        model, image, label, outputs, probabilities, test_size = result
        if model is not self._model:
            return
        if test_size is not None and self.index.maximum() != test_size - 1:
            self.index.blockSignals(True)
            self.index.setMaximum(test_size - 1)
            self.index.blockSignals(False)
        self.status.setText("")
        self.outputs = outputs
        self._show_input(image, label, probabilities)
        self._ensure_rows(outputs)
        for (plot, item), output in zip(self._rows, outputs):
            self._show_output(plot, item, output)
        plot, bars = self._rows[-1]
        bars.setOpts(x=np.arange(len(probabilities)), height=probabilities)
        category_ticks(plot, model.classes)
        self.show_content()

    # ----------------------------------------------------------------- drawing
    def _show_input(self, image: np.ndarray, label: int | None, probabilities: np.ndarray) -> None:
        pixels = image.astype(np.float32) / (255.0 if image.dtype == np.uint8 else 1.0)
        self.input_image.setImage(pixels, levels=(0.0, 1.0))
        self.input_plot.autoRange(padding=0)
        classes = self._model.classes
        best = int(np.argmax(probabilities))
        text = self.tr("Predicted: <b>{0}</b> ({1:.1%})").format(classes[best], float(probabilities[best]))
        if label is not None:
            text += "<br>" + self.tr("True label: {0}").format(classes[label])
        else:
            text += "<br>" + self.tr("Drawn on the Draw pad")
        self.prediction.setText(text)

    def _ensure_rows(self, outputs: list[LayerOutput]) -> None:
        """Create one plot per layer (and one for the probabilities) when the architecture changes."""
        architecture = [(o.kind, o.values.shape) for o in outputs]
        if architecture == self._architecture:
            return
        self._architecture = architecture
        self.layers_widget.clear()
        self._rows = []
        height = 0
        for row, output in enumerate(outputs + [None]):
            plot = self.layers_widget.addPlot(row=row, col=0)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            if output is not None and output.is_feature_maps:
                plot.hideAxis("left")
                plot.hideAxis("bottom")
                plot.setAspectLocked(True)
                plot.invertY(True)
                item = pg.ImageItem(axisOrder="row-major")
                item.setColorMap(diverging_colormap())
                row_height = MAP_ROW_HEIGHT
            else:
                style_axes(plot, self.tr("class") if output is None else self.tr("unit"),
                           self.tr("probability") if output is None else self.tr("output"))
                item = pg.BarGraphItem(x=[], height=[], width=0.8,
                                       brush=palette_color(QPalette.ColorRole.Highlight), pen=None)
                plot.setMouseEnabled(x=True, y=False)
                row_height = BAR_ROW_HEIGHT
            plot.addItem(item)
            self.layers_widget.ci.layout.setRowFixedHeight(row, row_height)
            height += row_height
            self._rows.append((plot, item))
        plot, _ = self._rows[-1]
        plot.setTitle(self.tr("Class probabilities"), color=palette_color(QPalette.ColorRole.Text))
        plot.setYRange(0, 1, padding=0.02)
        self.layers_widget.setMinimumHeight(height + 20)

    def _show_output(self, plot: pg.PlotItem, item, output: LayerOutput) -> None:
        values = output.values
        peak = float(np.abs(values).max()) if values.size else 0.0
        if output.is_feature_maps:
            channels, h, w = values.shape
            mosaic = tile_mosaic(values, cols=min(channels, 16))
            item.setImage(mosaic.image, levels=mosaic.levels)
            plot.autoRange(padding=0.01)
            detail = self.tr("{0} maps of {1}x{2}").format(channels, h, w)
        else:
            item.setOpts(x=np.arange(values.size), height=values)
            plot.setXRange(-0.5, values.size - 0.5, padding=0.01)
            plot.setYRange(min(0.0, float(values.min())), max(0.0, float(values.max()), 1e-6), padding=0.05)
            detail = self.tr("{0} values").format(values.size)
        plot.setTitle(self.tr("Layer {0} · {1} · {2} · largest |value| {3:.3g}").format(
            output.index + 1, output.kind, detail, peak), color=palette_color(QPalette.ColorRole.Text))
