"""A run's recipe as plain data: what the Train form edits, presets fill in and model files keep."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from ..errors import SpecError
from .rules import GRADIENT_RULES


@dataclass
class EarlyStopping:
    """Stop when the validation accuracy has not improved by ``min_delta`` for ``patience`` epochs."""

    patience: int = 3
    min_delta: float = 0.0
    restore_best: bool = True


@dataclass
class TrainConfig:
    """Everything that shapes a run; plain data, stored in the model file's header.

    ``rule`` picks how gradients are computed: "backprop" (exact) or "rashid" (the book's
    ``train()``, for bias-free sigmoid networks). ``pen_styles``: share of the training 1s given a
    flag and of the 7s a crossed stem, once before training (digit datasets only; see penstyles).
    ``stratified``: hold out the validation share class by class (small sets of a person's own
    classes), instead of a plain random share.
    """

    optimizer: dict = field(default_factory=lambda: {"type": "sgd", "lr": 0.1})
    batch_size: int = 100
    epochs: int = 5
    schedule: dict | None = None
    weight_decay: float = 0.0
    clip_norm: float = 0.0
    augment: dict | None = None
    seed: int = 0
    validation_share: float = 0.1
    stratified: bool = False
    evals_per_epoch: int = 4
    eval_train_samples: int = 2000
    early_stopping: EarlyStopping | None = None
    keep_best: bool = True
    snapshot_interval: float = 0.0
    diagnostics_interval: float = 2.0
    rule: str = "backprop"
    pen_styles: float = 0.0

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise SpecError(f"training config: unknown key(s) {sorted(unknown)}")
        data = dict(data)
        if isinstance(data.get("early_stopping"), dict):
            data["early_stopping"] = EarlyStopping(**data["early_stopping"])
        return cls(**data)

    def to_dict(self) -> dict:
        return asdict(self)

    def validate(self) -> None:
        if self.batch_size < 1 or self.epochs < 1:
            raise SpecError("batch size and epochs must be at least 1")
        if not 0.0 <= self.validation_share < 1.0:
            raise SpecError("the validation share must be in [0, 1)")
        if not 0.0 <= self.pen_styles <= 1.0:
            raise SpecError("the pen-style share must be between 0 and 1")
        if self.rule not in GRADIENT_RULES:
            raise SpecError(f"unknown update rule {self.rule!r}; choose one of {', '.join(GRADIENT_RULES)}")
        if self.optimizer.get("lr", 1.0) <= 0:
            raise SpecError("the learning rate must be positive")
