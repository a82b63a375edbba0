"""Every module-level name of the package is bound once.

The rule modules hold hundreds of module-level patterns; a second ``_NAME = re.compile(...)`` further down silently
replaces the first for every function that reads it (stop 27 shadowed ``_MANY_PLACES`` that way). Ruff flags a
redefined function or import, not a reassigned variable, so this test does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for pkg in ("incidents", "geodata", "dashboard") for p in (ROOT / pkg).rglob("*.py"))


def _bound_twice(tree: ast.Module) -> dict[str, list[int]]:
    seen: dict[str, list[int]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            names = []
        for name in names:
            seen.setdefault(name, []).append(node.lineno)
    return {name: lines for name, lines in seen.items() if len(lines) > 1}


def test_the_check_sees_a_rebinding() -> None:
    tree = ast.parse("_A = 1\ndef f():\n    return _A\n_A = 2\n")
    assert _bound_twice(tree) == {"_A": [1, 4]}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(ast.parse(path.read_text(encoding="utf-8"))) == {}
