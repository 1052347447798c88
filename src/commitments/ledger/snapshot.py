"""The cache: the last valid ledger read from each file, kept for the next run.

    the file's bytes ─ the snapshot's, unchanged ───────────→ the snapshot's ledger
                     ─ the snapshot's, then new tables ─────→ it, plus those tables
                     ─ anything else (a hand edit, none) ───→ None: read it whole

One SHA-256 pass over the file says which. After `add` or `update` (or `>>`) only
the new bytes are parsed, by the same readers as the full read (parse.appended),
and only the links they add are checked; the snapshot is stored again once they
are over 1/64 of the file. A hand edit in the middle of the file costs one full
read. The snapshot (an entry per ledger, private_store.py) holds the commitments
with each one's fingerprint and folded history; the updates are a second entry,
filed by commitment (with their place in the file), so `show` or a write builds
only one commitment's, and an append refiles only those it adds to. It is believed
only for the very bytes it names, so it can make a run faster, never different:
tests/ledger/test_differential.py compares every command with and without it.

Values derived from a ledger are kept beside it: the `check` report keyed by the
digest of the bytes and whatever else it depends on (remembered), a format's
records keyed by each commitment's fingerprint (Memo).
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import stat
from collections.abc import Callable, Sequence
from hashlib import blake2b, sha256
from pathlib import Path
from typing import TYPE_CHECKING, Any

from commitments.ledger import private_store
from commitments.ledger.history import History, fold, history_row, merge
from commitments.model import (
    Commitment,
    Deferred,
    Ledger,
    Summit,
    Update,
    commitment_row,
    inherit,
)

if TYPE_CHECKING:
    from _hashlib import HASH

SNAPSHOT, UPDATES = "snapshot", "updates"
KINDS = (SNAPSHOT, UPDATES, "json", "check")  # all the cache stores


def _a_file(path: Path) -> bool:
    """Whether ``path`` is a regular file, whose entries a later run may find again."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


# How many updates there are, and each commitment's as marshal'd rows, each row with
# its place among all the ledger's updates (file order).
Filed = tuple[int, dict[str, bytes]]


def digest(data: bytes | memoryview) -> bytes:
    """What a ledger's bytes are known by."""
    return _ledger_hash(data).digest()


def _ledger_hash(data: bytes | memoryview) -> HASH:
    # SHA-256, not BLAKE2b: every run hashes the whole file, and with the SHA
    # instructions of today's processors (x86 SHA-NI, ARMv8) it is twice as fast
    # (14 MB: 8 ms against 15).
    running = sha256(b"commitments ledger\n")
    running.update(data)
    return running


class _Snapshot:
    """A valid ledger as the cache keeps it, with the bytes it was read from."""

    __slots__ = (
        "_filed",
        "blob",
        "commitments",
        "digest",
        "histories",
        "kept",
        "ledger",
        "license",
        "path",
        "prints",
        "rows",
        "running",
        "size",
        "source",
        "summits",
        "tail_ok",
        "version",
    )

    def __init__(
        self,
        size: int,
        tail_ok: bool,
        version: int | None,
        commitments: list[Commitment],
        summits: list[Summit],
        rows: dict[str, tuple[Any, ...]],
        filed: Filed | Callable[[], Filed] | None,
        path: Path,
        histories: dict[str, History] | None = None,
        prints: dict[str, bytes] | None = None,
        license: str | None = None,
    ) -> None:
        self.size, self.tail_ok, self.version = size, tail_ok, version
        self.license = license  # a top-level key, like version: an append never changes it
        # As written (what a commitment takes from its summit is added when used).
        self.commitments, self.summits = commitments, summits
        self.rows = rows  # each commitment's folded history, as stored
        # The updates, filed by commitment: an entry of their own, loaded (or, for a
        # grown snapshot, filed) only when a command asks for them or the snapshot is
        # stored (most commands need the histories alone).
        self._filed, self.path = filed, path
        self.histories = _histories(rows) if histories is None else histories
        # Each commitment's fingerprint (as the ledger has it, with its history), and
        # the commitments as stored, when they are what was loaded.
        self.prints: dict[str, bytes] = prints or {}
        self.blob: bytes | None = None
        # In this process only: the bytes it stands for and their running hash, so that
        # the same file read again (after an append) hashes only what is new.
        self.source = b""
        self.running: HASH | None = None
        self.digest = b""
        self.ledger: Ledger | None = None
        self.kept = 0  # how many of its bytes the stored snapshot stands for

    @property
    def filed(self) -> Filed:
        if callable(self._filed):
            self._filed = self._filed()
        if self._filed is None:
            stored = private_store.load(self.path, UPDATES, private_store.limit_for(self.size))
            if isinstance(stored, tuple) and len(stored) == 3 and stored[0] == self.digest:
                self._filed = stored[1], stored[2]
            else:  # lost, or already another file's: read from these bytes
                from commitments.ledger.parse import full_read  # parser: only when lost

                updates = full_read(self.source, self.path, str(self.path), warnings=False)
                self._filed = _filed(updates.ledger.updates)
        return self._filed

    def stored(self) -> dict[str, Any]:
        head = (
            self.digest,
            self.size,
            self.tail_ok,
            self.version,
            self.blob or marshal.dumps(tuple(commitment_row(c) for c in self.commitments)),
            tuple(_summit_row(s) for s in self.summits),
            self.rows,
            self.prints,
            self.license,
        )
        return {SNAPSHOT: head, UPDATES: (self.digest, *self.filed)}

    def made(self, path: Path) -> Ledger:
        if self.ledger is None or self.ledger.path != path:
            self.ledger = Ledger(
                path,
                inherit(self.commitments, self.summits),
                self.histories,
                self.version,
                Deferred(lambda: _updates(self.filed), lambda ident: _updates(self.filed, ident)),
                self.summits,
                self.license,
            )
        return self.ledger


# The last snapshot this process read or made of each file (by its real path).
_recent: dict[Path, _Snapshot] = {}


def _where(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a deleted current folder, a symlink loop
        return path


def recall(path: Path, data: bytes, name: str) -> Ledger | None:
    """The ledger ``data`` holds, if the cache knows it or all but its new tables."""
    where = _where(path)
    snap = _recent.get(where)
    if snap is not None and snap.running is not None and data.startswith(snap.source):
        running = snap.running.copy()  # its bytes were hashed a moment ago
    else:
        snap = _load(path, len(data))
        if snap is None:
            return None
        running = _ledger_hash(memoryview(data)[: snap.size])
        if running.digest() != snap.digest:
            return None
        snap.source = data if len(data) == snap.size else data[: snap.size]
        snap.running = running.copy()
    if len(data) == snap.size:
        _recent[where] = snap
        return snap.made(path)
    grown = _grown(snap, data, name)
    if grown is None:
        return None
    running.update(memoryview(data)[snap.size :])
    grown.source, grown.running, grown.digest = data, running, running.digest()
    _recent[where] = grown
    grown.ledger = ledger = grown.made(path)
    _unsaved[where] = grown
    return ledger


# A snapshot grown by appends is stored again once the new bytes are over 1/TAIL_SHARE
# of the file. Until then each run parses them again (about 0.2 µs a byte), which costs
# about what storing the whole snapshot would (3 ns a byte of the file, measured at
# 10,000 commitments): an `update` does not pay for rewriting 10 MB of cache.
TAIL_SHARE = 64

# Snapshots made by recall() or keep() that are not stored yet.
_unsaved: dict[Path, _Snapshot] = {}


def _grown(snap: _Snapshot, data: bytes, name: str) -> _Snapshot | None:
    """``snap`` with the tables added after its bytes, if that is all that changed."""
    if not snap.tail_ok:
        return None
    from commitments.ledger.parse import appended  # parser: only when grown
    from commitments.ledger.schema.links import links_hold  # parser: only when grown

    new = appended(data[snap.size :], name)
    if new is None:
        return None
    commitments = snap.commitments + new.commitments
    summits = snap.summits + new.summits
    later = fold(new.updates)
    # The old tables join (the snapshot was valid), and a new table can break a link
    # only with its own: the new updates' references are all that need checking.
    if not links_hold(commitments, later, summits, known=len(snap.commitments)):
        return None
    histories = merge(snap.histories, later)
    rows = dict(snap.rows)
    rows.update((ident, history_row(histories[ident])) for ident in later)

    def filed() -> Filed:
        return _filed(new.updates, *snap.filed) if new.updates else snap.filed

    prints = dict(snap.prints)
    changed = {*later, *(c.id for c in new.commitments)}
    by_id = {c.id: c for c in commitments if c.id in changed}
    for c in inherit(list(by_id.values()), summits):
        prints[c.id] = fingerprint(c, histories.get(c.id))
    tail_ok = data.endswith(b"\n")
    grown = _Snapshot(
        len(data),
        tail_ok,
        snap.version,
        commitments,
        summits,
        rows,
        filed,
        snap.path,
        histories,
        prints,
        snap.license,
    )
    if not new.commitments:
        grown.blob = snap.blob
    grown.kept = snap.kept
    return grown


def keep(
    path: Path, data: bytes, ledger: Ledger, written: list[Commitment] | None = None
) -> Callable[[], None]:
    """The work of storing ``ledger`` as the snapshot of ``path``: to be run now, or
    once a write's bytes are safe. A ledger read whole from ``data`` comes with its
    commitments as ``written`` (before what they take from their summits)."""
    where = _where(path)
    snap = _unsaved.pop(where, None)
    if snap is None or snap.ledger is not ledger:
        if written is None:
            return lambda: None  # recall()'s, and stored already
        snap = _made(path, data, ledger, written)
        _recent[where] = snap
    elif (snap.size - snap.kept) * TAIL_SHARE <= snap.size:
        return lambda: None  # grown by little: the next run parses the tail again

    def store() -> None:
        if not _a_file(path):
            return  # a pipe (`-f <(git show …)`): its name is never seen again
        private_store.store_each(path, snap.stored())
        private_store.prune(KINDS)
        snap.kept = snap.size

    return store


def _made(path: Path, data: bytes, ledger: Ledger, written: list[Commitment]) -> _Snapshot:
    """The snapshot of a ledger read whole."""
    rows = {ident: history_row(h) for ident, h in ledger.histories.items()}
    filed = _filed(ledger.updates)
    tail_ok, histories = data.endswith(b"\n"), ledger.histories
    prints = {c.id: fingerprint(c, histories.get(c.id)) for c in ledger.commitments}
    snap = _Snapshot(
        len(data),
        tail_ok,
        ledger.version,
        written,
        ledger.summits,
        rows,
        filed,
        path,
        histories,
        prints,
        ledger.license,
    )
    snap.ledger = ledger
    snap.running = _ledger_hash(data)
    snap.source, snap.digest = data, snap.running.digest()
    return snap


def _load(path: Path, size: int) -> _Snapshot | None:
    stored = private_store.load(path, SNAPSHOT, private_store.limit_for(size))
    try:
        whole, known, tail_ok, version, blob, summits, rows, prints, license = stored
        if not isinstance(whole, bytes) or known > size or not isinstance(prints, dict):
            return None
        if license is not None and not isinstance(license, str):
            return None
        snap = _Snapshot(
            known,
            tail_ok,
            version,
            _commitments(marshal.loads(blob)),
            _summits(summits),
            rows,
            None,
            path,
            prints=prints,
            license=license,
        )
        snap.blob = blob
    except (TypeError, ValueError, EOFError, IndexError):
        return None
    snap.digest, snap.kept = whole, known
    return snap


class Memo:
    """Values each derived from one commitment, kept for the next run by a fingerprint
    of what it was derived from (never by the file: an append re-derives one)."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = path, kind
        self.known: dict[bytes, Any] | None = None
        self.used: dict[bytes, Any] = {}
        self.new = False
        # The snapshot of the ledger just read: its fingerprints, and its file's size,
        # which bounds what a memo of it may hold.
        self._snapshot: _Snapshot | None = _recent.get(_where(path))
        self.size = self._snapshot.size if self._snapshot is not None else 0
        self._ours: dict[str, Commitment] | None = None

    def key(self, commitment: Commitment, history: History | None) -> bytes:
        """The fingerprint of a commitment and its history: the snapshot's, kept since
        it was made, when they are the very ones it holds; else worked out now."""
        snap = self._snapshot
        if snap is not None and snap.ledger is not None:
            if self._ours is None:
                self._ours = {c.id: c for c in snap.ledger.commitments}
            kept = snap.prints.get(commitment.id)
            if (
                kept is not None
                and self._ours.get(commitment.id) is commitment
                and snap.histories.get(commitment.id) is history
            ):
                return kept
        return fingerprint(commitment, history)

    def get(self, key: bytes) -> Any:
        if self.known is None:
            stored = private_store.load(self.path, self.kind, private_store.limit_for(self.size))
            self.known = stored if isinstance(stored, dict) else {}
        value = self.known.get(key)
        if value is not None:
            self.used[key] = value
        return value

    def put(self, key: bytes, value: Any) -> None:
        self.used[key], self.new = value, True

    def save(self, most: int) -> None:
        """Store what is known if anything is new, at most ``most`` values (those
        used this run first): a memo never outgrows the ledger."""
        if not self.new or not _a_file(self.path):
            return
        kept = self.used
        if self.known and len(self.used) < most:
            kept = dict(self.known)
            kept.update(self.used)
            if len(kept) > most:
                kept = self.used
        limit = private_store.limit_for(self.size)
        private_store.store_each(self.path, {self.kind: kept}, limit=limit)


def fingerprint(commitment: Commitment, history: History | None) -> bytes:
    """What a commitment and its folded history are known by."""
    plain = (commitment_row(commitment), history_row(history) if history else None)
    return blake2b(marshal.dumps(plain), digest_size=16, person=b"commitment").digest()


def remembered(path: Path, kind: str, key: tuple[Any, ...], size: int) -> Any:
    """What was kept as ``kind`` for exactly ``key`` (content first), else None."""
    stored = private_store.load(path, kind, private_store.limit_for(size))
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != key:
        return None
    return stored[1]


def remember(path: Path, kind: str, key: tuple[Any, ...], value: Any) -> None:
    if _a_file(path):
        private_store.store(path, kind, (key, value))


def _commitments(rows: tuple[tuple[Any, ...], ...]) -> list[Commitment]:
    day, new = dt.date.fromordinal, tuple.__new__
    return [new(Commitment, (t[0], t[1], t[2], t[3] and day(t[3]), *t[4:])) for t in rows]


def _summit_row(s: Summit) -> tuple[Any, ...]:
    return (s.id, s.name, s.date.toordinal(), s.end and s.end.toordinal(), *s[4:])


def _summits(rows: tuple[tuple[Any, ...], ...]) -> list[Summit]:
    day = dt.date.fromordinal
    return [Summit(t[0], t[1], day(t[2]), t[3] and day(t[3]), *t[4:]) for t in rows]


def _filed(
    updates: Sequence[Update], count: int = 0, index: dict[str, bytes] | None = None
) -> Filed:
    """``updates`` filed by commitment after ``count`` updates filed in ``index``."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for at, u in enumerate(updates, count):
        recorded = u.recorded and u.recorded.isoformat()
        row = (at, u.on.toordinal(), *u[2:7], recorded, u.party, u.url)
        rows.setdefault(u.commitment, []).append(row)
    index = dict(index or {})
    for ident, added in rows.items():
        before = marshal.loads(index[ident]) if ident in index else ()
        index[ident] = marshal.dumps((*before, *added))
    return count + len(updates), index


def _updates(filed: Filed, ident: str | None = None) -> list[Update]:
    """The updates filed (of one commitment, with ``ident``), in file order."""
    _, index = filed
    if ident is not None:
        chosen = [(ident, index[ident])] if ident in index else []
    else:
        chosen = list(index.items())
    rows = [(row, c) for c, blob in chosen for row in marshal.loads(blob)]
    rows.sort(key=_place)  # file order: each row begins with its place
    day, moment, new = dt.date.fromordinal, dt.datetime.fromisoformat, tuple.__new__
    return [
        new(Update, (c, day(on), st, due, note, src, by, rec and moment(rec), party, url))
        for (_, on, st, due, note, src, by, rec, party, url), c in rows
    ]


def _place(row: tuple[tuple[Any, ...], str]) -> int:
    place: int = row[0][0]
    return place


def _histories(rows: dict[str, tuple[Any, ...]]) -> dict[str, History]:
    day, new = dt.date.fromordinal, tuple.__new__
    return {
        ident: new(
            History,
            (
                total,
                day(last_on),
                status_on and day(status_on),
                status,
                tuple((day(on), due) for on, due in dues),
                tuple((p, day(on), st, at) for p, on, st, at in assessed),
                status_at,
            ),
        )
        for ident, (total, last_on, status_on, status, dues, assessed, status_at) in rows.items()
    }
