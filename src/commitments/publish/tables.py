"""The ledger as open data: summits, commitments, updates and compliance cells, each a
table of typed columns with its keys, as of a day. The data package (CSV files and
datapackage.json) and the SQLite file are two writings of these same tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from commitments.model import Ledger
from commitments.report.compliance import Report, Score, compliance_report, stats
from commitments.report.records import iso
from commitments.report.scoring import half_up
from commitments.report.state import State

# The Table Schema types (https://specs.frictionlessdata.io/table-schema/) a column has.
ColumnType = Literal["string", "date", "datetime", "integer", "number", "boolean", "array"]


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: ColumnType
    description: str
    required: bool = False


@dataclass(frozen=True, slots=True)
class ForeignKey:
    column: str
    table: str
    references: str


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    rows: list[tuple[Any, ...]] = field(default_factory=list)


def _score_columns(of: str) -> tuple[Column, ...]:
    return (
        Column("score", "number", f"{of}'s compliance score, −1 … +1 (null: nothing scored)"),
        Column("percent", "number", "the score as a percentage: (score + 1) / 2 × 100"),
        Column("assessed", "integer", "cells assessed (researched), of `cells`"),
        Column("cells", "integer", "cells: one per pledge and responsible party"),
        Column(
            "scored", "integer", "cells the score rests on: assessed, with a status that scores"
        ),
    )


SUMMITS = (
    Column("id", "string", "the summit's id in the ledger", required=True),
    Column("name", "string", "its name", required=True),
    Column("date", "date", "its first day", required=True),
    Column("end", "date", "its last day"),
    Column("place", "string", "where it met"),
    Column("host", "string", "the host country (ISO 3166-1 alpha-2)"),
    Column("parties", "array", "the parties (ISO 3166-1 alpha-2, and EU)"),
    Column("source", "string", "the document it is known from"),
    Column("url", "string", "the document's address"),
    Column("pledges", "integer", "its pledges"),
    *_score_columns("the summit"),
)

COMMITMENTS = (
    Column("id", "string", "the commitment's id in the ledger", required=True),
    Column("title", "string", "what was promised", required=True),
    Column("summit", "string", "the summit it was made at"),
    Column("strength", "string", "pledge, intent, proposal or forecast", required=True),
    Column("status", "string", "its status as of the day of the data", required=True),
    Column("open", "boolean", "still open (planned, in progress or stalled)", required=True),
    Column("due", "string", "its due expression as written (after any reschedule)"),
    Column("start", "date", "the first day of its window"),
    Column("end", "date", "the last day of its window: the deadline"),
    Column("approximate", "boolean", "the due expression is marked approximate"),
    Column("attention", "string", "overdue or due-soon (within 60 days), as of the day"),
    Column("declared", "date", "the day it was made"),
    Column("parties", "array", "the parties that made it"),
    Column("responsible", "array", "the parties that must act (each one has a cell)"),
    Column("host", "string", "the country it is to take place in"),
    Column("tags", "array", "its tags"),
    Column("source", "string", "the document it is quoted from"),
    Column("url", "string", "the document's address"),
    Column("quote", "string", "the source's own words"),
    Column("follows", "string", "the commitment it continues"),
    Column("notes", "string", "the ledger's notes"),
    *_score_columns("the commitment"),
)

UPDATES = (
    Column("number", "integer", "its place among the ledger's updates, from 1", required=True),
    Column("commitment", "string", "the commitment it updates", required=True),
    Column("on", "date", "when it happened", required=True),
    Column("status", "string", "the status it set"),
    Column("party", "string", "the one party it assesses (else all)"),
    Column("due", "string", "the window it moved the commitment to"),
    Column("note", "string", "what happened"),
    Column("source", "string", "the evidence"),
    Column("url", "string", "the evidence's address"),
    Column("by", "string", "who recorded it"),
    Column("recorded", "datetime", "when it was recorded"),
)

CELLS = (
    Column("commitment", "string", "the pledge", required=True),
    Column("party", "string", "the responsible party", required=True),
    Column("status", "string", "the party's status on it", required=True),
    Column("assessed", "boolean", "researched (false: nobody has looked yet)", required=True),
    Column("score", "integer", "+1 done, 0 partial, −1 missed (null: not scored)"),
    Column("on", "date", "the day of the assessment"),
    Column("source", "string", "the latest evidence behind it"),
    Column("url", "string", "the evidence's address"),
)


def _score(score: Score) -> tuple[Any, ...]:
    value = None if score.score is None else half_up(score.score, 4)
    shown = None if score.percent is None else half_up(score.percent, 1)
    return value, shown, score.assessed, score.cells, score.scored


def open_data(
    whole: Ledger, ledger: Ledger, states: Sequence[State], today: dt.date
) -> tuple[list[Table], Report]:
    """The four tables of ``ledger`` (the ledger as of ``today``; ``whole`` as written,
    whose order numbers the updates), and the compliance report they were made from."""
    report = compliance_report(ledger, states, today)
    rows = {row.id: row for row in report.rows}
    made = stats(ledger, states, today)
    summit_lines = {line.summit.id: line for line in made.summits}
    summits = Table(
        "summits",
        "The meetings where commitments were made.",
        SUMMITS,
        ("id",),
        rows=[
            (
                s.id,
                s.name,
                s.date,
                s.end,
                s.place,
                s.host,
                list(s.parties),
                s.source,
                s.url,
                summit_lines[s.id].commitments,
                *_score(summit_lines[s.id].score),
            )
            for s in ledger.summits
        ],
    )
    commitments = Table(
        "commitments",
        "What was promised, with its state as of the day of the data.",
        COMMITMENTS,
        ("id",),
        (ForeignKey("summit", "summits", "id"), ForeignKey("follows", "commitments", "id")),
    )
    present = {state.commitment.id for state in states}
    met = {s.id for s in ledger.summits}
    for state in states:
        c, window = state.commitment, state.window
        row = rows.get(c.id)
        commitments.rows.append(
            (
                c.id,
                c.title,
                c.summit if c.summit in met else None,  # one meeting later is not yet
                c.strength,
                state.status,
                state.is_open,
                window.text if window else None,
                window.start if window else None,
                window.end if window else None,
                window.approximate if window else False,
                state.attention(today),
                c.declared,
                list(c.parties),
                list(c.answerable),
                c.host,
                list(c.tags),
                c.source,
                c.url,
                c.quote,
                c.follows if c.follows in present else None,
                c.notes,
                *(_score(row.score) if row is not None else (None, None, 0, 0, 0)),
            )
        )
    updates = Table(
        "updates",
        "What happened to each commitment, in the order the ledger recorded it.",
        UPDATES,
        ("number",),
        (ForeignKey("commitment", "commitments", "id"),),
        rows=[
            (
                number,
                u.commitment,
                u.on,
                u.status,
                u.party,
                u.due,
                u.note,
                u.source,
                u.url,
                u.by,
                u.recorded,
            )
            for number, u in enumerate(whole.updates, start=1)
            if u.on <= today and u.commitment in present
        ],
    )
    cells = Table(
        "cells",
        "Each responsible party's standing on each pledge: the compliance matrix.",
        CELLS,
        ("commitment", "party"),
        (ForeignKey("commitment", "commitments", "id"),),
        rows=[
            (
                row.id,
                party,
                cell.status,
                cell.assessed,
                cell.score,
                cell.on if cell.assessed else None,
                cell.source,
                cell.url,
            )
            for row in report.rows
            for party, cell in row.cells.items()
        ],
    )
    return [summits, commitments, updates, cells], report


def text_of(value: Any) -> str | None:
    """A cell as the CSV and the data package's schema write it (None: empty)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return iso(value)
    if isinstance(value, list):
        import json  # a list's cells only

        return json.dumps(value, ensure_ascii=False)
    return str(value)
