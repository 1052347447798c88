"""JSON: standard escaping, plus escapes for the invisible characters JSON leaves raw.

A list is an array with one compact object per line.
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
from commitments.report.state import State
from commitments.text import unicode_escaped

if TYPE_CHECKING:
    from commitments.formats import ViewOptions
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


def record_line(state: State, today: dt.date, within: int) -> str:
    """``commitment_record(state, today, within)`` as compact JSON."""
    return unicode_escaped(_COMPACT.encode(commitment_record(state, today, within)))


class Format:
    def __init__(self, options: ViewOptions | None = None) -> None:
        """JSON has no options: every record is the same for every user."""

    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        self.due(states, today, DEFAULT_WITHIN, out)

    def commitment(self, state: State, today: dt.date, out: TextIO) -> None:
        out.write(dumps(show_record(state, today)) + "\n")

    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None:
        write_array((record_line(s, today, within) for s in states), out)

    def stats(self, stats: Stats, out: TextIO) -> None:
        out.write(dumps(stats_record(stats)) + "\n")

    def report(self, report: Report, out: TextIO) -> None:
        out.write(dumps(report_record(report)) + "\n")

    def timeline(self, timeline: Timeline, out: TextIO) -> None:
        out.write(dumps(timeline_record(timeline)) + "\n")
