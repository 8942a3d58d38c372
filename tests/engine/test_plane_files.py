"""Points CSV and setup JSON files: round trips, and clear errors for untrusted content."""

import json

import numpy as np
import pytest

from playground.engine.plane.data import generate
from playground.engine.plane.files import (MAX_CSV_BYTES, PlaneFileError, load_points, load_setup, save_points,
                                           save_setup, setup_dict)
from playground.engine.plane.network import Architecture, Hyper, PlaneNetwork


def test_points_round_trip_for_classes_and_targets(tmp_path):
    for data in (generate("blobs", 1, 0.1, classes=4), generate("plane", 1, 0.1)):
        path = tmp_path / "p.csv"
        save_points(path, data)
        back = load_points(path)
        assert back.classes == data.classes
        np.testing.assert_allclose(back.points, data.points, atol=1e-4)
        np.testing.assert_allclose(back.labels, data.labels, atol=1e-4)
    assert [p.name for p in tmp_path.iterdir()] == ["p.csv"]


@pytest.mark.parametrize("text,message", [
    ("1,2\n", "line 1: expected 3 values"),
    ("x1,x2,label\n1,2,0\n1,nan,1\n", "line 2: values must be finite"),
    ("0,9,1\n", "between -6 and 6"),
    ("0,1,7\n0,2,0.5\n", "labels must be"),
    ("", "no points"),
    ("1,2,a\n", "not three numbers"),
])
def test_bad_point_files_say_what_is_wrong(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(PlaneFileError, match=message):
        load_points(path)


def test_oversized_and_binary_files_are_refused_before_parsing(tmp_path):
    big = tmp_path / "big.csv"
    big.write_bytes(b"1,1,0\n" * (MAX_CSV_BYTES // 6 + 10))
    with pytest.raises(PlaneFileError, match="largest accepted"):
        load_points(big)
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81" * 10)
    with pytest.raises(PlaneFileError, match="UTF-8"):
        load_points(binary)
    with pytest.raises(PlaneFileError, match="cannot read"):
        load_points(tmp_path / "missing.csv")


def _setup(tmp_path, **change):
    model = PlaneNetwork(Architecture(("x1", "x2", "x1*x2"), (3,), ("relu",), 2), seed=4)
    setup = setup_dict({"kind": "xor", "seed": 4, "noise": 0.1, "ratio": 0.6, "classes": 3}, None, model,
                       Hyper(learning_rate=0.1), True)
    setup.update(change)
    path = tmp_path / "s.json"
    save_setup(path, setup)
    return path, model


def test_setup_round_trip_with_weights(tmp_path):
    path, model = _setup(tmp_path)
    setup = load_setup(path)
    assert setup["architecture"].features == ("x1", "x2", "x1*x2") and setup["hyper"].learning_rate == 0.1
    twin = PlaneNetwork(setup["architecture"], seed=99)
    twin.network.load_state(setup["weights"])
    for name, array in model.network.params.items():
        assert np.array_equal(twin.network.params[name], array)
    assert setup["points"] is None and path.stat().st_size < 4000


@pytest.mark.parametrize("change,message", [
    ({"version": 7}, "version 7"),
    ({"data": {"kind": "moons", "seed": 1, "noise": 0, "ratio": 0.5, "classes": 3}}, "unknown data set"),
    ({"hyper": {"learning_rate": 99, "batch_size": 10, "regularization": "none", "regularization_rate": 0,
                "optimizer": "sgd"}}, "learning rate"),
    ({"network": {"features": ["x9"], "hidden": [], "activations": []}}, "unknown input"),
    ({"points": [[0, 0]]}, "point 1"),
    ({"weights": {"W1": [[1, 2], [3]]}}, "rectangular"),
])
def test_bad_setups_say_what_is_wrong(tmp_path, change, message):
    path, _ = _setup(tmp_path, **change)
    with pytest.raises(PlaneFileError, match=message):
        load_setup(path)


def test_a_setup_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "s.json"
    path.write_text("{not json")
    with pytest.raises(PlaneFileError, match="not a setup file"):
        load_setup(path)
    path.write_text(json.dumps([1, 2]))
    with pytest.raises(PlaneFileError, match="missing 'version'"):
        load_setup(path)
