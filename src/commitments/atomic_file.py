"""Replacing a whole file atomically: the one helper for files the tool owns outright
(cache entries, exported files). The ledger is never replaced, only appended to
(write/append.py)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def replace(target: Path, data: bytes, *, mode: int = 0o600, durable: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``target``, fsync it (unless not
    ``durable``: a file that can be made again), rename it over ``target``: a reader sees
    the old file or the new one, never a part. Raises OSError; no temporary file is left
    behind either way."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
