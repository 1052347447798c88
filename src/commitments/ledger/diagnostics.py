"""Problem records: what validation finds, with where it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int
    column: int
    severity: Severity
    message: str
    # Lines shown under the message: the offending source line and a caret under the
    # column, as rustc and ruff show them. Not part of the JSON record.
    context: tuple[str, ...] = field(default=(), compare=False)

    def __str__(self) -> str:
        head = f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"
        return "\n".join((head, *self.context))

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
        }
