"""The command line: formats (golden files), options, exit codes and error output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from support import SHIPPED, TODAY, Run, Write, golden, on_a_terminal

HISTORY = """
    [[commitment]]
    id = "water-roundtable-2026"
    title = "Round table on water resources"
    due = "by 2026"
    declared = 2025-05-30
    parties = ["IT", "KZ"]
    host = "IT"
    source = "Joint Declaration"
    quote = "a round table on water resources in the Central Asia–Italy format is planned by 2026"

    [[update]]
    commitment = "water-roundtable-2026"
    on = 2026-09-01
    due = "2027-03"
    note = "Postponed"
    by = "analyst"
    recorded = 2026-09-02T10:00:00Z

    [[update]]
    commitment = "water-roundtable-2026"
    on = 2026-06-01
    status = "in-progress"
    note = "Venue named"
    source = "Ministry statement"
"""


# --- golden outputs -------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "suffix"), [("table", "txt"), ("json", "json"), ("csv", "csv"), ("markdown", "md")]
)
def test_list_formats(run: Run, fmt: str, suffix: str) -> None:
    result = run("--file", str(SHIPPED), "--today", TODAY, "list", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    golden(f"list.{suffix}", result.stdout)


@pytest.mark.parametrize(("fmt", "suffix"), [("table", "txt"), ("json", "json")])
def test_show_formats(run: Run, write_ledger: Write, fmt: str, suffix: str) -> None:
    write_ledger(HISTORY)
    result = run("show", "water-roundtable-2026", "--today", TODAY, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    golden(f"show.{suffix}", result.stdout)


def test_show_shipped_commitment(run: Run) -> None:
    result = run("-f", str(SHIPPED), "--today", TODAY, "show", "foreign-ministers-conference-2026")
    assert result.exit_code == 0
    golden("show-shipped.txt", result.stdout)


BROKEN = """
    [[commitment]]
    id = "a"
    title = "A"
    status = "dun"
    due = "sprign 2026"

    [[commitment]]
    id = "b"
    title = "B"
    parties = ["IT", "IT"]
"""


def test_check_text(run: Run, write_ledger: Write) -> None:
    write_ledger(BROKEN)
    result = run("check")
    assert result.exit_code == 1
    assert result.stdout == ""
    golden("check.txt", result.stderr)


def test_check_json(run: Run, write_ledger: Write) -> None:
    write_ledger(BROKEN)
    result = run("check", "--format", "json")
    assert result.exit_code == 1
    golden("check.json", result.stdout)
    assert json.loads(result.stdout)["errors"] == 2


# --- JSON shape -------------------------------------------------------------------

CONTRACT_KEYS = {
    "id",
    "title",
    "status",
    "open",
    "due",
    "start",
    "end",
    "approximate",
    "days_left",
    "attention",
    "parties",
    "host",
    "tags",
    "declared",
    "source",
    "url",
    "quote",
    "follows",
}


def test_json_has_every_contract_key(run: Run, write_ledger: Write) -> None:
    write_ledger(HISTORY)
    listed = json.loads(run("list", "--format", "json", "--today", TODAY).stdout)
    assert set(listed[0]) >= CONTRACT_KEYS
    shown = json.loads(
        run("show", "water-roundtable-2026", "--format", "json", "--today", TODAY).stdout
    )
    assert CONTRACT_KEYS | {"updates"} <= set(shown)
    assert set(shown["updates"][0]) >= {"on", "status", "due", "note", "source", "by", "recorded"}


def test_effective_state_applies_updates_in_date_order(run: Run, write_ledger: Write) -> None:
    write_ledger(HISTORY)
    shown = json.loads(
        run("show", "water-roundtable-2026", "--format", "json", "--today", TODAY).stdout
    )
    assert shown["status"] == "in-progress"
    assert (shown["due"], shown["start"], shown["end"]) == ("2027-03", "2027-03-01", "2027-03-31")
    assert [u["on"] for u in shown["updates"]] == ["2026-06-01", "2026-09-01"]
    assert shown["slips"] == 1 and shown["days_slipped"] == 90
    assert shown["days_left"] == 129 and shown["attention"] is None


def test_shipped_ledger_attention_on_2026_11_22(run: Run) -> None:
    listed = json.loads(
        run("-f", str(SHIPPED), "--today", TODAY, "list", "--format", "json").stdout
    )
    by_id = {item["id"]: item for item in listed}
    assert by_id["foreign-ministers-conference-2026"]["attention"] == "overdue"
    assert by_id["foreign-ministers-conference-2026"]["days_left"] == -175
    assert by_id["water-roundtable-2026"]["attention"] == "due-soon"
    assert by_id["water-roundtable-2026"]["start"] == "2025-05-30"
    assert by_id["abai-opera-naples-2026"]["end"] == "2026-12-31"  # "next year" from 2025-09-30
    assert by_id["summit-kyrgyzstan-2027"]["host"] == "KG"
    # Sorted by deadline, undated last.
    ends = [item["end"] for item in listed]
    dated = [e for e in ends if e is not None]
    assert dated == sorted(dated) and ends[len(dated) :] == [None] * (len(ends) - len(dated))


# --- filters ----------------------------------------------------------------------


def ids(run: Run, *args: str) -> list[str]:
    result = run("-f", str(SHIPPED), "--today", TODAY, "list", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return [item["id"] for item in json.loads(result.stdout)]


def test_filters(run: Run) -> None:
    assert ids(run, "--overdue") == ["foreign-ministers-conference-2026"]
    # dated first, by deadline; then the undated, in file order
    assert ids(run, "--party", "kg", "--strength", "pledge") == [
        "foreign-ministers-conference-2026",
        "water-roundtable-2026",
        "energy-technologies-event-2027",
        "summit-kyrgyzstan-2027",
        "combating-climate-change",
        "combating-terrorism",
        "combating-cyber-threats",
        "combating-extremism",
        "combating-illegal-migration",
        "combating-drug-trafficking",
        "critical-raw-materials",
        "knowledge-exchange-initiatives",
    ]
    assert ids(run, "--strength", "proposal", "--strength", "forecast") == [
        "year-of-cultural-rapprochement-2026",
        "student-scientific-exchanges",
        "innovation-campuses",
        "junior-diplomats-training",
        "it-kz-defence-cooperation",
        "kz-promising-cooperation-areas",
    ]
    # a unique prefix of a summit's id will do, as for commitments
    assert ids(run, "--summit", "it-kz") == [
        "abai-opera-naples-2026",
        "marco-polo-street-astana",
        "abai-monument-rome",
        "digital-ai-expertise-exchange",
        "italian-exports-increase",
        "kz-promising-cooperation-areas",
    ]
    assert len(ids(run, "--summit", "ca-it-2025-astana", "--strength", "intent")) == 11
    assert ids(run, "--tag", "culture", "--tag", "summit") == [
        "year-of-cultural-rapprochement-2026",
        "abai-opera-naples-2026",
        "summit-kyrgyzstan-2027",
        "marco-polo-street-astana",
        "abai-monument-rome",
    ]
    assert ids(run, "--tag", "culture", "--party", "KZ") == [
        "abai-opera-naples-2026",
        "marco-polo-street-astana",
        "abai-monument-rome",
    ]
    assert len(ids(run, "--open")) == 35
    assert ids(run, "--status", "done") == []
    assert len(ids(run, "--status", "planned", "--status", "done")) == 35


def test_status_filter_uses_effective_status(run: Run, write_ledger: Write) -> None:
    write_ledger(HISTORY)
    assert [
        i["id"]
        for i in json.loads(run("list", "--status", "in-progress", "--format", "json").stdout)
    ] == ["water-roundtable-2026"]
    assert json.loads(run("list", "--status", "planned", "--format", "json").stdout) == []


def test_no_match_says_so(run: Run) -> None:
    result = run("-f", str(SHIPPED), "list", "--status", "done")
    assert result.exit_code == 0 and result.stdout == "No commitments match.\n"


# --- finding the ledger and today -------------------------------------------------------


def test_discovers_ledger_in_a_parent_folder(
    run: Run, write_ledger: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_ledger(HISTORY)
    deep = path.parent / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    result = run("list", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["id"] == "water-roundtable-2026"


def test_env_file_and_option_precedence(run: Run, write_ledger: Write, tmp_path: Path) -> None:
    other = write_ledger('[[commitment]]\nid = "other"\ntitle = "O"\n', name="other.toml")
    write_ledger(HISTORY)
    env = {"COMMITMENTS_FILE": str(other)}
    assert json.loads(run("list", "--format", "json", env=env).stdout)[0]["id"] == "other"
    result = run("--file", "commitments.toml", "list", "--format", "json", env=env)
    assert json.loads(result.stdout)[0]["id"] == "water-roundtable-2026"
    result = run("list", "-f", "commitments.toml", "--format", "json", env=env)
    assert json.loads(result.stdout)[0]["id"] == "water-roundtable-2026"


def test_today_from_option_env_and_command(run: Run) -> None:
    def left(*args: str, env: dict[str, str] | None = None) -> int:
        result = run("-f", str(SHIPPED), *args, env=env)
        assert result.exit_code == 0, result.stderr
        shown = json.loads(result.stdout)
        return int(shown["days_left"])

    show = ("show", "water-roundtable-2026", "--format", "json")
    assert left("--today", "2026-12-31", *show) == 0
    assert left(*show, "--today", "2026-12-30") == 1
    assert left(*show, env={"COMMITMENTS_TODAY": "2027-01-01"}) == -1
    assert left("--today", "2026-12-31", *show, env={"COMMITMENTS_TODAY": "2027-01-01"}) == 0


def test_version(run: Run) -> None:
    from commitments import __version__

    result = run("--version")
    assert result.exit_code == 0 and result.stdout == f"commitments {__version__}\n"


def test_help_on_every_command(run: Run) -> None:
    from commitments.cli import app

    commands = sorted(c.name or c.callback.__name__ for c in app.registered_commands if c.callback)
    assert {"list", "show", "due", "check", "update", "add"} <= set(commands)
    for command in commands:
        result = run(command, "--help")
        assert result.exit_code == 0, command
        assert "Usage: " in result.stdout, command
        # git-merge reads the three files git names, not a ledger of its own.
        assert ("--file" in result.stdout) == (command != "git-merge"), command


# --- exit codes and errors ------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["list", "--bogus"], 2, "commitments: error: No such option: --bogus"),
        (["list", "--format", "xml"], 2, "'xml' is not one of"),
        (["list", "--status", "dun"], 2, '"dun" is not a status'),
        (
            ["list", "--party", "UK"],
            2,
            'commitments: error: --party: unknown party code "UK"; did you mean "GB"?',
        ),
        (
            ["--today", "2026-13-01", "list"],
            2,
            'commitments: error: --today: "2026-13-01" is not a day of the calendar',
        ),
        (["list", "--today", "tomorrow"], 2, '"tomorrow" is not a date'),
        (
            ["show", "water-rountable"],
            2,
            'no commitment with id "water-rountable"; did you mean "water-roundtable-2026"?',
        ),
        (["show"], 2, "Missing argument 'ID'"),
        (["frobnicate"], 2, "No such command 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2(run: Run, args: list[str], code: int, message: str) -> None:
    result = run("-f", str(SHIPPED), *args)
    assert result.exit_code == code
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_bad_today_in_environment_exits_2(run: Run) -> None:
    result = run("-f", str(SHIPPED), "list", env={"COMMITMENTS_TODAY": "soon"})
    assert result.exit_code == 2
    assert (
        result.stderr
        == 'commitments: error: $COMMITMENTS_TODAY: "soon" is not a date (expected YYYY-MM-DD)\n'
    )


@pytest.mark.parametrize("command", [["list"], ["show", "a"], ["check"]])
def test_missing_ledger_exits_1(run: Run, command: list[str], tmp_path: Path) -> None:
    result = run(*command)
    assert result.exit_code == 1
    assert result.stderr.startswith("commitments: error: no commitments.toml in ")
    result = run("-f", str(tmp_path / "nope.toml"), *command)
    assert result.exit_code == 1
    assert "nope.toml: no such file (`commitments init " in result.stderr
    assert result.stderr.endswith("nope.toml` makes one)\n")


def test_directory_instead_of_file_exits_1(run: Run, tmp_path: Path) -> None:
    result = run("-f", str(tmp_path), "list")
    assert result.exit_code == 1
    assert "is a folder with no commitments.toml in it (`commitments init " in result.stderr


def test_invalid_ledger_refuses_every_command(run: Run, write_ledger: Write) -> None:
    path = write_ledger(BROKEN)
    before = path.read_bytes()
    expected = [
        'commitments.toml:4:1: error: commitment "a": unknown status "dun"; did you mean "done"? (expected one of planned, in-progress, stalled, done, partial, missed, cancelled)',
        'commitments.toml:5:7: error: commitment "a": cannot read due expression "sprign 2026"; did you mean "spring 2026"?',
        ' 5 | due = "sprign 2026"',
    ]
    commands = [
        ["list"],
        ["list", "--format", "json"],
        ["show", "a"],
        ["due"],
        ["due", "--format", "json"],
        ["update", "a", "--note", "x"],
        ["add", "--title", "Another"],
    ]
    for command in commands:
        result = run(*command)
        assert result.exit_code == 1, command
        lines = result.stderr.splitlines()
        assert lines[0] == expected[0], command
        assert lines[1] == expected[1], command
        assert lines[2] == expected[2], command
        assert result.stdout == "", command
    assert path.read_bytes() == before
    assert run("check").exit_code == 1


def test_interrupt_exits_130(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import commitments.commands

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(commitments.commands, "list_commitments", interrupted)
    result = run("-f", str(SHIPPED), "list")
    assert result.exit_code == 130


# --- text from the ledger is data -------------------------------------------------------

HOSTILE = """
    [[commitment]]
    id = "a"
    title = "[bold red]Loud[/] :warning: \\u001b[31mred\\u001b[0m \\u202eevil \\u009b"
    due = "2026"
    notes = "[link=https://example.org]click[/link]"
"""


@pytest.mark.parametrize(
    "command",
    [["list"], ["show", "a"], ["list", "--format", "markdown"], ["list", "--format", "csv"]],
)
def test_markup_and_escapes_are_shown_literally(
    run: Run, write_ledger: Write, command: list[str]
) -> None:
    write_ledger(HOSTILE)
    result = run(*command)
    assert result.exit_code == 0
    assert "Loud" in result.stdout
    for raw in ("\x1b", "\u202e", "\x9b"):
        assert raw not in result.stdout
    assert "\\x1b" in result.stdout and "\\u202e" in result.stdout and "\\x9b" in result.stdout
    assert "⚠" not in result.stdout and ":warning:" in result.stdout


def test_table_shows_markup_verbatim(run: Run, write_ledger: Write) -> None:
    write_ledger(HOSTILE)
    out = run("show", "a").stdout
    assert "[bold red]Loud[/]" in out
    assert "[link=https://example.org]click[/link]" in out


def test_json_escapes_invisible_characters(run: Run, write_ledger: Write) -> None:
    write_ledger(HOSTILE)
    out = run("list", "--format", "json").stdout
    assert "\x1b" not in out and "\u202e" not in out and "\x9b" not in out
    assert json.loads(out)[0]["title"].startswith("[bold red]Loud[/] :warning: \x1b[31mred")


# --- terminals and pipes -----------------------------------------------------------------


def test_piped_output_is_never_truncated(run: Run, write_ledger: Write) -> None:
    title = "A very long title " * 20
    write_ledger(f'[[commitment]]\nid = "a"\ntitle = "{title.strip()}"\n')
    result = run("list", env={"COLUMNS": "20"})
    assert title.strip() in result.stdout
    assert "\x1b" not in result.stdout
    assert all(line == line.rstrip() for line in result.stdout.splitlines())


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_on_a_terminal_and_no_color_honoured() -> None:
    args = ["-f", str(SHIPPED), "--today", TODAY, "list"]
    assert "\x1b[" in on_a_terminal(args, {})
    plain = on_a_terminal(args, {"NO_COLOR": "1"})
    assert "foreign-ministers-conference-2026" in plain
    assert "\x1b[3" not in plain and "\x1b[9" not in plain  # no colour codes


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "commitments",
            "-f",
            str(SHIPPED),
            "--today",
            TODAY,
            "list",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 35


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_narrow_terminal_wraps_but_never_cuts() -> None:
    for command in (["list"], ["due"]):
        shown = on_a_terminal(["-f", str(SHIPPED), "--today", TODAY, *command], {"COLUMNS": "90"})
        assert "…" not in shown
        assert "foreign-ministers-conference-2026" in shown  # ids stay whole
        # (tests/formats/test_terminal_fit.py checks every width, dates and words)


def test_a_folder_without_a_ledger_says_which_init_makes_one(run: Run, tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    result = run("-f", str(tmp_path / "desk"), "list")
    assert result.exit_code == 1
    assert "desk: is a folder with no commitments.toml in it" in result.stderr
    assert result.stderr.rstrip().endswith("/desk/` makes one)")
