"""The Data column: the data sets as thumbnails, noise, train share, batch size, classes, your own
points and the line that says why a file was refused."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.plane.data import DATASETS, generate
from .colors import class_rgb, diverging_rgb, to_qimage
from .widgets import slider

tr = lambda text: QCoreApplication.translate("PlaygroundPanel", text)

THUMB = 44


def dataset_thumbnail(kind: str) -> QIcon:
    """A small picture of a data set: its points coloured by class on grey."""
    data = generate(kind, 0, 0.0)
    pixels = np.full((THUMB * THUMB, 3), 232, np.uint8)
    cells = np.clip(((data.points + 6) / 12 * THUMB).astype(int), 0, THUMB - 1)
    colors = diverging_rgb(data.labels.astype(np.float32)) if data.regression else \
        class_rgb(np.eye(data.classes, dtype=np.float32)[data.labels])
    pixels[cells[:, 1] * THUMB + cells[:, 0]] = colors
    return QIcon(QPixmap.fromImage(to_qimage(pixels, THUMB)))


class DataColumn(QGroupBox):
    """The widgets only; the panel connects them."""

    def __init__(self, kind: str, classes: int, batch_size: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Data"), parent)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.dataset_buttons: dict[str, QToolButton] = {}
        names = {"circle": tr("Circle"), "xor": tr("XOR"), "gaussians": tr("Two Gaussians"),
                 "spiral": tr("Spiral"), "plane": tr("Plane (regression)"),
                 "multi-gaussian": tr("Multi-Gaussian (regression)"),
                 "spirals": tr("Spirals, 3-5 classes"), "blobs": tr("Blobs, 3-5 classes")}
        for i, name in enumerate(DATASETS):
            button = QToolButton()
            button.setIcon(dataset_thumbnail(name))
            button.setIconSize(QPixmap(THUMB, THUMB).size())
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setToolTip(names[name])
            grid.addWidget(button, i // 4, i % 4)
            self.dataset_buttons[name] = button
        self.dataset_buttons[kind].setChecked(True)
        layout.addLayout(grid)
        self.noise_slider = slider(0, 50, 0, self._show_values)
        self.ratio_slider = slider(10, 90, 50, self._show_values)
        self.batch_slider = slider(1, 30, batch_size, self._show_values)
        self.slider_labels: dict[QSlider, tuple[QLabel, str]] = {}
        for widget, caption in ((self.ratio_slider, tr("Training share: {0} %")),
                                (self.noise_slider, tr("Noise: {0} %")),
                                (self.batch_slider, tr("Batch size: {0}"))):
            label = QLabel()
            self.slider_labels[widget] = (label, caption)
            layout.addWidget(label)
            layout.addWidget(widget)
        self._show_values()
        self.class_count = QSpinBox()
        self.class_count.setRange(3, 5)
        self.class_count.setValue(classes)
        classes_row = QHBoxLayout()
        classes_row.addWidget(QLabel(tr("Classes (spirals, blobs)")))
        classes_row.addWidget(self.class_count)
        layout.addLayout(classes_row)
        self.regenerate_button = QPushButton(tr("Regenerate"))
        layout.addWidget(self.regenerate_button)
        hint = QLabel(tr("Click the plane to add a point of the first class, shift-click for the second, drag "
                         "a point to move it, right-click to delete the nearest."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        points_row = QHBoxLayout()
        self.load_points_button = QPushButton(tr("Load points…"))
        self.save_points_button = QPushButton(tr("Save points…"))
        points_row.addWidget(self.load_points_button)
        points_row.addWidget(self.save_points_button)
        layout.addLayout(points_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a02020")
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setFixedWidth(250)

    def _show_values(self) -> None:
        for widget, (label, caption) in self.slider_labels.items():
            label.setText(caption.format(widget.value()))

    def show_settings(self, kind: str, noise: float, ratio: float, batch_size: int, classes: int) -> None:
        """Show saved settings without any widget announcing it."""
        widgets = [self.noise_slider, self.ratio_slider, self.batch_slider, self.class_count]
        for widget in widgets:
            widget.blockSignals(True)
        self.dataset_buttons[kind].setChecked(True)
        self.noise_slider.setValue(round(noise * 100))
        self.ratio_slider.setValue(round(ratio * 100))
        self.batch_slider.setValue(batch_size)
        self.class_count.setValue(classes)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_values()
