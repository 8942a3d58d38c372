"""The engine's thread helpers: BLAS limits come back as they were, split work all runs."""

import numpy as np
import pytest
from threadpoolctl import ThreadpoolController

from playground.engine.fast import threads
from playground.engine.fast.threads import blas_threads, share_work, single_blas_thread


def blas_thread_counts():
    return [lib["num_threads"] for lib in ThreadpoolController().select(user_api="blas").info()]


def test_single_blas_thread_restores_the_limit_after_nested_use():
    controller = ThreadpoolController().select(user_api="blas")
    with controller.limit(limits=2):
        before = blas_thread_counts()
        with single_blas_thread():
            with single_blas_thread():
                assert blas_threads() == 1
            assert blas_threads() == 1  # the outer user still holds the limit
        assert blas_thread_counts() == before


def test_a_wider_cap_inside_a_narrower_one_keeps_the_narrower():
    controller = ThreadpoolController().select(user_api="blas")
    with controller.limit(limits=2):
        before = blas_thread_counts()
        with single_blas_thread():
            with threads.blas_thread_limit(2):
                assert blas_threads() == 1
                assert set(blas_thread_counts()) == {1}
            assert set(blas_thread_counts()) == {1}
        assert blas_thread_counts() == before


def test_share_work_does_every_item_once_and_passes_on_errors():
    done = []
    share_work(50, lambda worker, item: done.append((worker, item)), workers=2)
    assert sorted(item for _, item in done) == list(range(50))
    assert {worker for worker, _ in done} <= {0, 1}

    def broken(_worker, item):
        if item == 3:
            raise ValueError("item failed")

    with pytest.raises(ValueError, match="item failed"):
        share_work(8, broken, workers=2)
    share_work(4, lambda worker, item: done.append((worker, item)), workers=2)  # still works after


def test_many_small_calls_do_every_item_exactly_once():
    # Helpers often wake after the caller has taken every item; they must then do nothing.
    seen = []
    for _ in range(200):
        share_work(2, lambda worker, item: seen.append(item), workers=2)
    assert len(seen) == 400


def test_long_inner_products_split_over_threads_equal_the_plain_product(monkeypatch):
    rng = np.random.default_rng(1)
    a, b = rng.normal(size=(6, 301)), rng.normal(size=(301, 5))
    monkeypatch.setattr(threads, "SPLIT_PRODUCT_MACS", 1)
    monkeypatch.setattr(threads, "blas_threads", lambda: 3)
    np.testing.assert_allclose(threads.matmul_long_inner(a, b), a @ b, rtol=1e-12)


def test_small_passes_run_on_one_blas_thread_and_large_ones_on_all():
    from playground.engine.fast.network import Network
    from playground.engine.presets import get_preset, mlp_spec

    seen = []
    controller = ThreadpoolController().select(user_api="blas")
    with controller.limit(limits=2):
        if blas_threads() < 2:
            pytest.skip("this BLAS runs one thread only")
        for spec, batch in [(mlp_spec([100], "relu", "he"), 100), (get_preset("simple-cnn").network_spec(), 100)]:
            net = Network(spec, seed=0)
            first = net.layers[0]
            original = first.forward
            first.forward = lambda x, train=True, original=original: seen.append(blas_threads()) or original(x, train)
            net.predict(np.zeros((batch, *net.input_shape), np.float32))
        assert seen == [1, 2]
        assert blas_thread_counts() == [2] * len(blas_thread_counts())


SPLIT_SPEC = {"input_shape": [1, 8, 8],
              "layers": [{"type": "conv", "filters": 4, "kernel": 3, "pad": 1}, {"type": "relu"},
                         {"type": "pool", "mode": "max", "size": 2}, {"type": "flatten"},
                         {"type": "affine", "units": 10}, {"type": "relu"}, {"type": "dropout", "rate": 0.3},
                         {"type": "affine", "units": 3}],
              "loss": {"type": "softmax-cross-entropy"}}


def test_a_batch_split_over_threads_gives_the_whole_batch_gradient(monkeypatch):
    from playground.engine.fast import network

    rng = np.random.default_rng(3)
    x, labels = rng.normal(size=(21, 1, 8, 8)), rng.integers(0, 3, size=21)
    whole = network.Network(SPLIT_SPEC, seed=5, dtype=np.float64)
    monkeypatch.setattr(network, "SPLIT_BATCH_MULTIPLY_ADDS", 0)
    split, again = (network.Network(SPLIT_SPEC, seed=5, dtype=np.float64) for _ in range(2))
    with ThreadpoolController().select(user_api="blas").limit(limits=2):
        if blas_threads() < 2:
            pytest.skip("this BLAS runs one thread only")
        for net in (whole, split, again):
            net.reseed(11)
            for layer in net.stochastic_layers():
                layer.rate = 0.0  # no dropout: the parts must add up to the whole batch exactly
        loss = whole.gradient(x, labels)
        assert split.gradient(x, labels) == pytest.approx(loss, rel=1e-12)
        assert len(split._replicas) == 2
        for name, grad in whole.grads.items():
            np.testing.assert_allclose(split.grads[name], grad, rtol=1e-10, atol=1e-14)
        # With dropout, two runs seeded alike still draw the same masks part by part.
        for net in (split, again):
            net.reseed(12)
            next(net.stochastic_layers()).rate = 0.3
            net.gradient(x, labels)
        for name, grad in split.grads.items():
            np.testing.assert_array_equal(again.grads[name], grad)


def test_a_thread_plans_with_its_own_cap_while_another_holds_a_smaller_one():
    """A reading capped at one thread must not change what a training thread plans for, and the
    library's count comes back when the caps end."""
    import threading

    controller = ThreadpoolController().select(user_api="blas")
    with controller.limit(limits=2):
        before = blas_thread_counts()
        entered, release, left = threading.Event(), threading.Event(), threading.Event()
        seen = []

        def reader():
            with threads.blas_thread_limit(1):
                entered.set()
                release.wait(5)
            left.set()

        with threads.blas_thread_limit(2):
            helper = threading.Thread(target=reader)
            helper.start()
            entered.wait(5)
            seen.append(blas_threads())  # this thread's own cap, although BLAS now runs on 1
            release.set()
            left.wait(5)
        helper.join(5)
        assert seen == [2]
        assert blas_thread_counts() == before
