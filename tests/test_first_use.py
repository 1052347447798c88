"""What a new user meets first: the bare command, JSON for scripts, global options,
dates after today, and words in the right number."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from commitments.text import counted
from conftest import SHIPPED, Run

Write = Callable[..., Path]

LEDGER = """
    version = 1

    [[commitment]]
    id = "water"
    title = "Round table on water resources"
    due = "by 2027"
    declared = 2025-05-30
    source = "Joint Declaration"
"""


def test_the_bare_command_prints_the_help(run: Run) -> None:
    result = run()
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ")
    assert "\\n" not in result.stdout and "\n  list " in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("command", [["due"], ["list", "--status", "cancelled"]])
def test_json_is_a_document_even_when_empty(run: Run, command: list[str]) -> None:
    result = run("-f", str(SHIPPED), "--today", "2020-01-01", *command, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_due_stays_silent_when_piped_and_nothing_is_due(run: Run) -> None:
    for fmt in ("table", "plain", "markdown"):
        result = run("-f", str(SHIPPED), "--today", "2020-01-01", "due", "--format", fmt)
        assert (result.exit_code, result.stdout) == (0, ""), fmt


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["show", "water"],
        ["due"],
        ["check"],
        ["update", "water", "--note", "n"],
        ["add", "--title", "T"],
    ],
)
def test_global_options_go_before_or_after_every_command(
    run: Run, write_ledger: Write, command: list[str]
) -> None:
    path = write_ledger(LEDGER)
    before = run("-f", str(path), "--today", "2026-11-23", *command)
    after = run(*command, "-f", str(path), "--today", "2026-11-23")
    assert before.exit_code == 0, before.stderr
    assert after.exit_code == 0, after.stderr


def test_an_update_dated_after_today_is_refused(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    text = path.read_text()
    result = run("-f", str(path), "--today", "2026-11-23", "update", "water", "--on",
                 "2030-01-01", "--status", "done")  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr == (
        "commitments: error: --on: 2030-01-01 is in the future (today is 2026-11-23);"
        " give --allow-future to record it anyway\n"
    )
    assert path.read_text() == text
    allowed = run("-f", str(path), "--today", "2026-11-23", "update", "water", "--on",
                  "2030-01-01", "--note", "planned meeting", "--allow-future")  # fmt: skip
    assert allowed.exit_code == 0, allowed.stderr
    # and the write says what check says about it
    assert "is dated 2030-01-01, after today (2026-11-23)" in allowed.stderr


def test_a_commitment_declared_after_today_is_refused(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    args = ["-f", str(path), "--today", "2026-11-23", "add", "--title", "T", "--declared"]
    result = run(*args, "2026-12-01")
    assert result.exit_code == 2 and "--declared: 2026-12-01 is in the future" in result.stderr
    assert run(*args, "2026-11-23").exit_code == 0


def test_check_warns_about_updates_dated_after_today(run: Run, write_ledger: Write) -> None:
    path = write_ledger(
        LEDGER
        + """
    [[update]]
    commitment = "water"
    on = 2026-12-01
    note = "held"
    """
    )
    warned = run("-f", str(path), "--today", "2026-11-23", "check")
    assert warned.exit_code == 0
    assert warned.stderr == (
        f'{path.name}:12:1: warning: update for "water": is dated 2026-12-01,'
        " after today (2026-11-23)\n"
    )
    # the report kept for these bytes is kept for that day only
    later = run("-f", str(path), "--today", "2026-12-01", "check")
    assert later.exit_code == 0 and "after today" not in later.stderr + later.stdout
    assert run("-f", str(path), "--today", "2026-11-23", "check").stderr == warned.stderr


def test_words_in_the_right_number(run: Run, write_ledger: Write) -> None:
    path = write_ledger(
        LEDGER
        + """
    [[update]]
    commitment = "water"
    on = 2026-01-10
    due = "2028"
    """
    )
    shown = run("-f", str(path), "--today", "2026-11-23", "show", "water").stdout
    assert "1 time, +366 days" in shown and "(s)" not in shown
    assert [counted(n, "update") for n in (0, 1, 2)] == ["0 updates", "1 update", "2 updates"]
