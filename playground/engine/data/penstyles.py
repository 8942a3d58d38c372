"""Teach MNIST the pen styles it lacks: flagged 1s, crossed 7s, open 4s and unclosed 9s.

MNIST was written mostly by American hands: its 1s are plain strokes and its 7s are rarely
crossed, so a network trained on it reads a European "1" with a long flag as a 7. Giving a share
of the training 1s a flag (a short stroke down-left from the top of the stem) and a share of the
7s a bar across the stem, then bringing each changed image back into MNIST's form (crop, fit
20 x 20, centre of mass), adds those styles without new data. Morphological edits do the same
for shapes drawn quickly in one stroke: a share of the 4s lose their apex (the open 4, whose arm
never meets the stem) and of the 9s the join of loop and stem (the loop that is not closed).
It is done once, before training.
"""

from __future__ import annotations

import numpy as np

from ..errors import SpecError
from .mnist_style import to_mnist

INK_LEVEL = 100  # uint8 level above which a pixel counts as ink when locating strokes
FLAG_LENGTH = (0.2, 0.4)  # of the digit's height
FLAG_ANGLE = (30.0, 55.0)  # degrees between the flag and the stem, the flag on the stem's left
FLAG_MIN_DROP = 20.0  # degrees below the horizontal at least: a level flag would make a 7
BAR_LENGTH = (0.3, 0.5)  # of the digit's height
BASE_SHARE = 0.3  # of the flagged 1s that also stand on a base stroke
BASE_LENGTH = (0.35, 0.55)  # of the digit's height
BAR_HEIGHT = (0.45, 0.6)  # where the bar crosses, from the top, as a share of the height
PEN_WIDTH = (1.8, 2.8)  # pixels, like MNIST's strokes
GAP_RADIUS = (1.3, 2.0)  # pixels of ink erased where a one-stroke shape leaves a gap


def draw_segments(images: np.ndarray, start: np.ndarray, end: np.ndarray,
                  width: np.ndarray) -> np.ndarray:
    """Add one anti-aliased round-capped line per image, ink = 255 (uint8 (N, H, W)).

    ``start``/``end``: (N, 2) as (x, y) in pixel units (pixel centres at +0.5); ``width``: (N,).
    """
    height, width_px = images.shape[1:]
    ys, xs = np.mgrid[0:height, 0:width_px].astype(np.float32) + 0.5
    a = start[:, None, None, :].astype(np.float32)
    direction = (end - start)[:, None, None, :].astype(np.float32)
    offset = np.stack([xs, ys], axis=-1)[None] - a
    length2 = np.maximum((direction ** 2).sum(-1), 1e-6)
    t = np.clip((offset * direction).sum(-1) / length2, 0.0, 1.0)
    distance = np.linalg.norm(offset - t[..., None] * direction, axis=-1)
    stroke = np.clip(width[:, None, None] / 2 + 0.5 - distance, 0.0, 1.0) * 255.0
    return np.maximum(images, np.rint(stroke)).astype(np.uint8)


def _ink_extent(images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First and last ink row of each image."""
    rows = (images > INK_LEVEL).any(axis=2)
    first = rows.argmax(axis=1)
    last = rows.shape[1] - 1 - rows[:, ::-1].argmax(axis=1)
    return first, last


def _ink_centre_in_rows(images: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Mean column of the ink in the given row of each image (the image's mean column if none)."""
    ink = images[np.arange(len(images)), rows] > INK_LEVEL
    columns = np.arange(images.shape[2]) + 0.5
    counts = ink.sum(axis=1)
    weights = images.reshape(len(images), -1, images.shape[2]).sum(axis=1).astype(np.float64)
    fallback = (weights * columns).sum(axis=1) / np.maximum(weights.sum(axis=1), 1)
    return np.where(counts > 0, (ink * columns).sum(axis=1) / np.maximum(counts, 1), fallback)


def add_flags(ones: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """1s (N, 28, 28) uint8 with a flag from the top of the stem, down and to the left; some of
    them also get a base stroke under the foot, as many Europeans write them.

    The flag's angle is measured from the stem, so slanted 1s get a flag that stands out from
    the stroke rather than one lying along it.
    """
    top, bottom = _ink_extent(ones)
    height = (bottom - top + 1).astype(np.float64)
    start = np.stack([_ink_centre_in_rows(ones, top), top + 0.8], axis=1)
    foot = np.stack([_ink_centre_in_rows(ones, bottom), bottom + 0.2], axis=1)
    stem = foot - start
    stem /= np.maximum(np.linalg.norm(stem, axis=1, keepdims=True), 1e-6)
    angle = np.deg2rad(rng.uniform(*FLAG_ANGLE, len(ones)))
    cos, sin = np.cos(angle), np.sin(angle)
    flag = np.stack([stem[:, 0] * cos - stem[:, 1] * sin, stem[:, 0] * sin + stem[:, 1] * cos], axis=1)
    lowest = np.deg2rad(FLAG_MIN_DROP)
    flag = np.where(flag[:, 1:] < np.sin(lowest), [-np.cos(lowest), np.sin(lowest)], flag)
    end = start + flag * (rng.uniform(*FLAG_LENGTH, len(ones)) * height)[:, None]
    flagged = draw_segments(ones, start, end, rng.uniform(*PEN_WIDTH, len(ones)))
    based = rng.random(len(ones)) < BASE_SHARE
    half = rng.uniform(*BASE_LENGTH, based.sum()) * height[based] / 2
    foot_x, foot_y = foot[based, 0], foot[based, 1] - 0.5
    tilt = rng.uniform(-0.8, 0.8, based.sum())
    flagged[based] = draw_segments(flagged[based], np.stack([foot_x - half, foot_y - tilt], axis=1),
                                   np.stack([foot_x + half, foot_y + tilt], axis=1),
                                   rng.uniform(*PEN_WIDTH, based.sum()))
    return flagged


def add_crossbars(sevens: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """7s (N, 28, 28) uint8 with a short bar across the stem, a little below the middle."""
    top, bottom = _ink_extent(sevens)
    height = (bottom - top + 1).astype(np.float64)
    row = (top + rng.uniform(*BAR_HEIGHT, len(sevens)) * height).astype(int).clip(0, sevens.shape[1] - 1)
    centre = _ink_centre_in_rows(sevens, row)
    half = rng.uniform(*BAR_LENGTH, len(sevens)) * height / 2
    shift = rng.uniform(-0.1, 0.2, len(sevens)) * half
    tilt = rng.uniform(-1.0, 1.0, len(sevens))
    y = row + 0.5
    start = np.stack([centre - half + shift, y], axis=1)
    end = np.stack([centre + half + shift, y + tilt], axis=1)
    return draw_segments(sevens, start, end, rng.uniform(*PEN_WIDTH, len(sevens)))


def erase_discs(images: np.ndarray, centres: np.ndarray, radius: np.ndarray) -> np.ndarray:
    """Remove the ink within ``radius`` (N,) of ``centres`` (N, 2, as x, y) of each image, with a
    soft edge; uint8 (N, H, W) in and out."""
    height, width = images.shape[1:]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32) + 0.5
    distance = np.hypot(xs[None] - centres[:, 0, None, None], ys[None] - centres[:, 1, None, None])
    keep = np.clip(distance - radius[:, None, None] + 0.5, 0.0, 1.0)
    return np.rint(images * keep).astype(np.uint8)


def _ink_end_in_rows(images: np.ndarray, rows: np.ndarray, rightmost: bool) -> np.ndarray:
    """Column centre of the first (or last) ink pixel in the given row of each image."""
    ink = images[np.arange(len(images)), rows] > INK_LEVEL
    if rightmost:
        return images.shape[2] - ink[:, ::-1].argmax(axis=1) - 0.5
    return ink.argmax(axis=1) + 0.5


def _cut_near_top(images: np.ndarray, rng: np.random.Generator, depth: tuple[float, float],
                  rightmost: bool) -> np.ndarray:
    """Erase a gap in the stroke at the left (or right) end of the ink, ``depth`` (a share of the
    height) below the top: where a loop or a corner of the digit is joined."""
    top, bottom = _ink_extent(images)
    row = (top + rng.uniform(*depth, len(images)) * (bottom - top + 1)).astype(int)
    end = _ink_end_in_rows(images, row, rightmost)
    centre = np.stack([end + (-1.0 if rightmost else 1.0), row + 0.5], axis=1)
    return erase_discs(images, centre, rng.uniform(*GAP_RADIUS, len(images)))


def open_fours(fours: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """4s (N, 28, 28) uint8 whose arm is cut just below the top: a closed 4 becomes an open one."""
    return _cut_near_top(fours, rng, (0.15, 0.25), rightmost=False)


def open_nines(nines: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """9s (N, 28, 28) uint8 with a gap where the loop comes back to the stem, at its top right."""
    return _cut_near_top(nines, rng, (0.08, 0.18), rightmost=True)


def _renormalise(images: np.ndarray) -> np.ndarray:
    """Back into MNIST's form after a stroke changed the digit's extent (one image at a time)."""
    return np.stack([np.rint(to_mnist(image, normalize_stroke=False) * 255).astype(np.uint8)
                     for image in images])


def add_pen_styles(images: np.ndarray, labels: np.ndarray, share: float,
                   rng: np.random.Generator) -> np.ndarray:
    """A copy of MNIST-style ``images`` (N, 28, 28) uint8 where ``share`` of the 1s have a flag,
    of the 7s a crossed stem, of the 4s an open top and of the 9s an unclosed loop. Labels are
    unchanged. ``share`` in 0..1."""
    if not 0.0 <= share <= 1.0:
        raise SpecError(f"pen-style share must be between 0 and 1, not {share}")
    out = np.array(images, dtype=np.uint8, copy=True)
    for digit, restyle in ((1, add_flags), (7, add_crossbars), (4, open_fours), (9, open_nines)):
        candidates = np.flatnonzero(labels == digit)
        chosen = rng.choice(candidates, round(share * len(candidates)), replace=False)
        if len(chosen):
            out[chosen] = _renormalise(restyle(out[chosen], rng))
    return out
