"""The parser: bytes to a checked ledger, with every problem found.

``full_read`` is the reference: decode, parse, every table, every link, every
warning. `check` prints what it finds, and every command's read (read.py) is it,
or is proven equal to it (tests/ledger/test_differential.py) when the cache spares
parsing what was read before: ``appended`` reads only the tables added since.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from commitments.ledger.decode import BOM, UnreadableLedger, decode, parse_toml
from commitments.ledger.diagnostics import Problem
from commitments.ledger.history import ledger_of
from commitments.ledger.schema.links import broken_links, references
from commitments.ledger.schema.tables import Report, TableReader, read_tables
from commitments.ledger.schema.warnings import warnings as warnings_about
from commitments.model import ARRAYS, Commitment, Ledger, Summit, Update
from commitments.text import SUGGESTIONS, suggestions_at_most

T = TypeVar("T")


@dataclass(slots=True)
class Checked:
    """A ledger as read, with every problem found (usable only without errors)."""

    ledger: Ledger
    problems: list[Problem]
    # The valid commitments as written: before what they take from their summits.
    written: list[Commitment]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def validate(
    doc: dict[str, Any],
    text: str,
    name: str,
    path: Path,
    *,
    warnings: bool = True,
    today: dt.date | None = None,
) -> Checked:
    """Read ``doc`` (as tomllib returns it from ``text``) into a Ledger, with every problem.

    The Ledger holds only the valid tables. Without ``warnings`` only errors are found.
    """
    with suggestions_at_most(SUGGESTIONS):
        return _validate(doc, text, name, path, warnings=warnings, today=today)


def _validate(
    doc: dict[str, Any],
    text: str,
    name: str,
    path: Path,
    *,
    warnings: bool,
    today: dt.date | None,
) -> Checked:
    report = Report(name, text, warnings=warnings)
    tables = read_tables(doc, report)
    readers = {
        "summit": [reader for _, reader in tables.summits],
        "commitment": [reader for _, reader in tables.commitments],
        "update": [reader for _, reader in tables.updates],
    }
    for broken in broken_links(
        tables.ids(),
        [c for c, _ in tables.commitments],
        references(u for u, _ in tables.updates),
        tables.summit_ids(),
        [s for s, _ in tables.summits],
        [
            r.raw.get("summit") if isinstance(r.raw.get("summit"), str) else None
            for _, r in tables.commitments
        ],
    ):
        reader = readers[broken.array][broken.at]
        if not broken.message:
            reader.failed = True
        elif broken.first is not None:
            line = readers[broken.array][broken.first].loc.line
            reader.error(broken.key, f"{broken.message} (first defined at line {line})")
        else:
            reader.error(broken.key, broken.message)
    commitments = _valid(tables.commitments)
    updates = _valid(tables.updates)
    summits = [s for s, _ in _valid(tables.summits)]
    written = [c for c, _ in commitments]
    ledger = ledger_of(
        path, written, [u for u, _ in updates], tables.version, summits, tables.license
    )
    if warnings:
        placed = {
            "summit": [r for _, r in _valid(tables.summits)],
            "commitment": [r for _, r in commitments],
            "update": [r for _, r in updates],
        }
        # Warnings are about what a commitment is, with what it takes from its summit.
        for warning in warnings_about(
            ledger.commitments, ledger.updates, today=today, summits=ledger.summits
        ):
            where = placed[warning.array][warning.at].where(warning.key)
            report.add(where, "warning", warning.message)
    report.problems.sort(key=lambda p: (p.line, p.column))
    return Checked(ledger, report.problems, written)


def _valid(tables: list[tuple[T | None, TableReader]]) -> list[tuple[T, TableReader]]:
    return [(value, reader) for value, reader in tables if value is not None and not reader.failed]


def full_read(
    data: bytes, path: Path, name: str, *, warnings: bool = True, today: dt.date | None = None
) -> Checked:
    """The whole file read and checked; a file that cannot be parsed raises UnreadableLedger."""
    text = decode(data, name)
    return validate(parse_toml(text, name), text, name, path, warnings=warnings, today=today)


class Appended(NamedTuple):
    """The tables added at the end of a valid ledger, each valid on its own."""

    commitments: list[Commitment]
    updates: list[Update]
    summits: list[Summit]


# What would make the new bytes mean something else once joined to the old: git's
# conflict markers are judged over the whole text (parse_toml).
_MARKERS = (b"<<<<<<<", b"=======", b">>>>>>>")


def appended(new: bytes, name: str) -> Appended | None:
    """The tables of ``new``, the bytes added at the end of a valid ledger whose text
    ends with a newline and never writes its arrays inline; None unless they are
    nothing but valid [[summit]], [[commitment]] and [[update]] tables, by the same
    readers as the full read. Then the ledger's document is the old one with these
    tables added to its arrays, so the caller need only check the links over the
    whole. Anything else is for the full read, which gives the exact messages."""
    if new.startswith(BOM) or any(marker in new for marker in _MARKERS):
        return None
    try:
        text = decode(new, name)
        doc = parse_toml(text, name)
    except UnreadableLedger:
        return None
    if not doc.keys() <= set(ARRAYS) or not all(isinstance(v, list) for v in doc.values()):
        return None
    report = Report(name, text, warnings=False)
    with suggestions_at_most(0):  # never shown: the full read gives the messages
        # As the top of a file: an array written inline (`update = [...]`) is refused.
        tables = read_tables(doc, report)
    commitments = [c for c, _ in tables.commitments]
    updates = [u for u, _ in tables.updates]
    summits = [s for s, _ in tables.summits]
    if report.failed or None in commitments or None in updates or None in summits:
        return None
    return Appended(commitments, updates, summits)  # type: ignore[arg-type]
