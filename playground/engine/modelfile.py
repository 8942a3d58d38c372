"""Model files: ``.npz`` with one array per parameter plus a JSON header, never a pickle.

Layout: every parameter and buffer of the network under its book name (``W1``, ``b1``...), and
``__meta__``: a uint8 array holding UTF-8 JSON with the format name and version, the network spec,
the input preprocessing, dataset and class names, training config, metrics and creation time.
Optional extra arrays (e.g. the weights at initialisation) are stored as ``extra/<name>``.
Files are loaded with ``allow_pickle=False`` and checked completely before anything is built, and
saved atomically (temporary file in the same folder, then ``os.replace``).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .datasets import prepare_input
from .errors import ModelFileError, PlaygroundError
from .network import Network

FORMAT_NAME = "nn-playground-model"
FORMAT_VERSION = 1
META_KEY = "__meta__"
EXTRA_PREFIX = "extra/"
REQUIRED_META = ("format", "version", "spec", "input", "classes")


@dataclass
class Model:
    """A network together with what it needs to be used: input preprocessing and class names.

    ``meta`` keys: format, version, name, preset, spec, input, dataset, classes, training, metrics,
    created. ``extras``: named arrays kept beside the parameters (e.g. ``initial/W1``).
    """

    network: Network
    meta: dict
    extras: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def classes(self) -> list[str]:
        return list(self.meta["classes"])

    @property
    def input(self) -> dict:
        return dict(self.meta["input"])

    @property
    def name(self) -> str:
        return str(self.meta.get("name") or self.meta.get("preset") or "model")

    @property
    def test_accuracy(self) -> float | None:
        value = self.meta.get("metrics", {}).get("test_accuracy")
        return None if value is None else float(value)

    def prepare(self, images: np.ndarray) -> np.ndarray:
        """Images (N, 28, 28) as uint8 0..255 or float 0..1 (ink high) -> network input."""
        images = np.asarray(images)
        if images.dtype != np.uint8:
            images = np.clip(np.rint(np.asarray(images, dtype=np.float32) * 255.0), 0, 255).astype(np.uint8)
        return prepare_input(images, self.input)

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """Class probabilities (N, K) for images (N, 28, 28)."""
        return self.network.probabilities(self.prepare(images))

    def for_this_thread(self) -> "Model":
        """This model as the calling thread should run it: over its network's session for the
        thread (see ``Network.for_this_thread``), so a reading on one thread never disturbs a pass
        on another."""
        return Model(self.network.for_this_thread(), self.meta, self.extras)


def new_model(network: Network, *, name: str, preset: str | None, input_spec: dict, dataset: str,
              classes: list[str], training: dict | None = None, metrics: dict | None = None) -> Model:
    """Wrap a network with a fresh header."""
    meta = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "name": name, "preset": preset,
        "spec": network.spec(), "input": dict(input_spec), "dataset": dataset, "classes": list(classes),
        "training": training or {}, "metrics": metrics or {},
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    }
    return Model(network, meta)


def save_model(path: str | os.PathLike, model: Model) -> Path:
    """Write the model atomically: a crash mid-save leaves any earlier file untouched."""
    path = Path(path)
    if path.suffix != ".npz":
        path = path.with_suffix(".npz")
    meta = {**model.meta, "spec": model.network.spec(), "format": FORMAT_NAME, "version": FORMAT_VERSION}
    try:
        header = json.dumps(meta, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ModelFileError(f"cannot save {path}: the header is not plain JSON ({exc})") from None
    arrays = {META_KEY: np.frombuffer(header, dtype=np.uint8)}
    arrays.update(model.network.state())
    arrays.update({EXTRA_PREFIX + k: np.asarray(v) for k, v in model.extras.items()})
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".npz.tmp", dir=folder)
        try:
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; a saved model is an ordinary shareable file
            with os.fdopen(fd, "wb") as fh:
                np.savez_compressed(fh, **arrays)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ModelFileError(f"cannot save {path}: {exc.strerror or exc}") from None
    return path


def _read_arrays(path: Path) -> dict[str, np.ndarray]:
    if not path.is_file():
        raise ModelFileError(f"{path}: no such model file")
    try:
        with np.load(path, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}
    except ValueError as exc:
        # NumPy refuses object arrays without pickle; other ValueErrors are malformed members.
        raise ModelFileError(f"{path}: not a valid model file ({exc})") from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise ModelFileError(f"{path}: not a model file, or truncated ({exc})") from None


def _parse_meta(path: Path, arrays: dict[str, np.ndarray]) -> dict:
    raw = arrays.pop(META_KEY, None)
    if raw is None or raw.dtype != np.uint8 or raw.ndim != 1:
        raise ModelFileError(f"{path}: no model header (is this a file saved by this app?)")
    try:
        meta = json.loads(raw.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelFileError(f"{path}: the model header is not valid JSON ({exc})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT_NAME:
        raise ModelFileError(f"{path}: unknown file format {meta.get('format') if isinstance(meta, dict) else meta!r}")
    if meta.get("version") != FORMAT_VERSION:
        raise ModelFileError(f"{path}: model format version {meta.get('version')!r} is not supported "
                             f"(this app reads version {FORMAT_VERSION})")
    missing = [k for k in REQUIRED_META if k not in meta]
    if missing:
        raise ModelFileError(f"{path}: the model header lacks {missing}")
    return meta


def load_model(path: str | os.PathLike) -> Model:
    """Read and fully validate a model file; raises ModelFileError, never unpickles."""
    path = Path(path)
    arrays = _read_arrays(path)
    meta = _parse_meta(path, arrays)
    for name, arr in arrays.items():
        if arr.dtype == object or not np.issubdtype(arr.dtype, np.number):
            raise ModelFileError(f"{path}: array {name!r} is not numeric")
    extras = {k[len(EXTRA_PREFIX):]: v for k, v in arrays.items() if k.startswith(EXTRA_PREFIX)}
    state = {k: v for k, v in arrays.items() if not k.startswith(EXTRA_PREFIX)}
    try:
        network = Network(meta["spec"], seed=0)
        if len(meta["classes"]) != network.num_classes:
            raise ModelFileError(f"{path}: {len(meta['classes'])} class names for {network.num_classes} outputs")
        prepare_input(np.zeros((1, 28, 28), np.uint8), meta["input"])
        network.load_state(state)
    except ModelFileError as exc:
        raise ModelFileError(f"{path}: {exc}") from None
    except (PlaygroundError, TypeError, KeyError, AttributeError, ValueError) as exc:
        raise ModelFileError(f"{path}: the network described in the header cannot be built ({exc})") from None
    return Model(network, meta, extras)
