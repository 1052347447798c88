"""What this user's writes appended to a ledger, remembered privately.

The tool appends in place and watches for an editor's save for a moment after, but
an editor may save a copy read before the append at any later time, and `git
checkout` may put back an older file: the table is gone, and the file alone cannot
tell. So each write remembers, in the user's private cache folder (0700, never in
the repository), the tables it appended: the last 1,000 of them, none older than 90
days. A later run that finds one missing says so on every command until `recover`
appends it again or `recover --discard` forgets it. Nothing else reads this record;
it holds no copy of the ledger, only what the tool itself wrote.

It also holds the write in progress (``pending``): a journal beside the ledger is
believed enough to cut the ledger only when it is exactly the one this user's own
write recorded here before writing it (ledger/journal.py says who may write one).
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import hashlib
import marshal
import math
import re
import time
from pathlib import Path
from typing import Any, NamedTuple

from commitments.ledger import notices
from commitments.ledger import private_store as store
from commitments.ledger.checkout import checkout, committed
from commitments.ledger.find import display_name
from commitments.text import cut, quoted, visible

KEEP = 1_000  # tables remembered per ledger, at most
KEEP_DAYS = 90  # and for this long
_KIND = "writes"
_PENDING = "pending"
_VERDICT = "lost"  # what was found missing, for which bytes and checkout
_HEADER = ("commitments-writes", 2)  # not the cache's: a new version of the tool keeps it
_LIMIT = 64 << 20  # bytes a record may take (1,000 tables of up to 64 KB)


class Written(NamedTuple):
    """One table a write appended: when, where it began, its bytes (as appended, without
    the blank line before it), and the git branch checked out then (None: not in git)."""

    at: float  # seconds since the epoch
    offset: int
    table: bytes
    branch: str | None = None


def remember(ledger: Path, landed: list[tuple[int, bytes]], now: float | None = None) -> None:
    """Add the tables just appended, each (offset, bytes); failures are ignored (a run
    without a private folder simply remembers nothing)."""
    moment = time.time() if now is None else now
    where = checkout(ledger)
    branch = where.head if where is not None else None
    kept = [w for w in _load(ledger) if w.at > moment - KEEP_DAYS * 86_400]
    kept += [Written(moment, offset, table, branch) for offset, table in landed]
    kept = kept[-KEEP:]
    while sum(len(w.table) for w in kept) > _LIMIT // 2:  # very large tables: fewer kept
        kept = kept[len(kept) // 8 + 1 :]
    _store(ledger, kept)


def lost(ledger: Path, data: bytes) -> list[Written]:
    """The remembered tables ``data`` (the ledger's bytes now) no longer holds, oldest
    first. Each is looked for where it was appended, else after the one before it,
    else anywhere, and else by what names it (its ``recorded`` and ``commitment``
    lines, or its ``id`` line): a table edited by hand is the user's, not lost. A table
    written on another git branch, missing here, is not lost when that branch (or the
    stash) has it committed. Where tables moved, the record learns their new places;
    the answer for these bytes and this checkout is kept, so that a run on them again
    does no search."""
    remembered = _load(ledger)
    if not remembered or all(
        data[w.offset : w.offset + len(w.table)] == w.table for w in remembered
    ):
        return []  # the usual case: every table where it was written
    where = checkout(ledger)
    head = where.head if where is not None else None
    # The answer stands for these bytes, this checkout and these remembered tables.
    asked = (_hash(data), head, _hash(marshal.dumps([(w.at, w.table) for w in remembered])))
    said = store.load_each(ledger, [_VERDICT], 1 << 20, state=True, head=_HEADER).get(_VERDICT)
    if isinstance(said, tuple) and len(said) == 2 and said[0] == asked:
        return [w for w in remembered if _known_as(w) in set(said[1])]
    places, whole = _located(data, remembered)
    missing = [w for w, at in zip(remembered, places, strict=True) if at < 0]
    moved = {w: at for w, at in zip(remembered, whole, strict=True) if at >= 0 and at != w.offset}
    if moved:
        _store(ledger, [w._replace(offset=moved[w]) if w in moved else w for w in remembered])
    elsewhere = {w.branch for w in missing if w.branch is not None and w.branch != head}
    if elsewhere and where is not None:
        blobs = committed(where, ledger, elsewhere)
        missing = [
            w
            for w in missing
            if w.branch not in elsewhere or not any(_located(b, [w])[0][0] >= 0 for b in blobs)
        ]
    verdict = (asked, tuple(_known_as(w) for w in missing))
    store.store_each(ledger, {_VERDICT: verdict}, state=True, head=_HEADER)
    return missing


def _known_as(written: Written) -> tuple[float, bytes]:
    return written.at, _hash(written.table)


def _located(data: bytes, remembered: list[Written]) -> tuple[list[int], list[int]]:
    """Where each table is in ``data`` (-1: nowhere), and where each is whole (-1: not
    whole). Each place answers for one table only: of two tables alike, one dropped is
    missed. Whole tables are found first; a table found only by its name must not be
    named inside one of those (two updates written in the same second share a
    ``recorded`` line). One pass collects the names the file holds: a table whose name
    is not among them is nowhere, without a search (a thousand gone cost one pass)."""
    present = set(_NAME_LINE.findall(data))
    whole: list[int] = []
    claimed: list[tuple[int, int]] = []
    after = 0
    for written in remembered:
        name = _identity(written.table)
        if name and name.replace(b"\r", b"") not in present:
            whole.append(-1)
            continue
        at = _whole(data, written, after, claimed)
        whole.append(at)
        if at >= 0:
            bisect.insort(claimed, (at, at + len(written.table)))
            after = at + 1
    places = list(whole)
    for i, written in enumerate(remembered):
        name = _identity(written.table)
        if places[i] < 0 and (not name or name.replace(b"\r", b"") in present):
            places[i] = _named(data, written, claimed)
            if places[i] >= 0:
                bisect.insort(claimed, (places[i], places[i] + 1))
    return places, whole


def _whole(data: bytes, written: Written, after: int, claimed: list[tuple[int, int]]) -> int:
    table, at = written.table, written.offset
    if not _inside(at, claimed) and data[at : at + len(table)] == table:
        return at
    other_ending = (
        table.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if b"\r\n" in data[:4096]
        else table.replace(b"\r\n", b"\n")
    )
    for needle in (table, other_ending):
        for start in (after, 0):
            found = data.find(needle, start)
            while found >= 0 and _inside(found, claimed):
                found = data.find(needle, found + 1)
            if found >= 0:
                return found
    return -1


# The line that names a table whatever else is edited in it: an update's ``recorded``
# (the moment the tool wrote it), a commitment's or summit's ``id``.
_NAME_LINE = re.compile(rb"\n(?:recorded|id) = [^\r\n]*")


def _identity(table: bytes) -> bytes:
    found = _NAME_LINE.search(b"\n" + table)
    return found.group(0) if found else b""


def _named(data: bytes, written: Written, claimed: list[tuple[int, int]]) -> int:
    """Where a table that names itself as this one does is (edited by hand), -1: none."""
    lines = written.table.replace(b"\r\n", b"\n").split(b"\n")
    name = _identity(written.table.replace(b"\r\n", b"\n"))
    if not name:
        return -1
    also = [b"\n" + line for line in lines if line.startswith(b"commitment = ")]
    found = data.find(name)
    while found >= 0:
        begin = data.rfind(b"\n[", 0, found)
        end = data.find(b"\n[", found)
        table = data[begin : len(data) if end < 0 else end]
        if not _inside(found, claimed) and all(line in table for line in also):
            return found
        found = data.find(name, found + 1)
    return -1


def _inside(at: int, claimed: list[tuple[int, int]]) -> bool:
    """Whether ``at`` falls in one of the ``claimed`` spans (sorted, not overlapping)."""
    i = bisect.bisect_right(claimed, (at, math.inf)) - 1
    return i >= 0 and claimed[i][0] <= at < claimed[i][1]


def say_lost(target: Path, data: bytes) -> None:
    """Warn (once a run) of each table this user's writes appended that ``data``, the
    ledger at ``target`` as it is now, no longer holds."""
    gone = lost(target, data)
    if not gone:
        return

    for warning in warnings(target, gone):
        notices.warn(warning)


def warnings(target: Path, gone: list[Written]) -> list[str]:
    """One line for each missing table, then what to do."""
    said = [
        f"{display_name(target)} no longer holds {described(written)}, which this tool"
        f" appended on {when(written)} (deleted, or an older copy saved over it?)"
        for written in gone
    ]
    if len(gone) == 1:
        said.append(
            "if it was lost, `commitments recover` appends it again; if you removed it on"
            " purpose, `commitments recover --discard` stops this warning"
        )
    else:
        said.append(
            "if they were lost, `commitments recover` appends them again; if you removed"
            " them on purpose, `commitments recover --discard` stops this warning"
        )
    return said


def forget(ledger: Path, gone: list[Written]) -> None:
    """Forget these tables (their removal was meant, or they were appended again)."""
    drop = set(gone)
    _store(ledger, [w for w in _load(ledger) if w not in drop])


def described(written: Written) -> str:
    """The table in a reader's words: "the update of water-roundtable-2026 on 2026-11-22
    ("Date and venue announced")", as far as the table reads."""
    import tomllib  # startup: parsing only

    try:
        doc = tomllib.loads(written.table.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return f"a table of {len(written.table)} bytes"
    kind = next(iter(doc), "table")
    table = doc[kind][0] if isinstance(doc.get(kind), list) and doc[kind] else {}
    if kind == "update":
        said = f"the update of {visible(str(table.get('commitment', '?')))}"
        said += f" on {table.get('on', '?')}"
        detail = table.get("note") or table.get("status") or table.get("source")
        return said + (f" ({quoted(cut(str(detail), 40))})" if detail else "")
    if kind in ("commitment", "summit"):
        return f"the {kind} {visible(str(table.get('id', '?')))}"
    return f"a [[{visible(kind)}]] table"


def when(written: Written) -> str:
    return dt.datetime.fromtimestamp(written.at, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


# --- the write in progress ----------------------------------------------------------------


def pending(ledger: Path, journal: bytes) -> None:
    """Record, before the journal is written, the journal this user's write is about
    to leave beside the ledger (its digest)."""
    store.store_each(ledger, {_PENDING: _hash(journal)}, state=True, head=_HEADER)


def done(ledger: Path) -> None:
    store.remove(ledger, _PENDING, state=True)


def is_pending(ledger: Path, journal: bytes) -> bool:
    """Whether ``journal`` (a journal's bytes) is the one this user's write recorded."""
    found = store.load_each(ledger, [_PENDING], 1024, state=True, head=_HEADER)
    return found.get(_PENDING) == _hash(journal)


def _hash(data: bytes) -> bytes:
    """What bytes are known by here (a journal, a table, the ledger)."""
    return hashlib.blake2b(data, digest_size=32, person=b"own-writes").digest()


# --- the record on disk --------------------------------------------------------------------


def _load(ledger: Path) -> list[Written]:
    found = store.load_each(ledger, [_KIND], _LIMIT, state=True, head=_HEADER)
    body: Any = found.get(_KIND)
    try:
        return [
            Written(float(at), int(offset), bytes(table), None if ref is None else str(ref))
            for at, offset, table, ref in body
        ]
    except (TypeError, ValueError):
        return []


def _store(ledger: Path, remembered: list[Written]) -> None:
    if not remembered:
        store.remove(ledger, _KIND, state=True)
        return
    body = [tuple(w) for w in remembered]
    with contextlib.suppress(ValueError):  # marshal: plain data only, as made here
        marshal.dumps(body)
        store.store_each(ledger, {_KIND: body}, state=True, head=_HEADER)
