"""The neuron lab: edit a copy of the network and see what it costs.

Global edits (temperature, weight noise, pruning) and per-unit edits (click a unit: shift its bias,
scale its incoming weights, switch it off) make one ``Surgery``; the panel measures it in the
background and the tiles show test accuracy, loss and confidence, original → modified.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from ...engine.data.checks import IMAGE_SIDE
from ...engine.inspection.arithmetic import ImageArithmetic, MixingLayer, mixing_layers
from ...engine.inspection.surgery import NeuronEdit, Surgery, can_switch_off, incoming_index, unit_count
from ...engine.losses import SoftmaxCrossEntropy
from ...engine.fast.network import Network
from ..common.widgets import ValueSlider
from .cells import CellGrid
from .tiles import Tile



def unit_outputs(result: ImageArithmetic, mixing: MixingLayer) -> np.ndarray:
    """Each unit's a for the image: the value of a dense unit, a conv filter's strongest response."""
    a = result.outputs[mixing.output_index]
    return a.reshape(a.shape[0], -1).max(axis=1) if a.ndim == 3 else a


class LabTab(QWidget):
    """Controls of the edits and the tiles. ``surgery_changed()`` when any edit changes;
    ``save_requested()`` and ``reset()`` from the buttons."""

    surgery_changed = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network: Network | None = None
        self.classes: list[str] = []
        self.result: ImageArithmetic | None = None
        self.layers: list[MixingLayer] = []
        self.edits: dict[tuple[str, int], NeuronEdit] = {}
        self.unit = 0
        self.measured = True

        self.temperature = ValueSlider(self.tr("Temperature"), 0.1, 10.0, 0.1, 1,
                                       self.tr("Scores are divided by this before the softmax"))
        self.noise = ValueSlider(self.tr("Weight noise %"), 0.0, 100.0, 1.0, 0,
                                 self.tr("Gaussian noise added to every weight, as a share of its layer's "
                                         "standard deviation"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 9999)
        self.seed.setToolTip(self.tr("The noise's random seed: the same seed gives the same noise"))
        self.prune = ValueSlider(self.tr("Prune %"), 0.0, 99.0, 1.0, 0,
                                 self.tr("Share of each layer's smallest weights (by size) set to zero"))
        self.temperature.setValue(1.0)
        self.global_box = QGroupBox(self.tr("Whole network"))
        global_layout = QGridLayout(self.global_box)
        global_layout.addWidget(self.temperature, 0, 0, 1, 2)
        global_layout.addWidget(self.noise, 1, 0)
        seed_row = QHBoxLayout()
        seed_row.addWidget(QLabel(self.tr("seed")))
        seed_row.addWidget(self.seed)
        global_layout.addLayout(seed_row, 1, 1)
        global_layout.addWidget(self.prune, 2, 0, 1, 2)

        self.layer_box = QComboBox()
        self.layer_box.setToolTip(self.tr("The layer whose units are shown"))
        self.layer_box.currentIndexChanged.connect(self._on_layer)
        self.grid = CellGrid(decimals=1)
        self.grid.setToolTip(self.tr("The layer's units, coloured by their output for this image. Click one "
                                     "to inspect and edit it; crossed units are switched off"))
        self.grid.clicked.connect(lambda r, c: self.select_unit(r * self.grid.values.shape[1] + c))
        units_box = QGroupBox(self.tr("Units"))
        units_layout = QVBoxLayout(units_box)
        units_layout.addWidget(self.layer_box)
        units_layout.addWidget(self.grid, 1)

        self.unit_label = QLabel()
        self.unit_label.setWordWrap(True)
        self.weights_grid = CellGrid(decimals=None)
        self.weights_grid.setToolTip(self.tr("The unit's incoming weights"))
        self.bars = pg.PlotWidget()
        self.bars.setToolTip(self.tr("Each input's contribution x_i · w_i to the unit's z for this image"))
        self.bars.setBackground(self.palette().color(QPalette.ColorRole.Base))
        for axis, label in (("bottom", self.tr("input unit")), ("left", self.tr("x · w"))):
            self.bars.getAxis(axis).setLabel(label)
            self.bars.getAxis(axis).enableAutoSIPrefix(False)
        self.bars.setMouseEnabled(False, False)
        self.bar_item = pg.BarGraphItem(x=[], height=[], width=0.8, brush=(59, 111, 176), pen=None)
        self.bars.addItem(self.bar_item)
        self.incoming = QStackedWidget()
        self.incoming.addWidget(self.weights_grid)
        self.incoming.addWidget(self.bars)
        self.bias_shift = ValueSlider(self.tr("Bias shift"), -5.0, 5.0, 0.1, 1, self.tr("Added to the unit's bias"))
        self.weight_scale = ValueSlider(self.tr("Weight scale"), 0.0, 3.0, 0.05, 2,
                                        self.tr("The unit's incoming weights are multiplied by this"))
        self.weight_scale.setValue(1.0)
        self.switch_off = QCheckBox(self.tr("Switch off"))
        self.switch_off.setToolTip(self.tr("Cut the unit's output from every unit of the next layer"))
        unit_box = QGroupBox(self.tr("Selected unit"))
        unit_layout = QVBoxLayout(unit_box)
        unit_layout.addWidget(self.unit_label)
        unit_layout.addWidget(self.incoming, 1)
        unit_layout.addWidget(self.bias_shift)
        unit_layout.addWidget(self.weight_scale)
        unit_layout.addWidget(self.switch_off)

        self.accuracy_tile = Tile(self.tr("Test accuracy"), self.tr("Share of the test set classified correctly"))
        self.loss_tile = Tile(self.tr("Test loss"), self.tr("The network's own loss, averaged over the test set"))
        self.confidence_tile = Tile(self.tr("Mean confidence"),
                                    self.tr("Average probability of the predicted class"))
        self.image_tile = Tile(self.tr("This image"), self.tr("The chosen image's answer and its probability"))
        self.drawing_tile = Tile(self.tr("Drawing on the pad"),
                                 self.tr("The answer for the digit drawn on the Draw page, read again after each edit"))
        self.drawing_tile.setVisible(False)  # until there is a drawing
        self.unmeasured = QLabel()
        self.unmeasured.setWordWrap(True)
        self.unmeasured.setVisible(False)
        self.status = QLabel()
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Undo every edit"))
        self.reset_button.clicked.connect(self.reset)
        self.save_button = QPushButton(self.tr("Save edited network…"))
        self.save_button.setToolTip(self.tr("Save the edited copy as a new model file"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_requested)
        tiles = QHBoxLayout()
        for tile in (self.accuracy_tile, self.loss_tile, self.confidence_tile, self.image_tile,
                     self.drawing_tile):
            tiles.addWidget(tile, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.global_box)
        left.addWidget(units_box, 1)
        body.addLayout(left, 3)
        body.addWidget(unit_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unmeasured)
        layout.addLayout(tiles)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        for slider in (self.temperature, self.noise, self.prune):
            slider.valueChanged.connect(lambda _v: self.surgery_changed.emit())
        self.seed.valueChanged.connect(lambda _v: self.surgery_changed.emit())
        for slider in (self.bias_shift, self.weight_scale):
            slider.valueChanged.connect(lambda _v: self._edit_unit())
        self.switch_off.toggled.connect(lambda _on: self._edit_unit())

    # ----------------------------------------------------------------- the network and the image
    def set_network(self, network: Network | None, classes: list[str] | None = None) -> None:
        """A new network: every edit is dropped, and the image's numbers (of the old network) too.
        ``classes`` names the output layer's units."""
        self.network = network
        self.classes = list(classes or [])
        self.result = None
        self.layers = mixing_layers(network) if network is not None else []
        self.edits = {}
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        for mixing in self.layers:
            kind = "conv" if network.params[mixing.weight].ndim == 4 else "affine"
            self.layer_box.addItem(self.tr("{0} ({1}, {2} units)").format(
                mixing.weight, kind, unit_count(network, mixing.weight)))
        self.layer_box.setCurrentIndex(max(0, len(self.layers) - 2))  # the last hidden layer
        # Only a softmax has a temperature; a sigmoid network's outputs are read as they are.
        self.temperature.setEnabled(network is not None and isinstance(network.loss_layer, SoftmaxCrossEntropy))
        self.layer_box.blockSignals(False)
        self.unit = 0
        self._on_layer()

    def set_unmeasured(self, reason: str | None) -> None:
        """Without images to measure on (``reason`` says why) the tiles give way to the reason and
        the edits are disabled; the units of the chosen image can still be looked at."""
        self.measured = reason is None
        self.unmeasured.setText(reason or "")
        self.unmeasured.setVisible(not self.measured)
        for tile in (self.accuracy_tile, self.loss_tile, self.confidence_tile, self.image_tile):
            tile.setVisible(self.measured)
        if not self.measured:
            self.drawing_tile.setVisible(False)
            self.save_button.setEnabled(False)
        for widget in (self.global_box, self.bias_shift, self.weight_scale, self.reset_button):
            widget.setEnabled(self.measured)
        self._show_unit()

    def set_image(self, result: ImageArithmetic) -> None:
        self.result = result
        self._draw_units()
        self._show_unit()

    @property
    def mixing(self) -> MixingLayer | None:
        index = self.layer_box.currentIndex()
        return self.layers[index] if 0 <= index < len(self.layers) else None

    def surgery(self) -> Surgery:
        return Surgery(self.temperature.value(), self.noise.value(), self.seed.value(), self.prune.value(),
                       dict(self.edits))

    # ----------------------------------------------------------------- units
    def _on_layer(self, _index: int = 0) -> None:
        self.unit = 0
        self._draw_units()
        self._show_unit()

    def _draw_units(self) -> None:
        mixing = self.mixing
        if mixing is None or self.result is None:
            return
        self.grid.set_units(unit_outputs(self.result, mixing))
        self._mark_units()

    def _mark_units(self) -> None:
        mixing = self.mixing
        if mixing is None or not self.grid.values.size:
            return
        crossed = [self.grid.unit_cell(u) for (name, u), e in self.edits.items() if name == mixing.weight and e.off]
        self.grid.set_marks([self.grid.unit_cell(self.unit)], crossed)

    def select_unit(self, unit: int) -> None:
        """Inspect unit ``unit`` of the chosen layer and load its edit into the controls."""
        mixing = self.mixing
        if mixing is None or not 0 <= unit < unit_count(self.network, mixing.weight):
            return
        self.unit = unit
        self._show_unit()

    def _show_unit(self) -> None:
        mixing, network = self.mixing, self.network
        if mixing is None or network is None:
            return
        edit = self.edits.get((mixing.weight, self.unit), NeuronEdit())
        for control, value in ((self.bias_shift, edit.bias_shift), (self.weight_scale, edit.weight_scale)):
            control.blockSignals(True)
            control.setValue(value)
            control.blockSignals(False)
        self.switch_off.blockSignals(True)
        self.switch_off.setChecked(edit.off)
        self.switch_off.setEnabled(self.measured and can_switch_off(network, mixing.weight))
        self.switch_off.blockSignals(False)
        self._mark_units()
        W = network.params[mixing.weight]
        incoming = W[incoming_index(network, mixing.weight, self.unit)]
        bias = float(network.params[mixing.bias][self.unit]) if mixing.bias else 0.0
        text = self.tr("Unit {0} of {1}: bias b = {2:.4f}, {3} incoming weights").format(
            self.unit, mixing.weight, bias, incoming.size)
        if self.class_of_unit() is not None:
            text += self.tr(" (the output of class {0})").format(self.class_of_unit())
        if self.result is not None:
            z = self.result.outputs[mixing.index]
            a = self.result.outputs[mixing.output_index]
            if z.ndim == 3:
                text += self.tr("; for this image its map's largest z = {0:.4f}, largest a = {1:.4f}").format(
                    float(z[self.unit].max()), float(a[self.unit].max()))
            else:
                text += self.tr("; for this image z = {0:.4f}, a = {1:.4f}").format(float(z[self.unit]),
                                                                                   float(a[self.unit]))
        if edit.off:
            text += self.tr(". Switched off: this output no longer reaches the next layer")
        self.unit_label.setText(text)
        if incoming.ndim == 3:  # a conv filter: its channels stacked
            self.weights_grid.set_values(incoming.reshape(-1, incoming.shape[-1]))
            self.incoming.setCurrentWidget(self.weights_grid)
        elif incoming.size == IMAGE_SIDE * IMAGE_SIDE:
            self.weights_grid.set_values(incoming.reshape(IMAGE_SIDE, IMAGE_SIDE))
            self.incoming.setCurrentWidget(self.weights_grid)
        else:
            inputs = self.result.outputs[mixing.index - 1].ravel() if self.result is not None else np.ones_like(incoming)
            contributions = inputs * incoming
            self.bar_item.setOpts(x=np.arange(contributions.size), height=contributions)
            self.bars.setTitle(self.tr("Contributions x · w to z (sum {0:.3f})").format(float(contributions.sum())))
            self.incoming.setCurrentWidget(self.bars)

    def class_of_unit(self) -> str | None:
        """The class the chosen unit stands for, when it is one of the output layer's units."""
        mixing = self.mixing
        if mixing is None or mixing is not self.layers[-1] or \
                len(self.classes) != unit_count(self.network, mixing.weight):
            return None
        return self.classes[self.unit]

    def _edit_unit(self) -> None:
        mixing = self.mixing
        if mixing is None:
            return
        edit = NeuronEdit(self.bias_shift.value(), self.weight_scale.value(),
                          self.switch_off.isChecked() and self.switch_off.isEnabled())
        key = (mixing.weight, self.unit)
        if edit.is_identity:
            self.edits.pop(key, None)
        else:
            self.edits[key] = edit
        self._show_unit()
        self.surgery_changed.emit()

    def reset(self) -> None:
        """Back to the unedited network."""
        for slider, value in ((self.temperature, 1.0), (self.noise, 0.0), (self.prune, 0.0)):
            slider.blockSignals(True)
            slider.setValue(value)
            slider.blockSignals(False)
        self.edits = {}
        self._show_unit()
        self.surgery_changed.emit()

    # ----------------------------------------------------------------- results
    def show_damage(self, damage, image_answer: tuple[str, str] | None, drawing_answer: tuple[str, str] | None,
                    count: int) -> None:
        """Fill the tiles from a ``Damage`` measured on ``count`` test images; ``image_answer`` and
        ``drawing_answer``: the chosen image's and the pad's answers (before, after) as text."""
        o, m = damage.original, damage.modified
        self.accuracy_tile.show_change(f"{o.accuracy:.2%}", f"{m.accuracy:.2%}")
        self.loss_tile.show_change(f"{o.loss:.4f}", f"{m.loss:.4f}")
        self.confidence_tile.show_change(f"{o.confidence:.2%}", f"{m.confidence:.2%}")
        for tile, reading in ((self.image_tile, image_answer), (self.drawing_tile, drawing_answer)):
            if reading is not None:
                tile.show_change(*reading)
        self.drawing_tile.setVisible(drawing_answer is not None)
        self.save_button.setEnabled(True)
        if damage.start_layer >= len(damage.network.layers):
            self.status.setText(self.tr("{0:,} test images; no weight is edited").format(count))
        else:
            self.status.setText(self.tr("Measured on {0:,} test images in {1:.2f} s, running layers {2} to {3} "
                                        "again").format(count, damage.seconds, damage.start_layer,
                                                        len(damage.network.layers) - 1))
