"""Markdown: a pipe table for a wiki or a mail; ledger text escaped so it renders literally."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TextIO

from commitments.formats.phrases import days_text, window_text
from commitments.report.state import State
from commitments.text import visible

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~])")
# ":warning:" would render as an emoji on GitHub and in many wikis.
_EMOJI_CODE = re.compile(r":(?=[A-Za-z0-9_+-]+:)")


def cell(text: str) -> str:
    """Ledger text as a table cell that renders literally: markup and emoji codes escaped."""
    return _EMOJI_CODE.sub(r"\\:", _SPECIAL.sub(r"\\\1", visible(text)))


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


class Format:
    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        rows = [
            [
                cell(s.commitment.id),
                cell(s.status),
                cell(s.window.text) if s.window else "",
                cell(window_text(s.window)),
                cell(days_text(s, today)),
                cell(", ".join(s.commitment.parties)),
                cell(s.commitment.title),
            ]
            for s in states
        ]
        out.write(table(["ID", "Status", "Due", "Window", "Days", "Parties", "Title"], rows))

    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None:
        rows = [
            [
                s.attention(today, within) or "",
                cell(s.commitment.id),
                cell(s.commitment.title),
                cell(s.window.text) if s.window else "",
                cell(window_text(s.window)),
                cell(days_text(s, today)),
            ]
            for s in states
        ]
        out.write(table(["Attention", "ID", "Title", "Due", "Window", "Days"], rows))
