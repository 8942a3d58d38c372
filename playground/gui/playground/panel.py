"""The Playground page: pick a point cloud, choose the inputs and the layers, press play and watch
a small network carve the plane, as in TensorFlow Playground, plus more classes, the engine's
optimizers, your own points and an editable weight under every click.

Training runs in small steps on a timer, and a tick does one of two things: it redraws, when the
last redraw is ``REDRAW_INTERVAL`` old, or it trains until an epoch ends or ``TRAIN_BUDGET`` is
spent. Either stays well under a frame, so the window never waits on the network.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from ...engine.optimizers import OPTIMIZERS
from ...engine.plane.data import DATASETS, MANY_CLASS, PlaneData, generate, split
from ...engine.errors import PlaygroundError
from ...engine.plane.features import FEATURES
from ...engine.plane.files import load_points, load_setup, save_points, save_setup, setup_dict
from ...engine.plane.network import (ACTIVATIONS, GRID, MAX_LAYERS, MAX_NEURONS, Architecture, Hyper,
                                     PlaneNetwork, Trainer, grid_points)
from ...engine.plane.progress import phase
from .colors import class_rgb, diverging_rgb, image_from_rows, map_rgb, to_qimage
from .hidden_space import HiddenSpace
from .network_view import THUMBNAIL_PIXELS, NetworkView
from .output_plot import OutputPlot

if TYPE_CHECKING:
    from ..common.state import AppState

TRAIN_BUDGET = 0.008
"""Seconds of training per timer tick at most."""
REDRAW_INTERVAL = 0.04
"""Seconds between redraws while training: 25 a second."""
TICK_MS = 5
LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0]
DROPOUT_RATES = [0.0, 0.1, 0.2, 0.3, 0.5]
REGULARIZATION_RATES = [0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0]
THUMB = 44
DRAG_REACH = 0.4
"""How near (in plane units) a drag must start to a point to move it."""


def dataset_thumbnail(kind: str) -> QIcon:
    """A small picture of a data set: its points coloured by class on grey."""
    data = generate(kind, 0, 0.0)
    side = THUMB
    pixels = np.full((side * side, 3), 232, np.uint8)
    cells = np.clip(((data.points + 6) / 12 * side).astype(int), 0, side - 1)
    colors = diverging_rgb(data.labels.astype(np.float32)) if data.regression else \
        class_rgb(np.eye(data.classes, dtype=np.float32)[data.labels])
    pixels[cells[:, 1] * side + cells[:, 0]] = colors
    return QIcon(QPixmap.fromImage(to_qimage(pixels, side)))


class PlaygroundPanel(QWidget):
    """The whole page; ``model`` and ``trainer`` are the engine objects it shows."""

    def __init__(self, state: "AppState | None" = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.noise, self.ratio, self.seed, self.classes = "circle", 0.0, 0.5, 1, 3
        self.features = ["x1", "x2"]
        self.hidden, self.activations = [4, 2], ["tanh", "tanh"]
        self.hyper = Hyper()
        self.hovered: tuple[int, int] = (-1, -1)
        self.editing: tuple | None = None
        self.grid = grid_points(GRID)
        self.train_history: list[float] = []
        self.test_history: list[float] = []
        self.tick_seconds: list[float] = []
        self._last_redraw, self._redrew = 0.0, False
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.regenerate()

    # ------------------------------------------------------------------ widgets
    def _build(self) -> None:
        top = QHBoxLayout()
        self.play = QPushButton(self.tr("Play"))
        self.play.setCheckable(True)
        self.play.toggled.connect(self._play_toggled)
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.clicked.connect(self.single_step)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.rebuild_network)
        # Labels that change while training get fixed sizes: a label that grows re-lays out and
        # repaints the whole page, three times the cost of the pictures themselves.
        self.epoch_label = QLabel()
        self.epoch_label.setFixedWidth(100)
        self.learning_rate = self._combo(LEARNING_RATES, self.hyper.learning_rate, self._hyper_changed)
        self.activation = QComboBox()
        for name in ACTIVATIONS:
            self.activation.addItem(self._activation_name(name), name)
        self.activation.setCurrentIndex(ACTIVATIONS.index("tanh"))
        self.activation.currentIndexChanged.connect(self._all_activations)
        self.regularization = QComboBox()
        for key, text in (("none", self.tr("None")), ("l1", "L1"), ("l2", "L2")):
            self.regularization.addItem(text, key)
        self.regularization.currentIndexChanged.connect(self._hyper_changed)
        self.regularization_rate = self._combo(REGULARIZATION_RATES, 0.0, self._hyper_changed)
        self.optimizer = QComboBox()
        for name in OPTIMIZERS:
            self.optimizer.addItem(name, name)
        self.optimizer.currentIndexChanged.connect(self._hyper_changed)
        self.dropout = self._combo(DROPOUT_RATES, 0.0, self.rebuild_network)
        for widget, caption in ((self.play, None), (self.step_button, None), (self.reset_button, None),
                                (self.epoch_label, None), (self.learning_rate, self.tr("Learning rate")),
                                (self.activation, self.tr("Activation")),
                                (self.regularization, self.tr("Regularization")),
                                (self.regularization_rate, self.tr("Rate")),
                                (self.optimizer, self.tr("Optimizer")), (self.dropout, self.tr("Dropout"))):
            if caption:
                top.addWidget(QLabel(caption))
            top.addWidget(widget)
        top.addStretch(1)
        self.open_setup_button = QPushButton(self.tr("Open setup…"))
        self.save_setup_button = QPushButton(self.tr("Save setup…"))
        self.open_setup_button.clicked.connect(lambda: self._ask_path(self.open_setup_file, False, "json"))
        self.save_setup_button.clicked.connect(lambda: self._ask_path(self.save_setup_file, True, "json"))
        top.addWidget(self.open_setup_button)
        top.addWidget(self.save_setup_button)

        data_box = QGroupBox(self.tr("Data"))
        data_layout = QVBoxLayout(data_box)
        grid = QGridLayout()
        self.dataset_buttons: dict[str, QToolButton] = {}
        names = {"circle": self.tr("Circle"), "xor": self.tr("XOR"), "gaussians": self.tr("Two Gaussians"),
                 "spiral": self.tr("Spiral"), "plane": self.tr("Plane (regression)"),
                 "multi-gaussian": self.tr("Multi-Gaussian (regression)"),
                 "spirals": self.tr("Spirals, 3-5 classes"), "blobs": self.tr("Blobs, 3-5 classes")}
        for i, kind in enumerate(DATASETS):
            button = QToolButton()
            button.setIcon(dataset_thumbnail(kind))
            button.setIconSize(QPixmap(THUMB, THUMB).size())
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setToolTip(names[kind])
            button.clicked.connect(lambda _=False, k=kind: self.pick_dataset(k))
            grid.addWidget(button, i // 4, i % 4)
            self.dataset_buttons[kind] = button
        self.dataset_buttons[self.kind].setChecked(True)
        data_layout.addLayout(grid)
        self.class_count = QSpinBox()
        self.class_count.setRange(3, 5)
        self.class_count.setValue(self.classes)
        self.class_count.valueChanged.connect(self._classes_changed)
        self.noise_slider = self._slider(0, 50, 0, self._data_changed)
        self.ratio_slider = self._slider(10, 90, 50, self._ratio_changed)
        self.batch_slider = self._slider(1, 30, self.hyper.batch_size, self._hyper_changed)
        self.slider_labels: dict[QSlider, QLabel] = {}
        self.slider_captions: dict[QSlider, str] = {}
        for slider, caption in ((self.ratio_slider, self.tr("Training share: {0} %")),
                                (self.noise_slider, self.tr("Noise: {0} %")),
                                (self.batch_slider, self.tr("Batch size: {0}"))):
            label = QLabel()
            self.slider_labels[slider] = label
            self.slider_captions[slider] = caption
            slider.valueChanged.connect(lambda value, l=label, c=caption: l.setText(c.format(value)))
            label.setText(caption.format(slider.value()))
            data_layout.addWidget(label)
            data_layout.addWidget(slider)
        classes_row = QHBoxLayout()
        classes_row.addWidget(QLabel(self.tr("Classes (spirals, blobs)")))
        classes_row.addWidget(self.class_count)
        data_layout.addLayout(classes_row)
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.regenerate_button.clicked.connect(self._new_seed)
        data_layout.addWidget(self.regenerate_button)
        self.points_hint = QLabel(self.tr("Click the plane to add a point of the first class, shift-click "
                                          "for the second, drag a point to move it, right-click to delete "
                                          "the nearest."))
        self.points_hint.setWordWrap(True)
        data_layout.addWidget(self.points_hint)
        points_row = QHBoxLayout()
        self.load_points_button = QPushButton(self.tr("Load points…"))
        self.save_points_button = QPushButton(self.tr("Save points…"))
        self.load_points_button.clicked.connect(lambda: self._ask_path(self.load_points_file, False, "csv"))
        self.save_points_button.clicked.connect(lambda: self._ask_path(self.save_points_file, True, "csv"))
        points_row.addWidget(self.load_points_button)
        points_row.addWidget(self.save_points_button)
        data_layout.addLayout(points_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a02020")
        data_layout.addWidget(self.message)
        data_layout.addStretch(1)
        data_box.setFixedWidth(250)

        network_box = QGroupBox(self.tr("Network"))
        network_layout = QVBoxLayout(network_box)
        layers_row = QHBoxLayout()
        self.add_layer = QPushButton("+")
        self.remove_layer = QPushButton("−")
        self.add_layer.setToolTip(self.tr("Add a hidden layer"))
        self.remove_layer.setToolTip(self.tr("Remove the last hidden layer"))
        self.add_layer.clicked.connect(lambda: self.change_layers(+1))
        self.remove_layer.clicked.connect(lambda: self.change_layers(-1))
        self.layers_label = QLabel()
        for widget in (self.add_layer, self.remove_layer, self.layers_label):
            layers_row.addWidget(widget)
        layers_row.addStretch(1)
        network_layout.addLayout(layers_row)
        self.layer_bar = QHBoxLayout()
        network_layout.addLayout(self.layer_bar)
        body = QHBoxLayout()
        features_column = QVBoxLayout()
        features_column.addWidget(QLabel(self.tr("Inputs")))
        self.feature_buttons: dict[str, QPushButton] = {}
        for name in FEATURES:
            button = QPushButton(name.replace("^2", "²").replace("*", "·"))
            button.setCheckable(True)
            button.setChecked(name in self.features)
            button.toggled.connect(lambda on, n=name: self.toggle_feature(n, on))
            features_column.addWidget(button)
            self.feature_buttons[name] = button
        features_column.addStretch(1)
        body.addLayout(features_column)
        self.network_view = NetworkView()
        self.network_view.hovered.connect(self._hovered)
        self.network_view.link_clicked.connect(self._link_clicked)
        self.network_view.bias_clicked.connect(self._bias_clicked)
        body.addWidget(self.network_view, 1)
        network_layout.addLayout(body, 1)
        edit_row = QHBoxLayout()
        self.edit_label = QLabel(self.tr("Click a link or a bias square to edit its value."))
        self.edit_value = QDoubleSpinBox()
        self.edit_value.setRange(-10.0, 10.0)
        self.edit_value.setDecimals(3)
        self.edit_value.setSingleStep(0.1)
        self.edit_value.setEnabled(False)
        self.edit_value.valueChanged.connect(self._edited)
        edit_row.addWidget(self.edit_label, 1)
        edit_row.addWidget(self.edit_value)
        network_layout.addLayout(edit_row)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setFixedHeight(2 * self.explanation.fontMetrics().lineSpacing() + 4)
        network_layout.addWidget(self.explanation)

        output_box = QGroupBox(self.tr("Output"))
        output_layout = QVBoxLayout(output_box)
        self.loss_label = QLabel()
        self.loss_label.setFixedHeight(2 * self.loss_label.fontMetrics().lineSpacing() + 4)
        output_layout.addWidget(self.loss_label)
        self.confusion_label = QLabel()
        self.confusion_label.setFixedHeight(6 * self.confusion_label.fontMetrics().lineSpacing() + 4)
        self.confusion_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        output_layout.addWidget(self.confusion_label)
        self.curve = pg.PlotWidget()
        self.curve.setBackground("w")
        self.curve.setFixedHeight(110)
        self.curve.setMenuEnabled(False)
        self.curve.setLabel("bottom", self.tr("epoch"))
        self.curve.setLabel("left", self.tr("loss"))
        self.curve.getAxis("left").enableAutoSIPrefix(False)
        self.train_curve = self.curve.plot(pen=pg.mkPen(60, 60, 60, width=2), name=self.tr("training"))
        self.test_curve = self.curve.plot(pen=pg.mkPen(8, 119, 189, width=2), name=self.tr("test"))
        output_layout.addWidget(self.curve)
        self.plot = OutputPlot()
        self.plot.point_added.connect(self.add_point)
        self.plot.point_removed.connect(self.remove_point)
        self.plot.point_dragged.connect(self.move_point)
        self.plot.setMinimumSize(320, 320)
        self.hidden_space = HiddenSpace()
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.plot, self.tr("Plane"))
        self.views.addTab(self.hidden_space, self.tr("Hidden space"))
        self.views.currentChanged.connect(self._show_hidden_space)
        for box in (self.hidden_space.first, self.hidden_space.second):
            box.valueChanged.connect(self._show_hidden_space)
        output_layout.addWidget(self.views, 1)
        self.show_test = QCheckBox(self.tr("Show test data"))
        self.show_test.setChecked(True)
        self.discretize = QCheckBox(self.tr("Discretize output"))
        self.show_test.toggled.connect(self.show_points)
        self.discretize.toggled.connect(self.redraw)
        for box in (self.show_test, self.discretize):
            output_layout.addWidget(box)
        output_box.setMinimumWidth(360)

        columns = QHBoxLayout()
        columns.addWidget(data_box)
        columns.addWidget(network_box, 1)
        columns.addWidget(output_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addLayout(columns, 1)

    def _combo(self, values: list[float], current: float, slot) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(f"{value:g}", value)
        combo.setCurrentIndex(values.index(current))
        combo.currentIndexChanged.connect(slot)
        return combo

    def _slider(self, low: int, high: int, value: int, slot) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setValue(value)
        slider.valueChanged.connect(slot)
        return slider

    def _activation_name(self, key: str) -> str:
        return {"relu": "ReLU", "tanh": "tanh", "sigmoid": self.tr("sigmoid"), "linear": self.tr("linear")}[key]

    def _rebuild_layer_bar(self) -> None:
        while self.layer_bar.count():
            item = self.layer_bar.takeAt(0)
            widget = item.widget()
            if widget:
                # Unparent at once: a deferred delete waits for the outer event loop.
                widget.setParent(None)
                widget.deleteLater()
        self.neuron_buttons: list[tuple[QPushButton, QPushButton, QComboBox]] = []
        for index, units in enumerate(self.hidden):
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            plus, minus = QToolButton(), QToolButton()
            plus.setText("+")
            minus.setText("−")
            plus.setToolTip(self.tr("Add a neuron to layer {0}").format(index + 1))
            minus.setToolTip(self.tr("Remove a neuron from layer {0}").format(index + 1))
            plus.clicked.connect(lambda _=False, i=index: self.change_neurons(i, +1))
            minus.clicked.connect(lambda _=False, i=index: self.change_neurons(i, -1))
            combo = QComboBox()
            for name in ACTIVATIONS:
                combo.addItem(self._activation_name(name), name)
            combo.setCurrentIndex(ACTIVATIONS.index(self.activations[index]))
            combo.currentIndexChanged.connect(lambda _=0, i=index, c=combo: self.set_activation(i, c.currentData()))
            for widget in (plus, minus, combo):
                row.addWidget(widget)
            self.layer_bar.addWidget(holder)
            self.neuron_buttons.append((plus, minus, combo))
        self.layer_bar.addStretch(1)
        self.layers_label.setText(self.tr("{0} hidden layers").format(len(self.hidden)))

    # ------------------------------------------------------------------ data
    def regenerate(self) -> None:
        """Draw the chosen data set afresh from the current seed and noise."""
        self.data = generate(self.kind, self.seed, self.noise, self.classes)
        self.own_points = False
        self.resplit()

    def resplit(self) -> None:
        self.train, self.test = split(self.data, self.ratio, self.seed)
        if not hasattr(self, "model") or self.model.architecture.classes != self.data.classes:
            self.rebuild_network()
        else:
            self._rebuild_trainer()

    def pick_dataset(self, kind: str) -> None:
        self.kind = kind
        self.dataset_buttons[kind].setChecked(True)
        self.regenerate()

    @Slot()
    def _new_seed(self) -> None:
        self.seed += 1
        self.regenerate()

    @Slot()
    def _data_changed(self) -> None:
        self.noise = self.noise_slider.value() / 100
        self.regenerate()

    @Slot()
    def _ratio_changed(self) -> None:
        self.ratio = self.ratio_slider.value() / 100
        self.resplit()

    @Slot()
    def _classes_changed(self) -> None:
        self.classes = self.class_count.value()
        if self.kind in MANY_CLASS:
            self.regenerate()

    def _edit_points(self, points: np.ndarray, labels: np.ndarray) -> None:
        self.data = PlaneData(points.astype(np.float32), labels.astype(self.data.labels.dtype), self.data.classes)
        self.own_points = True
        self.resplit()

    @Slot(float, float, bool)
    def add_point(self, x: float, y: float, shift: bool) -> None:
        """A point of the first class (shift: the second); in a regression, +1 (shift: -1)."""
        label = (-1.0 if shift else 1.0) if self.data.regression else (1 if shift else 0)
        self._edit_points(np.vstack([self.data.points, [[x, y]]]), np.append(self.data.labels, label))

    def _nearest(self, x: float, y: float) -> int:
        return int(np.argmin(np.hypot(self.data.points[:, 0] - x, self.data.points[:, 1] - y)))

    @Slot(float, float)
    def remove_point(self, x: float, y: float) -> None:
        if len(self.data) == 0:
            return
        keep = np.arange(len(self.data)) != self._nearest(x, y)
        self._edit_points(self.data.points[keep], self.data.labels[keep])

    @Slot(float, float, float, float)
    def move_point(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """Move the point nearest to where a drag began (within DRAG_REACH) to where it ended."""
        if len(self.data) == 0:
            return
        index = self._nearest(x0, y0)
        if np.hypot(*(self.data.points[index] - [x0, y0])) > DRAG_REACH:
            return
        points = self.data.points.copy()
        points[index] = [x1, y1]
        self._edit_points(points, self.data.labels)

    # ------------------------------------------------------------------ files
    def _ask_path(self, action, saving: bool, suffix: str) -> None:
        caption = self.tr("Save") if saving else self.tr("Open")
        pattern = self.tr("Points (*.csv)") if suffix == "csv" else self.tr("Playground setups (*.json)")
        ask = QFileDialog.getSaveFileName if saving else QFileDialog.getOpenFileName
        path, _ = ask(self, caption, "", pattern)
        if path:
            action(path)

    def _report(self, error: PlaygroundError | None) -> None:
        self.message.setText("" if error is None else str(error))

    def load_points_file(self, path: str) -> bool:
        """Replace the points with a CSV file's; a bad file changes nothing and says why."""
        try:
            data = load_points(path)
        except PlaygroundError as error:
            self._report(error)
            return False
        self._report(None)
        self.data, self.own_points = data, True
        self.resplit()
        return True

    def save_points_file(self, path: str) -> bool:
        try:
            save_points(path, self.data)
        except PlaygroundError as error:
            self._report(error)
            return False
        self._report(None)
        return True

    def data_settings(self) -> dict:
        return {"kind": self.kind, "seed": self.seed, "noise": self.noise, "ratio": self.ratio,
                "classes": self.classes}

    def save_setup_file(self, path: str, with_weights: bool = True) -> bool:
        """Everything needed to hand out this exercise: data, network, settings and weights."""
        setup = setup_dict(self.data_settings(), self.data if self.own_points else None, self.model,
                           self.hyper, with_weights)
        try:
            save_setup(path, setup)
        except PlaygroundError as error:
            self._report(error)
            return False
        self._report(None)
        return True

    def open_setup_file(self, path: str) -> bool:
        """Restore a saved setup; every part is checked (weights too) before anything changes."""
        try:
            setup = load_setup(path)
            settings = setup["data"]
            data = setup["points"] or generate(settings["kind"], settings["seed"], settings["noise"],
                                               settings["classes"])
            split(data, settings["ratio"], settings["seed"])
            arch = setup["architecture"]
            arch = Architecture(arch.features, arch.hidden, arch.activations, data.classes, arch.dropout)
            model = PlaneNetwork(arch, seed=settings["seed"])
            if setup["weights"] is not None:
                model.network.load_state(setup["weights"])
        except PlaygroundError as error:
            self._report(error)
            return False
        self._report(None)
        self.kind, self.seed, self.noise = settings["kind"], settings["seed"], float(settings["noise"])
        self.ratio, self.classes = float(settings["ratio"]), settings["classes"]
        self.data, self.own_points = data, setup["points"] is not None
        self.features, self.hidden, self.activations = list(arch.features), list(arch.hidden), list(arch.activations)
        self.hyper = setup["hyper"]
        self._show_settings(arch.dropout)
        self.train, self.test = split(self.data, self.ratio, self.seed)
        self._use_model(model)
        return True

    def _show_settings(self, arch_dropout: float) -> None:
        """Put the current settings into the widgets without each one rebuilding the network."""
        widgets = [self.noise_slider, self.ratio_slider, self.batch_slider, self.class_count, self.learning_rate,
                   self.regularization, self.regularization_rate, self.optimizer, self.dropout,
                   *self.feature_buttons.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.dataset_buttons[self.kind].setChecked(True)
        self.noise_slider.setValue(round(self.noise * 100))
        self.ratio_slider.setValue(round(self.ratio * 100))
        self.batch_slider.setValue(self.hyper.batch_size)
        self.class_count.setValue(self.classes)
        for combo, value in ((self.learning_rate, self.hyper.learning_rate),
                             (self.regularization, self.hyper.regularization),
                             (self.regularization_rate, self.hyper.regularization_rate),
                             (self.optimizer, self.hyper.optimizer),
                             (self.dropout, arch_dropout)):
            index = combo.findData(value)
            if index < 0:
                combo.addItem(f"{value:g}", value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        for name, button in self.feature_buttons.items():
            button.setChecked(name in self.features)
        for widget in widgets:
            widget.blockSignals(False)
        for slider, label in self.slider_labels.items():
            label.setText(self.slider_captions[slider].format(slider.value()))

    # ------------------------------------------------------------------ network
    def architecture(self) -> Architecture:
        return Architecture(tuple(self.features), tuple(self.hidden), tuple(self.activations), self.data.classes,
                            self.dropout.currentData())

    def rebuild_network(self) -> None:
        """Fresh weights for the current architecture; training starts again at epoch 0."""
        self._use_model(PlaneNetwork(self.architecture(), seed=self.seed))

    def _use_model(self, model: PlaneNetwork) -> None:
        self.model = model
        self.network_view.set_layout(self.model.architecture.widths())
        self._rebuild_layer_bar()
        self.add_layer.setEnabled(len(self.hidden) < MAX_LAYERS)
        self.remove_layer.setEnabled(bool(self.hidden))
        self._stop_editing()
        self._rebuild_trainer()

    def _rebuild_trainer(self) -> None:
        self.trainer = Trainer(self.model, self.train, self.test, self.hyper, self.seed)
        self.train_history, self.test_history = [], []
        self._record()
        self.show_points()
        self.redraw()

    @Slot()
    def show_points(self) -> None:
        self.plot.set_points(self.train.points, self.train.labels, self.test.points, self.test.labels,
                             self.data.classes, self.show_test.isChecked())

    def toggle_feature(self, name: str, on: bool) -> None:
        chosen = set(self.features) | {name} if on else set(self.features) - {name}
        if not chosen:  # the network needs an input: keep the last one on
            self.feature_buttons[name].setChecked(True)
            return
        self.features = [n for n in FEATURES if n in chosen]
        self.rebuild_network()

    def change_layers(self, delta: int) -> None:
        if delta > 0 and len(self.hidden) < MAX_LAYERS:
            self.hidden.append(self.hidden[-1] if self.hidden else 4)
            self.activations.append(self.activation.currentData())
        elif delta < 0 and self.hidden:
            self.hidden.pop()
            self.activations.pop()
        self.rebuild_network()

    def change_neurons(self, layer: int, delta: int) -> None:
        self.hidden[layer] = int(np.clip(self.hidden[layer] + delta, 1, MAX_NEURONS))
        self.rebuild_network()

    def set_activation(self, layer: int, name: str) -> None:
        if self.activations[layer] != name:
            self.activations[layer] = name
            self.rebuild_network()

    @Slot()
    def _all_activations(self) -> None:
        self.activations = [self.activation.currentData()] * len(self.hidden)
        self.rebuild_network()

    @Slot()
    def _hyper_changed(self) -> None:
        self.hyper.learning_rate = self.learning_rate.currentData()
        self.hyper.batch_size = self.batch_slider.value()
        self.hyper.regularization = self.regularization.currentData()
        self.hyper.regularization_rate = self.regularization_rate.currentData()
        self.hyper.optimizer = self.optimizer.currentData()

    # ------------------------------------------------------------------ editing a weight
    @Slot(int, int, int)
    def _link_clicked(self, link: int, source: int, target: int) -> None:
        self.editing = ("w", link, source, target)
        self.edit_label.setText(self.tr("Weight from neuron {0} of column {1} to neuron {2} of column {3}:")
                                .format(source + 1, link + 1, target + 1, link + 2))
        self._start_editing(float(self.model.weights(link)[source, target]))

    @Slot(int, int)
    def _bias_clicked(self, link: int, target: int) -> None:
        self.editing = ("b", link, target)
        self.edit_label.setText(self.tr("Bias of neuron {0} of column {1}:").format(target + 1, link + 2))
        self._start_editing(float(self.model.biases(link)[target]))

    def _start_editing(self, value: float) -> None:
        self.edit_value.blockSignals(True)
        self.edit_value.setValue(value)
        self.edit_value.blockSignals(False)
        self.edit_value.setEnabled(True)
        self.edit_value.setFocus()
        self.edit_value.selectAll()

    def _stop_editing(self) -> None:
        self.editing = None
        self.edit_value.setEnabled(False)
        self.edit_label.setText(self.tr("Click a link or a bias square to edit its value."))

    @Slot(float)
    def _edited(self, value: float) -> None:
        if self.editing is None:
            return
        if self.editing[0] == "w":
            _, link, source, target = self.editing
            self.model.weights(link)[source, target] = value
        else:
            _, link, target = self.editing
            self.model.biases(link)[target] = value
        self._record(replace=True)
        self.redraw()

    # ------------------------------------------------------------------ training
    @Slot(bool)
    def _play_toggled(self, on: bool) -> None:
        self.play.setText(self.tr("Pause") if on else self.tr("Play"))
        if on:
            self.timer.start()
        else:
            self.timer.stop()
            self.redraw()  # show where training stopped, not the last frame before it

    @Slot()
    def single_step(self) -> None:
        """One whole epoch, as TensorFlow Playground's step button does."""
        self.trainer.run_epoch()
        self._record()
        self.redraw()

    @Slot()
    def _tick(self) -> None:
        start = time.perf_counter()
        if start - self._last_redraw >= REDRAW_INTERVAL and not self._redrew:
            self._last_redraw, self._redrew = start, True
            self.redraw()
        else:
            self._redrew = False  # the next tick may redraw again: training always gets its turn
            while time.perf_counter() - start < TRAIN_BUDGET:
                if self.trainer.step():
                    self._record()
                    break
        self.tick_seconds.append(time.perf_counter() - start)
        del self.tick_seconds[:-200]

    def _record(self, replace: bool = False) -> None:
        """Measure the losses (and accuracies) of the current weights: at each epoch's end."""
        self.accuracies = self.trainer.accuracies()
        self._show_confusion()
        self._show_hidden_space()
        train, test = self.trainer.losses()
        if replace and self.train_history:
            self.train_history[-1], self.test_history[-1] = train, test
        else:
            self.train_history.append(train)
            self.test_history.append(test)
        self._show_history()

    # ------------------------------------------------------------------ drawing

    @staticmethod
    def _column_values(c: int, values: np.ndarray, last: bool, classes: int) -> np.ndarray:
        """A column's outputs on the [-1, 1] scale of the colour map."""
        if c == 0:
            return values / (np.abs(values).max(axis=0) + 1e-12)
        if last and classes:
            return 2 * values - 1
        return values

    @Slot()
    def redraw(self) -> None:
        """Evaluate every neuron over the grid and repaint the heatmap, thumbnails and numbers."""
        columns = self.model.columns(self.grid)
        pictures: list[list[QPixmap]] = []
        big = None
        for c, values in enumerate(columns):
            scaled = self._column_values(c, values, c == len(columns) - 1, self.data.classes)
            # Every other grid pixel is plenty for a 40-pixel thumbnail and quarters the work;
            # rows top first and one picture after another, as the images want them.
            step = GRID // THUMBNAIL_PIXELS
            thumbs = np.moveaxis(scaled.reshape(GRID, GRID, -1)[::-step, ::step], 2, 0)
            rgb = diverging_rgb(np.ascontiguousarray(thumbs))
            pictures.append([QPixmap.fromImage(image_from_rows(picture)) for picture in rgb])
            if c == self.hovered[0] and 0 <= self.hovered[1] < values.shape[1]:
                big = diverging_rgb(scaled[:, self.hovered[1]])
        if big is None:
            big = map_rgb(columns[-1], self.discretize.isChecked())
        self.plot.set_picture(big, GRID)
        model = self.model
        self.network_view.update_values(pictures, [model.weights(k) for k in range(model.links)],
                                        [model.biases(k) for k in range(model.links)])
        self._show_numbers()

    def _show_numbers(self) -> None:
        train, test = self.train_history[-1], self.test_history[-1]
        text = self.tr("Training loss {0:.3f}   Test loss {1:.3f}").format(train, test)
        if self.data.classes:
            train_acc, test_acc = self.accuracies
            text += "\n" + self.tr("Training accuracy {0:.1%}   Test accuracy {1:.1%}").format(train_acc, test_acc)
        self.loss_label.setText(text)
        self.epoch_label.setText(self.tr("Epoch {0}").format(self.trainer.epoch))

    @Slot()
    def _show_hidden_space(self) -> None:
        """Drawn only while its tab is shown, and once an epoch: it costs two forward passes."""
        if self.views.currentWidget() is self.hidden_space:
            self.hidden_space.show_model(self.model, self.data)

    def _show_confusion(self) -> None:
        """Test points by true class (rows) and the class the network gives them (columns)."""
        if not self.data.classes or len(self.test) == 0:
            self.confusion_label.clear()
            return
        counts = self.trainer.test_confusion()
        rows = "".join("<tr>" + "".join(f"<td align='right'>&nbsp;{n}&nbsp;</td>" for n in row) + "</tr>"
                       for row in counts.tolist())
        self.confusion_label.setText(self.tr("Test points: true class (rows) by predicted class (columns)")
                                     + f"<table>{rows}</table>")

    def _show_history(self) -> None:
        self.train_curve.setData(np.asarray(self.train_history))
        self.test_curve.setData(np.asarray(self.test_history))
        sentences = {
            "start": self.tr("Press play: the network starts from random weights and adjusts them batch by batch."),
            "diverged": self.tr("The loss is growing without bound: the learning rate is too high."),
            "overfitting": self.tr("The test loss rises while the training loss falls: over-fitting. "
                                   "Try fewer neurons, more noise-free data or regularization."),
            "learning": self.tr("Both losses are falling: the network is learning."),
            "converged": self.tr("The losses have settled low: the network has fitted the data."),
            "stuck": self.tr("The loss has stopped falling: try another learning rate, more neurons "
                             "or other input features."),
        }
        self.explanation.setText(sentences[phase(self.train_history, self.test_history)])

    @Slot(int, int)
    def _hovered(self, column: int, index: int) -> None:
        self.hovered = (column, index)
        self.redraw()

    def shutdown(self) -> None:
        self.timer.stop()

