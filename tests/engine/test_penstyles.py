"""Pen styles MNIST lacks are added to a share of its 1s and 7s, in MNIST's own form."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw
from scipy import ndimage as ndi

from playground.engine.errors import SpecError
from playground.engine.data.penstyles import (add_crossbars, add_flags, add_pen_styles, draw_segments,
                                              erase_discs, open_fours, open_nines)


def mnist_like(points: list[tuple[float, float]], width: int = 2) -> np.ndarray:
    """A (28, 28) uint8 digit, ink bright, drawn as a polyline."""
    image = Image.new("L", (28, 28), 0)
    ImageDraw.Draw(image).line(points, fill=255, width=width)
    return np.asarray(image)


ONE = mnist_like([(14, 4), (14, 24)])
SEVEN = mnist_like([(8, 5), (20, 5), (12, 24)])
ZERO = mnist_like([(14, 4), (8, 10), (8, 18), (14, 24), (20, 18), (20, 10), (14, 4)])
CLOSED_FOUR = np.maximum(mnist_like([(16, 4), (7, 17), (21, 17)]), mnist_like([(16, 4), (16, 24)]))
NINE = np.maximum(mnist_like([(18, 6), (13, 4), (9, 7), (9, 11), (13, 13), (18, 10), (18, 6)]),
                  mnist_like([(18, 6), (17, 24)]))


def holes(image: np.ndarray) -> int:
    """Regions of paper enclosed by ink (the background outside does not count)."""
    return ndi.label(image <= 100)[1] - 1


def test_draw_segments_draws_an_antialiased_line_and_keeps_the_rest():
    blank = np.zeros((2, 28, 28), np.uint8)
    out = draw_segments(blank, np.array([[4.5, 14.5], [14.5, 2.5]]), np.array([[23.5, 14.5], [14.5, 25.5]]),
                        np.array([2.0, 3.0]))
    assert out[0, 14, 4:24].min() == 255 and out[0, 10].max() == 0   # horizontal, 2 px
    assert out[1, 2:26, 14].min() == 255 and out[1, :, 20].max() == 0  # vertical, 3 px
    assert 0 < out[0, 13, 10] < 255 or 0 < out[0, 15, 10] < 255       # soft edge


def test_a_flag_goes_down_and_left_from_the_top_of_the_stem_some_with_a_base():
    flagged = add_flags(np.stack([ONE] * 40), np.random.default_rng(0))
    added = flagged.astype(int) - ONE
    assert (added >= 0).all()
    bases = 0
    for extra in added:
        rows, cols = np.nonzero(extra > 128)
        flag = rows < 16
        assert cols[flag].max() <= 14 and cols[flag].min() <= 12   # on the left of the stem
        assert rows[flag].min() <= 6                                # from the top
        if (~flag).any():                                           # a base under the foot
            bases += 1
            assert rows[~flag].min() >= 21
            assert cols[~flag].min() < 12 and cols[~flag].max() > 15
    assert 4 <= bases <= 24


def test_a_crossbar_crosses_the_stem_below_the_middle():
    crossed = add_crossbars(np.stack([SEVEN] * 20), np.random.default_rng(0))
    for image in crossed:
        rows, cols = np.nonzero(image.astype(int) - SEVEN > 128)
        assert 12 <= rows.mean() <= 19
        assert cols.min() < 15 < cols.max()


def test_add_pen_styles_changes_the_given_share_of_ones_sevens_fours_and_nines_only():
    images = np.stack([ONE] * 10 + [SEVEN] * 10 + [ZERO] * 10 + [CLOSED_FOUR] * 10 + [NINE] * 10)
    labels = np.repeat([1, 7, 0, 4, 9], 10)
    before = images.copy()
    styled = add_pen_styles(images, labels, 0.3, np.random.default_rng(3))
    np.testing.assert_array_equal(images, before)                    # input untouched
    changed = (styled != images).any(axis=(1, 2))
    assert all(changed[labels == digit].sum() == 3 for digit in (1, 7, 4, 9))
    assert not changed[labels == 0].any()
    for image in styled[changed]:                                    # still in MNIST's form
        row, col = ndi.center_of_mass(image.astype(float))
        assert 13.5 <= row <= 14.5 and 13.5 <= col <= 14.5
        rows, cols = np.nonzero(image > 10)
        assert np.ptp(rows) + 1 <= 20 and np.ptp(cols) + 1 <= 20
    again = add_pen_styles(images, labels, 0.3, np.random.default_rng(3))
    np.testing.assert_array_equal(styled, again)


@pytest.mark.parametrize("share", [-0.1, 1.5])
def test_share_outside_0_1_is_refused(share):
    with pytest.raises(SpecError):
        add_pen_styles(np.stack([ONE]), np.array([1]), share, np.random.default_rng(0))


def test_erase_discs_removes_ink_only_near_the_centre():
    out = erase_discs(np.stack([ONE]), np.array([[14.5, 14.5]]), np.array([2.0]))
    assert out[0, 13:16, 14].max() == 0 and out[0, 5, 14] == ONE[5, 14] and (out <= ONE).all()


def test_open_fours_and_nines_lose_the_join_that_closed_their_loop():
    assert holes(CLOSED_FOUR) == 1 and holes(NINE) == 1
    rng = np.random.default_rng(0)
    fours = open_fours(np.stack([CLOSED_FOUR] * 20), rng)
    assert sum(holes(opened) == 0 for opened in fours) >= 16   # the cut's depth varies
    assert (fours <= CLOSED_FOUR).all() and (fours.sum(axis=(1, 2)) > 0.8 * CLOSED_FOUR.sum()).all()
    nines = open_nines(np.stack([NINE] * 20), rng)
    assert sum(holes(opened) == 0 for opened in nines) >= 16
    assert (nines <= NINE).all() and (nines[:, 20:] == NINE[20:]).all()   # the tail is untouched
