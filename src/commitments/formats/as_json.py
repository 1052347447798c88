"""JSON: standard escaping, plus escapes for the invisible characters JSON leaves raw."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from commitments.report.records import commitment_record, show_record
from commitments.report.state import State

# json.dumps escapes C0 controls itself; these it would print raw (ensure_ascii=False
# keeps titles readable), and a terminal would act on them. Outside strings the
# output is pure ASCII, so replacing them anywhere only ever touches string contents.
_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def dumps(value: Any) -> str:
    return _RAW.sub(_escape, json.dumps(value, ensure_ascii=False, indent=2))


_COMPACT = json.JSONEncoder(ensure_ascii=False)


def dumps_array(items: Iterable[Any]) -> str:
    """A JSON array with one compact object per line: readable, greppable, and written by
    json's C encoder (an indented dump takes its pure-Python path, ten times slower)."""
    lines = list(map(_COMPACT.encode, items))
    if not lines:
        return "[]"
    return _RAW.sub(_escape, "[\n" + ",\n".join(lines) + "\n]")


class Format:
    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        out.write(dumps_array(commitment_record(s, today) for s in states) + "\n")

    def commitment(self, state: State, today: dt.date, out: TextIO) -> None:
        out.write(dumps(show_record(state, today)) + "\n")

    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None:
        out.write(dumps_array(commitment_record(s, today, within) for s in states) + "\n")
