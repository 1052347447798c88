"""Tables on a terminal of any width from 60 columns up: never wider, no token cut."""

from __future__ import annotations

import re
import textwrap
import tomllib
from pathlib import Path

import pytest

from commitments.formats.fit import wrap
from commitments.formats.grid import Grid, width
from support import SHIPPED, TODAY, golden, on_a_terminal

ANSI = re.compile(r"\x1b\[[0-9;]*m")
WIDTHS = [60, 80, 100, 120, 200]

HISTORY = textwrap.dedent(
    """\
    [[commitment]]
    id = "water-roundtable-2026"
    title = "Round table on water resources"
    due = "by 2026"
    declared = 2025-05-30

    [[update]]
    commitment = "water-roundtable-2026"
    on = 2026-06-01
    status = "in-progress"
    note = "Venue named: the Ministry of Environment in Rome, with delegations from all five countries"
    source = "https://example.org/a-rather-long-address/of-a-press-release-on-the-round-table"
    by = "analyst"
    recorded = 2026-06-02T10:00:00Z

    [[update]]
    commitment = "water-roundtable-2026"
    on = 2026-09-01
    due = "2027-03"
    note = "Postponed"
    by = "analyst"
    recorded = 2026-09-02T10:00:00Z
    """
)


def shown(args: list[str], columns: int) -> list[str]:
    out = on_a_terminal(args, {"COLUMNS": str(columns), "NO_COLOR": "1"})
    return ANSI.sub("", out).replace("\r\n", "\n").splitlines()


def shipped_words() -> set[str]:
    """Every id, date and title word of the shipped ledger: none may be cut."""
    words = set(shipped_ids())
    for c in tomllib.loads(SHIPPED.read_text(encoding="utf-8"))["commitment"]:
        words.update(c["title"].split())
    return words


def shipped_ids() -> list[str]:
    return [c["id"] for c in tomllib.loads(SHIPPED.read_text(encoding="utf-8"))["commitment"]]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("command", [["list"], ["due"], ["due", "--all"]])
def test_tables_fit_and_cut_nothing(command: list[str], columns: int) -> None:
    lines = shown(["-f", str(SHIPPED), "--today", TODAY, *command], columns)
    assert lines, "nothing shown"
    assert max(width(line) for line in lines) <= columns
    tokens = {token for line in lines for token in line.split()}
    ids = set(shipped_ids())
    listed = ids if command == ["list"] else ids & tokens
    assert listed and listed <= tokens  # ids whole
    title_words = {w for w in shipped_words() if w not in ids}
    # a word cut in two would show its first part: a word's proper prefix, not a word
    broken = [t for t in tokens if len(t) > 2 and t[0].isalpha() and t not in title_words and any(
        w.startswith(t) for w in title_words)]  # fmt: skip
    assert not broken, broken
    assert all(re.fullmatch(r"[\d-]+(–[\d-]+)?", t) for t in tokens if re.match(r"\d{4}-\d", t))


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("command", ["list", "due"])
def test_golden_tables_on_a_terminal(command: str, columns: int) -> None:
    lines = shown(["-f", str(SHIPPED), "--today", TODAY, command], columns)
    golden(f"{command}-terminal-{columns}.txt", "\n".join(lines) + "\n")


def test_at_60_columns_a_row_still_shows_id_state_days_and_title() -> None:
    lines = shown(["-f", str(SHIPPED), "--today", TODAY, "list"], 60)
    text = "\n".join(lines)
    block = text.split("\n\n")[0]
    assert block.splitlines()[0] == "foreign-ministers-conference-2026"
    assert "planned" in block and "175d late" in block and "Fourth Central" in block


@pytest.mark.parametrize("columns", WIDTHS)
def test_show_fits_with_its_history(tmp_path: Path, columns: int) -> None:
    path = tmp_path / "work" / "h.toml"
    path.write_text(HISTORY, encoding="utf-8")
    lines = shown(["-f", str(path), "--today", TODAY, "show", "water-roundtable-2026"], columns)
    longest_word = len(
        "https://example.org/a-rather-long-address/of-a-press-release-on-the-round-table"
    )
    assert max(width(line) for line in lines) <= max(columns, longest_word + 2)
    text = "\n".join(lines)
    assert "2026-06-02T10:00:00Z" in text or columns < 120  # the time is never cut
    assert "2026-09-01" in text and "planned → in-progress" in text
    note = "Venue named: the Ministry of Environment in Rome, with delegations from all five"
    assert set(note.split()) <= set(text.split())


def test_wrap_breaks_between_words_and_only_breaks_overlong_words() -> None:
    assert wrap("one two three", 7) == ["one two", "three"]
    assert wrap("a " + "x" * 12, 5) == ["a", "xxxxx", "xxxxx", "xx"]
    assert wrap("日本の約束 です", 10) == ["日本の約束", "です"]
    assert wrap("", 5) == [""]


def test_a_grid_without_room_for_its_title_becomes_blocks() -> None:
    from commitments.formats.fit import fitted

    grid = Grid(["ID", "Title"], key=0, wraps=1)
    grid.add_row([("an-id-of-thirty-characters-xx", ""), ("a title of several words", "")])
    assert fitted(grid, 80).plain.splitlines()[0].startswith("ID")
    blocks = fitted(grid, 40).plain.splitlines()
    assert blocks == ["an-id-of-thirty-characters-xx", "  a title of several words"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("command", [["report", "--interim"], ["stats"]])
def test_compliance_tables_fit_and_cut_nothing(command: list[str], columns: int) -> None:
    lines = shown(["-f", str(SHIPPED), "--today", TODAY, *command], columns)
    assert lines, "nothing shown"
    assert max(width(line) for line in lines) <= columns
    tokens = {token for line in lines for token in line.split()}
    ledger = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
    words = shipped_words() | {w for s in ledger["summit"] for w in s["name"].split()}
    broken = [t for t in tokens if len(t) > 2 and t[0].isalpha() and t not in words and any(
        w.startswith(t) for w in words)]  # fmt: skip
    assert not broken, broken
    if command[0] == "report":  # every pledge scored (interim), each id whole
        pledges = {c["id"] for c in ledger["commitment"] if c.get("strength") == "pledge"}
        assert pledges <= tokens
        # at any width, each score says whose it is: a column's header, or its label
        assert "IT" in tokens and "percent" in tokens
    else:
        assert {s["id"] for s in ledger["summit"]} <= tokens
        assert {"IT", "KZ", "KG", "TJ", "TM", "UZ"} <= tokens


def test_a_column_is_dropped_only_when_it_cannot_fit() -> None:
    """Shorter forms keep the title comfortable; a column is dropped only when it does
    not fit beside a title of WRAP_MIN, and comes back when a later drop made room."""
    from commitments.formats.fit import COMFORTABLE, WRAP_MIN, layout

    grid = Grid(
        ["ID", "Window", "Pa", "Title"],
        key=0,
        wraps=3,
        shorter={2: lambda: ["2"]},
        narrowing=(("shorten", 2), ("drop", 2), ("drop", 1)),
    )
    grid.add_row([("an-id", ""), ("2026-03-01 – 2026-05-31", ""), ("IT KZ", ""), ("t " * 40, "")])
    everything = 5 + 2 + 23 + 2 + 5 + 2  # id, window, parties and their separators
    wide = layout(grid, everything + COMFORTABLE)
    assert wide is not None and wide.columns == [0, 1, 2, 3] and wide.texts[2] == ["IT KZ"]
    # less room: the parties as a count, before any column goes
    shorter = layout(grid, everything - 3 + COMFORTABLE)
    assert shorter is not None and shorter.columns == [0, 1, 2, 3] and shorter.texts[2] == ["2"]
    assert shorter.widths[3] == COMFORTABLE
    # a title of WRAP_MIN still fits beside every column: none is dropped
    least = layout(grid, everything + WRAP_MIN)
    assert least is not None and least.columns == [0, 1, 2, 3] and least.widths[3] == WRAP_MIN
    # no room for the window: dropping it leaves room for the parties, dropped before it
    plan = layout(grid, 5 + 2 + 2 + 2 + WRAP_MIN + 9)
    assert plan is not None and plan.columns == [0, 2, 3] and plan.texts[2] == ["2"]
    narrow = layout(grid, 5 + 2 + 2 + 2 + WRAP_MIN - 1)  # not even the parties' count
    assert narrow is not None and narrow.columns == [0, 3]


def test_at_120_columns_the_list_keeps_its_parties() -> None:
    lines = shown(["-f", str(SHIPPED), "--today", TODAY, "list"], 120)
    assert lines[0].split() == ["ID", "Status", "Due", "Days", "Parties", "Title"]
    assert "6 parties" in lines[2]


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_checks_notes_are_wrapped_on_a_terminal(tmp_path: Path, columns: int) -> None:
    """The forms a due expression may take were one 290-character line, which the
    terminal broke inside words; piped, each problem keeps its lines for tools."""
    path = tmp_path / "work" / "l.toml"
    path.write_text('[[commitment]]\nid = "a"\ntitle = "A"\ndue = "whenever"\n', encoding="utf-8")
    lines = shown(["-f", str(path), "check"], columns)
    note = [line for line in lines if line.startswith(("  = ", "      "))]
    assert len(note) > 1 and max(width(line) for line in note) < columns
    assert any(line.startswith("  = expected one of: 2026-06-30") for line in lines)
    text = " ".join(line.strip() for line in lines)
    assert "each with an optional trailing ? or ~" in text  # nothing lost, no word cut


def test_stats_as_blocks_say_what_each_number_counts(tmp_path: Path) -> None:
    """At 60 columns each party was a block of six bare numbers."""
    example = SHIPPED.parent / "docs" / "example.toml"
    text = "\n".join(shown(["-f", str(example), "--today", "2026-11-23", "stats"], 60))
    block = text.split("Parties (pledges; best score first)\n", 1)[1].split("\n\n", 1)[0]
    assert block.splitlines() == [
        "IT",
        "  3 pledges  2 assessed  2 scored  2 done  0 partial",
        "  0 missed  score +1  100%",
        "  Italy",
    ]
