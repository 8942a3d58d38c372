"""Maps of what each layer learned: test images placed in 2-D by what a layer makes of them.

At the input, images of one digit overlap with others; after each trained layer they should
gather into groups by class. PCA (the two directions of largest spread, by SVD) shows the
straight view; t-SNE (exact repulsion, O(N²) in cache-sized blocks, fine for the ≤ 2,000 images
shown) keeps neighbours together and shows the groups even when they are not linearly apart.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy import sparse
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


def _affinities(distances: np.ndarray, perplexity: float, steps: int = 50) -> sparse.csr_matrix:
    """Conditional probabilities p(j|i) with each row's entropy matching ``perplexity``: a binary
    search for every row's precision at once, over each point's 3·perplexity nearest neighbours
    (farther points get practically nothing, and the search is then N·k instead of N²). Sparse:
    row i holds its k neighbours."""
    n = len(distances)
    k = min(n - 1, max(1, int(3 * perplexity) + 1))
    masked = distances.copy()
    np.fill_diagonal(masked, np.inf)
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
    return sparse.csr_matrix((p.ravel(), near.ravel(), np.arange(0, n * k + 1, k)), shape=(n, n))


BLOCK_ROWS = 128  # rows of the N x N kernel computed at once: a block stays in the CPU's cache


class _Gradient:
    """The two halves of the t-SNE gradient over all pairs, a block of rows at a time:
    attraction Σj pij kij (yi - yj) and repulsion Σj kij² (yi - yj), with Z = Σ(i≠j) kij and the
    Student-t kernel kij = 1 / (1 + |yi - yj|²).

    Every sum over j is a matrix product: 1 + |yi - yj|² is [yi, |yi|² + 1, 1] · [-2yj, 1, |yj|²],
    and Σj wij (yi - yj) is yi Σj wij - Σj wij yj. The float32 buffers are kept between
    iterations and a block's passes run while it is in cache: an iteration over 2,000 points
    then costs a few milliseconds, where whole-matrix element-wise passes (and gathers over the
    sparse pairs) cost tens of milliseconds.
    """

    def __init__(self, p: np.ndarray) -> None:
        n = len(p)
        rows = min(n, BLOCK_ROWS)
        self._p = p
        self._kernel = np.empty((rows, n), np.float32)
        self._weights = np.empty((rows, n), np.float32)
        self._left = np.ones((n, 4), np.float32)
        self._right = np.ones((4, n), np.float32)
        self._with_one = np.ones((n, 3), np.float32)
        self._ones = np.ones(n, np.float32)
        self._attraction = np.empty((n, 3), np.float32)
        self._repulsion = np.empty((n, 3), np.float32)

    def __call__(self, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
        """(attraction (N, 2), repulsion (N, 2), Z) at the coordinates ``y`` (N, 2)."""
        n, z = len(y), 0.0
        squares = np.einsum("ij,ij->i", y, y)
        self._left[:, :2], self._left[:, 2] = y, squares + 1.0
        self._right[:2], self._right[3] = -2.0 * y.T, squares
        self._with_one[:, :2] = y
        for start in range(0, n, BLOCK_ROWS):
            block = slice(start, min(n, start + BLOCK_ROWS))
            rows = block.stop - start
            kernel, weights = self._kernel[:rows], self._weights[:rows]
            np.matmul(self._left[block], self._right, out=kernel)
            np.divide(1.0, kernel, out=kernel)  # (faster than np.reciprocal here)
            kernel[np.arange(rows), np.arange(start, block.stop)] = 0.0
            z += float(np.matmul(kernel, self._ones).sum())
            np.multiply(self._p[block], kernel, out=weights)
            np.matmul(weights, self._with_one, out=self._attraction[block])
            np.square(kernel, out=kernel)
            np.matmul(kernel, self._with_one, out=self._repulsion[block])
        attraction = y * self._attraction[:, 2:] - self._attraction[:, :2]
        repulsion = y * self._repulsion[:, 2:] - self._repulsion[:, :2]
        return attraction, repulsion, z


def tsne(features: np.ndarray, perplexity: float = 30.0, iterations: int = 400, seed: int = 0,
         report: Callable[[float], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> np.ndarray | None:
    """Exact t-SNE to 2-D (van der Maaten & Hinton 2008): early exaggeration, momentum, gains.

    Each point's affinities cover its 3·perplexity nearest neighbours; the gradient is exact over
    all pairs, computed block by block as matrix products (``_Gradient``). 2,000 MNIST test images
    and 400 iterations take 4.6-5.2 s on one BLAS thread at load 2 on the shared 2-core machine
    (4.4 s of CPU time), where the whole-matrix version took 13 s in the same run and 34-79 s
    under heavier load (``benchmarks/robustness.py`` prints the time).
    Deterministic for a seed; None when cancelled (checked every 10 iterations)."""
    x = np.asarray(features, dtype=np.float64)
    n = len(x)
    if n < 3:
        return np.zeros((n, 2), np.float32)
    if x.shape[1] > TSNE_PCA_DIMS:
        x = pca(x, TSNE_PCA_DIMS)[0].astype(np.float64)
    perplexity = min(perplexity, (n - 1) / 3.0)
    conditional = _affinities(squareform(pdist(x, "sqeuclidean")), perplexity)
    p = ((conditional + conditional.T) / (2.0 * n)).toarray().astype(np.float32)
    gradient_halves = _Gradient(p)
    y = (np.random.default_rng(seed).standard_normal((n, 2)) * 1e-4).astype(np.float32)
    velocity, gains = np.zeros_like(y), np.ones_like(y)
    learning_rate = np.float32(max(n / 12.0, 50.0))
    exaggeration_until = min(150, iterations // 2)
    for step in range(iterations):
        if step % 10 == 0:
            if cancelled is not None and cancelled():
                return None
            if report is not None:
                report(step / iterations)
        # Gradient 4 Σj (exaggeration·pij - qij) kij (yi - yj), with qij = kij / Z.
        attraction, repulsion, z = gradient_halves(y)
        exaggeration = np.float32(12.0 if step < exaggeration_until else 1.0)
        gradient = np.float32(4.0) * (exaggeration * attraction - repulsion / np.float32(z))
        momentum = np.float32(0.5 if step < exaggeration_until else 0.8)
        same_sign = np.sign(gradient) == np.sign(velocity)
        gains = np.maximum(np.where(same_sign, gains * np.float32(0.8), gains + np.float32(0.2)), np.float32(0.01))
        velocity = momentum * velocity - learning_rate * gains * gradient
        y = y + velocity
        y -= y.mean(axis=0)
    if report is not None:
        report(1.0)
    return y.astype(np.float32)
