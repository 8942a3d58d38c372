"""Your classes: name a few classes, draw examples of each, train in seconds and watch it read new ones.

The drawings go to the user's drawings store under one collection per class set, so they stay
browsable and deletable with the Draw page's tools; training runs in the worker thread and the
trained model becomes the app's current model.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from ...engine.data.mnist_style import classify, to_mnist
from ...engine.data.userdrawings import DrawingStore, check_name
from ...engine.errors import EmptyImageError
from ...engine.inspection.testset import held_out_images
from ...engine.training.transfer import train_classes
from ..common.jobs import JobRunner
from ..common.state import AppState
from ..draw.bars import ProbabilityBars
from ..draw.pad import DrawingPad

MIN_CLASSES, MAX_CLASSES = 2, 20


def collection_name(names: list[str]) -> str:
    """One store collection per class set, so two sets with a shared class name stay apart."""
    return check_name(("classes: " + " | ".join(names))[:40], "collection")


class ClassesPanel(QWidget):
    """Collect drawings of named classes, train a network on them, read new drawings live."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._store: DrawingStore | None = None
        self._model = None
        self._jobs = JobRunner("classes", self)
        self.names_edit = QLineEdit(self.tr("circle, triangle, smile"))
        self.names_edit.setToolTip(self.tr("2 to 20 class names, separated by commas"))
        self.class_box = QComboBox()
        self.pad = DrawingPad()
        self.keep_button = QPushButton(self.tr("Keep as example"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.from_digits = QCheckBox(self.tr("Start from the digits model"))
        self.from_digits.setChecked(True)
        self.train_button = QPushButton(self.tr("Train"))
        self.progress = QProgressBar()
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bars = ProbabilityBars()
        self._build_layout()
        self.names_edit.editingFinished.connect(self._apply_names)
        self.keep_button.clicked.connect(self.keep_example)
        self.clear_button.clicked.connect(self.pad.clear)
        self.train_button.clicked.connect(self.start_training)
        self.pad.changed.connect(self._read)
        self._jobs.progress.connect(lambda _kind, f: self.progress.setValue(round(100 * f)))
        self._jobs.finished.connect(self._trained)
        self._jobs.failed.connect(lambda _kind, message: self._finish(message))
        self._apply_names()

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        names = QHBoxLayout()
        names.addWidget(QLabel(self.tr("Classes:")))
        names.addWidget(self.names_edit, 1)
        left.addLayout(names)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Draw an example of:")))
        pick.addWidget(self.class_box, 1)
        left.addLayout(pick)
        left.addWidget(self.pad, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.clear_button)
        left.addLayout(buttons)
        left.addWidget(self.counts_label)
        right = QVBoxLayout()
        right.addWidget(self.from_digits)
        right.addWidget(self.train_button)
        right.addWidget(self.progress)
        right.addWidget(self.status)
        right.addWidget(self.bars, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    # ------------------------------------------------------------------ classes and examples
    def class_names(self) -> list[str]:
        return [name.strip() for name in self.names_edit.text().split(",") if name.strip()]

    def store(self) -> DrawingStore:
        if self._store is None:
            self._store = DrawingStore()
        return self._store

    def _apply_names(self) -> None:
        names = self.class_names()
        valid = MIN_CLASSES <= len(names) <= MAX_CLASSES and len(set(names)) == len(names)
        self.class_box.clear()
        if not valid:
            self.status.setText(self.tr("Name 2 to 20 different classes, separated by commas."))
            return
        self.class_box.addItems(names)
        self.status.clear()
        self._update_counts()

    def _examples(self):
        """The kept drawings of the current class set and their labels as indices into it."""
        names = self.class_names()
        drawings = [d for d in self.store().drawings(collection_name(names)) if d.label in names]
        labels = np.array([names.index(d.label) for d in drawings], np.int64)
        return drawings, labels

    def _update_counts(self) -> None:
        names = self.class_names()
        counts = np.bincount(self._examples()[1], minlength=len(names))
        text = ", ".join(f"{name}: {count}" for name, count in zip(names, counts))
        few = [name for name, count in zip(names, counts) if count < 5]
        if few:
            text += "\n" + self.tr("Fewer than 5 examples: %1").replace("%1", ", ".join(few))
        self.counts_label.setText(text)

    def keep_example(self) -> None:
        """Store the pad's drawing as an example of the chosen class and clear the pad."""
        if self.pad.is_empty() or self.class_box.count() == 0:
            return
        raw = self.pad.canvas_pixels()
        try:
            image = to_mnist(raw)
        except EmptyImageError:
            self.status.setText(self.tr("The pad holds no drawing to keep."))
            return
        self.store().add(image, self.class_box.currentText(), collection_name(self.class_names()), raw=raw)
        self.pad.clear()
        self._update_counts()

    # ------------------------------------------------------------------ training and reading
    def start_training(self) -> None:
        drawings, labels = self._examples()
        names = self.class_names()
        if len(np.unique(labels)) < len(names) or len(labels) < 2 * len(names):
            self.status.setText(self.tr("Draw at least two examples of every class first."))
            return
        images = self.store().images(drawings)
        self._trained_on = (images, labels)
        from_digits = self.from_digits.isChecked()
        self.train_button.setEnabled(False)
        self.status.setText(self.tr("Training on %1 drawings…").replace("%1", str(len(labels))))
        self._jobs.submit_with_progress("train", lambda report, cancelled: train_classes(
            images, labels, names, from_digits=from_digits, report=report, cancelled=cancelled))

    def _trained(self, _kind: str, model) -> None:
        self._model = model
        self.bars.set_classes(model.classes)
        self._state.set_model(model, self.tr("trained on your classes"),
                              held_out=held_out_images(model, *self._trained_on))
        accuracy = model.meta.get("metrics", {}).get("best_val_accuracy")
        self._finish(self.tr("Trained: %1 validation accuracy. Draw to see what it reads.").replace(
            "%1", "—" if accuracy is None else f"{accuracy:.0%}"))
        self._read()

    def _finish(self, message: str) -> None:
        self.train_button.setEnabled(True)
        self.status.setText(message)

    def _read(self) -> None:
        """Read the pad with the model trained here (fast enough for the GUI thread: one image)."""
        if self._model is None:
            return
        try:
            image = None if self.pad.is_empty() else to_mnist(self.pad.canvas_pixels())
        except EmptyImageError:
            image = None  # a stroke just begun: nothing to read yet
        self.bars.show_probabilities(None if image is None else classify(self._model, image))

    def shutdown(self) -> None:
        """Stop a training run and the worker thread (the window calls this when closing)."""
        self._jobs.shutdown()
