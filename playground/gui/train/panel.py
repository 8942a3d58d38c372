"""The Train panel: choose a network and its hyper-parameters, press Start, watch it learn.

Training runs in a worker thread (``train.controller``); this panel only turns the worker's
throttled news into plots, a progress bar and sentences, and hands the trained model to the
rest of the app through ``AppState``. Every run of the session stays on the plots as an overlay.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine.fast.network import Network
from ...engine.training.modelfile import new_model
from ...engine.training.progress import Progress, Status, format_duration
from ..common.model_io import ModelFileController, ask_model_save_path
from ..common.state import AppState
from .controller import TrainingController, gui_blas_threads, spec_for_classes
from .controls import FormError, TrainingForm
from .diagnostics_view import DiagnosticsView
from .own_data_note import OwnDataNote
from .plots import LivePlots
from .records import BestEpoch, RunRequest, RunResult, Sweep, SweepPoint, Update
from .sweep import SweepView, parameter_label

SNAPSHOT_INTERVAL = 0.25  # seconds between weight copies for the live weight views
BLAS_THREADS = gui_blas_threads()  # every core but one: see benchmarks/gui_responsiveness.py
FORM_WIDTH = 330


class TrainPanel(QWidget):
    """Form on the left; controls, progress, live curves and sweeps on the right."""

    def __init__(self, state: AppState, parent: QWidget | None = None,
                 blas_threads: int | None = BLAS_THREADS) -> None:
        """``blas_threads``: the BLAS thread cap while training (None: no cap)."""
        super().__init__(parent)
        self.state = state
        self.controller = TrainingController(state.dataset, blas_threads=blas_threads, parent=self)
        self._files = ModelFileController(self)
        self._run_count = 0
        self._run_name = ""
        self._curves_started = False
        self._best: BestEpoch | None = None
        self._last_lr_sent: float | None = None

        self.form = TrainingForm()
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Room for the scroll bar too, so a short window scrolls the form instead of clipping it.
        scroll.setFixedWidth(FORM_WIDTH + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.plots = LivePlots()
        self.sweep_view = SweepView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plots, self.tr("Live curves"))
        self.tabs.addTab(self.sweep_view, self.tr("Sweep"))
        self.diagnostics = DiagnosticsView()
        self.tabs.addTab(self.diagnostics, self.tr("Diagnostics"))
        self.tabs.setTabToolTip(2, self.tr("Why the run learns or fails: gradients, inactive units, weights, hints"))
        self.tabs.setTabToolTip(0, self.tr("Loss, accuracy and learning rate of this session's runs as they train"))
        self.tabs.setTabToolTip(1, self.tr("Accuracy against one hyper-parameter, one training run per value"))

        right = QVBoxLayout()
        right.addLayout(self._build_buttons())
        right.addLayout(self._build_progress())
        right.addWidget(self.tabs, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

        self._connect()
        self.setAcceptDrops(True)
        self._show_message(self.tr("Choose a network and press Start."))
        self._update_buttons()

    # ----------------------------------------------------------------- construction
    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 24)  # not the style's wide minimum
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build_buttons(self) -> QHBoxLayout:
        self.start_button = self._button(self.tr("Start"), self.tr("Train a new network with the settings on the left"),
                                         self.start)
        self.start_button.setDefault(True)
        self.pause_button = self._button(self.tr("Pause"), self.tr("Hold the training after the current batch"),
                                         self.toggle_pause)
        self.step_button = self._button(self.tr("Step"), self.tr("While paused, train exactly one more batch"),
                                        self.controller.step)
        self.more_button = self._button(self.tr("+1 epoch"), self.tr("Add one more epoch to the running training"),
                                        self.add_epoch)
        self.stop_button = self._button(self.tr("Stop"),
                                        self.tr("End the training after the current batch and keep the model so far"),
                                        self.stop)
        self.reset_button = self._button(self.tr("Reset"),
                                         self.tr("Clear every run's curves and put the chosen network's recipe back"),
                                         self.reset)
        self.best_button = self._button(self.tr("Restore best"),
                                        self.tr("Make the weights of the best epoch so far the current model"),
                                        self.restore_best)
        self.save_button = self._button(self.tr("Save model…"), self.tr("Save the current model to a file"),
                                        self.save_model)
        row = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.step_button, self.more_button, self.stop_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.reset_button, self.best_button, self.save_button):
            row.addWidget(button)
        return row

    def _build_progress(self) -> QGridLayout:
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("idle"))
        self.progress.setToolTip(self.tr("How far the run has got: epoch and iteration"))
        self.speed = QLabel()
        self.speed.setToolTip(self.tr("Training speed, time left and time spent"))
        self.speed.setMinimumWidth(220)
        self.speed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setToolTip(self.tr("What the training is doing, in words"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_data_note = OwnDataNote()
        grid = QGridLayout()
        grid.addWidget(self.progress, 0, 0)
        grid.addWidget(self.speed, 0, 1)
        grid.addWidget(self.status, 1, 0, 1, 2)
        grid.addWidget(self.own_data_note, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        return grid

    def _connect(self) -> None:
        c = self.controller
        c.phase_changed.connect(self._on_phase)
        c.loading_progress.connect(self._on_loading_progress)
        c.own_data.connect(self.own_data_note.show_report)
        c.progress.connect(self._on_progress)
        c.sweep_point.connect(self._on_sweep_point)
        c.finished.connect(self._on_finished)
        c.failed.connect(self._on_failed)
        c.running_changed.connect(self._on_running_changed)
        self.form.learning_rate_changed.connect(self._on_learning_rate_edited)
        self.form.own_data_rejected.connect(self._show_error)
        self.form.dataset.currentIndexChanged.connect(self.own_data_note.clear_report)
        self.sweep_view.start_requested.connect(self.start_sweep)
        self.sweep_view.stop_requested.connect(self.controller.stop)
        self.sweep_view.invalid.connect(self._show_error)
        self.plots.cleared.connect(self._forget_best)
        self.diagnostics.fix_requested.connect(self._apply_fix)
        self.state.model_changed.connect(self._update_buttons)
        self._files.saved.connect(lambda path: self._show_message(self.tr("Saved the model to {0}.").format(path)))
        self._files.failed.connect(lambda _action, message: self._show_error(message))

    # ----------------------------------------------------------------- messages
    def _show_message(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    @Slot(str)
    def _show_error(self, text: str) -> None:
        """A problem in words, highlighted; the rest of the panel stays as it was."""
        self.status.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.status.setText(text)

    # ----------------------------------------------------------------- dropped files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if not self.controller.running and any(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.use_own_data(paths)

    def use_own_data(self, paths: list[str]) -> bool:
        """A dropped folder, CSV or IDX pair becomes the run's data, as if chosen in the form."""
        if self.controller.running:
            self._show_error(self.tr("A run is training: drop your files again when it has ended."))
            return False
        if not self.form.use_paths(paths):
            return False
        self.own_data_note.clear_report()
        self._show_message(self.tr("Your own data is chosen: {0}. Press Start to train on it.").format(
            self.form.source().label()))
        return True

    # ----------------------------------------------------------------- commands
    @Slot()
    def start(self) -> bool:
        """Start a run with the form's settings; False (with a message) if the form is wrong."""
        try:
            request = self.form.request()
        except FormError as error:
            self._show_error(str(error))
            return False
        request = replace(request, config=replace(request.config, snapshot_interval=SNAPSHOT_INTERVAL))
        self._run_name = self.tr("Run {0}: {1}, lr {2:g}").format(
            self._run_count + 1, request.title, request.config.optimizer["lr"])
        return self._launch(request)

    @Slot(object, int)
    def start_sweep(self, sweep: Sweep, images: int) -> bool:
        try:
            request = self.form.request(sweep=sweep)
        except FormError as error:
            self._show_error(str(error))
            return False
        self._run_name = self._sweep_name(request, sweep, images)
        return self._launch(replace(request, limit=images))

    def _sweep_name(self, request: RunRequest, sweep: Sweep, images: int) -> str:
        """The legend entry of a sweep: the network and the settings that stayed fixed."""
        parts = [request.title]
        if sweep.parameter != "learning_rate":
            parts.append(self.tr("lr {0:g}").format(request.config.optimizer["lr"]))
        if sweep.parameter != "epochs":
            parts.append(self.tr("epochs {0}").format(request.config.epochs))
        parts.append(self.tr("{0} images").format(f"{images:,}" if images else self.tr("all")))
        return ", ".join(parts)

    def _apply_fix(self, fix: dict) -> None:
        self.form.apply_fix(fix)
        self._show_message(self.tr("The hint's settings are in the form; press Start to train with them."))

    def _launch(self, request: RunRequest) -> bool:
        self._curves_started = False
        self.own_data_note.clear_report()
        if request.sweep is None:
            self._forget_best()
        self._last_lr_sent = request.config.optimizer["lr"]
        if not self.controller.start(request):
            return False
        if request.sweep:
            self.tabs.setCurrentWidget(self.sweep_view)
        self.progress.setValue(0)
        self.speed.setText("")
        return True

    @Slot()
    def stop(self) -> None:
        if self.controller.running:
            self.controller.stop()
            self._show_message(self.tr("Stopping after the current batch…"))

    @Slot()
    def add_epoch(self) -> None:
        if self.controller.running:
            self.controller.add_epochs(1)
            self._show_message(self.tr("One more epoch added to this run."))

    @Slot()
    def toggle_pause(self) -> None:
        if self.controller.paused:
            self.controller.resume()
            self._show_message(self.tr("Training again."))
        else:
            self.controller.pause()
            self._show_message(self.tr("Pausing after the current batch…"))
        self._update_buttons()

    @Slot()
    def reset(self) -> None:
        """Forget the session's curves and refill the form with the chosen network's recipe."""
        if self.controller.running:
            return
        self.plots.clear()
        self.sweep_view.clear()
        self._run_count = 0
        self.form.restore_recipe()
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("idle"))
        self.speed.setText("")
        self._show_message(self.tr("Cleared. Choose a network and press Start."))

    @Slot()
    def restore_best(self) -> None:
        """Make the best epoch's weights (kept from the epoch records) the current model."""
        if self._best is None:
            return
        best = self._best
        request = best.request
        network = Network(spec_for_classes(request.spec, len(best.classes)), seed=request.config.seed)
        network.load_state(best.weights)
        model = new_model(network, name=request.title, preset=request.preset, input_spec=request.input_spec,
                          dataset=request.source.label(), classes=list(best.classes),
                          training={**request.config.to_dict(), "epochs_run": best.epoch, "status": "best epoch"},
                          metrics={"best_val_accuracy": best.accuracy})
        self.state.set_model(model, source=self.tr("best epoch {0} of a run in this session").format(best.epoch))
        measured_on = (self.tr("validation accuracy") if request.config.validation_share > 0
                       else self.tr("training accuracy"))
        self._show_message(self.tr("The current model now holds the weights of epoch {0} ({1} {2:.1f} %).").format(
            best.epoch, measured_on, 100 * best.accuracy))

    @property
    def best_epoch(self) -> BestEpoch | None:
        """The best epoch of the latest run so far, with a copy of its weights."""
        return self._best

    @Slot()
    def save_model(self) -> None:
        model = self.state.model
        if model is None:
            return
        path = ask_model_save_path(self, self.tr("Save model"), Path.home() / f"{model.name}.npz")
        if path:
            self.save_model_to(path)

    def save_model_to(self, path: str) -> None:
        """Save the current model to ``path`` in the background."""
        if self.state.model is not None and self._files.save(path, self.state.model):
            self._show_message(self.tr("Saving the model…"))

    def shutdown(self) -> None:
        """Stop any run and join the worker thread (the main window calls this on close)."""
        was_running = self.controller.running
        self.controller.shutdown()
        self._files.shutdown()
        if was_running:
            self.state.training_active.emit(False)

    # ----------------------------------------------------------------- news from the worker
    @Slot(bool)
    def _on_running_changed(self, running: bool) -> None:
        self.form.set_running(running)
        self.sweep_view.set_running(sweeping=running and self._is_sweep(), busy=running)
        self.state.training_active.emit(running)
        self._update_buttons()

    def _is_sweep(self) -> bool:
        request = self.controller.request
        return request is not None and request.sweep is not None

    @Slot(str)
    def _on_phase(self, phase: str) -> None:
        request = self.controller.request
        texts = {"loading": self.tr("Loading {0}…").format(request.source.label() if request else ""),
                 "training": self.tr("Training…"),
                 "testing": self.tr("Measuring the accuracy on the test images…")}
        self._show_message(texts[phase])

    @Slot(float)
    def _on_loading_progress(self, fraction: float) -> None:
        self.progress.setValue(int(1000 * fraction))
        self.progress.setFormat(self.tr("Loading your files: {0} %").format(int(100 * fraction)))

    @Slot(object)
    def _on_progress(self, update: Update) -> None:
        request = self.controller.request
        if request is None:
            return
        if request.sweep is not None:
            self._show_sweep_progress(request.sweep, update)
        else:
            self._show_run_progress(request, update)
        if update.held:
            p = update.latest
            self._show_message(self.tr("Paused at iteration {0:,} (epoch {1}/{2}). Step trains one batch, "
                                       "Resume carries on.").format(p.iteration, p.epoch, p.epochs))
        self._update_buttons()

    def _show_run_progress(self, request: RunRequest, update: Update) -> None:
        if not self._curves_started:
            self._run_count += 1
            self.plots.begin_run(self._run_name)
            self.diagnostics.begin_run(request.config)
            self._curves_started = True
        self.plots.add(update)
        self.diagnostics.add(update)
        if update.best_state is not None:
            best = update.measurements[-1]
            self._best = BestEpoch(request, update.best_state, best.epoch, best.best_val_accuracy, update.classes)
        self._show_progress(update.latest)
        if update.snapshot is not None:
            p = update.latest
            self.state.training_snapshot.emit({"params": update.snapshot, "iteration": p.iteration,
                                               "epoch": p.epoch_position})
        if update.measurements and not self.controller.paused:
            self._show_message(self._describe_measurement(update.measurements[-1]))

    def _show_progress(self, p: Progress, done: float | None = None, label: str | None = None) -> None:
        total = max(1, p.epochs * p.iterations_per_epoch)
        self.progress.setValue(int(1000 * (p.iteration / total if done is None else done)))
        in_epoch = p.iteration - (p.epoch - 1) * p.iterations_per_epoch
        self.progress.setFormat(label or self.tr("Epoch {0}/{1} · iteration {2:,}/{3:,}").format(
            p.epoch, p.epochs, in_epoch, p.iterations_per_epoch))
        self.speed.setText(self.tr("{0:,.0f} images/s · {1} left · {2} spent").format(
            p.samples_per_sec, format_duration(p.eta), format_duration(p.elapsed)))

    def _describe_measurement(self, m: Progress) -> str:
        if m.kind == "eval":
            accuracy = m.val_accuracy if m.val_accuracy is not None else m.train_accuracy
            return self.tr("Epoch {0}/{1}, {2:.0%} through – accuracy {3:.1f} % so far").format(
                m.epoch, m.epochs, m.epoch_position - (m.epoch - 1), 100 * accuracy)
        best = self.tr(" (best so far)") if m.best_epoch == m.epoch else ""
        if m.val_accuracy is not None:
            text = self.tr("Epoch {0}/{1} – val accuracy {2:.1f} %{3}").format(
                m.epoch, m.epochs, 100 * m.val_accuracy, best)
        else:
            text = self.tr("Epoch {0}/{1} – train accuracy {2:.1f} %{3}").format(
                m.epoch, m.epochs, 100 * m.train_accuracy, best)
        return text

    def _show_sweep_progress(self, sweep: Sweep, update: Update) -> None:
        if not self._curves_started:
            self.sweep_view.begin(sweep, self._run_name)
            self._curves_started = True
        p, index, count = update.latest, update.sweep_index or 0, len(sweep.values)
        total = max(1, p.epochs * p.iterations_per_epoch)
        label = self.tr("Sweep point {0}/{1} ({2} = {3:g}) · epoch {4}/{5}").format(
            index + 1, count, parameter_label(sweep.parameter), sweep.values[index], p.epoch, p.epochs)
        self._show_progress(p, done=(index + min(1.0, p.iteration / total)) / count, label=label)

    @Slot(object)
    def _on_sweep_point(self, point: SweepPoint) -> None:
        request = self.controller.request
        if request is None or request.sweep is None:
            return
        self.sweep_view.add_point(point)
        where = self.tr("test") if point.accuracy_source == "test" else self.tr("validation")
        self._show_message(self.tr("{0} = {1:g}: {2} accuracy {3:.1f} %").format(
            parameter_label(request.sweep.parameter), point.value, where, 100 * (point.accuracy or 0.0)))

    @Slot(object)
    def _on_finished(self, result: RunResult) -> None:
        if result.request.sweep is not None:
            self._finish_sweep(result)
            return
        last, model = result.last, result.model
        self.diagnostics.finish(last)
        self.progress.setValue(self.progress.maximum() if last.status == Status.FINISHED else self.progress.value())
        if model is None:
            return
        self.state.set_model(model, source=self.tr("trained in this session ({0})").format(self._run_name),
                             held_out=result.held_out)
        accuracy = model.test_accuracy
        if accuracy is not None:
            self.plots.rename_current(f"{self._run_name}, {100 * accuracy:.1f} %")
        self._report_end(last, accuracy)
        self._update_buttons()

    def _report_end(self, last: Progress, accuracy: float | None) -> None:
        score = (self.tr("test accuracy {0:.1f} %").format(100 * accuracy) if accuracy is not None
                 else self.tr("no test images in this dataset"))
        if last.status == Status.DIVERGED:
            self._show_error(self.tr(
                "Training diverged at iteration {0:,}: the loss became infinite or not a number, so the run "
                "stopped and the weights went back to their last finite values. Try a smaller learning rate, "
                "for example {1:g}.").format(last.iteration, last.learning_rate / 10))
            return
        texts = {
            Status.FINISHED: self.tr("Finished after {0} epochs: {1}. The trained network is now the current model."),
            Status.STOPPED: self.tr("Stopped in epoch {0}: {1}. The network so far is now the current model."),
            Status.EARLY_STOPPED: self.tr("Early stopping after epoch {0}, as validation accuracy stopped improving: "
                                     "{1}. The best epoch's network is now the current model."),
        }
        self._show_message(texts[last.status].format(last.epoch, score))

    def _finish_sweep(self, result: RunResult) -> None:
        points = self.sweep_view.points()
        if not points:
            self._show_message(self.tr("The sweep ended before its first point was trained."))
            return
        value, accuracy = max(points, key=lambda vp: vp[1])
        self._show_message(self.tr("Sweep done: {0} of {1} points, best accuracy {2:.1f} % at {3} = {4:g}.").format(
            len(points), len(result.request.sweep.values), accuracy,
            parameter_label(result.request.sweep.parameter), value))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._show_error(self.tr("Cannot train: {0}").format(message))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("idle"))

    @Slot(float)
    def _on_learning_rate_edited(self, lr: float) -> None:
        if not self.controller.running or self._is_sweep() or lr == self._last_lr_sent:
            return
        self._last_lr_sent = lr
        self.controller.set_learning_rate(lr)
        self._show_message(self.tr("Learning rate changed to {0:g} from the next batch on.").format(lr))

    @Slot()
    def _forget_best(self) -> None:
        self._best = None
        self._update_buttons()

    @Slot()
    def _update_buttons(self, *_args) -> None:
        running, paused, sweep = self.controller.running, self.controller.paused, self._is_sweep()
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Carry on training") if paused
                                     else self.tr("Hold the training after the current batch"))
        self.step_button.setEnabled(running and paused)
        self.more_button.setEnabled(running and not sweep)
        self.stop_button.setEnabled(running)
        self.reset_button.setEnabled(not running)
        self.best_button.setEnabled(self._best is not None)
        self.save_button.setEnabled(self.state.model is not None and not self._files.busy)
