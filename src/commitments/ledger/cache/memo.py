"""Text and values derived from a ledger's bytes, kept for the next run.

A format that renders each commitment the same way on every run (JSON does, but
for the days left, which depend on the day) asks this memo first: a run on
unchanged bytes reads the text back instead of rendering 10,000 records again.
An entry holds the digest of the bytes it was made from, and for each value a
fingerprint of what it was derived from: the commitment and its folded history.
On the same bytes every value is used as it is; on other bytes (an update was
appended, a title edited) a value is used only where the fingerprint of the
commitment and history it is asked for now is the one it was made from, so an
append renders the one commitment it changed, not all of them. Entries are
authenticated like every cache entry (store.py), and loaded only when asked for.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from commitments.ledger.cache import store
from commitments.ledger.cache.chunks import dump_commitment
from commitments.ledger.history import History, dumped
from commitments.model import Commitment

try:  # BLAKE2 without loading OpenSSL (see chunks.py)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - CPython always has it
    from hashlib import blake2b

Basis = tuple[Commitment, History | None]  # what a memo's value is derived from


def fingerprint(basis: Basis) -> bytes:
    commitment, history = basis
    plain = (dump_commitment(commitment), dumped(history) if history else None)
    return blake2b(marshal.dumps(plain), digest_size=16, person=b"memo").digest()


class Memo:
    """A dict-like memo of one ledger's derived values, by key (a commitment's id)."""

    def __init__(self, path: Path, kind: str, digest: bytes | None, limit: int) -> None:
        self._path, self._kind, self._digest, self._limit = path, kind, digest, limit
        self._values: dict[str, Any] | None = None
        self._prints: dict[str, bytes] = {}
        # Values and fingerprints kept from other bytes, each used once its
        # fingerprint is checked (then it moves to _values).
        self._older: dict[str, Any] = {}
        self._older_prints: dict[str, bytes] = {}
        self._added = False
        self._fetched: Callable[[], memoryview | None] | None = None

    def prefetch(self) -> None:
        """Start reading the stored memo on another thread, for a caller with other
        work to do before it first asks (the JSON of 10,000 commitments is 8 MB to read
        and authenticate: 15 ms)."""
        if self._values is None and self._digest is not None and self._fetched is None:
            from commitments.ledger.meanwhile import meanwhile

            self._fetched = meanwhile(self._fetch)

    def _fetch(self) -> memoryview | None:
        return store.fetch_each(self._path, [self._kind], self._limit).get(self._kind)

    def known(self) -> dict[str, Any]:
        """The values kept for these very bytes, by key (loaded on first use): a plain
        dict to look in first (get() looks there first too, but is a call per key)."""
        if self._values is None:
            self._values = {}
            if self._digest is not None:
                # Taken, not kept: the raw entry (8 MB at 10,000 commitments) is freed
                # once decoded, as a load here would free it.
                fetched, self._fetched = self._fetched, None
                payload = fetched() if fetched is not None else self._fetch()
                del fetched
                stored = store.decode(payload, self._kind) if payload is not None else None
                del payload
                if (
                    isinstance(stored, tuple)
                    and len(stored) == 3
                    and isinstance(stored[1], dict)
                    and isinstance(stored[2], dict)
                ):
                    digest, values, prints = stored
                    if digest == self._digest:
                        self._values, self._prints = values, prints
                    else:
                        self._older, self._older_prints = values, prints
        return self._values

    def get(self, key: str, basis: Basis) -> Any:
        """The value kept for ``key``, derived from ``basis``; None if there is none."""
        values = self.known()
        if key in values:
            return values[key]
        if key not in self._older:
            return None
        made_from = fingerprint(basis)
        if self._older_prints.get(key) != made_from:
            return None
        self._put(key, self._older[key], made_from)
        return values[key]

    def put(self, key: str, value: Any, basis: Basis) -> None:
        self.known()
        self._put(key, value, fingerprint(basis))

    def _put(self, key: str, value: Any, made_from: bytes) -> None:
        assert self._values is not None
        self._values[key] = value
        self._prints[key] = made_from
        self._added = True

    def save(self) -> None:
        """Store what was added; failures are ignored (the next run renders again)."""
        if self._added and self._digest is not None and self._values is not None:
            store.store(self._path, self._kind, (self._digest, self._values, self._prints))
            self._added = False
