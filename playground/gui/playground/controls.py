"""The row above the page: play, step, reset, the epoch, the training settings and the setup files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ...engine.optimizers import OPTIMIZERS
from ...engine.plane.network import Hyper
from .widgets import activation_combo, fixed_label, number_combo, set_text

tr = lambda text: QCoreApplication.translate("PlaygroundPanel", text)

LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0]
DROPOUT_RATES = [0.0, 0.1, 0.2, 0.3, 0.5]
REGULARIZATION_RATES = [0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0]


class ControlsBar(QWidget):
    """The widgets only; the panel connects them. ``hyper`` reads the settings they show."""

    def __init__(self, hyper: Hyper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.play = QPushButton(tr("Play"))
        self.play.setCheckable(True)
        self.play.toggled.connect(lambda on: self.play.setText(tr("Pause") if on else tr("Play")))
        self.step_button = QPushButton(tr("Step"))
        self.reset_button = QPushButton(tr("Reset"))
        self.epoch_label = fixed_label([tr("Epoch {0}").format(888888)])
        self.learning_rate = number_combo(LEARNING_RATES, hyper.learning_rate)
        self.activation = activation_combo("tanh")
        self.regularization = QComboBox()
        for key, text in (("none", tr("None")), ("l1", "L1"), ("l2", "L2")):
            self.regularization.addItem(text, key)
        self.regularization_rate = number_combo(REGULARIZATION_RATES, 0.0)
        self.optimizer = QComboBox()
        for name in OPTIMIZERS:
            self.optimizer.addItem(name, name)
        self.dropout = number_combo(DROPOUT_RATES, 0.0)
        self.open_setup_button = QPushButton(tr("Open setup…"))
        self.save_setup_button = QPushButton(tr("Save setup…"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget, caption in ((self.play, None), (self.step_button, None), (self.reset_button, None),
                                (self.epoch_label, None), (self.learning_rate, tr("Learning rate")),
                                (self.activation, tr("Activation")), (self.regularization, tr("Regularization")),
                                (self.regularization_rate, tr("Rate")), (self.optimizer, tr("Optimizer")),
                                (self.dropout, tr("Dropout"))):
            if caption:
                row.addWidget(QLabel(caption))
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.open_setup_button)
        row.addWidget(self.save_setup_button)

    def hyper_combos(self) -> tuple[QComboBox, ...]:
        """The combo boxes whose change applies from the next batch."""
        return self.learning_rate, self.regularization, self.regularization_rate, self.optimizer

    def read_into(self, hyper: Hyper) -> None:
        hyper.learning_rate = self.learning_rate.currentData()
        hyper.regularization = self.regularization.currentData()
        hyper.regularization_rate = self.regularization_rate.currentData()
        hyper.optimizer = self.optimizer.currentData()

    def show_hyper(self, hyper: Hyper, dropout: float) -> None:
        """Show saved settings without any combo box announcing it."""
        for combo, value in ((self.learning_rate, hyper.learning_rate), (self.regularization, hyper.regularization),
                             (self.regularization_rate, hyper.regularization_rate),
                             (self.optimizer, hyper.optimizer), (self.dropout, dropout)):
            combo.blockSignals(True)
            index = combo.findData(value)
            if index < 0:
                combo.addItem(f"{value:g}", value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def show_epoch(self, epoch: int) -> None:
        set_text(self.epoch_label, tr("Epoch {0}").format(epoch))
