"""Appending to the ledger: locked, validated, atomic. Existing bytes are never rewritten.

A write takes a lock on a sidecar file beside the ledger, re-reads the ledger
under it, validates the result, writes a temporary file in the same folder,
fsyncs it, renames it over the ledger and fsyncs the folder. A crash at any
moment leaves the old file or the new one. The lock is an OS lock (flock on
POSIX), released by the kernel when a writer dies, so no stale lock survives.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from commitments.errors import LedgerError, UsageError
from commitments.ledger.read import display_name, ledger_from, read_tail
from commitments.model import Ledger

LOCK_TIMEOUT = 60.0  # seconds a writer queues behind others before giving up
TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"


def lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.lock")


def _temp_glob(target: Path) -> str:
    return f"{TEMP_PREFIX}{target.name}.*{TEMP_SUFFIX}"


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (read-only file, folder or file system)"
    return exc.strerror or str(exc)


def _refuse(name: str, why: str) -> LedgerError:
    return LedgerError(f"{name}: {why}; nothing was changed")


@contextlib.contextmanager
def locked(target: Path, name: str) -> Iterator[None]:
    """Hold the sidecar lock of ``target``; writers queue here."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(lock_path(target)), timeout=LOCK_TIMEOUT)
    try:
        lock.acquire()
    except Timeout:
        raise _refuse(name, f"another writer held the lock for {LOCK_TIMEOUT:.0f} s") from None
    except OSError as exc:
        raise _refuse(
            name, f"cannot take the lock {lock_path(target).name}: {_reason(exc)}"
        ) from None
    try:
        yield
    finally:
        lock.release()


def eol_of(text: str) -> str:
    """The file's line ending, judged by its first line (CRLF files stay CRLF)."""
    first = text.find("\n")
    return "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"


def joined(old: bytes, table: str) -> str:
    """What to append to ``old`` for ``table`` (written with "\\n"): a blank line first,
    then the table, in the file's own line ending."""
    eol = eol_of(old[:4096].decode("utf-8", "replace"))
    table = table.replace("\n", eol)
    if not old:
        return table
    return (eol if old.endswith(b"\n") else eol + eol) + table


def append(path: Path, build: Callable[[Ledger], str]) -> list[str]:
    """Append the TOML table ``build`` makes from the current ledger.

    ``build`` sees the ledger as re-read under the lock, and may raise to refuse.
    Returns the warnings `check` gives the new table.
    """
    name = display_name(path)
    target = Path(os.path.realpath(path))  # write through symlinks; the link stays
    if not target.exists():
        raise LedgerError(f"{name}: no such file")
    with locked(target, name):
        _remove_stale_temporaries(target)
        try:
            data = target.read_bytes()
            info = target.stat()
        except OSError as exc:
            raise _refuse(name, f"cannot read: {_reason(exc)}") from None
        try:
            ledger = ledger_from(path, data, name)
        except LedgerError as exc:
            exc.lines.append(
                f"commitments: error: {name} must be valid before anything is added;"
                " nothing was changed (see `commitments check`)"
            )
            raise
        if not _writable(target, info):
            raise _refuse(name, "the file is read-only")
        appended = joined(data, build(ledger))
        warnings = _validate_appended(ledger, appended, data.count(b"\n"), name)
        write_atomically(target, data + appended.encode("utf-8"), info, name)
    return warnings


def _writable(target: Path, info: os.stat_result) -> bool:
    # root passes access() on any file; a file nobody may write is read-only for us too.
    return os.access(target, os.W_OK) and bool(info.st_mode & 0o222)


def _validate_appended(ledger: Ledger, appended: str, line_offset: int, name: str) -> list[str]:
    """Refuse a table that would make the ledger invalid: its problems are the user's input
    (exit 2). The old ledger is valid, so checking the new table against it is enough."""
    result = read_tail(ledger, appended, line_offset, name, warnings=True)
    if result is None:
        raise _refuse(name, "the new table would not be valid TOML")
    found = [p for p in result[1] if p.severity == "error"]
    if found:
        raise UsageError(
            "invalid input",
            lines=[f"commitments: error: {p.message}" for p in found]
            + ["commitments: error: nothing was changed"],
        )
    return [f"commitments: warning: {p.message}" for p in result[1]]


def write_atomically(target: Path, data: bytes, info: os.stat_result, name: str) -> None:
    """Replace ``target`` by ``data``: temporary file, fsync, rename, fsync of the folder."""
    folder = target.parent
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(
            dir=folder, prefix=f"{TEMP_PREFIX}{target.name}.", suffix=TEMP_SUFFIX
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, stat.S_IMODE(info.st_mode))
        with contextlib.suppress(OSError):
            # Keep the owner when root writes someone else's ledger.
            if hasattr(os, "chown") and (info.st_uid, info.st_gid) != _owner(temp):
                os.chown(temp, info.st_uid, info.st_gid)
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise _refuse(name, f"cannot write: {_reason(exc)}") from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _fsync_folder(folder)


def _owner(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_uid, info.st_gid


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable. Windows has no directory handles to fsync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the rename is still atomic
    finally:
        os.close(fd)


def _remove_stale_temporaries(target: Path) -> None:
    """Under the lock no other writer is active: temporaries left by a killed writer can go."""
    for leftover in target.parent.glob(_temp_glob(target)):
        with contextlib.suppress(OSError):
            leftover.unlink()
