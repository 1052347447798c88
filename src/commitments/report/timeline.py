"""The timeline: each dated commitment's window on a month axis, as of a day.

Plain data, drawn by the text, JSON and HTML formats. The axis runs over whole
months. By default it starts at the earlier of six months before the day of the
report and the first day of the earliest open window, and ends at the later of
that day and the latest deadline shown, so that today's marker is always on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from commitments.due_expr import DueError, parse_due
from commitments.errors import UsageError
from commitments.model import DEFAULT_WITHIN
from commitments.report.state import State, by_deadline
from commitments.text import quoted

Kind = Literal["overdue", "due-soon", "open", "closed"]
LOOK_BACK_MONTHS = 6


@dataclass(frozen=True, slots=True)
class Bar:
    state: State
    kind: Kind
    start: dt.date | None  # None: the window has no first day ("by X", nothing declared)
    end: dt.date
    approximate: bool

    @property
    def due(self) -> str:
        """What is written beside the bar: the due text as given, and the status when
        the commitment is closed."""
        window = self.state.window
        text = window.text if window is not None else ""
        return text if self.kind != "closed" else f"{text} · {self.state.status}"


@dataclass(frozen=True, slots=True)
class Timeline:
    as_of: dt.date
    within: int
    start: dt.date  # the first day of the axis's first month
    end: dt.date  # the last day of its last month
    bars: list[Bar]  # by deadline, as `list` orders them
    undated: list[State]  # no window: nothing to draw
    outside: list[State]  # windows wholly before or after the axis

    def months(self) -> list[dt.date]:
        """The first day of every month on the axis."""
        return months_between(self.start, self.end)

    @property
    def span(self) -> str:
        """The axis in words: "2025-05 to 2027-12"."""
        return f"{month_text(self.start)} to {month_text(self.end)}"

    def not_drawn(self) -> list[str]:
        """What the chart leaves out, counted: ["19 undated", "2 outside … to …"]."""
        said = []
        if self.undated:
            said.append(f"{len(self.undated)} undated")
        if self.outside:
            said.append(f"{len(self.outside)} outside {self.span}")
        return said


def month_text(day: dt.date) -> str:
    return day.isoformat()[:7]  # strftime writes year 1 as "1"


def kind_of(state: State, today: dt.date, within: int = DEFAULT_WITHIN) -> Kind:
    if not state.is_open:
        return "closed"
    return state.attention(today, within) or "open"


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    if day.year == dt.MAXYEAR and day.month == 12:
        return dt.date.max
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def months_back(day: dt.date, count: int) -> dt.date:
    """The first day of the month ``count`` months before ``day``'s (the calendar's
    first day at the earliest)."""
    index = max(day.year * 12 + day.month - 1 - count, 12)
    return dt.date(index // 12, index % 12 + 1, 1)


def months_between(start: dt.date, end: dt.date) -> list[dt.date]:
    found = []
    month = month_start(start)
    while month <= end:
        found.append(month)
        last = month_end(month)
        if last == dt.date.max:
            break
        month = last + dt.timedelta(days=1)
    return found


def bound(text: str, option: str, *, last: bool) -> dt.date:
    """A --from or --to given as a date or any due expression ("2026", "spring 2027"):
    its first day (``last``: its last day)."""
    try:
        window = parse_due(text)
    except DueError as exc:
        raise UsageError(f"{option}: {exc}") from None
    if last:
        return window.end
    if window.start is None:
        raise UsageError(f"{option}: {quoted(text)} has no first day (expected a date or a period)")
    return window.start


def timeline(
    states: Sequence[State],
    today: dt.date,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    within: int = DEFAULT_WITHIN,
) -> Timeline:
    """The timeline of ``states`` as of ``today``, from ``start`` to ``end`` (whole
    months; the defaults are in the module's docstring)."""
    dated = by_deadline([s for s in states if s.window is not None])
    undated = [s for s in states if s.window is None]
    if start is None:
        firsts = [
            s.window.start or s.window.end for s in dated if s.is_open and s.window is not None
        ]
        start = min([months_back(today, LOOK_BACK_MONTHS), *firsts])
    if end is None:
        end = max([today, *(s.window.end for s in dated if s.window is not None)])
    if end < start:
        raise UsageError(f"--to: {end} is before --from {start} (expected a later end)")
    start, end = month_start(start), month_end(end)
    bars: list[Bar] = []
    outside: list[State] = []
    for s in dated:
        window = s.window
        assert window is not None
        if window.end < start or (window.start or window.end) > end:
            outside.append(s)
            continue
        bars.append(Bar(s, kind_of(s, today, within), window.start, window.end, window.approximate))
    return Timeline(today, within, start, end, bars, undated, outside)
