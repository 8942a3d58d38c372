"""Held-out handwriting: pen and scanned renderings of ``templates.json``, for evaluation only.

The templates and this renderer were written apart from the training recipe and from the older
drawn-digit set (``tests/data/drawn_digits``), with a pen model of their own, so accuracy on them
says how a model copes with writers it has never seen:

- writer: every control point moves a little, then the whole digit is slanted, turned and
  stretched; a stroke's curve is a chord-length cubic spline through its points, restarting at
  its corners;
- hand: the pen is sampled at a fixed rate while it moves slowly at the ends and corners and fast
  in between (with jitter), as mouse or tablet events arrive, and trembles slightly;
- pen: the width follows the pressure, which rises at the start, fades at the end and drops
  where the hand moves fast; the ink level, paper tone and canvas size vary.

Scanned digits are the same hands drawn with a form pen into a small box, then reduced to 16 x 16
grey or 32 x 32 binary, as postcode and form readers store them, and enlarged again with blocky
nearest-neighbour pixels. Two splits exist: ``dev`` (its own seed and slightly different pen
settings) for tuning, and ``test`` for the figure reported once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image
from scipy.interpolate import CubicSpline
from scipy.ndimage import gaussian_filter1d

TEMPLATES_PATH = Path(__file__).with_name("templates.json")
SCAN_KINDS = ("grey16", "binary32")


@dataclass(frozen=True)
class PenSettings:
    """Ranges the renderer draws from; ``dev`` and ``test`` differ in these and in the seed."""

    seed: int
    pen_per_template: int
    scans_per_template: int            # per scan kind
    canvas: tuple[int, int]            # side in pixels
    pen_width: tuple[float, float]     # share of the digit's height at full pressure
    point_jitter: float                # writer variation of the control points (digit heights)
    slant: tuple[float, float]
    rotation: float                    # degrees, +-
    tremor: float                      # hand tremor (digit heights)
    scan_pen: tuple[float, float]      # form-pen width, share of the digit's height
    binary_level: tuple[float, float]  # ink level above which a 32 x 32 scan pixel is black


SPLITS = {
    "test": PenSettings(seed=170_417, pen_per_template=10, scans_per_template=5, canvas=(180, 520),
                        pen_width=(0.05, 0.15), point_jitter=0.035, slant=(-0.15, 0.4), rotation=12.0,
                        tremor=0.004, scan_pen=(0.09, 0.16), binary_level=(0.35, 0.6)),
    "dev": PenSettings(seed=5_551, pen_per_template=3, scans_per_template=2, canvas=(220, 400),
                       pen_width=(0.06, 0.13), point_jitter=0.03, slant=(-0.12, 0.35), rotation=10.0,
                       tremor=0.003, scan_pen=(0.1, 0.15), binary_level=(0.4, 0.55)),
}


@dataclass(frozen=True)
class Sample:
    image: np.ndarray  # (H, W) uint8, dark ink on light paper
    digit: int
    style: str
    medium: str        # "pen", "grey16" or "binary32"


def load_templates(path: Path = TEMPLATES_PATH) -> list[dict]:
    return json.loads(Path(path).read_text())["templates"]


# ----------------------------------------------------------------------------- geometry
def _spline(points: np.ndarray, samples_per_unit: float = 300.0) -> np.ndarray:
    """A dense polyline through the points: a straight line for two, else a cubic spline in chord length."""
    chord = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(points, axis=0), axis=1))]
    count = max(8, int(chord[-1] * samples_per_unit))
    if len(points) == 2 or chord[-1] == 0:
        return points[0] + np.linspace(0, 1, count)[:, None] * (points[-1] - points[0])
    keep = np.r_[True, np.diff(chord) > 1e-9]
    return CubicSpline(chord[keep], points[keep], bc_type="natural")(np.linspace(0, chord[-1], count))


def stroke_curve(points: np.ndarray, corners: list[int]) -> np.ndarray:
    """The stroke's path: one spline per piece between corners, joined end to end."""
    bounds = [0, *sorted(corners), len(points) - 1]
    pieces = [_spline(points[a:b + 1]) for a, b in zip(bounds[:-1], bounds[1:]) if b > a]
    return np.vstack([pieces[0], *(piece[1:] for piece in pieces[1:])])


def writer_strokes(template: dict, settings: PenSettings, rng: np.random.Generator) -> list[np.ndarray]:
    """The template as one writer forms it, in digit heights (y down), top-left at the origin."""
    slant = rng.uniform(*settings.slant)
    aspect = rng.uniform(0.82, 1.2)
    angle = np.deg2rad(rng.uniform(-settings.rotation, settings.rotation))
    rotation = np.array([[np.cos(angle), np.sin(angle)], [-np.sin(angle), np.cos(angle)]])
    curves = []
    for stroke in template["strokes"]:
        points = np.asarray(stroke["points"], dtype=np.float64)
        points = points + rng.normal(0.0, settings.point_jitter, points.shape)
        curve = stroke_curve(points, stroke.get("corners", []))
        curve[:, 0] = curve[:, 0] * aspect + slant * (1.0 - curve[:, 1])
        curves.append(curve @ rotation)
    low = np.vstack(curves).min(axis=0)
    height = max(np.ptp(np.vstack(curves)[:, 1]), 1e-6)
    return [(curve - low) / height for curve in curves]


def hand_samples(curve: np.ndarray, settings: PenSettings,
                 rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Pen positions (M, 2) sampled at a fixed rate along the curve, and the pressure (M,) at each."""
    steps = np.linalg.norm(np.diff(curve, axis=0), axis=1)
    arc = np.r_[0.0, np.cumsum(steps)]
    length = max(arc[-1], 1e-6)
    u = arc / length
    turn = np.r_[0.0, np.abs(np.diff(np.unwrap(np.arctan2(*np.diff(curve, axis=0).T[::-1])))), 0.0]
    slow_at_turns = 1.0 / (1.0 + 40.0 * gaussian_filter1d(turn, 3.0))
    speed = (0.25 + np.sin(np.pi * u) ** 0.6) * slow_at_turns
    speed *= np.exp(gaussian_filter1d(rng.normal(0.0, 0.6, len(u)), 6.0))
    time = np.r_[0.0, np.cumsum(steps / np.maximum(0.5 * (speed[1:] + speed[:-1]), 1e-3))]
    count = int(rng.integers(12, 40) * max(length, 0.3))
    at = np.interp(np.linspace(0.0, time[-1], max(count, 3)), time, arc)
    positions = np.stack([np.interp(at, arc, curve[:, k]) for k in range(2)], axis=1)
    positions += rng.normal(0.0, settings.tremor, positions.shape)
    fraction = at / length
    local_speed = np.interp(at, arc, speed) / speed.max()
    pressure = np.minimum(1.0, np.minimum(fraction, 1.0 - fraction) * rng.uniform(6.0, 20.0) + 0.35)
    pressure *= 1.0 - rng.uniform(0.1, 0.45) * local_speed
    return positions, np.clip(pressure, 0.2, 1.0)


# ----------------------------------------------------------------------------- drawing
def draw_tapered(canvas: np.ndarray, points: np.ndarray, radii: np.ndarray) -> None:
    """Ink (0..1, max-combined into ``canvas``) of a polyline whose radius changes along it.

    Each segment is a capsule whose radius goes linearly from one end's to the other's; the
    coverage is the anti-aliased distance to it, computed only inside the segment's box.
    """
    height, width = canvas.shape
    if len(points) == 1:
        points, radii = np.repeat(points, 2, axis=0), np.repeat(radii, 2)
    for (a, b), (ra, rb) in zip(zip(points[:-1], points[1:]), zip(radii[:-1], radii[1:])):
        reach = max(ra, rb) + 1.5
        x0, y0 = np.floor(np.minimum(a, b) - reach).astype(int).clip(0, [width, height])
        x1, y1 = np.ceil(np.maximum(a, b) + reach).astype(int).clip(0, [width, height])
        if x1 <= x0 or y1 <= y0:
            continue
        ys, xs = np.mgrid[y0:y1, x0:x1] + 0.5
        direction = b - a
        t = np.clip(((xs - a[0]) * direction[0] + (ys - a[1]) * direction[1])
                    / max(float(direction @ direction), 1e-9), 0.0, 1.0)
        distance = np.hypot(xs - a[0] - t * direction[0], ys - a[1] - t * direction[1])
        coverage = np.clip(ra + t * (rb - ra) + 0.5 - distance, 0.0, 1.0)
        np.maximum(canvas[y0:y1, x0:x1], coverage, out=canvas[y0:y1, x0:x1])


def _ink_on_paper(ink: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    paper = rng.uniform(0.88, 1.0)
    level = rng.uniform(0.0, 0.3)
    picture = paper - ink * (paper - level) + rng.normal(0.0, 0.01, ink.shape)
    return np.clip(np.rint(picture * 255), 0, 255).astype(np.uint8)


def render_pen(template: dict, settings: PenSettings, rng: np.random.Generator) -> np.ndarray:
    """One pen drawing of the template on a canvas like the pad's: (H, W) uint8, dark ink on light."""
    strokes = writer_strokes(template, settings, rng)
    width_px = int(rng.integers(*settings.canvas))
    height_px = width_px if rng.random() < 0.6 else int(rng.integers(*settings.canvas))
    digit_height = min(height_px, width_px) * rng.uniform(0.35, 0.85)
    pen = digit_height * rng.uniform(*settings.pen_width)
    extent = np.vstack(strokes).max(axis=0)
    size = min(digit_height, *((np.array([width_px, height_px]) - 2 * pen - 4) / np.maximum(extent, 1e-6)))
    free = np.array([width_px, height_px]) - extent * size - 2 * pen - 4
    origin = pen + 2 + rng.uniform(0.0, 1.0, 2) * np.maximum(free, 0.0)
    ink = np.zeros((height_px, width_px), dtype=np.float32)
    for stroke in strokes:
        positions, pressure = hand_samples(stroke, settings, rng)
        draw_tapered(ink, positions * size + origin, np.maximum(0.6, pen / 2 * pressure))
    return _ink_on_paper(ink, rng)


def render_scan(template: dict, kind: str, settings: PenSettings, rng: np.random.Generator) -> np.ndarray:
    """One low-resolution scan of the template, enlarged with blocky pixels: (H, W) uint8, dark on light."""
    side = 16 if kind == "grey16" else 32
    work = 8 * side
    strokes = writer_strokes(template, settings, rng)
    extent = np.vstack(strokes).max(axis=0)
    size = work * rng.uniform(0.7, 0.9) / max(extent.max(), 1e-6)
    pen = size * rng.uniform(*settings.scan_pen)
    origin = (work - extent * size) / 2 + rng.uniform(-0.05, 0.05, 2) * work
    ink = np.zeros((work, work), dtype=np.float32)
    for stroke in strokes:
        positions, pressure = hand_samples(stroke, settings, rng)
        draw_tapered(ink, positions * size + origin, pen / 2 * (0.8 + 0.2 * pressure))
    small = np.asarray(Image.fromarray(ink, mode="F").resize((side, side), Image.Resampling.BOX))
    if kind == "binary32":
        small = (small > rng.uniform(*settings.binary_level)).astype(np.float32)
    else:
        small = np.clip(small * rng.uniform(0.8, 1.2) + rng.normal(0.0, 0.03, small.shape), 0.0, 1.0)
    picture = 1.0 - small
    factor = int(rng.integers(4, 9))
    return np.clip(np.rint(np.kron(picture, np.ones((factor, factor))) * 255), 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------- the sets
def pen_digits(split: str = "test", templates: list[dict] | None = None) -> list[Sample]:
    """Every template drawn ``pen_per_template`` times, reproducibly."""
    settings = SPLITS[split]
    templates = load_templates() if templates is None else templates
    return [Sample(render_pen(t, settings, np.random.default_rng([settings.seed, i, k])), int(t["digit"]),
                   t["style"], "pen")
            for i, t in enumerate(templates) for k in range(settings.pen_per_template)]


def scanned_digits(split: str = "test", templates: list[dict] | None = None) -> list[Sample]:
    """Every template scanned ``scans_per_template`` times in each of ``SCAN_KINDS``."""
    settings = SPLITS[split]
    templates = load_templates() if templates is None else templates
    return [Sample(render_scan(t, kind, settings, np.random.default_rng([settings.seed, 1 + j, i, k])),
                   int(t["digit"]), t["style"], kind)
            for j, kind in enumerate(SCAN_KINDS) for i, t in enumerate(templates)
            for k in range(settings.scans_per_template)]
