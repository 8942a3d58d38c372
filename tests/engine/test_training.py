"""The training generator: learning, determinism, control from another thread, and its safety nets."""

import threading

import numpy as np
import pytest

from playground.engine.data.augment import Augmentation
from playground.engine.data.datasets import load_dataset, prepare_input
from playground.engine.fast.network import Network
from playground.engine.presets import PRESETS, mlp_spec
from playground.engine.training.config import EarlyStopping, TrainConfig
from playground.engine.training.control import TrainingControl
from playground.engine.training.loop import train
from playground.engine.training.progress import Status


@pytest.fixture(scope="module")
def mnist():
    return load_dataset("mnist")


def _run(config, images, labels, preset="two-layer", seed=0, control=None, spec=None):
    p = PRESETS[preset]
    net = Network(spec or p.network_spec(), seed=seed)
    records = list(train(net, images, labels, p.input, config, control))
    return net, records


def test_two_layer_learns_mnist_in_one_epoch(mnist):
    config = TrainConfig(optimizer={"type": "adam", "lr": 0.01}, batch_size=20, epochs=1, validation_share=0.0)
    net, records = _run(config, mnist.train_images[:5000], mnist.train_labels[:5000])
    test_x = prepare_input(mnist.test_images[:1000], PRESETS["two-layer"].input)
    assert net.accuracy(test_x, mnist.test_labels[:1000]) >= 0.85
    assert records[-1].kind == "end" and records[-1].status is Status.FINISHED


def test_records_report_progress(mnist):
    config = TrainConfig(batch_size=100, epochs=2, evals_per_epoch=3)
    _, records = _run(config, mnist.train_images[:2000], mnist.train_labels[:2000])
    batches = [r for r in records if r.kind == "batch"]
    assert [r.iteration for r in batches] == list(range(1, 37))
    assert all(r.iterations_per_epoch == 18 for r in batches)
    assert len([r for r in records if r.kind == "eval"]) == 4
    epochs = [r for r in records if r.kind == "epoch"]
    assert [r.epoch for r in epochs] == [1, 2]
    assert all(0 <= r.val_accuracy <= 1 and 0 <= r.train_accuracy <= 1 for r in epochs)
    assert batches[-1].samples_per_sec > 0 and batches[-1].eta == pytest.approx(0, abs=1e-6)


def test_same_seed_gives_bit_identical_weights(mnist):
    config = TrainConfig(optimizer={"type": "adam", "lr": 0.002}, batch_size=32, epochs=1,
                         augment={"rotation": 10, "shift": 2}, seed=7)
    a, _ = _run(config, mnist.train_images[:640], mnist.train_labels[:640], preset="mlp", seed=7)
    b, _ = _run(config, mnist.train_images[:640], mnist.train_labels[:640], preset="mlp", seed=7)
    for name in a.params:
        np.testing.assert_array_equal(a.params[name], b.params[name])


def test_divergence_stops_with_finite_weights(mnist):
    config = TrainConfig(optimizer={"type": "sgd", "lr": 1e4}, batch_size=50, epochs=3, validation_share=0.0)
    spec = mlp_spec([100, 100], "relu", "he")
    with np.errstate(all="ignore"):
        net, records = _run(config, mnist.train_images[:3000], mnist.train_labels[:3000], spec=spec)
    assert records[-1].status is Status.DIVERGED
    assert "smaller learning rate" in records[-1].message
    assert all(np.isfinite(p).all() for p in net.params.values())


def test_early_stopping_restores_the_best_epoch(mnist):
    # A tiny training set with a harsh learning rate stops improving quickly.
    config = TrainConfig(optimizer={"type": "sgd", "lr": 3.0}, batch_size=10, epochs=30,
                         validation_share=0.5, early_stopping=EarlyStopping(patience=2))
    net, records = _run(config, mnist.train_images[:200], mnist.train_labels[:200])
    end = records[-1]
    assert end.status is Status.EARLY_STOPPED
    epochs = [r for r in records if r.kind == "epoch"]
    best = max(epochs, key=lambda r: r.val_accuracy)
    assert end.best_epoch == best.epoch and len(epochs) == best.epoch + 2
    p = PRESETS["two-layer"]
    _, val_idx = __import__("playground.engine.data.datasets", fromlist=["validation_split"]).validation_split(200, 0.5, 0)
    val_x = prepare_input(mnist.train_images[:200][val_idx], p.input)
    assert net.accuracy(val_x, mnist.train_labels[:200][val_idx]) == pytest.approx(best.val_accuracy)


def test_validation_loss_is_the_loss_of_the_validation_images(mnist):
    images, labels = mnist.train_images[:300], mnist.train_labels[:300]
    config = TrainConfig(optimizer={"type": "sgd", "lr": 0.1}, batch_size=30, epochs=2, validation_share=0.4,
                         evals_per_epoch=2, keep_best=False)
    net, records = _run(config, images, labels)
    measured = [r for r in records if r.kind in ("eval", "epoch")]
    assert len(measured) == 4 and all(r.val_loss > 0 for r in measured)
    assert all(r.val_loss is None for r in records if r.kind == "batch")
    _, val_idx = __import__("playground.engine.data.datasets", fromlist=["validation_split"]).validation_split(300, 0.4, 0)
    val_x = prepare_input(images[val_idx], PRESETS["two-layer"].input)
    assert measured[-1].val_loss == pytest.approx(net.loss(val_x, labels[val_idx], train=False), rel=1e-5)
    assert measured[-1].val_accuracy == pytest.approx(net.accuracy(val_x, labels[val_idx]))


def test_no_validation_images_no_validation_loss(mnist):
    config = TrainConfig(batch_size=50, epochs=1, validation_share=0.0)
    _, records = _run(config, mnist.train_images[:200], mnist.train_labels[:200])
    assert all(r.val_loss is None for r in records)


def test_pause_step_resume_and_stop_from_another_thread(mnist):
    control = TrainingControl()
    config = TrainConfig(batch_size=10, epochs=50, validation_share=0.0, evals_per_epoch=1)
    p = PRESETS["two-layer"]
    net = Network(p.network_spec(), seed=0)
    gen = train(net, mnist.train_images[:1000], mnist.train_labels[:1000], p.input, config, control)
    assert next(gen).iteration == 1
    control.pause()
    seen = []
    worker = threading.Thread(target=lambda: seen.append(next(gen)))
    worker.start()
    worker.join(0.3)
    assert worker.is_alive(), "a paused run must not advance"
    control.step()
    worker.join(2)
    assert seen[0].iteration == 2
    control.set_learning_rate(0.02)
    control.resume()
    assert next(gen).learning_rate == pytest.approx(0.02)
    control.stop()
    rest = list(gen)
    assert rest[-1].status is Status.STOPPED and rest[-1].kind == "end"


def test_extra_epochs_extend_the_run(mnist):
    control = TrainingControl()
    control.add_epochs(1)
    config = TrainConfig(batch_size=100, epochs=1, validation_share=0.0)
    _, records = _run(config, mnist.train_images[:500], mnist.train_labels[:500], control=control)
    assert [r.epoch for r in records if r.kind == "epoch"] == [1, 2]


def test_augmentation_keeps_ink_and_varies_images(mnist):
    images = mnist.train_images[:64]
    aug = Augmentation(rotation=10, shift=2, scale=0.1, thickness=0.2)
    out = aug.apply(images, np.random.default_rng(0))
    assert out.shape == images.shape and out.dtype == np.uint8
    assert not np.array_equal(out, images)
    ink_ratio = out.reshape(64, -1).sum(1) / images.reshape(64, -1).sum(1)
    assert np.all((ink_ratio > 0.5) & (ink_ratio < 2.0))
    np.testing.assert_array_equal(aug.apply(images, np.random.default_rng(0)), out)


def test_augmentation_split_over_threads_resamples_each_image_as_one_call_does(mnist, monkeypatch):
    from playground.engine.data import augment

    images = mnist.train_images[:9]
    aug = Augmentation(rotation=10, shift=2, scale=0.1)
    monkeypatch.setattr(augment, "blas_threads", lambda: 1)
    whole = aug.apply(images, np.random.default_rng(4))
    monkeypatch.setattr(augment, "blas_threads", lambda: 4)
    np.testing.assert_array_equal(aug.apply(images, np.random.default_rng(4)), whole)


def test_pure_shift_moves_the_centre_of_mass(mnist):
    from scipy import ndimage
    image = mnist.train_images[:1]
    out = Augmentation(shift=3).apply(image, np.random.default_rng(1))
    before = np.array(ndimage.center_of_mass(image[0].astype(float)))
    after = np.array(ndimage.center_of_mass(out[0].astype(float)))
    assert 0.5 < np.abs(after - before).max() <= 3.2


def test_pure_shift_resamples_as_the_general_warp_does(mnist):
    from scipy import ndimage

    from playground.engine.data.augment import shifted
    images = mnist.train_images[:40].astype(np.float32)
    shift = np.random.default_rng(2).uniform(-2.5, 2.5, (2, 40))
    rows, cols = np.meshgrid(np.arange(28.0), np.arange(28.0), indexing="ij")
    source = np.stack([np.broadcast_to(np.arange(40.0)[:, None, None], (40, 28, 28)),
                       rows[None] - shift[0][:, None, None], cols[None] - shift[1][:, None, None]])
    expected = ndimage.map_coordinates(images, source, order=1, mode="constant", cval=0.0)
    np.testing.assert_allclose(shifted(images, shift), expected, atol=1e-3)


def test_pen_styles_change_only_training_ones_and_sevens(mnist, monkeypatch):
    import playground.engine.training.loop as training

    seen = {}

    def spy(images, labels, share, rng):
        seen["labels"] = labels.copy()
        return images

    monkeypatch.setattr(training, "add_pen_styles", spy)
    config = TrainConfig(batch_size=100, epochs=1, validation_share=0.5, pen_styles=0.25)
    _run(config, mnist.train_images[:400], mnist.train_labels[:400])
    assert len(seen["labels"]) == 200  # the held-out half is left as MNIST wrote it


def test_durations_read_as_on_a_clock():
    from playground.engine.training.progress import format_duration

    assert [format_duration(s) for s in (0, 62.4, 3723, float("nan"))] == ["00:00", "01:02", "1:02:03", "--:--"]
