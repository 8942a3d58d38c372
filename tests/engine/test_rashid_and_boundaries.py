"""Rashid's book API and back-query, and the rule that the engine never imports Qt."""

import subprocess
import sys

import numpy as np

from playground.engine.books.rashid import NeuralNetwork, backquery_label, supports_backquery
from playground.engine.data.datasets import load_dataset
from playground.engine.fast.network import Network
from playground.engine.presets import PRESETS


def _book_input(image):
    return image.ravel() / 255.0 * 0.99 + 0.01


def test_book_api_learns_the_csv_sample():
    data = load_dataset("mnist-csv-sample")
    n = NeuralNetwork(784, 100, 10, 0.3)
    for _ in range(10):
        for image, label in zip(data.train_images, data.train_labels):
            targets = np.full(10, 0.01)
            targets[label] = 0.99
            n.train(_book_input(image), targets)
    outputs = n.query(_book_input(data.train_images[0]))
    assert outputs.shape == (10, 1)
    predictions = [int(np.argmax(n.query(_book_input(img)))) for img in data.train_images]
    assert np.mean(np.array(predictions) == data.train_labels) > 0.9


def test_backquery_shape_range_and_applicability():
    net = Network(PRESETS["rashid"].network_spec(), seed=0)
    assert supports_backquery(net)
    image = backquery_label(net, 3)
    assert image.shape == (28, 28)
    assert image.min() >= 0.01 - 1e-9 and image.max() <= 0.99 + 1e-9
    assert not np.allclose(image, backquery_label(net, 4))
    assert not supports_backquery(Network(PRESETS["mlp"].network_spec(), seed=0))


def test_engine_imports_no_qt():
    code = ("import sys, playground.engine.training.loop, playground.engine.training.modelfile, playground.engine.books.rashid, "
            "playground.cli; import playground.engine as e; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'playground.gui'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_book_rule_matches_the_book_formulas_by_hand():
    from scipy.special import expit

    from playground.engine.books.rashid import book_gradient

    net = Network(PRESETS["rashid"].network_spec(), seed=0, dtype=np.float64)
    rng = np.random.default_rng(0)
    x, label = rng.uniform(0.01, 1.0, (1, 784)), 3
    book_gradient(net, x, np.array([label]))
    w_ih, w_ho = net.params["W1"], net.params["W2"]
    hidden = expit(x @ w_ih)
    out = expit(hidden @ w_ho)
    targets = np.full((1, 10), 0.01)
    targets[0, label] = 0.99
    output_errors = targets - out
    hidden_errors = output_errors @ w_ho.T  # no output-sigmoid slope: the book's rule
    # The book adds lr * (...) to the weights; the gradient is its negative.
    np.testing.assert_allclose(net.grads["W2"], -(hidden.T @ (output_errors * out * (1 - out))))
    np.testing.assert_allclose(net.grads["W1"], -(x.T @ (hidden_errors * hidden * (1 - hidden))))
    exact = Network(PRESETS["rashid"].network_spec(), seed=0, dtype=np.float64)
    exact.gradient(x, np.array([label]))
    np.testing.assert_allclose(exact.grads["W2"], net.grads["W2"])
    assert not np.allclose(exact.grads["W1"], net.grads["W1"])
