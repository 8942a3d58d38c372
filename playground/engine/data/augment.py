"""Random distortions of a batch of digits, applied afresh to every training batch.

One ``scipy.ndimage.map_coordinates`` call resamples the whole batch (one per thread, each on
part of it): each image gets its own rotation, scale, shift and smooth elastic warp, encoded as
coordinates over the (image, row, column) grid, so there is no Python loop over images. Stroke
thickness changes use grey dilation/erosion on sub-batches.

The media distortions imitate what reaches a network outside MNIST: low-resolution scans
(reduced to 16 x 16 and enlarged with blocky pixels), binary scans (thresholded ink), and the
Draw pad's stroke normalisation, which redraws every stroke at one uniform width
(``mnist_style.redraw_strokes``). MNIST's anti-aliased pen strokes have none of these looks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from scipy import ndimage

from ..errors import SpecError
from ..fast.threads import blas_threads, share_work
from .mnist_style import STROKE_FRACTION, redraw_strokes

#: Smoothness of the elastic warp: the displacement field is white noise blurred this much (pixels).
ELASTIC_SMOOTHING = 4.0
#: Side a low-resolution scan is reduced to, as postcode and form readers store digits.
LOWRES_SIDE = 16
#: Range of the ink level (0..1) above which a binary scan's pixel is black.
BINARY_LEVELS = (0.3, 0.6)
#: The pad's stroke redraw works on the image enlarged by this factor, for sub-pixel widths.
REDRAW_UPSCALE = 2
_KEYS = ("rotation", "shift", "scale", "thickness", "elastic", "lowres", "binarise", "pad_stroke")


@dataclass(frozen=True)
class Augmentation:
    """Ranges of the random distortions (0 disables each).

    rotation: degrees, uniform in +-rotation (Rashid uses +-10). shift: pixels, uniform in +-shift
    along each axis. scale: fraction, zoom uniform in 1 +- scale. thickness: probability that an
    image's strokes are thickened by one pixel, and the same probability that they are thinned by
    half a pixel. elastic: typical displacement in pixels of a smooth random warp (bends straight
    stems, opens and closes loops, as different hands do). lowres, binarise, pad_stroke:
    probabilities that an image is reduced to a blocky 16 x 16 scan, thresholded to black and
    white, and has its strokes redrawn at the Draw pad's uniform width (in that order).
    """

    rotation: float = 0.0
    shift: float = 0.0
    scale: float = 0.0
    thickness: float = 0.0
    elastic: float = 0.0
    lowres: float = 0.0
    binarise: float = 0.0
    pad_stroke: float = 0.0

    @classmethod
    def from_dict(cls, spec: dict | None) -> "Augmentation":
        spec = dict(spec or {})
        unknown = set(spec) - set(_KEYS)
        if unknown:
            raise SpecError(f"augmentation: unknown key(s) {sorted(unknown)}")
        aug = cls(**{k: float(v) for k, v in spec.items()})
        if min(aug.to_dict().values()) < 0 or aug.scale >= 1 or aug.thickness > 0.5:
            raise SpecError("augmentation: ranges must be >= 0, scale < 1 and thickness <= 0.5")
        if max(aug.lowres, aug.binarise, aug.pad_stroke) > 1:
            raise SpecError("augmentation: lowres, binarise and pad_stroke are probabilities (0..1)")
        return aug

    def to_dict(self) -> dict:
        """Every range by name; the older four always, the newer ones only when set, so the
        recipes of models trained before they existed read the same."""
        ranges = {key: getattr(self, key) for key in _KEYS}
        return {key: value for key, value in ranges.items() if value or key in _KEYS[:4]}

    @property
    def active(self) -> bool:
        return any(getattr(self, key) for key in _KEYS)

    def apply(self, images: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """Distort a batch (N, H, W) of uint8 or float images; returns a new array of the same dtype."""
        if not self.active or images.shape[0] == 0:
            return images
        warped = self.rotation or self.shift or self.scale or self.elastic
        out = self._geometric(images, rng) if warped else images.copy()
        if self.thickness:
            out = self._thickness(out, rng)
        for probability, change in ((self.lowres, blocky_lowres), (self.binarise, binarise),
                                    (self.pad_stroke, pad_strokes)):
            chosen = rng.random(out.shape[0]) < probability if probability else None
            if chosen is not None and chosen.any():
                out[chosen] = change(out[chosen], rng)
        return out

    def _geometric(self, images: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        n, h, w = images.shape
        angle = np.deg2rad(rng.uniform(-self.rotation, self.rotation, n))
        zoom = rng.uniform(1.0 - self.scale, 1.0 + self.scale, n)
        shift = rng.uniform(-self.shift, self.shift, (2, n))
        if not (self.rotation or self.scale or self.elastic):
            return _in_dtype_of(shifted(images.astype(np.float32, copy=False), shift), images)
        cy, cx = (h - 1) / 2.0, (w - 1) / 2.0
        rows, cols = np.meshgrid(np.arange(h, dtype=np.float32) - cy, np.arange(w, dtype=np.float32) - cx,
                                 indexing="ij")
        # Inverse map: each output pixel samples the input at R(-angle) * (p - shift) / zoom.
        cos, sin = (np.cos(angle) / zoom)[:, None, None], (np.sin(angle) / zoom)[:, None, None]
        dy = rows[None] - shift[0][:, None, None]
        dx = cols[None] - shift[1][:, None, None]
        src_r = cos * dy - sin * dx + cy
        src_c = sin * dy + cos * dx + cx
        if self.elastic:
            src_r, src_c = src_r + elastic_field(rng, (n, h, w), self.elastic), \
                src_c + elastic_field(rng, (n, h, w), self.elastic)
        source = images.astype(np.float32, copy=False)
        out = np.empty((n, h, w), dtype=np.float32)

        def resample(part: slice) -> None:
            # map_coordinates releases the GIL, so parts of the batch resample side by side.
            r, c = src_r[part], src_c[part]
            idx = np.broadcast_to(np.arange(r.shape[0], dtype=np.float32)[:, None, None], r.shape)
            ndimage.map_coordinates(source[part], np.stack([idx, r, c]), output=out[part], order=1,
                                    mode="constant", cval=0.0)

        parts = min(blas_threads(), n)
        bounds = [n * k // parts for k in range(parts + 1)]
        share_work(parts, lambda _worker, k: resample(slice(bounds[k], bounds[k + 1])))
        return _in_dtype_of(out, images)

    def _thickness(self, images: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        choice = rng.random(images.shape[0])
        thicker, thinner = choice < self.thickness, choice > 1.0 - self.thickness
        footprint = np.ones((1, 2, 2), dtype=bool)
        if thicker.any():
            images[thicker] = ndimage.grey_dilation(images[thicker], footprint=footprint)
        if thinner.any():
            # A full erosion wipes out MNIST's thinnest strokes; half of it thins them visibly.
            subset = images[thinner].astype(np.float32)
            eroded = ndimage.grey_erosion(subset, footprint=footprint)
            images[thinner] = ((subset + eroded) * 0.5).astype(images.dtype)
        return images


def shifted(images: np.ndarray, shift: np.ndarray) -> np.ndarray:
    """Each float32 image of ``images`` (N, H, W) moved by its own (rows, columns) ``shift`` (2, N)
    pixels, bilinear, zero where the source point falls outside the image: what the general
    resampling (``map_coordinates``, mode "constant") computes for a pure shift, as a few
    whole-batch passes. That took 58 µs an image, as long as half a training step of a small CNN;
    this takes a few."""
    n, h, w = images.shape
    inside_rows = np.abs(np.arange(h)[None] - shift[0][:, None] - (h - 1) / 2) <= (h - 1) / 2
    inside_columns = np.abs(np.arange(w)[None] - shift[1][:, None] - (w - 1) / 2) <= (w - 1) / 2
    start = np.floor(-shift)
    fraction = (-shift - start).astype(np.float32)
    pad = int(np.abs(start).max()) + 1
    padded = np.pad(images, ((0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(padded, (h + 1, w + 1), axis=(1, 2))
    base = windows[np.arange(n), pad + start[0].astype(int), pad + start[1].astype(int)]
    fy, fx = fraction[0][:, None, None], fraction[1][:, None, None]
    top = base[:, :h, :w] + fx * (base[:, :h, 1:] - base[:, :h, :w])
    bottom = base[:, 1:, :w] + fx * (base[:, 1:, 1:] - base[:, 1:, :w])
    out = top + fy * (bottom - top)
    out *= inside_rows[:, :, None] & inside_columns[:, None, :]
    return out


def _in_dtype_of(out: np.ndarray, images: np.ndarray) -> np.ndarray:
    """Resampled float32 pixels in the batch's own type (uint8 rounded and clipped)."""
    if images.dtype == np.uint8:
        return np.clip(np.rint(out), 0, 255).astype(np.uint8)
    return out.astype(images.dtype, copy=False)


def elastic_field(rng: np.random.Generator, shape: tuple[int, int, int], amplitude: float) -> np.ndarray:
    """One smooth random displacement (N, H, W) in pixels with RMS ``amplitude`` (Simard et al.).

    Blurring white noise with a Gaussian of width s divides its deviation by 2 s sqrt(pi); the
    factor puts it back, so ``amplitude`` means pixels whatever the smoothing.
    """
    noise = rng.standard_normal(shape).astype(np.float32)
    smooth = ndimage.gaussian_filter(noise, sigma=(0.0, ELASTIC_SMOOTHING, ELASTIC_SMOOTHING), mode="wrap")
    return smooth * np.float32(amplitude * 2.0 * ELASTIC_SMOOTHING * np.sqrt(np.pi))


def _as_unit(images: np.ndarray) -> np.ndarray:
    return images.astype(np.float32) / (255.0 if images.dtype == np.uint8 else 1.0)


def _like(unit: np.ndarray, images: np.ndarray) -> np.ndarray:
    """Unit-range pixels back in the batch's own type (uint8 0..255 or float 0..1)."""
    if images.dtype == np.uint8:
        return np.clip(np.rint(unit * 255.0), 0, 255).astype(np.uint8)
    return np.clip(unit, 0.0, 1.0).astype(images.dtype)


def blocky_lowres(images: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Digits (N, H, W) as 16 x 16 grey scans enlarged back with nearest-neighbour blocks.

    The reduction averages each block's area (a Gaussian of the block's width, then sampling),
    as a scanner's sensor does. ``rng`` is unused: the look is the same for every image.
    """
    del rng
    unit = _as_unit(images)
    side = images.shape[1]
    factor = LOWRES_SIDE / side
    blurred = ndimage.gaussian_filter(unit, sigma=(0.0, 0.35 / factor, 0.35 / factor))
    small = ndimage.zoom(blurred, (1.0, factor, factor), order=1, grid_mode=True, mode="grid-constant")
    big = ndimage.zoom(small, (1.0, side / small.shape[1], side / small.shape[2]), order=0,
                       grid_mode=True, mode="nearest")
    return _like(big[:, :side, :side], images)


def binarise(images: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Digits (N, H, W) thresholded to pure ink and paper, each at its own level in BINARY_LEVELS."""
    levels = rng.uniform(*BINARY_LEVELS, images.shape[0]).astype(np.float32)[:, None, None]
    return _like((_as_unit(images) > levels).astype(np.float32), images)


def pad_strokes(images: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Digits (N, H, W) with every stroke redrawn at the width the Draw pad's preprocessing gives:
    ``STROKE_FRACTION`` of the digit's long side (``mnist_style.normalise_strokes``).

    The redraw runs on the image enlarged ``REDRAW_UPSCALE`` times and is reduced back by averaging
    blocks, which gives the anti-aliased edges the pad's input has. ``rng`` is unused.
    """
    del rng
    up = REDRAW_UPSCALE
    n, h, w = images.shape
    unit = _as_unit(images)
    unit /= np.maximum(unit.max(axis=(1, 2), keepdims=True), 1e-6)  # contrast, as the pad's ink map
    masks = ndimage.zoom(unit, (1.0, up, up), order=1, grid_mode=True, mode="grid-constant") > 0.5
    rows, cols = masks.any(axis=2), masks.any(axis=1)
    extent = np.maximum(_span(rows), _span(cols))
    redrawn = redraw_strokes(masks, STROKE_FRACTION * extent / 2.0)
    return _like(redrawn.reshape(n, h, up, w, up).mean(axis=(2, 4)), images)


def _span(occupied: np.ndarray) -> np.ndarray:
    """Number of rows (or columns) from the first to the last occupied one, per image (0 if none)."""
    first = occupied.argmax(axis=1)
    last = occupied.shape[1] - 1 - occupied[:, ::-1].argmax(axis=1)
    return np.where(occupied.any(axis=1), last - first + 1, 0)
