"""Hundreds of seeded mutations of shipped models: each loads or ends in one clear ModelFileError."""

from pathlib import Path

import numpy as np
import pytest

from playground.engine.errors import ModelFileError
from playground.engine.training.modelfile import load_model
from scripts.mutations import MUTATORS, model_cases

MODELS = Path(__file__).resolve().parents[2] / "models"
ALWAYS_REFUSED = {"zip bomb", "truncation"}


@pytest.mark.parametrize("seed", range(3))
def test_mutated_model_files_load_or_raise_a_clear_error(tmp_path, seed):
    rng = np.random.default_rng(seed)
    sources = [MODELS / "deep-cnn.npz", MODELS / "rashid.npz"]
    seen = set()
    for i, (category, data) in enumerate(model_cases(rng, sources, 10 * len(MUTATORS))):
        path = tmp_path / f"case{i}.npz"
        path.write_bytes(data)
        seen.add(category)
        try:
            model = load_model(path)
        except ModelFileError as exc:
            assert path.name in str(exc)
            continue
        assert category not in ALWAYS_REFUSED, f"{category}: case {i} loaded"
        assert isinstance(model.name, str) and isinstance(model.classes, list)
        assert model.test_accuracy is None or 0 <= model.test_accuracy <= 1
    assert seen == set(MUTATORS)
