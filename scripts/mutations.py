"""Seeded mutations of model files and images, the bad input the loaders must survive.

``model_cases(rng, sources, n)`` yields (category, bytes) pairs: bit flips in deflated and stored
archives, truncation, members added, removed or renamed, random and targeted header mutations,
broken ``.npy`` headers and zip bombs. Shared by the fuzz tests and ``scripts/fuzz.py``.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import playground  # noqa: F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np

META = "__meta__.npy"


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _archive(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression, allowZip64=True) as archive:
        for name, payload in members.items():
            archive.writestr(name, payload)
    return out.getvalue()


def _npy(array: np.ndarray) -> bytes:
    out = io.BytesIO()
    np.save(out, array, allow_pickle=False)
    return out.getvalue()


def _meta(members: dict[str, bytes]) -> dict:
    return json.loads(np.load(io.BytesIO(members[META])).tobytes())


def _with_meta(members: dict[str, bytes], meta_text: bytes) -> bytes:
    return _archive({**members, META: _npy(np.frombuffer(meta_text, np.uint8))})


def _flip(rng: np.random.Generator, data: bytes, flips: int) -> bytes:
    buf = bytearray(data)
    for _ in range(flips):
        buf[int(rng.integers(len(buf)))] ^= 1 << int(rng.integers(8))
    return bytes(buf)


def _flip_near_headers(rng: np.random.Generator, data: bytes) -> bytes:
    """Flips within a few dozen bytes after a local file header: names, .npy headers."""
    starts = [i for i in range(len(data) - 4) if data[i:i + 4] == b"PK\x03\x04"]
    buf = bytearray(data)
    at = int(rng.choice(starts)) + int(rng.integers(30, 160))
    buf[min(at, len(buf) - 1)] ^= 1 << int(rng.integers(8))
    return bytes(buf)


# Values a careless or hostile editor might put into a header field.
_ODD_VALUES = [None, 0, -1, 1.5, 1e308, 10**40, "", "x" * 5000, [], {}, [0], [float("inf")],
               {"a": 1}, True, "0.99", [[[]]], [10**9] * 4, [-3]]

# (field path, values worth trying there) for targeted header mutations.
_TARGETS: list[tuple[tuple, list]] = [
    (("metrics", "test_accuracy"), [{"x": 1}, "high", float("nan"), -5, 7, True, [0.5]]),
    (("spec", "input_shape"), [[0], [float("inf")], [1, 28], [10**12], [-784], ["784"], [784.0], [True]]),
    (("classes",), [["a"] * 3, [1] * 10, "0123456789", list(range(10**4 + 1)), [None] * 10]),
    (("input",), [{"scale": "unit"}, {"scale": "unit", "layout": "cube"}, "flat", {"scale": [], "layout": {}}]),
    (("spec", "loss"), [{"type": "hinge"}, {"type": "mse", "target_low": "a"}, "mse", {}]),
    (("version",), [2, "1", 1.0, True, None]),
    (("format",), ["keras", None, {"a": 1}]),
    (("name",), [{"a": 1}, 3, ["x"]]),
]


def _set(meta: dict, path: tuple, value) -> None:
    node = meta
    for key in path[:-1]:
        node = node.setdefault(key, {}) if isinstance(node, dict) else node
    if isinstance(node, dict):
        node[path[-1]] = value


def _huge_spec(rng: np.random.Generator, meta: dict) -> None:
    """A spec asking for far too many parameters or activations."""
    flat = meta["input"]["layout"] == "flat"
    choice = int(rng.integers(4))
    if choice == 0:
        meta["spec"]["layers"] = [{"type": "affine", "units": 4000}, {"type": "relu"}] * 50 + \
            [{"type": "affine", "units": len(meta["classes"])}]
    elif choice == 1 and not flat:
        meta["spec"]["layers"][0] = {"type": "conv", "filters": 30, "kernel": [10**9, 5], "pad": 10**9}
    elif choice == 2 and not flat:
        meta["spec"]["layers"][0] = {"type": "conv", "filters": 4, "kernel": 3, "pad": 100_000}
    else:
        meta["spec"]["layers"] = [{"type": "affine", "units": 10**15}] + meta["spec"]["layers"]


def _layer_mutation(rng: np.random.Generator, meta: dict) -> None:
    layers = meta["spec"]["layers"]
    layer = layers[int(rng.integers(len(layers)))]
    if rng.random() < 0.3:
        layer["type"] = str(rng.choice(["magic", "Affine", "conv2d", "", "pool"]))
    else:
        key = str(rng.choice(sorted(layer) + ["units", "kernel", "rate", "bogus"]))
        layer[key] = _ODD_VALUES[int(rng.integers(len(_ODD_VALUES)))]


def _targeted_header(rng: np.random.Generator, members: dict[str, bytes]) -> bytes:
    meta = _meta(members)
    kind = int(rng.integers(5))
    if kind == 0:
        path, values = _TARGETS[int(rng.integers(len(_TARGETS)))]
        _set(meta, path, values[int(rng.integers(len(values)))])
    elif kind == 1:
        _layer_mutation(rng, meta)
    elif kind == 2:
        _huge_spec(rng, meta)
    elif kind == 3:
        depth = int(rng.choice([40, 5000, 200_000]))
        return _with_meta(members, json.dumps(meta)[:-1].encode() + b', "training": ' +
                          b"[" * depth + b"]" * depth + b"}")
    else:
        meta[str(rng.choice(["spec", "input", "classes", "format"]))] = \
            _ODD_VALUES[int(rng.integers(len(_ODD_VALUES)))]
    return _with_meta(members, json.dumps(meta).encode())


def _random_header(rng: np.random.Generator, members: dict[str, bytes]) -> bytes:
    text = bytearray(json.dumps(_meta(members)).encode())
    for _ in range(int(rng.integers(1, 6))):
        at = int(rng.integers(len(text)))
        op = int(rng.integers(3))
        if op == 0:
            text[at] = int(rng.integers(256))
        elif op == 1:
            del text[at:at + int(rng.integers(1, 20))]
        else:
            text[at:at] = bytes(rng.choice(list(b'{}[]",:0123456789eE-.9'), int(rng.integers(1, 8))))
    return _with_meta(members, bytes(text))


def _members_changed(rng: np.random.Generator, members: dict[str, bytes]) -> bytes:
    names = [n for n in members if n != META]
    kind = int(rng.integers(5))
    if kind == 0:
        extra = str(rng.choice(["W99.npy", "extra/x.npy", "notes.txt", "dir/", "W1.npy.bak", "__meta__.npy"]))
        payload = bytes(rng.integers(0, 256, int(rng.integers(0, 300)), dtype=np.uint8)) if rng.random() < 0.5 \
            else _npy(np.zeros((3, 3), np.float32))
        return _archive({**members, extra: payload}) if extra != META else _archive(members) + payload
    if kind == 1:
        del members[str(rng.choice(names))]
        return _archive(members)
    if kind == 2:
        old = str(rng.choice(names))
        members[str(rng.choice(["w1.npy", "W1", "W1.npy", "extra/W1.npy", "b99.npy"]))] = members.pop(old)
        return _archive(members)
    if kind == 3:
        name = str(rng.choice(names))
        members[name] = _npy(np.array(["text", "here"]) if rng.random() < 0.5 else np.zeros(7, np.complex64))
        return _archive(members)
    name = str(rng.choice(names))
    members[name] = _npy(np.ones((2, 2, 2), np.float32))
    return _archive(members)


def _broken_npy_header(rng: np.random.Generator, members: dict[str, bytes]) -> bytes:
    name = str(rng.choice(list(members)))
    payload = bytearray(members[name])
    end = payload.index(b"\n") if b"\n" in payload[:200] else 128
    kind = int(rng.integers(5))
    if kind == 0:
        payload[int(rng.integers(10, end))] = int(rng.integers(256))
    elif kind == 1:
        payload[6] = int(rng.integers(256))  # the version
    elif kind == 2:
        header = b"{'descr': '|O', 'fortran_order': False, 'shape': (3,), }"
        payload[10:end] = header.ljust(end - 10)
    elif kind == 3:
        header = b"{'descr': '<f4', 'fortran_order': False, 'shape': (10**9, 10**9), }"
        payload[10:end] = header.ljust(end - 10)
    else:
        payload[8:10] = int(rng.integers(0, 65536)).to_bytes(2, "little")  # the header length
    members[name] = bytes(payload)
    return _archive(members)


def _zip_bomb(rng: np.random.Generator, members: dict[str, bytes]) -> bytes:
    """A member that inflates to far more than any model could need, from a few hundred KB."""
    name = str(rng.choice([n for n in members if n != META]))
    count = int(rng.choice([10**8, 2 * 10**9]))
    header = _npy(np.zeros(0, np.float32))
    header = header.replace(b"(0,)", f"({count},)".encode()).replace(b" " * (len(str(count)) - 1) + b"\n", b"\n", 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for other, payload in members.items():
            if other != name:
                archive.writestr(other, payload)
        with archive.open(name, "w", force_zip64=True) as fh:
            fh.write(header)
            block = bytes(1 << 20)
            for _ in range(int(rng.integers(1, 4))):  # the declared size, not this, is what counts
                fh.write(block)
    data = bytearray(out.getvalue())
    if rng.random() < 0.5:  # lie in the central directory: claim 8 GB uncompressed
        at = data.rfind(name.encode(), 0, data.rfind(b"PK\x05\x06"))
        extra = data.find(b"\x01\x00", at)
        if extra > 0:
            data[extra + 4:extra + 12] = (8 << 30).to_bytes(8, "little")
    return bytes(data)


def _stored(members: dict[str, bytes]) -> bytes:
    return _archive(members, zipfile.ZIP_STORED)


MUTATORS: dict[str, Callable[[np.random.Generator, bytes, dict[str, bytes]], bytes]] = {
    "bit flips, deflated": lambda rng, data, m: _flip(rng, data, int(rng.integers(1, 10))),
    "bit flips, stored": lambda rng, data, m: _flip(rng, _stored(m), int(rng.integers(1, 10))),
    "bit flips near headers, stored": lambda rng, data, m: _flip_near_headers(rng, _stored(m)),
    "truncation": lambda rng, data, m: data[:int(rng.integers(len(data)))],
    "members added/removed/renamed": lambda rng, data, m: _members_changed(rng, dict(m)),
    "random header mutation": lambda rng, data, m: _random_header(rng, m),
    "targeted header mutation": lambda rng, data, m: _targeted_header(rng, m),
    "broken .npy header": lambda rng, data, m: _broken_npy_header(rng, dict(m)),
    "zip bomb": lambda rng, data, m: _zip_bomb(rng, m),
}


def model_cases(rng: np.random.Generator, sources: list[Path], n: int) -> Iterator[tuple[str, bytes]]:
    """``n`` mutated model files, the categories taken in turn, each from a random source file."""
    parsed = [(data, _members(data)) for data in (p.read_bytes() for p in sources)]
    categories = list(MUTATORS)
    for i in range(n):
        category = categories[i % len(categories)]
        data, members = parsed[int(rng.integers(len(parsed)))]
        yield category, MUTATORS[category](rng, data, members)
