"""The layers stay one-way: no import cycles, and the shared layers import no treaty.

The graph is read from the source with :mod:`ast`, so every import counts: at
module level, inside a function, and under ``if TYPE_CHECKING:``. A cycle that
only the type checker follows is still two modules that cannot be understood
apart.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "treatyrules"


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def graph() -> dict[str, frozenset[str]]:
    """Each module of the package and the package modules it imports."""
    modules = {_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, frozenset[str]] = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package[: len(package) - node.level + 1]
                    target = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    target = node.module or ""
                for alias in node.names:
                    full = f"{target}.{alias.name}"
                    found.add(full if full in modules else target)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        edges[name] = frozenset(m for m in found if m in modules and m != name)
    return edges


def _cycles(edges: dict[str, frozenset[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_package_has_no_import_cycle() -> None:
    assert _cycles(graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    # The check above could pass vacuously; a known cycle must be reported.
    assert _cycles({"a": frozenset({"b"}), "b": frozenset({"a"}), "c": frozenset()}) == [["a", "b"]]


@pytest.mark.parametrize("layer", ["treatyrules.core", "treatyrules.clauses"])
def test_the_shared_layers_import_no_treaty(layer: str) -> None:
    offending = {
        (module, target)
        for module, targets in graph().items()
        if module == layer or module.startswith(layer + ".")
        for target in targets
        if target.startswith("treatyrules.treaties")
    }
    assert offending == set()


def test_core_imports_nothing_above_it() -> None:
    offending = {
        (module, target)
        for module, targets in graph().items()
        if module.startswith("treatyrules.core")
        for target in targets
        if not target.startswith("treatyrules.core")
    }
    assert offending == set()


@pytest.mark.parametrize(
    "module", ["treatyrules.engine", "treatyrules.verdicts", "treatyrules.conclusion"]
)
def test_the_evaluator_and_the_explanations_import_no_treaty_module(module: str) -> None:
    assert {t for t in graph()[module] if t.startswith("treatyrules.treaties")} == set()
