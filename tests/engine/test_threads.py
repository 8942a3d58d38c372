"""The engine's thread helpers: BLAS limits come back as they were, split work all runs."""

import numpy as np
import pytest
from threadpoolctl import ThreadpoolController

from playground.engine import threads
from playground.engine.threads import blas_threads, share_work, single_blas_thread


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
    from playground.engine.network import Network
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
