"""`timeline`: windows on a month axis, in text (any width from 60 up), JSON and HTML."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from commitments.due_expr import Window
from commitments.formats.grid import width
from commitments.formats.timeline_text import (
    GLYPH,
    Scale,
    bar_cells,
    draw,
)
from commitments.model import Commitment
from commitments.report.state import State
from commitments.report.timeline import Bar, month_end, months_back, timeline
from support import SHIPPED, Run, Write, golden, on_a_terminal

ANSI = re.compile(r"\x1b\[[0-9;]*m")

LEDGER = """
    [[commitment]]
    id = "late"
    title = "Overdue conference"
    due = "spring 2026"

    [[commitment]]
    id = "soon"
    title = "Round table"
    due = "2026-12"

    [[commitment]]
    id = "later"
    title = "Summit"
    due = "2027?"

    [[commitment]]
    id = "kept"
    title = "Forum held"
    due = "2026-06"
    status = "done"

    [[commitment]]
    id = "someday"
    title = "Undated"

    [[commitment]]
    id = "long-ago"
    title = "Long ago"
    due = "2020"
    status = "done"
"""
TODAY = "2026-11-23"


def as_json(run: Run, *args: str) -> dict[str, object]:
    result = run("--today", TODAY, "timeline", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_each_window_has_its_state_and_the_default_axis(run: Run, write_ledger: Write) -> None:
    write_ledger(LEDGER)
    data = as_json(run)
    # Six months back (2026-05) is later than the earliest open window (spring 2026).
    assert data["from"] == "2026-03-01"
    assert data["to"] == "2027-12-31"
    bars = {b["id"]: b for b in data["bars"]}  # type: ignore[attr-defined]
    assert {k: b["state"] for k, b in bars.items()} == {
        "late": "overdue",
        "kept": "closed",
        "soon": "due-soon",
        "later": "open",
    }
    assert bars["later"]["approximate"] is True
    assert bars["soon"]["start"] == "2026-12-01" and bars["soon"]["end"] == "2026-12-31"
    assert data["undated"] == ["someday"]
    assert data["outside"] == ["long-ago"]
    assert list(bars) == ["late", "kept", "soon", "later"]  # by deadline, as list orders


def test_from_and_to_take_dates_and_due_expressions(run: Run, write_ledger: Write) -> None:
    write_ledger(LEDGER)
    data = as_json(run, "--from", "2026-07-14", "--to", "spring 2027")
    assert (data["from"], data["to"]) == ("2026-07-01", "2027-05-31")
    assert [b["id"] for b in data["bars"]] == ["soon", "later"]  # type: ignore[attr-defined]
    assert data["outside"] == ["long-ago", "late", "kept"]  # by deadline
    bad = run("timeline", "--from", "whenever")
    assert bad.exit_code == 2 and "--from: cannot read due expression" in bad.stderr
    backwards = run("timeline", "--from", "2027", "--to", "2026")
    assert backwards.exit_code == 2 and "before --from" in backwards.stderr
    open_start = run("timeline", "--from", "by 2026")
    assert open_start.exit_code == 2 and "has no first day" in open_start.stderr


def test_the_filters_of_list(run: Run, write_ledger: Write) -> None:
    write_ledger(LEDGER)
    assert [b["id"] for b in as_json(run, "--open")["bars"]] == ["late", "soon", "later"]  # type: ignore[index]
    assert [b["id"] for b in as_json(run, "--overdue")["bars"]] == ["late"]  # type: ignore[index]
    assert [b["id"] for b in as_json(run, "-q", "table")["bars"]] == ["soon"]  # type: ignore[index]
    assert [b["id"] for b in as_json(run, "--status", "done")["bars"]] == ["kept"]  # type: ignore[index]


def test_as_of_a_day_the_future_is_not_there_yet(run: Run, write_ledger: Write) -> None:
    write_ledger(
        LEDGER
        + """
    [[commitment]]
    id = "new"
    title = "Declared later"
    due = "2027"
    declared = 2026-10-01
    """
    )
    ids = [b["id"] for b in as_json(run)["bars"]]  # type: ignore[index]
    assert "new" in ids
    result = run("--today", "2026-06-01", "timeline", "--format", "json")
    earlier = json.loads(result.stdout)
    assert "new" not in [b["id"] for b in earlier["bars"]]
    assert earlier["as_of"] == "2026-06-01"
    assert {b["id"]: b["state"] for b in earlier["bars"]}["late"] == "overdue"


def test_text_reads_without_colour(run: Run, write_ledger: Write) -> None:
    write_ledger(LEDGER)
    out = run("--today", TODAY, "timeline", "--width", "80").stdout
    assert "\x1b" not in out
    lines = out.splitlines()
    rows = {line.split()[0]: line for line in lines[3:7]}
    assert GLYPH["overdue"] in rows["late"] and "spring 2026" in rows["late"]
    assert GLYPH["due-soon"] in rows["soon"]
    assert GLYPH["open"] in rows["later"] and "░" in rows["later"]
    assert GLYPH["closed"] in rows["kept"] and "2026-06 · done" in rows["kept"]
    legend = " ".join(lines[8:])
    for words in ("open", "due within 60 days", "overdue", "closed", "approximate end"):
        assert words in legend
    assert "today 2026-11-23" in legend
    assert "Not drawn: 1 undated and 1 outside 2026-03 to 2027-12" in out
    # Today's marker: the same column on the axis and in the rows it crosses empty.
    at = lines[2].index("▼")
    assert rows["late"][at] == "│" and rows["later"][at] == "│"


LONG_ID = "a-very-long-identifier-of-the-fourth-ministerial-2026"  # 52


@pytest.mark.parametrize("columns", [60, 70, 80, 100, 120, 200])
def test_text_fits_every_width(run: Run, write_ledger: Write, columns: int) -> None:
    long_ids = LEDGER.replace('id = "late"', f'id = "{LONG_ID}"').replace(
        'due = "2026-12"', 'due = "second half of 2026/first half of 2027"'
    )
    write_ledger(long_ids + '\n[[commitment]]\nid = "wide"\ntitle = "会議"\ndue = "2026"\n')
    out = run("--today", TODAY, "timeline", "--width", str(columns)).stdout
    assert max(width(line) for line in out.splitlines()) <= columns
    assert LONG_ID in out  # never cut
    assert "second half of 2026/first half of 2027" in out


def test_an_axis_starting_in_december_still_names_the_next_year(
    run: Run, write_ledger: Write
) -> None:
    write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\ndue = "Q4 2027"\n')
    out = run("--today", "2027-06-15", "timeline", "--width", "80").stdout
    assert "2026-12 to 2027-12" in out
    labels = out.splitlines()[1]
    assert "2027" in labels


def test_a_one_cell_approximate_window_keeps_its_state(run: Run, write_ledger: Write) -> None:
    write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\ndue = "2026-05-10?"\n')
    out = run("--today", TODAY, "timeline", "--width", "80").stdout
    row = next(line for line in out.splitlines() if line.startswith("a "))
    assert "!" in row and "░" not in row


def test_golden_timelines_of_the_shipped_ledger(run: Run) -> None:
    for columns in (80, 120):
        out = run("-f", str(SHIPPED), "--today", TODAY, "timeline", "--width", str(columns))
        assert out.exit_code == 0
        golden(f"timeline-{columns}.txt", out.stdout)


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_on_a_terminal_it_fits_and_is_coloured(columns: int) -> None:
    shown = on_a_terminal(
        ["-f", str(SHIPPED), "--today", TODAY, "timeline"], {"COLUMNS": str(columns)}
    )
    assert "\x1b[" in shown  # coloured on a terminal without NO_COLOR
    lines = ANSI.sub("", shown).replace("\r\n", "\n").splitlines()
    assert max(width(line) for line in lines) <= columns
    assert any("water-roundtable-2026" in line for line in lines)
    if columns >= 80:
        golden(f"timeline-terminal-{columns}.txt", "\n".join(lines) + "\n")
    no_colour = on_a_terminal(
        ["-f", str(SHIPPED), "--today", TODAY, "timeline"],
        {"COLUMNS": str(columns), "NO_COLOR": "1"},
    )
    assert not re.search(r"\x1b\[[0-9;]*3\dm", no_colour)  # no foreground colour


def _state(start: dt.date | None, end: dt.date, approximate: bool = False) -> State:
    c = Commitment(id="x", title="x")
    return State(c, "planned", Window("x", start, end, approximate))


days = st.dates(dt.date(2024, 1, 1), dt.date(2029, 12, 31))


@settings(max_examples=300, deadline=None)
@given(days, days, days, st.integers(1, 200), st.booleans())
def test_a_bar_covers_exactly_the_cells_of_its_window(
    a: dt.date, b: dt.date, c: dt.date, cells: int, approximate: bool
) -> None:
    axis_start, axis_end = sorted([a, c])
    axis_start, axis_end = axis_start.replace(day=1), month_end(axis_end)
    start, end = sorted([b, b + dt.timedelta(days=abs((c - a).days) % 400)])
    assume(end >= axis_start and start <= axis_end)  # timeline() draws no other
    scale = Scale(axis_start, axis_end, cells)
    bar = Bar(_state(start, end, approximate), "open", start, end, approximate)
    row = bar_cells(bar, scale)
    assert len(row) == cells
    drawn = [i for i, (glyph, _) in enumerate(row) if glyph != " "]
    assert drawn == list(range(scale.cell(start), scale.cell(end) + 1))
    assert (row[drawn[0]][0] == "◂") == (start < axis_start)
    assert (row[drawn[-1]][0] == "▸") == (end > axis_end)
    if approximate and end <= axis_end and len(drawn) > 1:
        assert row[drawn[-1]][0] == "░"
    if len(drawn) == 1 and axis_start <= start and end <= axis_end:
        assert row[drawn[0]][0] == "█"  # a one-cell bar keeps its state's glyph


def test_the_axis_always_holds_today() -> None:
    today = dt.date(2026, 11, 23)
    far = _state(dt.date(2030, 1, 1), dt.date(2030, 12, 31))
    made = timeline([far], today)
    assert made.start == months_back(today, 6) and made.end == dt.date(2030, 12, 31)
    text = draw(made, 80).plain
    assert "▼" in text


def test_a_timeline_with_nothing_dated(run: Run, write_ledger: Write) -> None:
    write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\n')
    result = run("--today", TODAY, "timeline")
    assert result.exit_code == 0
    assert "0 windows" in result.stdout and "Not drawn: 1 undated" in result.stdout


def test_output_writes_the_file_whole(run: Run, write_ledger: Write, tmp_path: Path) -> None:
    write_ledger(LEDGER)
    target = tmp_path / "timeline.txt"
    result = run("--today", TODAY, "timeline", "--width", "80", "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8") == run("--today", TODAY, "timeline").stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("today", ["0001-03-01", "9999-12-01"])
def test_the_ends_of_the_calendar(run: Run, write_ledger: Write, today: str) -> None:
    write_ledger(LEDGER)
    for format_ in ("text", "json", "html"):
        result = run("--today", today, "timeline", "--format", format_)
        assert result.exit_code == 0, result.output


def test_widths_out_of_range_are_refused(run: Run, write_ledger: Write) -> None:
    write_ledger(LEDGER)
    for wide in ("5", "99999999999999999999"):
        result = run("timeline", "--width", wide)
        assert result.exit_code == 2 and "out of range (expected 20 to 2000" in result.stderr
    assert run("timeline", env={"COLUMNS": "400000"}).exit_code == 0  # clamped, not slow


def test_a_year_9999_date_is_an_error_for_check_not_a_crash(run: Run, write_ledger: Write) -> None:
    write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\ndue = 9999-12-31\n')
    result = run("check")
    assert result.exit_code == 1 and "year 9999 is out of range" in result.stderr
    listed = run("timeline")
    assert listed.exit_code == 1 and "Traceback" not in listed.output
