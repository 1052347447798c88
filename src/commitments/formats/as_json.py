"""JSON: standard escaping, plus escapes for the invisible characters JSON leaves raw.

A list is an array with one compact object per line. Each object is rendered once
per ledger: everything but ``days_left`` and ``attention`` (which depend on the
day) is kept as two pieces of text, in a memo that the cache keeps for the next
run on the same bytes, and each run puts the day's two values between them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, TextIO

from commitments.model import DEFAULT_WITHIN
from commitments.report.records import (
    commitment_record,
    report_record,
    show_record,
    stats_record,
    timeline_record,
)
from commitments.report.state import State, attention
from commitments.text import unicode_escaped

if TYPE_CHECKING:
    from commitments.formats import Memo, ViewOptions
    from commitments.report.compliance import Report, Stats
    from commitments.report.timeline import Timeline


def dumps(value: Any) -> str:
    return unicode_escaped(json.dumps(value, ensure_ascii=False, indent=2))


# json's C encoder (an indented dump takes its pure-Python path, ten times slower).
_COMPACT = json.JSONEncoder(ensure_ascii=False)
# The two keys of a record that depend on the day, and the key after them. Keys are
# written plainly and string values with their quotes escaped, so each of these
# occurs once in a record's JSON, where the key is.
_DAY_KEYS = ', "days_left": '
_AFTER_DAY_KEYS = ', "parties": '
_ANY_DAY = dt.date(2000, 1, 1)
_ATTENTION = {None: "null", "overdue": '"overdue"', "due-soon": '"due-soon"'}


def write_array(lines: Iterable[str], out: TextIO) -> None:
    """A JSON array of already encoded values, one per line (readable and greppable),
    and a newline. Written a block of lines at a time: 10,000 records joined into one
    string first cost a fresh 8 MB allocation and a copy, a tenth of a `due`."""
    remaining = iter(lines)
    opened = False
    while block := list(islice(remaining, _BLOCK)):
        out.write((",\n" if opened else "[\n") + ",\n".join(block))
        opened = True
    out.write("\n]\n" if opened else "[]\n")


_BLOCK = 256


def record_halves(state: State) -> tuple[str, str]:
    """A commitment's JSON object, cut where the day's values go: (up to them, after)."""
    text = unicode_escaped(_COMPACT.encode(commitment_record(state, _ANY_DAY)))
    return text[: text.index(_DAY_KEYS)], text[text.index(_AFTER_DAY_KEYS) :]


def record_line(
    state: State,
    today: dt.date,
    within: int,
    memo: Memo | None,
    known: Mapping[str, Any] | None = None,
) -> str:
    """``commitment_record(state, today, within)`` as compact JSON. ``known``, the
    memo's values for these very bytes (Memo.known), is looked in first."""
    key, basis = state.commitment.id, (state.commitment, state.history)
    halves = known.get(key) if known is not None else None
    if halves is None and memo is not None:
        halves = memo.get(key, basis)
    if not (isinstance(halves, tuple) and len(halves) == 2):
        halves = record_halves(state)
        if memo is not None:
            memo.put(key, halves, basis)
    days = state.days_left(today)
    need = _ATTENTION[attention(days, state.status, within)]
    days_left = "null" if days is None else days
    return f'{halves[0]}{_DAY_KEYS}{days_left}, "attention": {need}{halves[1]}'


class Format:
    def __init__(self, options: ViewOptions | None = None) -> None:
        self.memo = options.memo if options else None

    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        self.due(states, today, DEFAULT_WITHIN, out)

    def commitment(self, state: State, today: dt.date, out: TextIO) -> None:
        out.write(dumps(show_record(state, today)) + "\n")

    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None:
        memo = self.memo
        known = memo.known() if memo is not None else None
        write_array((record_line(s, today, within, memo, known) for s in states), out)

    def stats(self, stats: Stats, out: TextIO) -> None:
        out.write(dumps(stats_record(stats)) + "\n")

    def report(self, report: Report, out: TextIO) -> None:
        out.write(dumps(report_record(report)) + "\n")

    def timeline(self, timeline: Timeline, out: TextIO) -> None:
        out.write(dumps(timeline_record(timeline)) + "\n")
