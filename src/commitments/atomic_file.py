"""Replacing a whole file atomically: the one helper for files the tool owns outright
(cache entries, exported files). The ledger is never replaced, only appended to
(write/append.py)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def replace(target: Path, data: bytes, *, mode: int = 0o600, durable: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``target``, fsync it (unless not
    ``durable``: a file that can be made again), rename it over ``target``: a reader sees
    the old file or the new one, never a part. Raises OSError; no temporary file is left
    behind either way."""
    fd, temp = _created_beside(target)
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


def _created_beside(target: Path) -> tuple[int, str]:
    """A new private file in ``target``'s folder, named at random (as tempfile.mkstemp
    makes one; importing tempfile costs every cached run 3 ms)."""
    for _ in range(100):
        temp = os.path.join(target.parent, f".{os.urandom(6).hex()}.tmp")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {target.parent}")


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def create(target: Path, data: bytes) -> None:
    """Write ``data`` as a new file at ``target``, which must not exist: written beside
    it and fsynced first, then linked into place, so that no one ever sees a part of it
    and an existing file is never replaced. FileExistsError when there is one; no
    temporary file is left behind either way. The new file gets the umask's mode, as
    any file the user makes."""
    fd, temp = _created_beside(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        try:
            os.link(temp, target)  # fails if target exists: never an overwrite
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: exclusive create instead
            with open(target, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def publish(target: Path, data: bytes) -> None:
    """Replace (or create) ``target``, a file made for others to read (an export, a
    feed a web server serves), as ``replace`` does: readers see all of the old file or
    all of the new. It keeps the mode of the file it replaces, else takes the umask's.
    A symlink is followed: the file it points to is replaced, and the link stays."""
    target = Path(os.path.realpath(target))
    try:
        mode = os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    replace(target, data, mode=mode)
