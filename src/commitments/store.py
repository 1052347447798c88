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
from commitments.load import Loaded, UnreadableLedger, decode, display_name, parse
from commitments.problems import errors

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


def joined(old: str, table: str) -> tuple[str, int]:
    """``old`` followed by ``table`` (written with "\\n") after a blank line, and the line
    the table starts on."""
    eol = eol_of(old)
    table = table.replace("\n", eol)
    if not old:
        return table, 1
    separator = eol if old.endswith("\n") else eol + eol
    return old + separator + table, old.count("\n") + separator.count("\n") + 1


def append(path: Path, build: Callable[[Loaded], str]) -> list[str]:
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
        old = decode(data, name)
        loaded = parse(old, path, name)
        found = errors(loaded.problems)
        if found:
            raise LedgerError(
                "the ledger is invalid",
                lines=[str(p) for p in found]
                + [
                    f"commitments: error: {name} must be valid before anything is added;"
                    " nothing was changed (see `commitments check`)"
                ],
            )
        if not _writable(target, info):
            raise _refuse(name, "the file is read-only")
        new, first_line = joined(old, build(loaded))
        warnings = _validate_result(new, first_line, path, name)
        # The old bytes as read (a byte-order mark included), then the new table.
        write_atomically(target, data + new[len(old) :].encode("utf-8"), info, name)
    return warnings


def _writable(target: Path, info: os.stat_result) -> bool:
    # root passes access() on any file; a file nobody may write is read-only for us too.
    return os.access(target, os.W_OK) and bool(info.st_mode & 0o222)


def _validate_result(new: str, first_line: int, path: Path, name: str) -> list[str]:
    """Refuse a result that would be invalid. Problems of the new table are the user's
    input (exit 2); anything else means the write would break the ledger (exit 1)."""
    try:
        result = parse(new, path, name)
    except UnreadableLedger as exc:
        raise LedgerError(
            "refused",
            lines=[
                *exc.lines,
                f"commitments: error: {name}: refused, the result would not be"
                " valid TOML; nothing was changed",
            ],
        ) from None
    mine = [p for p in result.problems if p.line >= first_line]
    mine_errors = [p for p in mine if p.severity == "error"]
    if mine_errors:
        raise UsageError(
            "invalid input",
            lines=[f"commitments: error: {p.message}" for p in mine_errors]
            + ["commitments: error: nothing was changed"],
        )
    found = errors(result.problems)
    if found:
        raise LedgerError(
            "refused",
            lines=[str(p) for p in found]
            + [
                f"commitments: error: {name}: refused, the result would be invalid;"
                " nothing was changed"
            ],
        )
    return [f"commitments: warning: {p.message}" for p in mine if p.severity == "warning"]


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
