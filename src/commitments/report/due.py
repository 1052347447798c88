"""The due report: open commitments overdue, then due within N days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from commitments.errors import EXIT_DUE_SOON, EXIT_OK, EXIT_OVERDUE
from commitments.report.state import State, by_deadline


def needing_attention(states: Iterable[State], today: dt.date, within: int) -> list[State]:
    """Overdue first, then due soon; each by deadline (overdue deadlines all come earlier)."""
    return by_deadline([s for s in states if s.attention(today, within) is not None])


def exit_code(items: Iterable[State], today: dt.date, within: int) -> int:
    """4 if anything is overdue, else 3 if anything is due soon, else 0."""
    attentions = {s.attention(today, within) for s in items}
    if "overdue" in attentions:
        return EXIT_OVERDUE
    if "due-soon" in attentions:
        return EXIT_DUE_SOON
    return EXIT_OK
