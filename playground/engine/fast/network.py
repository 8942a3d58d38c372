"""A network is an ordered list of layers plus a loss, built from a declarative spec.

Spec form (plain JSON-able data, stored in every model file so the file can rebuild its network)::

    {"input_shape": [784],
     "layers": [{"type": "affine", "units": 50, "init": "xavier"}, {"type": "sigmoid"},
                {"type": "affine", "units": 10, "init": "xavier"}],
     "loss": {"type": "softmax-cross-entropy"}}

Parameters are exposed under the book's names: the k-th layer that has parameters contributes
``W{k}``, ``b{k}`` (or ``gamma{k}``, ``beta{k}``), and buffers such as ``running_mean{k}``.
"""

from __future__ import annotations

import copy
import threading
from contextlib import nullcontext
from typing import ContextManager, Iterator

import numpy as np

from .conv import Convolution
from ..errors import ModelFileError, SpecError
from .layers import (Affine, BatchNorm, Dropout, Flatten, Layer, LeakyReLU, Rectified, ReLU, Sigmoid, Tanh,
                     check_spec_keys)
from ..losses import Loss, build_loss
from .pooling import Pooling
from .threads import blas_threads, share_work, single_blas_thread

LAYER_TYPES: dict[str, type[Layer]] = {
    cls.kind: cls
    for cls in (Affine, Sigmoid, ReLU, LeakyReLU, Tanh, Flatten, Dropout, BatchNorm, Convolution, Pooling)
}


# A pass with fewer multiply-adds in its matrix products than this runs on one BLAS thread.
SMALL_PASS_MULTIPLY_ADDS = 30_000_000

# A training pass through a network with at least this many multiply-adds per sample is split by
# samples over the threads, each part through its own copy of the layers (the parameters are
# shared), instead of sharing out each layer's work: the threads then meet once per step rather
# than twice per layer. That saving outweighs the cost of the extra copies only when each
# sample's layers are large; below this size the per-layer sharing wins (deep-cnn is above it,
# keras-cnn and simple-cnn below; benchmarks/compare_torch.py times all three).
SPLIT_BATCH_MULTIPLY_ADDS = 5_000_000
# ...and only when each part gets at least this many samples.
SMALLEST_PART = 8


def run_order(layers: list[Layer]) -> list:
    """The steps a pass computes ``layers`` in.

    - A ReLU followed directly by max pooling runs after it. The two commute (the largest of the
      rectified values is the rectified largest value, and both send the gradient to the same
      input), so outputs and gradients are unchanged, but the ReLU then touches only the pooled
      values, a quarter of them after 2x2 pooling.
    - A convolution or a pooling followed directly by a ReLU runs as one step (``Rectified``).
    """
    order = list(layers)
    for i in range(len(order) - 1):
        if type(order[i]) is ReLU and isinstance(order[i + 1], Pooling) and order[i + 1].mode == "max":
            order[i], order[i + 1] = order[i + 1], order[i]
    steps = []
    for layer in order:
        if type(layer) is ReLU and steps and type(steps[-1]) in (Convolution, Pooling):
            steps[-1] = Rectified(steps[-1])
        else:
            steps.append(layer)
    return steps


def _as_rng(seed: int | np.random.Generator | None) -> np.random.Generator:
    return seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)


class Network:
    """Layers + loss with the book's API: ``predict``, ``loss``, ``accuracy``, ``gradient``."""

    def __init__(self, spec: dict, seed: int | np.random.Generator | None = 0,
                 dtype: np.dtype | type = np.float32) -> None:
        check_spec_keys(spec, {"input_shape", "layers", "loss"}, {"input_shape", "layers", "loss"})
        self.dtype = np.dtype(dtype)
        rng = _as_rng(seed)
        self.input_shape = tuple(int(d) for d in spec["input_shape"])
        self.layers: list[Layer] = []
        shape = self.input_shape
        self._sample_multiply_adds = 0
        for layer_spec in spec["layers"]:
            if not isinstance(layer_spec, dict) or layer_spec.get("type") not in LAYER_TYPES:
                kind = layer_spec.get("type") if isinstance(layer_spec, dict) else layer_spec
                raise SpecError(f"unknown layer type {kind!r}; choose one of {', '.join(LAYER_TYPES)}")
            layer = LAYER_TYPES[layer_spec["type"]].from_spec(layer_spec, shape, rng, self.dtype)
            self._sample_multiply_adds += layer.multiply_adds(shape)
            shape = layer.output_shape(shape)
            self.layers.append(layer)
        if not self.layers:
            raise SpecError("a network needs at least one layer")
        self.output_shape = shape
        # The first layer's input is data: computing its gradient would be wasted work.
        self.run_order[0].needs_input_grad = False
        self.loss_layer: Loss = build_loss(spec["loss"])
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        self.buffers: dict[str, np.ndarray] = {}
        self._replicas: list[Network] = []  # see _gradient_in_parts
        self._sessions: dict[int, Network] = {}  # see for_this_thread
        self._sessions_lock = threading.Lock()
        self._splits_batches = (self._sample_multiply_adds >= SPLIT_BATCH_MULTIPLY_ADDS
                                and not any(isinstance(layer, BatchNorm) for layer in self.layers))
        for k, layer in enumerate((l for l in self.layers if l.params), start=1):
            for name, arr in layer.params.items():
                self.params[f"{name}{k}"] = arr
                self.grads[f"{name}{k}"] = layer.grads[name]
            for name, arr in layer.buffers.items():
                self.buffers[f"{name}{k}"] = arr

    # ----------------------------------------------------------------- description
    def spec(self) -> dict:
        """The spec that rebuilds this network (layer hyper-parameters as plain data)."""
        return {"input_shape": list(self.input_shape), "layers": [l.spec() for l in self.layers],
                "loss": self.loss_layer.spec()}

    @property
    def num_classes(self) -> int:
        return int(self.output_shape[0])

    def parameter_count(self) -> int:
        return int(sum(p.size for p in self.params.values()))

    def weight_names(self) -> list[str]:
        """Names of the arrays L2 weight decay applies to (weights, not biases or BatchNorm)."""
        return [n for n in self.params if n.startswith("W")]

    @property
    def run_order(self) -> list:
        """The steps passes compute the layers in (see ``run_order``)."""
        return run_order(self.layers)

    def stochastic_layers(self) -> Iterator[Dropout]:
        return (l for l in self.layers if isinstance(l, Dropout))

    def reseed(self, seed: int) -> None:
        """Give every random layer (dropout) a fresh generator: makes two passes draw the same masks."""
        for i, layer in enumerate(self.stochastic_layers()):
            layer.rng = np.random.default_rng([seed, i])

    # ----------------------------------------------------------------- computation
    def _check_input(self, x: np.ndarray) -> np.ndarray:
        if tuple(x.shape[1:]) != self.input_shape:
            raise ValueError(f"input of shape {x.shape} does not fit this network, which expects "
                             f"(N, {', '.join(map(str, self.input_shape))})")
        return np.asarray(x, dtype=self.dtype)

    def forward(self, x: np.ndarray, train: bool = False) -> list[np.ndarray]:
        """Every layer's output for input ``x`` (activations view); the last one is the scores."""
        out = self._check_input(x)
        outputs = []
        for layer in self.layers:
            out = layer.forward(out, train)
            outputs.append(out)
        return outputs

    def predict(self, x: np.ndarray, train: bool = False) -> np.ndarray:
        """Scores (N, K) for input (N, *input_shape).

        In training mode the layers may return arrays they keep and overwrite on the next
        training pass; ``forward`` gives every layer's own output for display.
        """
        out = self._check_input(x)
        steps = self.run_order
        with self._blas_threads_for(out.shape[0]):
            for step, following in zip(steps, steps[1:] + [None]):
                # A step writes straight into the array the next one reads, if both can.
                into = following.input_destination(out.shape[0], train) \
                    if following is not None and step.forward_writes_into else None
                out = step.forward(out, train) if into is None else step.forward(out, train, into=into)
        return out

    def _blas_threads_for(self, batch: int) -> ContextManager:
        """One BLAS thread for a pass whose products are all small (a dense net, a single image).

        Splitting such products costs more in waking threads than it saves, and a gradient
        written by two cores is then read slowly by the one that runs the optimizer (it has to
        fetch it from the other core's cache).
        """
        small = batch * self._sample_multiply_adds < SMALL_PASS_MULTIPLY_ADDS
        return single_blas_thread() if small else nullcontext()

    def backward(self, dout: np.ndarray) -> np.ndarray | None:
        """Take d(loss)/d(scores) back through the last pass; returns d(loss)/d(input) if the
        first layer computes it."""
        steps = self.run_order
        for k in range(len(steps) - 1, -1, -1):
            into = steps[k - 1].gradient_destination(dout.shape[0]) \
                if k and steps[k].backward_writes_into else None
            dout = steps[k].backward(dout) if into is None else steps[k].backward(dout, into=into)
        return dout

    def probabilities(self, x: np.ndarray, batch_size: int = 1000) -> np.ndarray:
        """Class probabilities (N, K), computed in batches to bound memory."""
        chunks = [self.loss_layer.probabilities(self.predict(x[i:i + batch_size]))
                  for i in range(0, x.shape[0], batch_size)]
        self.release()
        return np.concatenate(chunks) if chunks else np.zeros((0, self.num_classes), self.dtype)

    def loss(self, x: np.ndarray, labels: np.ndarray, train: bool = True) -> float:
        return self.loss_layer.forward(self.predict(x, train), labels)

    def gradient(self, x: np.ndarray, labels: np.ndarray) -> float:
        """Forward in training mode, then walk the layers in reverse; fills ``self.grads``.

        Returns the batch loss.
        """
        parts = min(blas_threads(), x.shape[0] // SMALLEST_PART) if self._splits_batches else 1
        if parts > 1:
            return self._gradient_in_parts(x, labels, parts)
        with self._blas_threads_for(x.shape[0]):
            loss = self.loss(x, labels, train=True)
            self.backward(self.loss_layer.backward())
        return loss

    def _gradient_in_parts(self, x: np.ndarray, labels: np.ndarray, parts: int) -> float:
        """``gradient`` with the batch split into ``parts`` ranges of samples, each through its own
        copy of the layers on its own thread. Each part's loss gradient is scaled by the part's
        share of the batch, so the parts' gradients add up to the batch's; the first part writes
        straight into this network's gradient arrays and the others are added in a fixed order.

        The result equals the whole-batch gradient up to rounding. Dropout draws its masks from
        generators seeded, part by part, from the network's own, so a seeded run repeats exactly.
        (BatchNorm, whose statistics span the batch, is never split: see ``_splits_batches``.)
        """
        spec = self.spec()
        if len(self._replicas) != parts or self._replicas[0].spec() != spec:
            self._replicas = [self._replica_sharing_parameters(spec, k == 0) for k in range(parts)]
        for layer, copies in zip(self.stochastic_layers(), zip(*(r.stochastic_layers() for r in self._replicas))):
            seed = int(layer.rng.integers(2**63))
            for k, twin in enumerate(copies):
                twin.rng = np.random.default_rng([seed, k])
        n = x.shape[0]
        bounds = [n * k // parts for k in range(parts + 1)]
        shares = [(bounds[k + 1] - bounds[k]) / n for k in range(parts)]
        losses = [0.0] * parts

        def run(_worker: int, k: int) -> None:
            part, replica = slice(bounds[k], bounds[k + 1]), self._replicas[k]
            losses[k] = replica.loss(x[part], labels[part], train=True)
            dscores = replica.loss_layer.backward()
            replica.backward(np.multiply(dscores, dscores.dtype.type(shares[k]), out=dscores))

        share_work(parts, run)
        for name, grad in self.grads.items():
            for replica in self._replicas[1:]:
                grad += replica.grads[name]
        return float(sum(share * loss for share, loss in zip(shares, losses)))

    def session(self) -> "Network":
        """The same network with layers of its own over this network's parameter and buffer arrays.

        Layers keep scratch buffers, tile plans and what backward needs between calls, so two
        threads must never run one set of layers at once: a thread other than the network's owner
        runs a session instead (see ``for_this_thread``). The optimizer updates the shared arrays in
        place, so a session always sees the current weights; its gradients are its own, so its
        backward passes (saliency maps, say) never touch a training run's.
        """
        return self._replica_sharing_parameters(self.spec(), gradients_too=False)

    def for_this_thread(self) -> "Network":
        """This thread's session of the network, made on its first call from the thread."""
        ident = threading.get_ident()
        with self._sessions_lock:
            found = self._sessions.get(ident)
            if found is None:
                found = self._sessions[ident] = self.session()
        return found

    def _replica_sharing_parameters(self, spec: dict, gradients_too: bool) -> "Network":
        """The same layers with their own state, but this network's parameter and buffer arrays
        (updated in place, so every replica always sees the current ones) and, if asked, its
        gradient arrays (layers write gradients in place)."""
        twin = Network(copy.deepcopy(spec), seed=0, dtype=self.dtype)
        for mine, theirs in zip(self.layers, twin.layers):
            theirs.params.update(mine.params)
            theirs.buffers.update(mine.buffers)
            if gradients_too:
                theirs.grads.update(mine.grads)
        twin.params = dict(self.params)
        twin.buffers = dict(self.buffers)
        if gradients_too:
            twin.grads = dict(self.grads)
        twin._splits_batches = False
        return twin

    def score_gradient(self, x: np.ndarray, targets: int | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Scores (N, K) in evaluation mode and d(score of ``targets[i]``)/d(x[i]) for every row:
        saliency maps and class pictures. ``targets`` is one class for all rows or one per row."""
        first = self.run_order[0]
        first.needs_input_grad = True
        try:
            with self._blas_threads_for(x.shape[0]):
                scores = self.predict(x, train=False)
                dout = np.zeros_like(scores)
                dout[np.arange(scores.shape[0]), targets] = 1.0
                return scores, self.backward(dout)
        finally:
            first.needs_input_grad = False

    def input_gradient(self, x: np.ndarray, target_class: int) -> np.ndarray:
        """d(score of ``target_class``)/d(input) in evaluation mode."""
        return self.score_gradient(x, target_class)[1]

    def accuracy(self, x: np.ndarray, labels: np.ndarray, batch_size: int = 1000) -> float:
        if x.shape[0] == 0:
            return float("nan")
        correct = sum(int(np.sum(self.predict(x[i:i + batch_size]).argmax(axis=1) == labels[i:i + batch_size]))
                      for i in range(0, x.shape[0], batch_size))
        self.release()
        return correct / x.shape[0]

    def release(self) -> None:
        """Let go of the arrays the last pass kept for a backward pass (see ``Layer.release``)."""
        for layer in self.layers:
            layer.release()
        for replica in self._replicas:
            replica.release()

    # ----------------------------------------------------------------- state
    def state(self) -> dict[str, np.ndarray]:
        """Every array a model file must hold (parameters and buffers), as copies."""
        return {n: a.copy() for n, a in {**self.params, **self.buffers}.items()}

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        """Copy arrays into the existing ones after checking all of them first.

        A state with a missing, extra, wrong-shape or non-finite array raises ModelFileError and
        changes nothing.
        """
        own = {**self.params, **self.buffers}
        missing, extra = sorted(set(own) - set(state)), sorted(set(state) - set(own))
        if missing or extra:
            raise ModelFileError(f"arrays do not match the network: missing {missing}, unexpected {extra}")
        for name, target in own.items():
            arr = state[name]
            if arr.shape != target.shape:
                raise ModelFileError(f"array {name!r} has shape {arr.shape}, the network needs {target.shape}")
            if not np.issubdtype(arr.dtype, np.number) or not np.all(np.isfinite(arr)):
                raise ModelFileError(f"array {name!r} holds non-numeric or non-finite values")
        for name, target in own.items():
            target[...] = state[name]

    def copy(self) -> "Network":
        """An independent network with the same spec and weights (for snapshots and workers)."""
        twin = Network(copy.deepcopy(self.spec()), seed=0, dtype=self.dtype)
        twin.load_state(self.state())
        return twin
