"""Odd paths, odd environments and odd values give a plain error, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from support import SHIPPED, WATER_LEDGER, Write, cli

# --- odd paths: a plain error, never a traceback ------------------------------------------


def test_odd_paths_give_plain_errors(tmp_path: Path) -> None:
    loop = tmp_path / "l1"
    loop.symlink_to(tmp_path / "l2")
    (tmp_path / "l2").symlink_to(loop)
    cases = [
        (["-f", str(loop), "list"], "symbolic links"),
        (["-f", str(loop), "update", "water", "--note", "x"], "symbolic links"),
        (["-f", str(tmp_path / ("x" * 300)), "update", "water", "--note", "x"], "too long"),
        (["-f", str(tmp_path / ("x" * 300)), "list"], "too long"),
        (["-f", "/dev/zero", "list"], "not a regular file"),
        (["-f", "/proc/self/environ", "update", "water", "--note", "x"], "nothing was changed"),
    ]
    for args, message in cases:
        result = cli(*args)
        assert result.returncode == 1, (args, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr, args


@pytest.mark.parametrize(
    "command", [["check"], ["due", "--exit-code"], ["export", "--format", "ics"]]
)
def test_a_fifo_nobody_writes_to_is_no_ledger(tmp_path: Path, command: list[str]) -> None:
    """It read as an empty, valid ledger: `check` said ok and `due --exit-code` 0."""
    fifo = tmp_path / "l.toml"
    os.mkfifo(fifo)
    result = cli("-f", str(fifo), *command)
    assert result.returncode == 1 and result.stdout == ""
    assert "is a pipe or FIFO that nothing was written to, not a ledger" in result.stderr


def test_a_ledger_piped_in_is_read(tmp_path: Path) -> None:
    done = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m commitments -f <(cat {SHIPPED}) check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "ok (35 commitments" in done.stdout, done.stderr


def test_a_non_utf8_file_name(tmp_path: Path) -> None:
    name = os.fsdecode(b"ledger-\xff.toml")
    path = tmp_path / name
    path.write_text(textwrap.dedent(WATER_LEDGER))
    for args in (["check"], ["check", "--format", "json"], ["list"]):
        result = cli("-f", str(path), *args, env={"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    assert "ledger-\\xff.toml" in cli("-f", str(path), "check").stdout


def test_a_deleted_current_folder(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    script = (
        "import os, sys, runpy\n"
        f"os.chdir({str(gone)!r}); os.rmdir({str(gone)!r})\n"
        "sys.argv = ['commitments', 'list']\n"
        "runpy.run_module('commitments', run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1 and "no longer exists" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_home_and_no_passwd_entry(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("HOME", "COMMITMENTS_CACHE_DIR")}
    env.pop("XDG_CACHE_HOME", None)
    from commitments.ledger import private_store as store

    script = (
        "import os, pwd, pathlib\n"
        "def nobody(uid): raise KeyError(uid)\n"
        "pwd.getpwuid = nobody\n"
        "from commitments.ledger import private_store as store\n"
        "print(store.folder())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "None", result.stderr
    assert store.folder() is not None  # with a home, the test process has one


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    from commitments.ledger import private_store as store

    monkeypatch.delenv("COMMITMENTS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    folder = store.folder()
    assert folder is not None and folder.is_absolute() and "relative" not in str(folder)


@pytest.mark.parametrize("value", ["20261122", "2026-W47-7", "2026-11-22T00:00", "tomorrow"])
def test_dates_only_as_yyyy_mm_dd(value: str) -> None:
    result = cli("-f", str(SHIPPED), "--today", value, "list")
    assert result.returncode == 2 and "(expected YYYY-MM-DD)" in result.stderr


def test_long_values_are_cut_in_messages(write_ledger: Write) -> None:
    path = write_ledger(WATER_LEDGER)
    result = cli("-f", str(path), "update", "water", "--due", "z" * 100_000)
    assert result.returncode == 2
    assert len(result.stderr) < 2000 and "z" * 60 + "…" in result.stderr


def test_deep_nesting_is_reported_at_its_line(write_ledger: Write) -> None:
    path = write_ledger("version = 1\n\n\n" + "x = " + "[" * 5000 + "]" * 5000 + "\n")
    result = cli("-f", str(path), "check")
    assert result.returncode == 1
    assert ":4:1: error: invalid TOML: values are nested too deeply" in result.stderr


def test_csv_cells_that_would_run_as_formulas(write_ledger: Write) -> None:
    path = write_ledger(
        WATER_LEDGER.replace("Round table on water", '=HYPERLINK(\\"http://x\\")')
        + '    quote = "@SUM(A1)"\n'
    )
    defused = cli("-f", str(path), "--today", "2026-11-22", "list", "--format", "csv").stdout
    assert "'=HYPERLINK" in defused and "'@SUM(A1)" in defused
    late = cli("-f", str(path), "--today", "2027-01-31", "list", "--format", "csv").stdout
    assert ",-31," in late and "'-31" not in late  # a number of days stays a number
    raw = cli("-f", str(path), "--today", "2026-11-22", "list", "--format", "csv", "--raw").stdout
    assert "'=" not in raw and "=HYPERLINK" in raw


@pytest.mark.parametrize(
    "name", ["plain dir", "it's", "esc\x1b[2Jx", os.fsdecode(b"caf\xe9"), "café", "a\u202eb"]
)
def test_a_path_offered_as_a_shell_word_is_that_path_in_bash(name: str) -> None:
    """`mkdir -p 'esc\\x1b[2Jx'` made a folder with a backslash in its name."""
    from commitments.ledger.find import shell_word

    word = shell_word(name)
    assert "\x1b" not in word and "\u202e" not in word
    out = subprocess.run(["bash", "-c", f"printf %s {word}"], capture_output=True).stdout
    assert out == os.fsencode(name)
