"""Short human descriptions of windows and deadlines, shared by the text formats."""

from __future__ import annotations

import datetime as dt

from commitments.due_expr import Window
from commitments.report.state import State


def window_text(window: Window | None) -> str:
    if window is None:
        return "undated"
    mark = "~" if window.approximate else ""
    if window.start is None:
        return f"{mark}until {window.end}"
    if window.start == window.end:
        return f"{mark}{window.end}"
    return f"{mark}{window.start} – {window.end}"


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def days_text(state: State, today: dt.date) -> str:
    """Days left or overdue for an open, dated commitment; empty otherwise."""
    left = state.days_left(today)
    if left is None or not state.is_open:
        return ""
    if left == 0:
        return "due today"
    if left > 0:
        return f"{_days(left)} left"
    return f"{_days(-left)} overdue"
