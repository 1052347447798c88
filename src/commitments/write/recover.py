"""`recover`: the tables this user's writes appended that the file has lost, appended
again through the normal write path (or forgotten), and an unfinished write cut off."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from commitments.errors import LedgerError, UsageError
from commitments.ledger import own_writes
from commitments.ledger.decode import read_bytes, real_path
from commitments.ledger.find import display_name
from commitments.model import Ledger
from commitments.write.append import append, finish


class Recovered(NamedTuple):
    appended: list[own_writes.Written]  # appended again, in the order first written
    forgotten: list[own_writes.Written]
    cut: int  # bytes of an unfinished write cut off the end


class _Nothing(Exception):
    """Nothing is missing: no write at all."""


def recover(path: Path, *, discard: bool = False, hold_interrupts: bool = False) -> Recovered:
    target = real_path(path)
    if discard:
        gone = own_writes.lost(target, read_bytes(path, display_name(path)))
        own_writes.forget(target, gone)
        return Recovered([], gone, 0)
    cut = finish(path)
    found: list[own_writes.Written] = []

    def build(ledger: Ledger, data: bytes) -> list[str]:
        # Under the lock, against the file as it is now: each missing table once.
        found[:] = own_writes.lost(target, data)
        if not found:
            raise _Nothing
        return [w.table.decode("utf-8").replace("\r\n", "\n") for w in found]

    try:
        append(path, build, hold_interrupts=hold_interrupts)
    except _Nothing:
        return Recovered([], [], cut)
    except UsageError as exc:  # the ledger would not be valid with them
        raise LedgerError(
            exc.message,
            lines=[
                *exc.lines,
                "commitments: error: the missing tables are not valid in the ledger as it is"
                " now; fix it, or forget them with `commitments recover --discard`",
            ],
        ) from None
    own_writes.forget(target, found)  # remembered again where they now are
    return Recovered(found, [], cut)
