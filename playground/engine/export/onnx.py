"""Write a model as an ONNX graph, built with the ``onnx`` package (no PyTorch needed).

The graph takes the raw images, uint8 (N, 28, 28), and does the model's input scaling itself, so
any ONNX runtime can use it as it is. Outputs: ``scores`` (what the last layer gives) and
``probabilities`` (what the playground shows). Dropout is left out: it does nothing at inference.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ..errors import PlaygroundError
from .plan import ExportPlan, LayerStep, input_scale

OPSET = 17


class _Graph:
    """Nodes and initializers collected in order, each output named after its layer."""

    def __init__(self, helper, numpy_helper) -> None:
        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes: list = []
        self.initializers: list = []

    def constant(self, name: str, value: np.ndarray) -> str:
        self.initializers.append(self.numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(self, op: str, inputs: list[str], output: str, **attributes) -> str:
        self.nodes.append(self.helper.make_node(op, inputs, [output], name=output, **attributes))
        return output


def _layer(graph: _Graph, plan: ExportPlan, step: LayerStep, x: str, name: str) -> str:
    spec, kind = step.spec, step.kind

    def array(role: str) -> str:
        return graph.constant(step.arrays[role], plan.array(step, role).astype(np.float32))

    if kind == "affine":
        # The playground's (inputs, outputs) weights are what x @ W needs as they are.
        if spec["bias"]:
            return graph.node("Gemm", [x, array("W"), array("b")], name)
        return graph.node("MatMul", [x, array("W")], name)
    if kind == "conv":
        kh, kw = spec["kernel"] if isinstance(spec["kernel"], list) else (spec["kernel"],) * 2
        return graph.node("Conv", [x, array("W"), array("b")], name, kernel_shape=[kh, kw],
                          strides=[spec["stride"]] * 2, pads=[spec["pad"]] * 4)
    if kind == "pool":
        attributes = {"kernel_shape": [spec["size"]] * 2, "strides": [spec["stride"]] * 2, "pads": [spec["pad"]] * 4}
        if spec["mode"] == "max":
            return graph.node("MaxPool", [x], name, **attributes)
        # The playground divides by the whole window, padding included.
        return graph.node("AveragePool", [x], name, count_include_pad=1, **attributes)
    if kind == "batchnorm":
        return graph.node("BatchNormalization",
                          [x, array("gamma"), array("beta"), array("running_mean"), array("running_var")],
                          name, epsilon=float(spec["eps"]))
    simple = {"relu": "Relu", "sigmoid": "Sigmoid", "tanh": "Tanh"}
    if kind in simple:
        return graph.node(simple[kind], [x], name)
    if kind == "leaky-relu":
        return graph.node("LeakyRelu", [x], name, alpha=float(spec["alpha"]))
    if kind == "flatten":
        return graph.node("Flatten", [x], name, axis=1)
    if kind == "dropout":
        return x
    raise PlaygroundError(f"layer type {kind!r} cannot be exported to ONNX")


def _prepare(graph: _Graph, plan: ExportPlan, images: str) -> str:
    multiply, add = input_scale(plan)
    x = graph.node("Cast", [images], "pixels", to=1)  # float32
    x = graph.node("Div", [x, graph.constant("255", np.float32(255.0))], "unit_pixels")
    if (multiply, add) != (1.0, 0.0):
        x = graph.node("Mul", [x, graph.constant("scale_multiply", np.float32(multiply))], "scaled_pixels")
        x = graph.node("Add", [x, graph.constant("scale_add", np.float32(add))], "shifted_pixels")
    shape = graph.constant("input_shape", np.array([-1, *plan.input_shape], np.int64))
    return graph.node("Reshape", [x, shape], "input")


def _probabilities(graph: _Graph, plan: ExportPlan, scores: str) -> str:
    if plan.loss["type"] == "softmax-cross-entropy":
        return graph.node("Softmax", [scores], "probabilities", axis=1)
    if plan.loss["type"] == "mse":
        # Sigmoid outputs are not a distribution: clipped at zero and normalised.
        clipped = graph.node("Clip", [scores, graph.constant("smallest", np.float32(1e-12))], "clipped")
        total = graph.node("ReduceSum", [clipped, graph.constant("class_axis", np.array([1], np.int64))],
                           "total", keepdims=1)
        return graph.node("Div", [clipped, total], "probabilities")
    raise PlaygroundError(f"loss {plan.loss['type']!r} cannot be exported to ONNX")


def build_onnx(plan: ExportPlan):
    """The checked ``onnx.ModelProto`` of the plan."""
    try:
        import onnx
        from onnx import TensorProto, helper, numpy_helper
    except ImportError:
        raise PlaygroundError("the ONNX export needs the 'onnx' package: pip install onnx") from None
    graph = _Graph(helper, numpy_helper)
    x = _prepare(graph, plan, "images")
    for number, step in enumerate(plan.steps, start=1):
        x = _layer(graph, plan, step, x, f"{step.kind}{number}")
    scores = graph.node("Identity", [x], "scores")
    _probabilities(graph, plan, scores)
    classes = len(plan.classes)
    model = helper.make_model(
        helper.make_graph(
            graph.nodes, plan.name,
            [helper.make_tensor_value_info("images", TensorProto.UINT8, ["N", 28, 28])],
            [helper.make_tensor_value_info(name, TensorProto.FLOAT, ["N", classes])
             for name in ("scores", "probabilities")],
            graph.initializers),
        opset_imports=[helper.make_opsetid("", OPSET)], producer_name="nn-playground")
    # The class names as a JSON list: a name may hold a comma (a folder's name), a list never misleads.
    helper.set_model_props(model, {"classes": json.dumps(plan.classes, ensure_ascii=False),
                                   "source": plan.source.name})
    onnx.checker.check_model(model, full_check=True)
    return model


def write_onnx(plan: ExportPlan, out_path: Path) -> None:
    out_path.write_bytes(build_onnx(plan).SerializeToString())
