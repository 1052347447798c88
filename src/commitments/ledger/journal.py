"""The rollback journal of an append: how a write stays atomic without replacing the file.

The tool appends to the ledger in place, so that hard links, owner, mode, ACLs
and extended attributes stay as they are. Before appending, a writer records in
a journal beside the ledger which file it appends to, at which offset, and the
bytes it appends; it removes the journal once they are on disk. A writer killed
in between leaves the journal: readers then see the ledger as it was before
(the bytes before the offset) while the appended bytes are incomplete, and the
next writer cuts them off. A journal whose bytes did all land is simply removed.

A journal decides what every reader sees, so only one the ledger's owner or the
user running wrote, that nobody else may write, is believed (``distrust``); and a
writer cuts the ledger only on a journal that this user's own write recorded before
writing it (own_writes.py), or when the user asks (`commitments recover`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from hashlib import blake2b
from pathlib import Path
from typing import NamedTuple

from commitments.errors import os_reason, write_reason
from commitments.ledger.find import path_text


class Disk:
    """The system calls that change the ledger and its journal. Tests put a failing or a
    killing one in their place (a torn write, a full disk), here and nowhere else."""

    open = staticmethod(os.open)
    write = staticmethod(os.write)
    fsync = staticmethod(os.fsync)
    ftruncate = staticmethod(os.ftruncate)


disk = Disk()

MAGIC = b"commitments-journal 1\n"
_NAME_MAX = 255


def journal_path(target: Path, inode: int) -> Path:
    """Beside the ledger, named for the file (its inode) and not only its path: when an
    editor's save puts a new file at the path, the old file's writer and the new one's
    never share a journal. A name too long for the file system is hashed."""
    name = f".{target.name}.{inode}.journal"
    if len(os.fsencode(name)) > _NAME_MAX:
        digest = blake2b(os.fsencode(target.name), digest_size=12).hexdigest()
        name = f".{digest}.{inode}.journal"
    return target.with_name(name)


class Entry(NamedTuple):
    device: int
    inode: int
    offset: int
    appended: bytes

    def encode(self) -> bytes:
        return MAGIC + f"{self.device} {self.inode} {self.offset}\n".encode() + self.appended

    @classmethod
    def decode(cls, data: bytes) -> Entry | None:
        if not data.startswith(MAGIC):
            return None
        line, _, appended = data[len(MAGIC) :].partition(b"\n")
        try:
            device, inode, offset = (int(part) for part in line.split())
        except ValueError:
            return None
        if min(device, inode, offset) < 0:
            return None  # no file has such a place: not a journal the tool wrote
        return cls(device, inode, offset, appended)

    def incomplete(self, device: int, inode: int, size: int, tail: bytes) -> bool:
        """Whether the file with this device and inode, ``size`` bytes long and holding
        ``tail`` after the offset, ends in a part of the appended bytes, short of all of
        them: a write that did not finish."""
        if (device, inode) != (self.device, self.inode) or size < self.offset:
            return False
        return len(tail) < len(self.appended) and self.appended.startswith(tail)


def read_entry(target: Path, inode: int, owner: int | None = None) -> Entry | None:
    """The journal of file ``inode`` at ``target``, if there is one and it can be
    believed (see ``distrust``: ``owner`` is the ledger's owner). Readers call this on
    every run: one failed open when there is none. An empty one is none: a journal
    that could not be removed is emptied instead."""
    entry, _ = inspect(target, inode, owner)
    return entry


def inspect(target: Path, inode: int, owner: int | None = None) -> tuple[Entry | None, str]:
    """The journal of file ``inode`` at ``target`` if it can be believed, and else why
    a journal there is not ("" when there is none, or it is empty)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(journal_path(target, inode), flags)
    except FileNotFoundError:
        return None, ""
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "it is a symbolic link"
        return None, ""
    try:
        with os.fdopen(fd, "rb") as handle:
            why = distrust(os.fstat(handle.fileno()), owner)
            if why:
                return None, why
            return Entry.decode(handle.read(1 << 26)), ""
    except OSError:
        return None, ""


def distrust(info: os.stat_result, owner: int | None) -> str:
    """Why a journal with this status must not be believed ("" when it may): it must be
    a regular file of the ledger's owner or of the user running, that nobody else may
    write. In a folder others may write to (a sticky /tmp, a group folder), anyone can
    put a file by that name there; one that empties the ledger must not be obeyed."""
    if not stat.S_ISREG(info.st_mode):
        return "it is not a regular file"
    if info.st_nlink != 1:
        return "it has other names (hard links): it may be the ledger itself"
    if info.st_uid not in (owner, os.geteuid()):
        return f"it belongs to user {info.st_uid}, neither the ledger's owner nor you"
    if info.st_mode & 0o022:
        return "others may write it"
    return ""


def ignored(target: Path) -> str:
    """A warning about a journal beside the ledger at ``target`` that is not believed;
    "" when there is none."""
    try:
        info = os.stat(target)
    except OSError:
        return ""
    _, why = inspect(target, info.st_ino, info.st_uid)
    if not why:
        return ""

    return (
        f"ignored {path_text(journal_path(target, info.st_ino).name)} beside the ledger: {why}"
        " (a journal someone else could have written is never believed; remove it)"
    )


def committed_view(target: Path, device: int, inode: int, data: bytes, owner: int) -> bytes:
    """``data`` as a reader must see it: without the bytes of an unfinished append."""
    entry = read_entry(target, inode, owner)
    if entry is not None and entry.incomplete(device, inode, len(data), data[entry.offset :]):
        return data[: entry.offset]
    return data


class NotCreated(Exception):
    """The journal could not be written: ``why``, in a user's words."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def create(target: Path, entry: Entry, mode: int) -> None:
    """Write the journal of ``entry`` beside ``target``, readable by whoever may read the
    ledger (``mode``, its permission bits), so that every reader leaves an unfinished
    table out; durable, its folder too, before the ledger changes."""
    where = journal_path(target, entry.inode)
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    try:
        try:
            fd = disk.open(where, os.O_WRONLY | os.O_CREAT | os.O_EXCL | nofollow, mode)
        except FileExistsError:
            # Under the lock, after recovery, a file still there by that name is not a
            # journal to use: never opened (it may be a hard link to the ledger itself,
            # which writing would destroy), only removed when it is this user's.
            info = os.lstat(where)
            why = distrust(info, None)
            if not (stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid()):
                raise NotCreated(
                    f"cannot write: {path_text(where.name)} beside it is not this user's"
                    f" ({why or 'not a regular file'}); its owner or root must remove it"
                ) from None
            os.unlink(where)
            fd = disk.open(where, os.O_WRONLY | os.O_CREAT | os.O_EXCL | nofollow, mode)
    except OSError as exc:
        reason = write_reason(exc)
        raise NotCreated(f"cannot create {path_text(where.name)} beside it: {reason}") from None
    try:
        with contextlib.suppress(OSError):
            os.fchmod(fd, mode)  # exactly the ledger's bits, whatever the umask
        view = memoryview(entry.encode())
        while view:
            view = view[disk.write(fd, view) :]
        disk.fsync(fd)
    except OSError as exc:
        remove(target, entry.inode)
        raise NotCreated(f"cannot write {path_text(where.name)}: {os_reason(exc)}") from None
    finally:
        os.close(fd)
    fsync_folder(target.parent)


def fsync_folder(folder: Path) -> None:
    """Make a file's creation in ``folder`` durable."""
    try:
        fd = disk.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        disk.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory
    finally:
        os.close(fd)


def remove(target: Path, inode: int) -> None:
    """Remove the journal, if it can be. Never emptied or written instead: a file by its
    name may be another name of the ledger itself (a hard link someone planted)."""
    with contextlib.suppress(OSError):
        os.unlink(journal_path(target, inode))
