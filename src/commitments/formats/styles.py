"""How states look on a terminal: the rich styles of statuses and of days left."""

from __future__ import annotations

import datetime as dt

from commitments.formats.phrases import days_text
from commitments.model import DEFAULT_WITHIN
from commitments.report.state import State

Cell = tuple[str, str]  # text (already made visible) and a rich style

STATUS_STYLE = {
    "planned": "blue",
    "in-progress": "cyan",
    "stalled": "yellow",
    "done": "green",
    "partial": "yellow",
    "missed": "red",
    "cancelled": "dim",
}
ATTENTION_STYLE = {"overdue": "bold red", "due-soon": "yellow"}


def days_cell(state: State, today: dt.date, within: int = DEFAULT_WITHIN) -> Cell:
    return days_text(state, today), ATTENTION_STYLE.get(state.attention(today, within) or "", "")
