"""Random distortions of a batch of digits, applied afresh to every training batch.

One ``scipy.ndimage.map_coordinates`` call resamples the whole batch (one per thread, each on
part of it): each image gets its own rotation, scale and shift, encoded as coordinates over the
(image, row, column) grid, so there is no Python loop over images. Stroke thickness changes use grey dilation/erosion on sub-batches.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from ..errors import SpecError
from ..threads import blas_threads, share_work


@dataclass(frozen=True)
class Augmentation:
    """Ranges of the random distortions (0 disables each).

    rotation: degrees, uniform in +-rotation (Rashid uses +-10). shift: pixels, uniform in +-shift
    along each axis. scale: fraction, zoom uniform in 1 +- scale. thickness: probability that an
    image's strokes are thickened by one pixel, and the same probability that they are thinned by
    half a pixel.
    """

    rotation: float = 0.0
    shift: float = 0.0
    scale: float = 0.0
    thickness: float = 0.0

    @classmethod
    def from_dict(cls, spec: dict | None) -> "Augmentation":
        spec = dict(spec or {})
        unknown = set(spec) - {"rotation", "shift", "scale", "thickness"}
        if unknown:
            raise SpecError(f"augmentation: unknown key(s) {sorted(unknown)}")
        aug = cls(**{k: float(v) for k, v in spec.items()})
        if min(aug.rotation, aug.shift, aug.scale, aug.thickness) < 0 or aug.scale >= 1 or aug.thickness > 0.5:
            raise SpecError("augmentation: ranges must be >= 0, scale < 1 and thickness <= 0.5")
        return aug

    def to_dict(self) -> dict:
        return {"rotation": self.rotation, "shift": self.shift, "scale": self.scale, "thickness": self.thickness}

    @property
    def active(self) -> bool:
        return any((self.rotation, self.shift, self.scale, self.thickness))

    def apply(self, images: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """Distort a batch (N, H, W) of uint8 or float images; returns a new array of the same dtype."""
        if not self.active or images.shape[0] == 0:
            return images
        out = self._geometric(images, rng) if (self.rotation or self.shift or self.scale) else images.copy()
        if self.thickness:
            out = self._thickness(out, rng)
        return out

    def _geometric(self, images: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        n, h, w = images.shape
        angle = np.deg2rad(rng.uniform(-self.rotation, self.rotation, n))
        zoom = rng.uniform(1.0 - self.scale, 1.0 + self.scale, n)
        shift = rng.uniform(-self.shift, self.shift, (2, n))
        cy, cx = (h - 1) / 2.0, (w - 1) / 2.0
        rows, cols = np.meshgrid(np.arange(h, dtype=np.float32) - cy, np.arange(w, dtype=np.float32) - cx,
                                 indexing="ij")
        # Inverse map: each output pixel samples the input at R(-angle) * (p - shift) / zoom.
        cos, sin = (np.cos(angle) / zoom)[:, None, None], (np.sin(angle) / zoom)[:, None, None]
        dy = rows[None] - shift[0][:, None, None]
        dx = cols[None] - shift[1][:, None, None]
        src_r = cos * dy - sin * dx + cy
        src_c = sin * dy + cos * dx + cx
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
        if images.dtype == np.uint8:
            return np.clip(np.rint(out), 0, 255).astype(np.uint8)
        return out.astype(images.dtype, copy=False)

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
