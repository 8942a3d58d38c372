"""Write a model as a readable, self-contained PyTorch script.

The script holds an ``nn.Module`` with the model's layers, ``load_weights()`` that reads the
playground's ``.npz`` without pickle, the input scaling, and a training loop (``DataLoader``,
``DistributedSampler``, ``DistributedDataParallel`` when started with ``torchrun``) so the same
network can go on training on GPUs or several machines. It is text: no PyTorch is needed to write it.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from ..errors import PlaygroundError
from .plan import ExportPlan, LayerStep, input_scale


def _module(step: LayerStep) -> tuple[str, dict[str, tuple[str, bool]]]:
    """The nn module for one layer, and its tensors: torch name -> (array name, transpose)."""
    spec, shape, kind = step.spec, step.input_shape, step.kind
    names = step.arrays
    if kind == "affine":
        tensors = {"weight": (names["W"], True)}  # the playground stores (inputs, outputs)
        if spec["bias"]:
            tensors["bias"] = (names["b"], False)
        return f"nn.Linear({shape[0]}, {spec['units']}, bias={spec['bias']})", tensors
    if kind == "conv":
        kernel = tuple(spec["kernel"]) if isinstance(spec["kernel"], list) else spec["kernel"]
        return (f"nn.Conv2d({shape[0]}, {spec['filters']}, kernel_size={kernel!r}, stride={spec['stride']}, "
                f"padding={spec['pad']})", {"weight": (names["W"], False), "bias": (names["b"], False)})
    if kind == "batchnorm":
        # The playground keeps momentum * running + (1 - momentum) * batch; PyTorch's momentum is
        # the weight of the batch. (PyTorch's running variance is the unbiased one, the
        # playground's the biased one: the same at inference, slightly apart while training.)
        dims = 2 if len(shape) == 3 else 1
        momentum = round(1.0 - spec["momentum"], 10)
        return (f"nn.BatchNorm{dims}d({shape[0]}, eps={spec['eps']!r}, momentum={momentum!r})",
                {"weight": (names["gamma"], False), "bias": (names["beta"], False),
                 "running_mean": (names["running_mean"], False), "running_var": (names["running_var"], False)})
    if kind == "pool":
        if spec["pad"] > spec["size"] // 2:
            raise PlaygroundError(f"PyTorch pads a {spec['size']}x{spec['size']} pooling window by at most "
                                  f"{spec['size'] // 2}, this model by {spec['pad']}: export it to ONNX")
        cls = "MaxPool2d" if spec["mode"] == "max" else "AvgPool2d"
        # Average pooling divides by the whole window, padding included (count_include_pad).
        return f"nn.{cls}({spec['size']}, stride={spec['stride']}, padding={spec['pad']})", {}
    simple = {"relu": "nn.ReLU()", "sigmoid": "nn.Sigmoid()", "tanh": "nn.Tanh()", "flatten": "nn.Flatten()"}
    if kind in simple:
        return simple[kind], {}
    if kind == "leaky-relu":
        return f"nn.LeakyReLU({spec['alpha']!r})", {}
    if kind == "dropout":
        return f"nn.Dropout({spec['rate']!r})", {}
    raise PlaygroundError(f"layer type {kind!r} cannot be exported to PyTorch")


def _prepare_code(plan: ExportPlan) -> str:
    multiply, add = input_scale(plan)
    lines = ["x = images.to(torch.float32) / 255.0"]
    if (multiply, add) != (1.0, 0.0):
        lines.append(f"x = x * {multiply!r} + {add!r}")
    lines.append(f"return x.reshape(len(x), {', '.join(map(str, plan.input_shape))})")
    return "\n    ".join(lines)


def _loss_code(plan: ExportPlan) -> tuple[str, str]:
    """(loss function body, probabilities body) for the model's loss."""
    if plan.loss["type"] == "softmax-cross-entropy":
        return ("return F.cross_entropy(scores, labels)",
                "return torch.softmax(scores, dim=1)")
    if plan.loss["type"] == "mse":
        low, high = plan.loss["target_low"], plan.loss["target_high"]
        return (f"targets = torch.full_like(scores, {low!r})\n"
                f"    targets[torch.arange(len(labels)), labels] = {high!r}\n"
                "    # Half the summed squared error per image, averaged over the batch.\n"
                "    return 0.5 * ((scores - targets) ** 2).sum() / len(labels)",
                "# Sigmoid outputs are not a distribution: clip at zero and normalise.\n"
                "    p = scores.clamp_min(1e-12)\n"
                "    return p / p.sum(dim=1, keepdim=True)")
    raise PlaygroundError(f"loss {plan.loss['type']!r} cannot be exported to PyTorch")


def render_pytorch(plan: ExportPlan) -> str:
    """The script's source text."""
    layer_lines, weight_lines = [], []
    for index, step in enumerate(plan.steps):
        code, tensors = _module(step)
        owned = ", ".join(name for name, _ in tensors.values())
        layer_lines.append(f"{code},{'  # ' + owned if owned else ''}")
        for torch_name, (array, transpose) in tensors.items():
            weight_lines.append(f'"layers.{index}.{torch_name}": arrays["{array}"]{".T" if transpose else ""},')
    loss_body, probabilities_body = _loss_code(plan)
    return TEMPLATE.format(
        name=plan.name, source=plan.source.name, classes=json.dumps(plan.classes, ensure_ascii=False),
        prepare=_prepare_code(plan), layers=textwrap.indent("\n".join(layer_lines), " " * 12),
        weights=textwrap.indent("\n".join(weight_lines), " " * 12), loss=loss_body,
        probabilities=probabilities_body, n_classes=len(plan.classes),
        input_desc=", ".join(f"{k} {v}" for k, v in plan.input_spec.items()))


def write_pytorch(plan: ExportPlan, out_path: Path) -> None:
    out_path.write_text(render_pytorch(plan), encoding="utf-8")


TEMPLATE = '''\
"""{name}: a network trained in Neural Network Playground, as a PyTorch module.

Same layers, same weights (read from {source} by load_weights) and the same input scaling
(prepare) as in the playground, so it gives the same outputs. To go on training:

    python THIS_FILE.py --weights {source} --images train-images-idx3-ubyte.gz --labels train-labels-idx1-ubyte.gz
    torchrun --nproc_per_node=4 THIS_FILE.py ...     # one process per GPU, or over several machines
"""

import argparse
import gzip
import os

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

CLASSES = {classes}


def prepare(images: torch.Tensor) -> torch.Tensor:
    """uint8 images (N, 28, 28), ink high, to the network's input ({input_desc})."""
    {prepare}


class Network(nn.Module):
    """The playground's layers in order; each comment names the model-file arrays a layer takes."""

    def __init__(self) -> None:
        super().__init__()
        self.layers = nn.Sequential(
{layers}
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Scores (N, {n_classes}) for prepared input; see probabilities()."""
        return self.layers(x)


def probabilities(scores: torch.Tensor) -> torch.Tensor:
    """Class probabilities from the network's scores, as the playground shows them."""
    {probabilities}


def loss_function(scores: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """The loss the playground trained this network with."""
    {loss}


def load_weights(model: Network, path: str) -> None:
    """Copy the arrays of a playground model file (.npz, read without pickle) into the model.

    The playground stores a fully connected layer's weights as (inputs, outputs): nn.Linear wants
    them transposed. Convolution weights have the same layout in both.
    """
    with np.load(path, allow_pickle=False) as arrays:
        state = {{
{weights}
        }}
    own = model.state_dict()
    for key, array in state.items():
        if tuple(own[key].shape) != array.shape:
            raise ValueError(f"{{path}}: {{key}} has shape {{array.shape}}, the model needs {{tuple(own[key].shape)}}")
        own[key].copy_(torch.from_numpy(np.ascontiguousarray(array)))


def read_idx(path: str) -> np.ndarray:
    """An IDX file (MNIST's format, gzipped or not) as a uint8 array."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(bytearray(data), np.uint8, offset=4 + 4 * dims).reshape(shape)


def train(model: nn.Module, images: np.ndarray, labels: np.ndarray, epochs: int, batch_size: int,
          lr: float, device: torch.device) -> None:
    """Mini-batch training with Adam; under torchrun each process takes its share of every epoch."""
    data = TensorDataset(prepare(torch.from_numpy(images)), torch.from_numpy(labels.astype(np.int64)))
    distributed = dist.is_available() and dist.is_initialized()
    sampler = DistributedSampler(data) if distributed else None
    loader = DataLoader(data, batch_size=batch_size, shuffle=sampler is None, sampler=sampler)
    model.to(device)
    net = DistributedDataParallel(model, device_ids=[device.index] if device.type == "cuda" else None) \\
        if distributed else model
    optimizer = torch.optim.Adam(net.parameters(), lr=lr)
    for epoch in range(epochs):
        if sampler is not None:
            sampler.set_epoch(epoch)
        net.train()
        total, count = 0.0, 0
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            optimizer.zero_grad()
            loss = loss_function(net(x), y)
            loss.backward()
            optimizer.step()
            total, count = total + loss.item() * len(y), count + len(y)
        print(f"epoch {{epoch + 1}}/{{epochs}}: loss {{total / count:.4f}}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", default="{source}", help="playground model file to start from")
    parser.add_argument("--images", required=True, help="IDX images file")
    parser.add_argument("--labels", required=True, help="IDX labels file")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--out", default="network.pt", help="where to save the trained state_dict")
    args = parser.parse_args()
    if "LOCAL_RANK" in os.environ:  # started by torchrun
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
    local_rank = int(os.environ.get("LOCAL_RANK", 0))
    device = torch.device(f"cuda:{{local_rank}}" if torch.cuda.is_available() else "cpu")
    model = Network()
    load_weights(model, args.weights)
    train(model, read_idx(args.images), read_idx(args.labels), args.epochs, args.batch_size, args.lr, device)
    if not dist.is_initialized() or dist.get_rank() == 0:
        torch.save(model.state_dict(), args.out)
        print(f"saved {{args.out}}")
    if dist.is_initialized():
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
'''
