"""Maps of what each layer learned: test images placed in 2-D by what a layer makes of them.

At the input, images of one digit overlap with others; after each trained layer they should
gather into groups by class. PCA (the two directions of largest spread, by SVD) shows the
straight view; t-SNE (exact, O(N²), fine for the ≤ 2,000 images shown) keeps neighbours together
and shows the groups even when they are not linearly apart.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
from scipy.spatial.distance import pdist, squareform

from ..training.modelfile import Model

MAX_POINTS = 2000
BATCH = 250
TSNE_PCA_DIMS = 50


def map_sample(labels: np.ndarray, count: int = MAX_POINTS, seed: int = 0) -> np.ndarray:
    """Indices of ``count`` test images chosen at random (seeded), sorted: the points of a map."""
    n = len(labels)
    if count >= n:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, size=count, replace=False))


def layer_names(model: Model) -> list[tuple[int, str]]:
    """The places a map can be drawn: (-1, "input") then (i, layer type) for each layer."""
    return [(-1, "input")] + [(i, layer.spec()["type"]) for i, layer in enumerate(model.network.layers)]


def layer_features(model: Model, images: np.ndarray, layer: int,
                   cancelled: Callable[[], bool] | None = None) -> np.ndarray | None:
    """What layer ``layer`` (-1: the prepared input) outputs for uint8 ``images``, one flat float32
    row per image; in batches, so only the chosen layer's outputs are kept. None when cancelled."""
    rows = []
    for start in range(0, len(images), BATCH):
        if cancelled is not None and cancelled():
            return None
        x = model.prepare(images[start:start + BATCH])
        out = x if layer < 0 else model.network.forward(x, train=False)[layer]
        rows.append(np.asarray(out, dtype=np.float32).reshape(len(out), -1))
    return np.concatenate(rows) if rows else np.zeros((0, 0), np.float32)


def pca(features: np.ndarray, dims: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates (N, dims) along the ``dims`` directions of largest variance, and the share of
    the variance each explains. SVD of the centred data; signs fixed so results are reproducible."""
    x = np.asarray(features, dtype=np.float64)
    x = x - x.mean(axis=0)
    u, s, _vt = np.linalg.svd(x, full_matrices=False)
    u, s = u[:, :dims], s[:dims]
    signs = np.sign(u[np.abs(u).argmax(axis=0), np.arange(u.shape[1])])
    signs[signs == 0] = 1.0
    coords = u * s * signs
    if coords.shape[1] < dims:  # fewer directions than asked (rank-deficient or tiny input)
        coords = np.pad(coords, ((0, 0), (0, dims - coords.shape[1])))
    total = float((x ** 2).sum())
    explained = np.zeros(dims)
    explained[:len(s)] = s ** 2 / total if total > 0 else 0.0
    return coords.astype(np.float32), explained


def _affinities(distances: np.ndarray, perplexity: float, steps: int = 50) -> np.ndarray:
    """Conditional probabilities p(j|i) with each row's entropy matching ``perplexity``: a binary
    search for every row's precision at once, over each point's 3·perplexity nearest neighbours
    (farther points get practically nothing, and the search is then N·k instead of N²)."""
    n = len(distances)
    k = min(n - 1, max(1, int(3 * perplexity) + 1))
    masked = distances + np.diag(np.full(n, np.inf))
    near = np.argpartition(masked, k - 1, axis=1)[:, :k]
    d = np.take_along_axis(masked, near, axis=1)
    d = d / d.mean() if d.mean() > 0 else d
    target = np.log(perplexity)
    beta = np.ones(n)
    low, high = np.full(n, -np.inf), np.full(n, np.inf)
    for _ in range(steps):
        logits = -d * beta[:, None]
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        entropy = -np.sum(p * np.log(np.maximum(p, 1e-300)), axis=1)
        too_flat = entropy > target  # entropy too high: sharpen (raise beta)
        low = np.where(too_flat, beta, low)
        high = np.where(too_flat, high, beta)
        beta = np.where(np.isinf(high), beta * 2.0, np.where(np.isinf(low), beta / 2.0, (low + high) / 2.0))
    full = np.zeros((n, n))
    np.put_along_axis(full, near, p, axis=1)
    return full


def tsne(features: np.ndarray, perplexity: float = 30.0, iterations: int = 400, seed: int = 0,
         report: Callable[[float], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> np.ndarray | None:
    """Exact t-SNE to 2-D (van der Maaten & Hinton 2008): early exaggeration, momentum, gains.
    Deterministic for a seed; None when cancelled (checked every 10 iterations)."""
    x = np.asarray(features, dtype=np.float64)
    n = len(x)
    if n < 3:
        return np.zeros((n, 2), np.float32)
    if x.shape[1] > TSNE_PCA_DIMS:
        x = pca(x, TSNE_PCA_DIMS)[0].astype(np.float64)
    perplexity = min(perplexity, (n - 1) / 3.0)
    p = _affinities(squareform(pdist(x, "sqeuclidean")), perplexity)
    p = np.maximum((p + p.T) / (2.0 * n), 1e-12).astype(np.float32)
    exaggerated = 12.0 * p
    y = (np.random.default_rng(seed).standard_normal((n, 2)) * 1e-4).astype(np.float32)
    velocity, gains = np.zeros_like(y), np.ones_like(y)
    learning_rate = max(n / 12.0, 50.0)
    exaggeration_until = min(150, iterations // 2)
    kernel, weights = np.empty((n, n), np.float32), np.empty((n, n), np.float32)
    for step in range(iterations):
        if step % 10 == 0:
            if cancelled is not None and cancelled():
                return None
            if report is not None:
                report(step / iterations)
        # Student-t kernel 1 / (1 + |yi - yj|²) in float32, built in place from the coordinate
        # differences (no cancellation): the N² arrays dominate the time.
        np.subtract.outer(y[:, 0], y[:, 0], out=kernel)
        np.square(kernel, out=kernel)
        np.subtract.outer(y[:, 1], y[:, 1], out=weights)
        np.square(weights, out=weights)
        kernel += weights
        kernel += 1.0
        np.reciprocal(kernel, out=kernel)
        np.fill_diagonal(kernel, 0.0)
        # Gradient 4 Σj (pij - qij) kij (yi - yj), with qij = kij / Σ k.
        np.multiply(kernel, np.float32(-1.0 / kernel.sum(dtype=np.float64)), out=weights)
        weights += exaggerated if step < exaggeration_until else p
        weights *= kernel
        gradient = 4.0 * (weights.sum(axis=1)[:, None] * y - weights @ y)
        momentum = 0.5 if step < exaggeration_until else 0.8
        same_sign = np.sign(gradient) == np.sign(velocity)
        gains = np.maximum(np.where(same_sign, gains * 0.8, gains + 0.2), 0.01)
        velocity = (momentum * velocity - learning_rate * gains * gradient).astype(np.float32)
        y = y + velocity
        y -= y.mean(axis=0)
    if report is not None:
        report(1.0)
    return y.astype(np.float32)
