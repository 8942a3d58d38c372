"""The Train page's loss smoothing: an exponential moving average, debiased like TensorBoard's."""

import numpy as np
import pytest

from playground.gui.train.series import SmoothedLoss, exponential_average


def moving_average_by_hand(values, weight, state):
    out = []
    for value in values:
        state = weight * state + (1 - weight) * value
        out.append(state)
    return np.array(out)


@pytest.mark.parametrize("weight", [0.0, 0.3, 0.9, 0.99, 0.999])
def test_block_average_equals_the_step_by_step_recurrence(weight):
    values = np.random.default_rng(1).random(9000) * 3
    np.testing.assert_allclose(exponential_average(values, weight, 0.7),
                               moving_average_by_hand(values, weight, 0.7), rtol=1e-10)


def test_curve_grown_in_pieces_equals_the_curve_computed_at_once():
    values = np.random.default_rng(2).random(3000)
    pieces, whole = SmoothedLoss(0.9), SmoothedLoss(0.9)
    for part in np.array_split(np.arange(3000), 7):
        pieces.extend(part.astype(float), values[part])
    whole.extend(np.arange(3000.0), values)
    np.testing.assert_allclose(pieces.smoothed, whole.smoothed, rtol=1e-12)
    assert pieces.smoothed[0] == pytest.approx(values[0])  # debiased: no pull towards zero at the start
