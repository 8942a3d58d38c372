"""The Draw page's "Teach it your handwriting" box: correct a misreading, count, review, adapt.

A row of digit buttons ("That was a …") keeps the drawing on the pad under the right label; the
counter says how many drawings are kept; "Adapt to my writing" fine-tunes the model in the
background, with a progress bar and a cancel button, and reports before/after accuracy on the
user's own (held-out) drawings and on MNIST. The box only shows and signals: the panel stores,
adapts and loads, and shows the box for a model of the ten digits only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...engine.data.datasets import DIGIT_CLASSES
from ...engine.training.adapt import MIN_DRAWINGS, AdaptResult


class TeachBox(QGroupBox):
    """Signals ``corrected(str)`` (the right class), ``reviewRequested()``, ``adaptRequested()``,
    ``cancelRequested()``."""

    corrected = Signal(str)
    reviewRequested = Signal()
    adaptRequested = Signal()
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Teach it your handwriting"), parent)
        self._count = 0
        self._busy = False
        self._can_correct = False
        prompt = QLabel(self.tr("Misread? That was a …"))
        self.digit_buttons: dict[str, QPushButton] = {}
        digits = QGridLayout()
        digits.setSpacing(2)
        for i, name in enumerate(DIGIT_CLASSES):
            button = QPushButton(name)
            button.setToolTip(self.tr("Keep this drawing as a {0}, to adapt the model to your "
                                      "writing (stored on this computer only)").format(name))
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(28)
            button.clicked.connect(lambda _checked=False, n=name: self.corrected.emit(n))
            digits.addWidget(button, 0, i)
            self.digit_buttons[name] = button
        self._counter = QLabel()
        self._counter.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review drawings…"))
        self.review_button.setToolTip(self.tr("See the drawings you kept; relabel or delete them"))
        self.review_button.clicked.connect(self.reviewRequested)
        self.adapt_button = QPushButton(self.tr("Adapt to my writing"))
        self.adapt_button.setToolTip(self.tr("Fine-tune a copy of the model on your drawings mixed "
                                             "with MNIST, and add it to the model list"))
        self.adapt_button.clicked.connect(self.adaptRequested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop adapting; the model list stays as it was"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        self._progress = QProgressBar()
        self._progress.setRange(0, 1000)
        self._progress.setTextVisible(False)
        self._result = QLabel()
        self._result.setWordWrap(True)
        self._result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.adapt_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(digits)
        layout.addWidget(self._counter)
        layout.addLayout(buttons)
        layout.addWidget(self._progress)
        layout.addWidget(self._result)
        self.set_count(0)
        self._update()

    # ------------------------------------------------------------------ state from the panel
    def set_can_correct(self, can: bool) -> None:
        """A digit is on the pad and has been prepared: it can be kept."""
        self._can_correct = can
        self._update()

    def set_count(self, count: int) -> None:
        self._count = count
        if count >= MIN_DRAWINGS:
            text = self.tr("Your drawings kept: {0}.").format(count)
        else:
            text = self.tr("Your drawings kept: {0}; adapting needs at least {1}.").format(count, MIN_DRAWINGS)
        self._counter.setText(text)
        self._update()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self._progress.setValue(0)
            self._result.setText(self.tr("Adapting to your writing…"))
        self._update()

    def set_progress(self, fraction: float) -> None:
        self._progress.setValue(round(1000 * fraction))

    def show_result(self, result: AdaptResult, model_name: str) -> None:
        how = self.tr("{0}-fold cross-validated").format(result.folds) if result.folds > 1 \
            else self.tr("on drawings held out")
        self._result.setText(self.tr(
            "Your drawings ({0}): {1:.0f} % → {2:.0f} % of {3} read right.\n"
            "MNIST test: {4:.2f} % → {5:.2f} % of {6:,}.\n"
            "Added to the model list as {7}.").format(
                how, 100 * result.user_before, 100 * result.user_after, result.held_out,
                100 * result.mnist_before, 100 * result.mnist_after, result.mnist_images, model_name))

    def show_message(self, text: str) -> None:
        self._result.setText(text)

    def counter_text(self) -> str:
        return self._counter.text()

    def result_text(self) -> str:
        return self._result.text()

    def _update(self) -> None:
        for button in self.digit_buttons.values():
            button.setEnabled(self._can_correct)
        self.review_button.setEnabled(self._count > 0)
        self.adapt_button.setEnabled(not self._busy and self._count >= MIN_DRAWINGS)
        self.adapt_button.setVisible(not self._busy)
        self.cancel_button.setVisible(self._busy)
        self._progress.setVisible(self._busy)
