"""Effective state: a commitment with its updates applied, seen from a given day."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from commitments.ledger import OPEN_STATUSES, Commitment, Ledger, Update
from commitments.windows import Window, parse_due

Attention = Literal["overdue", "due-soon"]
DEFAULT_WITHIN = 60


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
    steps: tuple[Step, ...] = field(default=())

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def slips(self) -> int:
        return sum(1 for s in self.steps if s.days_slipped)

    @property
    def days_slipped(self) -> int:
        return sum(s.days_slipped or 0 for s in self.steps)

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
    return State(commitment, status, window, tuple(steps))


def states(ledger: Ledger) -> list[State]:
    """Every commitment's effective state, in file order."""
    grouped: dict[str, list[Update]] = defaultdict(list)
    for update in ledger.updates:
        grouped[update.commitment].append(update)
    return [
        effective(c, sorted(grouped.get(c.id, []), key=lambda u: u.on)) for c in ledger.commitments
    ]


def state_of(ledger: Ledger, commitment: Commitment) -> State:
    mine = [u for u in ledger.updates if u.commitment == commitment.id]
    return effective(commitment, sorted(mine, key=lambda u: u.on))


def by_deadline(items: list[State]) -> list[State]:
    """Sorted by deadline, undated last; ties keep file order."""
    return sorted(
        items, key=lambda s: (s.window is None, s.window.end if s.window else dt.date.min)
    )
