"""The one exception hierarchy; each error carries the exit code of the contract."""

from __future__ import annotations

import errno
from typing import ClassVar

EXIT_OK = 0
EXIT_LEDGER = 1
EXIT_USAGE = 2
EXIT_DUE_SOON = 3
EXIT_OVERDUE = 4
EXIT_INTERRUPTED = 130


class CommitmentsError(Exception):
    """Every error the tool reports: the CLI prints ``lines``, exits with ``exit_code``."""

    exit_code: ClassVar[int] = EXIT_LEDGER

    def __init__(self, message: str, *, lines: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        # Several problems (a whole validation report) travel as preformatted lines.
        self.lines = lines if lines is not None else [f"commitments: error: {message}"]


class LedgerError(CommitmentsError):
    """The ledger cannot be used: not found, unreadable or invalid."""

    exit_code = EXIT_LEDGER


class UsageError(CommitmentsError):
    """A bad command line: a bad option value or an unknown commitment id."""

    exit_code = EXIT_USAGE


class SourceError(UsageError):
    """`extract`'s SOURCE cannot be read: a bad command line, said of SOURCE."""


def os_reason(exc: OSError) -> str:
    """An OSError in a user's words."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links (a symlink loop?)"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return (exc.strerror or str(exc)).lower()


def write_reason(exc: OSError) -> str:
    """An OSError met while writing, in a user's words."""
    reason = os_reason(exc)
    if reason in ("permission denied", "the file system is read-only"):
        return f"{reason} (a read-only file, folder or file system)"
    return reason
