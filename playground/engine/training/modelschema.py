"""The schema of a model file's JSON header, checked before anything is built or allocated.

A header comes from a file anyone may have edited, so every value is checked for type and range,
and the network it describes is sized by arithmetic alone: its parameter count, the largest
activation of one sample and the multiply-adds of one forward pass must all stay within a budget
before ``Network`` allocates a single weight. The layer kinds and their keys come from the network's
own registry (``LAYER_TYPES``), so a new layer kind cannot be forgotten here silently: it is
refused until this module knows how to size it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real

from ..data.network_input import LAYOUTS, SCALES
from ..data.prepare import PREPARATIONS
from ..errors import SpecError
from ..initializers import INITIALIZERS
from ..fast.layers import check_spec_keys
from ..losses import LOSS_TYPES
from ..fast.network import LAYER_TYPES
from ..spatial import conv_output_size, non_negative_int, pair, positive_int

#: Parameters a loaded network may have by default (deep-cnn has 0.1 M, mlp 0.7 M).
MAX_PARAMETERS = 50_000_000
#: Values in one layer's output for one sample (deep-cnn's largest: 12,544).
MAX_ACTIVATION = 4_000_000
#: Multiply-adds of one sample's forward pass (deep-cnn: 7.3 M), so classifying a drawing stays quick.
MAX_MULTIPLY_ADDS = 2_000_000_000
MAX_LAYERS = 1000
#: Class names: one per output, as many as a network for one's own classes may have (2 to 100),
#: each short enough for a bar label or a confusion-matrix axis.
MIN_CLASSES, MAX_CLASSES = 2, 100
MAX_CLASS_NAME = 64
MAX_TEXT = 10_000
MAX_DEPTH = 32

#: What each input layout hands the network, per sample.
INPUT_SHAPES = {"flat": (784,), "image": (1, 28, 28)}


@dataclass(frozen=True)
class Budget:
    """Upper bounds on the network a header may describe."""

    parameters: int = MAX_PARAMETERS
    activation: int = MAX_ACTIVATION
    multiply_adds: int = MAX_MULTIPLY_ADDS


def _finite(value, name: str) -> float:
    if not isinstance(value, Real) or isinstance(value, bool) or not math.isfinite(value):
        raise SpecError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def _text(value, name: str, optional: bool = True) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise SpecError(f"{name} must be a text of at most {MAX_TEXT} characters, got {type(value).__name__}")


def _keys(spec, name: str, allowed: set[str], required: set[str] = frozenset()) -> dict:
    if not isinstance(spec, dict):
        raise SpecError(f"{name} must be an object, got {type(spec).__name__}")
    try:
        check_spec_keys(spec, allowed, required)
    except SpecError as exc:
        raise SpecError(f"{name}: {exc}") from None
    return spec


def _init(spec: dict, name: str) -> None:
    init = spec.get("init", "he")
    if not isinstance(init, str) or init not in INITIALIZERS:
        raise SpecError(f"{name}: unknown initialiser {init!r}; choose one of {', '.join(INITIALIZERS)}")


def _image(shape: tuple, name: str) -> tuple[int, int, int]:
    if len(shape) != 3:
        raise SpecError(f"{name} expects image input (C, H, W), got shape {shape}")
    return shape


def _affine(spec, shape, name):
    if len(shape) != 1:
        raise SpecError(f"{name} expects flat input, got shape {shape}; add a 'flatten' layer first")
    units = positive_int(spec["units"], f"{name} units")
    _init(spec, name)
    if not isinstance(spec.get("bias", True), bool):
        raise SpecError(f"{name}: bias must be true or false")
    return (units,), shape[0] * units + units * spec.get("bias", True), shape[0] * units


def _conv(spec, shape, name):
    c, h, w = _image(shape, name)
    filters = positive_int(spec["filters"], f"{name} filters")
    fh, fw = pair(spec["kernel"], f"{name} kernel")
    stride = positive_int(spec.get("stride", 1), f"{name} stride")
    pad = non_negative_int(spec.get("pad", 0), f"{name} pad")
    _init(spec, name)
    out = (filters, conv_output_size(h, fh, stride, pad), conv_output_size(w, fw, stride, pad))
    if min(out) < 1:
        raise SpecError(f"{name}: kernel {fh}x{fw} with pad {pad} does not fit a {h}x{w} input")
    return out, filters * c * fh * fw + filters, out[0] * out[1] * out[2] * c * fh * fw


def _pool(spec, shape, name):
    c, h, w = _image(shape, name)
    size = positive_int(spec["size"], f"{name} size")
    stride = size if spec.get("stride") is None else positive_int(spec["stride"], f"{name} stride")
    pad = non_negative_int(spec.get("pad", 0), f"{name} pad")
    if spec.get("mode", "max") not in ("max", "avg"):
        raise SpecError(f"{name}: mode must be 'max' or 'avg', got {spec.get('mode')!r}")
    if pad >= size:
        raise SpecError(f"{name}: pad ({pad}) must be smaller than the window size ({size})")
    out = (c, conv_output_size(h, size, stride, pad), conv_output_size(w, size, stride, pad))
    if min(out) < 1:
        raise SpecError(f"{name}: window {size} with pad {pad} does not fit a {h}x{w} input")
    return out, 0, 0


def _batchnorm(spec, shape, name):
    if len(shape) not in (1, 3):
        raise SpecError(f"{name} expects (D,) or (C, H, W) input, got {shape}")
    _finite(spec.get("momentum", 0.9), f"{name} momentum")
    if _finite(spec.get("eps", 1e-5), f"{name} eps") <= 0:
        raise SpecError(f"{name}: eps must be positive")
    return shape, 4 * shape[0], 0


def _dropout(spec, shape, name):
    if not 0.0 <= _finite(spec["rate"], f"{name} rate") < 1.0:
        raise SpecError(f"{name}: rate must be in [0, 1), got {spec['rate']!r}")
    return shape, 0, 0


def _leaky(spec, shape, name):
    _finite(spec.get("alpha", 0.01), f"{name} alpha")
    return shape, 0, 0


def _flatten(spec, shape, name):
    return (math.prod(shape),), 0, 0


def _same(spec, shape, name):
    return shape, 0, 0


#: kind -> (required keys, sizing: (spec, input shape, name) -> (output shape, parameters, multiply-adds)).
_SIZERS = {
    "affine": ({"units"}, _affine), "conv": ({"filters", "kernel"}, _conv), "pool": ({"size"}, _pool),
    "batchnorm": (set(), _batchnorm), "dropout": ({"rate"}, _dropout), "leaky-relu": (set(), _leaky),
    "flatten": (set(), _flatten), "sigmoid": (set(), _same), "relu": (set(), _same), "tanh": (set(), _same),
}


def check_network_spec(spec, input_shape: tuple, budget: Budget = Budget()) -> tuple[int, int]:
    """Check a network spec fed ``input_shape``; returns (parameters, number of outputs).

    Raises SpecError on any bad type, unknown kind or key, shape that does not fit, or size
    beyond ``budget`` — all decided by arithmetic, nothing is allocated.
    """
    spec = _keys(spec, "network spec", {"input_shape", "layers", "loss"}, {"input_shape", "layers", "loss"})
    declared = spec["input_shape"]
    if not isinstance(declared, list) or tuple(declared) != input_shape or any(isinstance(d, bool) for d in declared):
        raise SpecError(f"input_shape {declared!r} does not match the input layout, which gives {list(input_shape)}")
    layers = spec["layers"]
    if not isinstance(layers, list) or not 1 <= len(layers) <= MAX_LAYERS:
        raise SpecError(f"layers must be a list of 1 to {MAX_LAYERS} layers")
    shape, parameters, multiply_adds = tuple(input_shape), 0, 0
    for i, layer in enumerate(layers, start=1):
        kind = layer.get("type") if isinstance(layer, dict) else layer
        if not isinstance(kind, str) or kind not in LAYER_TYPES or kind not in _SIZERS:
            raise SpecError(f"layer {i}: unknown layer type {kind!r}; choose one of {', '.join(LAYER_TYPES)}")
        name = f"layer {i} ({kind})"
        required, sizer = _SIZERS[kind]
        _keys(layer, name, LAYER_TYPES[kind].allowed_keys, required)
        shape, layer_parameters, layer_multiply_adds = sizer(layer, shape, name)
        parameters += layer_parameters
        multiply_adds += layer_multiply_adds
        if math.prod(shape) > budget.activation:
            raise SpecError(f"{name}: an output of {math.prod(shape):,} values per image exceeds "
                            f"the limit of {budget.activation:,}")
        if parameters > budget.parameters:
            raise SpecError(f"the network has over {budget.parameters:,} parameters (the limit)")
        if multiply_adds > budget.multiply_adds:
            raise SpecError(f"the network needs over {budget.multiply_adds:,} multiply-adds per image (the limit)")
    if len(shape) != 1:
        raise SpecError(f"the last layer must give one score per class, got shape {shape}")
    _check_loss(spec["loss"])
    return parameters, shape[0]


def _check_loss(spec) -> None:
    kind = spec.get("type") if isinstance(spec, dict) else spec
    if not isinstance(kind, str) or kind not in LOSS_TYPES:
        raise SpecError(f"unknown loss {kind!r}; choose one of {', '.join(LOSS_TYPES)}")
    _keys(spec, f"loss {kind!r}", LOSS_TYPES[kind].allowed_keys)
    for key in LOSS_TYPES[kind].allowed_keys & set(spec):
        _finite(spec[key], f"loss {key}")


def check_class_names(classes, outputs: int) -> None:
    """The header's class names: a list of 2 to 100 different, non-empty, printable names of at
    most ``MAX_CLASS_NAME`` characters, one per output of the network. Raises SpecError."""
    if not isinstance(classes, list) or not MIN_CLASSES <= len(classes) <= MAX_CLASSES:
        raise SpecError(f"classes must be a list of {MIN_CLASSES} to {MAX_CLASSES} names")
    for k, name in enumerate(classes):
        if not isinstance(name, str) or not 1 <= len(name) <= MAX_CLASS_NAME or not name.isprintable():
            raise SpecError(f"class name {k} must be a printable text of 1 to {MAX_CLASS_NAME} characters, "
                            f"got {str(name)[:MAX_CLASS_NAME]!r}")
    if len(set(classes)) != len(classes):
        raise SpecError("the class names must all be different")
    if len(classes) != outputs:
        raise SpecError(f"{len(classes)} class names for {outputs} outputs")


def _depth(value) -> int:
    """Nesting depth of JSON data, without recursion (a hostile header may nest thousands deep)."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if depth > MAX_DEPTH:
                break
            todo.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def check_header(meta, budget: Budget = Budget()) -> int:
    """Check every field of a parsed header (format and version checked by the caller).

    Returns the parameter count of the network it describes. Raises SpecError.
    """
    if _depth(meta) > MAX_DEPTH:
        raise SpecError(f"the header nests deeper than {MAX_DEPTH} levels")
    inputs = _keys(meta["input"], "input spec", {"scale", "layout"}, {"scale", "layout"})
    if inputs["scale"] not in SCALES or inputs["layout"] not in LAYOUTS:
        raise SpecError(f"input spec: scale must be one of {SCALES} and layout one of {LAYOUTS}, "
                        f"got {inputs['scale']!r} and {inputs['layout']!r}")
    parameters, outputs = check_network_spec(meta["spec"], INPUT_SHAPES[inputs["layout"]], budget)
    check_class_names(meta["classes"], outputs)
    for key in ("name", "preset", "dataset", "created"):
        _text(meta.get(key), key)
    if "preparation" in meta and meta["preparation"] not in PREPARATIONS:
        raise SpecError(f"preparation must be one of {', '.join(PREPARATIONS)}, "
                        f"got {str(meta['preparation'])[:40]!r}")
    for key in ("training", "metrics"):
        if meta.get(key) is not None and not isinstance(meta[key], dict):
            raise SpecError(f"{key} must be an object, got {type(meta[key]).__name__}")
    return parameters
