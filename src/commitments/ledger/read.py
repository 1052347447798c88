"""The one read: the valid ledger at a path, for every command.

A run cuts the file into chunks (cache/chunks.py) and takes each chunk's tables
from the cache when it has seen those bytes before, else reads them with the same
readers as the full check. The links between tables are checked over the whole
ledger each time. Whenever anything is not plainly valid, the whole file is read
by the full check instead, which gives the exact messages. So a cache can make a
run faster, never different.
"""

from __future__ import annotations

from pathlib import Path

from commitments.errors import LedgerError
from commitments.ledger.cache import chunks as chunking
from commitments.ledger.decode import UnreadableLedger, decode, parse_toml, read_bytes
from commitments.ledger.find import display_name
from commitments.model import Ledger

# Rewrite the cache once this many bytes had to be read afresh; below it, reading
# them again on the next run costs less than rewriting the whole cache.
REFRESH = 256 * 1024


def read_ledger(path: Path) -> Ledger:
    """The ledger at ``path``, or LedgerError listing every error when it cannot be used."""
    name = display_name(path)
    return ledger_from(path, read_bytes(path, name), name)


def ledger_from(path: Path, data: bytes, name: str) -> Ledger:
    """The valid ledger ``data`` holds, read as described above."""
    ledger = _by_chunks(path, data, name)
    if ledger is not None:
        return ledger
    from commitments.ledger.check import full_read

    checked = full_read(data, path, name, warnings=False)
    if checked.errors:
        raise LedgerError(
            f"{len(checked.errors)} error(s) in the ledger",
            lines=[str(p) for p in checked.errors],
        )
    return checked.ledger


def _by_chunks(path: Path, data: bytes, name: str) -> Ledger | None:
    from commitments.ledger.cache import store
    from commitments.ledger.schema.links import links_hold

    stored = store.load(path, limit=4 * len(data) + (1 << 20))
    known: dict[bytes, chunking.Chunk] = {}
    if isinstance(stored, dict):
        try:
            known = {k: chunking.load(v) for k, v in stored.items()}
        except (TypeError, ValueError, IndexError):
            known = {}
    ordered: list[tuple[bytes, chunking.Chunk]] = []
    fresh = 0
    view = memoryview(data)
    for start, end in chunking.split(data):
        key = chunking.key(view[start:end], start == 0)
        chunk = known.get(key)
        if chunk is None:
            chunk = read_chunk(data[start:end], first=start == 0, name=name)
            if chunk is None:
                return None
            fresh += end - start
        ordered.append((key, chunk))
    commitments = [c for _, chunk in ordered for c in chunk.commitments]
    updates = [u for _, chunk in ordered for u in chunk.updates]
    if not links_hold(commitments, updates):
        return None
    if fresh > REFRESH or (fresh and not known):
        store.store(path, {k: chunking.dump(chunk) for k, chunk in ordered})
    return Ledger(path, commitments, updates, ordered[0][1].version)


def read_chunk(data: bytes, *, first: bool, name: str) -> chunking.Chunk | None:
    """The tables of one chunk, read by the full check's own readers; None if any is not
    valid (the full check will say why)."""
    from commitments.ledger.schema.tables import Report, read_tables

    try:
        text = decode(data, name)
        doc = parse_toml(text, name)
    except UnreadableLedger:
        return None
    report = Report(name, text, warnings=False)
    tables = read_tables(doc, report, top_level=first)
    if report.failed:
        return None
    commitments = [c for c, _ in tables.commitments]
    updates = [u for u, _ in tables.updates]
    if None in commitments or None in updates:
        return None
    return chunking.Chunk(tables.version, commitments, updates)  # type: ignore[arg-type]
