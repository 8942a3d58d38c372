"""Deterministic renderer of the drawn-digit test set from the hand-written stroke templates.

Each template in ``strokes.json`` is drawn several times the way people draw on a pad: random
canvas size (200-500 pixels a side), digit size and position, rotation, slant, a gentle wobble,
and pen width, black ink on white, anti-aliased round strokes. The same seed always gives the
same pictures, so accuracy figures can be compared across models and preprocessing changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

TEMPLATES_PATH = Path(__file__).with_name("strokes.json")
SUPERSAMPLE = 4
DEFAULT_SEED = 2024
DEFAULT_PER_TEMPLATE = 8


@dataclass(frozen=True)
class Drawing:
    image: np.ndarray  # (H, W) uint8, dark ink on white
    digit: int
    style: str


def load_templates(path: Path = TEMPLATES_PATH) -> list[dict]:
    return json.loads(Path(path).read_text())["templates"]


def catmull_rom(points: np.ndarray, samples: int = 16) -> np.ndarray:
    """A smooth curve through ``points`` (uniform Catmull-Rom spline), as a dense polyline."""
    padded = np.vstack([points[:1], points, points[-1:]])
    p0, p1, p2, p3 = (padded[i:i + len(points) - 1] for i in range(4))
    t = np.linspace(0.0, 1.0, samples, endpoint=False)[None, :, None]
    curve = 0.5 * (2 * p1[:, None] + (p2 - p0)[:, None] * t
                   + (2 * p0 - 5 * p1 + 4 * p2 - p3)[:, None] * t ** 2
                   + (3 * p1 - p0 - 3 * p2 + p3)[:, None] * t ** 3)
    return np.vstack([curve.reshape(-1, 2), points[-1:]])


def template_strokes(template: dict) -> list[np.ndarray]:
    strokes = []
    for stroke in template["strokes"]:
        points = np.asarray(stroke["points"], dtype=np.float64)
        strokes.append(catmull_rom(points) if stroke["smooth"] and len(points) > 2 else points)
    return strokes


def _distort(strokes: list[np.ndarray], rng: np.random.Generator) -> list[np.ndarray]:
    """Wobble, aspect, slant and rotation: the ways one person's digits differ from another's."""
    everything = np.vstack(strokes)
    low, high = everything.min(axis=0), everything.max(axis=0)
    height = max(high[1] - low[1], 1e-6)
    amplitude = rng.uniform(0.0, 0.025)
    freq, phase = rng.uniform(0.5, 1.5, 2), rng.uniform(0, 2 * np.pi, 2)
    aspect = rng.uniform(0.8, 1.25)
    slant = rng.uniform(-0.15, 0.35)
    angle = np.deg2rad(rng.uniform(-10, 10))
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    out = []
    for stroke in strokes:
        p = (stroke - low) / height
        wobble = amplitude * np.sin(2 * np.pi * freq * p[:, ::-1] + phase)
        p = p + wobble
        p[:, 0] = p[:, 0] * aspect + slant * (1.0 - p[:, 1])
        out.append(p @ rotation.T)
    return out


def render(template: dict, rng: np.random.Generator) -> np.ndarray:
    """One drawing of ``template`` as a (H, W) uint8 picture, dark ink on white."""
    strokes = _distort(template_strokes(template), rng)
    width_px, height_px = (int(v) for v in rng.integers(200, 501, 2))
    if rng.random() < 0.5:
        height_px = width_px
    short = min(width_px, height_px)
    pen = max(2.0, short * rng.uniform(0.01, 0.06))
    everything = np.vstack(strokes)
    low, high = everything.min(axis=0), everything.max(axis=0)
    extent = high - low
    room = np.array([width_px, height_px]) - 2 * pen - 4
    size = min(short * rng.uniform(0.3, 0.85) / extent[1], *(room / extent))
    free = room - extent * size
    origin = pen + 2 + rng.uniform(0, 1, 2) * free
    ink = int(rng.integers(0, 60))
    canvas = Image.new("L", (width_px * SUPERSAMPLE, height_px * SUPERSAMPLE), 255)
    draw = ImageDraw.Draw(canvas)
    radius = pen * SUPERSAMPLE / 2
    for stroke in strokes:
        pixels = ((stroke - low) * size + origin) * SUPERSAMPLE
        draw.line([tuple(p) for p in pixels], fill=ink, width=round(2 * radius), joint="curve")
        for x, y in pixels[[0, -1]]:  # round caps
            draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=ink)
    return np.asarray(canvas.resize((width_px, height_px), Image.Resampling.BOX))


def drawn_digits(seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE,
                 templates: list[dict] | None = None) -> list[Drawing]:
    """The test set: every template drawn ``per_template`` times, reproducibly."""
    templates = load_templates() if templates is None else templates
    return [Drawing(render(t, np.random.default_rng([seed, i, k])), int(t["digit"]), t["style"])
            for i, t in enumerate(templates) for k in range(per_template)]
