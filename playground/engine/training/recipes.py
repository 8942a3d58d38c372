"""A preset's training recipe as a ``TrainConfig``.

The CLI and the GUI both start a run from ``preset_recipe`` and change only the fields a person
set, so neither can drop part of a recipe (the book's update rule, an augmentation range, a
gradient clip) that it happens not to show.
"""

from __future__ import annotations

import copy

from ..presets import Preset
from .config import TrainConfig


def preset_recipe(preset: Preset | None) -> TrainConfig:
    """The training config a preset prescribes; the plain defaults for a network of one's own."""
    return TrainConfig() if preset is None else TrainConfig.from_dict(copy.deepcopy(preset.training))
