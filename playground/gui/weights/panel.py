"""The Weights panel: what each part of the current network has learned.

Views (one tab each): first-layer hidden units, convolution filters, weights before and after
training, every layer's activations for one input, one picture per class (back-query or
gradient ascent) and the test-set evaluation. The evaluation starts as soon as the panel is on
screen with a model, whichever tab is open, so its confusion matrix is ready when its tab is.

While the Train panel trains, the weight views follow its snapshots: only the newest snapshot is
drawn, only by the view on screen, at most
``REDRAWS_PER_SECOND`` times a second and, when a redraw is slow (a big layer, a busy machine),
less often, so that redrawing takes at most ``REDRAW_BUDGET`` of the time. The GUI thread holds
Python's interpreter lock while it paints, so this share is roughly what watching costs training.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine.training.modelfile import Model, load_model
from ..common.jobs import JobRunner
from ..common.state import AppState
from .activations_view import ActivationsView
from .base import WeightsData
from .before_after import BeforeAfterView
from .class_pictures import ClassPicturesView
from .conv_filters import ConvFiltersView
from .evaluation_view import EvaluationView
from .hidden_units import HiddenUnitsView
from .layer_map_view import LayerMapView
from .no_model import NoModelPage
from .robustness_view import RobustnessView

REDRAWS_PER_SECOND = 4
REDRAW_BUDGET = 0.04  # share of wall time the live redraws may take
# One BLAS thread for the views' jobs: on two busy cores a second one makes NumPy several times
# slower (its threads wait for each other) and takes the CPU from the GUI.
BLAS_THREADS = 1
LOAD_JOB = "load"
INITIAL_PREFIX = "initial/"


def _matching(candidate: dict, params: dict) -> dict:
    """The arrays of ``candidate`` whose name and shape match ``params`` (initial weights that fit)."""
    return {n: a for n, a in candidate.items() if n in params and a.shape == params[n].shape}


class WeightsPanel(QWidget):
    """One panel, six views, fed by the application state."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.jobs = JobRunner("weights-panel-jobs", self, blas_threads=BLAS_THREADS)
        self._pending_snapshot: dict | None = None
        self._run_initial: dict | None = None
        self._run_initial_caption = ""
        self.redraw_count = 0

        self.caption = QLabel()
        self.caption.setToolTip(self.tr("The model these views show"))
        self.export_button = QPushButton(self.tr("Export PNG…"))
        self.export_button.setToolTip(self.tr("Save the view on screen as a PNG picture"))
        self.export_button.clicked.connect(self._ask_export)
        header = QHBoxLayout()
        header.addWidget(self.caption, 1)
        header.addWidget(self.export_button)

        self.hidden_units = HiddenUnitsView()
        self.conv_filters = ConvFiltersView()
        self.before_after = BeforeAfterView()
        self.activations = ActivationsView(state, self.jobs)
        self.class_pictures = ClassPicturesView(self.jobs)
        self.evaluation = EvaluationView(state, self.jobs)
        self.robustness = RobustnessView(state, self.jobs)
        self.layer_map = LayerMapView(state, self.jobs)
        self.weight_views = (self.hidden_units, self.conv_filters, self.before_after)
        self.model_views = (self.activations, self.class_pictures, self.evaluation, self.robustness, self.layer_map)
        self.tabs = QTabWidget()
        for view, title, tip in (
                (self.hidden_units, self.tr("Hidden units"),
                 self.tr("What each first-layer unit of a dense network looks for, as a 28x28 picture")),
                (self.conv_filters, self.tr("Conv filters"),
                 self.tr("The filters of every convolution layer")),
                (self.before_after, self.tr("Before / after"),
                 self.tr("The weights at initialisation, now, and how much they changed")),
                (self.activations, self.tr("Activations"),
                 self.tr("Every layer's output for one input image")),
                (self.class_pictures, self.tr("Class pictures"),
                 self.tr("What the network takes each class to look like")),
                (self.evaluation, self.tr("Evaluation"),
                 self.tr("Confusion matrix, per-class accuracy and mistakes on the test set")),
                (self.robustness, self.tr("Robustness"),
                 self.tr("Accuracy under noise, rotation and stroke thickness; a confidence threshold")),
                (self.layer_map, self.tr("Layer map"),
                 self.tr("Test images placed by what each layer makes of them (PCA or t-SNE)"))):
            self.tabs.setTabToolTip(self.tabs.addTab(view, title), tip)
        self.tabs.currentChanged.connect(lambda _index: self._update_export())

        self.no_model = NoModelPage()
        self.no_model.load_requested.connect(self.load_model_file)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.no_model)
        self.pages.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(1000 // REDRAWS_PER_SECOND)
        self._redraw_timer.timeout.connect(self._draw_pending_snapshot)

        self.jobs.finished.connect(self._on_job_finished)
        self.jobs.failed.connect(self._on_job_failed)
        state.model_changed.connect(self._on_model_changed)
        state.training_snapshot.connect(self._on_snapshot)
        state.training_active.connect(self._on_training_active)
        self._on_model_changed(state.model)

    # ----------------------------------------------------------------- the current model
    @Slot(object)
    def _on_model_changed(self, model: Model | None) -> None:
        self._pending_snapshot = None
        for view in self.model_views:
            view.set_model(model)
        if model is None:
            self.caption.setText(self.tr("No model loaded"))
            self._push_weights(None)
            self.no_model.refresh()
            self.pages.setCurrentWidget(self.no_model)
        else:
            params = model.network.params
            source = self.state.model_source
            self.caption.setText(self.tr("Model: {0}").format(model.name) + (f" · {source}" if source else ""))
            initial = _matching({n[len(INITIAL_PREFIX):]: a for n, a in model.extras.items()
                                 if n.startswith(INITIAL_PREFIX)}, params)
            initial_caption = self.tr("saved with the model")
            if not initial and self._run_initial:
                initial, initial_caption = _matching(self._run_initial, params), self._run_initial_caption
            self._push_weights(WeightsData(params, self.tr("model {0}").format(model.name), model.classes,
                                           initial, initial_caption))
            self.pages.setCurrentWidget(self.tabs)
            if self.isVisible():
                self.evaluation.redraw()
        self._update_export()

    def _push_weights(self, data: WeightsData | None) -> None:
        for view in self.weight_views:
            view.set_weights(data)
        if data is not None:
            self._show_first_layer_tab(data.params)

    def _show_first_layer_tab(self, params: dict) -> None:
        """Between the two first-layer tabs, show the one that has pictures for this network:
        conv filters for a convolutional first layer, hidden units otherwise."""
        convolutional = params.get("W1") is not None and params["W1"].ndim == 4
        current = self.tabs.currentWidget()
        if current is self.hidden_units and convolutional:
            self.tabs.setCurrentWidget(self.conv_filters)
        elif current is self.conv_filters and not convolutional:
            self.tabs.setCurrentWidget(self.hidden_units)

    def load_model_file(self, path: str) -> None:
        """Load a model file in the background; it becomes the application's current model."""
        self.no_model.set_busy(True, self.tr("Loading {0}…").format(Path(path).name))
        self.jobs.submit(LOAD_JOB, lambda: (path, load_model(path)))

    @Slot(str, object)
    def _on_job_finished(self, kind: str, result) -> None:
        if kind == LOAD_JOB:
            path, model = result
            self.no_model.set_busy(False)
            self.state.set_model(model, source=path)

    @Slot(str, str)
    def _on_job_failed(self, kind: str, message: str) -> None:
        if kind == LOAD_JOB:
            self.no_model.set_busy(False, self.tr("Cannot load the model: {0}").format(message))

    # ----------------------------------------------------------------- live training
    @Slot(bool)
    def _on_training_active(self, active: bool) -> None:
        if active:
            self._run_initial = None
            self._run_initial_caption = ""

    @Slot(object)
    def _on_snapshot(self, snapshot: dict) -> None:
        """Keep only the newest snapshot; draw it when the redraw timer fires."""
        if self._run_initial is None:
            self._run_initial = snapshot["params"]
            self._run_initial_caption = self.tr("first snapshot of this run, iteration {0:,}").format(
                int(snapshot.get("iteration", 0)))
        self._pending_snapshot = snapshot
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    @Slot()
    def _draw_pending_snapshot(self) -> None:
        snapshot = self._pending_snapshot
        if snapshot is None or not self.isVisible():
            return  # drawn by showEvent when the panel comes back on screen
        self._pending_snapshot = None
        params = snapshot["params"]
        model = self.state.model
        classes = model.classes if model is not None else []
        initial = _matching(self._run_initial or {}, params)
        iteration, epoch = int(snapshot.get("iteration", 0)), float(snapshot.get("epoch", 0.0))
        caption = self.tr("live training run")
        self.caption.setText(self.tr("Watching a training run: iteration {0:,}, epoch {1:.2f}").format(iteration, epoch))
        start = time.perf_counter()
        self.pages.setCurrentWidget(self.tabs)
        self._push_weights(WeightsData(params, caption, classes, initial, self._run_initial_caption))
        self.tabs.currentWidget().repaint()  # paint now, so the redraw's whole cost is measured
        self.redraw_count += 1
        self._update_export()
        cost = time.perf_counter() - start
        self._redraw_timer.setInterval(max(1000 // REDRAWS_PER_SECOND, round(1000 * cost / REDRAW_BUDGET)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.state.model is not None:
            self.evaluation.redraw()  # asks for nothing when this model's evaluation is done or coming
        if self._pending_snapshot is not None and not self._redraw_timer.isActive():
            self._redraw_timer.start()

    # ----------------------------------------------------------------- export and shutdown
    def _update_export(self) -> None:
        self.export_button.setEnabled(self.pages.currentWidget() is self.tabs)

    def _ask_export(self) -> None:
        name = self.tabs.tabText(self.tabs.currentIndex()).lower().replace(" / ", "-").replace(" ", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export view"), str(Path.home() / f"{name}.png"),
                                              self.tr("PNG pictures (*.png)"))
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            if not self.export_current_view(path):
                QMessageBox.warning(self, self.tr("Cannot export"),
                                    self.tr("Could not write {0}.").format(path))

    def export_current_view(self, path: str) -> bool:
        """Save the view on screen as PNG; False when the file cannot be written."""
        return self.tabs.currentWidget().grab().save(path, "PNG")

    def shutdown(self) -> None:
        """Stop background work (called by the main window when it closes)."""
        self._redraw_timer.stop()
        self.jobs.shutdown()
