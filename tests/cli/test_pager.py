"""Output taller than the terminal goes through a pager, as git's does."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import SHIPPED, TODAY, Run, on_a_terminal

LIST = ["-f", str(SHIPPED), "--today", TODAY, "list"]


def pager_writing_to(path: Path) -> str:
    return f"sh -c 'cat > {path}'"


@pytest.fixture
def paged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the test's pager puts what it was given."""
    monkeypatch.delenv("COMMITMENTS_PAGER", raising=False)
    return tmp_path / "paged.txt"


def test_output_taller_than_the_screen_is_paged(paged: Path) -> None:
    shown = on_a_terminal(LIST, {"PAGER": pager_writing_to(paged), "LINES": "5"})
    assert "foreign-ministers-conference-2026" in paged.read_text()
    assert "foreign-ministers-conference-2026" not in shown  # the pager showed it


def test_output_that_fits_is_not_paged(paged: Path) -> None:
    shown = on_a_terminal(LIST, {"PAGER": pager_writing_to(paged), "LINES": "200"})
    assert not paged.exists()
    assert "foreign-ministers-conference-2026" in shown


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--no-pager"], {}),
        (["list", "--no-pager"], {}),
        ([], {"COMMITMENTS_PAGER": ""}),
    ],
)
def test_paging_can_be_turned_off(paged: Path, args: list[str], env: dict[str, str]) -> None:
    command = [*LIST[:-1], *args] if args[:1] == ["list"] else [*LIST, *args]
    shown = on_a_terminal(command, {"PAGER": pager_writing_to(paged), "LINES": "5", **env})
    assert not paged.exists()
    assert "foreign-ministers-conference-2026" in shown


def test_commitments_pager_wins_over_pager(paged: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    env = {"PAGER": pager_writing_to(other), "COMMITMENTS_PAGER": pager_writing_to(paged)}
    on_a_terminal(LIST, {**env, "LINES": "5"})
    assert paged.exists() and not other.exists()


def test_a_missing_pager_still_shows_the_text(paged: Path) -> None:
    shown = on_a_terminal(LIST, {"PAGER": "no-such-pager-anywhere", "LINES": "5"})
    assert "foreign-ministers-conference-2026" in shown
    assert "Traceback" not in shown


def test_show_is_one_page(paged: Path) -> None:
    """The card and its history go to one pager, not two."""
    args = ["-f", str(SHIPPED), "--today", TODAY, "show", "water-roundtable-2026"]
    on_a_terminal(args, {"PAGER": pager_writing_to(paged), "LINES": "5"})
    text = paged.read_text()
    assert "water-roundtable-2026" in text and "Quote" in text


def test_no_pager_changes_nothing_beyond_its_run(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """--no-pager says so to the output stream of one command, not to the process: a
    later command in the same process (a test, a notebook) still pages."""
    import os

    monkeypatch.delenv("COMMITMENTS_PAGER", raising=False)
    before = dict(os.environ)
    assert run("-f", str(SHIPPED), "--no-pager", "list", "--format", "plain").exit_code == 0
    assert run("-f", str(SHIPPED), "list", "--no-pager", "--format", "plain").exit_code == 0
    assert dict(os.environ) == before
