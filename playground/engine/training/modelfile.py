"""Model files: ``.npz`` with one array per parameter plus a JSON header, never a pickle.

Layout: every parameter and buffer of the network under its book name (``W1``, ``b1``...), and
``__meta__``: a uint8 array holding UTF-8 JSON with the format name and version, the network spec,
the input preprocessing, dataset and class names, training config, metrics and creation time, and
how pictures were prepared for it (``preparation``: "mnist", the pad's, or "resize"; files from
before it was recorded were all MNIST-style).
Optional extra arrays (e.g. the weights at initialisation) are stored as ``extra/<name>``.
Files are loaded with ``allow_pickle=False`` and checked completely before anything is built, and
saved atomically (temporary file in the same folder, then ``os.replace``).
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
import struct
import tokenize
import zipfile
import zlib
from dataclasses import dataclass, field
from numbers import Real
from pathlib import Path

import numpy as np

from ..atomic import write_atomically
from ..data.datasets import prepare_input
from ..data.prepare import PREPARATIONS
from ..errors import ModelFileError, PlaygroundError
from ..fast.network import Network
from .modelschema import MAX_PARAMETERS, Budget, check_header

FORMAT_NAME = "nn-playground-model"
FORMAT_VERSION = 1
META_KEY = "__meta__"
EXTRA_PREFIX = "extra/"
REQUIRED_META = ("format", "version", "spec", "input", "classes")
MAX_HEADER_BYTES = 1_000_000
MAX_MEMBERS = 10_000
_NPY_HEADER_LIMIT = 10_000

# What reading a damaged archive can raise: zipfile's own errors, a corrupt deflate stream, a cut
# file, NumPy's refusal of a malformed or pickled .npy header (its header parser tokenizes, and a
# flipped byte there ends in a tokenizer or syntax error), and fields that unpack to nonsense.
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, TypeError, SyntaxError,
                tokenize.TokenError, struct.error, OverflowError, NotImplementedError, RuntimeError)


@dataclass(frozen=True)
class _Member:
    """An archive member and the array its .npy header declares."""

    info: zipfile.ZipInfo
    shape: tuple[int, ...]
    dtype: np.dtype


@dataclass
class Model:
    """A network together with what it needs to be used: input preprocessing and class names.

    ``meta`` keys: format, version, name, preset, spec, input, dataset, classes, training, metrics,
    created, and optionally preparation. ``extras``: named arrays kept beside the parameters (e.g. ``initial/W1``).
    """

    network: Network
    meta: dict
    extras: dict[str, np.ndarray] = field(default_factory=dict)

    # The accessors read a header that may come from an edited file or a hand-built ``meta``, so an
    # odd value gives a neutral answer instead of an exception in whatever displays it.
    @property
    def classes(self) -> list[str]:
        classes = self.meta.get("classes")
        return [str(c) for c in classes] if isinstance(classes, list) else []

    @property
    def input(self) -> dict:
        spec = self.meta.get("input")
        return dict(spec) if isinstance(spec, dict) else {}

    @property
    def name(self) -> str:
        for key in ("name", "preset"):
            if isinstance(self.meta.get(key), str) and self.meta[key]:
                return self.meta[key]
        return "model"

    @property
    def preparation(self) -> str:
        """How a picture becomes this model's input: "mnist" (the pad's, and every file from before
        the header said) or "resize" (a plain resize), as its training images were made."""
        value = self.meta.get("preparation", "mnist")
        return value if value in PREPARATIONS else "mnist"

    @property
    def test_accuracy(self) -> float | None:
        """The accuracy in 0..1, or None when the header has no usable one."""
        metrics = self.meta.get("metrics")
        value = metrics.get("test_accuracy") if isinstance(metrics, dict) else None
        if not isinstance(value, Real) or isinstance(value, bool) or not 0.0 <= value <= 1.0:
            return None
        return float(value)

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
    """Write the model atomically: a crash mid-save leaves any earlier file untouched.

    Raises ModelFileError when the header would be refused on loading (e.g. a class name too long)."""
    path = Path(path)
    if path.suffix != ".npz":
        path = path.with_suffix(".npz")
    meta = {**model.meta, "spec": model.network.spec(), "format": FORMAT_NAME, "version": FORMAT_VERSION}
    try:  # a file this app writes, it reads back: the header passes the same checks as on loading
        check_header(meta)
    except (PlaygroundError, KeyError) as exc:
        raise ModelFileError(f"cannot save {path}: the header would not load back ({exc})") from None
    try:
        header = json.dumps(meta, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ModelFileError(f"cannot save {path}: the header is not plain JSON ({exc})") from None
    arrays = {META_KEY: np.frombuffer(header, dtype=np.uint8)}
    arrays.update(model.network.state())
    arrays.update({EXTRA_PREFIX + k: np.asarray(v) for k, v in model.extras.items()})
    try:
        write_atomically(path, lambda handle: np.savez_compressed(handle, **arrays))
    except OSError as exc:
        raise ModelFileError(f"cannot save {path}: {exc.strerror or exc}") from None
    return path


def _open_archive(path: Path) -> zipfile.ZipFile:
    if path.is_dir():
        raise ModelFileError(f"{path}: is a folder, not a model file")
    if not path.is_file():
        raise ModelFileError(f"{path}: no such model file")
    try:
        return zipfile.ZipFile(path)
    except _READ_ERRORS as exc:
        raise ModelFileError(f"{path}: not a model file, or truncated ({_reason(exc)})") from None


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _member_headers(path: Path, archive: zipfile.ZipFile, budget: Budget) -> dict[str, _Member]:
    """Every member's declared dtype and shape, read with NumPy's own header reader.

    Nothing is inflated beyond the headers: a member is refused when its declared array is not
    numeric, does not fill the member exactly, or alone or with the others exceeds the budget.
    """
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ModelFileError(f"{path}: {len(infos)} members; a model file has at most {MAX_MEMBERS}")
    members: dict[str, _Member] = {}
    total = 0
    for info in infos:
        if not info.filename.endswith(".npy") or info.is_dir():
            raise ModelFileError(f"{path}: unexpected member {info.filename!r} (model files hold only .npy arrays)")
        name = info.filename[:-len(".npy")]
        if name in members:
            raise ModelFileError(f"{path}: member {info.filename!r} appears twice")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ModelFileError(f"{path}: member {info.filename!r} uses compression method "
                                 f"{info.compress_type}; model files are stored or deflated")
        try:
            with archive.open(info) as fh:
                version = np.lib.format.read_magic(fh)
                if version not in ((1, 0), (2, 0)):
                    raise ValueError(f"unsupported .npy version {version}")
                read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) \
                    else np.lib.format.read_array_header_2_0
                shape, fortran, dtype = read_header(fh, max_header_size=_NPY_HEADER_LIMIT)
                offset = fh.tell()
        except _READ_ERRORS as exc:
            raise ModelFileError(f"{path}: member {info.filename!r} is damaged ({_reason(exc)})") from None
        if dtype.kind not in "fiu" or dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
            raise ModelFileError(f"{path}: array {name!r} is not numeric (dtype {dtype})")
        count = math.prod(shape)
        if offset + count * dtype.itemsize != info.file_size:
            raise ModelFileError(f"{path}: array {name!r} declares {count:,} values of {dtype} but its "
                                 f"member holds {info.file_size - offset:,} bytes of data")
        total += count
        if total > 2 * budget.parameters + MAX_HEADER_BYTES:
            raise ModelFileError(f"{path}: the arrays hold more than {2 * budget.parameters:,} values "
                                 f"(twice the limit of {budget.parameters:,} parameters)")
        members[name] = _Member(info, shape, dtype)
    return members


def _read_member(path: Path, archive: zipfile.ZipFile, member: _Member) -> np.ndarray:
    """One array, whose size was checked before: inflating it allocates only what was declared."""
    try:
        with archive.open(member.info) as fh:
            return np.lib.format.read_array(fh, allow_pickle=False, max_header_size=_NPY_HEADER_LIMIT)
    except _READ_ERRORS as exc:
        raise ModelFileError(f"{path}: member {member.info.filename!r} is damaged ({_reason(exc)})") from None


def _reject_constant(name: str):
    raise ValueError(f"{name} is not plain JSON")


def _parse_meta(path: Path, archive: zipfile.ZipFile, members: dict[str, _Member]) -> dict:
    member = members.pop(META_KEY, None)
    if member is None or member.dtype != np.uint8 or len(member.shape) != 1:
        raise ModelFileError(f"{path}: no model header (is this a file saved by this app?)")
    if member.shape[0] > MAX_HEADER_BYTES:
        raise ModelFileError(f"{path}: the model header is {member.shape[0]:,} bytes; "
                             f"at most {MAX_HEADER_BYTES:,} are allowed")
    raw = _read_member(path, archive, member)
    try:
        meta = json.loads(raw.tobytes().decode("utf-8"), parse_constant=_reject_constant)
    except RecursionError:
        raise ModelFileError(f"{path}: the model header nests too deeply") from None
    except ValueError as exc:  # also bad UTF-8, and integers too long to convert
        raise ModelFileError(f"{path}: the model header is not valid JSON ({exc})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT_NAME:
        shown = meta.get("format") if isinstance(meta, dict) else type(meta).__name__
        raise ModelFileError(f"{path}: unknown file format {str(shown)[:80]!r}")
    if meta.get("version") != FORMAT_VERSION or isinstance(meta.get("version"), bool):
        raise ModelFileError(f"{path}: model format version {str(meta.get('version'))[:20]!r} is not supported "
                             f"(this app reads version {FORMAT_VERSION})")
    missing = [k for k in REQUIRED_META if k not in meta]
    if missing:
        raise ModelFileError(f"{path}: the model header lacks {missing}")
    return meta


def load_model(path: str | os.PathLike, max_parameters: int = MAX_PARAMETERS) -> Model:
    """Read and fully validate a model file; raises ModelFileError, never unpickles.

    The header is checked against the schema and the network sized by arithmetic (at most
    ``max_parameters``), and every array's declared size against its member, before the network
    is built or any array inflated; so a hostile file costs bounded time and memory.
    """
    path = Path(path)
    budget = Budget(parameters=max_parameters)
    with _open_archive(path) as archive:
        members = _member_headers(path, archive, budget)
        meta = _parse_meta(path, archive, members)
        try:
            check_header(meta, budget)
            network = Network(meta["spec"], seed=0)
        except PlaygroundError as exc:
            raise ModelFileError(f"{path}: the network described in the header cannot be built ({exc})") from None
        own = {**network.params, **network.buffers}
        state_names = {n for n in members if not n.startswith(EXTRA_PREFIX)}
        missing, extra = sorted(set(own) - state_names), sorted(state_names - set(own))
        if missing or extra:
            raise ModelFileError(f"{path}: arrays do not match the network: missing {missing}, unexpected {extra}")
        for name in sorted(state_names):
            if members[name].shape != own[name].shape:
                raise ModelFileError(f"{path}: array {name!r} has shape {members[name].shape}, "
                                     f"the network needs {own[name].shape}")
        arrays = {name: _read_member(path, archive, member) for name, member in members.items()}
    extras = {k[len(EXTRA_PREFIX):]: v for k, v in arrays.items() if k.startswith(EXTRA_PREFIX)}
    try:
        network.load_state({k: v for k, v in arrays.items() if not k.startswith(EXTRA_PREFIX)})
    except ModelFileError as exc:
        raise ModelFileError(f"{path}: {exc}") from None
    return Model(network, meta, extras)
