"""Training off the GUI thread: a worker driving the engine's generator, and its controller.

The worker lives in a QThread and runs a whole run inside one slot; the GUI steers it through a
thread-safe ``TrainingControl`` (pause, step, stop, learning rate), never through the worker's
event loop, which is busy. The worker batches its news and sends it at most about ten times a
second (every eval, epoch and end record at once), so the GUI thread never drowns in signals.
``TrainingController`` lives in the GUI thread, owns thread and worker, relays their signals
through its own slots and shuts them down cleanly.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from typing import Callable, Iterator

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ...engine.data.datasets import Dataset
from ...engine.data.owndata import LoadCancelled
from ...engine.data.sources import DataSource, load_source, own_dataset, read_own
from ...engine.data.stratified import first_per_class
from ...engine.errors import DatasetError, PlaygroundError
from ...engine.fast.network import Network
from ...engine.fast.threads import blas_thread_limit
from ...engine.inspection.testset import held_out_images
from ...engine.training.diagnostics import Diagnostics
from ...engine.training.progress import Progress
from ...engine.training.control import TrainingControl
from ...engine.training.loop import train
from ...engine.training.runs import (
    accuracy_on_test_images,
    finished_model,
    initial_weights,
    sweep_point,
)
from ...engine.training.transfer import with_outputs
from .records import OwnDataReport, RunRequest, RunResult, SweepPoint, Update

EMIT_INTERVAL = 0.1  # seconds between two updates: at most ten a second
# How each kind of a person's own data is prepared: pictures as the pad prepares a drawing (as the
# command line's ``train --data`` does), 28 x 28 images from a CSV or IDX file only turned to light ink on dark.
OWN_PREPARATION = {"folder": "mnist", "names": "mnist", "csv": "resize", "idx": "resize"}


def spec_for_classes(spec: dict, classes: int) -> dict:
    """``spec`` with one output per class: unchanged when its output layer already has ``classes`` units."""
    affines = [layer for layer in spec["layers"] if layer.get("type") == "affine"]
    if affines and affines[-1].get("units") == classes:
        return spec
    try:
        return with_outputs(spec, classes)
    except ValueError as error:
        raise DatasetError(str(error)) from None


def gui_blas_threads() -> int:
    """BLAS threads for training behind a window: every core but one, which stays free for the GUI.

    Two BLAS threads and the GUI thread on a two-core machine make the window stutter; one core
    left to the GUI keeps it smooth for a small cost in training speed.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 2
    return max(1, cores - 1)


class _NewsBuffer:
    """Collects batch records between two updates (worker thread only)."""

    def __init__(self, latest: Progress | None = None) -> None:
        self.iterations: list[int] = []
        self.losses: list[float] = []
        self.learning_rates: list[float] = []
        self.measurements: list[Progress] = []
        self.snapshot: dict | None = None
        self.best_state: dict | None = None
        self.diagnostics: Diagnostics | None = None
        self.latest = latest

    def add(self, record: Progress) -> None:
        self.latest = record
        if record.diagnostics is not None:
            self.diagnostics = record.diagnostics
        if record.kind == "batch":
            self.iterations.append(record.iteration)
            self.losses.append(record.batch_loss)
            self.learning_rates.append(record.learning_rate)
            if record.snapshot is not None:
                self.snapshot = record.snapshot
        elif record.kind in ("eval", "epoch"):
            self.measurements.append(record)

    def update(self, held: bool, sweep_index: int | None, classes: tuple[str, ...]) -> Update:
        return Update(latest=self.latest, iterations=np.asarray(self.iterations, np.int64),
                      losses=np.asarray(self.losses, np.float64),
                      learning_rates=np.asarray(self.learning_rates, np.float64),
                      measurements=tuple(self.measurements), snapshot=self.snapshot,
                      best_state=self.best_state, diagnostics=self.diagnostics, held=held, sweep_index=sweep_index, classes=classes)


class TrainingWorker(QObject):
    """Runs requests in its own thread; every outcome is a signal, never a widget call.

    Signals: ``phase(str)`` ("loading", "training", "testing"), ``loading_progress(float)`` (share of
    a person's files read), ``own_data(OwnDataReport)``, ``update(Update)``,
    ``sweep_point(SweepPoint)``, ``finished(RunResult)``, ``failed(str)``.
    """

    phase = Signal(str)
    loading_progress = Signal(float)
    own_data = Signal(object)
    update = Signal(object)
    sweep_point = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, datasets: Callable[[str], Dataset], blas_threads: int | None) -> None:
        super().__init__()
        self._datasets = datasets
        self._blas_threads = blas_threads
        self._closing = TrainingControl()  # stopped when the app closes: cuts a test measurement short
        self._news = _NewsBuffer()
        self._sweep_index: int | None = None
        self._classes: tuple[str, ...] = ()
        self._loading_percent = -1

    def abandon(self) -> None:
        """From any thread: the app is closing, so skip the work that only serves a result."""
        self._closing.stop()

    def flush_on_hold(self) -> None:
        """TrainingControl's on_hold callback (worker thread): send what a pause would hold back."""
        self._send(held=True)

    @Slot(object, object)
    def run(self, request: RunRequest, control: TrainingControl) -> None:
        try:
            with blas_thread_limit(self._blas_threads):
                result = self._sweep(request, control) if request.sweep else self._train_one(request, control)
        except LoadCancelled:
            self.failed.emit(QCoreApplication.translate("TrainingWorker", "Loading stopped; nothing was trained."))
        except PlaygroundError as error:
            self.failed.emit(str(error))
        except MemoryError:
            self.failed.emit(QCoreApplication.translate(
                "TrainingWorker", "Not enough memory for this run: try a smaller network or batch size."))
        except Exception as error:  # noqa: BLE001 - the panel must always hear back, or it waits forever
            traceback.print_exc(file=sys.stderr)
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.finished.emit(result)

    # ----------------------------------------------------------------- one run
    def _load(self, request: RunRequest, control: TrainingControl) -> tuple[Dataset, np.ndarray, np.ndarray]:
        self.phase.emit("loading")
        if request.source.kind == "shipped":
            data = load_source(request.source, self._datasets)
        else:
            self._loading_percent = -1
            data = self._read_own(request.source, control)
        self._classes = tuple(data.classes)
        images, labels = data.train_images, data.train_labels
        if request.limit:
            keep = first_per_class(labels, request.limit)
            images, labels = images[keep], labels[keep]
        return data, images, labels

    def _read_own(self, source: DataSource, control: TrainingControl) -> Dataset:
        """A person's own files with everything skipped reported; Stop (or closing) ends the reading."""
        own = read_own(source, OWN_PREPARATION[source.kind], self._report_loading,
                       lambda: control.stop_requested or self._closing.stop_requested)
        self.own_data.emit(OwnDataReport(source.label(), own.class_names, tuple(int(n) for n in own.counts()),
                                         tuple(own.skipped), tuple(own.few_examples()), own.imbalanced()))
        return own_dataset(source.label(), own.images, own.labels, own.class_names)

    def _report_loading(self, fraction: float) -> None:
        """Readers report every file; a signal goes out only when the whole percentage changes."""
        percent = int(100 * fraction)
        if percent != self._loading_percent:
            self._loading_percent = percent
            self.loading_progress.emit(fraction)

    def _train_one(self, request: RunRequest, control: TrainingControl) -> RunResult:
        data, images, labels = self._load(request, control)
        network = Network(spec_for_classes(request.spec, len(data.classes)), seed=request.config.seed)
        initial = initial_weights(network)
        self.phase.emit("training")
        last = self._drive(train(network, images, labels, request.input_spec, request.config, control), network)
        if self._closing.stop_requested:
            return RunResult(request, last)
        self.phase.emit("testing")
        model = finished_model(network, name=request.title, preset=request.preset, input_spec=request.input_spec,
                               data=data, images_used=len(labels), config=request.config, last=last,
                               initial=initial, control=self._closing)
        if self._closing.stop_requested:
            return RunResult(request, last)
        held_out = None if len(data.test_labels) else held_out_images(model, images, labels)
        return RunResult(request, last, model, held_out)

    def _drive(self, records: Iterator[Progress], network: Network) -> Progress:
        """Consume the generator, batching news; keep a copy of the best epoch's weights."""
        self._news = _NewsBuffer()
        last_sent = time.monotonic()
        last = None
        for last in records:
            self._news.add(last)
            if last.kind == "epoch" and last.best_epoch == last.epoch:
                self._news.best_state = network.state()
            now = time.monotonic()
            if last.kind != "batch" or now - last_sent >= EMIT_INTERVAL:
                self._send(held=False)
                last_sent = now
        return last

    def _send(self, held: bool) -> None:
        news, self._news = self._news, _NewsBuffer(self._news.latest)
        if news.latest is not None and not self._closing.stop_requested:
            self.update.emit(news.update(held, self._sweep_index, self._classes))

    # ----------------------------------------------------------------- sweeps
    def _sweep(self, request: RunRequest, control: TrainingControl) -> RunResult:
        data, images, labels = self._load(request, control)
        self.phase.emit("training")
        last = None
        for index, value in enumerate(request.sweep.values):
            spec, config = sweep_point(request.spec, request.config, request.sweep.parameter, value)
            network = Network(spec_for_classes(spec, len(data.classes)), seed=config.seed)
            self._sweep_index = index
            last = self._drive(train(network, images, labels, request.input_spec, config, control), network)
            if control.stop_requested or self._closing.stop_requested:
                break
            accuracy, source = accuracy_on_test_images(network, data, request.input_spec, self._closing), "test"
            if self._closing.stop_requested:
                break
            if accuracy is None:
                accuracy, source = last.best_val_accuracy, "validation"
            self.sweep_point.emit(SweepPoint(index, float(value), accuracy, last.status, source, last.epoch))
        self._sweep_index = None
        return RunResult(request, last)


class TrainingController(QObject):
    """The GUI-thread owner of the training thread: start, steer, and shut down runs.

    Signals (all emitted in the GUI thread): ``phase_changed(str)``, ``loading_progress(float)``,
    ``own_data(OwnDataReport)``, ``progress(Update)``,
    ``sweep_point(SweepPoint)``, ``finished(RunResult)``, ``failed(str)``, ``running_changed(bool)``.
    """

    phase_changed = Signal(str)
    loading_progress = Signal(float)
    own_data = Signal(object)
    progress = Signal(object)
    sweep_point = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    running_changed = Signal(bool)
    _run_requested = Signal(object, object)

    def __init__(self, datasets: Callable[[str], Dataset], blas_threads: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._datasets = datasets
        self._blas_threads = blas_threads
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self._control: TrainingControl | None = None
        self._request: RunRequest | None = None
        self._closed = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # ----------------------------------------------------------------- state
    @property
    def running(self) -> bool:
        return self._request is not None

    @property
    def paused(self) -> bool:
        return self._control is not None and self._control.paused

    @property
    def request(self) -> RunRequest | None:
        """The request being run, or None when idle."""
        return self._request

    # ----------------------------------------------------------------- commands
    def start(self, request: RunRequest) -> bool:
        """Begin a run; False if one is running already or the controller was shut down."""
        if self.running or self._closed:
            return False
        self._ensure_thread()
        self._request = request
        self._control = TrainingControl(on_hold=self._worker.flush_on_hold)
        self.running_changed.emit(True)
        self._run_requested.emit(request, self._control)
        return True

    def pause(self) -> None:
        if self._control is not None:
            self._control.pause()

    def resume(self) -> None:
        if self._control is not None:
            self._control.resume()

    def step(self) -> None:
        """While paused: train exactly one more batch."""
        if self._control is not None:
            self._control.step()

    def stop(self) -> None:
        """End the run after the current batch; the trained model still arrives in ``finished``."""
        if self._control is not None:
            self._control.stop()

    def set_learning_rate(self, lr: float) -> None:
        if self._control is not None:
            self._control.set_learning_rate(lr)

    def add_epochs(self, n: int = 1) -> None:
        if self._control is not None:
            self._control.add_epochs(n)

    @Slot()
    def shutdown(self) -> None:
        """Stop any run and join the thread; the controller is unusable afterwards."""
        if self._closed:
            return
        self._closed = True
        if self._worker is not None:
            self._worker.abandon()
        if self._control is not None:
            self._control.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None

    # ----------------------------------------------------------------- relays
    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread(self)
        self._thread.setObjectName("training")
        self._worker = TrainingWorker(self._datasets, self._blas_threads)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._run_requested.connect(self._worker.run)
        self._worker.phase.connect(self._on_phase)
        self._worker.loading_progress.connect(self._on_loading_progress)
        self._worker.own_data.connect(self._on_own_data)
        self._worker.update.connect(self._on_update)
        self._worker.sweep_point.connect(self._on_sweep_point)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    @Slot(str)
    def _on_phase(self, phase: str) -> None:
        if not self._closed:
            self.phase_changed.emit(phase)

    @Slot(float)
    def _on_loading_progress(self, fraction: float) -> None:
        if not self._closed:
            self.loading_progress.emit(fraction)

    @Slot(object)
    def _on_own_data(self, report: OwnDataReport) -> None:
        if not self._closed:
            self.own_data.emit(report)

    @Slot(object)
    def _on_update(self, update: Update) -> None:
        if not self._closed:
            self.progress.emit(update)

    @Slot(object)
    def _on_sweep_point(self, point: SweepPoint) -> None:
        if not self._closed:
            self.sweep_point.emit(point)

    def _end_run(self) -> None:
        self._request = None
        self._control = None
        self.running_changed.emit(False)

    @Slot(object)
    def _on_finished(self, result: RunResult) -> None:
        if self._closed:
            return
        self._end_run()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._closed:
            return
        self._end_run()
        self.failed.emit(message)
