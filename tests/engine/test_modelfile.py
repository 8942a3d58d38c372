"""Model files: round trip, atomic saves, and every kind of bad file rejected without side effects."""

import io
import json
import zipfile

import numpy as np
import pytest

from playground.engine.errors import ModelFileError
from playground.engine.fast.network import Network
from playground.engine.presets import PRESETS
from playground.engine.training.modelfile import META_KEY, Model, load_model, new_model, save_model


@pytest.fixture
def model():
    preset = PRESETS["mlp"]
    net = Network(preset.network_spec(), seed=3)
    net.buffers["running_mean2"][...] = 0.25
    m = new_model(net, name="test", preset="mlp", input_spec=preset.input, dataset="mnist",
                  classes=[str(i) for i in range(10)], metrics={"test_accuracy": 0.5})
    m.extras["initial/W1"] = net.params["W1"].copy()
    return m


def _arrays(path):
    with np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def _write(path, arrays):
    np.savez(path, **arrays)
    return path


def test_round_trip_keeps_weights_buffers_header_and_predictions(model, tmp_path):
    path = save_model(tmp_path / "m.npz", model)
    loaded = load_model(path)
    for name, arr in model.network.state().items():
        np.testing.assert_array_equal(loaded.network.state()[name], arr)
    assert loaded.meta["name"] == "test" and loaded.test_accuracy == 0.5
    np.testing.assert_array_equal(loaded.extras["initial/W1"], model.extras["initial/W1"])
    images = np.random.default_rng(0).integers(0, 256, (5, 28, 28), dtype=np.uint8)
    np.testing.assert_allclose(loaded.probabilities(images), model.probabilities(images), rtol=1e-6)


def test_save_is_atomic_and_leaves_no_temporary_files(model, tmp_path):
    path = save_model(tmp_path / "m.npz", model)
    save_model(path, model)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


def test_failed_save_keeps_the_old_file(model, tmp_path):
    path = save_model(tmp_path / "m.npz", model)
    before = path.read_bytes()
    model.meta["metrics"] = {"bad": float("nan")}
    with pytest.raises(ModelFileError):
        save_model(path, model)
    assert path.read_bytes() == before


@pytest.mark.parametrize("mutate, message", [
    (lambda a: a.pop("W3"), "missing"),
    (lambda a: a.update(W9=np.zeros(3, np.float32)), "unexpected"),
    (lambda a: a.update(W1=np.zeros((3, 3), np.float32)), "shape"),
    (lambda a: a.update(W1=np.full_like(a["W1"], np.inf)), "non-finite"),
    (lambda a: a.update(W1=a["W1"].astype(object)), "not"),
    (lambda a: a.pop(META_KEY), "header"),
    (lambda a: a.update({META_KEY: np.frombuffer(b"{not json", np.uint8)}), "JSON"),
])
def test_bad_arrays_are_rejected(model, tmp_path, mutate, message):
    arrays = _arrays(save_model(tmp_path / "m.npz", model))
    mutate(arrays)
    path = tmp_path / "bad.npz"
    with open(path, "wb") as fh:
        np.savez(fh, **arrays, allow_pickle=True) if any(a.dtype == object for a in arrays.values()) \
            else np.savez(fh, **arrays)
    with pytest.raises(ModelFileError, match=message):
        load_model(path)


@pytest.mark.parametrize("field, value, message", [
    ("format", "keras-h5", "unknown file format"),
    ("version", 99, "version"),
    ("classes", ["a", "b"], "class names"),
    ("spec", {"input_shape": [784], "layers": [{"type": "magic"}], "loss": {"type": "mse"}}, "cannot be built"),
])
def test_bad_headers_are_rejected(model, tmp_path, field, value, message):
    arrays = _arrays(save_model(tmp_path / "m.npz", model))
    meta = json.loads(arrays[META_KEY].tobytes())
    meta[field] = value
    arrays[META_KEY] = np.frombuffer(json.dumps(meta).encode(), np.uint8)
    with pytest.raises(ModelFileError, match=message):
        load_model(_write(tmp_path / "bad.npz", arrays))


def test_truncated_and_non_zip_files_are_rejected(model, tmp_path):
    data = save_model(tmp_path / "m.npz", model).read_bytes()
    (tmp_path / "trunc.npz").write_bytes(data[: len(data) // 2])
    (tmp_path / "text.npz").write_text("hello")
    for name in ("trunc.npz", "text.npz", "missing.npz"):
        with pytest.raises(ModelFileError, match=name):
            load_model(tmp_path / name)


def test_pickled_member_is_never_unpickled(tmp_path):
    path = tmp_path / "evil.npz"
    with zipfile.ZipFile(path, "w") as zf:
        buf = io.BytesIO()
        np.save(buf, np.array([{"a": 1}], dtype=object), allow_pickle=True)
        zf.writestr("W1.npy", buf.getvalue())
    with pytest.raises(ModelFileError):
        load_model(path)


def _with_header(tmp_path, model, text):
    arrays = _arrays(save_model(tmp_path / "m.npz", model))
    arrays[META_KEY] = np.frombuffer(text.encode(), np.uint8)
    return _write(tmp_path / "bad.npz", arrays)


def _header(model, tmp_path, **changes):
    meta = json.loads(_arrays(save_model(tmp_path / "m.npz", model))[META_KEY].tobytes())
    for path, value in changes.items():
        node = meta
        *parents, last = path.split("__")
        for key in parents:
            node = node[key]
        node[last] = value
    return json.dumps(meta)


@pytest.mark.parametrize("changes, message", [
    ({"spec__input_shape": [0]}, "input_shape"),
    ({"spec__input_shape": [1e309]}, "Infinity"),
    ({"spec__layers": [{"type": "affine", "units": 4000}, {"type": "relu"}] * 50
      + [{"type": "affine", "units": 10}]}, "parameters"),
    ({"spec__layers": [{"type": "affine", "units": 10**12}, {"type": "affine", "units": 10}]}, "limit"),
    ({"classes": "0123456789"}, "classes"),
    ({"input": {"scale": "unit", "layout": "cube"}}, "layout"),
    ({"metrics": "good"}, "metrics"),
])
def test_header_schema_refuses_bad_values_before_building(model, tmp_path, changes, message):
    with pytest.raises(ModelFileError, match=message):
        load_model(_with_header(tmp_path, model, _header(model, tmp_path, **changes)))


NAMED = ["circle", "triangle", "smile"]


def _named_model(names=NAMED):
    spec = {"input_shape": [784], "layers": [{"type": "affine", "units": len(names)}],
            "loss": {"type": "softmax-cross-entropy"}}
    return new_model(Network(spec, seed=0), name="shapes", preset=None, input_spec={"scale": "unit", "layout": "flat"},
                     dataset="shapes", classes=list(names))


def test_class_names_of_ones_own_classes_travel_in_the_file(tmp_path):
    names = ["circle", "triangle", "smile", "별"]
    loaded = load_model(save_model(tmp_path / "shapes.npz", _named_model(names)))
    assert loaded.classes == names and loaded.network.num_classes == 4


@pytest.mark.parametrize("classes, message", [
    (["circle"], "2 to 100 names"),
    ([f"c{k}" for k in range(101)], "2 to 100 names"),
    (["circle", "triangle", "x" * 65], "class name 2 must be a printable text of 1 to 64"),
    (["circle", "", "smile"], "class name 1"),
    (["circle", "tri\nangle", "smile"], "class name 1"),
    (["circle", 3, "smile"], "class name 1"),
    (["circle", "circle", "smile"], "all be different"),
    (["circle", "triangle", "smile", "square"], "4 class names for 3 outputs"),
])
def test_class_names_are_checked_on_loading(tmp_path, classes, message):
    model = _named_model()
    with pytest.raises(ModelFileError, match=message):
        load_model(_with_header(tmp_path, model, _header(model, tmp_path, classes=classes)))


def test_a_header_that_would_not_load_back_is_not_saved(tmp_path):
    model = _named_model()
    model.meta["classes"] = ["circle", "triangle",
                             "a name far too long to stand beside a probability bar or on the axis of a matrix"]
    with pytest.raises(ModelFileError, match="would not load back.*class name 2"):
        save_model(tmp_path / "shapes.npz", model)
    assert not (tmp_path / "shapes.npz").exists()


def test_conv_spec_asking_for_terabytes_is_refused_by_arithmetic(tmp_path):
    spec = {"input_shape": [1, 28, 28], "layers": [{"type": "conv", "filters": 30, "kernel": 5},
                                                   {"type": "flatten"}, {"type": "affine", "units": 10}],
            "loss": {"type": "softmax-cross-entropy"}}
    m = new_model(Network(spec, seed=0), name="c", preset=None, input_spec={"scale": "unit", "layout": "image"},
                  dataset="mnist", classes=[str(i) for i in range(10)])
    text = _header(m, tmp_path, spec__layers=[{"type": "conv", "filters": 30, "kernel": [10**9, 5], "pad": 10**9},
                                              {"type": "flatten"}, {"type": "affine", "units": 10}])
    with pytest.raises(ModelFileError, match="limit"):
        load_model(_with_header(tmp_path, m, text))


def test_deeply_nested_header_is_refused(model, tmp_path):
    text = _header(model, tmp_path)[:-1] + ', "training": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(ModelFileError, match="nest"):
        load_model(_with_header(tmp_path, model, text))


def test_unknown_member_that_is_not_an_array_is_refused(model, tmp_path):
    path = save_model(tmp_path / "m.npz", model)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("W99.npy", b"not an array")
    with pytest.raises(ModelFileError, match="W99"):
        load_model(path)


def test_member_declaring_more_than_the_budget_is_refused_before_inflating(model, tmp_path):
    path = save_model(tmp_path / "m.npz", model)
    with zipfile.ZipFile(path, "a") as zf:
        header = np.lib.format.header_data_from_array_1_0(np.zeros(0, np.float32))
        header["shape"] = (10**10,)
        buf = io.BytesIO()
        np.lib.format.write_array_header_1_0(buf, header)
        zf.writestr("extra/huge.npy", buf.getvalue() + bytes(1000))
    with pytest.raises(ModelFileError, match="huge"):
        load_model(path)


@pytest.mark.parametrize("metrics", [{"test_accuracy": {"a": 1}}, {"test_accuracy": "0.9"}, "x", None,
                                     {"test_accuracy": float("nan")}, {"test_accuracy": True}])
def test_metadata_accessors_never_raise(model, metrics):
    odd = Model(model.network, {**model.meta, "metrics": metrics, "classes": "abc", "input": None, "name": 7})
    assert odd.test_accuracy is None and odd.classes == [] and odd.input == {} and odd.name == "mlp"


def test_the_preparation_travels_in_the_header_and_old_files_read_mnist_style(model, tmp_path):
    assert model.preparation == "mnist"  # absent: every file from before it was recorded
    save_model(tmp_path / "old.npz", model)
    assert "preparation" not in load_model(tmp_path / "old.npz").meta
    model.meta["preparation"] = "resize"
    assert load_model(save_model(tmp_path / "plain.npz", model)).preparation == "resize"
    model.meta["preparation"] = "stretch"
    assert model.preparation == "mnist"  # an odd value in memory gives a neutral answer
    with pytest.raises(ModelFileError, match="preparation must be one of mnist, resize"):
        save_model(tmp_path / "bad.npz", model)
    arrays = _arrays(tmp_path / "plain.npz")
    meta = json.loads(arrays[META_KEY].tobytes())
    meta["preparation"] = ["resize"]
    arrays[META_KEY] = np.frombuffer(json.dumps(meta).encode(), np.uint8)
    with pytest.raises(ModelFileError, match="preparation must be one of"):
        load_model(_write(tmp_path / "edited.npz", arrays))
