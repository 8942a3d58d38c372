"""Tariq Rashid's ``neuralNetwork`` class from *Make Your Own Neural Network*, on the engine.

The book's API — ``train(inputs_list, targets_list)``, ``query(inputs_list)`` and
``backquery(targets_list)`` — over a ``Network`` built from the ``rashid`` preset, so a reader can
follow the book line by line and still save, load and inspect the result like any other model.
"""

from __future__ import annotations

import numpy as np
from scipy.special import logit

from ..errors import SpecError
from ..losses import MeanSquaredError, one_hot
from ..fast.network import Network
from ..optimizers import SGD
from ..presets import mlp_spec


def _rescale(signal: np.ndarray) -> np.ndarray:
    """Map a signal into 0.01..0.99, the range a sigmoid can produce, as the book does."""
    signal = signal - signal.min()
    peak = signal.max()
    if peak > 0:
        signal = signal / peak
    return signal * 0.98 + 0.01


def backquery(network: Network, targets: np.ndarray) -> np.ndarray:
    """Run a sigmoid network without biases backwards: from output targets to an input image.

    ``targets``: (K,) output signals in 0..1 exclusive (the book uses 0.99 for the label and 0.01
    elsewhere). Each layer's signal goes through ``logit`` (the inverse sigmoid), then back through
    the transposed weights, and is rescaled to 0.01..0.99 before the next ``logit``.
    Returns the input signal (D,) in 0.01..0.99.
    """
    weights = [network.params[n] for n in network.params if n.startswith("W")]
    signal = np.asarray(targets, dtype=np.float64)
    for k, W in enumerate(reversed(weights)):
        signal = np.asarray(W, dtype=np.float64) @ logit(signal)
        signal = _rescale(signal)
    return signal


def backquery_label(network: Network, label: int) -> np.ndarray:
    """The book's picture of "what the network thinks a ``label`` looks like", as (28, 28)."""
    targets = np.full(network.num_classes, 0.01)
    targets[label] = 0.99
    return backquery(network, targets).reshape(28, 28)


def supports_backquery(network: Network) -> bool:
    """True for the book's architecture: affine layers without biases, each followed by a sigmoid."""
    kinds = [layer.spec()["type"] for layer in network.layers]
    pairs = list(zip(kinds[::2], kinds[1::2]))
    return (len(kinds) % 2 == 0 and all(p == ("affine", "sigmoid") for p in pairs)
            and not any(name.startswith("b") for name in network.params))


def book_gradient(network: Network, inputs: np.ndarray, labels: np.ndarray) -> float:
    """Fill ``network.grads`` the way the book's ``train()`` updates its weights; returns the loss.

    The book propagates the raw output error back through the transposed weights
    (``hidden_errors = dot(who.T, output_errors)``) without the output sigmoid's derivative, and
    scales by each layer's own derivative only in that layer's update. This is not the exact
    gradient of the squared error (``Network.gradient`` computes that): the hidden layer learns
    faster, and it is what gives the book its 97.5 % with a learning rate of 0.1.
    Only for networks where ``supports_backquery`` holds (bias-free affine + sigmoid pairs).
    """
    if not supports_backquery(network) or not isinstance(network.loss_layer, MeanSquaredError):
        raise SpecError("the book's update rule needs bias-free sigmoid layers and a squared-error loss")
    outputs = network.forward(inputs, train=True)
    loss = network.loss_layer.forward(outputs[-1], labels)
    mse = network.loss_layer
    targets = one_hot(labels, outputs[-1].shape[1], mse.target_low, mse.target_high, outputs[-1].dtype)
    errors = targets - outputs[-1]  # the book's sign: targets - outputs
    signals = [inputs] + outputs
    weights = [n for n in network.params if n.startswith("W")]
    for k in range(len(network.layers) - 1, 0, -2):
        out, below = signals[k + 1], signals[k - 1]
        name = weights[k // 2]
        delta = errors * out * (1.0 - out)
        propagated = errors @ network.params[name].T
        np.matmul(below.T, delta, out=network.grads[name])
        network.grads[name] *= -1.0 / inputs.shape[0]
        errors = propagated
    return loss


class NeuralNetwork:
    """The book's three-layer network: ``n = NeuralNetwork(784, 200, 10, 0.1)``."""

    def __init__(self, input_nodes: int, hidden_nodes: int, output_nodes: int, learning_rate: float,
                 seed: int = 0) -> None:
        spec = mlp_spec([hidden_nodes], "sigmoid", "rashid-normal",
                        loss={"type": "mse", "target_low": 0.01, "target_high": 0.99}, bias=False)
        spec["input_shape"] = [input_nodes]
        spec["layers"][-2]["units"] = output_nodes
        self.network = Network(spec, seed=seed)
        self.optimizer = SGD(learning_rate)

    def train(self, inputs_list, targets_list) -> None:
        """One step of the book's update on one example; targets are the 0.01/0.99 vector."""
        inputs = np.asarray(inputs_list, dtype=np.float32).reshape(1, -1)
        label = int(np.argmax(np.asarray(targets_list).ravel()))
        book_gradient(self.network, inputs, np.array([label]))
        self.optimizer.update(self.network.params, self.network.grads)

    def query(self, inputs_list) -> np.ndarray:
        """The output signals as a column vector (K, 1), as the book prints them."""
        inputs = np.asarray(inputs_list, dtype=np.float32).reshape(1, -1)
        return self.network.predict(inputs).reshape(-1, 1)

    def backquery(self, targets_list) -> np.ndarray:
        """The input image (D, 1) that the given output targets lead back to."""
        return backquery(self.network, np.asarray(targets_list).ravel()).reshape(-1, 1)


__all__ = ["NeuralNetwork", "backquery", "backquery_label", "book_gradient", "supports_backquery"]
