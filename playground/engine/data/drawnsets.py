"""The drawings a person kept of their named classes, as a labelled set in the chosen preparation.

The store keeps each drawing's MNIST-style image and the pad as drawn; the plain-resize preparation
is made from the latter, so both preparations see the same drawings.
"""

from __future__ import annotations

import numpy as np

from .mnist_style import MNIST_SIDE, to_grayscale
from .owndata import OwnData
from .prepare import plain_resize
from .skips import SkipKind, Skipped
from .userdrawings import Drawing, DrawingStore, DrawingStoreError


def drawn_examples(store: DrawingStore, drawings: list[Drawing], names: list[str], preparation: str) -> OwnData:
    """``drawings`` of the store labelled with one of ``names`` (labels index into them); a drawing
    that cannot be prepared as asked is listed in ``skipped``.

    The caller passes the list, taken where the store is changed, so that preparing the pictures
    may run on another thread.
    """
    drawings = [d for d in drawings if d.label in names]
    if preparation == "mnist":
        images = store.images(drawings)
        labels = [names.index(d.label) for d in drawings]
        return OwnData(images, np.asarray(labels, np.int64), tuple(names), ())
    prepared, labels, skipped = [], [], []
    for drawing in drawings:
        try:
            raw = store.raw_image(drawing.id)
        except DrawingStoreError as exc:  # deleted meanwhile, or its file damaged
            skipped.append(Skipped(f"drawing {drawing.id}", SkipKind.DRAWING_UNREADABLE, str(exc)))
            continue
        if raw is None:
            skipped.append(Skipped(f"drawing {drawing.id}", SkipKind.NO_PAD_PICTURE))
            continue
        prepared.append(plain_resize(to_grayscale(raw)))
        labels.append(names.index(drawing.label))
    images = np.stack(prepared) if prepared else np.zeros((0, MNIST_SIDE, MNIST_SIDE), np.uint8)
    return OwnData(images, np.asarray(labels, np.int64), tuple(names), tuple(skipped))
