"""Plain text for mail: one line per item, no box drawing, nothing to wrap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TextIO

from commitments.formats.phrases import days_text, window_text
from commitments.report.state import State
from commitments.text import visible

LABELS = {"overdue": "OVERDUE", "due-soon": "DUE SOON"}


def line(state: State, today: dt.date, within: int) -> str:
    c, window = state.commitment, state.window
    label = LABELS.get(state.attention(today, within) or "", "")
    due = visible(window.text) if window else "undated"
    return (
        f"{label:<8}  {visible(c.id)}: {visible(c.title)}"
        f" (due {due}, {window_text(window)}; {days_text(state, today)})"
    )


class Format:
    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None:
        out.writelines(line(s, today, within) + "\n" for s in states)
