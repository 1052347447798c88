"""`show` on a terminal or piped: one commitment's card, quote and history, drawn by rich."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from operator import attrgetter
from typing import TextIO

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from commitments.due_expr import parse_due
from commitments.formats.compliance_table import NOT_ASSESSED, THIN, signed
from commitments.formats.console import Laid, emit, terminal_width
from commitments.formats.fit import draw, fitted
from commitments.formats.grid import Grid
from commitments.formats.phrases import window_text
from commitments.formats.styles import STATUS_STYLE, days_cell
from commitments.ledger.history import rolled_up
from commitments.model import PLEDGE, Update
from commitments.parties import party_name
from commitments.report.records import iso
from commitments.report.scoring import cell_score, cells, commitment_score, half_up, percent
from commitments.report.state import State, Step
from commitments.text import counted, visible, visible_each


def text(value: str | None, style: str = "", *, keep_newlines: bool = False) -> Text:
    """Ledger text as a Text: never parsed as markup, control characters made visible."""
    return Text(visible(value or "", keep_newlines=keep_newlines), style=style)


def status_text(status: str) -> Text:
    return Text(status, style=STATUS_STYLE.get(status, ""))


def _history(steps: Sequence[Step]) -> Grid:
    """One row per update. A grid, not a rich table: piped, 100,000 rows are aligned
    text in a fraction of a second (a rich table needs over a minute). Built a column
    at a time, repeated values (days, status changes) formatted once."""
    updates = list(map(_UPDATE, steps))
    # Update's fields, column by column: one transposition in C.
    field = dict(zip(Update._fields, zip(*updates, strict=True), strict=True)) if updates else {}
    dues = visible_each([due or "" for due in field["due"]])
    for at, step in enumerate(steps):
        if step.update.due is not None and step.days_slipped:
            dues[at] = f"{dues[at]} ({step.days_slipped:+d} days)"
    befores = list(map(_BEFORE, steps))
    changes = {
        pair: f"{pair[0]} → {pair[1]}" for pair in set(zip(befores, field["status"], strict=True))
    }
    days = {on: on.isoformat() for on in set(field["on"])}
    return Grid(
        ["On", "Status", "Due", "Note", "Source", "By", "Recorded"],
        key=0,
        wraps=3,
        narrowing=(("drop", 6),),  # when it is recorded; then rows become blocks
        columns=[
            list(map(days.__getitem__, field["on"])),
            [
                (f"{party}: {after}" if after else party)
                if party
                else ("" if after is None else changes[before, after])
                for before, after, party in zip(
                    befores, field["status"], field["party"], strict=True
                )
            ],
            dues,
            visible_each([note or "" for note in field["note"]]),
            visible_each(
                [
                    " ".join(v for v in (source, url) if v)
                    for source, url in zip(field["source"], field["url"], strict=True)
                ]
            ),
            visible_each([by or "" for by in field["by"]]),
            ["" if at is None else iso(at) or "" for at in field["recorded"]],
        ],
        styles=["", [STATUS_STYLE.get(s or "", "") for s in field["status"]], "", "", "", "", ""],
    )


_UPDATE, _BEFORE = attrgetter("update"), attrgetter("status_before")


def _status(state: State) -> Text:
    """The status, and where it comes from when it is not the last update's."""
    shown = status_text(state.status)
    if rolled_up(state.commitment, state.history) is not None:
        shown.append("  (rolled up from each responsible party's assessment)", style="dim")
    return shown


def _assessed(state: State) -> Text:
    """Each responsible party's status on a pledge (· where nobody has assessed it),
    when any party has been assessed on its own."""
    if state.history is None or not state.history.party_statuses():
        return Text("")
    shown = Text()
    for at, (party, found) in enumerate(cells(state).items()):
        shown.append(", " if at else "").append(f"{party} ")
        if found.assessed:
            shown.append(status_text(found.status))
        else:
            shown.append(f"{NOT_ASSESSED} not assessed", style="dim")
    return shown


def _score(state: State) -> Text:
    score = commitment_score(state)
    if score is None:
        return Text("")
    found = cells(state).values()
    assessed = sum(a.assessed for a in found)
    scored = sum(cell_score(a) is not None for a in found)
    thin = THIN if scored * 2 < len(found) else ""  # as the report marks it
    shown = f"{signed(half_up(score, 2))}{thin} ({half_up(percent(score) or 0):.0f}%{thin})"
    said = f"{shown}, final assessment; {assessed} of {len(found)} parties assessed"
    if thin:
        said += f", {scored} scored ({THIN} a mean of fewer than half of its cells)"
    return Text(said)


class Format:
    def commitment(self, state: State, today: dt.date, out: TextIO) -> None:
        show(state, today, out)


def show(state: State, today: dt.date, out: TextIO) -> None:
    """Everything about one commitment: its fields, quote and history."""
    c = state.commitment
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    due = text(state.window.text if state.window else "undated")
    if state.window is not None:
        due.append(f"  ({window_text(state.window)})")
    days = Text(*days_cell(state, today))
    if days.plain and state.window is not None:  # "undated" is said once
        due.append("  ").append(days)
    parties = ", ".join(f"{code} ({party_name(code)})" for code in c.parties)
    rows: list[tuple[str, Text]] = [
        ("ID", text(c.id)),
        ("Title", text(c.title)),
        ("Status", _status(state)),
        ("Assessed", _assessed(state)),
        ("Score", _score(state)),
        ("Strength", Text(c.strength if c.strength != PLEDGE else "")),
        ("Summit", text(c.summit)),
        ("Due", due),
        ("Declared", Text(str(c.declared) if c.declared else "")),
        ("Parties", text(parties)),
        ("Responsible", text(", ".join(c.responsible))),
        ("Host", text(f"{c.host} ({party_name(c.host)})" if c.host else "")),
        ("Tags", text(", ".join(c.tags))),
        ("Follows", text(c.follows)),
        ("Hemisphere", Text(c.hemisphere if c.hemisphere != "north" else "")),
        ("Source", text(c.source)),
        ("URL", text(c.url)),
        ("Notes", text(c.notes, keep_newlines=True)),
    ]
    steps = state.steps  # computed on each access: once here
    if steps and c.due != (state.window.text if state.window else None):
        first = parse_due(c.due, declared=c.declared, hemisphere=c.hemisphere) if c.due else None
        rows.append(("First due", text(f"{c.due}  ({window_text(first)})" if c.due else "undated")))
    if state.slips:
        slipped = f"{counted(state.slips, 'time')}, {state.days_slipped:+d} days"
        rows.append(("Slipped", Text(slipped)))
    for label, value in rows:
        if value.plain:
            grid.add_row(label, value)
    parts: list[RenderableType] = [grid]
    if c.quote:
        quote = Text("“").append(text(c.quote, keep_newlines=True)).append("”")
        parts += ["", Text("Quote", style="bold"), quote]
    parts.append("")
    if not steps:
        emit(out, *parts, Text("No updates recorded.", style="dim"))
        return
    history = _history(steps)
    if out.isatty():  # one output, so that one pager shows it all
        emit(out, *parts, Text("History", style="bold"), Laid(fitted(history, terminal_width(out))))
        return
    emit(out, *parts, Text("History", style="bold"))
    draw(history, out)
