"""The Playground page: pick a point cloud, choose the inputs and the layers, press play and watch
a small network carve the plane, as in TensorFlow Playground, plus more classes, the engine's
optimizers, your own points and an editable weight under every click.

The panel keeps the settings and builds the run; ``TrainingProcess`` trains it in a process of its
own and sends frames. Every change the person makes is made with training held between two
batches, and the panel renders that moment at once itself, so the change shows without waiting
for the next frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...engine.plane.data import MANY_CLASS, PlaneData, generate, split
from ...engine.plane.features import FEATURES
from ...engine.plane.network import (
    MAX_LAYERS,
    MAX_NEURONS,
    Architecture,
    Hyper,
    PlaneNetwork,
    Trainer,
)
from ...engine.plane.progress import phase
from ...engine.plane.run import PlaneRun
from .controls import ControlsBar
from .data_column import DataColumn
from .file_actions import FileActions
from .frames import Frame, View, render
from .network_column import NetworkColumn
from .output_column import OutputColumn
from .training import TrainingProcess

if TYPE_CHECKING:
    from ..common.state import AppState

DRAG_REACH = 0.4
"""How near (in plane units) a drag must start to a point to move it."""


class PlaygroundPanel(QWidget):
    """The whole page; ``run`` is the engine's training run it shows and ``training`` trains it."""

    def __init__(self, state: AppState | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.noise, self.ratio, self.seed, self.classes = "circle", 0.0, 0.5, 1, 3
        self.features = ["x1", "x2"]
        self.hidden, self.activations = [4, 2], ["tanh", "tanh"]
        self.hyper = Hyper()
        self.editing: tuple | None = None
        self.generation = 0
        self.frame: Frame | None = None
        """The frame on screen."""
        self.training = TrainingProcess(self)
        self.training.frame_ready.connect(self._frame_ready)
        self.training.failed.connect(self._training_failed)
        self.files = FileActions(self)
        self._build()
        self.regenerate()

    # ------------------------------------------------------------------ widgets
    def _build(self) -> None:
        self.controls = ControlsBar(self.hyper)
        self.data_column = DataColumn(self.kind, self.classes, self.hyper.batch_size)
        self.network = NetworkColumn(self.features)
        self.output = OutputColumn()
        controls, data_column, network, output = self.controls, self.data_column, self.network, self.output
        controls.play.toggled.connect(self._play_toggled)
        controls.step_button.clicked.connect(self.single_step)
        controls.reset_button.clicked.connect(self.rebuild_network)
        for combo in controls.hyper_combos():
            combo.currentIndexChanged.connect(self._hyper_changed)
        controls.activation.currentIndexChanged.connect(self._all_activations)
        controls.dropout.currentIndexChanged.connect(self.rebuild_network)
        controls.open_setup_button.clicked.connect(lambda: self.files.ask_path(self.files.open_setup_file, False, "json"))
        controls.save_setup_button.clicked.connect(lambda: self.files.ask_path(self.files.save_setup_file, True, "json"))
        for kind, button in data_column.dataset_buttons.items():
            button.clicked.connect(lambda _=False, k=kind: self.pick_dataset(k))
        data_column.noise_slider.valueChanged.connect(self._data_changed)
        data_column.ratio_slider.valueChanged.connect(self._ratio_changed)
        data_column.batch_slider.valueChanged.connect(self._hyper_changed)
        data_column.class_count.valueChanged.connect(self._classes_changed)
        data_column.regenerate_button.clicked.connect(self._new_seed)
        data_column.load_points_button.clicked.connect(
            lambda: self.files.ask_path(self.files.load_points_file, False, "csv"))
        data_column.save_points_button.clicked.connect(
            lambda: self.files.ask_path(self.files.save_points_file, True, "csv"))
        network.layers_changed.connect(self.change_layers)
        network.neurons_changed.connect(self.change_neurons)
        network.activation_chosen.connect(self.set_activation)
        network.feature_toggled.connect(self.toggle_feature)
        network.network_view.hovered.connect(self._hovered)
        network.network_view.link_clicked.connect(self._link_clicked)
        network.network_view.bias_clicked.connect(self._bias_clicked)
        network.network_view.scale_changed.connect(self._view_changed)
        network.edit_value.valueChanged.connect(self._edited)
        output.plot.point_added.connect(self.add_point)
        output.plot.point_removed.connect(self.remove_point)
        output.plot.point_dragged.connect(self.move_point)
        output.show_test.toggled.connect(self.show_points)
        output.discretize.toggled.connect(self._view_changed)
        output.views.currentChanged.connect(self._view_changed)
        columns = QHBoxLayout()
        columns.addWidget(data_column)
        columns.addWidget(network, 1)
        columns.addWidget(output)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(controls)
        layout.addLayout(columns, 1)

    # ------------------------------------------------------------------ the engine's objects
    @property
    def run(self) -> PlaneRun:
        return self.training.run

    @property
    def model(self) -> PlaneNetwork:
        return self.run.model

    @property
    def trainer(self) -> Trainer:
        return self.run.trainer

    def architecture(self) -> Architecture:
        return Architecture(tuple(self.features), tuple(self.hidden), tuple(self.activations), self.data.classes,
                            self.controls.dropout.currentData())

    def rebuild_network(self) -> None:
        """Fresh weights for the current architecture; training starts again at epoch 0."""
        self.use_model(PlaneNetwork(self.architecture(), seed=self.seed))

    def use_model(self, model: PlaneNetwork) -> None:
        with self.training.held():
            self.network.network_view.set_layout(model.architecture.widths())
            self.network.show_layers(self.hidden, self.activations)
            self._stop_editing()
            self._start_run(model)

    def _start_run(self, model: PlaneNetwork) -> None:
        """A new run of ``model`` on the current split: the epoch count starts again."""
        with self.training.held():
            self.generation += 1
            self.training.use(PlaneRun(Trainer(model, self.train, self.test, self.hyper, self.seed)), self.data,
                              self.generation)
            self.show_points()
            self.refresh()

    # ------------------------------------------------------------------ data
    def regenerate(self) -> None:
        """Draw the chosen data set afresh from the current seed and noise."""
        self.data = generate(self.kind, self.seed, self.noise, self.classes)
        self.own_points = False
        self.resplit()

    def resplit(self) -> None:
        self.train, self.test = split(self.data, self.ratio, self.seed)
        if self.run is None or self.model.architecture.classes != self.data.classes:
            self.rebuild_network()
        else:
            self._start_run(self.model)

    def use_data(self, data: PlaneData, own_points: bool) -> None:
        self.data, self.own_points = data, own_points
        self.resplit()

    def pick_dataset(self, kind: str) -> None:
        self.kind = kind
        self.data_column.dataset_buttons[kind].setChecked(True)
        self.regenerate()

    @Slot()
    def _new_seed(self) -> None:
        self.seed += 1
        self.regenerate()

    @Slot()
    def _data_changed(self) -> None:
        self.noise = self.data_column.noise_slider.value() / 100
        self.regenerate()

    @Slot()
    def _ratio_changed(self) -> None:
        self.ratio = self.data_column.ratio_slider.value() / 100
        self.resplit()

    @Slot()
    def _classes_changed(self) -> None:
        self.classes = self.data_column.class_count.value()
        if self.kind in MANY_CLASS:
            self.regenerate()

    def _edit_points(self, points: np.ndarray, labels: np.ndarray) -> None:
        self.use_data(PlaneData(points.astype(np.float32), labels.astype(self.data.labels.dtype), self.data.classes),
                      own_points=True)

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

    @Slot()
    def show_points(self) -> None:
        self.output.plot.set_points(self.train.points, self.train.labels, self.test.points, self.test.labels,
                                    self.data.classes, self.output.show_test.isChecked())

    def data_settings(self) -> dict:
        return {"kind": self.kind, "seed": self.seed, "noise": self.noise, "ratio": self.ratio,
                "classes": self.classes}

    def restore(self, settings: dict, data: PlaneData, own_points: bool, hyper: Hyper, model: PlaneNetwork) -> None:
        """Take over a saved setup whose every part has been checked already."""
        arch = model.architecture
        self.kind, self.seed, self.noise = settings["kind"], settings["seed"], float(settings["noise"])
        self.ratio, self.classes = float(settings["ratio"]), settings["classes"]
        self.features, self.hidden, self.activations = list(arch.features), list(arch.hidden), list(arch.activations)
        self.data_column.show_settings(self.kind, self.noise, self.ratio, hyper.batch_size, self.classes)
        self.controls.show_hyper(hyper, arch.dropout)
        self.network.show_features(self.features)
        with self.training.held():
            self.hyper = hyper
            self.data, self.own_points = data, own_points
            self.train, self.test = split(data, self.ratio, self.seed)
            self.use_model(model)

    # ------------------------------------------------------------------ network
    def toggle_feature(self, name: str, on: bool) -> None:
        chosen = set(self.features) | {name} if on else set(self.features) - {name}
        if not chosen:  # the network needs an input: keep the last one on
            self.network.feature_buttons[name].setChecked(True)
            return
        self.features = [n for n in FEATURES if n in chosen]
        self.rebuild_network()

    def change_layers(self, delta: int) -> None:
        if delta > 0 and len(self.hidden) < MAX_LAYERS:
            self.hidden.append(self.hidden[-1] if self.hidden else 4)
            self.activations.append(self.controls.activation.currentData())
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
        self.activations = [self.controls.activation.currentData()] * len(self.hidden)
        self.rebuild_network()

    @Slot()
    def _hyper_changed(self) -> None:
        with self.training.held():
            self.controls.read_into(self.hyper)
            self.hyper.batch_size = self.data_column.batch_slider.value()

    # ------------------------------------------------------------------ editing a weight
    @Slot(int, int, int)
    def _link_clicked(self, link: int, source: int, target: int) -> None:
        self.editing = ("w", link, source, target)
        with self.training.held():
            value = float(self.model.weights(link)[source, target])
        self.network.start_editing(self.tr("Weight from neuron {0} of column {1} to neuron {2} of column {3}:")
                                   .format(source + 1, link + 1, target + 1, link + 2), value)

    @Slot(int, int)
    def _bias_clicked(self, link: int, target: int) -> None:
        self.editing = ("b", link, target)
        with self.training.held():
            value = float(self.model.biases(link)[target])
        self.network.start_editing(self.tr("Bias of neuron {0} of column {1}:").format(target + 1, link + 2), value)

    def _stop_editing(self) -> None:
        self.editing = None
        self.network.stop_editing()

    @Slot(float)
    def _edited(self, value: float) -> None:
        if self.editing is None:
            return
        with self.training.held():
            if self.editing[0] == "w":
                _, link, source, target = self.editing
                self.model.weights(link)[source, target] = value
            else:
                _, link, target = self.editing
                self.model.biases(link)[target] = value
            self.run.measure(replace=True)
            self.refresh()

    # ------------------------------------------------------------------ training
    @Slot(bool)
    def _play_toggled(self, on: bool) -> None:
        self.training.set_playing(on)
        if not on:
            self.refresh()  # show where training stopped, not the last frame before it

    @Slot(str)
    def _training_failed(self, message: str) -> None:
        self.controls.play.setChecked(False)
        self.data_column.message.setText(self.tr("Training stopped: {0}").format(message))

    @Slot()
    def single_step(self) -> None:
        """One whole epoch, as TensorFlow Playground's step button does; trained in the thread."""
        self.training.step_epoch()

    # ------------------------------------------------------------------ drawing
    def view(self) -> View:
        network_view = self.network.network_view
        return View(network_view.hovered_neuron, self.output.discretize.isChecked(), self.output.hidden_space_shown,
                    network_view.pixels_per_unit())

    @Slot()
    def _view_changed(self) -> None:
        """A hovered neuron, the hidden-space tab...: while training, the next frame shows it."""
        self.training.set_view(self.view())
        if not self.training.playing:
            self.refresh()

    @Slot(int, int)
    def _hovered(self, column: int, index: int) -> None:
        self._view_changed()

    def refresh(self) -> None:
        """Render the run as it is now and paint it; a frame the thread made before is dropped."""
        with self.training.held():
            self.training.take_frame()
            frame = render(self.run, self.data, self.view(), self.generation)
        self.paint(frame)

    @Slot()
    def _frame_ready(self) -> None:
        frame = self.training.take_frame()
        if frame is not None:
            self.paint(frame, curve_soon=True)

    def paint(self, frame: Frame, curve_soon: bool = False) -> None:
        """Show a frame of the current network and data; a frame of an older one is dropped.
        ``curve_soon``: the loss curve follows within a tenth of a second (see ``show_frame``)."""
        if frame.generation != self.generation:
            return
        self.frame = frame
        self.network.network_view.show_picture(frame.network, frame.weights)
        self.output.show_frame(frame, self.data, curve_soon)
        self.controls.show_epoch(frame.epoch)
        self.network.show_phase(phase(frame.train_losses, frame.test_losses))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.training.prepare()

    def shutdown(self) -> None:
        self.training.shutdown()
