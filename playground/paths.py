"""Where the shipped data and models live, and where decoded caches go.

The product reads only files inside its own tree (``resources/``, ``models/``) and the user's
cache directory; it never downloads anything.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_ROOT / "resources"
DATASETS_DIR = RESOURCES_DIR / "datasets"
MODELS_DIR = PROJECT_ROOT / "models"


def cache_dir() -> Path:
    """The per-user cache folder, honouring ``XDG_CACHE_HOME`` as desktop Linux expects."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "nn-playground"
