"""CSV: one row per commitment, the JSON record's scalar fields; lists joined with "; "."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from typing import Any, TextIO

from commitments.report.records import commitment_record
from commitments.report.state import State
from commitments.text import visible

COLUMNS = (
    "id",
    "title",
    "status",
    "open",
    "due",
    "start",
    "end",
    "approximate",
    "days_left",
    "attention",
    "parties",
    "host",
    "tags",
    "declared",
    "source",
    "url",
    "quote",
    "follows",
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(visible(str(v)) for v in value)
    return visible(str(value), keep_newlines=True)


class Format:
    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for state in states:
            record = commitment_record(state, today)
            writer.writerow([_cell(record[column]) for column in COLUMNS])
