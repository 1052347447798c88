"""`due`: the cron report."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from commitments.ledger.read import read_ledger
from commitments.report.select import exit_code, needing_attention
from commitments.report.state import states
from support import SHIPPED, TODAY, Run, Write, golden, on_a_terminal

BOUNDARIES = """
    [[commitment]]
    id = "yesterday"
    title = "Deadline yesterday"
    due = 2026-11-21

    [[commitment]]
    id = "today"
    title = "Deadline today"
    due = 2026-11-22

    [[commitment]]
    id = "day-60"
    title = "Deadline in 60 days"
    due = 2027-01-21

    [[commitment]]
    id = "day-61"
    title = "Deadline in 61 days"
    due = 2027-01-22

    [[commitment]]
    id = "closed"
    title = "Overdue but done"
    due = 2026-01-01
    status = "done"
    source = "Communiqué"

    [[commitment]]
    id = "undated"
    title = "No due date"
"""


@pytest.mark.parametrize(
    ("fmt", "suffix"), [("table", "txt"), ("plain", "txt"), ("markdown", "md"), ("json", "json")]
)
def test_due_formats_on_the_shipped_ledger(run: Run, fmt: str, suffix: str) -> None:
    result = run("-f", str(SHIPPED), "--today", TODAY, "due", "--format", fmt)
    assert result.exit_code == 0
    golden(f"due-{fmt}.{suffix}", result.stdout)


def test_shipped_ledger_report_on_2026_11_22(run: Run) -> None:
    result = run("-f", str(SHIPPED), "due", "--today", TODAY, "--format", "json", "--exit-code")
    assert result.exit_code == 4
    items = json.loads(result.stdout)
    assert items[0]["id"] == "foreign-ministers-conference-2026"
    assert items[0]["attention"] == "overdue"
    assert {"id": "water-roundtable-2026", "attention": "due-soon"} in [
        {"id": i["id"], "attention": i["attention"]} for i in items
    ]
    assert [i["attention"] for i in items] == ["overdue"] + ["due-soon"] * (len(items) - 1)


def test_calendar_day_boundaries(run: Run, write_ledger: Write) -> None:
    write_ledger(BOUNDARIES)
    items = json.loads(run("due", "--today", TODAY, "--format", "json").stdout)
    assert [(i["id"], i["attention"], i["days_left"]) for i in items] == [
        ("yesterday", "overdue", -1),
        ("today", "due-soon", 0),
        ("day-60", "due-soon", 60),
    ]


def test_within(run: Run, write_ledger: Write) -> None:
    write_ledger(BOUNDARIES)

    def ids(within: str) -> list[str]:
        out = run("due", "--today", TODAY, "--within", within, "--format", "json").stdout
        return [i["id"] for i in json.loads(out)]

    assert ids("0") == ["yesterday", "today"]
    assert ids("61") == ["yesterday", "today", "day-60", "day-61"]


def test_exit_codes(run: Run, write_ledger: Write) -> None:
    write_ledger(BOUNDARIES)
    assert run("due", "--today", TODAY, "--exit-code").exit_code == 4
    assert run("due", "--today", "2026-11-21", "--exit-code").exit_code == 3
    assert run("due", "--today", "2026-11-21").exit_code == 0  # only with --exit-code
    assert run("due", "--today", "2026-01-01", "--within", "5", "--exit-code").exit_code == 0


@pytest.mark.parametrize("fmt", ["table", "plain", "markdown", "json"])
def test_nothing_due_prints_nothing_but_json_when_piped(
    run: Run, write_ledger: Write, fmt: str
) -> None:
    write_ledger(BOUNDARIES)
    result = run("due", "--today", "2026-01-01", "--within", "5", "--format", fmt, "--exit-code")
    assert result.exit_code == 0
    # cron's silence for the human formats; JSON is always a document
    assert result.stdout == ("[]\n" if fmt == "json" else "") and result.stderr == ""


def test_nothing_due_says_soon_a_terminal(write_ledger: Write) -> None:
    path = write_ledger(BOUNDARIES)
    out = on_a_terminal(["-f", str(path), "due", "--today", "2026-01-01", "--within", "5"], {})
    assert "Nothing overdue or due within 5 days of 2026-01-01." in out


def test_piped_report_has_no_ansi_and_no_truncation(run: Run, write_ledger: Write) -> None:
    title = "An exceptionally long title for a commitment " * 6
    write_ledger(f'[[commitment]]\nid = "long"\ntitle = "{title.strip()}"\ndue = 2026-11-30\n')
    for fmt in ("table", "plain", "markdown"):
        result = run(
            "due", "--today", TODAY, "--format", fmt, env={"COLUMNS": "20", "FORCE_COLOR": "1"}
        )
        assert title.strip() in result.stdout
        assert "\x1b" not in result.stdout


def test_plain_has_no_box_drawing(run: Run) -> None:
    out = run("-f", str(SHIPPED), "--today", TODAY, "due", "--format", "plain").stdout
    assert not set(out) & set("─│┃━┏┓┗┛")
    assert all(line.startswith(("OVERDUE ", "DUE SOON")) for line in out.splitlines())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--within", "-1"], "--within: -1 is negative"),
        (["--within", "soon"], "Invalid value for '--within'"),
        (["--today", "2026-02-30"], '--today: "2026-02-30" is not a day of the calendar'),
        (["--format", "html"], "'html' is not one of"),
    ],
)
def test_bad_options_exit_2(run: Run, args: list[str], message: str) -> None:
    result = run("-f", str(SHIPPED), "due", *args)
    assert result.exit_code == 2 and message in result.stderr and result.stdout == ""


def test_updates_count(run: Run, write_ledger: Write) -> None:
    write_ledger(
        BOUNDARIES
        + '\n[[update]]\ncommitment = "yesterday"\non = 2026-11-20\nstatus = "done"\nsource = "x"\n'
        '\n[[update]]\ncommitment = "day-61"\non = 2026-11-20\ndue = "2026-12"\n'
    )
    items = json.loads(run("due", "--today", TODAY, "--format", "json").stdout)
    assert [i["id"] for i in items] == ["today", "day-61", "day-60"]


def test_core_without_the_cli(write_ledger: Write) -> None:
    ledger = read_ledger(write_ledger(BOUNDARIES))
    today = dt.date(2026, 11, 22)
    items = needing_attention(states(ledger), today, 60)
    assert [s.commitment.id for s in items] == ["yesterday", "today", "day-60"]
    assert exit_code(items, today, 60) == 4
    assert exit_code(items[1:], today, 60) == 3
    assert exit_code([], today, 60) == 0


@pytest.mark.parametrize("count", [0, 1, 2, 255, 256, 257, 512, 600])
def test_a_json_array_written_in_blocks_is_the_array_written_whole(count: int) -> None:
    import io

    from commitments.formats.as_json import write_array

    lines = [json.dumps({"id": f"c{n}", "note": "a,\nb"}) for n in range(count)]
    out = io.StringIO()
    write_array(iter(lines), out)
    whole = "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"
    assert out.getvalue() == whole
    assert json.loads(out.getvalue()) == [json.loads(line) for line in lines]
