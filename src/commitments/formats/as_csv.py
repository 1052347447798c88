"""CSV: one row per commitment, every field of the JSON record; lists joined with "; ",
assessments as "IT: done; KZ: planned"."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from typing import Any, TextIO

from commitments.formats import ViewOptions
from commitments.report.records import commitment_record
from commitments.report.state import State
from commitments.text import in_its_own_encoding, visible

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
    "hemisphere",
    "notes",
    "initial_status",
    "initial_due",
    "slips",
    "days_slipped",
    "updated",
    "strength",
    "summit",
    "score",
    "assessments",
    "responsible",
)


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV
# injection"): =HYPERLINK(…) in a title could leak data or run a command.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defused(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(value: Any, raw: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)  # a negative number of days is a number, not a formula
    if isinstance(value, list):
        text = "; ".join(visible(str(v)) for v in value)
    elif isinstance(value, dict):  # assessments: "IT: done; KZ: planned"
        text = "; ".join(f"{visible(str(k))}: {visible(str(v))}" for k, v in value.items())
    else:
        text = visible(str(value), keep_newlines=True)
    return text if raw else defused(text)


class Format:
    def __init__(self, options: ViewOptions | None = None) -> None:
        self.raw = options.raw if options else False

    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        in_its_own_encoding(out, "utf-8")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for state in states:
            record = commitment_record(state, today)
            writer.writerow([_cell(record[column], self.raw) for column in COLUMNS])
