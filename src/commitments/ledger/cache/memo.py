"""Text derived from a ledger's bytes alone, kept for the next run on the same bytes.

A format that renders each commitment the same way on every run (JSON does, but
for the days left, which depend on the day) asks this memo first: a run on
unchanged bytes reads the text back instead of rendering 10,000 records again.
An entry holds the digest of the bytes it was made from, so a changed ledger
starts an empty memo; it is authenticated like every cache entry (store.py), and
loaded only when a format asks for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from commitments.ledger.cache import store


class Memo:
    """A dict-like memo of one ledger's derived values, by key (a commitment's id)."""

    def __init__(self, path: Path, kind: str, digest: bytes | None, limit: int) -> None:
        self._path, self._kind, self._digest, self._limit = path, kind, digest, limit
        self._values: dict[str, Any] | None = None
        self._added = False

    def _loaded(self) -> dict[str, Any]:
        if self._values is None:
            self._values = {}
            if self._digest is not None:
                stored = store.load(self._path, self._kind, self._limit)
                if (
                    isinstance(stored, tuple)
                    and len(stored) == 2
                    and stored[0] == self._digest
                    and isinstance(stored[1], dict)
                ):
                    self._values = stored[1]
        return self._values

    def get(self, key: str) -> Any:
        return self._loaded().get(key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._loaded()[key] = value
        self._added = True

    def save(self) -> None:
        """Store what was added; failures are ignored (the next run renders again)."""
        if self._added and self._digest is not None and self._values is not None:
            store.store(self._path, self._kind, (self._digest, self._values))
            self._added = False
