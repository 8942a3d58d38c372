"""The XOR tab: the book's two-layer answer, the single perceptron that cannot, and backprop."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from .backprop_view import BackpropView
from .perceptron_card import PerceptronCard
from .two_layer_view import TwoLayerView


class XorCard(QWidget):
    """Three ways to attempt XOR, chosen with a row of buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.two_layers = TwoLayerView()
        self.single = PerceptronCard("XOR", fixed_target=True)
        self.backprop = BackpropView()
        modes = [
            (self.tr("Two layers: NAND + OR → AND"), self.two_layers,
             self.tr("The book's answer: two perceptrons feed a third")),
            (self.tr("Single perceptron"), self.single,
             self.tr("Try one perceptron: no setting gets all four rows right")),
            (self.tr("Learn it: backpropagation"), self.backprop,
             self.tr("A 2-2-1 sigmoid network finds its own two lines by gradient descent")),
        ]
        self.stack = QStackedWidget()
        self.mode_buttons: list[QPushButton] = []
        group = QButtonGroup(self)
        bar = QHBoxLayout()
        for index, (title, view, tip) in enumerate(modes):
            self.stack.addWidget(view)
            button = QPushButton(title)
            button.setCheckable(True)
            button.setToolTip(tip)
            group.addButton(button, index)
            bar.addWidget(button)
            self.mode_buttons.append(button)
        bar.addStretch(1)
        group.idClicked.connect(self.stack.setCurrentIndex)
        self.mode_buttons[0].setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def shutdown(self) -> None:
        self.single.shutdown()
        self.backprop.shutdown()
