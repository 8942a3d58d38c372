"""What every view of the Weights panel shares: the data it is given and lazy redrawing.

A view shows either its content or, in its place, a message saying why there is nothing to show
(no convolution layers, no record of the initial weights...). Views only redraw while visible:
new data on a hidden view marks it stale and it catches up when it is shown, so live training
costs nothing for views nobody looks at.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStackedLayout, QWidget

from ...engine.inspection.testset import LabelledImages, has_images_to_measure
from ..common.jobs import JobRunner
from ..common.no_test_set import no_test_set_text
from .scale_choice import ScaleChoice


@dataclass(frozen=True, eq=False)
class WeightsData:
    """Weights to draw and where they come from.

    ``params``: the arrays by book name (W1, b1...), from the current model or the newest training
    snapshot. ``initial``: the same names at initialisation, or empty when unknown. ``classes``:
    the output class names when they are known for these weights.
    """

    params: dict[str, np.ndarray]
    caption: str
    classes: list[str] = field(default_factory=list)
    initial: dict[str, np.ndarray] = field(default_factory=dict)
    initial_caption: str = ""


class InspectorView(QWidget):
    """Content or a message; ``redraw()`` runs when the view is visible and its data changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True
        self.content = QWidget()
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setMargin(24)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self.content)
        self._pages.addWidget(self._message)

    # ----------------------------------------------------------------- content or message
    def show_message(self, text: str) -> None:
        self._message.setText(text)
        self._pages.setCurrentWidget(self._message)

    def show_content(self) -> None:
        self._pages.setCurrentWidget(self.content)

    @property
    def message(self) -> str:
        """The message shown instead of the content, or "" while the content is shown."""
        return self._message.text() if self._pages.currentWidget() is self._message else ""

    # ----------------------------------------------------------------- lazy redraw
    def invalidate(self) -> None:
        """The data changed: redraw now if visible, otherwise when next shown."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.redraw()

    def redraw(self) -> None:
        raise NotImplementedError


class WeightsView(InspectorView):
    """A view drawn from the weights the panel hands every such view (``set_weights``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: WeightsData | None = None

    def set_weights(self, data: WeightsData | None) -> None:
        self._data = data
        self._weights_changed()
        self.invalidate()

    def _weights_changed(self) -> None:
        """Runs on new weights before the redraw, for what depends on which arrays there are."""

    def _caption_and_scale(self) -> QHBoxLayout:
        """The row above a mosaic: where the weights come from (``caption``) and the colour scale
        (``scale``: one for all tiles or one per tile; a change redraws)."""
        self.caption = QLabel()
        self.caption.setToolTip(self.tr("Where these weights come from"))
        self.scale = ScaleChoice()
        self.scale.per_tile_changed.connect(lambda _on: self.invalidate())
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(QLabel(self.tr("Colour scale:")))
        row.addWidget(self.scale)
        return row


class MeasuredView(InspectorView):
    """A view measured on the current model's test images in the panel's job runner.

    It runs one job of kind ``job_kind`` per key (``_key()``: a tuple of the model and the view's
    choices, compared by the model's identity), shows a progress bar while it runs and then the
    result (``_show_result``) or the failure in its place. The key of the result on screen or coming is kept, so a redraw asks for
    nothing new; the job hands back ``(key, result)`` and only the awaited key's result is shown.
    A model without test images (a person's own data, its held-out images not at hand) gets a
    plain sentence saying so instead of a job.
    """

    job_kind = ""

    def __init__(self, state, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state, self._jobs = state, jobs
        self._model = None
        self._requested = None
        self.again: QPushButton | None = None
        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        jobs.finished.connect(self._on_finished)
        jobs.failed.connect(self._on_failed)
        jobs.progress.connect(self._on_progress)
        self.show_message(self.tr("No model loaded."))

    def _again_button(self, text: str, tip: str) -> QPushButton:
        """The button that measures the same key once more."""
        self.again = QPushButton(text)
        self.again.setToolTip(tip)
        self.again.clicked.connect(lambda: self.measure(again=True))
        return self.again

    # ----------------------------------------------------------------- what subclasses give
    def _key(self) -> tuple | None:
        """What one result depends on: the model, then the view's choices; None when not ready."""
        return (self._model,)

    def _job(self, key, held_out: LabelledImages | None):
        """The job ``(report, cancelled) -> (key, result) or None``, and the sentence shown meanwhile."""
        raise NotImplementedError

    def _show_result(self, result) -> None:
        raise NotImplementedError

    def _failure_text(self) -> str:
        """The sentence shown when a job fails, with {0} for the reason."""
        raise NotImplementedError

    def _model_set(self, model) -> None:
        """Runs on a new model before the redraw, for choices that depend on the network."""

    # ----------------------------------------------------------------- measuring
    def set_model(self, model) -> None:
        self._model = model
        self._model_set(model)
        self.invalidate()

    def redraw(self) -> None:
        if self._model is None:
            self._jobs.cancel(self.job_kind)
            self.show_message(self.tr("No model loaded."))
        elif not has_images_to_measure(self._model, self._state.held_out_for(self._model)):
            self._jobs.cancel(self.job_kind)
            self._requested = None
            self.show_message(no_test_set_text(self._model))
        else:
            self.measure()

    def measure(self, again: bool = False) -> None:
        """Start the job for the current key, unless its result is on screen or coming."""
        key = self._key()
        if self._model is None or key is None or (_same_key(key, self._requested) and not again):
            return
        job, busy_text = self._job(key, self._state.held_out_for(self._model))
        self._requested = key
        self.progress.setValue(0)
        self.progress.setVisible(True)
        if self.again is not None:
            self.again.setEnabled(False)
        self.status.setText(busy_text)
        if self.message:  # nothing measured yet: say what is happening, not "no model"
            self.show_message(busy_text)
        self._jobs.submit_with_progress(self.job_kind, job)

    def _on_progress(self, kind: str, fraction: float) -> None:
        if kind == self.job_kind:
            self.progress.setValue(round(100 * fraction))

    def _on_failed(self, kind: str, message: str) -> None:
        if kind == self.job_kind:
            self._requested = None
            self._done()
            self.show_message(self._failure_text().format(message))

    def _on_finished(self, kind: str, payload) -> None:
        if kind != self.job_kind or payload is None:
            return
        key, result = payload
        if not _same_key(key, self._requested):
            return
        self._done()
        self._show_result(result)
        self.show_content()

    def _done(self) -> None:
        if self.again is not None:
            self.again.setEnabled(True)
        self.progress.setVisible(False)


def _same_key(a: tuple | None, b: tuple | None) -> bool:
    """Keys name the same result: the very same model (models do not compare by value) and choices."""
    return a is not None and b is not None and a[0] is b[0] and a[1:] == b[1:]

