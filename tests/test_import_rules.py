"""The layering docs/architecture.md promises, checked on the source: a broken rule fails here
before it becomes a tangle (the engine free of Qt, shared GUI parts free of pages, pages apart)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "playground"
GUI = PACKAGE / "gui"
PAGES = sorted(p.name for p in GUI.iterdir() if p.is_dir() and p.name not in ("common", "__pycache__"))


def imported_modules(path: Path) -> set[str]:
    """Absolute dotted names of everything ``path`` imports (relative imports resolved)."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def sources(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_the_engine_imports_neither_the_gui_nor_qt():
    for path in sources(PACKAGE / "engine"):
        bad = {m for m in imported_modules(path)
               if m.split(".")[0] in ("PySide6", "pyqtgraph") or m.startswith("playground.gui")}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


def test_shared_gui_parts_import_no_page():
    for path in sources(GUI / "common"):
        bad = {m for m in imported_modules(path) if any(m.startswith(f"playground.gui.{p}") for p in PAGES)}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


@pytest.mark.parametrize("page", PAGES)
def test_a_page_imports_no_other_page(page):
    others = [p for p in PAGES if p != page]
    for path in sources(GUI / page):
        bad = {m for m in imported_modules(path)
               if any(m == f"playground.gui.{p}" or m.startswith(f"playground.gui.{p}.") for p in others)}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


def _first_line(path: Path, prefixes: tuple[str, ...]) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.startswith(prefixes):
            return number
    return None


@pytest.mark.parametrize("path", sorted((PACKAGE.parent / "benchmarks").glob("*.py"))
                         + sorted((PACKAGE.parent / "scripts").glob("*.py")), ids=lambda p: p.name)
def test_scripts_import_the_package_before_numpy(path):
    """OpenBLAS reads its thread timeout (set in playground/__init__.py) once, when NumPy loads it:
    a script that loads NumPy first runs with spinning BLAS threads and measures a slower engine."""
    numpy_line = _first_line(path, ("import numpy", "from numpy"))
    if numpy_line is not None:
        package_line = _first_line(path, ("import playground", "from playground"))
        assert package_line is not None and package_line < numpy_line, path.name
