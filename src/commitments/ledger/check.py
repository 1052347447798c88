"""`check`: every problem of a ledger, remembered for bytes already checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from commitments.ledger import own_writes, snapshot
from commitments.ledger.decode import UnreadableLedger, read_bytes, real_path
from commitments.ledger.diagnostics import Problem
from commitments.ledger.find import display_name
from commitments.ledger.journal import ignored
from commitments.ledger.parse import full_read
from commitments.text import counted


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
    key = (snapshot.digest(data), name, today and today.toordinal())
    report = _remembered(path, key, len(data))
    if report is None:
        report = _checked(path, data, name, today)
        _remember(path, key, report)
    # Not of the bytes but of what lies beside them: looked at afresh on every check.
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
    if not checked.errors:  # the next command need not read the file whole again
        snapshot.keep(path, data, ledger, checked.written)()
    return CheckReport(name, checked.problems, len(ledger.commitments), len(ledger.updates))


# A check's report is a function of the file's bytes, the name it is shown by and the
# day (updates dated after it are warned about), so a run on bytes already checked
# that day reads the report back instead of parsing them again.
def _remembered(path: Path, key: tuple[Any, ...], size: int) -> CheckReport | None:
    try:
        rows, commitments, updates = snapshot.remembered(path, "check", key, size)
        problems = [
            Problem(key[1], line, column, severity, message, tuple(context))
            for line, column, severity, message, context in rows
        ]
    except (TypeError, ValueError):
        return None
    return CheckReport(key[1], problems, commitments, updates)


def _remember(path: Path, key: tuple[Any, ...], report: CheckReport) -> None:
    # with each problem's excerpt and caret: a remembered report prints what a fresh one does
    rows = [(p.line, p.column, p.severity, p.message, p.context) for p in report.problems]
    snapshot.remember(path, "check", key, (rows, report.commitments, report.updates))
