"""What tests share that is not a fixture: where things are, the CLI runner, golden
files, a pseudo-terminal. Fixtures are in conftest.py."""

from __future__ import annotations

import importlib.util
import os
import pty
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

from typer.testing import CliRunner

from commitments.cli import app, app_for
from commitments.cli.app import completing

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "commitments.toml"
GOLDEN = Path(__file__).resolve().parent / "golden"
TODAY = "2026-11-22"
Write = Callable[..., Path]  # the write_ledger fixture


def benchmark_script(path: str) -> ModuleType:
    """A script under benchmarks/ ("extract", "extract/kit/check_set"), loaded as a
    module: benchmarks/ is not a package."""
    spec = importlib.util.spec_from_file_location(
        path.replace("/", "_"), REPO / "benchmarks" / f"{path}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Run:
    """The CLI in-process, as the console script runs it: with the app ``app_for``
    makes for the arguments (Typer builds each command of the app it is given on every
    run, 0.03 s for the whole app; a fuzzing example runs seven commands)."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        # the runner sets env only while it runs: ask of it as app_for asks of os.environ
        target = app if completing({**os.environ, **(env or {})}) else app_for(list(args))
        return self.runner.invoke(target, list(args), env=env, catch_exceptions=False)


def golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


def on_a_terminal(
    args: list[str], env: dict[str, str], cwd: Path | None = None, answers: bytes | None = None
) -> str:
    """Run the tool on a pseudo-terminal and return what it showed; with ``answers``,
    the terminal is its standard input too, and they are typed at it."""
    primary, secondary = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update({"TERM": "xterm-256color", "COLUMNS": "200", **env})
    process = subprocess.Popen(
        [sys.executable, "-m", "commitments", *args],
        stdout=secondary,
        stderr=secondary,
        stdin=subprocess.DEVNULL if answers is None else secondary,
        env=full_env,
        cwd=cwd,
    )
    os.close(secondary)
    if answers:
        os.write(primary, answers)
    chunks = []
    while True:
        try:
            data = os.read(primary, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=30)
    os.close(primary)
    return b"".join(chunks).decode("utf-8", "replace")


# A small valid ledger: one pledge, no updates.
WATER_LEDGER = """
    version = 1

    [[commitment]]
    id = "water"
    title = "Round table on water"
    due = "by 2026"
    declared = 2025-05-30
    parties = ["IT", "KZ"]
"""


def cli(
    *args: str, env: dict[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "COMMITMENTS_AUTHOR": "t", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "commitments", *args],
        capture_output=True,
        text=True,
        env=full,
        check=False,
        timeout=60,
        **kwargs,  # type: ignore[arg-type]
    )


def mount_tiny_tmpfs(where: Path, size: str = "64k") -> bool:
    """A small file system at ``where`` (made), to fill: a full disk. False where this
    process may not mount one (not root, or no mount rights)."""
    where.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
            capture_output=True,
            check=False,
        )
    except OSError:
        return False
    return done.returncode == 0


class Elements(HTMLParser):
    """Every element and attribute of a page, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(page: str) -> Elements:
    elements = Elements()
    elements.feed(page)
    elements.close()
    return elements
