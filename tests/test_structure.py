"""The library keeps the shape the README promises: small modules, functions and classes.

Limits: a module under 400 lines, a function under 80, a class under 250 (issue: restructuring).
"""
import ast
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parent.parent / "lib" / "coopnews"
LIMITS = {"module": 400, ast.FunctionDef: 80, ast.AsyncFunctionDef: 80, ast.ClassDef: 250}
MODULES = sorted(LIB.rglob("*.py"))


def oversized(path: Path) -> list[str]:
    """Return ``kind name lines`` for each part of ``path`` over its limit."""
    source = path.read_text(encoding="utf-8")
    found = []
    if source.count("\n") > LIMITS["module"]:
        found.append(f"module {source.count(chr(10))}")
    for node in ast.walk(ast.parse(source)):
        limit = LIMITS.get(type(node))
        if limit and node.end_lineno - node.lineno + 1 > limit:
            found.append(f"{type(node).__name__} {node.name} {node.end_lineno - node.lineno + 1}")
    return found


def test_checker_finds_a_long_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(90))
    (tmp_path / "m.py").write_text(f"def f():\n{body}\n", encoding="utf-8")
    assert oversized(tmp_path / "m.py") == ["FunctionDef f 91"]


@pytest.mark.parametrize("path", MODULES, ids=[p.relative_to(LIB).as_posix() for p in MODULES])
def test_module_within_limits(path):
    assert oversized(path) == []
