"""Cutting a ledger into chunks that can be read on their own, and what each was read as.

A chunk is a run of whole [[commitment]] and [[update]] tables (the first chunk also
holds what comes before the first table). Cuts are content-defined, as in rsync: a
table header starts a new chunk when a checksum of the bytes that open the table
says so, about one table in 64. An edit anywhere changes only the chunk it falls
in; an append changes only the last. A cut that falls inside a multi-line string
or array leaves a chunk that does not parse on its own, and then the whole file is
read the plain way.

Why reading chunk by chunk gives what reading the whole file gives: a chunk after
the first starts at a [[commitment]] or [[update]] header and is accepted only if it
holds nothing but such tables, each valid; the first chunk may not write those
arrays inline. Then TOML's merge of the chunks is their concatenation, each table
is judged by the same readers, and the links between tables are checked over the
whole ledger by the same code as `check`. tests/test_differential.py checks it.
"""

from __future__ import annotations

import datetime as dt
import marshal
import re
import zlib
from array import array
from collections.abc import Iterable
from typing import Any, NamedTuple

from commitments.model import Commitment, Summit, Update

try:  # BLAKE2 without loading OpenSSL, which `import hashlib` does (3 ms of every run)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - CPython always has it; other Pythons may not
    from hashlib import blake2b

# A table header at the start of a line, written plainly. Headers written another
# way ("  [[ update ]]") are still read, they are just never where a chunk starts.
_HEADER = re.compile(rb"\n\[\[(?:commitment|update)\]\]")
_WINDOW = 96  # bytes of a table whose checksum decides whether a chunk starts there
# One cut in MASK + 1 tables on average (tests lower it). Every append reads the last
# chunk again, so chunks are kept small: about 15 KB, a hundredth of a second to parse.
MASK = 0x3F


def split(data: bytes, mask: int | None = None) -> list[tuple[int, int]]:
    """The chunks of ``data`` as (start, end) byte offsets, in order, covering all of it."""
    return _spans([0, *_cuts(data, 0, MASK if mask is None else mask)], len(data))


def resplit(data: bytes, starts: list[int], size: int) -> list[tuple[int, int]]:
    """``split(data)``, given the chunk ``starts`` of ``split(data[:size])``.

    Whether a header starts a chunk depends only on the _WINDOW bytes from it, so every
    cut whose window lies in the first ``size`` bytes is unchanged: only the headers
    after them are looked at again. For an append this is a pass over the new bytes
    instead of the whole file (tests/test_differential.py checks it equals split).
    """
    settled = [at for at in starts[1:] if at + _WINDOW <= size]
    return _spans([0, *settled, *_cuts(data, max(0, size - _WINDOW), MASK)], len(data))


def _cuts(data: bytes, since: int, mask: int) -> list[int]:
    crc = zlib.crc32
    headers = (m.start() + 1 for m in _HEADER.finditer(data, since))
    return [at for at in headers if not crc(data[at : at + _WINDOW]) & mask]


def _spans(starts: list[int], size: int) -> list[tuple[int, int]]:
    return list(zip(starts, [*starts[1:], size], strict=True))


class Chunk(NamedTuple):
    """The tables of one chunk of a ledger, read and checked on their own."""

    version: int | None
    commitments: list[Commitment]
    updates: list[Update]
    summits: list[Summit]


def digest(data: bytes | memoryview) -> bytes:
    """What the whole file is known by: one pass tells whether anything changed."""
    return blake2b(data, digest_size=20, person=b"whole").digest()


def digests(data: bytes, size: int, known: Any = None) -> tuple[bytes | None, bytes, Any]:
    """``digest(data[:size])`` (None when ``data`` is shorter), ``digest(data)`` and the
    running hash of all of ``data``, in one pass: whether a file only grew since it was
    ``size`` bytes long. ``known``, the running hash of ``data[:size]`` when the caller
    has it, spares hashing those bytes again."""
    if len(data) < size:
        running = blake2b(data, digest_size=20, person=b"whole")
        return None, running.digest(), running
    view = memoryview(data)
    running = known.copy() if known is not None else blake2b(view[:size], **_WHOLE)
    before = running.digest()
    running.update(view[size:])
    return before, running.digest(), running


_WHOLE: dict[str, Any] = {"digest_size": 20, "person": b"whole"}


def key(data: bytes | memoryview, first: bool) -> bytes:
    """What a chunk is stored under: its bytes, and whether it opens the file."""
    return blake2b(data, digest_size=20, person=b"first" if first else b"").digest()


NAME_BYTES = array("I").itemsize  # of one CRC in names()


def names(chunk: Chunk) -> bytes:
    """Which commitments the chunk's updates name, compactly: the sorted CRC-32s of their
    ids. Two ids may share a CRC (then a chunk is read for nothing); none is missed."""
    crc = zlib.crc32
    return array("I", sorted({crc(u.commitment.encode()) for u in chunk.updates})).tobytes()


def may_name(names: bytes, ident: str) -> bool:
    """Whether a chunk whose ``names`` these are may hold updates of ``ident``."""
    return zlib.crc32(ident.encode()) in array("I", names)


# The model as marshal holds it: tuples of str, int and None, dates as ISO text; a
# stored chunk is one marshal blob of its tables. marshal is the fastest stdlib
# serializer and rebuilds nothing but plain data.
Stored = bytes


def dump(chunk: Chunk) -> Stored:
    tables = (
        chunk.version,
        tuple(dump_commitment(c) for c in chunk.commitments),
        tuple(_dump_update(u) for u in chunk.updates),
        dump_summits(chunk.summits),
    )
    return marshal.dumps(tables)


def load(stored: Stored) -> Chunk:
    version, commitments, updates, summits = marshal.loads(stored)
    return Chunk(
        version, _load_commitments(commitments), _load_updates(updates), load_summits(summits)
    )


def dump_summits(summits: Iterable[Summit]) -> tuple[tuple[Any, ...], ...]:
    return tuple((s.id, s.name, s.date.isoformat(), _iso(s.end), *s[4:]) for s in summits)


def load_summits(rows: Iterable[tuple[Any, ...]]) -> list[Summit]:
    day = dt.date.fromisoformat
    return [
        Summit(t[0], t[1], day(t[2]), None if t[3] is None else day(t[3]), *t[4:]) for t in rows
    ]


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def dump_commitment(c: Commitment) -> tuple[Any, ...]:
    return (c.id, c.title, c.due, _iso(c.declared), *c[4:])


def load_commitments(blobs: Iterable[bytes]) -> list[Commitment]:
    """The commitments of marshal blobs of dumped commitments, in order."""
    return _load_commitments(t for blob in blobs for t in marshal.loads(blob))


def _load_commitments(rows: Iterable[tuple[Any, ...]]) -> list[Commitment]:
    # Every run rebuilds every commitment of the summary: one comprehension, no call each.
    day, new = dt.date.fromisoformat, tuple.__new__
    return [
        new(Commitment, (t[0], t[1], t[2], None if t[3] is None else day(t[3]), *t[4:]))
        for t in rows
    ]


def _dump_update(u: Update) -> tuple[Any, ...]:
    return (u.commitment, u.on.isoformat(), *u[2:7], _iso(u.recorded), u.party)


def _load_updates(rows: tuple[tuple[Any, ...], ...]) -> list[Update]:
    # The bulk of a large ledger: one comprehension, no call per field.
    day, moment, new = dt.date.fromisoformat, dt.datetime.fromisoformat, tuple.__new__
    return [
        new(Update, (c, day(on), st, due, note, src, by, moment(rec) if rec else None, party))
        for c, on, st, due, note, src, by, rec, party in rows
    ]
