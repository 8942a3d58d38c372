"""Exported models give the engine's outputs: every preset and every shipped model, in PyTorch
(when torch is installed) and in ONNX (checked with onnx.checker; run where onnxruntime is)."""

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from playground.engine.data.datasets import load_dataset
from playground.engine.errors import PlaygroundError
from playground.engine.export import export_model
from playground.engine.fast.network import Network
from playground.engine.presets import PRESETS
from playground.engine.training.modelfile import load_model, new_model, save_model
from playground.paths import MODELS_DIR

SHIPPED = sorted(MODELS_DIR.glob("*.npz"))


def _close(actual: np.ndarray, expected: np.ndarray) -> float:
    """Largest difference, asserted within 1e-5 of the outputs' size (1e-5 absolute below 1):
    float32 sums in another order differ by a few units in the last place of large scores."""
    difference = float(np.abs(actual - expected).max())
    assert difference <= 1e-5 * max(1.0, float(np.abs(expected).max())), difference
    return difference


@pytest.fixture(scope="module")
def test_images() -> np.ndarray:
    return load_dataset("mnist").test_images[:100]


def _preset_model(name: str, folder: Path) -> Path:
    """The preset's network with every bias and normalisation array random (seeded), so a wrong
    mapping of any array shows."""
    preset = PRESETS[name]
    network = Network(preset.network_spec(), seed=0)
    rng = np.random.default_rng(1)
    state = {}
    for key, array in network.state().items():
        if key.startswith("running_var"):
            state[key] = rng.uniform(0.5, 2.0, array.shape).astype(array.dtype)
        elif key.startswith("W"):
            state[key] = array
        else:
            state[key] = rng.normal(0.0, 0.2, array.shape).astype(array.dtype)
    network.load_state(state)
    classes = [str(i) for i in range(network.num_classes)]
    model = new_model(network, name=name, preset=name, input_spec=preset.input, dataset="mnist", classes=classes)
    return save_model(folder / f"{name}.npz", model)


@pytest.fixture(scope="module", params=[*(f"preset:{p}" for p in sorted(PRESETS)), *(p.name for p in SHIPPED)])
def model_file(request, tmp_path_factory) -> Path:
    name = request.param
    if name.startswith("preset:"):
        return _preset_model(name.split(":", 1)[1], tmp_path_factory.mktemp("presets"))
    return MODELS_DIR / name


def _exported_module(model_file: Path, folder: Path, name: str):
    """The exported PyTorch script of ``model_file``, imported as a module."""
    script = export_model(model_file, "pytorch", folder / f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _engine(model_file: Path, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    model = load_model(model_file)
    x = model.prepare(images)
    return model.network.predict(x, train=False), model.network.probabilities(x)


def test_pytorch_module_gives_the_engine_outputs(model_file, test_images, tmp_path):
    torch = pytest.importorskip("torch")
    module = _exported_module(model_file, tmp_path, f"exported_{model_file.stem}")
    net = module.Network()
    module.load_weights(net, str(model_file))
    net.eval()
    with torch.no_grad():
        scores = net(module.prepare(torch.from_numpy(test_images)))
        probabilities = module.probabilities(scores)
    expected_scores, expected_probabilities = _engine(model_file, test_images)
    _close(scores.numpy(), expected_scores)
    _close(probabilities.numpy(), expected_probabilities)


def test_pytorch_training_loop_runs_a_step(test_images, tmp_path):
    torch = pytest.importorskip("torch")
    model_file = MODELS_DIR / "simple-cnn.npz"
    module = _exported_module(model_file, tmp_path, "exported_training")
    net = module.Network()
    module.load_weights(net, str(model_file))
    labels = load_dataset("mnist").test_labels[:100]
    torch.manual_seed(0)
    before = net.layers[0].weight.detach().clone()
    module.train(net, test_images, labels, epochs=1, batch_size=50, lr=1e-3, device=torch.device("cpu"))
    assert not torch.equal(before, net.layers[0].weight.detach())


def test_pytorch_export_is_plain_text_without_torch_at_export_time(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # importing torch would fail
    text = export_model(MODELS_DIR / "rashid.npz", "pytorch", tmp_path / "rashid.py").read_text()
    assert "nn.Linear(784, 200, bias=False)" in text and "x = x * 0.99 + 0.01" in text
    assert "allow_pickle=False" in text and "DistributedDataParallel" in text
    compile(text, "rashid.py", "exec")


def test_onnx_graph_passes_the_checker_and_gives_the_engine_outputs(model_file, test_images, tmp_path):
    onnx = pytest.importorskip("onnx")
    path = export_model(model_file, "onnx", tmp_path / "exported.onnx")
    onnx.checker.check_model(onnx.load(str(path)), full_check=True)
    ort = pytest.importorskip("onnxruntime")
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    scores, probabilities = session.run(["scores", "probabilities"], {"images": test_images})
    expected_scores, expected_probabilities = _engine(model_file, test_images)
    _close(scores, expected_scores)
    _close(probabilities, expected_probabilities)


def test_unknown_target_is_a_clear_error(tmp_path):
    with pytest.raises(PlaygroundError, match="unknown export target"):
        export_model(MODELS_DIR / "mlp.npz", "tensorflow", tmp_path / "out")


def test_onnx_export_without_the_onnx_package_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)
    with pytest.raises(PlaygroundError, match="pip install onnx"):
        export_model(MODELS_DIR / "rashid.npz", "onnx", tmp_path / "rashid.onnx")
    assert not (tmp_path / "rashid.onnx").exists()


def test_pooling_padded_beyond_what_pytorch_allows_is_refused_but_goes_to_onnx(tmp_path, test_images):
    spec = {"input_shape": [1, 28, 28],
            "layers": [{"type": "pool", "mode": "avg", "size": 3, "stride": 2, "pad": 2}, {"type": "flatten"},
                       {"type": "affine", "units": 10}],
            "loss": {"type": "softmax-cross-entropy"}}
    model = new_model(Network(spec, seed=0), name="padded", preset=None, input_spec=PRESETS["simple-cnn"].input,
                      dataset="mnist", classes=[str(i) for i in range(10)])
    path = save_model(tmp_path / "padded.npz", model)
    with pytest.raises(PlaygroundError, match="at most 1"):
        export_model(path, "pytorch", tmp_path / "padded.py")
    pytest.importorskip("onnx")
    onnx_path = export_model(path, "onnx", tmp_path / "padded.onnx")
    ort = pytest.importorskip("onnxruntime")
    scores, _ = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"]).run(
        None, {"images": test_images})
    _close(scores, _engine(path, test_images)[0])


def _named_model_file(tmp_path, names):
    spec = {"input_shape": [784], "layers": [{"type": "affine", "units": 8}, {"type": "relu"},
                                              {"type": "affine", "units": len(names)}],
            "loss": {"type": "softmax-cross-entropy"}}
    model = new_model(Network(spec, seed=2), name="shapes", preset=None, input_spec={"scale": "unit", "layout": "flat"},
                      dataset="shapes", classes=list(names))
    return save_model(tmp_path / "shapes.npz", model)


def test_the_class_names_of_ones_own_classes_go_into_both_exports(tmp_path):
    import ast
    import json

    names = ["circle", "triangle, open", "별"]  # a comma and Hangul: names are kept exactly
    path = _named_model_file(tmp_path, names)
    script = export_model(path, "pytorch", tmp_path / "shapes.py").read_text(encoding="utf-8")
    assigned = {node.targets[0].id: node.value for node in ast.parse(script).body
                if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)}
    assert ast.literal_eval(assigned["CLASSES"]) == names
    onnx = pytest.importorskip("onnx")
    graph = onnx.load(str(export_model(path, "onnx", tmp_path / "shapes.onnx")))
    props = {p.key: p.value for p in graph.metadata_props}
    assert json.loads(props["classes"]) == names
    assert [d.dim_value for d in graph.graph.output[1].type.tensor_type.shape.dim][1] == len(names)
