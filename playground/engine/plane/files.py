"""Files of the plane: points as CSV (x1, x2, label) and a whole setup as a small JSON file.

Both are read as untrusted: the size is checked before reading, every value is checked before
anything is built, and a bad file raises ``PlaneFileError`` naming the line or field. Saves are
atomic (a temporary file in the same folder, then ``os.replace``), so a failed save never leaves
half a file where a good one was.
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from ..atomic import write_atomically
from ..errors import PlaygroundError, SpecError
from .data import DATASETS, EXTENT, MAX_CLASSES, PlaneData
from .network import Architecture, Hyper, PlaneNetwork

MAX_POINTS = 5000
MAX_CSV_BYTES = 512 * 1024
MAX_SETUP_BYTES = 2 * 1024 * 1024
SETUP_VERSION = 1


class PlaneFileError(PlaygroundError):
    """A points or setup file cannot be read or written."""


def _read_limited(path: str | Path, limit: int) -> str:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise PlaneFileError(f"{path.name} is {size // 1024} KB; the largest accepted is {limit // 1024} KB")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PlaneFileError(f"{path.name} is not a UTF-8 text file") from None
    except OSError as error:
        raise PlaneFileError(f"cannot read {path.name}: {error.strerror or error}") from None


def _write_atomic(path: str | Path, text: str) -> None:
    path = Path(path)
    try:
        write_atomically(path, lambda handle: handle.write(text.encode("utf-8")))
    except OSError as error:
        raise PlaneFileError(f"cannot save {path.name}: {error.strerror or error}") from None


def points_from_rows(rows: list[list[Any]], where: str = "row") -> PlaneData:
    """Rows of (x1, x2, label) -> PlaneData. Whole-number labels 0..4 make classes; any other
    label makes a regression target, which must lie in [-1, 1]."""
    if not rows:
        raise PlaneFileError("the file holds no points")
    if len(rows) > MAX_POINTS:
        raise PlaneFileError(f"{len(rows)} points; the plane takes at most {MAX_POINTS}")
    values = np.empty((len(rows), 3))
    for number, row in enumerate(rows, start=1):
        if len(row) != 3:
            raise PlaneFileError(f"{where} {number}: expected 3 values (x1, x2, label), found {len(row)}")
        try:
            values[number - 1] = [float(v) for v in row]
        except (TypeError, ValueError):
            raise PlaneFileError(f"{where} {number}: {row!r} is not three numbers") from None
        if not all(math.isfinite(v) for v in values[number - 1]):
            raise PlaneFileError(f"{where} {number}: values must be finite numbers")
        if np.any(np.abs(values[number - 1, :2]) > EXTENT):
            raise PlaneFileError(f"{where} {number}: x1 and x2 must lie between -{EXTENT:g} and {EXTENT:g}")
    labels = values[:, 2]
    points = values[:, :2].astype(np.float32)
    whole = np.all(labels == np.round(labels)) and labels.min() >= 0 and labels.max() < MAX_CLASSES
    if whole:
        return PlaneData(points, labels.astype(np.int64), max(2, int(labels.max()) + 1))
    if labels.min() < -1 or labels.max() > 1:
        raise PlaneFileError(f"labels must be classes 0 to {MAX_CLASSES - 1} or targets between -1 and 1")
    return PlaneData(points, labels.astype(np.float32), 0)


def load_points(path: str | Path) -> PlaneData:
    """Points from a CSV file of x1, x2, label rows, with or without a header line."""
    text = _read_limited(path, MAX_CSV_BYTES)
    rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if rows and rows[0] and rows[0][0].strip().lower() in ("x1", "x"):
        rows = rows[1:]
    return points_from_rows(rows, "line")


def save_points(path: str | Path, data: PlaneData) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["x1", "x2", "label"])
    for (x1, x2), label in zip(data.points.tolist(), data.labels.tolist()):
        writer.writerow([f"{x1:.6g}", f"{x2:.6g}", f"{label:.6g}" if data.regression else int(label)])
    _write_atomic(path, out.getvalue())


def setup_dict(data_settings: dict, data: PlaneData | None, model: PlaneNetwork, hyper: Hyper,
               with_weights: bool) -> dict:
    """The plain data of a setup. ``data`` is stored point by point only when it is a person's own
    (``None``: the generator and its seed rebuild it)."""
    arch = model.architecture
    setup = {"version": SETUP_VERSION, "data": dict(data_settings),
             "network": {"features": list(arch.features), "hidden": list(arch.hidden),
                         "activations": list(arch.activations), "dropout": arch.dropout},
             "hyper": {"learning_rate": hyper.learning_rate, "batch_size": hyper.batch_size,
                       "regularization": hyper.regularization,
                       "regularization_rate": hyper.regularization_rate, "optimizer": hyper.optimizer}}
    if data is not None:
        setup["points"] = [[x1, x2, label] for (x1, x2), label in zip(data.points.tolist(), data.labels.tolist())]
    if with_weights:
        setup["weights"] = {name: array.tolist() for name, array in model.network.params.items()}
    return setup


def save_setup(path: str | Path, setup: dict) -> None:
    _write_atomic(path, json.dumps(setup, indent=1))


def _field(mapping: Any, name: str, kind: type | tuple, where: str) -> Any:
    if not isinstance(mapping, dict) or name not in mapping:
        raise PlaneFileError(f"{where}: missing {name!r}")
    value = mapping[name]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise PlaneFileError(f"{where}: {name!r} has the wrong type")
    return value


def load_setup(path: str | Path) -> dict:
    """A setup checked field by field; returns it with "points" as PlaneData (or None) and
    "weights" as float32 arrays (or None), ready for ``PlaneNetwork.network.load_state``."""
    try:
        setup = json.loads(_read_limited(path, MAX_SETUP_BYTES))
    except json.JSONDecodeError as error:
        raise PlaneFileError(f"not a setup file: {error.msg} at line {error.lineno}") from None
    if _field(setup, "version", int, "setup") != SETUP_VERSION:
        raise PlaneFileError(f"setup version {setup['version']} is not supported (this program reads {SETUP_VERSION})")
    data = _field(setup, "data", dict, "setup")
    kind = _field(data, "kind", str, "data")
    if kind not in DATASETS:
        raise PlaneFileError(f"data: unknown data set {kind!r}")
    for name in ("seed", "classes"):
        _field(data, name, int, "data")
    for name in ("noise", "ratio"):
        _field(data, name, (int, float), "data")
    network = _field(setup, "network", dict, "setup")
    hyper_fields = _field(setup, "hyper", dict, "setup")
    points = setup.get("points")
    if points is not None and not isinstance(points, list):
        raise PlaneFileError("setup: 'points' must be a list of [x1, x2, label]")
    own = points_from_rows(points, "point") if points is not None else None
    try:
        architecture = Architecture(tuple(_field(network, "features", list, "network")),
                                    tuple(_field(network, "hidden", list, "network")),
                                    tuple(_field(network, "activations", list, "network")), 2,
                                    float(_field(network, "dropout", (int, float), "network"))
                                    if "dropout" in network else 0.0)
        hyper = Hyper(**{name: _field(hyper_fields, name, kind, "hyper") for name, kind in
                         (("learning_rate", (int, float)), ("batch_size", int), ("regularization", str),
                          ("regularization_rate", (int, float)), ("optimizer", str))})
        hyper.check()
    except (SpecError, TypeError) as error:
        raise PlaneFileError(f"setup: {error}") from None
    weights = setup.get("weights")
    if weights is not None:
        if not isinstance(weights, dict):
            raise PlaneFileError("setup: 'weights' must map names to arrays")
        try:
            weights = {str(name): np.asarray(value, dtype=np.float32) for name, value in weights.items()}
        except (TypeError, ValueError):
            raise PlaneFileError("setup: a weight array is not a rectangular array of numbers") from None
    return {"data": data, "points": own, "architecture": architecture, "hyper": hyper, "weights": weights}
