"""Open and save model files off the GUI thread.

A model file holds up to a few megabytes of arrays plus checks on every one of them; reading it in a
slot would freeze the window. ``ModelFileController`` lives in the GUI thread and runs one job at a
time on its ``JobRunner``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from .jobs import JobRunner

OPEN = "open"
SAVE = "save"
EXPORT = "export"


def model_file_filter() -> str:
    return QCoreApplication.translate("model_io", "Model files (*.npz)")


def ask_model_save_path(parent: QWidget, title: str, suggested: str | Path) -> str | None:
    """The one save dialog for model files: starts at ``suggested``, shows model files only, asks
    before replacing a file, and adds ``.npz`` when the name has none. None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), model_file_filter())
    if not path:
        return None
    return path if path.endswith(".npz") else path + ".npz"


class ModelFileController(QObject):
    """Loads and saves models one job at a time.

    Signals: ``loaded(model, path)``, ``saved(path)``, ``exported(path)``, ``failed(action,
    message)`` with action "open", "save" or "export", and ``busy_changed(bool)``.
    """

    loaded = Signal(object, str)
    saved = Signal(str)
    exported = Signal(str)
    failed = Signal(str, str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = JobRunner("model-files", self)
        self._jobs.finished.connect(self._on_finished)
        self._jobs.failed.connect(self.failed)
        self._jobs.busy_changed.connect(self.busy_changed)

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    def open(self, path: str) -> bool:
        """Start loading ``path``; False if another job is still running."""
        from ...engine.training.modelfile import load_model
        return self._start(OPEN, lambda: (load_model(path), path))

    def save(self, path: str, model: Any) -> bool:
        """Start saving ``model`` to ``path``; False if another job is still running."""
        from ...engine.training.modelfile import save_model

        def job() -> str:
            save_model(path, model)
            return path

        return self._start(SAVE, job)

    def export(self, path: str, model: Any, target: str) -> bool:
        """Start exporting ``model`` to ``path`` as ``target`` ("pytorch" or "onnx"); a PyTorch
        script gets its weights file beside it (same name, ``.npz``). False while busy."""
        from ...engine.export import export
        from ...engine.training.modelfile import save_model

        def job() -> str:
            weights = Path(path).with_suffix(".npz")
            if target == "pytorch":
                save_model(weights, model)
            export(model, target, path, weights)
            return path

        return self._start(EXPORT, job)

    def _start(self, action: str, job: Callable[[], Any]) -> bool:
        if self.busy:
            return False
        self._jobs.submit(action, job)
        return True

    @Slot(str, object)
    def _on_finished(self, action: str, result: Any) -> None:
        if action == OPEN:
            self.loaded.emit(*result)
        elif action == EXPORT:
            self.exported.emit(result)
        else:
            self.saved.emit(result)

    def shutdown(self) -> None:
        """Let a running job finish (a save must not be cut short), then stop its thread."""
        self._jobs.shutdown(finish_jobs=True)
