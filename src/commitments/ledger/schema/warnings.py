"""Warnings: advice about valid tables, written once for `check` and for writes.

`check` places each warning on its table; `update` and `add` print the warnings
about the commitment they wrote, so that a write never stays silent about what
`check` would say right after it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Sequence
from typing import Literal, NamedTuple

from commitments.ledger.history import fold, status_of
from commitments.ledger.schema.tables import commitment_label, summit_label, update_label
from commitments.model import OPEN_STATUSES, Commitment, Summit, Update
from commitments.text import quoted


class Advice(NamedTuple):  # not a dataclass: 0.2 ms to define instead of 1.4
    """A warning on table ``at`` (its index) of the sequence given for ``array``, at
    ``key`` (None: the table's header)."""

    array: Literal["summit", "commitment", "update"]
    at: int
    key: str | None
    message: str


def records_nothing(update: Update) -> bool:
    """An update that changes nothing and says nothing: no status, due, note, source or url."""
    fields = (update.status, update.due, update.note, update.source, update.url)
    return all(v is None for v in fields)


def _twice(codes: Sequence[str]) -> list[str]:
    """The codes listed more than once, in order (in linear time: a hostile list of
    30,000 codes took 11 s counted code by code)."""
    seen: dict[str, int] = {}
    for code in codes:
        seen[code] = seen.get(code, 0) + 1
    return [code for code, n in seen.items() if n > 1]


def warnings(
    commitments: Sequence[Commitment],
    updates: Sequence[Update],
    *,
    about: Container[str] | None = None,
    today: dt.date | None = None,
    summits: Sequence[Summit] = (),
) -> list[Advice]:
    """The warnings about valid ``commitments`` and ``updates`` (all of a ledger's valid
    tables, in file order); with ``about``, only those concerning these ids; with
    ``today``, also dates after it (a slip of the keyboard, or news not yet come):
    an update's, a summit's, a commitment's own declared date. As of today such a
    summit or commitment does not exist yet, so no report shows it."""
    found: list[Advice] = []
    by_id = {c.id: c for c in commitments}
    met = {s.id: s.date for s in summits}
    summit_parties = {s.id: s.parties for s in summits}
    for index, summit in enumerate(summits if about is None else ()):
        for code in _twice(summit.parties):
            found.append(
                Advice(
                    "summit",
                    index,
                    "parties",
                    f"{summit_label(summit.id, index)}: party {quoted(code)} is listed more"
                    " than once",
                )
            )
    if about is None and today is not None:
        for index, summit in enumerate(summits):
            if summit.date > today:
                found.append(
                    Advice(
                        "summit",
                        index,
                        "date",
                        f"{summit_label(summit.id, index)}: meets on {summit.date}, after today"
                        f" ({today}): no report shows it or its commitments until then",
                    )
                )
    for index, c in enumerate(commitments):
        if about is not None and c.id not in about:
            continue
        label = commitment_label(c.id, index)
        own = c.declared is not None and (c.summit is None or met.get(c.summit) != c.declared)
        if today is not None and own and c.declared is not None and c.declared > today:
            found.append(
                Advice(
                    "commitment",
                    index,
                    "declared",
                    f"{label}: is declared on {c.declared}, after today ({today}):"
                    " no report shows it until then",
                )
            )
        # Parties taken from the summit are the summit's to warn about, once.
        own_parties = () if c.summit and c.parties == summit_parties.get(c.summit) else c.parties
        for key, codes in (("parties", own_parties), ("responsible", c.responsible)):
            for code in _twice(codes):
                found.append(
                    Advice(
                        "commitment",
                        index,
                        key,
                        f"{label}: party {quoted(code)} is listed more than once"
                        + ("" if key == "parties" else f" in {key}"),
                    )
                )
        if c.host is not None and c.parties and c.host not in c.parties:
            found.append(
                Advice(
                    "commitment",
                    index,
                    "host",
                    f"{label}: host {quoted(c.host)} is not among the parties",
                )
            )
    for index, u in enumerate(updates):
        if about is not None and u.commitment not in about:
            continue
        label = update_label(u.commitment, index)
        if records_nothing(u):
            found.append(
                Advice(
                    "update",
                    index,
                    None,
                    f"{label}: records nothing (no status, due, note, source or url)",
                )
            )
        if today is not None and u.on > today:
            found.append(
                Advice("update", index, "on", f"{label}: is dated {u.on}, after today ({today})")
            )
        owner = by_id.get(u.commitment)
        if owner is not None and owner.declared is not None and u.on < owner.declared:
            found.append(
                Advice(
                    "update",
                    index,
                    "on",
                    f"{label}: is dated {u.on},"
                    f" before the commitment was declared ({owner.declared})",
                )
            )
    found += _unsourced(commitments, updates, about)
    return found


def _unsourced(
    commitments: Sequence[Commitment], updates: Sequence[Update], about: Container[str] | None
) -> list[Advice]:
    """A closed commitment should say where the news came from: its status as every
    report sees it (rolled up from the parties' own verdicts, if they close it)."""
    histories = fold(updates)
    sourced = {update.commitment for update in updates if update.source}
    found = []
    for index, c in enumerate(commitments):
        if about is not None and c.id not in about:
            continue
        status = status_of(c, histories.get(c.id))
        if status not in OPEN_STATUSES and not c.source and c.id not in sourced:
            found.append(
                Advice(
                    "commitment",
                    index,
                    None,
                    f"{commitment_label(c.id, index)}: is {status} but cites no source"
                    " (record one with update --source)",
                )
            )
    return found
