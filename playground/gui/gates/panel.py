"""The Gates panel: AND, OR and NAND as single perceptrons, and XOR, which needs two layers.

The first chapter of both books, made touchable: set the weights, watch the truth table and the
decision line, let the learning rule find them, and see why no single line can do XOR.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from .perceptron_card import PerceptronCard
from .xor_card import XorCard

if TYPE_CHECKING:
    from ..common.state import AppState


class GatesPanel(QWidget):
    """One tab per gate; the XOR tab holds the two-layer, single-perceptron and backprop views."""

    def __init__(self, state: "AppState | None" = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr(
            "A perceptron adds up its weighted inputs and fires (outputs 1) when the sum plus its "
            "bias is above 0. Find weights that make it behave like a logic gate, or let the "
            "learning rule find them."))
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.cards: dict[str, QWidget] = {}
        """Cards built so far, by gate; a tab's card is built when the tab is first shown."""
        self._builders: list[tuple[str, Callable[[], QWidget]]] = []
        tabs = [("AND", lambda: PerceptronCard("AND"), self.tr("Outputs 1 only when both inputs are 1")),
                ("OR", lambda: PerceptronCard("OR"), self.tr("Outputs 1 when at least one input is 1")),
                ("NAND", lambda: PerceptronCard("NAND"),
                 self.tr("NOT AND: outputs 0 only when both inputs are 1")),
                ("XOR", XorCard, self.tr("Outputs 1 when exactly one input is 1: "
                                         "the gate a single perceptron cannot learn"))]
        for gate, build, tip in tabs:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(4, 10, 4, 4)
            index = self.tabs.addTab(holder, gate)
            self.tabs.setTabToolTip(index, tip)
            self._builders.append((gate, build))
        self.tabs.currentChanged.connect(self._build_tab)
        self._build_tab(self.tabs.currentIndex())
        self.tabs.setToolTip(self.tr("Choose a gate"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

    @Slot(int)
    def _build_tab(self, index: int) -> None:
        gate, build = self._builders[index]
        if gate not in self.cards:
            self.cards[gate] = build()
            self.tabs.widget(index).layout().addWidget(self.cards[gate])

    def shutdown(self) -> None:
        """Stop every running learning timer."""
        for card in self.cards.values():
            card.shutdown()
