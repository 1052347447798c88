"""As of a date: the ledger as it was known on a day.

Every report is made as of "today" (--today, $COMMITMENTS_TODAY, else the system
date): updates dated after it are not applied, and commitments declared after it
do not exist yet, nor do summits that meet after it. So `--today 2026-06-01`
reproduces what could be said on that day, whatever was appended since.

Each commitment's folded history knows its latest date, so a ledger with nothing
after the day is used as it is (the common case, and free); otherwise only the
histories that reach past the day are folded again, from the updates up to it.
"""

from __future__ import annotations

import datetime as dt

from commitments.ledger.history import fold
from commitments.model import Deferred, Ledger, Update
from commitments.text import quoted


def as_of(ledger: Ledger, day: dt.date) -> Ledger:
    """``ledger`` as known on ``day``; the ledger itself when nothing in it is later."""
    late = {ident for ident, h in ledger.histories.items() if h.last_on > day}
    unborn = {c.id for c in ledger.commitments if c.declared is not None and c.declared > day}
    summits = [s for s in ledger.summits if s.date <= day]
    if not late and not unborn and len(summits) == len(ledger.summits):
        return ledger
    commitments = [c for c in ledger.commitments if c.id not in unborn]
    gone = late | unborn
    histories = {ident: h for ident, h in ledger.histories.items() if ident not in gone}
    redo = late - unborn
    if redo:
        histories.update(fold(u for u in ledger.updates if u.commitment in redo and u.on <= day))

    def known() -> list[Update]:
        return [u for u in ledger.updates if u.on <= day and u.commitment not in unborn]

    return Ledger(
        ledger.path,
        commitments,
        histories,
        ledger.version,
        Deferred(known),
        summits,
        ledger.license,
    )


def unborn_note(ledger: Ledger, given: str, day: dt.date) -> str:
    """For an id that does not exist as of ``day`` because it is declared later: that,
    and nothing else (no other id is what was meant)."""
    commitment = ledger.find(given)
    if commitment is None:  # a unique prefix names one, as every id
        starting = [c for c in ledger.commitments if given and c.id.startswith(given)]
        commitment = starting[0] if len(starting) == 1 else None
        later = [c for c in starting if c.declared is not None and c.declared > day]
        if len(starting) > 1 and len(later) == len(starting):
            names = ", ".join(quoted(c.id) for c in later[:10])
            return (
                f"{quoted(given)} starts {len(later)} ids, all declared after {day} ({names}):"
                f" a report as of {day} does not show them"
            )
    if commitment is None or commitment.declared is None or commitment.declared <= day:
        return ""
    return (
        f"{quoted(commitment.id)} is declared on {commitment.declared}, after {day}:"
        f" a report as of {day} does not show it"
    )
