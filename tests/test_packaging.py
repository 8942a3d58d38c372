"""The wheel's package list in pyproject.toml names every package of the source tree."""

from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_in_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "playground").rglob("__init__.py")}
    assert found <= set(config["packages"])
    assert config["package-dir"] == {"playground.resources": "resources", "playground.models": "models"}
