"""The model every page starts with: the shipped model that reads drawings best.

The Draw pad, the status bar and the Weights and Inside pages all show the application's current
model, so the app starts with one instead of "no model": the first of ``PREFERRED_FOR_DRAWINGS``
found among the shipped models.
"""

from __future__ import annotations

from pathlib import Path

from ...paths import MODELS_DIR

#: Shipped models in order of preference for drawn digits: best first on held-out handwriting
#: (``python -m benchmarks.handwriting_eval``: pen digits of unseen writers and low-resolution scans).
PREFERRED_FOR_DRAWINGS = ("deep-cnn", "simple-cnn", "mlp", "rashid")


def start_model_path(folder: Path = MODELS_DIR) -> Path | None:
    """The shipped model file to start with, or None when the folder holds none of the preferred ones."""
    return next((folder / f"{name}.npz" for name in PREFERRED_FOR_DRAWINGS
                 if (folder / f"{name}.npz").is_file()), None)
