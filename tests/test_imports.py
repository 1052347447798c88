"""The modules' imports, local ones too, form no cycle: the dependency graph can be read
from the top of each module downwards. Imports under ``if TYPE_CHECKING:`` are for the
type checker only and never run."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path, known: set[str]) -> set[str]:
    """The project's modules ``path`` imports when it runs, wherever the import is."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    found: set[str] = set()
    skipped = {id(n) for node in ast.walk(tree) if _type_checking(node) for n in ast.walk(node)}
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    found.discard(_module(path))
    return found


def graph() -> dict[str, set[str]]:
    files = {_module(p): p for p in SRC.rglob("*.py")}
    known = set(files)
    # A package's __init__ runs before any of its modules: importing a.b imports a.
    edges = {name: _imports(path, known) for name, path in files.items()}
    return {name: {d for d in deps if not name.startswith(d + ".")} for name, deps in edges.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    found, state, stack = [], {}, []

    def visit(node: str) -> None:
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = "done"

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def test_no_import_cycle_even_inside_functions() -> None:
    assert cycles(graph()) == []


def test_the_walk_sees_local_imports() -> None:
    """The test above can fail: a cycle made of local imports is found."""
    edges = {"a": {"b"}, "b": {"a"}}
    assert cycles(edges) == [["a", "b", "a"]]
    assert "commitments.ledger.parse" in graph()["commitments.ledger.read"]  # a local import


def test_every_import_inside_a_function_says_why() -> None:
    """Imports go at the top of a module; one inside a function is there for start-up
    time (a module only some runs need), and says so in a comment on its line."""
    silent = []
    for path in sorted(SRC.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        tree = ast.parse(text)
        skipped = {id(n) for node in ast.walk(tree) if _type_checking(node) for n in ast.walk(node)}
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Import | ast.ImportFrom) or id(node) in skipped:
                    continue
                if not any("#" in lines[i] for i in range(node.lineno - 1, node.end_lineno or 0)):
                    silent.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert silent == []
