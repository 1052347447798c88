"""A cache of validated ledgers, so that a large ledger is not parsed again on every run.

The tool only ever appends, so the bytes of a ledger it has read once stay the same
prefix of the file. The cache keeps the model of a valid ledger with the length and
a BLAKE2 digest of the bytes it came from. A later run hashes the same number of
bytes of the current file: if they match, only the tail after them is parsed and
validated against the cached model. Anything else — an edit anywhere, a truncated
file, a missing, corrupt or foreign cache file — means the plain path, which gives
the same result, only slower.

It lives in the user cache folder (never in the repository) and is safe to delete;
$COMMITMENTS_CACHE_DIR moves it, and COMMITMENTS_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import marshal
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from commitments import __version__
from commitments.ledger import Commitment, Ledger, Update

ENV_DIR = "COMMITMENTS_CACHE_DIR"
ENV_OFF = "COMMITMENTS_NO_CACHE"
# Any change of the tool or of the model's fields makes older entries unusable.
HEADER = ("commitments-cache", 1, __version__, Commitment._fields, Update._fields)


@dataclass(frozen=True, slots=True)
class Entry:
    size: int
    digest: bytes
    lines: int
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
    key = hashlib.sha256(os.fsencode(os.path.realpath(ledger))).hexdigest()[:32]
    return where / f"{key}.marshal"


def digest(data: bytes | memoryview) -> bytes:
    return hashlib.blake2b(data, digest_size=32).digest()


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


def _load_update(t: tuple[Any, ...]) -> Update:
    return Update(t[0], dt.date.fromisoformat(t[1]), t[2], t[3], t[4], t[5], t[6], _datetime(t[7]))


def read(ledger: Path) -> Entry | None:
    """The cached entry for ``ledger``, or None when there is none that can be used."""
    path = entry_path(ledger)
    if path is None:
        return None
    try:
        record = marshal.loads(path.read_bytes())
        head, size, dig, lines, version, commitments, updates = record
        if head != HEADER:
            return None
        return Entry(
            size,
            dig,
            lines,
            version,
            [_load_commitment(t) for t in commitments],
            [_load_update(t) for t in updates],
        )
    except Exception:  # any unreadable cache just means the plain path
        return None


def write(ledger: Ledger, data: bytes) -> None:
    """Remember ``ledger``, valid and read from ``data``; failures are ignored."""
    path = entry_path(ledger.path)
    if path is None:
        return
    record = (
        HEADER,
        len(data),
        digest(data),
        data.count(b"\n"),
        ledger.version,
        tuple(_dump_commitment(c) for c in ledger.commitments),
        tuple(_dump_update(u) for u in ledger.updates),
    )
    import tempfile

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


def forget(ledger: Path) -> None:
    path = entry_path(ledger)
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()
