"""Convolution step by step: the sliding filter, its products and sum, then ReLU, max-pool and im2col.

The filter moves over the padded input one output cell at a time (play, pause, step, or hover the
output map to move it). The same output cell is then shown as the engine computes it: one column
of the im2col patch matrix times one row of the filter matrix.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ...engine.inspection.convolution_steps import ConvolutionSteps
from .cells import CellGrid
from .size_calculator import SizeCalculator

PLAY_INTERVAL_MS = 250


def boxed(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, CellGrid) else 0)
    return box


class ConvolutionTab(QWidget):
    """Shows a ``ConvolutionSteps``. ``layer_requested(index)`` asks the panel for another layer."""

    layer_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: ConvolutionSteps | None = None
        self._products = None
        self.layer_indices: list[int] = []
        self.position: tuple[int, int] | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.layer_box = QComboBox()
        self.layer_box.setToolTip(self.tr("The convolution layer shown"))
        self.layer_box.currentIndexChanged.connect(self._on_layer)
        self.filter_spin = QSpinBox()
        self.filter_spin.setToolTip(self.tr("Which filter of the layer slides"))
        self.filter_spin.valueChanged.connect(lambda _v: self.redraw())
        self.channel_spin = QSpinBox()
        self.channel_spin.setToolTip(self.tr("Which input channel is drawn (the sum runs over all of them)"))
        self.channel_spin.valueChanged.connect(lambda _v: self.redraw())
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Slide the filter over the input, one output cell at a time"))
        self.play_button.toggled.connect(self._on_play)
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Move the filter to the next output cell"))
        self.step_button.clicked.connect(self.step)
        controls = QHBoxLayout()
        for label, widget in ((self.tr("Layer:"), self.layer_box), (self.tr("Filter:"), self.filter_spin),
                              (self.tr("Input channel:"), self.channel_spin)):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addWidget(self.play_button)
        controls.addWidget(self.step_button)
        controls.addStretch(1)

        self.input_grid = CellGrid(decimals=None)
        self.input_grid.setToolTip(self.tr("The padded input; the outlined cells are the patch under the filter"))
        self.filter_grid = CellGrid(decimals=2)
        self.filter_grid.setToolTip(self.tr("The filter's weights for this input channel"))
        self.products_grid = CellGrid(decimals=2)
        self.products_grid.setToolTip(self.tr("Patch × filter, element by element"))
        self.sum_label = QLabel()
        self.sum_label.setWordWrap(True)
        self.z_grid = CellGrid(decimals=None)
        self.z_grid.setToolTip(self.tr("The filter's output map z. Hover to move the filter there"))
        self.z_grid.hovered.connect(lambda r, c: self.set_position(r, c))
        self.relu_grid = CellGrid(decimals=None)
        self.relu_grid.setToolTip(self.tr("ReLU(z) = max(0, z)"))
        self.pool_grid = CellGrid(decimals=None)
        self.pool_grid.setToolTip(self.tr("Max-pool: the largest value of each window"))
        self.pool_label = QLabel()
        self.pool_label.setWordWrap(True)
        self.column_grid = CellGrid(decimals=2, cell_limit=30)
        self.column_grid.setToolTip(self.tr("The patch as a column of the im2col matrix"))
        self.row_grid = CellGrid(decimals=2, cell_limit=30)
        self.row_grid.setToolTip(self.tr("The filter as a row of the filter matrix"))
        for strip in (self.column_grid, self.row_grid):
            strip.setMinimumHeight(24)
            strip.setFixedHeight(32)
        self.im2col_label = QLabel()
        self.im2col_label.setWordWrap(True)
        self.calculator = SizeCalculator()

        grids = QGridLayout()
        grids.addWidget(boxed(self.tr("Input (padded)"), self.input_grid), 0, 0)
        grids.addWidget(boxed(self.tr("Filter"), self.filter_grid), 0, 1)
        grids.addWidget(boxed(self.tr("Patch × filter"), self.products_grid), 0, 2)
        grids.addWidget(boxed(self.tr("Output z"), self.z_grid), 1, 0)
        grids.addWidget(boxed(self.tr("ReLU"), self.relu_grid), 1, 1)
        grids.addWidget(boxed(self.tr("2 × 2 max-pool"), self.pool_grid), 1, 2)
        im2col_box = QGroupBox(self.tr("im2col: filter matrix row × patch matrix column"))
        im2col_layout = QVBoxLayout(im2col_box)
        im2col_layout.addWidget(self.im2col_label)
        im2col_layout.addWidget(QLabel(self.tr("patch matrix column:")))
        im2col_layout.addWidget(self.column_grid)
        im2col_layout.addWidget(QLabel(self.tr("filter matrix row:")))
        im2col_layout.addWidget(self.row_grid)
        text = QVBoxLayout()
        text.addWidget(self.sum_label)
        text.addWidget(self.pool_label)
        text.addWidget(im2col_box)
        text.addWidget(self.calculator)
        text.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(grids, 3)
        body.addLayout(text, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(controls)
        layout.addLayout(body, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self.step)

    # ----------------------------------------------------------------- layers and results
    def set_layers(self, indices: list[int], titles: list[str]) -> None:
        """The network's conv layers (indices in ``network.layers``); none: the tab says so."""
        self.layer_indices = indices
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        self.layer_box.addItems(titles)
        self.layer_box.blockSignals(False)
        self.message.setText("" if indices else self.tr(
            "This network has no convolution layer: load simple-cnn or deep-cnn to slide a filter. "
            "The output-size calculator works for any numbers."))
        for widget in (self.layer_box, self.filter_spin, self.channel_spin, self.play_button, self.step_button):
            widget.setEnabled(bool(indices))
        if not indices:
            self.steps = None
            self.play_button.setChecked(False)

    @property
    def layer_index(self) -> int | None:
        k = self.layer_box.currentIndex()
        return self.layer_indices[k] if 0 <= k < len(self.layer_indices) else None

    def _on_layer(self, _k: int) -> None:
        if self.layer_index is not None:
            self.layer_requested.emit(self.layer_index)

    def show_steps(self, steps: ConvolutionSteps) -> None:
        self.steps = steps
        self._products = steps.im2col_product()  # the whole matrix product, once per image
        fn, c = steps.weights.shape[:2]
        self.filter_spin.setRange(0, fn - 1)
        self.channel_spin.setRange(0, c - 1)
        oh, ow = steps.output_shape
        if self.position is None:  # the first image: start mid-picture, where the ink is
            self.position = (oh // 2, ow // 2)
        self.position = (min(self.position[0], oh - 1), min(self.position[1], ow - 1))
        fh, fw = steps.kernel
        self.calculator.set_values(steps.padded.shape[2] - 2 * steps.pad, steps.pad, fw, steps.stride)
        self.redraw()

    # ----------------------------------------------------------------- the sliding filter
    def set_position(self, i: int, j: int) -> None:
        self.position = (i, j)
        self.redraw()

    def step(self) -> None:
        """The next output cell, row by row, back to the start after the last."""
        if self.steps is None:
            return
        oh, ow = self.steps.output_shape
        i, j = self.position
        self.set_position(*divmod((i * ow + j + 1) % (oh * ow), ow))

    def _on_play(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        if playing:
            self.timer.start()
        else:
            self.timer.stop()

    def redraw(self) -> None:
        steps = self.steps
        if steps is None:
            return
        f, ch = self.filter_spin.value(), self.channel_spin.value()
        i, j = self.position
        fh, fw = steps.kernel
        top, left = i * steps.stride, j * steps.stride
        self.input_grid.set_values(steps.padded[ch])
        self.input_grid.set_marks([(top + r, left + c) for r in range(fh) for c in range(fw)])
        self.filter_grid.set_values(steps.weights[f, ch])
        products = steps.products(f, i, j)
        self.products_grid.set_values(products[ch])
        z = float(steps.z[f, i, j])
        channels = steps.weights.shape[1]
        self.sum_label.setText(self.tr(
            "Cell ({0}, {1}) of filter {2}: Σ patch × filter = {3:.4f} over {4} channel(s) × {5}×{6} "
            "(this channel: {7:.4f}), + bias {8:.4f} = {9:.4f}. The engine's z = {10:.4f}.").format(
            i, j, f, float(products.sum(dtype="float64")), channels, fh, fw, float(products[ch].sum()),
            float(steps.bias[f]), steps.cell_sum(f, i, j), z))
        self.z_grid.set_values(steps.z[f])
        self.z_grid.set_marks([(i, j)])
        self._draw_pool(f, i, j)
        self._draw_im2col(f, i, j)

    def _draw_pool(self, f: int, i: int, j: int) -> None:
        steps = self.steps
        if steps.relu is None:
            self.relu_grid.set_values([[float("nan")]])
            self.pool_grid.set_values([[float("nan")]])
            self.pool_label.setText(self.tr("No ReLU follows this convolution."))
            return
        self.relu_grid.set_values(steps.relu[f])
        if steps.pooled is None:
            self.relu_grid.set_marks([(i, j)])
            self.pool_grid.set_values([[float("nan")]])
            self.pool_label.setText(self.tr("ReLU: max(0, {0:.4f}) = {1:.4f}. No max-pool follows this ReLU.").format(
                float(steps.z[f, i, j]), float(steps.relu[f, i, j])))
            return
        ph, pw = steps.pooled.shape[1:]
        pi, pj = min(i // steps.pool_stride, ph - 1), min(j // steps.pool_stride, pw - 1)
        size = steps.pool_size
        self.relu_grid.set_marks([(pi * steps.pool_stride + r, pj * steps.pool_stride + c)
                                  for r in range(size) for c in range(size)])
        self.pool_grid.set_values(steps.pooled[f])
        self.pool_grid.set_marks([(pi, pj)])
        window = steps.pool_window(f, pi, pj)
        self.pool_label.setText(self.tr("ReLU: max(0, {0:.4f}) = {1:.4f}. Pooled cell ({2}, {3}) = max of "
                                        "{4} = {5:.4f}.").format(
            float(steps.z[f, i, j]), float(steps.relu[f, i, j]), pi, pj,
            ", ".join(f"{v:.3f}" for v in window.ravel()), float(steps.pooled[f, pi, pj])))

    def _draw_im2col(self, f: int, i: int, j: int) -> None:
        steps = self.steps
        oh, ow = steps.output_shape
        column = i * ow + j
        patch_column = steps.columns[:, column]
        filter_row = steps.filter_matrix()[f]
        self.column_grid.set_values(patch_column[None])
        self.row_grid.set_values(filter_row[None])
        product = self._products[f, i, j]
        self.im2col_label.setText(self.tr(
            "The engine multiplies the filter matrix ({0} × {1}) by the patch matrix ({1} × {2}): one product "
            "for all {2} cells. Row {3} × column {4} + b = {5:.4f}.").format(
            steps.weights.shape[0], steps.columns.shape[0], oh * ow, f, column, float(product)))
