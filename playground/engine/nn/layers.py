"""Dense and element-wise layers in the book's form; N is the batch size, D the features."""

from __future__ import annotations

import numpy as np


class Affine:
    """out = x @ W + b.   x: (N, D) -> out: (N, M);   W: (D, M), b: (M,) (Rashid's nets have no b)."""

    def __init__(self, W: np.ndarray, b: np.ndarray | None = None) -> None:
        self.params = {"W": W} if b is None else {"W": W, "b": b}
        self.grads: dict[str, np.ndarray] = {}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        self.x = x
        out = x @ self.params["W"]
        return out + self.params["b"] if "b" in self.params else out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """dout: (N, M) -> dx: (N, D); fills grads W (D, M) and b (M,)."""
        self.grads["W"] = self.x.T @ dout
        if "b" in self.params:
            self.grads["b"] = dout.sum(axis=0)
        return dout @ self.params["W"].T


class Relu:
    """max(0, x); the gradient passes only where x > 0.   Any shape -> the same shape."""

    params: dict = {}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        self.mask = x <= 0
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        dx = dout.copy()
        dx[self.mask] = 0
        return dx


class LeakyReLU:
    """x where x > 0, alpha * x elsewhere.   Any shape -> the same shape."""

    params: dict = {}

    def __init__(self, alpha: float = 0.01) -> None:
        self.alpha = alpha

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        self.mask = x > 0
        return np.where(self.mask, x, self.alpha * x)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        return np.where(self.mask, dout, self.alpha * dout)


class Sigmoid:
    """1 / (1 + exp(-x)); derivative y * (1 - y).   Any shape -> the same shape."""

    params: dict = {}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        self.out = 1 / (1 + np.exp(-x))
        return self.out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        return dout * (1.0 - self.out) * self.out


class Tanh:
    """tanh(x); derivative 1 - y^2.   Any shape -> the same shape."""

    params: dict = {}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        self.out = np.tanh(x)
        return self.out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        return dout * (1.0 - self.out ** 2)


class Flatten:
    """(N, C, H, W) -> (N, C*H*W), so image features can feed an Affine layer."""

    params: dict = {}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        self.shape = x.shape
        return x.reshape(x.shape[0], -1)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        return dout.reshape(self.shape)


class Dropout:
    """Inverted dropout: in training each value is kept with probability 1 - rate and scaled by
    1 / (1 - rate), so evaluation uses every unit unscaled.   Any shape -> the same shape.

    The mask is drawn as ``rng.random(x.shape, float32) >= rate``, the draw the engine makes, so
    the same generator gives the same mask in both.
    """

    params: dict = {}

    def __init__(self, rate: float, rng: np.random.Generator) -> None:
        self.rate, self.rng = rate, rng

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        if not train or self.rate == 0:
            self.mask = None
            return x
        self.mask = (self.rng.random(x.shape, dtype=np.float32) >= self.rate) / (1.0 - self.rate)
        return x * self.mask.astype(x.dtype)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        return dout if self.mask is None else dout * self.mask.astype(dout.dtype)


class BatchNorm:
    """Normalise each feature (or, for images, each channel) by the batch's mean and variance,
    then scale by gamma and shift by beta.   (N, D) or (N, C, H, W) -> the same shape.

    Training uses the batch's statistics and updates the running averages that evaluation uses.
    """

    def __init__(self, gamma: np.ndarray, beta: np.ndarray, running_mean: np.ndarray,
                 running_var: np.ndarray, momentum: float = 0.9, eps: float = 1e-5) -> None:
        self.params = {"gamma": gamma, "beta": beta}
        self.buffers = {"running_mean": running_mean, "running_var": running_var}
        self.grads: dict[str, np.ndarray] = {}
        self.momentum, self.eps = momentum, eps

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        self.input_shape = x.shape
        if x.ndim == 4:  # one set of statistics per channel: treat every pixel as a sample
            x = x.transpose(0, 2, 3, 1).reshape(-1, x.shape[1])
        self.train = train
        if train:
            mu = x.mean(axis=0)
            self.xc = x - mu
            var = np.mean(self.xc ** 2, axis=0)
            self.std = np.sqrt(var + self.eps)
            self.xn = self.xc / self.std
            m = self.momentum
            self.buffers["running_mean"][...] = m * self.buffers["running_mean"] + (1 - m) * mu
            self.buffers["running_var"][...] = m * self.buffers["running_var"] + (1 - m) * var
        else:
            self.std = np.sqrt(self.buffers["running_var"] + self.eps)
            self.xn = (x - self.buffers["running_mean"]) / self.std
        return self._restore(self.params["gamma"] * self.xn + self.params["beta"])

    def backward(self, dout: np.ndarray) -> np.ndarray:
        if dout.ndim == 4:
            dout = dout.transpose(0, 2, 3, 1).reshape(-1, dout.shape[1])
        gamma = self.params["gamma"]
        if not self.train:  # evaluation is a fixed scaling per feature
            return self._restore(dout * gamma / self.std)
        n = dout.shape[0]
        self.grads["beta"] = dout.sum(axis=0)
        self.grads["gamma"] = np.sum(self.xn * dout, axis=0)
        dxn = gamma * dout
        dxc = dxn / self.std
        dstd = -np.sum((dxn * self.xc) / (self.std * self.std), axis=0)
        dvar = 0.5 * dstd / self.std
        dxc += (2.0 / n) * self.xc * dvar
        dmu = np.sum(dxc, axis=0)
        return self._restore(dxc - dmu / n)

    def _restore(self, y: np.ndarray) -> np.ndarray:
        """Back to the input's shape: (N*H*W, C) -> (N, C, H, W) for images."""
        if len(self.input_shape) != 4:
            return y
        n, c, h, w = self.input_shape
        return y.reshape(n, h, w, c).transpose(0, 3, 1, 2)
