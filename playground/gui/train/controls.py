"""The Train panel's form: dataset, network and every hyper-parameter of a run.

The form turns its widgets into a ``RunRequest`` (or a ``FormError`` naming the field that is
wrong) and fills itself from a preset's recipe. While a run trains, only the learning rate stays
editable: it is handed to the running training through ``learning_rate_changed``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...engine.data.sources import DataSource, guess_source
from ...engine.errors import PlaygroundError, SpecError
from ...engine.initializers import INITIALIZERS
from ...engine.optimizers import OPTIMIZERS
from ...engine.presets import FLAT_UNIT, PRESETS, mlp_spec
from ...engine.training.config import EarlyStopping, TrainConfig
from ...engine.training.recipes import preset_recipe
from ..common.widgets import RateSpinBox
from .records import RunRequest, Sweep

CUSTOM_MLP = "__custom_mlp__"
# Offered first and chosen at the start: a new user's first run reaches 99 % in about half a minute.
DEFAULT_PRESET = "fast-track"
ACTIVATIONS = ("relu", "sigmoid", "tanh", "leaky-relu")
SCHEDULES = ("constant", "step", "cosine")
# The Dataset choices that are a person's own files, and the source kinds each one takes.
OWN_DATA_KINDS = {"idx": ("idx",), "csv": ("csv",), "folder": ("folder", "names")}


class FormError(ValueError):
    """A field holds something a run cannot use; the message names the field."""


def parse_hidden_sizes(text: str) -> list[int]:
    """"512, 256" -> [512, 256]; empty text means no hidden layer. Raises FormError."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    try:
        sizes = [int(p) for p in parts]
    except ValueError:
        sizes = []
    if len(sizes) != len(parts) or any(not 1 <= s <= 4096 for s in sizes):
        raise FormError(QCoreApplication.translate(
            "TrainingForm", "Hidden layers: write whole numbers from 1 to 4096 separated by commas, e.g. 512, 256"))
    return sizes


class TrainingForm(QWidget):
    """Every setting of a run, grouped as Data, Network, Optimisation and Regularisation."""

    learning_rate_changed = Signal(float)
    # Chosen or dropped files that are no data the form can train on, with why.
    own_data_rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_sources: dict[str, DataSource | None] = dict.fromkeys(OWN_DATA_KINDS)
        # The chosen network's whole recipe: the form edits the fields it shows and carries the
        # rest (update rule, gradient clip, pen styles) into the run unchanged.
        self._recipe = TrainConfig()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_data_group())
        layout.addWidget(self._build_network_group())
        layout.addWidget(self._build_optimisation_group())
        layout.addWidget(self._build_regularisation_group())
        layout.addStretch(1)
        if DEFAULT_PRESET in PRESETS:
            self.model.setCurrentIndex(self.model.findData(DEFAULT_PRESET))
        self._on_source_changed()
        self._on_optimizer_changed()
        self._on_schedule_changed()
        self._on_model_changed()

    # ----------------------------------------------------------------- building
    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _row(self, form: QFormLayout, label: str, widget: QWidget, tip: str) -> QWidget:
        widget.setToolTip(tip)
        if isinstance(widget, QComboBox):  # long item names must not widen the whole form
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(10)
        form.addRow(label, widget)
        form.labelForField(widget).setToolTip(tip)
        return widget

    def _spin(self, minimum: int, maximum: int, value: int, special: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        spin.setValue(value)
        spin.setGroupSeparatorShown(True)
        if special:
            spin.setSpecialValueText(special)
        return spin

    def _double(self, minimum: float, maximum: float, value: float, decimals: int, step: float,
                suffix: str = "") -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(minimum, maximum)
        spin.setDecimals(decimals)
        spin.setSingleStep(step)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _build_data_group(self) -> QGroupBox:
        box, form = self._form(self.tr("Data"))
        self.dataset = QComboBox()
        for text, key in ((self.tr("MNIST digits"), "mnist"),
                          (self.tr("Fashion-MNIST clothes"), "fashion-mnist"),
                          (self.tr("Book's CSV sample (100 + 10 digits)"), "mnist-csv-sample"),
                          (self.tr("Your own IDX files…"), "idx"),
                          (self.tr("Your own CSV file…"), "csv"),
                          (self.tr("Your own folder of classes…"), "folder")):
            self.dataset.addItem(text, key)
        self._row(form, self.tr("Dataset"), self.dataset,
                  self.tr("The images and labels the network learns from"))
        self.dataset.currentIndexChanged.connect(self._on_source_changed)

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.choose_file = QPushButton(self.tr("Choose…"))
        self.choose_file.setToolTip(self.tr("Pick your own data: a folder with one sub-folder per class, a CSV "
                                            "file or an IDX pair (or drop them on this page)"))
        self.choose_file.clicked.connect(self._choose_files)
        files = QWidget()
        files_layout = QHBoxLayout(files)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.file_label, 1)
        files_layout.addWidget(self.choose_file)
        self.files_row = self._row(form, self.tr("Files"), files,
                                   self.tr("Your own data: a folder with one sub-folder per class (or pictures "
                                           "named like my_own_3.png), an IDX images file with its labels file, "
                                           "or one CSV file"))

        self.limit = self._row(form, self.tr("Training images"), self._spin(0, 60000, 0, self.tr("all")),
                               self.tr("Train on only this many images, the first of each class in its share, for quick experiments (0 = all)"))
        self.limit.setSingleStep(1000)
        self.validation = self._row(form, self.tr("Validation share"), self._double(0, 50, 10, 0, 5, " %"),
                                    self.tr("Share of the training images held out to measure validation accuracy"))
        self._data_form = form
        return box

    def _build_network_group(self) -> QGroupBox:
        box, form = self._form(self.tr("Network"))
        self.model = QComboBox()
        for preset in sorted(PRESETS.values(), key=lambda p: p.name != DEFAULT_PRESET):
            self.model.addItem(QCoreApplication.translate("presets", preset.title), preset.name)
        self.model.addItem(self.tr("Your own MLP"), CUSTOM_MLP)
        self._row(form, self.tr("Model"), self.model,
                  self.tr("A network from the books (with its training recipe) or your own fully connected one"))
        self.model.currentIndexChanged.connect(self._on_model_changed)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setToolTip(self.tr("What the chosen network is and where it comes from"))
        form.addRow(self.description)

        self.hidden = self._row(form, self.tr("Hidden layers"), QLineEdit("100"),
                                self.tr("Sizes of the hidden layers, separated by commas (e.g. 512, 256)"))
        self.activation = self._row(form, self.tr("Activation"), QComboBox(),
                                    self.tr("The non-linearity after each hidden layer"))
        self.activation.addItems(ACTIVATIONS)
        self.init = self._row(form, self.tr("Initialiser"), QComboBox(),
                              self.tr("How the starting weights are drawn (He suits ReLU, Xavier suits sigmoid/tanh)"))
        self.init.addItems(list(INITIALIZERS))
        self.init.setCurrentText("he")
        self.batchnorm = self._row(form, self.tr("BatchNorm"), QCheckBox(self.tr("after each hidden layer")),
                                   self.tr("Normalise each hidden layer's outputs per batch, which speeds up learning"))
        self.dropout = self._row(form, self.tr("Dropout"), self._double(0, 0.9, 0, 2, 0.05),
                                 self.tr("Share of hidden units switched off at random in each training batch"))
        self._mlp_fields = (self.hidden, self.activation, self.init, self.batchnorm, self.dropout)
        self._network_form = form
        return box

    def _build_optimisation_group(self) -> QGroupBox:
        box, form = self._form(self.tr("Optimisation"))
        self.optimizer = self._row(form, self.tr("Optimizer"), QComboBox(),
                                   self.tr("The rule that turns gradients into weight changes"))
        self.optimizer.addItems(list(OPTIMIZERS))
        self.optimizer.currentIndexChanged.connect(self._on_optimizer_changed)
        self.learning_rate = self._row(form, self.tr("Learning rate"), RateSpinBox(1e-6, 100.0),
                                       self.tr("Step size of each update; can be changed while training runs"))
        self.learning_rate.setValue(0.1)
        self.learning_rate.valueChanged.connect(self.learning_rate_changed)
        self.momentum = self._row(form, self.tr("Momentum"), self._double(0, 0.999, 0.9, 3, 0.05),
                                  self.tr("How much of the previous update carries over into the next"))
        self.beta1 = self._row(form, self.tr("β1"), self._double(0, 0.999, 0.9, 3, 0.01),
                               self.tr("Adam: decay of the running mean of the gradients"))
        self.beta2 = self._row(form, self.tr("β2"), self._double(0, 0.9999, 0.999, 4, 0.001),
                               self.tr("Adam: decay of the running mean of the squared gradients"))
        self.decay_rate = self._row(form, self.tr("Decay rate"), self._double(0, 0.9999, 0.99, 4, 0.01),
                                    self.tr("RMSprop: decay of the running mean of the squared gradients"))
        self.schedule = self._row(form, self.tr("Schedule"), QComboBox(),
                                  self.tr("How the learning rate changes over the run"))
        for name, text in zip(SCHEDULES, (self.tr("constant"), self.tr("step decay"), self.tr("cosine"))):
            self.schedule.addItem(text, name)
        self.schedule.currentIndexChanged.connect(self._on_schedule_changed)
        self.step_epochs = self._row(form, self.tr("Step every"), self._double(0.5, 1000, 5, 1, 1, self.tr(" epochs")),
                                     self.tr("Step decay: epochs between two reductions of the learning rate"))
        self.gamma = self._row(form, self.tr("Step factor"), self._double(0.01, 0.99, 0.5, 2, 0.05),
                               self.tr("Step decay: the learning rate is multiplied by this at every step"))
        self.min_lr = self._row(form, self.tr("Final rate"), RateSpinBox(0.0, 10.0),
                                self.tr("Cosine: the learning rate reached at the end of the run"))
        self.min_lr.setValue(1e-5)
        self.batch_size = self._row(form, self.tr("Batch size"), self._spin(1, 4096, 100),
                                    self.tr("Images per gradient step (1 = the book's one image at a time)"))
        self.epochs = self._row(form, self.tr("Epochs"), self._spin(1, 10000, 5),
                                self.tr("Passes over the training images"))
        self._optimisation_form = form
        return box

    def _build_regularisation_group(self) -> QGroupBox:
        box, form = self._form(self.tr("Regularisation"))
        self.weight_decay = self._row(form, self.tr("Weight decay"), RateSpinBox(0.0, 1.0),
                                      self.tr("L2 penalty on the weights, which keeps them small (0 = off)"))
        self.weight_decay.setValue(0.0)
        self.rotation = self._row(form, self.tr("Rotation"), self._double(0, 45, 0, 1, 1, " °"),
                                  self.tr("Augmentation: rotate each training image by up to this many degrees"))
        self.shift = self._row(form, self.tr("Shift"), self._double(0, 6, 0, 1, 0.5, self.tr(" px")),
                               self.tr("Augmentation: move each training image by up to this many pixels"))
        self.scale = self._row(form, self.tr("Zoom"), self._double(0, 0.5, 0, 2, 0.02),
                               self.tr("Augmentation: zoom each training image by a factor within 1 ± this"))
        self.thickness = self._row(form, self.tr("Stroke thickness"), self._double(0, 0.5, 0, 2, 0.05),
                                   self.tr("Augmentation: chance that an image's strokes are made thicker, "
                                           "and the same chance that they are made thinner"))
        self.early_stopping = self._row(form, self.tr("Early stopping"), QCheckBox(self.tr("on")),
                                        self.tr("Stop when validation accuracy stops improving, keeping the best epoch"))
        self.patience = self._row(form, self.tr("Patience"), self._spin(1, 100, 3),
                                  self.tr("Epochs without improvement before early stopping ends the run"))
        self.early_stopping.toggled.connect(self.patience.setEnabled)
        self.patience.setEnabled(False)
        self.seed = self._row(form, self.tr("Seed"), self._spin(0, 2**31 - 1, 0),
                              self.tr("Seed of the random numbers: the same seed repeats a run exactly"))
        return box

    # ----------------------------------------------------------------- reactions
    @Slot()
    def _on_source_changed(self, *_args) -> None:
        kind = self._source_kind()
        self._data_form.setRowVisible(self.files_row, kind != "shipped")
        source = self._own_sources.get(kind)
        self.file_label.setText(", ".join(Path(p).name for p in source.paths) if source else self.tr("no file chosen"))

    @Slot()
    def _on_model_changed(self, *_args) -> None:
        name = self.model.currentData()
        custom = name == CUSTOM_MLP
        for field in self._mlp_fields:
            self._network_form.setRowVisible(field, custom)
        if custom:
            self.description.setText(self.tr("A fully connected network of your design: 784 inputs, the hidden "
                                             "layers below, one output per class (10 for digits) with softmax "
                                             "and cross-entropy."))
            self._recipe = preset_recipe(None)
        else:
            preset = PRESETS[name]
            self.description.setText(QCoreApplication.translate("presets", preset.description))
            self._recipe = preset_recipe(preset)
            self.show_config(self._recipe)

    @Slot()
    def _on_optimizer_changed(self, *_args) -> None:
        kind = self.optimizer.currentText()
        rows = {self.momentum: kind in ("momentum", "nesterov"), self.beta1: kind == "adam",
                self.beta2: kind == "adam", self.decay_rate: kind == "rmsprop"}
        for widget, visible in rows.items():
            self._optimisation_form.setRowVisible(widget, visible)

    @Slot()
    def _on_schedule_changed(self, *_args) -> None:
        kind = self.schedule.currentData()
        for widget, visible in ((self.step_epochs, kind == "step"), (self.gamma, kind == "step"),
                                (self.min_lr, kind == "cosine")):
            self._optimisation_form.setRowVisible(widget, visible)

    @Slot()
    def _choose_files(self) -> None:
        kind = self._source_kind()
        if kind == "folder":
            folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of your own classes"),
                                                      str(Path.home()))
            if folder:
                self.use_paths([folder])
            return
        if kind == "csv":
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), str(Path.home()),
                                                  self.tr("CSV files (*.csv);;All files (*)"))
            paths = (path,) if path else ()
        else:
            idx_filter = self.tr("IDX files (*-ubyte *-ubyte.gz *.idx *.gz);;All files (*)")
            images, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the IDX images file"), str(Path.home()),
                                                    idx_filter)
            labels = ""
            if images:
                labels, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the matching IDX labels file"),
                                                        str(Path(images).parent), idx_filter)
            paths = (images, labels) if images and labels else ()
        if paths:
            self.set_own_files(kind, paths)

    # ----------------------------------------------------------------- public
    def set_own_files(self, kind: str, paths: tuple[str, ...]) -> None:
        """Select a person's own data of a known kind: "idx" (images, labels), "csv" (one file), "folder"
        (one sub-folder per class) or "names" (pictures named like my_own_3.png)."""
        self.set_own_source(DataSource(kind, paths=tuple(str(p) for p in paths)))

    def set_own_source(self, source: DataSource) -> None:
        """Make ``source`` the run's data, shown as chosen under its Dataset entry."""
        key = next(key for key, kinds in OWN_DATA_KINDS.items() if source.kind in kinds)
        self._own_sources[key] = source
        self.dataset.setCurrentIndex(self.dataset.findData(key))
        self._on_source_changed()

    def use_paths(self, paths: list[str]) -> bool:
        """Chosen or dropped paths (a folder, a CSV, an IDX pair) as the run's data; False, with
        ``own_data_rejected``, when they are none of these."""
        try:
            source = guess_source(paths)
        except PlaygroundError as error:
            self.own_data_rejected.emit(str(error))
            return False
        self.set_own_source(source)
        return True

    def select_dataset(self, name: str) -> None:
        """Choose a shipped dataset by name ("mnist", "fashion-mnist", "mnist-csv-sample")."""
        self.dataset.setCurrentIndex(self.dataset.findData(name))

    def select_model(self, name: str) -> None:
        """Choose a preset by name (or CUSTOM_MLP); a preset fills in its recipe."""
        self.model.setCurrentIndex(self.model.findData(name))

    def restore_recipe(self) -> None:
        """Put the chosen preset's training recipe back into the fields."""
        self._on_model_changed()

    def apply_fix(self, fix: dict) -> None:
        """Set form fields by name (a hint's fix, e.g. ``{"learning_rate": 0.01, "init": "he"}``) for
        the next run. A preset's network is fixed, so network fields change only for your own MLP."""
        own_network = self.model.currentData() == CUSTOM_MLP
        for name, value in fix.items():
            widget = getattr(self, name)
            if widget in self._mlp_fields and not own_network:
                continue
            if isinstance(widget, QComboBox):
                widget.setCurrentText(str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setValue(value)

    def show_config(self, config: TrainConfig) -> None:
        """Fill the optimisation and regularisation fields from a training config, which becomes
        the recipe the form edits: what it has no field for is trained as the config says."""
        self._recipe = config
        optimizer = dict(config.optimizer)
        self.optimizer.setCurrentText(optimizer.get("type", "sgd"))
        self.learning_rate.setValue(optimizer.get("lr", 0.1))
        self.momentum.setValue(optimizer.get("momentum", 0.9))
        self.beta1.setValue(optimizer.get("beta1", 0.9))
        self.beta2.setValue(optimizer.get("beta2", 0.999))
        self.decay_rate.setValue(optimizer.get("decay_rate", 0.99))
        schedule = dict(config.schedule or {"type": "constant"})
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(schedule.get("type"))))
        self.step_epochs.setValue(schedule.get("step_epochs", 5))
        self.gamma.setValue(schedule.get("gamma", 0.5))
        self.min_lr.setValue(schedule.get("min_lr", 1e-5))
        self.batch_size.setValue(config.batch_size)
        self.epochs.setValue(config.epochs)
        self.weight_decay.setValue(config.weight_decay)
        augment = dict(config.augment or {})
        self.rotation.setValue(augment.get("rotation", 0.0))
        self.shift.setValue(augment.get("shift", 0.0))
        self.scale.setValue(augment.get("scale", 0.0))
        self.thickness.setValue(augment.get("thickness", 0.0))
        self.early_stopping.setChecked(config.early_stopping is not None)
        if config.early_stopping is not None:
            self.patience.setValue(config.early_stopping.patience)

    def set_running(self, running: bool) -> None:
        """While a run trains, freeze every field except the learning rate."""
        for box in self.findChildren(QGroupBox):
            for widget in box.findChildren(QWidget):
                if widget is not self.learning_rate and not isinstance(widget, QLabel):
                    widget.setEnabled(not running)
        if not running:
            self.patience.setEnabled(self.early_stopping.isChecked())

    def _source_kind(self) -> str:
        key = self.dataset.currentData()
        return key if key in OWN_DATA_KINDS else "shipped"

    def source(self) -> DataSource:
        kind = self._source_kind()
        if kind == "shipped":
            return DataSource("shipped", self.dataset.currentData())
        source = self._own_sources[kind]
        if source is None:
            raise FormError(self.tr("Dataset: choose your own file(s) first, with the Choose… button"))
        return source

    def config(self) -> TrainConfig:
        kind = self.optimizer.currentText()
        optimizer: dict = {"type": kind, "lr": self.learning_rate.value()}
        if kind in ("momentum", "nesterov"):
            optimizer["momentum"] = self.momentum.value()
        elif kind == "adam":
            optimizer.update(beta1=self.beta1.value(), beta2=self.beta2.value())
        elif kind == "rmsprop":
            optimizer["decay_rate"] = self.decay_rate.value()
        schedule = {"type": self.schedule.currentData()}
        recipe_schedule = dict(self._recipe.schedule or {})
        if recipe_schedule.get("type") == schedule["type"]:
            schedule = recipe_schedule  # keys the form does not show (a warm-up) carry through
        if schedule["type"] == "step":
            schedule.update(step_epochs=self.step_epochs.value(), gamma=self.gamma.value())
        elif schedule["type"] == "cosine":
            schedule["min_lr"] = self.min_lr.value()
        # The form shows four augmentation fields; a recipe's other augmentation keys pass through.
        augment = dict(self._recipe.augment or {})
        for key, spin in (("rotation", self.rotation), ("shift", self.shift), ("scale", self.scale),
                          ("thickness", self.thickness)):
            augment[key] = spin.value()
            if not spin.value():
                del augment[key]
        config = dataclasses.replace(
            self._recipe, optimizer=optimizer, batch_size=self.batch_size.value(), epochs=self.epochs.value(),
            schedule=None if schedule["type"] == "constant" else schedule, weight_decay=self.weight_decay.value(),
            augment=augment or None, seed=self.seed.value(),
            validation_share=self.validation.value() / 100.0,
            # A person's own few dozen pictures a class: a plain random split can leave a class unmeasured.
            stratified=self._source_kind() != "shipped",
            early_stopping=EarlyStopping(patience=self.patience.value()) if self.early_stopping.isChecked() else None)
        try:
            config.validate()
        except SpecError as error:
            raise FormError(str(error)) from None
        return config

    def network(self) -> tuple[str, str | None, dict, dict]:
        """(title, preset name or None, network spec, input spec) of the chosen network."""
        name = self.model.currentData()
        if name != CUSTOM_MLP:
            preset = PRESETS[name]
            return preset.name, preset.name, preset.network_spec(), dict(preset.input)
        hidden = parse_hidden_sizes(self.hidden.text())
        activation = self.activation.currentText()
        spec = mlp_spec(hidden, activation, self.init.currentText(), batchnorm=self.batchnorm.isChecked(),
                        dropout=self.dropout.value())
        title = "mlp " + "-".join(str(n) for n in [784, *hidden, 10]) + f" {activation}"
        return title, None, spec, dict(FLAT_UNIT)

    def request(self, sweep: Sweep | None = None) -> RunRequest:
        """The run the form describes; raises FormError naming a field that is wrong."""
        title, preset, spec, input_spec = self.network()
        return RunRequest(source=self.source(), title=title, preset=preset, spec=spec, input_spec=input_spec,
                          config=self.config(), limit=self.limit.value(), sweep=sweep)
