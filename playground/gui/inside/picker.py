"""Which image the page explains: a test image by number, a random one, the next mistake, or the
digit on the Draw pad."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox, QWidget

TEST, DRAWING = "test", "drawing"


class ImagePicker(QWidget):
    """Slider and number for the test image, Random, Next mistake and Drawing buttons.

    ``changed()`` fires when the choice changes; ``source`` is "test" or "drawing" and ``index``
    the test image's number. ``set_mistakes`` gives the indices the original model gets wrong.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = TEST
        self._mistakes = np.zeros(0, np.int64)
        self._rng = np.random.default_rng()
        self.label = QLabel(self.tr("Test image:"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(self.tr("Drag through the test images"))
        self.spin = QSpinBox()
        self.spin.setToolTip(self.tr("The test image's number"))
        self.spin.setKeyboardTracking(False)
        self.random_button = QPushButton(self.tr("Random"))
        self.random_button.setToolTip(self.tr("Pick a test image at random"))
        self.mistake_button = QPushButton(self.tr("Next mistake"))
        self.mistake_button.setToolTip(self.tr("The next test image the unedited network gets wrong"))
        self.drawing_button = QPushButton(self.tr("Drawing"))
        self.drawing_button.setToolTip(self.tr("The digit drawn on the Draw page"))
        self.drawing_button.setEnabled(False)
        self.mistake_button.setEnabled(False)
        self.caption = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.slider, self.spin, self.random_button, self.mistake_button,
                       self.drawing_button, self.caption):
            layout.addWidget(widget, 2 if widget is self.slider else 0)
        self.set_count(0)
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self._on_index)
        self.random_button.clicked.connect(lambda: self.choose(int(self._rng.integers(self.spin.maximum() + 1))))
        self.mistake_button.clicked.connect(self.next_mistake)
        self.drawing_button.clicked.connect(self.choose_drawing)

    @property
    def index(self) -> int:
        return self.spin.value()

    def set_count(self, count: int) -> None:
        for widget in (self.slider, self.spin, self.random_button):
            widget.setEnabled(count > 0)
        self.spin.setRange(0, max(0, count - 1))
        self.slider.setRange(0, max(0, count - 1))

    def set_mistakes(self, mistakes: np.ndarray) -> None:
        self._mistakes = np.asarray(mistakes, dtype=np.int64)
        self.mistake_button.setEnabled(self._mistakes.size > 0)

    def set_drawing_available(self, available: bool) -> None:
        self.drawing_button.setEnabled(available)

    def choose(self, index: int) -> None:
        """Show test image ``index``."""
        self.source = TEST
        if index == self.spin.value():
            self._on_index(index)
        else:
            self.spin.setValue(index)

    def next_mistake(self) -> None:
        if self._mistakes.size:
            later = self._mistakes[self._mistakes > self.index]
            self.choose(int(later[0] if later.size else self._mistakes[0]))

    def choose_drawing(self) -> None:
        self.source = DRAWING
        self.changed.emit()

    def _on_index(self, index: int) -> None:
        self.source = TEST
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        self.changed.emit()
