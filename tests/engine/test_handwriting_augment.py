"""Augmentations that give MNIST the looks of other media: scans, binary ink, the pad's strokes, other hands."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image, ImageDraw
from scipy import ndimage as ndi

from playground.engine.data.augment import (LOWRES_SIDE, Augmentation, binarise, blocky_lowres, elastic_field,
                                            pad_strokes)
from playground.engine.data.mnist_style import STROKE_FRACTION, redraw_strokes
from playground.engine.errors import SpecError
from playground.engine.presets import HANDWRITING_MEDIA, get_preset, handwriting_training
from playground.engine.training.config import TrainConfig
from playground.engine.training.recipes import preset_recipe

NINE = [(19, 8), (14, 5), (9, 8), (9, 13), (14, 15), (19, 12), (19, 8), (18, 24)]


def mnist_like(points, width: int) -> np.ndarray:
    """A (28, 28) uint8 digit, ink bright on black, drawn as a polyline of the given width."""
    image = Image.new("L", (28, 28), 0)
    ImageDraw.Draw(image).line(points, fill=255, width=width, joint="curve")
    return np.asarray(image)


def stroke_width(image: np.ndarray) -> float:
    """Mean full stroke width of a NINE drawing: its ink area over the polyline's length."""
    length = sum(np.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(NINE[:-1], NINE[1:]))
    return float(image.sum()) / 255.0 / length


def test_redrawing_a_stack_gives_what_redrawing_each_image_alone_gives():
    masks = np.stack([mnist_like(NINE, w) > 127 for w in (1, 3, 5)] + [np.zeros((28, 28), bool)])
    targets = np.array([1.0, 1.5, 2.0, 1.0])
    together = redraw_strokes(masks, targets)
    for k in range(3):
        np.testing.assert_allclose(together[k], redraw_strokes(masks[k:k + 1], targets[k:k + 1])[0], atol=1e-6)
    assert together[3].max() == 0.0   # no ink in, no ink out
    assert together[2].sum() > together[0].sum()   # the larger target draws thicker strokes


def test_pad_strokes_bring_thin_and_thick_pens_to_one_width():
    thin, thick = mnist_like(NINE, 1), mnist_like(NINE, 5)
    out = pad_strokes(np.stack([thin, thick]), np.random.default_rng(0))
    assert out.dtype == np.uint8 and out.shape == (2, 28, 28)
    before = abs(stroke_width(thin) - stroke_width(thick))
    after = abs(stroke_width(out[0]) - stroke_width(out[1]))
    assert after < 0.2 * before
    # The width is the pad's: STROKE_FRACTION of the digit's long side (19 rows here).
    assert stroke_width(out[1]) == pytest.approx(STROKE_FRACTION * 19, abs=0.5)


def test_lowres_scans_are_blocky_and_keep_the_digit_where_it_was():
    digit = mnist_like(NINE, 2)
    out = blocky_lowres(digit[None], np.random.default_rng(0))[0]
    assert len(np.unique(out, axis=0)) <= LOWRES_SIDE and np.unique(out, axis=1).shape[1] <= LOWRES_SIDE
    assert np.abs(np.array(ndi.center_of_mass(out)) - ndi.center_of_mass(digit)).max() < 1.0
    assert np.corrcoef(out.ravel(), digit.ravel())[0, 1] > 0.6


def test_binarised_digits_hold_only_ink_and_paper_at_a_level_per_image():
    digits = np.stack([mnist_like(NINE, 3)] * 50)
    digits = ndi.uniform_filter(digits, size=(1, 3, 3))   # soft edges, so the level matters
    out = binarise(digits, np.random.default_rng(1))
    assert set(np.unique(out)) <= {0, 255}
    assert len(set(out.reshape(50, -1).sum(axis=1))) > 3   # levels differ between images


def test_elastic_field_is_smooth_with_the_requested_typical_displacement():
    field = elastic_field(np.random.default_rng(2), (200, 28, 28), 1.5)
    assert np.sqrt(np.mean(field ** 2)) == pytest.approx(1.5, rel=0.2)
    neighbour_step = np.abs(np.diff(field, axis=2)).mean()
    assert neighbour_step < 0.3 * np.abs(field).mean()   # neighbours move together: a warp, not noise


def test_media_augmentation_is_seeded_and_changes_only_chosen_images():
    digits = np.stack([mnist_like(NINE, w) for w in (1, 2, 3, 4)] * 25)
    aug = Augmentation(lowres=0.3, binarise=0.3, pad_stroke=0.3)
    first = aug.apply(digits, np.random.default_rng(5))
    np.testing.assert_array_equal(first, aug.apply(digits, np.random.default_rng(5)))
    changed = (first != digits).any(axis=(1, 2)).mean()
    assert 0.3 < changed < 0.9
    warped = Augmentation(elastic=1.5).apply(digits, np.random.default_rng(5))
    assert (warped != digits).any(axis=(1, 2)).all()
    assert warped.sum() == pytest.approx(digits.sum(), rel=0.15)   # the ink is moved, not lost


def test_new_ranges_are_checked_and_left_out_of_old_recipes():
    with pytest.raises(SpecError):
        Augmentation.from_dict({"lowres": 1.5})
    with pytest.raises(SpecError):
        Augmentation.from_dict({"elastic": -1})
    assert Augmentation.from_dict({"rotation": 8}).to_dict() == {"rotation": 8.0, "shift": 0.0, "scale": 0.0,
                                                                 "thickness": 0.0}
    spec = {"rotation": 8.0, "shift": 2.0, "scale": 0.0, "thickness": 0.0, "elastic": 1.2, "pad_stroke": 0.35}
    assert Augmentation.from_dict(spec).to_dict() == spec


def test_the_handwriting_recipe_adds_to_a_preset_without_changing_it():
    preset = get_preset("deep-cnn")
    before = preset_recipe(preset)
    config = TrainConfig.from_dict(handwriting_training(preset))
    assert config.augment == {**before.augment, **HANDWRITING_MEDIA} and config.pen_styles > 0
    assert Augmentation.from_dict(config.augment).pad_stroke == HANDWRITING_MEDIA["pad_stroke"]
    assert preset_recipe(preset) == before and "elastic" not in preset.training["augment"]
    assert dataclasses.replace(config, augment=before.augment, pen_styles=before.pen_styles) == before
