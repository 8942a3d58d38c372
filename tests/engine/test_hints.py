"""Hint rules on synthetic run histories."""

from playground.engine.training.config import TrainConfig
from playground.engine.training.diagnostics import Diagnostics
from playground.engine.training.hints import hints
from playground.engine.training.progress import Progress, Status


def _epoch(epoch, train, val, status=Status.RUNNING, kind="epoch", val_loss=None):
    return Progress(kind=kind, status=status, epoch=epoch, epochs=20, iteration=epoch * 10,
                    iterations_per_epoch=10, batch_loss=0.5, learning_rate=0.1, samples_per_sec=1.0,
                    elapsed=1.0, eta=1.0, train_accuracy=train, val_accuracy=val, val_loss=val_loss)


def _keys(records, config=None, diagnostics=None):
    return [h.key for h in hints(records, config or TrainConfig(), diagnostics)]


def test_healthy_run_gets_no_hint():
    assert _keys([_epoch(k, 0.9 + k / 100, 0.9 + k / 100) for k in range(1, 6)]) == []


def test_diverged_run_is_told_to_lower_the_rate():
    records = [_epoch(1, 0.5, 0.5), _epoch(1, None, None, Status.DIVERGED, "end")]
    (hint,) = hints(records, TrainConfig(optimizer={"type": "sgd", "lr": 2.0}))
    assert hint.key == "diverged" and hint.fix == {"learning_rate": 0.2}


def test_not_learning_only_after_three_epochs_below_a_quarter():
    assert _keys([_epoch(1, 0.1, 0.1), _epoch(2, 0.1, 0.11)]) == []
    assert _keys([_epoch(k, 0.1, 0.11) for k in range(1, 4)]) == ["not-learning"]
    assert _keys([_epoch(k, 0.3, 0.3) for k in range(1, 4)]) == []


def test_over_fitting_from_rising_validation_loss_or_a_wide_gap():
    # The accuracy holds while the loss climbs: the loss is what tells.
    rising = [_epoch(k, 0.97, 0.95, val_loss=0.15 + k / 100) for k in range(1, 6)]
    (hint,) = hints(rising, TrainConfig())
    assert hint.key == "over-fitting" and hint.figures["rising_epochs"] == 4
    assert hint.fix["early_stopping"] and hint.fix["dropout"] > 0
    assert _keys(rising[:4]) == []  # three rises are not yet four
    dip = rising[:2] + [_epoch(3, 0.97, 0.95, val_loss=0.16)] + rising[3:]
    assert _keys(dip) == []  # a fall in between breaks the run of rises
    assert _keys([_epoch(k, 0.97, 0.95, val_loss=0.2 - k / 100) for k in range(1, 6)]) == []
    (gap,) = hints([_epoch(1, 0.99, 0.91)], TrainConfig())
    assert gap.key == "over-fitting" and gap.figures["rising_epochs"] == 0
    assert _keys([_epoch(1, 0.99, 0.92)]) == []


def test_inactive_units_suggest_he_init_and_a_leaky_activation():
    d = Diagnostics(gradient_strength={}, inactive_share={"2 relu": 0.45, "4 relu": 0.1}, weights={}, steps=1)
    (hint,) = hints([], TrainConfig(), d)
    assert hint.key == "inactive" and hint.figures["layer"] == "2 relu"
    assert hint.fix["activation"] == "leaky-relu" and hint.fix["init"] == "he"
    calm = Diagnostics(gradient_strength={}, inactive_share={"2 relu": 0.29}, weights={}, steps=1)
    assert _keys([], diagnostics=calm) == []


def test_high_momentum_with_a_high_rate_and_tiny_batches():
    config = TrainConfig(optimizer={"type": "momentum", "lr": 0.1, "momentum": 0.99}, batch_size=4)
    assert _keys([], config) == ["momentum", "tiny-batch"]
    assert _keys([], TrainConfig(optimizer={"type": "momentum", "lr": 0.01, "momentum": 0.99})) == []
