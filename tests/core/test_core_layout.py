"""The Qt-free core stays Qt-free: only app/ui may import PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_ui_imports_pyside6():
    offenders = [
        str(path.relative_to(APP.parent))
        for path in APP.rglob("*.py")
        if "ui" not in path.relative_to(APP).parts[:1] and "PySide6" in _imports(path)
    ]
    assert offenders == []


def test_the_walk_sees_the_ui_package():
    # Guards the test above against walking an empty or wrong folder.
    ui_files = [p for p in APP.rglob("*.py") if p.relative_to(APP).parts[0] == "ui"]
    assert any("PySide6" in _imports(p) for p in ui_files)
