"""Effective state: a commitment with its updates applied, seen from a given day."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Sequence
from typing import Literal, NamedTuple

from commitments.due_expr import Window, parse_due
from commitments.ledger.history import History, status_of
from commitments.model import DEFAULT_WITHIN, OPEN_STATUSES, Commitment, Ledger, Update

Attention = Literal["overdue", "due-soon"]
_BY_DATE = operator.attrgetter("on")  # sorted() is stable: file order breaks ties


class Step(NamedTuple):  # a tuple: a history of 100,000 updates makes 100,000 of them
    """One update as applied: what it changed."""

    update: Update
    status_before: str
    window_before: Window | None
    window_after: Window | None

    @property
    def days_slipped(self) -> int | None:
        """How far the deadline moved (positive: later), when the update moved a dated window."""
        if self.update.due is None or self.window_before is None or self.window_after is None:
            return None
        return (self.window_after.end - self.window_before.end).days


class State(NamedTuple):  # a tuple: every report makes one per commitment
    commitment: Commitment
    status: str
    window: Window | None
    history: History | None = None
    # The updates in the order they apply; filled by state_of() alone (for `show`).
    updates: tuple[Update, ...] = ()

    @property
    def steps(self) -> tuple[Step, ...]:
        """The updates as applied, with what each changed (computed when asked for)."""
        return _steps(self.commitment, self.updates)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def updated(self) -> dt.date | None:
        """The date of the latest update."""
        return self.history.last_on if self.history else None

    def slippage(self) -> tuple[int, int]:
        """How many reschedules moved the deadline, and by how many days in all."""
        if self.history is None or not self.history.dues:
            return 0, 0
        moves = [m for m in _moves(self.commitment, self.history.reschedules) if m]
        return len(moves), sum(moves)

    @property
    def slips(self) -> int:
        return self.slippage()[0]

    @property
    def days_slipped(self) -> int:
        return self.slippage()[1]

    def days_left(self, today: dt.date) -> int | None:
        return None if self.window is None else (self.window.end - today).days

    def attention(self, today: dt.date, within: int = DEFAULT_WITHIN) -> Attention | None:
        return attention(self.days_left(today), self.status, within)


def attention(days_left: int | None, status: str, within: int) -> Attention | None:
    """What a commitment with this many days left and this status needs."""
    if days_left is None or status not in OPEN_STATUSES:
        return None
    if days_left < 0:
        return "overdue"
    if days_left <= within:
        return "due-soon"
    return None


def _window(due: str | None, commitment: Commitment) -> Window | None:
    if due is None:
        return None
    return parse_due(due, declared=commitment.declared, hemisphere=commitment.hemisphere)


def _moves(commitment: Commitment, reschedules: Sequence[tuple[dt.date, str]]) -> list[int]:
    """How far each reschedule moved the deadline (0 where a window was undated)."""
    window = _window(commitment.due, commitment)
    moves = []
    for _, due in reschedules:
        after = _window(due, commitment)
        moves.append((after.end - window.end).days if window and after else 0)
        window = after
    return moves


def effective(
    commitment: Commitment, history: History | None, updates: tuple[Update, ...] = ()
) -> State:
    """``commitment`` with its history applied."""
    due = commitment.due
    if history is not None and history.dues:
        due = history.reschedules[-1][1]
    return State(
        commitment, status_of(commitment, history), _window(due, commitment), history, updates
    )


def _steps(commitment: Commitment, updates: tuple[Update, ...]) -> tuple[Step, ...]:
    status = commitment.status
    window = _window(commitment.due, commitment)
    steps = []
    new = tuple.__new__
    for update in updates:
        before_status, before_window = status, window
        if update.status is not None and update.party is None:  # a party's own is its own
            status = update.status
        if update.due is not None:
            window = _window(update.due, commitment)
        steps.append(new(Step, (update, before_status, before_window, window)))
    return tuple(steps)


def states(ledger: Ledger) -> list[State]:
    """Every commitment's effective state, in file order."""
    histories = ledger.histories
    return [effective(c, histories.get(c.id)) for c in ledger.commitments]


def state_of(ledger: Ledger, commitment: Commitment) -> State:
    """One commitment's state with its updates, for everything `show` says about it."""
    mine = ledger.updates_of(commitment.id)
    return effective(
        commitment, ledger.histories.get(commitment.id), tuple(sorted(mine, key=_BY_DATE))
    )


def by_deadline(items: list[State]) -> list[State]:
    """Sorted by deadline, undated last; ties keep file order."""
    dated = sorted((s for s in items if s.window is not None), key=_BY_DEADLINE)
    return dated + [s for s in items if s.window is None]


_BY_DEADLINE = operator.attrgetter("window.end")  # in C: a third of a lambda's time
