"""`extract --apply` and `--review`: append the chosen candidates in one write.

The ledger is re-read under the lock, as for every write: what it tracks by then is
skipped (running `--apply` twice adds nothing the second time, even when two runs
race), ids are made against the ids it has by then, and the ledger as it will be is
validated before a byte is written."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from commitments.extract.candidates import Candidate
from commitments.extract.entries import Provenance, distinct, new_ids, tables, tracked
from commitments.model import Ledger
from commitments.write.append import append

# What each key of a new table was given by, for its errors.
EXTRACT_OPTIONS = {
    "due": "--due",
    "declared": "--declared",
    "summit": "--summit",
    "url": "--url",
    "source": "--source",
}


class Applied(NamedTuple):
    ids: list[str]  # appended, in order
    skipped: list[str]  # the ids of the commitments already tracking the others
    interrupted: bool = False
    # left out as perhaps the same promise as a ledger commitment: (title, its id)
    similar: tuple[tuple[str, str], ...] = ()


class _NothingNew(Exception):
    pass


def append_candidates(
    path: Path,
    chosen: Sequence[Candidate],
    provenance: Provenance,
    how: str,
    *,
    keep_similar: bool = False,
    hold_interrupts: bool = False,
) -> Applied:
    """``keep_similar``: a person chose them (review); else those perhaps the same as a
    ledger commitment are left out, and said."""
    made: dict[str, list[str]] = {"ids": [], "skipped": []}
    similar: list[tuple[str, str]] = []

    def build(ledger: Ledger, data: bytes) -> list[str]:
        now = tracked(distinct(chosen), ledger.commitments, provenance.summit_id)
        similar[:] = [
            (c.title, c.similar)
            for c in now
            if c.tracked is None and c.similar is not None and not keep_similar
        ]
        fresh = [c for c in now if c.tracked is None and (keep_similar or c.similar is None)]
        made["skipped"] = [c.tracked for c in now if c.tracked is not None]
        if not fresh:
            raise _NothingNew
        taken = [c.id for c in ledger.commitments] + [s.id for s in ledger.summits]
        made["ids"] = new_ids(fresh, taken)
        return tables(fresh, made["ids"], provenance, how)

    try:
        appended = append(path, build, hold_interrupts=hold_interrupts, options=EXTRACT_OPTIONS)
    except _NothingNew:
        return Applied([], made["skipped"], similar=tuple(similar))
    return Applied(made["ids"], made["skipped"], appended.interrupted, tuple(similar))
