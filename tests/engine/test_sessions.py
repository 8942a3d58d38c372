"""Sessions: several threads run one network at once, each through layers of its own."""

import threading

import numpy as np

from playground.engine.fast.network import Network
from playground.engine.presets import get_preset


def _net():
    return Network(get_preset("simple-cnn").network_spec(), seed=0)


def test_a_session_runs_the_networks_current_weights_with_gradients_of_its_own():
    net = _net()
    session = net.session()
    x = np.random.default_rng(0).random((4, 1, 28, 28), dtype=np.float32)
    np.testing.assert_array_equal(session.predict(x), net.predict(x))
    net.params["W1"] *= 2.0  # as an optimizer does: in place
    np.testing.assert_array_equal(session.predict(x), net.predict(x))
    net.grads["W1"][...] = 0.0
    session.score_gradient(x, 3)
    session.gradient(x, np.arange(4))
    assert not net.grads["W1"].any()
    assert net.run_order[0].needs_input_grad is False


def test_for_this_thread_gives_each_thread_one_session():
    net = _net()
    found = []
    worker = threading.Thread(target=lambda: found.extend([net.for_this_thread(), net.for_this_thread()]))
    worker.start()
    worker.join()
    assert found[0] is found[1]
    assert net.for_this_thread() is not found[0]


def test_readings_on_another_thread_are_right_while_the_network_trains():
    net = _net()
    rng = np.random.default_rng(1)
    train_x, train_y = rng.random((64, 1, 28, 28), dtype=np.float32), rng.integers(0, 10, 64)
    read_x = rng.random((3, 1, 28, 28), dtype=np.float32)
    expected = net.predict(read_x).copy()
    readings, done = [], threading.Event()

    def reader():
        session = net.for_this_thread()
        while not done.is_set() and len(readings) < 500:
            readings.append(session.predict(read_x).copy())

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for _ in range(15):
            net.gradient(train_x, train_y)  # the parameters stay as they are: no optimizer step
    finally:
        done.set()
        thread.join()
    assert readings
    for reading in readings:
        np.testing.assert_allclose(reading, expected, rtol=1e-5, atol=1e-6)
