"""The Network column: layers and neurons with their +/− buttons and activations, the input
features, the drawn network, the value under the last click, and the sentence saying what the
losses are doing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.plane.features import FEATURES
from ...engine.plane.network import MAX_LAYERS
from .network_view import NetworkView
from .widgets import activation_combo, set_text

tr = lambda text: QCoreApplication.translate("PlaygroundPanel", text)


def phase_sentence(key: str) -> str:
    """The sentence for a phase of ``engine.plane.progress.phase``."""
    return {
        "start": tr("Press play: the network starts from random weights and adjusts them batch by batch."),
        "diverged": tr("The loss is growing without bound: the learning rate is too high."),
        "overfitting": tr("The test loss rises while the training loss falls: over-fitting. "
                          "Try fewer neurons, more noise-free data or regularization."),
        "learning": tr("Both losses are falling: the network is learning."),
        "converged": tr("The losses have settled low: the network has fitted the data."),
        "stuck": tr("The loss has stopped falling: try another learning rate, more neurons "
                    "or other input features."),
    }[key]


class NetworkColumn(QGroupBox):
    """Signals: ``layers_changed(delta)``, ``neurons_changed(layer, delta)``,
    ``activation_chosen(layer, name)``, ``feature_toggled(name, on)``."""

    layers_changed = Signal(int)
    neurons_changed = Signal(int, int)
    activation_chosen = Signal(int, str)
    feature_toggled = Signal(str, bool)

    def __init__(self, features: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(tr("Network"), parent)
        layout = QVBoxLayout(self)
        layers_row = QHBoxLayout()
        self.add_layer = QPushButton("+")
        self.remove_layer = QPushButton("−")
        self.add_layer.setToolTip(tr("Add a hidden layer"))
        self.remove_layer.setToolTip(tr("Remove the last hidden layer"))
        self.add_layer.clicked.connect(lambda: self.layers_changed.emit(+1))
        self.remove_layer.clicked.connect(lambda: self.layers_changed.emit(-1))
        self.layers_label = QLabel()
        for widget in (self.add_layer, self.remove_layer, self.layers_label):
            layers_row.addWidget(widget)
        layers_row.addStretch(1)
        layout.addLayout(layers_row)
        self.layer_bar = QHBoxLayout()
        layout.addLayout(self.layer_bar)
        self.neuron_buttons: list[tuple[QToolButton, QToolButton, QComboBox]] = []
        body = QHBoxLayout()
        features_column = QVBoxLayout()
        features_column.addWidget(QLabel(tr("Inputs")))
        self.feature_buttons: dict[str, QPushButton] = {}
        for name in FEATURES:
            button = QPushButton(name.replace("^2", "²").replace("*", "·"))
            button.setCheckable(True)
            button.setChecked(name in features)
            button.toggled.connect(lambda on, n=name: self.feature_toggled.emit(n, on))
            features_column.addWidget(button)
            self.feature_buttons[name] = button
        features_column.addStretch(1)
        body.addLayout(features_column)
        self.network_view = NetworkView()
        body.addWidget(self.network_view, 1)
        layout.addLayout(body, 1)
        edit_row = QHBoxLayout()
        self.edit_label = QLabel()
        self.edit_value = QDoubleSpinBox()
        self.edit_value.setRange(-10.0, 10.0)
        self.edit_value.setDecimals(3)
        self.edit_value.setSingleStep(0.1)
        edit_row.addWidget(self.edit_label, 1)
        edit_row.addWidget(self.edit_value)
        layout.addLayout(edit_row)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setFixedHeight(2 * self.explanation.fontMetrics().lineSpacing() + 4)
        layout.addWidget(self.explanation)
        self.stop_editing()

    def show_layers(self, hidden: Sequence[int], activations: Sequence[str]) -> None:
        """One +/−/activation group per hidden layer."""
        while self.layer_bar.count():
            widget = self.layer_bar.takeAt(0).widget()
            if widget:
                # Unparent at once: a deferred delete waits for the outer event loop.
                widget.setParent(None)
                widget.deleteLater()
        self.neuron_buttons = []
        for index, activation in enumerate(activations):
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            plus, minus = QToolButton(), QToolButton()
            plus.setText("+")
            minus.setText("−")
            plus.setToolTip(tr("Add a neuron to layer {0}").format(index + 1))
            minus.setToolTip(tr("Remove a neuron from layer {0}").format(index + 1))
            plus.clicked.connect(lambda _=False, i=index: self.neurons_changed.emit(i, +1))
            minus.clicked.connect(lambda _=False, i=index: self.neurons_changed.emit(i, -1))
            combo = activation_combo(activation)
            combo.currentIndexChanged.connect(
                lambda _=0, i=index, c=combo: self.activation_chosen.emit(i, c.currentData()))
            for widget in (plus, minus, combo):
                row.addWidget(widget)
            self.layer_bar.addWidget(holder)
            self.neuron_buttons.append((plus, minus, combo))
        self.layer_bar.addStretch(1)
        self.layers_label.setText(tr("{0} hidden layers").format(len(hidden)))
        self.add_layer.setEnabled(len(hidden) < MAX_LAYERS)
        self.remove_layer.setEnabled(bool(hidden))

    def show_features(self, features: Sequence[str]) -> None:
        """Show chosen features without any button announcing it."""
        for name, button in self.feature_buttons.items():
            button.blockSignals(True)
            button.setChecked(name in features)
            button.blockSignals(False)

    def start_editing(self, caption: str, value: float) -> None:
        self.edit_label.setText(caption)
        self.edit_value.blockSignals(True)
        self.edit_value.setValue(value)
        self.edit_value.blockSignals(False)
        self.edit_value.setEnabled(True)
        self.edit_value.setFocus()
        self.edit_value.selectAll()

    def stop_editing(self) -> None:
        self.edit_value.setEnabled(False)
        self.edit_label.setText(tr("Click a link or a bias square to edit its value."))

    def show_phase(self, key: str) -> None:
        set_text(self.explanation, phase_sentence(key))
