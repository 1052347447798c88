"""Short human descriptions of windows and deadlines, shared by the text formats."""

from __future__ import annotations

import datetime as dt

from commitments.due_expr import Window
from commitments.model import PLEDGE, Commitment
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


def marked_title(c: Commitment) -> str:
    """The title as tables show it: a commitment that is no pledge says what it is
    first ("(proposal) Year of …"), so that a proposal never reads as a promise."""
    if c.strength == PLEDGE or c.title.casefold().startswith(c.strength[:6]):
        return c.title  # "Proposed: …" says it already
    return f"({c.strength}) {c.title}"


def what_changed(before: State | None, after: State) -> str:
    """What a write did to a commitment, in words: "planned → in-progress, due by 2026 →
    2027-03 (+90 days)" ("" when its status and due stay); for a new one, its status and
    window."""
    if before is None:
        due = (
            f"due {after.window.text} ({window_text(after.window)})" if after.window else "undated"
        )
        return f"{after.status}, {due}"
    said = []
    if after.status != before.status:
        said.append(f"{before.status} → {after.status}")
    from commitments.report.scoring import party_statuses  # startup: assessments only

    # A party's own assessment that changed its status (the others follow the
    # commitment's, said above).
    was = party_statuses(before)
    own = after.history.party_statuses() if after.history else {}
    for party, status in party_statuses(after).items():
        if party in own and was.get(party, status) != status:
            said.append(f"{party} {was[party]} → {status}")
    old = before.window.text if before.window else "undated"
    new = after.window.text if after.window else "undated"
    if old != new:
        moved = ""
        if before.window and after.window:
            moved = f" ({(after.window.end - before.window.end).days:+d} days)"
        said.append(f"due {old} → {new}{moved}")
    return ", ".join(said)


def window_compact(window: Window | None) -> str:
    """The window in fewer cells: "2026-03-01–05-31" for "2026-03-01 – 2026-05-31"."""
    text = window_text(window)
    if window is None or window.start is None or window.start == window.end:
        return text
    end = window.end.isoformat()
    if window.start.year == window.end.year:
        end = end[5:]
    return f"{'~' if window.approximate else ''}{window.start}–{end}"


def parties_count(parties: tuple[str, ...] | list[str]) -> str:
    return "" if not parties else "1 party" if len(parties) == 1 else f"{len(parties)} parties"


def days_short(state: State, today: dt.date) -> str:
    """Days left or overdue in fewer cells: "38d left", "176d late", "today"."""
    left = state.days_left(today)
    if left is None or not state.is_open:
        return "undated" if left is None and state.is_open else ""
    if left == 0:
        return "today"
    return f"{left}d left" if left > 0 else f"{-left}d late"


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def days_text(state: State, today: dt.date) -> str:
    """Days left or overdue for an open, dated commitment; "undated" for an open one
    without a deadline (said at every width, whichever columns fit); empty otherwise."""
    left = state.days_left(today)
    if left is None or not state.is_open:
        return "undated" if left is None and state.is_open else ""
    if left == 0:
        return "due today"
    if left > 0:
        return f"{_days(left)} left"
    return f"{_days(-left)} overdue"
