"""Selecting commitments: the filters of `list`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from commitments.report.state import State, by_deadline


@dataclass(frozen=True, slots=True)
class Filters:
    """Values within one filter are alternatives (any of); different filters must all hold."""

    statuses: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    overdue: bool = False
    open_only: bool = False

    def accepts(self, state: State, today: dt.date) -> bool:
        c = state.commitment
        return (
            (not self.statuses or state.status in self.statuses)
            and (
                not self.parties or not self.parties.isdisjoint(c.parties) or c.host in self.parties
            )
            and (not self.tags or not self.tags.isdisjoint(c.tags))
            and (not self.open_only or state.is_open)
            and (not self.overdue or state.attention(today) == "overdue")
        )


def select(states: Iterable[State], filters: Filters, today: dt.date) -> list[State]:
    """The states ``filters`` accept, sorted by deadline with undated last."""
    return by_deadline([s for s in states if filters.accepts(s, today)])
