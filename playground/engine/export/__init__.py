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
from ..modelfile import load_model

TARGETS = ("pytorch", "onnx")
SUFFIXES = {"pytorch": ".py", "onnx": ".onnx"}


def export_model(model_path: str | os.PathLike, target: str, out_path: str | os.PathLike) -> Path:
    """Write ``model_path`` as ``target`` ("pytorch" or "onnx") to ``out_path``; returns the path."""
    from .plan import read_plan

    if target not in TARGETS:
        raise PlaygroundError(f"unknown export target {target!r}; choose one of {', '.join(TARGETS)}")
    model_path, out_path = Path(model_path), Path(out_path)
    plan = read_plan(load_model(model_path), model_path)
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
