"""`check`: every problem in the ledger, syntax and schema alike."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from commitments.ledger.diagnostics import Problem
from commitments.ledger.read import UnreadableLedger, display_name, load


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
            return f"{self.file}: ok ({self.commitments} commitments, {self.updates} updates)"
        return f"{self.file}: {_count(self.errors, 'error')}, {_count(self.warnings, 'warning')}"

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


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def check(path: Path, *, strict: bool = False) -> CheckReport:
    """Validate the ledger at ``path``; with ``strict`` warnings count as errors.

    Raises LedgerError only when the file cannot be read at all.
    """
    try:
        loaded = load(path)
    except UnreadableLedger as exc:
        return CheckReport(display_name(path), exc.problems, 0, 0)
    problems = loaded.problems
    if strict:
        problems = [replace(p, severity="error") for p in problems]
    return CheckReport(
        display_name(path), problems, len(loaded.ledger.commitments), len(loaded.ledger.updates)
    )
