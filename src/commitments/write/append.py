"""Appending one table to the ledger: the write pipeline.

    open → lock → recover → re-read → build → validate as it will be → journal
         → append → fsync → verify → remove the journal

The ledger is appended to in place, never replaced, so it stays the user's file:
symlinks are followed, hard links keep sharing it, owner, group, mode, ACLs and
extended attributes are untouched. Writers queue on an OS lock (flock) on the
ledger itself, released by the kernel when a writer dies, so no lock file exists
and no stale lock survives. Editors, `git pull` and `>>` take no lock: if the
file changed after it was read, or was replaced while the tool wrote, the write
starts over on what is there now. A crash at any instant leaves the old ledger or
the old ledger plus the whole new table (see ledger/journal.py).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import signal
import stat
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from commitments.errors import LedgerError, UsageError, os_reason, write_reason
from commitments.ledger import journal, own_writes
from commitments.ledger.decode import MAX_LEDGER_BYTES, real_path
from commitments.ledger.find import display_name
from commitments.ledger.journal import disk
from commitments.ledger.read import InvalidLedger, ledger_from
from commitments.model import Ledger

if TYPE_CHECKING:
    from commitments.ledger.diagnostics import Problem

LOCK_TIMEOUT = 60.0  # seconds a writer queues behind others before giving up


class Appended(NamedTuple):
    """What a write appended, and the ledger as it now is."""

    table: str
    ledger: Ledger
    # A Ctrl-C that arrived once the table was safely written: it stands.
    interrupted: bool = False


SETTLE = 0.25  # seconds a write watches, at most, for an editor's rename (see below)


class _StartOver(Exception):
    """The ledger changed under us: read it again."""


def _refuse(name: str, why: str) -> LedgerError:
    return LedgerError(f"{name}: {why}; nothing was changed")


Build = Callable[[Ledger, bytes], "str | list[str]"]


def append(
    path: Path,
    build: Build,
    *,
    hold_interrupts: bool = False,
    meanwhile: Callable[[Ledger], None] | None = None,
    cut_unfinished: bool = False,
    options: Mapping[str, str] | None = None,
) -> Appended:
    """Append the TOML table ``build`` makes from the current, valid ledger (or the
    tables, each remembered on its own: own_writes.py).

    ``build`` sees the ledger as re-read under the lock, and its bytes, and may raise
    to refuse. ``cut_unfinished``: the user asked (`recover`) to cut off a write that
    did not finish even though this user's runs did not record it.
    Ctrl-C is held back from the moment the table starts to be written; with
    ``hold_interrupts`` (a command line about to exit) it stays held afterwards, so
    that an interrupt can never make a write that happened look as if it did not.
    ``options`` names the option that gave each key of the new table, for its errors.
    ``meanwhile`` is given the ledger as written while the write watches for an
    editor's rename (below): what the caller would do next anyway, such as working
    out what to report. If the write then starts over, it is called again.
    """
    name = display_name(path)
    deadline = time.monotonic() + LOCK_TIMEOUT
    while time.monotonic() < deadline:
        with _opened(path, name) as fd:
            try:
                return _append_once(
                    path, fd, name, build, hold_interrupts, meanwhile, cut_unfinished, options
                )
            except _StartOver:
                continue
    raise _refuse(
        name, f"the file kept changing for {LOCK_TIMEOUT:.0f} s while the tool tried to write it"
    )


@contextlib.contextmanager
def _opened(path: Path, name: str) -> Iterator[int]:
    """The ledger opened for writing and locked: only a regular file we may write."""
    try:
        fd = disk.open(path, os.O_RDWR | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise LedgerError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise _refuse(name, "is a directory, not a ledger file") from None
    except OSError as exc:
        raise _refuse(name, f"cannot open it for writing: {write_reason(exc)}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(name, "is not a regular file (a FIFO or a device?), not a ledger")
        if not info.st_mode & 0o222:
            # root may write any file; a file nobody may write is read-only for us too.
            raise _refuse(name, "the file is read-only")
        os.set_blocking(fd, True)
        _lock(fd, name)
        yield fd
    finally:
        os.close(fd)  # also releases the lock


def _lock(fd: int, name: str) -> None:
    deadline = time.monotonic() + LOCK_TIMEOUT
    pause = 0.002
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise _refuse(
                    name, f"another writer held the ledger's lock for {LOCK_TIMEOUT:.0f} s"
                ) from None
            time.sleep(pause)
            pause = min(pause * 2, 0.05)
        except OSError as exc:
            raise _refuse(
                name, f"cannot lock it ({os_reason(exc)}): the file system may not support locks"
            ) from None


def _read_all(fd: int, name: str) -> bytes:
    size = os.fstat(fd).st_size
    if size > MAX_LEDGER_BYTES:
        raise _refuse(name, f"is larger than {MAX_LEDGER_BYTES // (1024 * 1024)} MB")
    parts: list[bytes] = []
    offset = 0
    while True:
        part = os.pread(fd, max(size - offset, 1 << 16), offset)
        if not part:
            return b"".join(parts)
        parts.append(part)
        offset += len(part)


def _same_file(path: Path, fd: int) -> bool:
    """Whether ``path`` still names the file open as ``fd`` (an editor's save renames a
    new file over it)."""
    try:
        now, ours = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (ours.st_dev, ours.st_ino)


def _append_once(
    path: Path,
    fd: int,
    name: str,
    build: Build,
    hold: bool,
    meanwhile: Callable[[Ledger], None] | None,
    cut_unfinished: bool,
    options: Mapping[str, str] | None,
) -> Appended:
    target = real_path(path)
    info = os.fstat(fd)
    _recover(target, fd, info, name, cut_unfinished)
    if not _same_file(path, fd):
        raise _StartOver
    began = time.monotonic()
    data = _read_all(fd, name)
    reading = time.monotonic() - began
    own_writes.say_lost(target, data)
    try:
        ledger = ledger_from(path, data, name)
    except LedgerError as exc:
        exc.lines.append(
            f"commitments: error: {name} must be valid before anything is added;"
            " nothing was changed (see `commitments check`)"
        )
        raise
    built = build(ledger, data)
    tables = [built] if isinstance(built, str) else built
    table = "\n".join(tables)  # a blank line between tables, as each ends in one newline
    appended = joined(data, table).encode("utf-8")
    caching: list[Callable[[], None]] = []
    after = _validated(path, data + appended, name, caching, len(data), options)
    if _read_all(fd, name) != data:  # an editor or a `>>` wrote meanwhile
        raise _StartOver
    interrupted, landed = _commit(target, fd, info, len(data), appended, name, hold)
    if landed != len(data):
        after, caching = _with_theirs(path, fd, name, landed, appended), []
    # An editor that compared the file just before our bytes landed renames its copy
    # over it a moment later: about as long as reading the file takes. Watching that
    # long (twice, at most SETTLE) lets us see the rename and write again, instead of
    # reporting an update that the editor's copy is about to drop. The watch is spent
    # on what comes next anyway: storing the new ledger in the cache (after the
    # write, not before it, so that a failed write stores nothing) and the caller's.
    settled = time.monotonic() + min(SETTLE, 2 * reading)
    failed: Exception | None = None
    try:
        for work in caching:
            work()
        if meanwhile is not None:
            meanwhile(after)
    except Exception as exc:  # raised once the watch is over: it must happen regardless
        failed = exc
    time.sleep(max(0.0, settled - time.monotonic()))
    if not _same_file(path, fd) and not _carried_over(path, appended):
        # Our bytes went to a file that an editor's save has just replaced, and its copy
        # did not take them along: take them back from the old file, write to the new.
        _truncate_own(fd, landed, appended)
        raise _StartOver
    _remember(target, landed, appended, tables)
    if failed is not None:
        raise failed
    return Appended(table, after, interrupted)


def _with_theirs(path: Path, fd: int, name: str, landed: int, appended: bytes) -> Ledger:
    """The ledger as it is now that someone's `>>` landed before our table (between our
    last read and our write): the table was checked against the file without it. If the
    two do not read as a ledger together (their line left open, an id taken twice), our
    table is taken back while it still ends the file and the write starts over on what
    is there now; if more was appended after it, it cannot be, and the error says so."""
    now = _read_all(fd, name)
    try:
        return ledger_from(path, now, name)
    except LedgerError:
        pass
    if len(now) == landed + len(appended) and now.endswith(appended):
        disk.ftruncate(fd, landed)
        disk.fsync(fd)
        raise _StartOver from None
    line = now.count(b"\n", 0, landed) + 2  # the table starts after its blank line
    raise LedgerError(
        f"{name}: a hand edit landed just before the new table, at line {line}, and more"
        " was appended after it; together they do not read as a ledger: see"
        " `commitments check`"
    )


def _remember(target: Path, offset: int, appended: bytes, tables: list[str]) -> None:
    """Each table written, where it landed, for own_writes.lost() to look for later."""
    eol = "\r\n" if b"\r\n" in appended else "\n"
    landed, at = [], 0
    for table in tables:
        written = table.replace("\n", eol).encode("utf-8")
        at = appended.find(written, at)
        landed.append((offset + at, written))
        at += len(written)
    own_writes.remember(target, landed)


def _carried_over(path: Path, appended: bytes) -> bool:
    """Whether the file now at ``path`` already holds our table (an editor read the
    ledger after we wrote and saved a copy with it): writing it again would double it."""
    try:
        with open(path, "rb") as handle:
            return appended.strip() in handle.read(MAX_LEDGER_BYTES + 1)
    except OSError:
        return False


def _validated(
    path: Path,
    data: bytes,
    name: str,
    later: list[Callable[[], None]],
    start: int,
    options: Mapping[str, str] | None,
) -> Ledger:
    """The ledger as it will be, read by the same code as every command. The old one
    is valid, so any error comes from the new table: the user's input (exit 2). With
    ``options`` (each key's option), an error is said of the option that gave the
    value, never of a line of a table that was not written."""
    try:
        return ledger_from(path, data, name, later=later)
    except InvalidLedger as exc:
        said = exc.lines
        if options is not None:
            first = data.count(b"\n", 0, start) + 1
            lines = data[start:].decode("utf-8", "replace").splitlines()
            said = [_of_option(p, lines, first, options) for p in exc.problems]
            # one line per problem, as every option error is
            said = [f"{line}; nothing was changed" for line in said]
            raise UsageError("invalid input", lines=said) from None
        raise UsageError(
            "invalid input", lines=[*said, "commitments: error: nothing was changed"]
        ) from None
    except LedgerError as exc:
        raise UsageError(
            "invalid input", lines=[*exc.lines, "commitments: error: nothing was changed"]
        ) from None


_KEY = re.compile(r"\s*([A-Za-z_]+)\s*=")
_LABEL = re.compile(r'^(?:commitment|summit|update for) (?:"(?:[^"\\]|\\.)*"|#\d+): ')


def _of_option(problem: Problem, lines: list[str], first: int, options: Mapping[str, str]) -> str:
    """``problem`` of the new table, said of the option whose value its line holds."""
    at = problem.line - first
    if not 0 <= at < len(lines):
        return str(problem)  # not in the new table (cannot be: the old one is valid)
    key = _KEY.match(lines[at])
    message = _LABEL.sub("", problem.message)
    option = options.get(key.group(1)) if key else None
    return (
        f"commitments: error: {option}: {message}" if option else f"commitments: error: {message}"
    )


def _commit(
    target: Path,
    fd: int,
    info: os.stat_result,
    offset: int,
    appended: bytes,
    name: str,
    hold: bool,
) -> tuple[bool, int]:
    """Journal, append, fsync, unjournal, with Ctrl-C held back until the table is
    written. Returns whether a Ctrl-C came meanwhile (the write stands), and where the
    table landed."""
    entry = journal.Entry(info.st_dev, info.st_ino, offset, appended)
    with _signals_held(release=not hold) as pending:
        # Recorded privately first: only a journal this user's write recorded is obeyed
        # by the next writer (a planted one never cuts the ledger).
        own_writes.pending(target, entry.encode())
        # Readable by whoever may read the ledger, writable by nobody else: a journal
        # others may write is never believed (journal.distrust).
        _write_journal(target, entry, stat.S_IMODE(info.st_mode) & 0o644, name)
        try:
            landed = _write_at_end(fd, offset, appended)
            disk.fsync(fd)
        except OSError as exc:
            if _truncate_own(fd, offset, appended):
                _unjournal(target, info.st_ino)
            # Else the journal stays: readers leave the torn table out, the next writer
            # cuts it off.
            raise _refuse(name, f"cannot write: {os_reason(exc)}") from None
        except _StartOver:
            _unjournal(target, info.st_ino)
            raise
        _unjournal(target, info.st_ino)
    return bool(pending), landed


def _unjournal(target: Path, inode: int) -> None:
    journal.remove(target, inode)
    own_writes.done(target)


def _write_at_end(fd: int, offset: int, appended: bytes) -> int:
    """Append with O_APPEND, so that a `>>` landing at this instant is never overwritten.
    Returns where the bytes landed: after a `>>` that landed first, they stay there
    (cutting them off could cut a `>>` landing in that very instant, as nothing holds
    one back) and the caller checks the two together (``_with_theirs``); only when they
    would continue that `>>`'s line (an empty ledger's table starts without a blank
    line) are they taken back here."""
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_APPEND)
    view = memoryview(appended)
    while view:
        view = view[disk.write(fd, view) :]
    size = os.fstat(fd).st_size
    if size == offset + len(appended) and os.pread(fd, len(appended), offset) == appended:
        return offset
    after = os.pread(fd, size - offset, offset)
    landed = offset + after.rfind(appended)
    if landed < offset:  # cannot be: O_APPEND put them after everything there was
        raise _StartOver
    on_its_own_line = appended.startswith((b"\n", b"\r\n")) or after[: landed - offset].endswith(
        b"\n"
    )
    if not on_its_own_line and landed + len(appended) == size:
        # The `>>` before ours ended mid-line: our table would continue that line.
        disk.ftruncate(fd, landed)
        disk.fsync(fd)
        raise _StartOver
    # Others' bytes before ours, after ours, or both: our table is whole on its own
    # lines and nobody's bytes are lost.
    return landed


def _write_journal(target: Path, entry: journal.Entry, mode: int, name: str) -> None:
    try:
        journal.create(target, entry, mode)
    except journal.NotCreated as exc:
        raise _refuse(name, exc.why) from None


def _truncate_own(fd: int, offset: int, appended: bytes) -> bool:
    """Cut our bytes off the end, if they are what ends the file (never anyone else's).
    Whether the file is now as it was before them."""
    try:
        size = os.fstat(fd).st_size
        if size > offset and appended.startswith(os.pread(fd, size - offset, offset)):
            disk.ftruncate(fd, offset)
    except OSError:
        return False
    with contextlib.suppress(OSError):
        disk.fsync(fd)
    return True


def finish(path: Path) -> int:
    """Cut off what a write that did not finish left at the end of the ledger (the
    user asked: `recover`); how many bytes."""
    name = display_name(path)
    with _opened(path, name) as fd:
        return _recover(real_path(path), fd, os.fstat(fd), name, cut_unfinished=True)


def _recover(target: Path, fd: int, info: os.stat_result, name: str, cut_unfinished: bool) -> int:
    """Finish what a killed writer left: cut off its incomplete bytes, drop its journal.
    The ledger is cut only on a journal that can be believed (journal.distrust) and that
    this user's own write recorded, or when the user asked for it (`recover`)."""
    entry, distrusted = journal.inspect(target, info.st_ino, info.st_uid)
    if entry is None:
        if not distrusted and journal.journal_path(target, info.st_ino).exists():
            journal.remove(target, info.st_ino)  # unreadable or emptied: nothing to use
        return 0  # else someone else's file: never believed, never touched
    cut = 0
    size = info.st_size
    tail = os.pread(fd, size - entry.offset, entry.offset) if size > entry.offset else b""
    # A write killed while it wrote its journal appended nothing: there is nothing to cut
    # (and its journal, torn, matches no record).
    if size > entry.offset and entry.incomplete(info.st_dev, info.st_ino, size, tail):
        if not cut_unfinished and not own_writes.is_pending(target, entry.encode()):
            raise _refuse(
                name,
                f"ends in {size - entry.offset} bytes of a write that did not finish (a run"
                " was stopped while it wrote, and this user's runs did not record it);"
                " every command reads the file without them. `commitments recover` cuts"
                " them off",
            )
        disk.ftruncate(fd, entry.offset)
        disk.fsync(fd)
        cut = size - entry.offset
    with contextlib.suppress(OSError):
        _unjournal(target, info.st_ino)
    return cut


_HELD = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


def interrupts_held() -> bool:
    """Whether a Ctrl-C (or a termination) is waiting, held back since a write."""
    try:
        return bool(signal.sigpending() & _HELD)
    except (AttributeError, OSError):  # pragma: no cover - not POSIX
        return False


@contextlib.contextmanager
def _signals_held(*, release: bool) -> Iterator[list[int]]:
    """Hold back Ctrl-C and termination while the table is written. Afterwards, with
    ``release``, a held Ctrl-C is swallowed and reported in the list, since the write
    has happened; without, they stay held (the caller is about to exit)."""
    pending: list[int] = []
    held = _HELD
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):  # pragma: no cover - not POSIX
        yield pending
        return
    try:
        yield pending
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        raise
    else:
        if not release:
            return
        arrived = signal.sigpending() & held
        if arrived:
            pending.extend(int(s) for s in arrived)
            with _ignoring(arrived):
                signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        else:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextlib.contextmanager
def _ignoring(signals: set[signal.Signals]) -> Iterator[None]:
    saved = {}
    for sig in signals:
        with contextlib.suppress(ValueError, OSError):  # not the main thread
            saved[sig] = signal.signal(sig, signal.SIG_IGN)
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


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
