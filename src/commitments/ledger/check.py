"""The one full check: decode, parse, every table, every link, every warning.

`check` prints what this finds; the cached read (read.py) falls back on it for
the exact messages whenever a ledger is not valid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from commitments.ledger import own_writes
from commitments.ledger.cache import chunks as chunking
from commitments.ledger.decode import UnreadableLedger, decode, parse_toml, read_bytes, real_path
from commitments.ledger.diagnostics import Problem
from commitments.ledger.find import display_name
from commitments.ledger.schema.links import broken_links, references
from commitments.ledger.schema.tables import Report, TableReader, read_tables
from commitments.ledger.schema.warnings import warnings as warnings_about
from commitments.model import Ledger
from commitments.text import SUGGESTIONS, counted, suggestions_at_most

T = TypeVar("T")


@dataclass(slots=True)
class Checked:
    """A ledger as read, with every problem found (usable only without errors)."""

    ledger: Ledger
    problems: list[Problem]

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
    ledger = Ledger.of(
        path, [c for c, _ in commitments], [u for u, _ in updates], tables.version, summits
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
    return Checked(ledger, report.problems)


def _valid(tables: list[tuple[T | None, TableReader]]) -> list[tuple[T, TableReader]]:
    return [(value, reader) for value, reader in tables if value is not None and not reader.failed]


def full_read(
    data: bytes, path: Path, name: str, *, warnings: bool = True, today: dt.date | None = None
) -> Checked:
    """The whole file read and checked; a file that cannot be parsed raises UnreadableLedger."""
    text = decode(data, name)
    return validate(parse_toml(text, name), text, name, path, warnings=warnings, today=today)


@dataclass(frozen=True, slots=True)
class CheckReport:
    file: str
    problems: list[Problem]
    commitments: int
    updates: int

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def summary(self) -> str:
        if not self.problems:
            return (
                f"{self.file}: ok ({counted(self.commitments, 'commitment')},"
                f" {counted(self.updates, 'update')})"
            )
        return f"{self.file}: {counted(self.errors, 'error')}, {counted(self.warnings, 'warning')}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "ok": self.ok,
            "errors": self.errors,
            "warnings": self.warnings,
            "commitments": self.commitments,
            "updates": self.updates,
            "problems": [p.as_dict() for p in self.problems],
        }


def check(path: Path, *, strict: bool = False, today: dt.date | None = None) -> CheckReport:
    """Validate the ledger at ``path``; with ``strict`` warnings count as errors.

    Raises LedgerError only when the file cannot be read at all.
    """
    name = display_name(path)
    data = read_bytes(path, name)
    target = real_path(path)
    gone = own_writes.lost(target, data)
    whole = chunking.digest(data)
    report = _remembered(path, whole, name, today, len(data))
    if report is None:
        report = _checked(path, data, name, today)
        _remember(path, whole, today, report)
    # Not of the bytes but of what lies beside them: looked at afresh on every check.
    from commitments.ledger.journal import ignored

    journal = ignored(target)
    beside = [journal] if journal else []
    if gone:  # the tables this user wrote that the file lost: each a warning, with the way out
        *lines, advice = own_writes.warnings(target, gone)
        beside += [f"{line}; {advice}" for line in lines]
    if beside:
        found = [Problem(name, 1, 1, "warning", message) for message in beside]
        report = replace(report, problems=[*found, *report.problems])
    if strict:
        report = replace(report, problems=[replace(p, severity="error") for p in report.problems])
    return report


def _checked(path: Path, data: bytes, name: str, today: dt.date | None) -> CheckReport:
    try:
        checked = full_read(data, path, name, today=today)
    except UnreadableLedger as exc:
        return CheckReport(name, exc.problems, 0, 0)
    ledger = checked.ledger
    return CheckReport(name, checked.problems, len(ledger.commitments), len(ledger.updates))


# A check's report is a function of the file's bytes, the name it is shown by and the
# day (updates dated after it are warned about), so a run on bytes already checked
# that day reads the report back instead of parsing them again.
# The entry holds the digest of the bytes it was made from (cache/store.py vouches
# that the tool wrote it).
def _remembered(
    path: Path, whole: bytes, name: str, today: dt.date | None, size: int
) -> CheckReport | None:
    from commitments.ledger.cache import store

    stored = store.load(path, "check", store.limit_for(size))
    try:
        digest, file, day, rows, commitments, updates = stored
        if digest != whole or file != name or day != _ordinal(today):
            return None
        problems = [
            Problem(name, line, column, severity, message, tuple(context))
            for line, column, severity, message, context in rows
        ]
    except (TypeError, ValueError):
        return None
    return CheckReport(name, problems, commitments, updates)


def _remember(path: Path, whole: bytes, today: dt.date | None, report: CheckReport) -> None:
    from commitments.ledger.cache import store

    # with each problem's excerpt and caret: a remembered report prints what a fresh one does
    rows = [(p.line, p.column, p.severity, p.message, p.context) for p in report.problems]
    entry = (whole, report.file, _ordinal(today), rows, report.commitments, report.updates)
    store.store(path, "check", entry)


def _ordinal(day: dt.date | None) -> int | None:
    return None if day is None else day.toordinal()
