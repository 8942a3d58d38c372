"""One picture per class: what the network takes each class to look like.

Two methods. Rashid's back-query (*Make Your Own Neural Network*, "looking inside the mind of a
network") runs a label backwards through a sigmoid network without biases, using ``logit`` as the
inverse activation; it only exists for that architecture. For every other network the picture is
found by gradient ascent on the class score (Simonyan et al. 2013), starting from a blank image:
small steps along the normalised input gradient, a weight decay that pulls pixels back to blank
(L2), clipping to the range of real inputs, and a light blur every few steps so the result is a
smooth image instead of high-frequency noise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
from scipy.ndimage import gaussian_filter

from ..books.rashid import backquery_label, supports_backquery
from ..data.checks import IMAGE_SIDE
from ..fast.network import Network
from ..training.modelfile import Model

BACKQUERY, GRADIENT_ASCENT = "backquery", "gradient-ascent"

Report = Callable[[float], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, eq=False)
class ClassImages:
    """``images`` (K, 28, 28) in the network's input range, ``method`` that made them, and
    ``probabilities`` (K, K): row k is what the network says about picture k."""

    images: np.ndarray
    method: str
    probabilities: np.ndarray


def input_range(model: Model) -> tuple[float, float]:
    """Smallest and largest input value the model's preprocessing produces (blank and full ink)."""
    extremes = model.prepare(np.stack([np.zeros((IMAGE_SIDE, IMAGE_SIDE), np.uint8),
                                       np.full((IMAGE_SIDE, IMAGE_SIDE), 255, np.uint8)]))
    return float(extremes[0].min()), float(extremes[1].max())


def gradient_ascent(network: Network, low: float, high: float, steps: int = 200, step_size: float = 0.02,
                    decay: float = 0.01, blur_sigma: float = 0.5, blur_every: int = 4,
                    report: Report | None = None, cancelled: Cancelled | None = None) -> np.ndarray | None:
    """Inputs (K, *input_shape) that maximise each class score, all classes in one batch.

    Each step moves every pixel by ``step_size`` * (high - low) along the gradient divided by its
    RMS (so the speed does not depend on the network's scale), pulls it ``decay`` of the way back
    to ``low`` and clips to [low, high]; every ``blur_every`` steps the images are blurred with a
    Gaussian of ``blur_sigma`` pixels. Returns None when ``cancelled()`` turns true.
    """
    classes = network.num_classes
    targets = np.arange(classes)
    x = np.full((classes, *network.input_shape), low, dtype=network.dtype)
    images = x.reshape(classes, IMAGE_SIDE, IMAGE_SIDE)
    move = network.dtype.type(step_size * (high - low))
    for step in range(steps):
        if cancelled is not None and cancelled():
            return None
        _, grad = network.score_gradient(x, targets)
        rms = np.sqrt(np.mean(grad.reshape(classes, -1) ** 2, axis=1))
        x += move * grad / (rms.reshape(-1, *[1] * (x.ndim - 1)) + 1e-12)
        x -= network.dtype.type(decay) * (x - low)
        if blur_every and (step + 1) % blur_every == 0:
            images[...] = gaussian_filter(images, sigma=(0, blur_sigma, blur_sigma))
        np.clip(x, low, high, out=x)
        if report is not None:
            report((step + 1) / steps)
    return x


def class_images(model: Model, method: str | None = None, report: Report | None = None,
                 cancelled: Cancelled | None = None, **ascent_options) -> ClassImages | None:
    """One picture per class by back-query (when the network allows it and ``method`` does not say
    otherwise) or gradient ascent. Returns None when cancelled."""
    network = model.network
    method = method or (BACKQUERY if supports_backquery(network) else GRADIENT_ASCENT)
    if method == BACKQUERY:
        if not supports_backquery(network):
            raise ValueError("back-query needs a sigmoid network without biases (Rashid's architecture)")
        images = np.stack([backquery_label(network, k) for k in range(network.num_classes)]).astype(np.float32)
        inputs = images.reshape(len(images), *network.input_shape)
    elif method == GRADIENT_ASCENT:
        low, high = input_range(model)
        inputs = gradient_ascent(network, low, high, report=report, cancelled=cancelled, **ascent_options)
        if inputs is None:
            return None
        images = inputs.reshape(-1, IMAGE_SIDE, IMAGE_SIDE)
    else:
        raise ValueError(f"unknown method {method!r}; choose {BACKQUERY!r} or {GRADIENT_ASCENT!r}")
    return ClassImages(images, method, network.probabilities(inputs))
