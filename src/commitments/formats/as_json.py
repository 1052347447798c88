"""JSON: standard escaping, plus escapes for the invisible characters JSON leaves raw.

A list is an array with one compact object per line; each object is rendered once
per commitment and history, and kept (formats.Memo) for the next run.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
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
    from commitments.extract.pipeline import Extraction
    from commitments.formats import Memo, ViewOptions
    from commitments.report.compliance import Report, Stats
    from commitments.report.timeline import Timeline


def dumps(value: Any) -> str:
    return unicode_escaped(json.dumps(value, ensure_ascii=False, indent=2))


# json's C encoder (an indented dump takes its pure-Python path, ten times slower).
_COMPACT = json.JSONEncoder(ensure_ascii=False)


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


def record_line(state: State, today: dt.date, within: int, memo: Memo | None = None) -> str:
    """``commitment_record(state, today, within)`` as compact JSON. All of it but the
    two values that depend on the day is a function of the commitment and its history:
    the memo keeps it by their fingerprint, so a run renders only what changed."""
    key = memo.key(state.commitment, state.history) if memo is not None else b""
    halves = memo.get(key) if memo is not None else None
    if not (isinstance(halves, tuple) and len(halves) == 2):
        text = unicode_escaped(_COMPACT.encode(commitment_record(state, _ANY_DAY)))
        halves = (text[: text.index(_DAY_KEYS)], text[text.index(_AFTER_DAY_KEYS) :])
        if memo is not None:
            memo.put(key, halves)
    days = state.days_left(today)
    need = _ATTENTION[attention(days, state.status, within)]
    days_left = "null" if days is None else days
    return f'{halves[0]}{_DAY_KEYS}{days_left}, "attention": {need}{halves[1]}'


# The two keys of a record that depend on the day, and the key after them. Keys are
# written plainly and string values with their quotes escaped, so each of these
# occurs once in a record's JSON, where the key is.
_DAY_KEYS = ', "days_left": '
_AFTER_DAY_KEYS = ', "parties": '
_ANY_DAY = dt.date(2000, 1, 1)
_ATTENTION = {None: "null", "overdue": '"overdue"', "due-soon": '"due-soon"'}


class Format:
    def __init__(self, options: ViewOptions | None = None) -> None:
        self.memo = options.memo if options is not None else None

    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        self.due(states, today, DEFAULT_WITHIN, out)

    def commitment(self, state: State, today: dt.date, out: TextIO) -> None:
        out.write(dumps(show_record(state, today)) + "\n")

    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None:
        memo = self.memo
        write_array((record_line(s, today, within, memo) for s in states), out)

    def stats(self, stats: Stats, out: TextIO) -> None:
        out.write(dumps(stats_record(stats)) + "\n")

    def report(self, report: Report, out: TextIO) -> None:
        out.write(dumps(report_record(report)) + "\n")

    def timeline(self, timeline: Timeline, out: TextIO) -> None:
        out.write(dumps(timeline_record(timeline)) + "\n")

    def candidates(self, extraction: Extraction, out: TextIO) -> None:
        from commitments.extract.entries import record  # extract only

        write_array(
            (
                unicode_escaped(_COMPACT.encode(record(c, extraction.provenance)))
                for c in extraction.candidates
            ),
            out,
        )
