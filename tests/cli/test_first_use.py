"""What a new user meets first: the bare command, JSON for scripts, global options,
dates after today, and words in the right number."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from commitments.text import counted
from support import REPO, SHIPPED, Run, Write

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
        ["add", "--title", "T", "--force"],  # added twice: before, then after
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


def test_check_warns_about_updates_dated_after_the_real_today(
    run: Run, write_ledger: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commitments import clock

    path = write_ledger(
        LEDGER
        + """
    [[update]]
    commitment = "water"
    on = 2026-12-01
    note = "held"
    """
    )
    monkeypatch.setattr(clock, "real_today", lambda: dt.date(2026, 11, 23))
    warned = run("-f", str(path), "check")
    assert warned.exit_code == 0
    assert warned.stderr == (
        f'{path.name}:12:1: warning: update for "water": is dated 2026-12-01,'
        " after today (2026-11-23)\n"
    )
    # --today sets the day a report is made as of, not the real one
    assert run("-f", str(path), "--today", "2027-01-01", "check").stderr == warned.stderr
    assert run("-f", str(path), "--today", "2026-01-01", "check").stderr == warned.stderr
    assert run("-f", str(path), "--today", "2026-13-01", "check").exit_code == 2
    # the report kept for these bytes is kept for that day only
    monkeypatch.setattr(clock, "real_today", lambda: dt.date(2026, 12, 1))
    later = run("-f", str(path), "check")
    assert later.exit_code == 0 and "after today" not in later.stderr + later.stdout
    monkeypatch.setattr(clock, "real_today", lambda: dt.date(2026, 11, 23))
    assert run("-f", str(path), "check").stderr == warned.stderr


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


# --- ids a person can type, filters where users want them -----------------------------------


def test_a_unique_prefix_names_a_commitment(run: Run, write_ledger: Write) -> None:
    path = write_ledger(
        LEDGER + '\n    [[commitment]]\n    id = "water-summit"\n    title = "W"\n'
        '\n    [[commitment]]\n    id = "energy"\n    title = "E"\n'
    )
    shown = run("-f", str(path), "show", "ener", "--format", "json")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["id"] == "energy"
    ambiguous = run("-f", str(path), "show", "wat")
    assert ambiguous.exit_code == 2
    assert ambiguous.stderr == (
        'commitments: error: "wat" starts 2 ids: "water", "water-summit" (see `commitments list`)\n'
    )
    # an exact id wins over the longer ids it starts
    assert json.loads(run("-f", str(path), "show", "water", "--format", "json").stdout)["id"] == (
        "water"
    )
    text = path.read_text()
    refused = run("-f", str(path), "update", "wat", "--note", "n")
    assert refused.exit_code == 2 and "nothing was changed" in refused.stderr
    assert path.read_text() == text
    written = run("-f", str(path), "--today", "2026-11-23", "update", "ene", "--note", "n")
    assert written.exit_code == 0 and written.stdout == "updated energy\n"
    assert 'commitment = "energy"' in path.read_text()


def test_tags_in_any_case_and_a_typo_suggested(run: Run) -> None:
    args = ["-f", str(SHIPPED), "--today", "2026-11-22", "list", "--format", "json"]
    lower = json.loads(run(*args, "--tag", "culture").stdout)
    assert lower and json.loads(run(*args, "--tag", "CULTURE").stdout) == lower
    typo = run(*args, "--tag", "cultre")
    assert typo.exit_code == 2
    assert typo.stderr == (
        'commitments: error: --tag: no commitment has the tag "cultre"; did you mean "culture"?\n'
    )


def test_list_searches_id_title_quote_notes_and_source(run: Run) -> None:
    args = ["-f", str(SHIPPED), "--today", "2026-11-22", "list", "--format", "json"]
    found = json.loads(run(*args, "--search", "SAN CARLO").stdout)
    assert [r["id"] for r in found] == ["abai-opera-naples-2026"]
    assert json.loads(run(*args, "-q", "no such words anywhere").stdout) == []


def test_due_takes_party_tag_and_status_filters(run: Run) -> None:
    args = ["-f", str(SHIPPED), "--today", "2026-11-22", "due", "--format", "json"]
    everything = {r["id"] for r in json.loads(run(*args).stdout)}
    tajik = {r["id"] for r in json.loads(run(*args, "--party", "tj").stdout)}
    assert tajik and tajik < everything
    assert all("TJ" in r["parties"] for r in json.loads(run(*args, "--party", "TJ").stdout))
    water = json.loads(run(*args, "--tag", "Water").stdout)
    assert [r["id"] for r in water] == ["water-roundtable-2026"]
    assert json.loads(run(*args, "--status", "done").stdout) == []
    code = run(*args, "--party", "TJ", "--tag", "water", "--exit-code").exit_code
    assert code == 3  # only the water round table, due soon


def test_writes_say_what_they_recorded(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    args = ["-f", str(path), "--today", "2026-11-23", "update", "water"]
    assert run(*args, "--status", "in-progress").stdout == "updated water: planned → in-progress\n"
    moved = run(*args, "--due", "2028-03").stdout
    assert moved == "updated water: due by 2027 → 2028-03 (+91 days)\n"
    assert run(*args, "--note", "n").stdout == "updated water\n"
    # an update dated before a later status change does not change the status
    early = run(*args, "--status", "stalled", "--on", "2026-01-01").stdout
    assert early == "updated water\n"


def test_plain_lists_and_every_json_field_in_csv(run: Run) -> None:
    args = ["-f", str(SHIPPED), "--today", "2026-11-22", "list", "--format"]
    plain = run(*args, "plain").stdout.splitlines()
    assert plain[0].startswith("PLANNED  foreign-ministers-conference-2026: Fourth Central")
    # an undated commitment says so once
    assert plain[-1] == (
        "PLANNED  kz-promising-cooperation-areas: Proposed by Kazakhstan: promising areas for"
        " deeper cooperation (critical raw materials, petrochemicals, mechanical engineering,"
        " transport and logistics, light industry, food processing, artificial intelligence,"
        " finance, tourism, education) (undated)"
    )
    header = run(*args, "csv").stdout.splitlines()[0].split(",")
    record = json.loads(run(*args, "json").stdout)[0]
    assert set(header) == set(record)


# --- the README's set-up lines ----------------------------------------------------------------

README = REPO / "README.md"


def test_ci_runs_exactly_the_readmes_test_command() -> None:
    readme = README.read_text(encoding="utf-8")
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert f"```sh\n{command}\n```" in readme
    assert "python3 -m pip install -e '.[test]'" in command


def test_the_crontab_line_works_in_crons_environment(tmp_path: Path) -> None:
    """The README's line, under `env -i` with cron's PATH: the full path makes it work."""
    installed = Path(sys.executable).parent / "commitments"
    if not installed.exists():
        pytest.skip("the console script is not installed beside this Python")
    readme = README.read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.startswith("0 7 * * * cd /srv/commitments"))
    folder = tmp_path / "srv"
    folder.mkdir()
    shutil.copyfile(SHIPPED, folder / "commitments.toml")
    command = line.split(" ", 5)[5]
    command = command.replace("/srv/commitments/.venv/bin/commitments", str(installed))
    command = command.replace("/srv/commitments", str(folder))
    result = subprocess.run(
        [
            "env",
            "-i",
            f"HOME={tmp_path}",
            "PATH=/usr/bin:/bin",
            "COMMITMENTS_TODAY=2026-11-22",
            "sh",
            "-c",
            command,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OVERDUE   foreign-ministers-conference-2026: Fourth Central")


# --- shell completion -------------------------------------------------------------------------


def completed(words: str, tmp_path: Path) -> list[str]:
    """What bash completion offers for the last of ``words`` (the tool's own protocol)."""
    from typer.testing import CliRunner

    from commitments.cli import app

    parts = words.split(" ")
    env = {
        "_COMMITMENTS_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(parts) - 1),
    }
    result = CliRunner().invoke(app, [], prog_name="commitments", env=env)
    assert result.exit_code == 0, result.output
    return result.stdout.split()


def test_completion_offers_ids_tags_parties_and_statuses(tmp_path: Path) -> None:
    f = f"commitments -f {SHIPPED}"
    assert completed(f"{f} show wat", tmp_path) == ["water-roundtable-2026"]
    assert completed(f"{f} update abai", tmp_path) == [
        "abai-monument-rome",
        "abai-opera-naples-2026",
    ]
    assert completed(f"{f} list --tag cul", tmp_path) == ["culture"]
    parties = completed(f"{f} due --party K", tmp_path)
    assert parties[:2] == ["KG", "KZ"] and "KE" in parties  # the ledger's own first
    assert completed(f"{f} list --status in", tmp_path) == ["in-progress"]


def test_completion_of_an_unreadable_ledger_offers_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("this is = = not toml\n")
    assert completed(f"commitments -f {broken} show a", tmp_path) == []
    assert completed(f"commitments -f {tmp_path / 'missing.toml'} show a", tmp_path) == []


def test_help_is_whole_with_named_metavars(run: Run) -> None:
    top = run("--help").stdout
    commands = top.split("Commands:")[1]
    assert "..." not in commands  # no description cut short
    for command in ("list", "show", "due", "check", "update", "add"):
        shown = run(command, "--help").stdout
        assert "<str>" not in shown and "{" not in shown, command
    assert "Usage: commitments update [OPTIONS] ID" in run("update", "--help").stdout
    assert "--note TEXT" in run("update", "--help").stdout


@pytest.mark.parametrize(
    "args",
    [
        ["due"],
        ["-f", str(SHIPPED), "--today", "2026-11-22", "due", "--format", "json"],
        ["--file", str(SHIPPED), "list", "--tag", "water"],
        [f"--file={SHIPPED}", "--no-pager", "show", "water"],
        ["-f", str(SHIPPED), "check", "--format", "json"],
        ["-f", str(SHIPPED), "list", "--bogus"],
        ["-f", str(SHIPPED), "frobnicate"],
        ["due", "--help"],
        ["--help"],
        [],
        ["--version"],
        ["-f", str(SHIPPED), "update", "nothing-like-it", "--note", "x"],
    ],
)
def test_the_app_built_for_one_command_says_what_the_whole_app_says(
    run: Run, args: list[str]
) -> None:
    """main() builds only the command a run asks for; it must not change a word."""
    from typer.testing import CliRunner

    from commitments.cli import app, app_for

    whole = CliRunner().invoke(app, args, prog_name="commitments")
    one = CliRunner().invoke(app_for(args), args, prog_name="commitments")
    assert (one.exit_code, one.stdout, one.stderr) == (whole.exit_code, whole.stdout, whole.stderr)
    if args[-2:] == ["--format", "json"]:
        assert app_for(args) is not app  # the slim one was used
