"""Selecting commitments: the filters of `list`, and what the `due` report holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from commitments.errors import EXIT_DUE_SOON, EXIT_OK, EXIT_OVERDUE
from commitments.report.state import State, by_deadline


class Filters(NamedTuple):  # not a dataclass: 0.2 ms to define instead of 1.4
    """The filters of `list`, `timeline`, `export`, `due` and `report`, from the command
    line to the selection: values within one filter are alternatives (any of);
    different filters must all hold. As asked, codes, tags and summits are as typed;
    commands.checked() makes them the ledger's (codes, casefolded tags, summit ids)."""

    # In the order given: a message about the first that is wrong names that one.
    statuses: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()  # of the commitment, or its host
    tags: tuple[str, ...] = ()  # checked: casefolded, as tags match whatever their case
    overdue: bool = False
    open_only: bool = False
    search: str = ""  # found in the id, title, quote, notes or source, in any case
    strengths: tuple[str, ...] = ()
    summits: tuple[str, ...] = ()

    def accepts(self, state: State, today: dt.date) -> bool:
        c = state.commitment
        return (
            (not self.statuses or state.status in self.statuses)
            and (
                not self.parties
                or any(p in self.parties for p in c.parties)
                or c.host in self.parties
            )
            and (not self.tags or any(tag.casefold() in self.tags for tag in c.tags))
            and (not self.open_only or state.is_open)
            and (not self.overdue or state.attention(today) == "overdue")
            and (not self.search or self.search in searched_text(state))
            and (not self.strengths or c.strength in self.strengths)
            and (not self.summits or c.summit in self.summits)
        )


def searched_text(state: State) -> str:
    c = state.commitment
    fields = (c.id, c.title, c.quote, c.notes, c.source)
    return "\n".join(f for f in fields if f).casefold()


def select(states: Iterable[State], filters: Filters, today: dt.date) -> list[State]:
    """The states ``filters`` accept, sorted by deadline with undated last."""
    return by_deadline([s for s in states if filters.accepts(s, today)])


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
