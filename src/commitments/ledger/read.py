"""The one read: the valid ledger at a path, for every command.

bytes → the cache's snapshot of them, or of all but their new tables (snapshot.py)
      → else the full read (parse.py), which names every error
      → the snapshot kept for the next run
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from commitments.errors import LedgerError
from commitments.ledger import own_writes, snapshot
from commitments.ledger.decode import read_bytes, real_path
from commitments.ledger.find import display_name
from commitments.model import Ledger
from commitments.text import counted

if TYPE_CHECKING:  # the parser's records: imported only when a ledger has errors
    from commitments.ledger.diagnostics import Problem


def read_ledger(path: Path) -> Ledger:
    """The ledger at ``path``, or LedgerError listing every error when it cannot be used."""
    name = display_name(path)
    data = read_bytes(path, name)
    own_writes.say_lost(real_path(path), data)
    return ledger_from(path, data, name)


class InvalidLedger(LedgerError):
    """The ledger's errors, each a located problem record (a write names the options
    that made the table at fault: write/append.py)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(
            f"{counted(len(problems), 'error')} in the ledger", lines=[str(p) for p in problems]
        )
        self.problems = problems


def ledger_from(
    path: Path, data: bytes, name: str, *, later: list[Callable[[], None]] | None = None
) -> Ledger:
    """The valid ledger ``data`` holds, as if read from ``path``. With ``later``, storing
    its snapshot is left there for the caller to run when it has time (a write, once
    its bytes are safe), instead of now."""
    ledger = snapshot.recall(path, data, name)
    written = None
    if ledger is None:
        from commitments.ledger.parse import full_read  # parser: only when changed

        checked = full_read(data, path, name, warnings=False)
        if checked.errors:
            raise InvalidLedger(checked.errors)
        ledger, written = checked.ledger, checked.written
    store = snapshot.keep(path, data, ledger, written)
    if later is None:
        store()
    else:
        later.append(store)
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
