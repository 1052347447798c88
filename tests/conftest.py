from __future__ import annotations

import datetime as dt
import os
import pty
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commitments import clock
from commitments.cli import app

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "commitments.toml"
GOLDEN = Path(__file__).resolve().parent / "golden"
TODAY = "2026-11-22"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from any real ledger and from the caller's environment."""
    for name in (
        "COMMITMENTS_FILE",
        "COMMITMENTS_TODAY",
        "COMMITMENTS_AUTHOR",
        "FORCE_COLOR",
        "COMMITMENTS_NO_CACHE",
        "PAGER",
        "LESS",
    ):
        monkeypatch.delenv(name, raising=False)
    # A pager on a test's pseudo-terminal would wait for keys: off, unless a test asks.
    monkeypatch.setenv("COMMITMENTS_PAGER", "")
    # The cache goes to the test's own folder, never the user's.
    monkeypatch.setenv("COMMITMENTS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    # `check` judges dates against the system date: tests in this process see a fixed one.
    monkeypatch.setattr(clock, "real_today", lambda: dt.date(2026, 11, 23))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)


@pytest.fixture
def write_ledger(tmp_path: Path) -> Callable[[str], Path]:
    """Write a small ledger (dedented) into the test's working folder."""

    def write(text: str, name: str = "commitments.toml") -> Path:
        path = tmp_path / "work" / name
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return write


class Run:
    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        return self.runner.invoke(app, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def run() -> Run:
    return Run()


def golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


def on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the tool on a pseudo-terminal and return what it showed."""
    primary, secondary = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update({"TERM": "xterm-256color", "COLUMNS": "200", **env})
    process = subprocess.Popen(
        [sys.executable, "-m", "commitments", *args],
        stdout=secondary,
        stderr=secondary,
        stdin=subprocess.DEVNULL,
        env=full_env,
    )
    os.close(secondary)
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
