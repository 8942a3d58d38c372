"""Draw panel: draw a digit (or open a picture) and watch a network read it as you draw.

Beside the pad: the 28 x 28 image the network actually receives after MNIST-style preprocessing,
optionally next to the naive "shrink the whole canvas" input and its reading, and a saliency map
of the pixels that push the network towards a class. A reading (preparation, a pass through the
network and, with the saliency map, a backward pass) can take longer than a frame with the deep
CNN on a slow machine (``benchmarks/draw_latency.py`` times it), so readings run in their own
thread behind a short coalescing timer, one at a time; files, datasets and models load in another worker thread.

When the network misreads, the "Teach it your handwriting" box keeps the drawing under the right
label in the user's data folder (a third worker thread owns that store), and adapts a copy of the
model to the kept drawings in a fourth, listing the personal model beside the shipped ones.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...engine.data.mnist_style import load_image, shrink_to_fit
from ...engine.data.userdrawings import DIGITS, Drawing, DrawingStore
from ...engine.inspection.reading import PREDICTED_CLASS, Reading, ReadingRequest, read_drawing
from ...engine.inspection.testset import LabelledImages, dataset_name
from ...engine.training.adapt import (
    AdaptConfig,
    AdaptError,
    AdaptResult,
    adapt,
    class_indices,
    personal_models_folder,
    save_personal_model,
)
from ...engine.training.modelfile import Model, load_model
from ...paths import MODELS_DIR
from ..common.jobs import JobRunner
from ..common.state import AppState
from ..common.widgets import ValueSlider
from ..common.bars import ProbabilityBars
from .digit_view import DigitView
from .drawings_browser import DrawingsBrowser
from .model_choice import ModelChooser, describe
from ..common.pad import DrawingPad
from .teach import TeachBox
from .wording import draw_prompt, empty_hint, input_view, nothing_found, pad_tip, reads_digits

#: Coalescing delay between a stroke segment and the reading it triggers.
READ_DELAY_MS = 35
#: Pictures are reduced to this long side when opened: plenty for a digit, quick to prepare.
PICTURE_SIDE = 640
DEFAULT_UNSURE_BELOW = 60.0
IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp"


def load_shipped_models(folder: Path = MODELS_DIR) -> tuple[list[tuple[Path, Model]], list[str]]:
    """Every readable model in ``folder`` and a message for each one that is not (worker thread)."""
    models, problems = [], []
    for path in sorted(folder.glob("*.npz")):
        try:
            models.append((path, load_model(path)))
        except Exception as error:  # noqa: BLE001 - one bad file must not hide the others
            problems.append(str(error))
    return models, problems


def drawings_snapshot(store: DrawingStore) -> tuple[list[Drawing], np.ndarray, list[str]]:
    """The kept digit drawings, their images and the store's news of damaged files (worker thread)."""
    drawings = store.drawings(DIGITS)
    problems, store.problems = store.problems, []
    return drawings, store.images(drawings), problems


def adapt_and_save(model: Model, images: np.ndarray, labels: np.ndarray, state: AppState,
                   config: AdaptConfig, report, cancelled) -> tuple[str, AdaptResult] | None:
    """Adapt ``model`` to the drawings and save the personal model (adapting worker thread)."""
    mnist = state.dataset("mnist")
    result = None
    for record in adapt(model.for_this_thread(), images, labels, (mnist.train_images, mnist.train_labels),
                        (mnist.test_images, mnist.test_labels), config):
        if cancelled():
            return None
        report(record.fraction)
        result = record.result
    return str(save_personal_model(result.model)), result


def load_picture(path: str) -> np.ndarray:
    """A picture file as grayscale, reduced for the pad (worker thread)."""
    return shrink_to_fit(load_image(path), PICTURE_SIDE)


class DrawPanel(QWidget):
    """Draw a digit, see the network's input, its probabilities, and why."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._model: Model | None = None
        self._shown_probabilities: np.ndarray | None = None
        self._last_reading: Reading | None = None
        self._model_classes = [str(i) for i in range(10)]
        self._generation = 0
        self._reading_busy = self._read_again = False
        self._rng = np.random.default_rng()
        self._jobs = JobRunner("draw-panel-files", self)
        self._readings = JobRunner("draw-panel-readings", self)
        self._store_jobs = JobRunner("draw-panel-drawings", self)
        self._adapting = JobRunner("draw-panel-adapt", self)
        self._store: DrawingStore | None = None
        self._drawings: list[Drawing] = []
        self._drawing_images = np.zeros((0, 28, 28), np.uint8)
        self._store_changes = 0
        self._browser: DrawingsBrowser | None = None
        # How adapting fine-tunes (tests make it quick).
        self.adapt_config = AdaptConfig()
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_DELAY_MS)
        self._read_timer.timeout.connect(self.read_now)
        self._build()
        self._connect()
        self._models.set_current_model(state.model)
        self._jobs.submit("shipped", load_shipped_models)
        self._store_jobs.submit("open", lambda: (store := DrawingStore(), *drawings_snapshot(store)))
        self._show_empty()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.pad = DrawingPad()
        self._models = ModelChooser()
        self._model_note = QLabel()
        self._model_note.setWordWrap(True)

        self._clear_action = self._action(self.tr("Clear"), [QKeySequence(Qt.Key.Key_Delete),
                                          QKeySequence(Qt.Key.Key_Escape)],
                                          self.tr("Wipe the pad clean"), self.pad.clear)
        self._undo_action = self._action(self.tr("Undo stroke"), [QKeySequence(QKeySequence.StandardKey.Undo)],
                                         self.tr("Take back the last stroke"), self.pad.undo)
        self._open_action = self._action(self.tr("Open picture…"), [QKeySequence("Ctrl+Shift+O")],
                                         self.tr("Read a digit from a picture file (PNG, JPEG, BMP…), "
                                                 "drawn or photographed"), self._ask_picture)
        self._random_action = self._action(self.tr("Random test digit"), [QKeySequence("R")],
                                           self.tr("Put a random image from the model's test set "
                                                   "on the pad"), self.show_random_test_digit)
        self._save_action = self._action(self.tr("Save drawing…"), [QKeySequence("Ctrl+Shift+S")],
                                         self.tr("Save the pad as a PNG picture, exactly as the "
                                                 "network reads it"), self._ask_save)
        buttons = QGridLayout()  # two rows, so the pad's column stays narrow at 1280 px
        for i, action in enumerate((self._clear_action, self._undo_action, self._open_action,
                                    self._random_action, self._save_action)):
            button = self._button(action)
            buttons.addWidget(button, i // 3, i % 3)
            if action is self._random_action:
                self._random_button = button
        buttons.setColumnStretch(3, 1)
        self._pen = ValueSlider(self.tr("Pen"), 1.0, 10.0, 0.5, decimals=1,
                                tooltip=self.tr("Pen width in percent of the pad's side"))
        self._pen.setValue(100 * self.pad.pen_fraction)
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setStyleSheet("color: #b03020;")
        self._source = QLabel()
        self._source.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.pad)
        left.addLayout(buttons)
        left.addWidget(self._pen)
        left.addWidget(self._source)
        left.addWidget(self._message)
        left.addStretch(1)

        self.network_view = DigitView()
        self.naive_view = DigitView(self.tr("Naive input"))
        self.naive_view.setToolTip(self.tr("The whole pad shrunk to 28 x 28 without cropping or "
                                           "centring"))
        self._naive_reading = QLabel()
        self._naive_reading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._compare_box = QCheckBox(self.tr("Compare with the naive input"))
        self._compare_box.setToolTip(self.tr("Also show what the network reads when the whole pad "
                                             "is simply shrunk to 28 x 28"))
        self._stroke_box = QCheckBox(self.tr("Normalise stroke width"))
        self._stroke_box.setChecked(True)
        self._stroke_box.setToolTip(self.tr("Redraw the strokes as thick as MNIST's before "
                                            "shrinking; thin pen lines are read much better"))
        self._saliency_box = QCheckBox(self.tr("Show saliency for"))
        self._saliency_box.setToolTip(self.tr("Colour the pixels that push the network towards "
                                              "(red) or away from (blue) a class"))
        self._saliency_class = QComboBox()
        self._saliency_class.setToolTip(self.tr("The class whose evidence the saliency map shows"))
        self._saliency_legend = self.tr("red: pushes towards the class; blue: pushes away")
        self._saliency_note = QLabel(self._saliency_legend)
        self._saliency_note.setWordWrap(True)

        views = QGridLayout()
        views.addWidget(self.network_view, 0, 0)
        views.addWidget(self.naive_view, 0, 1)
        views.addWidget(self._naive_reading, 1, 1)
        input_box = QGroupBox(self.tr("What the network sees"))
        input_layout = QVBoxLayout(input_box)
        input_layout.addLayout(views)
        input_layout.addWidget(self._stroke_box)
        input_layout.addWidget(self._compare_box)
        saliency_row = QHBoxLayout()
        saliency_row.addWidget(self._saliency_box)
        saliency_row.addWidget(self._saliency_class, 1)
        input_layout.addLayout(saliency_row)
        input_layout.addWidget(self._saliency_note)
        self._explanation = QLabel()
        self._explanation.setWordWrap(True)
        self._explanation.setStyleSheet("color: palette(dark);")
        input_layout.addSpacing(8)
        input_layout.addWidget(self._explanation)
        input_layout.addStretch(1)

        self._answer = QLabel()
        self._answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._answer.setMinimumHeight(90)
        self._answer.setWordWrap(True)  # "Draw one of: ..." may be long
        self._confidence = QLabel()
        self._confidence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._confidence.setWordWrap(True)
        self.bars = ProbabilityBars()
        self.bars.setToolTip(self.tr("The network's probability for every class; the thin red "
                                     "bars are its reading of the naive input"))
        self._threshold = ValueSlider(self.tr("Not sure below (%)"), 0.0, 100.0, 1.0, decimals=0,
                                      tooltip=self.tr("Say \"not sure\" when the most likely class "
                                                      "has less than this probability"))
        self._threshold.setValue(DEFAULT_UNSURE_BELOW)
        self._timing = QLabel()
        self._timing.setToolTip(self.tr("Time to prepare the input and run the network once"))
        self.teach = TeachBox()
        answer_box = QGroupBox(self.tr("The network reads"))
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.addWidget(self._answer)
        answer_layout.addWidget(self._confidence)
        answer_layout.addWidget(self.bars, 1)
        answer_layout.addWidget(self._threshold)
        answer_layout.addWidget(self._timing)
        answer_layout.addWidget(self.teach)

        model_row = QHBoxLayout()
        model_label = QLabel(self.tr("Model:"))
        model_label.setBuddy(self._models)
        model_row.addWidget(model_label)
        model_row.addWidget(self._models)
        model_row.addWidget(self._model_note, 1)

        body = QHBoxLayout()
        body.addLayout(left, 6)
        body.addWidget(input_box, 3)
        body.addWidget(answer_box, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(model_row)
        layout.addLayout(body, 1)
        self._update_wording()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Let the 28 x 28 views grow with the window (pyqtgraph plots have no height-for-width)."""
        super().resizeEvent(event)
        side = int(min(max(self.width() * 0.15, 160), 300))
        for view in (self.network_view, self.naive_view):
            view.setFixedSize(side, side + 15)

    def _action(self, text: str, keys: list[QKeySequence], tip: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return button

    def _connect(self) -> None:
        self.pad.changed.connect(self._schedule_read)
        self.pad.fileDropped.connect(self.open_picture)
        self._pen.valueChanged.connect(self._on_pen_changed)
        self._models.modelChosen.connect(self._use_model)
        self._models.openFileRequested.connect(self._ask_model_file)
        self._state.model_changed.connect(self._models.set_current_model)
        self._stroke_box.toggled.connect(self._restart_reading)
        self._compare_box.toggled.connect(self._on_compare_toggled)
        self._saliency_box.toggled.connect(self._restart_reading)
        self._saliency_class.currentIndexChanged.connect(self._restart_reading)
        self._threshold.valueChanged.connect(self._show_answer)
        self._jobs.finished.connect(self._on_job_finished)
        self._jobs.failed.connect(self._on_job_failed)
        self._readings.finished.connect(self._on_reading)
        self._readings.failed.connect(self._on_reading_failed)
        self._store_jobs.finished.connect(self._on_store_changed)
        self._store_jobs.failed.connect(self._on_store_failed)
        self._adapting.progress.connect(lambda _kind, fraction: self.teach.set_progress(fraction))
        self._adapting.finished.connect(self._on_adapted)
        self._adapting.failed.connect(self._on_adapt_failed)
        self.teach.corrected.connect(self.keep_drawing)
        self.teach.reviewRequested.connect(self.review_drawings)
        self.teach.adaptRequested.connect(self.adapt_to_writing)
        self.teach.cancelRequested.connect(self.cancel_adapting)

    # ------------------------------------------------------------------ public actions
    @property
    def model(self) -> Model | None:
        return self._model

    @property
    def jobs(self) -> JobRunner:
        return self._jobs

    def open_picture(self, path: str) -> None:
        """Read a picture file in the background and put it on the pad."""
        self._set_message("")
        self._source.setText(self.tr("Opening {0}…").format(Path(path).name))
        title = self.tr("Picture {0}").format(Path(path).name)
        self._jobs.submit("picture", lambda: (load_picture(path), title))

    def open_model_file(self, path: str) -> None:
        """Load a model file in the background; it becomes the app's current model, on every page."""
        self._set_message("")
        self._jobs.submit("model-file", lambda: (path, load_model(path)))

    def random_images(self) -> str | LabelledImages | None:
        """Where a random image comes from: the model's shipped dataset (by name), the images its run
        held out (a model of one's own classes trained in this session), or nowhere (None)."""
        if self._model is None:
            return "mnist"
        return dataset_name(self._model) or self._state.held_out_for(self._model)

    def show_random_test_digit(self) -> None:
        """Put a random test image of the model's dataset, or one its run held out, on the pad
        (a dataset is loaded in the background)."""
        source, classes = self.random_images(), list(self._model_classes)
        if source is None:
            return
        seed, state = int(self._rng.integers(2**63)), self._state
        held_out = isinstance(source, LabelledImages)
        title = partial(self.tr("Held-out image {0}, labelled {1}").format) if held_out else \
            partial(self.tr("{0} test image {1}, labelled {2}").format, source.upper())

        def pick() -> tuple[np.ndarray, str]:
            if held_out:
                images, labels, names = source.images, source.labels, classes
            else:
                data = state.dataset(source)
                images, labels, names = data.test_images, data.test_labels, data.classes
            index = int(np.random.default_rng(seed).integers(len(labels)))
            paper_and_ink = 1.0 - images[index].astype(np.float32) / 255.0
            return paper_and_ink, title(index, names[int(labels[index])])

        self._set_message("")
        if not held_out:
            self._source.setText(self.tr("Loading the {0} test set…").format(source.upper()))
        self._jobs.submit("picture", pick)

    def probabilities(self) -> np.ndarray | None:
        """The probabilities shown now (None on an empty pad or without a model)."""
        return self._shown_probabilities

    def message(self) -> str:
        return self._message.text()

    def answer_text(self) -> str:
        return self._answer.text()

    def kept_drawings(self) -> list[Drawing]:
        """The digit drawings kept in the user's data folder, as last reported by the store."""
        return list(self._drawings)

    def shutdown(self) -> None:
        self._read_timer.stop()
        self._adapting.shutdown()
        self._jobs.shutdown()
        self._readings.shutdown()
        self._store_jobs.shutdown(finish_jobs=True)  # a drawing being kept is written whole

    # ------------------------------------------------------------------ reading
    @Slot()
    def _schedule_read(self) -> None:
        if not self._read_timer.isActive():
            self._read_timer.start()

    @Slot()
    def _restart_reading(self) -> None:
        """The model or an option changed: readings already under way are out of date."""
        self._generation += 1
        self.read_now()

    @Slot()
    def read_now(self) -> None:
        """Read the pad now (also called by the coalescing timer).

        One reading runs at a time in the reading thread; a request made meanwhile is kept and
        sent when it finishes, so a slow model lags a little behind the pen but never piles up.
        """
        self._read_timer.stop()
        if self.pad.is_empty():
            self._generation += 1
            self._last_reading = None
            self._source.setText("")
            self._state.drawn_digit.emit(None)
            self._show_empty()
            return
        if self._reading_busy:
            self._read_again = True
            return
        self._reading_busy = True
        chosen = self._saliency_class.currentIndex() - 1  # entry 0: the predicted class
        request = ReadingRequest(
            self._generation, self.pad.reading_image(), self._model,
            normalize_stroke=self._stroke_box.isChecked(), compare=self._compare_box.isChecked(),
            saliency_class=(max(chosen, PREDICTED_CLASS) if self._saliency_box.isChecked() else None))
        self._readings.submit("reading", lambda: read_drawing(request))

    @Slot(str, object)
    def _on_reading(self, _kind: str, reading: Reading) -> None:
        self._reading_busy = False
        if reading.generation == self._generation and not self.pad.is_empty():
            self._show_reading(reading)
        if self._read_again:
            self._read_again = False
            self.read_now()

    @Slot(str, str)
    def _on_reading_failed(self, _kind: str, message: str) -> None:
        self._reading_busy = False
        self._set_message(message)

    def _show_reading(self, reading: Reading) -> None:
        self._last_reading = reading
        if reading.prepared is None:
            self._state.drawn_digit.emit(None)
            self._show_empty(nothing_found(self._model_classes) if reading.empty else reading.problem)
            return
        self._state.drawn_digit.emit(reading.prepared)
        self._set_message("")
        self.teach.set_can_correct(self._store is not None)
        self.network_view.show_image(reading.prepared)
        self.naive_view.show_image(reading.naive)
        self._show_answer()
        if reading.saliency_problem:
            self._saliency_note.setText(self.tr("No saliency map for this model: {0}")
                                        .format(reading.saliency_problem))
        else:
            self._saliency_note.setText(self._saliency_legend)
        self.network_view.show_saliency(reading.saliency)
        if reading.probabilities is None:
            self._timing.setText(self.tr("prepared in {0:.1f} ms").format(reading.prepare_ms))
        else:
            self._timing.setText(self.tr("prepared in {0:.1f} ms, read in {1:.1f} ms")
                                 .format(reading.prepare_ms, reading.predict_ms))

    @Slot()
    def _show_answer(self) -> None:
        """The answer for the last reading, judged against the "not sure" threshold."""
        reading = self._last_reading
        probabilities = None if reading is None else reading.probabilities
        self._shown_probabilities = probabilities
        if probabilities is None:
            self.bars.show_probabilities(None)
            self._naive_reading.setText("")
            if reading is not None and reading.prepared is not None:
                self._set_answer("–", large=True)
                self._confidence.setText(self.tr("Choose a model above to read the digit"))
            return
        names = self._model_classes
        naive = reading.naive_probabilities
        top = int(np.argmax(probabilities))
        confidence = float(probabilities[top])
        unsure = 100 * confidence < self._threshold.value()
        self.bars.show_probabilities(probabilities, unsure=unsure, compare=naive)
        if unsure:
            self._set_answer(self.tr("not sure"), large=False)
            self._confidence.setText(self.tr("maybe {0} ({1:.0f} %)").format(names[top], 100 * confidence))
        else:
            self._set_answer(names[top], large=len(names[top]) <= 2)
            self._confidence.setText(self.tr("{0:.1f} % sure").format(100 * confidence))
        if naive is None:
            self._naive_reading.setText("")
        else:
            naive_top = int(np.argmax(naive))
            self._naive_reading.setText(self.tr("reads {0} ({1:.0f} %)")
                                        .format(names[naive_top], 100 * naive[naive_top]))

    def _show_empty(self, message: str = "") -> None:
        self._shown_probabilities = None
        self.teach.set_can_correct(False)
        self.network_view.show_image(None)
        self.naive_view.show_image(None)
        self.bars.show_probabilities(None)
        self._naive_reading.setText("")
        self._timing.setText("")
        self._set_answer(draw_prompt(self._model_classes), large=False)
        self._confidence.setText(empty_hint(self._random_button.text() if self._random_action.isEnabled()
                                            else None))
        self._set_message(message)

    def _set_answer(self, text: str, large: bool) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * (5.0 if large else 2.0))
        font.setBold(large)
        self._answer.setFont(font)
        self._answer.setText(text)

    def _set_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(bool(text))

    # ------------------------------------------------------------------ model
    @Slot(object)
    def _use_model(self, model: Model | None) -> None:
        self._model = model
        names = model.classes if model is not None else [str(i) for i in range(10)]
        self.bars.set_classes(names)
        current = max(self._saliency_class.currentIndex(), 0)
        self._saliency_class.blockSignals(True)
        self._saliency_class.clear()
        self._saliency_class.addItem(self.tr("the predicted class"))
        self._saliency_class.addItems(names)
        self._saliency_class.setCurrentIndex(min(current, len(names)))
        self._saliency_class.blockSignals(False)
        self._model_classes = names
        self._update_wording()
        if self.pad.is_empty():
            self._show_empty(self._message.text())
        else:
            self._restart_reading()

    def _update_wording(self) -> None:
        """Say what to draw and how the input is made for the current model; the teach box only for
        a digits model (adapting mixes the drawings with MNIST and measures on its test set, so it
        cannot teach other classes: a model of one's own classes learns more on the Your classes page)."""
        model, names = self._model, self._model_classes
        digits = reads_digits(names)
        self.pad.setToolTip(pad_tip(names))
        resized = model is not None and model.preparation == "resize"
        title, tip, explanation = input_view(resized)
        self.network_view.setTitle(title, size="9pt")
        self.network_view.setToolTip(tip)
        self._explanation.setText(explanation)
        for box in (self._stroke_box, self._compare_box):  # both belong to the MNIST-style preparation
            box.setEnabled(not resized)
        self._update_compare_visibility()
        self._random_button.setText(self.tr("Random test digit") if digits else self.tr("Random test image"))
        self._random_action.setEnabled(self.random_images() is not None)
        self._random_button.setEnabled(self._random_action.isEnabled())
        self.teach.setVisible(digits)
        if model is not None and model.meta.get("dataset") == "fashion-mnist":
            note = self.tr("Trained on Fashion-MNIST: it names garments, whatever you draw.")
        elif model is not None and dataset_name(model) is None:
            note = self.tr("It reads your own classes: to teach it more, add examples on the Your classes "
                           "page and train again.")
        else:
            note = ""
        self._model_note.setText(note)

    # ------------------------------------------------------------------ files and jobs
    def _ask_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a picture of a digit"), "",
                                              self.tr("Pictures ({0});;All files (*)").format(IMAGE_FILTER))
        if path:
            self.open_picture(path)

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the drawing"), "digit.png",
                                              self.tr("PNG pictures (*.png)"))
        if path and not self.pad.save_png(path):
            self._set_message(self.tr("Could not save {0}").format(path))

    def _ask_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a model file"), str(MODELS_DIR),
                                              self.tr("Model files (*.npz);;All files (*)"))
        if path:
            self.open_model_file(path)

    @Slot(str, object)
    def _on_job_finished(self, kind: str, result) -> None:
        if kind == "shipped":
            models, problems = result
            self._models.set_shipped(models)
            if problems:
                self._set_message("\n".join(problems))
            folder = personal_models_folder()  # after the shipped ones, whose order sets the default
            self._jobs.submit("personal", lambda: load_shipped_models(folder))
        elif kind == "personal":
            models, problems = result
            for path, model in models:
                self._models.add_personal(str(path), model)
            if problems:
                self._set_message("\n".join(problems))
        elif kind == "model-file":
            path, model = result
            self._state.set_model(model, source=path)
        elif kind == "picture":
            pixels, title = result
            self.pad.set_picture(pixels)
            self._restart_reading()
            self._source.setText(title)

    @Slot(str, str)
    def _on_job_failed(self, kind: str, message: str) -> None:
        if kind == "picture":
            self._source.setText("")
        self._set_message(message)

    # ------------------------------------------------------------------ options
    @Slot(float)
    def _on_pen_changed(self, percent: float) -> None:
        self.pad.set_pen_fraction(percent / 100.0)

    @Slot(bool)
    def _on_compare_toggled(self, _checked: bool) -> None:
        self._update_compare_visibility()
        self._restart_reading()

    def _update_compare_visibility(self) -> None:
        shown = self._compare_box.isChecked() and self._compare_box.isEnabled()
        self.naive_view.setVisible(shown)
        self._naive_reading.setVisible(shown)

    # ------------------------------------------------------------------ teaching
    @Slot(str)
    def keep_drawing(self, label: str) -> None:
        """Keep the drawing on the pad, as the network read it, under ``label``; clear the pad."""
        reading, store = self._last_reading, self._store
        if reading is None or reading.prepared is None or store is None:
            return
        prepared, raw = reading.prepared.copy(), self.pad.reading_image().copy()
        self._change_store(lambda: store.add(prepared, label, DIGITS, raw=raw))
        self.teach.show_message(self.tr("Kept as a {0}. Draw the next one.").format(label))
        self.pad.clear()
        self._restart_reading()  # a reading of this drawing still under way must not land on the next

    def _change_store(self, change) -> None:
        """Run a change of the store in its worker; every change is answered with the new list."""
        store = self._store
        self._store_changes += 1  # a kind of its own: a change never cancels the one before
        self._store_jobs.submit(f"change-{self._store_changes}", lambda: (change(), *drawings_snapshot(store)))

    @Slot(str, object)
    def _on_store_changed(self, kind: str, result) -> None:
        store, self._drawings, self._drawing_images, problems = result
        if kind == "open":
            self._store = store
        self.teach.set_count(len(self._drawings))
        if self._browser is not None:
            self._browser.set_drawings(self._drawings, self._drawing_images)
        if problems:
            self._set_message("\n".join([self.tr("Some of your kept drawings could not be read:"), *problems]))

    @Slot(str, str)
    def _on_store_failed(self, _kind: str, message: str) -> None:
        self._set_message(message)

    @Slot()
    def review_drawings(self) -> None:
        if self._browser is None:
            self._browser = DrawingsBrowser(self)
            self._browser.relabelRequested.connect(self._relabel_drawings)
            self._browser.deleteRequested.connect(self._delete_drawings)
        self._browser.set_drawings(self._drawings, self._drawing_images)
        self._browser.show()
        self._browser.raise_()

    @Slot(list, str)
    def _relabel_drawings(self, ids: list, label: str) -> None:
        store = self._store
        self._change_store(lambda: [store.relabel(ident, label) for ident in ids])

    @Slot(list)
    def _delete_drawings(self, ids: list) -> None:
        store = self._store
        self._change_store(lambda: [store.delete(ident) for ident in ids])

    @Slot()
    def adapt_to_writing(self) -> None:
        """Fine-tune a copy of the chosen model on the kept drawings, in the background."""
        model = self._model
        if model is None:
            self.teach.show_message(self.tr("Choose a model above first."))
            return
        try:
            labels = class_indices(model, [d.label for d in self._drawings])
        except AdaptError as error:
            self.teach.show_message(self.tr("Could not adapt: {0}").format(error))
            return
        images, state, config = self._drawing_images.copy(), self._state, self.adapt_config
        self.teach.set_busy(True)
        self._adapting.submit_with_progress("adapt", lambda report, cancelled: adapt_and_save(
            model, images, labels, state, config, report, cancelled))

    @Slot()
    def cancel_adapting(self) -> None:
        self._adapting.cancel("adapt")
        self.teach.set_busy(False)
        self.teach.show_message(self.tr("Adapting cancelled; nothing was changed."))

    @Slot(str, object)
    def _on_adapted(self, _kind: str, answer) -> None:
        self.teach.set_busy(False)
        if answer is None:
            return
        path, result = answer
        self._models.add_personal(path, result.model, select=True)
        self.teach.show_result(result, describe(result.model))

    @Slot(str, str)
    def _on_adapt_failed(self, _kind: str, message: str) -> None:
        self.teach.set_busy(False)
        self.teach.show_message(self.tr("Could not adapt: {0}").format(message))
