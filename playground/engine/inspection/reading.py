"""One reading of the pad: preprocessing, the model's probabilities, the naive comparison, saliency.

Plain functions and records, run in the Draw panel's reading thread: a small network
reads a drawing in a few milliseconds, a deep one takes tens, too long for the GUI thread.
"""

from __future__ import annotations

import sys
import time
import traceback
from dataclasses import dataclass

import numpy as np

from ..data.mnist_style import classify, naive_resize
from ..data.prepare import network_picture
from ..errors import EmptyImageError, ImageError
from ..training.modelfile import Model
from .saliency import saliency_map

PREDICTED_CLASS = -1


@dataclass(frozen=True)
class ReadingRequest:
    """What to read and how. ``saliency_class``: None (no map), PREDICTED_CLASS or a class index."""

    generation: int
    image: np.ndarray
    model: Model | None
    normalize_stroke: bool = True
    compare: bool = False
    saliency_class: int | None = None


@dataclass(frozen=True)
class Reading:
    """The outcome; ``problem`` is set (and the rest empty) when the picture holds no digit."""

    generation: int
    prepared: np.ndarray | None = None
    naive: np.ndarray | None = None
    probabilities: np.ndarray | None = None
    naive_probabilities: np.ndarray | None = None
    saliency: np.ndarray | None = None
    saliency_problem: str = ""
    problem: str = ""
    empty: bool = False
    prepare_ms: float = 0.0
    predict_ms: float = 0.0


def read_drawing(request: ReadingRequest) -> Reading:
    """Prepare the picture as the model's training images were (MNIST-style without a model), and
    read it with the model if there is one. The naive comparison is made for the MNIST-style
    preparation only: a model trained on plain resizes already reads the whole picture."""
    started = time.perf_counter()
    preparation = "mnist" if request.model is None else request.model.preparation
    try:
        prepared = network_picture(request.image, preparation, request.normalize_stroke)
        naive = naive_resize(request.image) if request.compare and preparation == "mnist" else None
    except EmptyImageError as error:
        return Reading(request.generation, problem=str(error), empty=True)
    except ImageError as error:
        return Reading(request.generation, problem=str(error))
    prepared_at = time.perf_counter()
    if request.model is None:
        return Reading(request.generation, prepared, naive, prepare_ms=1000 * (prepared_at - started))
    model = request.model.for_this_thread()  # never the layers another thread may be running
    probabilities = classify(model, prepared)
    naive_probabilities = None if naive is None else classify(model, naive)
    predicted_at = time.perf_counter()
    saliency, saliency_problem = None, ""
    if request.saliency_class is not None:
        target = int(np.argmax(probabilities)) if request.saliency_class == PREDICTED_CLASS \
            else request.saliency_class
        try:
            saliency = saliency_map(model, prepared, target)
        except Exception as error:  # noqa: BLE001 - a model the map cannot handle must not stop reading
            traceback.print_exc(file=sys.stderr)
            saliency_problem = str(error) or type(error).__name__
    return Reading(request.generation, prepared, naive, probabilities, naive_probabilities, saliency,
                   saliency_problem, prepare_ms=1000 * (prepared_at - started),
                   predict_ms=1000 * (predicted_at - prepared_at))
