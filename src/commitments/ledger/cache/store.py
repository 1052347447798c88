"""A cache of the checked tables of a ledger, chunk by chunk (see chunks.py).

Each chunk of the file is cached under a BLAKE2 digest of its bytes, with the
tables read from it. A run hashes the chunks of the current file and parses only
those it has not seen: after an append, the last; after a hand edit, the one
edited. The rules that join tables (unique ids, follows, updates' commitments)
are checked again over the whole ledger on every run. Nothing is trusted that
the bytes do not match, so a missing, stale, corrupt or foreign cache file only
makes a run slower, never different.

It lives in the user cache folder (never in the repository) and is safe to delete;
$COMMITMENTS_CACHE_DIR moves it, and COMMITMENTS_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from commitments import __version__
from commitments.model import Commitment, Update

ENV_DIR = "COMMITMENTS_CACHE_DIR"
ENV_OFF = "COMMITMENTS_NO_CACHE"
try:  # BLAKE2 without loading OpenSSL, which `import hashlib` does (3 ms of every run)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - CPython always has it; other Pythons may not
    from hashlib import blake2b

# Any change of the tool or of the model's fields makes older entries unusable.
HEADER = ("commitments-cache", 2, __version__, Commitment._fields, Update._fields)


@dataclass(frozen=True, slots=True)
class Chunk:
    """The tables of one chunk of a ledger, read and checked on their own."""

    version: int | None
    commitments: list[Commitment]
    updates: list[Update]


def folder() -> Path | None:
    if os.environ.get(ENV_OFF):
        return None
    chosen = os.environ.get(ENV_DIR)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "commitments" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "commitments"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "commitments"


def entry_path(ledger: Path) -> Path | None:
    where = folder()
    if where is None:
        return None
    key = blake2b(os.fsencode(os.path.realpath(ledger)), digest_size=16).hexdigest()
    return where / f"{key}.marshal"


# The model as marshal can hold it: tuples of str, int and None, dates as ISO text.
# marshal is the fastest stdlib serializer (a 60,000-table ledger loads in a third of
# pickle's time) and rebuilds nothing but plain data.
def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _datetime(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def _dump_commitment(c: Commitment) -> tuple[Any, ...]:
    return (
        c.id,
        c.title,
        c.due,
        _iso(c.declared),
        c.parties,
        c.host,
        c.tags,
        c.status,
        c.source,
        c.url,
        c.quote,
        c.follows,
        c.hemisphere,
        c.notes,
    )


def _load_commitment(t: tuple[Any, ...]) -> Commitment:
    return Commitment(t[0], t[1], t[2], _date(t[3]), *t[4:])


def _dump_update(u: Update) -> tuple[Any, ...]:
    return (
        u.commitment,
        u.on.isoformat(),
        u.status,
        u.due,
        u.note,
        u.source,
        u.by,
        _iso(u.recorded),
    )


def _load_updates(rows: tuple[tuple[Any, ...], ...]) -> list[Update]:
    # The bulk of a large ledger: one comprehension, no call per field.
    day, moment, new = dt.date.fromisoformat, dt.datetime.fromisoformat, tuple.__new__
    return [
        new(Update, (c, day(on), st, due, note, src, by, moment(rec) if rec else None))
        for c, on, st, due, note, src, by, rec in rows
    ]


def key(data: bytes | memoryview, first: bool) -> bytes:
    """What a chunk is cached under: its bytes, and whether it opens the file."""
    return blake2b(data, digest_size=20, person=b"first" if first else b"").digest()


def read(ledger: Path) -> dict[bytes, Chunk]:
    """The cached chunks of ``ledger``'s last reading (none when there is no usable cache)."""
    path = entry_path(ledger)
    if path is None:
        return {}
    try:
        head, chunks = marshal.loads(path.read_bytes())
        if head != HEADER:
            return {}
        return {
            k: Chunk(version, [_load_commitment(t) for t in cs], _load_updates(us))
            for k, (version, cs, us) in chunks.items()
        }
    except Exception:  # any unreadable cache just means the plain path
        return {}


def write(ledger: Path, chunks: dict[bytes, Chunk]) -> None:
    """Remember the chunks of ``ledger`` (replacing what was there); failures are ignored."""
    path = entry_path(ledger)
    if path is None:
        return
    import tempfile

    record = (
        HEADER,
        {
            k: (
                c.version,
                tuple(_dump_commitment(x) for x in c.commitments),
                tuple(_dump_update(u) for u in c.updates),
            )
            for k, c in chunks.items()
        },
    )
    temp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps(record))
        os.replace(temp, path)
        temp = None
    except (OSError, ValueError):
        pass
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
