"""The Inside page: the arithmetic of one image, a neuron lab and convolution step by step.

Works on the application's current model and its test set; a model of one's own classes without
one (opened from a file, its held-out images gone with the session that trained it) is explained
on the drawing on the Draw page's pad, and only the neuron lab, which measures on a test set, says
it cannot. Everything heavier than drawing runs
on the page's own worker thread (one BLAS thread): the test set and the damage meter (the original
network's pass over it) once per model, one image's forward pass per choice, and each edit's
measurement, coalesced so a dragged slider asks for one measurement at a time.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine.inspection.arithmetic import image_arithmetic
from ...engine.inspection.convolution_steps import conv_layer_indices, convolution_steps
from ...engine.inspection.damage import DamageMeter, probabilities
from ...engine.inspection.testset import has_images_to_measure, images_to_measure
from ...engine.training.modelfile import Model
from ..common.jobs import JobRunner
from ..common.model_io import ModelFileController, ask_model_save_path
from ..common.no_test_set import no_test_set_text
from ..common.state import AppState
from .arithmetic_tab import ArithmeticTab
from .convolution_tab import ConvolutionTab
from .lab_tab import LabTab
from .picker import DRAWING, TEST, ImagePicker

BLAS_THREADS = 1
DATA_JOB, IMAGE_JOB, DAMAGE_JOB = "data", "image", "damage"
EDIT_DELAY_MS = 120  # edits arriving faster than this (a dragged slider) are measured once


def answer(model: Model, probabilities_row: np.ndarray) -> str:
    best = int(np.argmax(probabilities_row))
    classes = model.classes
    return f"{classes[best] if best < len(classes) else best} ({float(probabilities_row[best]):.0%})"


class InsidePanel(QWidget):
    """The page. ``meter`` and the test set belong to the worker thread once built; the GUI keeps
    only what the results hand back."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model: Model | None = None
        self.jobs = JobRunner("inside-panel-jobs", self, blas_threads=BLAS_THREADS)
        self.files = ModelFileController(self)
        self.images = self.labels = None
        self.meter: DamageMeter | None = None
        self.damage = None
        self.damage_count = 0

        self.caption = QLabel()
        self.picker = ImagePicker()
        self.picker.changed.connect(self.refresh_image)
        self.image_label = QLabel()
        self.image_label.setToolTip(self.tr("The image explained and the network's answer"))
        header = QVBoxLayout()
        header.addWidget(self.caption)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.image_label)
        header.addLayout(picker_row)

        self.arithmetic = ArithmeticTab()
        self.lab = LabTab()
        self.convolution = ConvolutionTab()
        self.tabs = QTabWidget()
        for widget, title, tip in (
                (self.arithmetic, self.tr("Arithmetic"),
                 self.tr("Each unit's weighted sum, bias, z and a = f(z) for one image, and the softmax")),
                (self.lab, self.tr("Neuron lab"),
                 self.tr("Edit a copy of the network and measure the damage on the test set")),
                (self.convolution, self.tr("Convolution"),
                 self.tr("The sliding filter, ReLU, max-pool and im2col, step by step"))):
            self.tabs.setTabToolTip(self.tabs.addTab(widget, title), tip)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_DELAY_MS)
        self._edit_timer.timeout.connect(self.measure)
        self.lab.surgery_changed.connect(self._edit_timer.start)
        self.lab.save_requested.connect(self._ask_save)
        self.convolution.layer_requested.connect(lambda _index: self.refresh_image())
        self.files.saved.connect(lambda path: self.lab.status.setText(self.tr("Saved {0}").format(path)))
        self.files.failed.connect(self._on_save_failed)
        self.jobs.finished.connect(self._on_finished)
        self.jobs.failed.connect(self._on_failed)
        state.model_changed.connect(self._on_model_changed)
        state.drawn_digit.connect(self._on_drawing)
        self.picker.set_drawing_available(state.drawn_digit_image is not None)
        self._on_model_changed(state.model)

    # ----------------------------------------------------------------- the model and its test set
    @Slot(object)
    def _on_model_changed(self, model: Model | None) -> None:
        self.model, self.meter, self.damage = model, None, None
        self.images = self.labels = None
        for kind in (DATA_JOB, IMAGE_JOB, DAMAGE_JOB):
            self.jobs.cancel(kind)
        self.lab.set_network(None if model is None else model.network, None if model is None else model.classes)
        if model is None:
            self.caption.setText(self.tr("No model loaded"))
            self.message.setText(self.tr("The Inside page shows the arithmetic of the current model. Train one on "
                                         "the Train page or open a model file with File ▸ Open model…."))
            self.pages.setCurrentWidget(self.message)
            self.picker.set_count(0)
            return
        source = self.state.model_source
        self.caption.setText(self.tr("Model: {0}").format(model.name) + (f" · {source}" if source else ""))
        conv = conv_layer_indices(model.network)
        self.convolution.set_layers(conv, [self.tr("convolution {0} (layer {1})").format(n + 1, k)
                                           for n, k in enumerate(conv)])
        self.pages.setCurrentWidget(self.message)
        load, held_out = self.state.dataset, self.state.held_out_for(model)
        if not has_images_to_measure(model, held_out):
            self._explain_drawings_only(model)
            return
        self.lab.set_unmeasured(None)
        self.message.setText(self.tr("Loading the test set and measuring the network on it…"))

        def job(report, cancelled):
            measured = images_to_measure(model, load, held_out)
            x = model.prepare(measured.images)
            meter = DamageMeter(model.network, x, measured.labels, cancelled=cancelled)
            if not meter.complete:
                return None  # a newer model took its place: nobody reads this answer
            mistakes = np.flatnonzero(meter.scores.argmax(axis=1) != measured.labels)
            return model, measured.images, measured.labels, meter, mistakes

        self.jobs.submit_with_progress(DATA_JOB, job)

    def _explain_drawings_only(self, model: Model) -> None:
        """No test set: the tabs explain the pad's drawing, the neuron lab says why it cannot measure."""
        self.lab.set_unmeasured(no_test_set_text(model) + " " + self.tr(
            "The neuron lab measures every edit on test images, so it needs them; the Arithmetic and "
            "Convolution tabs explain the drawing on the Draw page."))
        self.picker.set_count(0)
        self.picker.set_mistakes(np.zeros(0, np.int64))
        self.pages.setCurrentWidget(self.tabs)
        self.image_label.setText(self.tr("Draw on the Draw page: its drawing is explained here."))
        self.picker.choose_drawing()  # read at once if there is one

    # ----------------------------------------------------------------- one image
    def current_image(self) -> np.ndarray | None:
        """The chosen image (28, 28): a uint8 test image or the float drawing, or None."""
        if self.picker.source == DRAWING:
            return self.state.drawn_digit_image
        if self.images is None:
            return None
        return self.images[self.picker.index]

    def refresh_image(self) -> None:
        """Run the chosen image through the network in the background."""
        image, model = self.current_image(), self.model
        if image is None or model is None:
            return
        layer = self.convolution.layer_index

        def job():
            own = model.for_this_thread()
            x = own.prepare(np.asarray(image)[None])
            steps = convolution_steps(own.network, x, layer) if layer is not None else None
            return model, image_arithmetic(own.network, x), steps

        self.jobs.submit(IMAGE_JOB, job)
        if self.meter is not None:
            self._edit_timer.start()  # the image tile follows the image

    @Slot(object)
    def _on_drawing(self, image) -> None:
        self.picker.set_drawing_available(image is not None)
        if self.picker.source == DRAWING and image is not None:
            self.refresh_image()
        elif self.meter is not None:
            self._edit_timer.start()  # the drawing's tile reads the new drawing

    # ----------------------------------------------------------------- edits
    def measure(self) -> None:
        """Measure the lab's current surgery (and read the chosen image with both networks)."""
        meter, model = self.meter, self.model
        if meter is None or model is None:
            return
        try:
            surgery = self.lab.surgery()
        except ValueError as error:
            self.lab.status.setText(str(error))
            return
        images = [self.current_image(), self.state.drawn_digit_image]

        def job(_report, cancelled):
            damage = meter.measure(surgery, cancelled)
            if damage is None:
                return None  # superseded by a newer edit
            readings = []
            for image in images:  # the chosen image, then the drawing on the pad
                if image is None:
                    readings.append(None)
                    continue
                x = model.prepare(np.asarray(image)[None])
                before = probabilities(meter.original, meter.original.predict(x), surgery.temperature)[0]
                after = probabilities(damage.network, damage.network.predict(x), surgery.temperature)[0]
                readings.append((answer(model, before), answer(model, after)))
            return meter, damage, readings

        self.lab.status.setText(self.tr("Measuring…"))
        self.jobs.submit_with_progress(DAMAGE_JOB, job)

    def edited_model(self) -> Model | None:
        """The last measured edited network with the model's header, or None before a measurement."""
        if self.damage is None or self.model is None:
            return None
        meta = {**self.model.meta, "name": f"{self.model.name}-edited",
                "metrics": {"test_accuracy": self.damage.modified.accuracy}}
        return Model(self.damage.network, meta)

    def save_edited(self, path: str) -> bool:
        """Save the edited network to ``path`` in the background (atomic); False while busy."""
        model = self.edited_model()
        return model is not None and self.files.save(path, model)

    def _ask_save(self) -> None:
        if self.model is None:
            return
        path = ask_model_save_path(self, self.tr("Save edited network"),
                                   Path.home() / f"{self.model.name}-edited.npz")
        if path:
            self.save_edited(path)

    def _on_save_failed(self, _action: str, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot save"), message)

    # ----------------------------------------------------------------- answers
    @Slot(str, object)
    def _on_finished(self, kind: str, result) -> None:
        if result is None:
            return  # a job that saw itself cancelled
        if kind == DATA_JOB:
            model, images, labels, meter, mistakes = result
            if model is not self.model:
                return
            self.images, self.labels, self.meter = images, labels, meter
            if self.picker.source == DRAWING and self.state.drawn_digit_image is None:
                self.picker.source = TEST  # nothing drawn to explain: the test images are
            self.picker.set_count(len(images))
            self.picker.set_mistakes(mistakes)
            self.pages.setCurrentWidget(self.tabs)
            self.refresh_image()
            self.measure()
        elif kind == IMAGE_JOB:
            model, arithmetic, steps = result
            if model is not self.model:
                return
            self.arithmetic.show_result(arithmetic, model.classes)
            self.lab.set_image(arithmetic)
            if steps is not None:
                self.convolution.show_steps(steps)
            self._show_image_answer(arithmetic)
        elif kind == DAMAGE_JOB:
            meter, damage, readings = result
            if meter is not self.meter:
                return
            self.damage = damage
            self.lab.show_damage(damage, *readings, len(meter.labels))

    def _show_image_answer(self, arithmetic) -> None:
        p = probabilities(self.model.network, arithmetic.scores[None])[0]
        where = self.tr("drawing") if self.picker.source == DRAWING else self.tr("test image {0}, label {1}").format(
            self.picker.index, self.model.classes[int(self.labels[self.picker.index])] if self.labels is not None else "?")
        self.image_label.setText(self.tr("{0}: the network says {1}").format(where, answer(self.model, p)))

    @Slot(str, str)
    def _on_failed(self, kind: str, message: str) -> None:
        if kind == DATA_JOB:
            self.message.setText(self.tr("Cannot load the test set: {0}").format(message))
        elif kind == DAMAGE_JOB:
            self.lab.status.setText(self.tr("Cannot measure the edit: {0}").format(message))
        else:
            self.image_label.setText(self.tr("Cannot read the image: {0}").format(message))

    def shutdown(self) -> None:
        """Stop background work (called by the main window when it closes)."""
        self._edit_timer.stop()
        self.convolution.timer.stop()
        self.jobs.shutdown()
        self.files.shutdown()
