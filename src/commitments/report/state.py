"""Effective state: a commitment with its updates applied, seen from a given day."""

from __future__ import annotations

import datetime as dt
import operator
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from commitments.due_expr import Window, parse_due
from commitments.model import DEFAULT_WITHIN, OPEN_STATUSES, Commitment, Ledger, Update

Attention = Literal["overdue", "due-soon"]
_BY_DATE = operator.attrgetter("on")  # sorted() is stable: file order breaks ties


@dataclass(frozen=True, slots=True)
class Step:
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


@dataclass(frozen=True, slots=True)
class State:
    commitment: Commitment
    status: str
    window: Window | None
    updates: tuple[Update, ...] = ()

    @property
    def steps(self) -> tuple[Step, ...]:
        """The updates as applied, with what each changed (computed when asked for)."""
        return _steps(self.commitment, self.updates)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def slippage(self) -> tuple[int, int]:
        """How many updates moved the deadline, and by how many days in all."""
        if not any(u.due is not None for u in self.updates):
            return 0, 0
        moves = [s.days_slipped for s in self.steps if s.days_slipped]
        return len(moves), sum(m for m in moves if m is not None)

    @property
    def slips(self) -> int:
        return self.slippage()[0]

    @property
    def days_slipped(self) -> int:
        return self.slippage()[1]

    def days_left(self, today: dt.date) -> int | None:
        return None if self.window is None else (self.window.end - today).days

    def attention(self, today: dt.date, within: int = DEFAULT_WITHIN) -> Attention | None:
        left = self.days_left(today)
        if left is None or not self.is_open:
            return None
        if left < 0:
            return "overdue"
        if left <= within:
            return "due-soon"
        return None


def _window(due: str | None, commitment: Commitment) -> Window | None:
    if due is None:
        return None
    return parse_due(due, declared=commitment.declared, hemisphere=commitment.hemisphere)


def effective(commitment: Commitment, updates: list[Update]) -> State:
    """Apply ``updates`` (already in application order) to ``commitment``."""
    status, due = commitment.status, commitment.due
    for update in updates:
        if update.status is not None:
            status = update.status
        if update.due is not None:
            due = update.due
    return State(commitment, status, _window(due, commitment), tuple(updates))


def _steps(commitment: Commitment, updates: tuple[Update, ...]) -> tuple[Step, ...]:
    status = commitment.status
    window = _window(commitment.due, commitment)
    steps = []
    for update in updates:
        before_status, before_window = status, window
        if update.status is not None:
            status = update.status
        if update.due is not None:
            window = _window(update.due, commitment)
        steps.append(Step(update, before_status, before_window, window))
    return tuple(steps)


def states(ledger: Ledger) -> list[State]:
    """Every commitment's effective state, in file order."""
    grouped: dict[str, list[Update]] = defaultdict(list)
    for update in ledger.updates:
        grouped[update.commitment].append(update)
    return [effective(c, sorted(grouped.get(c.id, ()), key=_BY_DATE)) for c in ledger.commitments]


def state_of(ledger: Ledger, commitment: Commitment) -> State:
    mine = [u for u in ledger.updates if u.commitment == commitment.id]
    return effective(commitment, sorted(mine, key=_BY_DATE))


def by_deadline(items: list[State]) -> list[State]:
    """Sorted by deadline, undated last; ties keep file order."""
    return sorted(
        items, key=lambda s: (s.window is None, s.window.end if s.window else dt.date.min)
    )
