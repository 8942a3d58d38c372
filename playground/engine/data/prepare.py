"""What a picture becomes before the network sees it: the pad's MNIST-style preparation or a plain resize.

MNIST-style (``to_mnist``) crops to the ink, redraws the strokes at MNIST's thickness and centres
the mass, which suits drawings of one thing; a plain resize keeps the whole picture as it is framed,
which suits photos or pictures whose position matters. Either way the network is trained on light
ink on a dark background, so a picture drawn dark on light is inverted, decided per image from its
border (the paper around a drawing).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from ..errors import ImageTooLargeError, NotAnImageError
from .mnist_style import MNIST_SIDE, load_image, to_grayscale, to_mnist

PREPARATIONS = ("mnist", "resize")
MAX_FILE_BYTES = 50_000_000
#: A border brighter than this (0..255) is paper: the picture is dark ink on light and is inverted.
LIGHT_BORDER = 127


def _border_means(images: np.ndarray) -> np.ndarray:
    """Mean of each image's outer ring of pixels, (N,) for (N, H, W)."""
    images = images.astype(np.float32)
    ring = images[:, 0].sum(1) + images[:, -1].sum(1) + images[:, 1:-1, 0].sum(1) + images[:, 1:-1, -1].sum(1)
    height, width = images.shape[1:]
    return ring / (2 * width + 2 * (height - 2))


def light_ink_on_dark(images: np.ndarray) -> np.ndarray:
    """uint8 images (N, H, W) with every one whose border is light inverted, so all have light ink on dark."""
    images = np.asarray(images, np.uint8)
    light = _border_means(images) > LIGHT_BORDER
    return np.where(light[:, None, None], 255 - images, images).astype(np.uint8)


def plain_resize(gray: np.ndarray) -> np.ndarray:
    """A grayscale picture (H, W) in 0..1 shrunk whole to 28 x 28 uint8, light ink on dark."""
    pixels = np.clip(np.rint(np.asarray(gray, np.float32) * 255), 0, 255).astype(np.uint8)
    small = Image.fromarray(pixels).resize((MNIST_SIDE, MNIST_SIDE), Image.Resampling.LANCZOS)
    return light_ink_on_dark(np.asarray(small)[None])[0]


def prepare_picture(gray: np.ndarray, preparation: str) -> np.ndarray:
    """A grayscale picture (H, W) in 0..1 as the network's 28 x 28 uint8 input (ink high).

    Raises ``EmptyImageError`` when the MNIST-style preparation finds no ink.
    """
    if preparation == "mnist":
        return np.rint(to_mnist(gray) * 255).astype(np.uint8)
    if preparation == "resize":
        return plain_resize(gray)
    raise ValueError(f"unknown preparation {preparation!r}; choose one of {', '.join(PREPARATIONS)}")


class EmptyFileError(NotAnImageError):
    """A file of 0 bytes: no picture at all (often a copy that failed)."""


def network_picture(image: np.ndarray, preparation: str, normalize_stroke: bool = True) -> np.ndarray:
    """Any picture array (a drawing, an opened file) as the (28, 28) float32 input in 0..1 (ink high)
    of a model trained with ``preparation``, so it is read the way its training images were made.

    ``normalize_stroke`` applies to the MNIST-style preparation only. Raises ``EmptyImageError``
    when that preparation finds no ink; a plain resize reads any picture, blank or not.
    """
    if preparation == "resize":
        return plain_resize(to_grayscale(image)).astype(np.float32) / 255.0
    if preparation == "mnist":
        return to_mnist(image, normalize_stroke=normalize_stroke)
    raise ValueError(f"unknown preparation {preparation!r}; choose one of {', '.join(PREPARATIONS)}")


def read_picture(path: Path, preparation: str) -> np.ndarray:
    """One picture file, its size checked before it is decoded, as the network's 28 x 28 input."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFileError(f"{path.name}: empty file (0 bytes), not an image")
    if size > MAX_FILE_BYTES:
        raise ImageTooLargeError(f"{path.name}: file is {size:,} bytes, too large "
                                 f"(at most {MAX_FILE_BYTES // 1_000_000} MB)", f"{size / 1_000_000:,.1f} MB")
    return prepare_picture(load_image(path), preparation)
