"""Your classes: name a few classes, draw examples or load files of them, train in seconds, watch it read new ones.

Drawings go to the user's drawings store under one collection per class set, where they can be
browsed, moved to another class and deleted. Own files (a folder per class, a CSV, an IDX pair,
labelled file names) are loaded by the worker with every skipped file listed. Drawn and loaded
examples are used alone or together (classes matched by name), prepared the pad's way or by a
plain resize, and shown as the network will see them. Training runs in the worker thread and the
trained model becomes the app's current model.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine.data.drawnsets import drawn_examples
from ...engine.data.mnist_style import classify, to_mnist
from ...engine.data.owndata import OwnData, merge
from ...engine.data.prepare import network_picture
from ...engine.data.sources import DataSource, guess_source, read_own
from ...engine.data.userdrawings import DrawingStore, DrawingStoreError, check_name
from ...engine.errors import EmptyImageError, PlaygroundError
from ...engine.inspection.testset import held_out_images
from ...engine.training.transfer import train_classes
from ..common.jobs import JobRunner
from ..common.model_io import ModelFileController, ask_model_save_path
from ..common.state import AppState
from ..common.bars import ProbabilityBars
from ..common.pad import DrawingPad
from .examples import ExamplesBrowser
from .loadbox import LoadBox
from .preview import PreviewGrid

MIN_CLASSES, MAX_CLASSES = 2, 20
MIN_PER_CLASS = 2  # one for training and one for validation
DRAWN, LOADED, BOTH = "drawn", "loaded", "both"
SCRATCH = "scratch"  # the other starts are the digits model with its copied layers trained so (transfer.COPIED_LAYERS)


def collection_name(names: list[str]) -> str:
    """One store collection per class set, so two sets with a shared class name stay apart."""
    return check_name(("classes: " + " | ".join(names))[:40], "collection")


class ClassesPanel(QWidget):
    """Collect or load examples of named classes, train a network on them, read new drawings live."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._store: DrawingStore | None = None
        self._model = None
        self._loaded: OwnData | None = None
        self._loaded_source: DataSource | None = None
        self._set: OwnData | None = None
        self._set_pending = False
        self._training = False
        self._jobs = JobRunner("classes", self)
        self._files = ModelFileController(self)
        self.setAcceptDrops(True)
        self._make_collect_widgets()
        self.load_box = LoadBox()
        self.preview = PreviewGrid()
        self._make_training_widgets()
        self._build_layout()
        self._connect()
        self._apply_names()

    # ------------------------------------------------------------------ widgets
    def _make_collect_widgets(self) -> None:
        self.names_edit = QLineEdit(self.tr("circle, triangle, smile"))
        self.names_edit.setToolTip(self.tr("2 to 20 class names, separated by commas"))
        self.class_box = QComboBox()
        self.pad = DrawingPad()
        self.keep_button = QPushButton(self.tr("Keep as example"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.examples = ExamplesBrowser()

    def _make_training_widgets(self) -> None:
        self.use_choice = QComboBox()
        for text, use in ((self.tr("Drawn examples"), DRAWN), (self.tr("Loaded files"), LOADED),
                          (self.tr("Both (classes matched by name)"), BOTH)):
            self.use_choice.addItem(text, use)
        self.use_choice.setToolTip(self.tr("Which examples to train on: the drawings kept on the Collect tab, "
                                           "the files loaded on the Load tab, or both together"))
        self.preparation = QComboBox()
        self.preparation.addItem(self.tr("MNIST-style, like the pad"), "mnist")
        self.preparation.addItem(self.tr("Plain resize to 28 x 28"), "resize")
        self.preparation.setToolTip(self.tr("MNIST-style crops to the ink, evens the strokes and centres them; "
                                            "a plain resize keeps the whole picture as framed. Dark ink on "
                                            "light paper is inverted either way."))
        self.start_choice = QComboBox()
        for text, start in ((self.tr("Digits model, train everything"), "train"),
                            (self.tr("Digits model, fine-tune copied layers slowly"), "slow"),
                            (self.tr("Digits model, freeze copied layers"), "freeze"),
                            (self.tr("From scratch"), SCRATCH)):
            self.start_choice.addItem(text, start)
        self.start_choice.setToolTip(self.tr("Start from the shipped digits model's layers with a new output layer "
                                             "(its copied layers trained fully, at a tenth of the rate, or not at "
                                             "all), or from random weights"))
        self.set_summary = QLabel()
        self.set_summary.setWordWrap(True)
        self.train_button = QPushButton(self.tr("Train"))
        self.save_button = QPushButton(self.tr("Save model…"))
        self.save_button.setEnabled(False)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bars = ProbabilityBars()

    def _build_layout(self) -> None:
        collect = QWidget()
        left = QVBoxLayout(collect)
        names = QHBoxLayout()
        names.addWidget(QLabel(self.tr("Classes:")))
        names.addWidget(self.names_edit, 1)
        left.addLayout(names)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Draw an example of:")))
        pick.addWidget(self.class_box, 1)
        pick.addWidget(self.keep_button)
        pick.addWidget(self.clear_button)
        left.addLayout(pick)
        drawing = QHBoxLayout()
        drawing.addWidget(self.pad, 3)
        drawing.addWidget(self.examples, 2)
        left.addLayout(drawing, 1)
        left.addWidget(self.counts_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(collect, self.tr("Collect"))
        self.tabs.addTab(self.load_box, self.tr("Load files"))
        self.tabs.addTab(self.preview, self.tr("What the network sees"))
        form = QFormLayout()
        form.addRow(self.tr("Train on:"), self.use_choice)
        form.addRow(self.tr("Preparation:"), self.preparation)
        form.addRow(self.tr("Start from:"), self.start_choice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.train_button, 1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.set_summary)
        right.addLayout(buttons)
        right.addWidget(self.progress)
        right.addWidget(self.status)
        right.addWidget(self.bars, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.tabs, 3)
        layout.addLayout(right, 2)

    def _connect(self) -> None:
        self.names_edit.editingFinished.connect(self._apply_names)
        self.keep_button.clicked.connect(self.keep_example)
        self.clear_button.clicked.connect(self.pad.clear)
        self.train_button.clicked.connect(self._train_or_stop)
        self.save_button.clicked.connect(self.save_model)
        self.pad.changed.connect(self._read)
        self.pad.fileDropped.connect(lambda path: self.load_paths([path]))
        self.examples.relabelRequested.connect(self._relabel)
        self.examples.deleteRequested.connect(self._delete)
        self.load_box.pathsChosen.connect(self.load_paths)
        self.load_box.cancelRequested.connect(self._cancel_loading)
        self.use_choice.currentIndexChanged.connect(self._refresh_set)
        self.preparation.currentIndexChanged.connect(self._preparation_changed)
        self._jobs.progress.connect(self._on_progress)
        self._jobs.finished.connect(self._on_finished)
        self._jobs.failed.connect(self._on_failed)
        self._files.saved.connect(lambda path: self.status.setText(self.tr("Saved to %1").replace("%1", path)))
        self._files.failed.connect(lambda _action, message: self.status.setText(message))

    # ------------------------------------------------------------------ classes and drawn examples
    def class_names(self) -> list[str]:
        return [name.strip() for name in self.names_edit.text().split(",") if name.strip()]

    def _names_are_valid(self) -> bool:
        names = self.class_names()
        return MIN_CLASSES <= len(names) <= MAX_CLASSES and len(set(names)) == len(names)

    def store(self) -> DrawingStore:
        if self._store is None:
            self._store = DrawingStore()
        return self._store

    def _apply_names(self) -> None:
        self.class_box.clear()
        if not self._names_are_valid():
            self.status.setText(self.tr("Name 2 to 20 different classes, separated by commas."))
            return
        self.class_box.addItems(self.class_names())
        self.status.clear()
        if self._model is None:
            self.bars.set_classes(self.class_names())  # the classes a model trained here will have
        self._drawings_changed()

    def _drawings(self):
        """The kept drawings of the current class set (an empty list while the names are invalid)."""
        if not self._names_are_valid():
            return []
        names = self.class_names()
        return [d for d in self.store().drawings(collection_name(names)) if d.label in names]

    def _drawings_changed(self) -> None:
        drawings, names = self._drawings(), self.class_names()
        self.examples.set_examples(drawings, self.store().images(drawings), names if self._names_are_valid() else [])
        counts = np.bincount([names.index(d.label) for d in drawings], minlength=len(names))
        text = ", ".join(f"{name}: {count}" for name, count in zip(names, counts))
        few = [name for name, count in zip(names, counts) if count < 5]
        if few:
            text += "\n" + self.tr("Fewer than 5 examples: %1").replace("%1", ", ".join(few))
        self.counts_label.setText(text)
        self._refresh_set()

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
        try:
            self.store().add(image, self.class_box.currentText(), collection_name(self.class_names()), raw=raw)
        except DrawingStoreError as exc:  # the data folder cannot be written
            self.status.setText(str(exc))
            return
        self.pad.clear()
        self._drawings_changed()

    def _relabel(self, ids: list[str], name: str) -> None:
        self._change_drawings(lambda ident: self.store().relabel(ident, name), ids)

    def _delete(self, ids: list[str]) -> None:
        self._change_drawings(self.store().delete, ids)

    def _change_drawings(self, change, ids: list[str]) -> None:
        try:
            for ident in ids:
                change(ident)
        except DrawingStoreError as exc:
            self.status.setText(str(exc))
        self._drawings_changed()

    # ------------------------------------------------------------------ loading files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.load_paths(paths)

    def load_paths(self, paths: list[str]) -> None:
        """Load a folder, a CSV or an IDX pair in the worker; the Load tab shows progress and what was skipped."""
        self.tabs.setCurrentWidget(self.load_box)
        try:
            source = guess_source(paths)
        except PlaygroundError as exc:
            self.load_box.show_message(str(exc))
            return
        self._loaded_source = source
        self._start_loading()

    def _start_loading(self) -> None:
        source, preparation = self._loaded_source, self.preparation.currentData()
        self._loaded = None  # until the new files are in, none are trained on
        self.load_box.set_loading(source.label())
        self._jobs.submit_with_progress("load", lambda report, cancelled: read_own(
            source, preparation, report, cancelled))

    def _cancel_loading(self) -> None:
        self._jobs.cancel("load")
        self._no_files_loaded(self.tr("Loading stopped; nothing was loaded."))

    def _no_files_loaded(self, message: str) -> None:
        self._loaded_source = None
        self.load_box.show_message(message)
        self._refresh_set()

    def _preparation_changed(self) -> None:
        if self._loaded_source is not None:
            self._start_loading()  # its pictures are prepared while they are read
        self._refresh_set()

    # ------------------------------------------------------------------ the training set
    def _refresh_set(self) -> None:
        """Gather the examples to train on in the worker: drawn, loaded or both, in the chosen preparation."""
        use, preparation = self.use_choice.currentData(), self.preparation.currentData()
        names, drawings, store = self.class_names(), self._drawings(), self.store()
        drawn_used = use in (DRAWN, BOTH) and self._names_are_valid()
        loaded = self._loaded if use in (LOADED, BOTH) else None

        def gather() -> OwnData | None:
            parts = [drawn_examples(store, drawings, names, preparation)] if drawn_used else []
            parts += [loaded] if loaded is not None else []
            if not parts:
                return None
            return parts[0] if len(parts) == 1 else merge(*parts)

        self._set_pending = True
        self._update_train_button()
        self._jobs.submit("set", gather)

    def _show_set(self, own: OwnData | None) -> None:
        self._set, self._set_pending = own, False
        self.preview.set_data(own)
        if own is None:
            self.set_summary.setText(self.tr("No examples yet: draw some on the Collect tab or load files."))
        else:
            lines = [self.tr("%1 examples: %2").replace("%1", str(len(own.labels))).replace(
                "%2", ", ".join(f"{name}: {count}" for name, count in zip(own.class_names, own.counts())))]
            if own.few_examples():
                lines.append(self.tr("Warning: fewer than 5 examples of %1.").replace(
                    "%1", ", ".join(own.few_examples())))
            if own.imbalanced():
                lines.append(self.tr("Warning: the classes are imbalanced (10:1 or more); the network "
                                     "will favour the large ones."))
            self.set_summary.setText("\n".join(lines))
        self._update_train_button()

    # ------------------------------------------------------------------ training and reading
    @property
    def training(self) -> bool:
        return self._training

    @property
    def examples_ready(self) -> bool:
        """False while the examples to train on are being gathered."""
        return not self._set_pending

    def _update_train_button(self) -> None:
        self.train_button.setText(self.tr("Stop") if self._training else self.tr("Train"))
        self.train_button.setEnabled(self._training or not self._set_pending)

    def _train_or_stop(self) -> None:
        if self._training:
            self._jobs.cancel("train")
            self._finish(self.tr("Training stopped."))
        else:
            self.start_training()

    def start_training(self) -> None:
        own = self._set
        if own is None or len(own.class_names) < MIN_CLASSES or own.counts().min() < MIN_PER_CLASS:
            self.status.setText(self.tr("Draw at least two examples of every class first."))
            return
        start = self.start_choice.currentData()
        from_digits, copied = start != SCRATCH, "train" if start == SCRATCH else start
        preparation = self.preparation.currentData()
        names = list(own.class_names)
        self._trained_on = (own.images, own.labels)
        self.status.setText(self.tr("Training on %1 examples…").replace("%1", str(len(own.labels))))
        self.progress.setValue(0)
        self._jobs.submit_with_progress("train", lambda report, cancelled: train_classes(
            own.images, own.labels, names, from_digits=from_digits, copied=copied, preparation=preparation,
            report=report, cancelled=cancelled))
        self._training = True
        self._update_train_button()

    def _on_progress(self, kind: str, fraction: float) -> None:
        if kind == "load":
            self.load_box.set_progress(fraction)
        elif kind == "train":
            self.progress.setValue(round(100 * fraction))

    def _on_finished(self, kind: str, result) -> None:
        if kind == "load":
            self._loaded = result
            self.load_box.show_result(self._loaded_source.label(), result)
            if self.use_choice.currentData() == DRAWN:
                self.use_choice.setCurrentIndex(self.use_choice.findData(LOADED))  # refreshes the set
            else:
                self._refresh_set()
        elif kind == "set":
            self._show_set(result)
        elif kind == "train":
            self._trained(result)

    def _on_failed(self, kind: str, message: str) -> None:
        if kind == "load":
            self._no_files_loaded(message)
        elif kind == "set":
            self._set_pending = False
            self.status.setText(message)
            self._update_train_button()
        elif kind == "train":
            self._finish(message)

    def _trained(self, model) -> None:
        self._model = model
        self.bars.set_classes(model.classes)
        self._state.set_model(model, self.tr("trained on your classes"),
                              held_out=held_out_images(model, *self._trained_on))
        accuracy = model.meta.get("metrics", {}).get("val_accuracy")
        self.save_button.setEnabled(True)
        self._finish(self.tr("Trained: %1 validation accuracy. Draw to see what it reads.").replace(
            "%1", "—" if accuracy is None else f"{accuracy:.0%}"))
        self._read()

    def _finish(self, message: str) -> None:
        self._training = False
        self._update_train_button()
        self.status.setText(message)

    def _read(self) -> None:
        """Read the pad with the model trained here, prepared as its header says (fast enough for
        the GUI thread: one image)."""
        if self._model is None:
            return
        try:
            image = None if self.pad.is_empty() else network_picture(self.pad.canvas_pixels(),
                                                                     self._model.preparation)
        except EmptyImageError:
            image = None  # a stroke just begun: nothing to read yet
        self.bars.show_probabilities(None if image is None else classify(self._model, image))

    def save_model(self) -> None:
        """Save the model trained here (its file carries the class names)."""
        if self._model is None:
            return
        path = ask_model_save_path(self, self.tr("Save model"), Path.home() / "own-classes.npz")
        if path:
            self._files.save(path, self._model)
            self.status.setText(self.tr("Saving the model…"))

    def shutdown(self) -> None:
        """Stop loading and training and the worker threads (the window calls this when closing)."""
        self._jobs.shutdown()
        self._files.shutdown()
