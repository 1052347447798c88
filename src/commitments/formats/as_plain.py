"""Plain text for mail: one line per item, no box drawing, nothing to wrap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TextIO

from commitments.formats.phrases import days_text, marked_title, window_text
from commitments.report.state import State
from commitments.text import visible

LABELS = {"overdue": "OVERDUE", "due-soon": "DUE SOON"}


def line(state: State, today: dt.date, label: str, size: int) -> str:
    c, window = state.commitment, state.window
    head = f"{label:<{size}}  {visible(c.id)}: {visible(marked_title(c))}"
    if window is None:
        return f"{head} (undated)"
    days = days_text(state, today)
    left = f"; {days}" if days else ""
    return f"{head} (due {visible(window.text)}, {window_text(window)}{left})"


class Format:
    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        size = max((len(s.status) for s in states), default=0)
        out.writelines(line(s, today, s.status.upper(), size) + "\n" for s in states)

    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None:
        out.writelines(
            line(s, today, LABELS.get(s.attention(today, within) or "", ""), 8) + "\n"
            for s in states
        )
