"""Phase two of validation: the rules that join tables, written once.

``broken_links`` yields every broken link, in the order `check` reports them. The
full check collects them all; a read from the cache only asks whether there is a
first one (``links_hold``), and reads the whole file when there is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal, NamedTuple

from commitments.due_expr import DueError, Hemisphere, parse_due
from commitments.ledger.history import History
from commitments.model import Commitment, Summit, Update, inherited
from commitments.parties import PARTIES
from commitments.text import did_you_mean, listed, quoted


class Broken(NamedTuple):  # not a dataclass: 0.2 ms to define instead of 1.4
    """A broken link on table ``at`` (its index) of ``array``. An empty ``message`` marks
    a table that cannot be used because another one is invalid, reported there."""

    array: Literal["summit", "commitment", "update"]
    at: int
    key: str
    message: str
    first: int | None = None  # a duplicate id: the index of its first definition


# What links need of an update: the commitment it names, its due and its party.
Reference = tuple[str, str | None, str | None]


def broken_links(
    ids: Sequence[str | None],
    commitments: Sequence[Commitment | None],
    updates: Sequence[Reference | None],
    summit_ids: Sequence[str | None] = (),
    summits: Sequence[Summit | None] = (),
    named_summits: Sequence[str | None] | None = None,
    known: int = 0,
) -> Iterator[Broken]:
    """The broken links among tables read on their own.

    ``ids`` is the id written on each commitment table, ``commitments`` its valid
    reading (None where the table is invalid) and ``updates`` what each update table
    refers to (None where it names no commitment or date); ``summit_ids`` and
    ``summits`` the same for summit tables; ``named_summits`` the summit written on
    each commitment table (default: its valid reading's), so that a table with errors
    of its own is still told that its summit is unknown. The first ``known``
    commitments are those of a valid ledger that tables were appended to: what they
    say of themselves was checked with it (their due with their summit's date, their
    responsible parties).
    """
    known_summits: dict[str, int] = {}
    yield from _duplicates("summit", summit_ids, known_summits)
    usable_summits = {
        s.id: s for i, s in enumerate(summits) if s is not None and known_summits.get(s.id) == i
    }
    if named_summits is None:
        named_summits = [c.summit if c is not None else None for c in commitments]
    for index, name in enumerate(named_summits):
        if name is None or name in usable_summits:
            continue
        if name in known_summits:
            if commitments[index] is not None:
                yield Broken("commitment", index, "summit", "")  # its summit is invalid
        else:
            yield Broken(
                "commitment",
                index,
                "summit",
                f"names unknown summit {quoted(name)}{did_you_mean(name, known_summits)}",
            )
    first: dict[str, int] = {}
    yield from _duplicates("commitment", ids, first)
    usable: dict[str, Commitment] = {}
    for index in first.values():
        commitment = commitments[index]
        if commitment is None:
            continue
        if commitment.summit is None:
            usable[commitment.id] = commitment
        elif commitment.summit in usable_summits:
            joined = inherited(commitment, usable_summits[commitment.summit])
            # Its due was read with a stand-in date (tables.py): read it with the real one.
            due_error = _due_error(commitment.due, joined) if index >= known else ""
            if due_error:
                yield Broken("commitment", index, "due", due_error)
            else:
                usable[commitment.id] = joined
    for index in first.values():
        written = commitments[index] if index >= known else None
        whole = usable.get(written.id) if written is not None else None
        outside = [p for p in whole.responsible if p not in whole.parties] if whole else []
        if whole is not None and outside:
            among = listed(whole.parties) if whole.parties else "it names none"
            yield Broken(
                "commitment",
                index,
                "responsible",
                f"responsible party {quoted(outside[0])} is not among the commitment's"
                f" parties ({among})",
            )
    ends: set[str] = set()  # ids whose chain of `follows` ends, without a cycle
    for index, ident in enumerate(ids):
        commitment = commitments[index]
        if commitment is None or commitment.follows is None or first.get(ident or "") != index:
            continue
        if index < known:
            continue  # it cannot join a cycle: what it follows was there before it
        message = _follows(commitment, usable, first, ends)
        if message:
            yield Broken("commitment", index, "follows", message)
    for index, reference in enumerate(updates):
        if reference is None:
            continue
        name, due, party = reference
        owner = usable.get(name)
        if owner is None:
            if name in first:
                yield Broken("update", index, "commitment", "")  # its commitment is invalid
            else:
                yield Broken(
                    "update",
                    index,
                    "commitment",
                    f"names unknown commitment {quoted(name)}{did_you_mean(name, first)}",
                )
        due_error = _due_error(due, owner)
        if due_error:
            yield Broken("update", index, "due", due_error)
        # (an unknown code is reported where it is written, once)
        if party in PARTIES and owner is not None and party not in owner.parties:
            among = listed(owner.parties) if owner.parties else "it names none"
            yield Broken(
                "update",
                index,
                "party",
                f"party {quoted(party)} is not among the commitment's parties ({among})",
            )
        elif party in PARTIES and owner is not None and party not in owner.answerable:
            yield Broken(
                "update",
                index,
                "party",
                f"party {quoted(party)} is not responsible for the commitment (responsible:"
                f" {', '.join(owner.answerable)}); only a responsible party is assessed",
            )


def _duplicates(
    array: Literal["summit", "commitment"], ids: Sequence[str | None], first: dict[str, int]
) -> Iterator[Broken]:
    """Each id written again after its first table; ``first`` gets where each first is."""
    for index, ident in enumerate(ids):
        if ident is None:
            continue
        if ident in first:
            yield Broken(array, index, "id", "duplicate id", first[ident])
        else:
            first[ident] = index


def _follows(
    commitment: Commitment, usable: dict[str, Commitment], known: dict[str, int], ends: set[str]
) -> str:
    """What is wrong with what ``commitment`` follows. A chain walked to its end joins
    ``ends``, so that a walk reaching it stops there: a chain of n commitments costs
    n steps, not n² (8,000 in a chain took 10 s)."""
    target = commitment.follows
    assert target is not None
    if target == commitment.id:
        return "a commitment cannot follow itself"
    if target not in known:
        return f"follows unknown commitment {quoted(target)}{did_you_mean(target, known)}"
    seen = {commitment.id}
    step: Commitment | None = usable.get(target)
    while step is not None and step.follows is not None and step.id not in ends:
        if step.id in seen:
            return f"follows makes a cycle through {quoted(step.id)}"
        seen.add(step.id)
        step = usable.get(step.follows)
    ends.update(seen)
    return ""


def _due_error(due: str | None, owner: Commitment | None) -> str:
    """An update's due is read with its commitment's declared date and hemisphere."""
    if due is None:
        return ""
    hemisphere: Hemisphere = owner.hemisphere if owner else "north"
    try:
        parse_due(due, declared=owner.declared if owner else None, hemisphere=hemisphere)
    except DueError as exc:
        return str(exc)
    return ""


def references(updates: Iterable[Update | None]) -> list[Reference | None]:
    return [None if u is None else (u.commitment, u.due, u.party) for u in updates]


def links_hold(
    commitments: Sequence[Commitment],
    histories: Mapping[str, History],
    summits: Sequence[Summit] = (),
    known: int = 0,
) -> bool:
    """Whether valid tables join without a single broken link (stop at the first).

    Updates are judged by what they refer to, so each commitment's folded history
    stands for all its updates: its id, each due it was rescheduled to and each party
    it assessed. ``known`` as for broken_links.
    """
    refers: list[Reference | None] = [
        (ident, due, None)
        for ident, h in histories.items()
        for due in (None, *{d for _, d in h.dues})
    ]
    refers += [
        (ident, None, party)
        for ident, h in histories.items()
        for party in {a[0] for a in h.assessed}  # every party named, status or not
    ]
    broken = broken_links(
        [c.id for c in commitments],
        commitments,
        refers,
        [s.id for s in summits],
        summits,
        known=known,
    )
    return next(broken, None) is None
