"""Fast readers: a table with no error at all, read without reporting machinery.

Each returns None at the first sign of an error, and the full reader in tables.py
then says what is wrong and where. They must accept exactly the tables the full
readers accept, and read them the same: tests/test_differential.py checks both over
generated tables. Warnings are not their concern (warnings.py judges valid tables).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from commitments.due_expr import HEMISPHERES, DueError, parse_due
from commitments.model import (
    ID_PATTERN,
    PLEDGE,
    STATUSES,
    STRENGTHS,
    URL_PATTERN,
    Commitment,
    Update,
)
from commitments.parties import PARTIES

# A commitment that takes its declared date from its summit: see tables.SUMMIT_DAY.
SUMMIT_DAY = dt.date(2000, 1, 1)

_STR: tuple[type, ...] = (str,)
_DATE: tuple[type, ...] = (dt.date,)
_LIST: tuple[type, ...] = (list,)
_DUE: tuple[type, ...] = (str, dt.date)
_COMMITMENT_TYPES: dict[str, tuple[type, ...]] = {
    "id": _STR,
    "title": _STR,
    "due": _DUE,
    "declared": _DATE,
    "parties": _LIST,
    "host": _STR,
    "tags": _LIST,
    "status": _STR,
    "source": _STR,
    "url": _STR,
    "quote": _STR,
    "follows": _STR,
    "hemisphere": _STR,
    "notes": _STR,
    "strength": _STR,
    "summit": _STR,
    "responsible": _LIST,
}
_UPDATE_TYPES: dict[str, tuple[type, ...]] = {
    "commitment": _STR,
    "on": _DATE,
    "status": _STR,
    "party": _STR,
    "due": _DUE,
    "note": _STR,
    "source": _STR,
    "by": _STR,
    "recorded": (dt.datetime,),
}


def _types_match(raw: dict[str, Any], types: dict[str, tuple[type, ...]]) -> bool:
    # type() is exact: a bool is not an int here, a date-time is not a date.
    for key, value in raw.items():
        kinds = types.get(key)
        if kinds is None or type(value) not in kinds:
            return False
    return True


def commitment(raw: dict[str, Any]) -> Commitment | None:
    if not _types_match(raw, _COMMITMENT_TYPES):
        return None
    get = raw.get
    ident, title = get("id"), get("title")
    if ident is None or title is None or not title.strip() or not ID_PATTERN.fullmatch(ident):
        return None
    status, hemisphere = get("status", "planned"), get("hemisphere", "north")
    if status not in STATUSES or hemisphere not in HEMISPHERES:
        return None
    strength = get("strength", PLEDGE)
    if strength not in STRENGTHS:
        return None
    parties, tags, host, url = get("parties", []), get("tags", []), get("host"), get("url")
    responsible = get("responsible", [])
    if not all(type(p) is str and p in PARTIES for p in (*parties, *responsible)):
        return None
    if host is not None and host not in PARTIES:
        return None
    if not all(type(t) is str and t.strip() for t in tags):
        return None
    if url is not None and not URL_PATTERN.fullmatch(url):
        return None
    due, summit = get("due"), get("summit")
    if due is not None:
        declared = get("declared") or (SUMMIT_DAY if summit is not None else None)
        try:
            parse_due(due, declared=declared, hemisphere=hemisphere)
        except DueError:
            return None
    return Commitment(
        id=ident,
        title=title,
        due=due.isoformat() if isinstance(due, dt.date) else due,
        declared=get("declared"),
        parties=tuple(parties),
        host=host,
        tags=tuple(tags),
        status=status,
        source=get("source"),
        url=url,
        quote=get("quote"),
        follows=get("follows"),
        hemisphere=hemisphere,
        notes=get("notes"),
        strength=strength,
        summit=summit,
        responsible=tuple(responsible),
    )


def update(raw: dict[str, Any]) -> Update | None:
    if not _types_match(raw, _UPDATE_TYPES):
        return None
    get = raw.get
    name, on, status, due = get("commitment"), get("on"), get("status"), get("due")
    if name is None or not name.strip() or on is None:
        return None
    if status is not None and status not in STATUSES:
        return None
    party = get("party")
    if party is not None and (party not in PARTIES or due is not None):
        return None
    return Update(
        commitment=name,
        on=on,
        status=status,
        due=due.isoformat() if isinstance(due, dt.date) else due,
        note=get("note"),
        source=get("source"),
        by=get("by"),
        recorded=get("recorded"),
        party=party,
    )
