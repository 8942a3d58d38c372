"""Where the shipped data and models live, where decoded caches go, and where the user's own data is kept.

The product reads only its own data (``resources/``, ``models/``), the user's cache directory and
the user's data directory (their drawings and personal models, kept locally, never uploaded); it
never downloads anything. A wheel carries the two folders inside the package
(``playground/resources``, ``playground/models``, mapped in ``pyproject.toml``); a source checkout
keeps them beside the package. Both are found from here, whatever the current directory.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

APP_NAME = "nn-playground"
PACKAGE_DIR = Path(__file__).resolve().parent


def _data_folder(name: str) -> Path:
    """The installed package's copy of a data folder, else the checkout's beside the package."""
    installed = Path(str(files(__package__) / name))
    return installed if installed.is_dir() else PACKAGE_DIR.parent / name


RESOURCES_DIR = _data_folder("resources")
DATASETS_DIR = RESOURCES_DIR / "datasets"
MODELS_DIR = _data_folder("models")


def cache_dir(platform: str = sys.platform) -> Path:
    """The per-user cache folder where each OS keeps caches: ``%LOCALAPPDATA%`` on Windows,
    ``~/Library/Caches`` on macOS, ``XDG_CACHE_HOME`` (default ``~/.cache``) elsewhere."""
    if platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME / "Cache"
    if platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / APP_NAME


def data_dir(platform: str = sys.platform) -> Path:
    """The per-user folder for data the user made (unlike a cache, never safe to delete):
    ``%APPDATA%`` on Windows, ``~/Library/Application Support`` on macOS, ``XDG_DATA_HOME``
    (default ``~/.local/share``) elsewhere."""
    if platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_NAME
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME
