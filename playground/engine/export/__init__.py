"""Carry a trained playground model into other frameworks: a PyTorch module or an ONNX graph.

Both targets read the same plan of the model file (``plan.read_plan``): its layers with their
hyper-parameters, the names of the arrays each layer owns and the input preprocessing. Neither
target's package is a dependency of the app: the PyTorch export writes source text, and the ONNX
export needs the ``onnx`` package only when it is used.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import PlaygroundError
from ..training.modelfile import Model, load_model

TARGETS = ("pytorch", "onnx")
SUFFIXES = {"pytorch": ".py", "onnx": ".onnx"}


def export(model: Model, target: str, out_path: str | os.PathLike, weights_file: str | os.PathLike) -> Path:
    """Write ``model`` as ``target`` ("pytorch" or "onnx") to ``out_path``; returns the path.

    ``weights_file`` is the model file the PyTorch script loads its weights from by default.
    """
    from .plan import read_plan

    if target not in TARGETS:
        raise PlaygroundError(f"unknown export target {target!r}; choose one of {', '.join(TARGETS)}")
    out_path = Path(out_path)
    plan = read_plan(model, Path(weights_file))
    if target == "pytorch":
        from .pytorch import write_pytorch as write
    else:
        from .onnx import write_onnx as write
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        write(plan, out_path)
    except OSError as exc:
        raise PlaygroundError(f"cannot write {out_path}: {exc.strerror or exc}") from None
    return out_path


def export_model(model_path: str | os.PathLike, target: str, out_path: str | os.PathLike) -> Path:
    """Export a model file; the PyTorch script reads its weights from that same file."""
    return export(load_model(model_path), target, out_path, model_path)
