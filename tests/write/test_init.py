"""`init`: a commented starter ledger that passes `check --strict`, written only where no
file is, its journals kept out of git."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from commitments.model import STATUSES, STRENGTHS
from commitments.write.starter import STARTER, journal_pattern
from support import Run

GIT = shutil.which("git")


def test_the_starter_passes_check_strict_and_explains_its_keys(run: Run, tmp_path: Path) -> None:
    made = run("init", str(tmp_path))
    assert made.exit_code == 0, made.stderr
    path = tmp_path / "commitments.toml"
    assert path.read_text(encoding="utf-8") == STARTER
    assert made.stdout.startswith(f"wrote {path}: a commented starter ledger\n")
    checked = run("-f", str(path), "check", "--strict")
    assert checked.exit_code == 0, checked.stderr + checked.stdout
    doc = tomllib.loads(STARTER)
    assert [len(doc[k]) for k in ("summit", "commitment", "update")] == [1, 1, 1]
    comments = "\n".join(line.split("#", 1)[1] for line in STARTER.splitlines() if "#" in line)
    assert all(s in comments for s in STATUSES) and all(s in comments for s in STRENGTHS)
    # every key written has a comment on its line, but those that name a thing plainly
    plain = {"id", "name", "title", "place", "commitment", "note", "quote"}
    for line in STARTER.splitlines():
        if " = " in line and not line.startswith("#") and line.split(" = ")[0] not in plain:
            assert "#" in line.split(" = ", 1)[1], line


def test_init_never_overwrites(run: Run, tmp_path: Path) -> None:
    tmp_path = tmp_path / "folder"
    tmp_path.mkdir()
    path = tmp_path / "mine.toml"
    path.write_bytes(b"# my own ledger\n")
    refused = run("init", str(path))
    assert refused.exit_code == 1
    assert "already exists; init never overwrites a file (nothing was changed)" in refused.stderr
    assert path.read_bytes() == b"# my own ledger\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.toml"]  # no temporary left
    missing = run("init", str(tmp_path / "no" / "such.toml"))
    assert missing.exit_code == 1 and "cannot be written" in missing.stderr


def test_outside_git_nothing_else_is_written(run: Run, tmp_path: Path) -> None:
    tmp_path = tmp_path / "folder"
    tmp_path.mkdir()
    assert run("init", str(tmp_path / "x.toml")).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.toml"]


@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_in_a_git_repository_the_journals_are_ignored(run: Run, tmp_path: Path) -> None:
    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=tmp_path, capture_output=True, text=True)

    git("init", "-q")
    (tmp_path / ".gitignore").write_bytes(b"build/")  # no final newline: kept as it was
    made = run("init", str(tmp_path))
    assert made.exit_code == 0, made.stderr
    assert f"added its journal files to {tmp_path / '.gitignore'}" in made.stdout
    ignore = (tmp_path / ".gitignore").read_text()
    assert ignore.startswith("build/\n") and ignore.endswith(
        journal_pattern("commitments.toml") + "\n"
    )
    assert git("check-ignore", "-q", ".commitments.toml.1234.journal").returncode == 0
    assert git("status", "--porcelain").stdout.split("\n")[:2] == [
        "?? .gitignore",
        "?? commitments.toml",
    ]
    # a second ledger in the same folder: its own journals need the line; an ignored
    # pattern already covering them needs nothing more
    (tmp_path / ".gitignore").write_text(ignore + ".*.journal\n")
    again = run("init", str(tmp_path / "other.toml"))
    assert "added" not in again.stdout
    assert (tmp_path / ".gitignore").read_text() == ignore + ".*.journal\n"


def test_the_global_file_option_names_the_new_ledger(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "briefing.toml"
    assert run("-f", str(path), "init").exit_code == 0
    assert run("-f", str(path), "check", "--strict").exit_code == 0


@pytest.mark.parametrize("where", [["-f", "nd/", "init"], ["init", "-f", "nd/"]])
def test_a_folder_given_with_f_and_a_slash_gets_its_ledger(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: list[str]
) -> None:
    """`-f nd/ init` wrote a file called nd: the option dropped the "/" that says folder."""
    monkeypatch.chdir(tmp_path)
    result = run(*where)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "nd" / "commitments.toml").is_file()


def test_init_given_two_ledgers_takes_neither(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("init", "-f", "one.toml", "two.toml")
    assert result.exit_code == 2 and "give the new ledger once" in result.stderr
    assert not (tmp_path / "one.toml").exists() and not (tmp_path / "two.toml").exists()
