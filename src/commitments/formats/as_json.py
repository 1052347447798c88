"""JSON: standard escaping, plus escapes for the invisible characters JSON leaves raw."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from commitments.report.records import commitment_record, show_record
from commitments.report.state import State
from commitments.text import unicode_escaped


def dumps(value: Any) -> str:
    return unicode_escaped(json.dumps(value, ensure_ascii=False, indent=2))


_COMPACT = json.JSONEncoder(ensure_ascii=False)


def dumps_array(items: Iterable[Any]) -> str:
    """A JSON array with one compact object per line: readable, greppable, and written by
    json's C encoder (an indented dump takes its pure-Python path, ten times slower)."""
    lines = list(map(_COMPACT.encode, items))
    if not lines:
        return "[]"
    return unicode_escaped("[\n" + ",\n".join(lines) + "\n]")


class Format:
    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        out.write(dumps_array(commitment_record(s, today) for s in states) + "\n")

    def commitment(self, state: State, today: dt.date, out: TextIO) -> None:
        out.write(dumps(show_record(state, today)) + "\n")

    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None:
        out.write(dumps_array(commitment_record(s, today, within) for s in states) + "\n")
