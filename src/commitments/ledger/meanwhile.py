"""Work done on another thread while this one goes on.

Only for work that spends its time where Python lets go of the GIL: hashing large
buffers with BLAKE2 and reading files. A run has two such jobs that need nothing
from the rest: hashing the ledger while the cache's summary loads, and reading and
authenticating a large cache entry while the report is worked out. On two cores
each then costs nearly nothing; on one, what it cost before.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def meanwhile(work: Callable[[], T]) -> Callable[[], T]:
    """``work`` started on another thread; call the result to wait for its value. If no
    thread starts, or the work failed there, it is done when the value is asked for:
    whatever happens, the value is the one ``work()`` returns here."""
    import threading

    found: list[T] = []

    def run() -> None:
        # An error is not printed from the thread: result() does the work again here,
        # where it is raised like any other.
        with contextlib.suppress(Exception):
            found.append(work())

    thread = threading.Thread(target=run, daemon=True)
    try:
        thread.start()
    except RuntimeError:  # no thread can start (a process at its limit)
        return work

    def result() -> T:
        thread.join()
        return found[0] if found else work()

    return result
