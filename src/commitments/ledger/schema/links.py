"""Phase two of validation: the rules that join tables, written once.

``broken_links`` yields every broken link, in the order `check` reports them. The
full check collects them all; a read from the cache only asks whether there is a
first one (``links_hold``), and reads the whole file when there is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from commitments.due_expr import DueError, Hemisphere, parse_due
from commitments.ledger.history import History
from commitments.model import Commitment, Update
from commitments.text import did_you_mean, quoted


@dataclass(frozen=True, slots=True)
class Broken:
    """A broken link on table ``index`` of ``array``. An empty ``message`` marks a table
    that cannot be used because another one is invalid, which is reported there."""

    array: Literal["commitment", "update"]
    index: int
    key: str
    message: str
    first: int | None = None  # a duplicate id: the index of its first definition


Reference = tuple[str, str | None]  # an update's commitment id and due, what links need


def broken_links(
    ids: Sequence[str | None],
    commitments: Sequence[Commitment | None],
    updates: Sequence[Reference | None],
) -> Iterator[Broken]:
    """The broken links among tables read on their own.

    ``ids`` is the id written on each commitment table, ``commitments`` its valid
    reading (None where the table is invalid) and ``updates`` what each update table
    refers to (None where it names no commitment or date).
    """
    first: dict[str, int] = {}
    usable: dict[str, Commitment] = {}
    for index, ident in enumerate(ids):
        if ident is None:
            continue
        if ident in first:
            yield Broken("commitment", index, "id", "duplicate id", first[ident])
            continue
        first[ident] = index
        commitment = commitments[index]
        if commitment is not None:
            usable[ident] = commitment
    for index, ident in enumerate(ids):
        commitment = commitments[index]
        if commitment is None or commitment.follows is None or first.get(ident or "") != index:
            continue
        message = _follows(commitment, usable, first)
        if message:
            yield Broken("commitment", index, "follows", message)
    for index, reference in enumerate(updates):
        if reference is None:
            continue
        name, due = reference
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


def _follows(commitment: Commitment, usable: dict[str, Commitment], known: dict[str, int]) -> str:
    target = commitment.follows
    assert target is not None
    if target == commitment.id:
        return "a commitment cannot follow itself"
    if target not in known:
        return f"follows unknown commitment {quoted(target)}{did_you_mean(target, known)}"
    seen = {commitment.id}
    step: Commitment | None = usable.get(target)
    while step is not None and step.follows is not None:
        if step.id in seen:
            return f"follows makes a cycle through {quoted(step.id)}"
        seen.add(step.id)
        step = usable.get(step.follows)
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
    return [None if u is None else (u.commitment, u.due) for u in updates]


def links_hold(commitments: Sequence[Commitment], histories: Mapping[str, History]) -> bool:
    """Whether valid tables join without a single broken link (stop at the first).

    Updates are judged by what they refer to, so each commitment's folded history
    stands for all its updates: its id, and each due it was rescheduled to.
    """
    refers: list[Reference | None] = [
        (ident, due) for ident, h in histories.items() for due in (None, *{d for _, d in h.dues})
    ]
    broken = broken_links([c.id for c in commitments], commitments, refers)
    return next(broken, None) is None
