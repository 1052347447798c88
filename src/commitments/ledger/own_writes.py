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

import contextlib
import datetime as dt
import marshal
import time
from pathlib import Path
from typing import Any, NamedTuple

from commitments.ledger.cache import store

KEEP = 1_000  # tables remembered per ledger, at most
KEEP_DAYS = 90  # and for this long
_KIND = "writes"
_PENDING = "pending"
_HEADER = ("commitments-writes", 1)  # not the cache's: a new version of the tool keeps it
_LIMIT = 64 << 20  # bytes a record may take (1,000 tables of up to 64 KB)


class Written(NamedTuple):
    """One table a write appended: when, where it began, and its bytes (as appended,
    without the blank line before it)."""

    at: float  # seconds since the epoch
    offset: int
    table: bytes


def remember(ledger: Path, landed: list[tuple[int, bytes]], now: float | None = None) -> None:
    """Add the tables just appended, each (offset, bytes); failures are ignored (a run
    without a private folder simply remembers nothing)."""
    moment = time.time() if now is None else now
    kept = [w for w in _load(ledger) if w.at > moment - KEEP_DAYS * 86_400]
    kept += [Written(moment, offset, table) for offset, table in landed]
    _store(ledger, kept[-KEEP:])


def lost(ledger: Path, data: bytes) -> list[Written]:
    """The remembered tables ``data`` (the ledger's bytes now) no longer holds, oldest
    first. Each is looked for where it was appended, else anywhere after the one
    before it, else anywhere: a file edited above them holds them still. Where they
    moved, the record learns their new places, so that the next run finds them at once."""
    remembered = _load(ledger)
    if not remembered:
        return []
    missing, moved, after = [], False, 0
    for written in remembered:
        found = _find(data, written, after)
        if found < 0:
            missing.append(written)
            continue
        if found != written.offset:
            moved = True
        after = found + len(written.table)
    if moved:
        _store(ledger, [_moved(data, w) for w in remembered])
    return missing


def say_lost(target: Path, data: bytes) -> None:
    """Warn (once a run) of each table this user's writes appended that ``data``, the
    ledger at ``target`` as it is now, no longer holds."""
    gone = lost(target, data)
    if not gone:
        return
    from commitments.ledger import notices
    from commitments.ledger.find import display_name

    for written in gone:
        notices.warn(
            f"{display_name(target)} no longer holds {described(written)}, which this tool"
            f" appended on {when(written)} (an editor saved an older copy over it, or a"
            " checkout put back an older file?)"
        )
    notices.warn(
        "`commitments recover` appends what is missing again; `commitments recover"
        " --discard` forgets it, if it was removed on purpose"
    )


def _find(data: bytes, written: Written, after: int) -> int:
    table, at = written.table, written.offset
    if data[at : at + len(table)] == table:
        return at
    found = data.find(table, after)
    if found < 0:
        found = data.find(table)
    if found < 0 and b"\r\n" in data[:4096]:  # the file's line endings were converted
        found = data.find(table.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    elif found < 0:
        found = data.find(table.replace(b"\r\n", b"\n"))
    return found


def _moved(data: bytes, written: Written) -> Written:
    found = _find(data, written, 0)
    return written if found < 0 else written._replace(offset=found)


def forget(ledger: Path, gone: list[Written]) -> None:
    """Forget these tables (their removal was meant, or they were appended again)."""
    drop = set(gone)
    _store(ledger, [w for w in _load(ledger) if w not in drop])


def described(written: Written) -> str:
    """The table in a reader's words: "the update of water-roundtable-2026 on 2026-11-22
    ("Date and venue announced")", as far as the table reads."""
    import tomllib

    from commitments.text import cut, quoted, visible

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
    store.store_each(ledger, {_PENDING: _digest(journal)}, state=True, head=_HEADER)


def done(ledger: Path) -> None:
    store.remove(ledger, _PENDING, state=True)


def is_pending(ledger: Path, journal: bytes) -> bool:
    """Whether ``journal`` (a journal's bytes) is the one this user's write recorded."""
    found = store.load_each(ledger, [_PENDING], 1024, state=True, head=_HEADER)
    return found.get(_PENDING) == _digest(journal)


def _digest(journal: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(journal, digest_size=32, person=b"journal").digest()


# --- the record on disk --------------------------------------------------------------------


def _load(ledger: Path) -> list[Written]:
    found = store.load_each(ledger, [_KIND], _LIMIT, state=True, head=_HEADER)
    body: Any = found.get(_KIND)
    try:
        return [Written(float(at), int(offset), bytes(table)) for at, offset, table in body]
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
