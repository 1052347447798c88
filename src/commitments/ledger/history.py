"""A commitment's updates folded into one record: what reports need of its history.

A report needs, per commitment, the status and the due that apply last (updates
apply in order of `on`, ties in file order), the reschedules in that order, each
party's own assessments, how many updates there are and the latest date. ``fold``
computes it from updates in file order; ``merge`` joins the folds of two runs of
updates, the second later in the file. Folding a whole ledger at once or in pieces and
merging gives the same records (tests/ledger/test_differential.py), so the cache keeps
one record per commitment and folds only the updates appended since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from commitments.model import OPEN_STATUSES, Commitment, Ledger, Summit, Update, inherit


class History(NamedTuple):
    total: int  # how many updates
    last_on: dt.date
    status_on: dt.date | None  # when the status that applies last was set
    status: str | None
    dues: tuple[tuple[dt.date, str], ...]  # reschedules (on, due), in file order
    # Updates that assess one party (party, on, status or None, at), in file order: they
    # change that party's status on the commitment and nothing else. Those without a
    # status are kept too: links.py checks every party an update names.
    assessed: tuple[tuple[str, dt.date, str | None, int], ...] = ()
    # Where the update that set ``status`` is among the commitment's updates (as ``at``
    # above, counted from 0 in file order): on the same day, the later in the file wins.
    status_at: int = 0

    def party_statuses(self) -> dict[str, str]:
        """Each assessed party's latest status (by date, ties in file order)."""
        return {p: status for p, (_, status) in self.own_assessments().items()}

    def own_assessments(self) -> dict[str, tuple[dt.date, str]]:
        """Each assessed party's latest own assessment, (on, status): by date, ties in
        file order."""
        return {p: (on, status) for p, (on, _, status) in self.latest_own().items()}

    def latest_own(self) -> dict[str, tuple[dt.date, int, str]]:
        """Each assessed party's latest own assessment, (on, at, status)."""
        in_order = sorted(self.assessed, key=lambda a: a[1])  # stable: file order in a day
        return {p: (on, at, status) for p, on, status, at in in_order if status is not None}

    @property
    def reschedules(self) -> list[tuple[dt.date, str]]:
        """The reschedules in the order they apply: by date, ties in file order."""
        return sorted(self.dues, key=lambda pair: pair[0])

    def then(self, later: History) -> History:
        """This history followed by ``later`` (updates that come after in the file)."""
        status_on, status, status_at = self.status_on, self.status, self.status_at
        if later.status_on is not None and (status_on is None or later.status_on >= status_on):
            status_on, status = later.status_on, later.status
            status_at = self.total + later.status_at
        shift = self.total
        return History(
            self.total + later.total,
            max(self.last_on, later.last_on),
            status_on,
            status,
            self.dues + later.dues,
            self.assessed + tuple((p, on, st, at + shift) for p, on, st, at in later.assessed),
            status_at,
        )


def history_row(h: History) -> tuple[Any, ...]:
    """``h`` as plain data marshal holds (days as ordinals), for the cache."""
    return (
        h.total,
        h.last_on.toordinal(),
        h.status_on and h.status_on.toordinal(),
        h.status,
        tuple((on.toordinal(), due) for on, due in h.dues),
        tuple((p, on.toordinal(), status, at) for p, on, status, at in h.assessed),
        h.status_at,
    )


def status_of(commitment: Commitment, history: History | None) -> str:
    """The status that applies: rolled up from the parties' own verdicts, else the
    latest set for the whole commitment, else its own."""
    rolled = rolled_up(commitment, history)
    if rolled is not None:
        return rolled
    if history is not None and history.status is not None:
        return history.status
    return commitment.status


def rolled_up(commitment: Commitment, history: History | None) -> str | None:
    """The status each responsible party's own closed assessment makes of the commitment
    (all done: done; all missed: missed; all cancelled: cancelled; any other mix:
    partial, cancelled parties aside), when every one of them has one and no update for
    the whole commitment applies after the last of them; else None."""
    if history is None or not history.assessed or not commitment.answerable:
        return None
    own = history.latest_own()
    found = [own.get(p) for p in commitment.answerable]
    if any(a is None or a[2] in OPEN_STATUSES for a in found):
        return None
    last = max((a[0], a[1]) for a in found if a is not None)
    # A commitment-wide status set after the last of them (a later day, or the same day
    # later in the file) says otherwise.
    if history.status_on is not None and (history.status_on, history.status_at) > last:
        return None
    statuses = {a[2] for a in found if a is not None}
    kept = statuses - {"cancelled"} or {"cancelled"}
    return kept.pop() if len(kept) == 1 else "partial"


def fold(updates: Iterable[Update]) -> dict[str, History]:
    """Each commitment's updates (given in file order) folded into one History: what
    History.then makes of them one by one, in one pass (then() copies its tuples, and
    100,000 updates of one commitment would copy them 100,000 times)."""
    open_: dict[str, _Folding] = {}
    for u in updates:
        f = open_.get(u.commitment)
        if f is None:
            f = open_[u.commitment] = _Folding(u.on)
        at = f.total
        f.total += 1
        f.last_on = max(f.last_on, u.on)
        if u.party is not None:
            f.assessed.append((u.party, u.on, u.status, at))
            continue
        if u.status is not None and (f.status_on is None or u.on >= f.status_on):
            f.status_on, f.status, f.status_at = u.on, u.status, at
        if u.due is not None:
            f.dues.append((u.on, u.due))
    return {
        ident: History(
            f.total, f.last_on, f.status_on, f.status, tuple(f.dues), tuple(f.assessed), f.status_at
        )
        for ident, f in open_.items()
    }


class _Folding:
    """One commitment's History while its updates are folded."""

    __slots__ = ("assessed", "dues", "last_on", "status", "status_at", "status_on", "total")

    def __init__(self, on: dt.date) -> None:
        self.total, self.last_on, self.status_at = 0, on, 0
        self.status_on: dt.date | None = None
        self.status: str | None = None
        self.dues: list[tuple[dt.date, str]] = []
        self.assessed: list[tuple[str, dt.date, str | None, int]] = []


def merge(earlier: dict[str, History], later: dict[str, History]) -> dict[str, History]:
    """The folds of two runs of updates, ``later`` after ``earlier`` in the file."""
    merged = dict(earlier)
    for ident, history in later.items():
        before = merged.get(ident)
        merged[ident] = history if before is None else before.then(history)
    return merged


def ledger_of(
    path: Path,
    commitments: list[Commitment],
    updates: Sequence[Update],
    version: int | None,
    summits: list[Summit] | None = None,
    license: str | None = None,
) -> Ledger:
    """The ledger of these valid tables, each commitment with what its summit gives."""
    summits = summits or []
    return Ledger(
        path, inherit(commitments, summits), fold(updates), version, updates, summits, license
    )
