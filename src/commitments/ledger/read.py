"""The one read: the valid ledger at a path, for every command.

    bytes → digest → summary?  (nothing changed: the cached commitments and histories)
          → chunks → tables (cached, else read by the full check's own readers)
          → histories folded → links checked → summary and chunks stored

One pass over the file's bytes (a BLAKE2 digest) says whether anything changed
since the last run; if not, the run takes each commitment and its folded history
from the cache, one record per commitment. Otherwise the file is cut into chunks
(cache/chunks.py); each chunk's tables come from the cache when those bytes were
seen before, else are read by the same readers as the full check; the links between
tables are checked over the whole ledger. Whenever anything is not plainly valid,
the whole file is read by the full check instead, which gives the exact messages.
So the cache can make a run faster, never different.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from commitments.errors import LedgerError
from commitments.ledger import own_writes
from commitments.ledger.cache import chunks as chunking
from commitments.ledger.decode import UnreadableLedger, decode, parse_toml, read_bytes, real_path
from commitments.ledger.find import display_name
from commitments.ledger.history import History, dumped, fold, merge
from commitments.model import TOP_LEVEL_KEYS, Commitment, Ledger, Summit, Update, inherit
from commitments.text import counted, suggestions_at_most


def read_ledger(path: Path) -> Ledger:
    """The ledger at ``path``, or LedgerError listing every error when it cannot be used."""
    name = display_name(path)
    data = read_bytes(path, name)
    own_writes.say_lost(real_path(path), data)
    return ledger_from(path, data, name)


def ledger_from(
    path: Path,
    data: bytes,
    name: str,
    *,
    grown_from: Ledger | None = None,
    later: list[Callable[[], None]] | None = None,
) -> Ledger:
    """The valid ledger ``data`` holds, read as described above. ``grown_from``, the
    ledger read from the same file a moment ago, saves loading its summary again.
    With ``later``, what is to be stored in the cache is left there to be run when
    the caller has time (a write, once its bytes are safe), instead of now."""
    basis = grown_from.basis if grown_from is not None else None
    summary = basis if isinstance(basis, _Summary) else None
    ledger = _cached(path, data, name, summary, later)
    if ledger is None:
        ledger = _full(path, data, name)
    if _alive is not None:
        _alive.append(ledger)
    return ledger


# A process that ends with os._exit (the command line) keeps every ledger it read to
# the end: freeing 10,000 commitments one object at a time when a command returns
# takes a hundredth of a second, and the exit would free them all at once.
_alive: list[Ledger] | None = None


def keep_until_exit() -> None:
    """Called by a process that will end with os._exit, which frees nothing."""
    global _alive
    _alive = []


def _full(path: Path, data: bytes, name: str) -> Ledger:
    from commitments.ledger.check import full_read

    checked = full_read(data, path, name, warnings=False)
    if checked.errors:
        raise LedgerError(
            f"{counted(len(checked.errors), 'error')} in the ledger",
            lines=[str(p) for p in checked.errors],
        )
    checked.ledger.digest, checked.ledger.size = chunking.digest(data), len(data)
    return checked.ledger


def _limit(data: bytes) -> int:
    from commitments.ledger.cache.store import limit_for

    return limit_for(len(data))


def _cached(
    path: Path,
    data: bytes,
    name: str,
    summary: _Summary | None,
    later: list[Callable[[], None]] | None,
) -> Ledger | None:
    from commitments.ledger.cache import store

    if summary is None:
        # The file is hashed on another thread while this one loads the summary: BLAKE2
        # lets go of the GIL, and the two take about as long (20 and 30 ms at 14 MB).
        hashing = _digests_meanwhile(data)
        summary = _summary(store.load(path, "summary", _limit(data)))
        _, whole, hashed = hashing()
        before = None
        if summary is not None and summary.digest != whole and len(data) >= summary.size:
            # It changed: whether it only grew needs the digest of its first bytes.
            before = chunking.digest(memoryview(data)[: summary.size])
    else:
        # Bytes read a moment ago by this process (the ledger before an append) need
        # not be hashed again: comparing them is a memcmp.
        known = summary.hashed if data.startswith(summary.source) else None
        before, whole, hashed = chunking.digests(data, summary.size, known)
    if summary is not None and summary.digest == whole:  # nothing changed
        summary.source, summary.hashed = data, hashed
        return _ledger(path, data, name, summary, {})
    view = memoryview(data)
    if summary is not None and before == summary.digest and summary.mask == chunking.MASK:
        # The file only grew: the chunks that lie wholly in its old bytes are unchanged.
        spans = chunking.resplit(data, summary.starts, summary.size)
        known = dict(zip(summary.spans(), summary.keys, strict=True))
    else:
        spans, known = chunking.split(data), {}
    keys = [
        known.get(span) or chunking.key(view[span[0] : span[1]], span[0] == 0) for span in spans
    ]
    kept = _kept(summary, keys)  # leading chunks the summary still stands for
    # Chunks seen before (an edit in the middle, or undone) come from the cache.
    stored = _stored_chunks(path, data, keys[kept:])
    chunks: dict[bytes, chunking.Chunk] = {}
    unread = [(spans[i], keys[i]) for i in range(kept, len(keys)) if keys[i] not in stored]
    fresh = read_chunks(data, unread, name)
    if fresh is None:
        return None
    for key in keys[kept:]:
        chunks[key] = stored.get(key) or fresh[key]
    read = [chunks[key] for key in keys[kept:]]
    if kept:
        assert summary is not None
        counts = summary.counts[:kept]
        commitments = summary.commitments[: sum(counts)]
        prefix, version = summary.prefix, summary.version
        summits = summary.summits[: sum(summary.summit_counts[:kept])]
        summit_counts = summary.summit_counts[:kept]
    else:
        counts, commitments, prefix, version = [], [], {}, read[0].version
        summits, summit_counts = [], []
    commitments = commitments + [c for chunk in read for c in chunk.commitments]
    summits = summits + [s for chunk in read for s in chunk.summits]
    summit_counts = summit_counts + [len(chunk.summits) for chunk in read]
    if len(read) > 1:
        prefix = merge(prefix, fold(u for chunk in read[:-1] for u in chunk.updates))
    last = fold(read[-1].updates)

    from commitments.ledger.schema.links import links_hold

    if not links_hold(commitments, merge(prefix, last), summits):
        return None
    counts = counts + [len(chunk.commitments) for chunk in read]
    now = _Summary(
        whole,
        keys,
        [a for a, _ in spans],
        len(data),
        chunking.MASK,
        counts,
        version,
        commitments,
        prefix,
        last,
        # what is stored of the kept chunks, as it was: an append stores only the new
        blobs=(summary.blobs[:kept] if summary and kept else []) + [None] * len(read),
        prefix_blob=summary.prefix_blob if summary and prefix is summary.prefix else None,
        names=(summary.names[:kept] if summary and kept else [])
        + [chunking.names(chunk) for chunk in read],
        summits=summits,
        summit_counts=summit_counts,
    )
    now.source, now.hashed = data, hashed

    def remember() -> None:
        store.store(path, "summary", now.dump())
        if fresh:
            _store_chunks(path, fresh)
            store.forget_others(path, _CHUNK, [_CHUNK + key.hex() for key in keys])

    if later is None:
        remember()
    else:
        later.append(remember)
    return _ledger(path, data, name, now, chunks)


# Below this many bytes (a ledger of about 700 commitments) a thread costs more than
# hashing here; tests lower it, so that the threaded path is the one they check.
THREADED_DIGEST_MIN = 1 << 20


def _digests_meanwhile(data: bytes) -> Callable[[], tuple[bytes | None, bytes, Any]]:
    """``chunks.digests(data, 0)``, on another thread when the file is large."""
    if len(data) < THREADED_DIGEST_MIN:
        done = chunking.digests(data, 0)
        return lambda: done
    from commitments.ledger.meanwhile import meanwhile

    return meanwhile(lambda: chunking.digests(data, 0))


def _ledger(
    path: Path, data: bytes, name: str, summary: _Summary, chunks: dict[bytes, chunking.Chunk]
) -> Ledger:
    histories = merge(summary.prefix, summary.last)
    load = _updates_loader(path, data, name, summary, chunks)
    return Ledger(
        path,
        inherit(summary.commitments, summary.summits),
        histories,
        summary.version,
        summits=summary.summits,
        _load_updates=load,
        basis=summary,
        digest=summary.digest,
        size=len(data),
    )


def _kept(summary: _Summary | None, keys: list[bytes]) -> int:
    """How many leading chunks are those of the summary's file, all but its last (whose
    end may have been appended to)."""
    if summary is None or len(keys) < len(summary.keys):
        return 0
    kept = len(summary.keys) - 1
    return kept if keys[:kept] == summary.keys[:-1] else 0


_CHUNK = "chunk-"  # a chunk's tables are stored as the kind "chunk-<its key in hex>"


def _stored_chunks(path: Path, data: bytes, keys: list[bytes]) -> dict[bytes, chunking.Chunk]:
    """What the cache holds of the chunks with these keys, decoded."""
    if not keys:
        return {}
    from commitments.ledger.cache import store

    found = store.load_each(path, [_CHUNK + key.hex() for key in keys], _limit(data))
    chunks = {}
    for key in keys:
        stored = found.get(_CHUNK + key.hex())
        if stored is None:
            continue
        try:
            chunks[key] = chunking.load(stored)
        except (TypeError, ValueError, EOFError, IndexError):
            continue
    return chunks


def _store_chunks(path: Path, chunks: dict[bytes, chunking.Chunk]) -> None:
    from commitments.ledger.cache import store

    store.store_each(path, {_CHUNK + key.hex(): chunking.dump(c) for key, c in chunks.items()})


def _updates_loader(
    path: Path, data: bytes, name: str, summary: _Summary, read: dict[bytes, chunking.Chunk]
) -> Callable[[str | None], list[Update]]:
    """The updates in file order (of one commitment, or all), when a command asks for
    them: from the chunks this run read, else the cache, else the file."""

    def load(ident: str | None) -> list[Update]:
        wanted = [
            key
            for key, names in zip(summary.keys, summary.names, strict=True)
            if key not in read and (ident is None or chunking.may_name(names, ident))
        ]
        stored = _stored_chunks(path, data, wanted)
        wanted_set = set(wanted)
        missing: dict[bytes, chunking.Chunk] = {}
        updates: list[Update] = []
        for (start, end), key in zip(summary.spans(), summary.keys, strict=True):
            chunk = read.get(key) or stored.get(key)
            if chunk is None:
                if key not in wanted_set:
                    continue  # its updates name other commitments
                chunk = read_chunk(data[start:end], first=start == 0, name=name)
                if chunk is None:  # pragma: no cover - the summary vouched for these bytes
                    return _full(path, data, name).updates
                missing[key] = chunk
            updates += (
                chunk.updates
                if ident is None
                else [u for u in chunk.updates if u.commitment == ident]
            )
        if missing:  # the cache lost them: the next run need not read them again
            _store_chunks(path, missing)
        return updates

    return load


# Fewer chunks than this (about 1.5 MB) are read faster than a second process starts.
PARALLEL_MIN = 100


def read_chunks(
    data: bytes, unread: list[tuple[tuple[int, int], bytes]], name: str
) -> dict[bytes, chunking.Chunk] | None:
    """Each chunk of ``unread`` read by read_chunk; None if any is not valid. Many of
    them (a ledger never read, or a cache emptied) are read half here and half in a
    forked child on another core: the same function on the same bytes, its chunks
    handed back as the cache stores them (chunks.dump, whose round trip the
    differential tests check)."""
    child, todo = None, unread
    if len(unread) >= PARALLEL_MIN and (os.cpu_count() or 1) > 1 and hasattr(os, "fork"):
        half = len(unread) // 2
        child = _forked_reader(data, unread[half:], name)
        if child is not None:
            todo = unread[:half]
    read = _read_each(data, todo, name)
    if child is None:
        return read
    outcome, handed = _reap(child)  # reaped even when our half was not valid
    if read is None or outcome == "invalid":
        return None
    if outcome == "failed":  # the child handed back nothing: read its half here
        theirs = _read_each(data, unread[len(todo) :], name)
        if theirs is None:
            return None
        handed = theirs
    return {**read, **handed}


def _read_each(
    data: bytes, unread: list[tuple[tuple[int, int], bytes]], name: str
) -> dict[bytes, chunking.Chunk] | None:
    read = {}
    for (start, end), key in unread:
        chunk = read_chunk(data[start:end], first=start == 0, name=name)
        if chunk is None:
            return None
        read[key] = chunk
    return read


def _forked_reader(
    data: bytes, unread: list[tuple[tuple[int, int], bytes]], name: str
) -> tuple[int, int] | None:
    """A child reading ``unread``; (pid, read end of its pipe), or None if none starts."""
    try:
        readable, writable = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # pragma: no cover - the child's lines run in another process
        try:
            os.close(readable)
            read = _read_each(data, unread, name)
            dumped = None if read is None else [(k, chunking.dump(c)) for k, c in read.items()]
            payload = marshal.dumps(dumped)
            with os.fdopen(writable, "wb") as pipe:
                pipe.write(payload)
        finally:
            os._exit(0)
    os.close(writable)
    return pid, readable


def _reap(child: tuple[int, int]) -> tuple[str, dict[bytes, chunking.Chunk]]:
    """What the child read: ("read", its chunks), ("invalid", {}) when one was not
    valid, or ("failed", {}) when it handed back nothing."""
    pid, readable = child
    with os.fdopen(readable, "rb") as pipe:
        payload = pipe.read()
    os.waitpid(pid, 0)
    try:
        handed = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return "failed", {}
    if handed is None:
        return "invalid", {}
    return "read", {key: chunking.load(stored) for key, stored in handed}


def read_chunk(data: bytes, *, first: bool, name: str) -> chunking.Chunk | None:
    """The tables of one chunk, read by the full check's own readers; None if any is not
    valid (the full check will say why)."""
    from commitments.ledger.schema.tables import Report, read_tables

    try:
        text = decode(data, name)
        doc = parse_toml(text, name)
    except UnreadableLedger:
        return None
    if not doc.keys() <= set(TOP_LEVEL_KEYS):
        return None  # not a ledger's tables: the full check says what they are, once
    report = Report(name, text, warnings=False)
    with suggestions_at_most(0):  # its messages are never shown: the full check gives them
        tables = read_tables(doc, report, top_level=first)
    if report.failed:
        return None
    commitments = [c for c, _ in tables.commitments]
    updates = [u for u, _ in tables.updates]
    summits = [s for s, _ in tables.summits]
    if None in commitments or None in updates or None in summits:
        return None
    return chunking.Chunk(tables.version, commitments, updates, summits)  # type: ignore[arg-type]


# The summary as marshal holds it: the file's digest, its chunks (keys, starts, the
# file's size, the mask they were cut with, commitments per chunk), then commitments as
# chunks.py dumps them and histories as (count, last_on, status_on, status,
# ((on, due), ...), ((party, on, status), ...)) with dates as day ordinals, then what
# each chunk's updates name, then the summits.
class _Summary:
    __slots__ = (
        "blobs",
        "commitments",
        "counts",
        "digest",
        "hashed",
        "keys",
        "last",
        "mask",
        "names",
        "prefix",
        "prefix_blob",
        "size",
        "source",
        "starts",
        "summit_counts",
        "summits",
        "version",
    )

    def __init__(
        self,
        digest: bytes,
        keys: list[bytes],
        starts: list[int],
        size: int,
        mask: int,
        counts: list[int],
        version: int | None,
        commitments: list[Commitment],
        prefix: dict[str, History],
        last: dict[str, History],
        *,
        blobs: list[bytes | None],
        prefix_blob: bytes | None,
        names: list[bytes],
        summits: list[Summit],
        summit_counts: list[int],
    ) -> None:
        self.digest, self.keys, self.starts, self.size, self.mask = digest, keys, starts, size, mask
        self.counts, self.version, self.commitments = counts, version, commitments
        self.prefix, self.last = prefix, last
        # The commitments of each chunk and the prefix's histories as marshal wrote
        # them (None: not yet): storing the summary after an append copies these bytes
        # instead of serializing 10,000 commitments again.
        self.blobs, self.prefix_blob = blobs, prefix_blob
        # Which commitments each chunk's updates name (chunks.names): a command that
        # wants one commitment's updates opens only the chunks that may hold them.
        self.names = names
        # The summits, and how many each chunk holds (a few: stored whole each time).
        self.summits, self.summit_counts = summits, summit_counts
        # In this process only: the bytes it stands for and their running hash, so that
        # the same file read again after an append hashes only the new bytes.
        self.source: bytes = b""
        self.hashed: Any = None

    @classmethod
    def load(cls, record: tuple[Any, ...]) -> _Summary:
        (
            whole,
            keys,
            starts,
            size,
            mask,
            counts,
            version,
            blobs,
            prefix_blob,
            last,
            names,
            summits,
            summit_counts,
        ) = record
        if not isinstance(whole, bytes) or not isinstance(keys, list) or not keys:
            raise TypeError("not a summary")
        if not len(starts) == len(counts) == len(blobs) == len(keys) == len(names):
            raise ValueError("not a summary")
        if len(summit_counts) != len(keys) or sum(summit_counts) != len(summits):
            raise ValueError("not a summary")
        if not all(isinstance(n, bytes) and len(n) % chunking.NAME_BYTES == 0 for n in names):
            raise TypeError("not a summary")
        commitments = chunking.load_commitments(blobs)
        if len(commitments) != sum(counts):
            raise ValueError("not a summary")
        return cls(
            whole,
            keys,
            starts,
            size,
            mask,
            counts,
            version,
            commitments,
            _load_histories(marshal.loads(prefix_blob)),
            _load_histories(last),
            blobs=list(blobs),
            prefix_blob=prefix_blob,
            names=list(names),
            summits=chunking.load_summits(summits),
            summit_counts=list(summit_counts),
        )

    def dump(self) -> tuple[Any, ...]:
        blobs: list[bytes] = []
        at = 0
        for count, blob in zip(self.counts, self.blobs, strict=True):
            if blob is None:
                chunk = self.commitments[at : at + count]
                blob = marshal.dumps(tuple(chunking.dump_commitment(c) for c in chunk))
            blobs.append(blob)
            at += count
        if self.prefix_blob is None:
            self.prefix_blob = marshal.dumps(_dump_histories(self.prefix))
        self.blobs = list(blobs)
        return (
            self.digest,
            self.keys,
            self.starts,
            self.size,
            self.mask,
            self.counts,
            self.version,
            blobs,
            self.prefix_blob,
            _dump_histories(self.last),
            self.names,
            chunking.dump_summits(self.summits),
            self.summit_counts,
        )

    def spans(self) -> list[tuple[int, int]]:
        return list(zip(self.starts, [*self.starts[1:], self.size], strict=True))


def _summary(stored: Any) -> _Summary | None:
    try:
        return _Summary.load(stored) if stored is not None else None
    except (TypeError, ValueError, IndexError, EOFError):
        return None


def _dump_histories(histories: dict[str, History]) -> dict[str, tuple[Any, ...]]:
    return {ident: dumped(h) for ident, h in histories.items()}


def _load_histories(stored: dict[str, tuple[Any, ...]]) -> dict[str, History]:
    day, new = dt.date.fromordinal, tuple.__new__
    return {
        ident: new(
            History,
            (
                count,
                day(last_on),
                day(status_on) if status_on is not None else None,
                status,
                tuple((day(on), due) for on, due in dues) if dues else (),
                tuple((p, day(on), st) for p, on, st in assessed) if assessed else (),
            ),
        )
        for ident, (count, last_on, status_on, status, dues, assessed) in stored.items()
    }
