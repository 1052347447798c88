from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from commitments import clock
from support import Run


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


@pytest.fixture
def run() -> Run:
    return Run()


@pytest.fixture
def untraced() -> Iterator[None]:
    """Run the test without coverage's tracer, which makes it three times slower: for a
    measurement over data (the held-out sets) whose code other tests already cover."""
    try:
        import coverage
    except ImportError:  # the suite runs without coverage too
        yield
        return
    cov = coverage.Coverage.current()
    if cov is None:
        yield
        return
    cov.stop()
    try:
        yield
    finally:
        cov.start()
