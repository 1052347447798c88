"""Replacing a whole file atomically: the one helper for files the tool owns outright
(cache entries, exported files). The ledger is never replaced, only appended to
(write/append.py)."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
from collections.abc import Iterator
from pathlib import Path


def replace(
    target: Path,
    data: bytes,
    *,
    mode: int = 0o600,
    durable: bool = True,
    owner: tuple[int, int] | None = None,
) -> None:
    """Write ``data`` to a temporary file beside ``target``, fsync it (unless not
    ``durable``: a file that can be made again), rename it over ``target``: a reader sees
    the old file or the new one, never a part. Raises OSError; no temporary file is left
    behind either way, even when SIGTERM or SIGHUP (`timeout`, systemd, a closed
    terminal) stops the process meanwhile."""
    with stopped_by_signals_as_exits():
        temp = os.path.join(target.parent, f".{os.urandom(6).hex()}.tmp")
        try:
            try:
                fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
            except FileExistsError:
                temp = ""  # another's: not ours to remove (a 48-bit name, met by chance)
                raise
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                if durable:
                    handle.flush()
                    os.fsync(handle.fileno())
            if owner is not None:
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.chown(temp, *owner)
            os.chmod(temp, mode)
            os.replace(temp, target)
        except BaseException:
            if temp:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
            raise


@contextlib.contextmanager
def stopped_by_signals_as_exits() -> Iterator[None]:
    """SIGTERM and SIGHUP raise SystemExit meanwhile, so that cleanup runs."""

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is None:
            continue
        try:
            previous[number] = signal.signal(number, stop)
        except ValueError:  # not the main thread: signals are not ours to take
            break
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


_HELD = {getattr(signal, n) for n in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, n)}


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """SIGTERM, SIGHUP and SIGINT wait meanwhile (a few renames): what they stop, they
    stop before or after, never between two of the renames that make one change."""
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    except (AttributeError, ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


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


class Refused(OSError):
    """What is at the path is not to be written (its message says why)."""


def publish(target: Path, data: bytes) -> None:
    """Put ``data`` at ``target``, a file made for others to read (an export, a feed a
    web server serves). What is there decides how:

    - nothing, or a regular file: replaced as ``replace`` does, so readers see all of
      the old file or all of the new; it keeps the old file's mode, owner and group
      (as far as the writer may give them), else takes the umask's mode;
    - a device, FIFO or socket named by its own path (``/dev/null``, a named pipe):
      written to, as a shell's ``>`` would, never replaced by a file; a FIFO that
      nobody reads is refused rather than waited on for ever;
    - a symbolic link, whatever it leads to: refused (OSError). Replacing the file it
      points to would let anyone who can plant a link in a shared folder choose what a
      scheduled export overwrites (or feeds: a FIFO, a device); replacing the link
      would lose it.
    """
    planted = _planted_link(target)
    if planted:
        raise Refused(
            f"its folder {planted} is a symbolic link someone else put in a shared folder"
            " (give a path that does not go through it)"
        )
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISLNK(info.st_mode):
        raise Refused("it is a symbolic link (give the path of the file itself)")
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise Refused("it is a folder")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_into(target, data)
        return
    if info is None:
        umask = os.umask(0)
        os.umask(umask)
        replace(target, data, mode=0o666 & ~umask)
        return
    # The rename replaces whatever is at the path then, a link included, never what a
    # link planted meanwhile points to.
    replace(target, data, mode=stat.S_IMODE(info.st_mode), owner=(info.st_uid, info.st_gid))


def publish_all(files: list[tuple[Path, bytes]], *, durable: bool = False) -> None:
    """Put each file in place, all of them or none: every one is written beside its
    target first (a full disk shows then, and every temporary file is removed), and
    only then renamed over its target, in order. A target may be nothing yet or a
    regular file (whose mode, owner and group the new one keeps); a symbolic link, a
    folder or anything else is refused (``Refused``) before anything is written."""
    umask = os.umask(0)
    os.umask(umask)
    plans = []
    for target, data in files:
        planted = _planted_link(target)
        if planted:
            raise Refused(
                f"{target.name}: its folder {planted} is a symbolic link someone else put in"
                " a shared folder (give a path that does not go through it)"
            )
        try:
            info = os.lstat(target)
        except FileNotFoundError:
            info = None
        if info is not None and stat.S_ISLNK(info.st_mode):
            raise Refused(f"{target.name} is a symbolic link (it is never written through)")
        if info is not None and not stat.S_ISREG(info.st_mode):
            raise Refused(f"{target.name} is not a regular file")
        plans.append((target, data, info))
    staged: list[tuple[str, Path]] = []
    with stopped_by_signals_as_exits():
        try:
            for target, data, info in plans:
                # named in `staged` before it exists: a signal between the two still
                # finds it to remove
                temp = os.path.join(target.parent, f".{os.urandom(6).hex()}.tmp")
                staged.append((temp, target))
                try:
                    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
                except FileExistsError:
                    staged.pop()  # someone else's file: never ours to remove
                    raise
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    if durable:
                        handle.flush()
                        os.fsync(handle.fileno())
                if info is None:
                    os.chmod(temp, 0o666 & ~umask)
                else:
                    with contextlib.suppress(OSError):  # only root may give a file away
                        os.chown(temp, info.st_uid, info.st_gid)
                    os.chmod(temp, stat.S_IMODE(info.st_mode))
            with signals_held():
                while staged:
                    temp, target = staged[0]
                    os.replace(temp, target)
                    staged.pop(0)
        except BaseException:
            for temp, _ in staged:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
            raise


def _write_into(target: Path, data: bytes) -> None:
    """Write to the device or FIFO at ``target`` (not through a link planted since)."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK | _NOFOLLOW | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise Refused("it is a FIFO that nobody is reading") from None
        if exc.errno == errno.ELOOP:
            raise Refused("it is a symbolic link (give the path of the file itself)") from None
        raise
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _planted_link(target: Path) -> str:
    """A symbolic link on the way to ``target`` that another user could have planted:
    one in a sticky folder others may write (a shared /tmp), not the user's own nor the
    folder owner's. The kernel refuses to follow such links where
    fs.protected_symlinks is on; it is not everywhere. "" when there is none."""
    here = Path(os.path.abspath(target)).parent
    checked = Path(here.anchor)
    for part in here.parts[1:]:
        step = checked / part
        try:
            link, folder = os.lstat(step), os.stat(checked)
        except OSError:
            return ""
        shared = folder.st_mode & stat.S_ISVTX and folder.st_mode & 0o002
        if stat.S_ISLNK(link.st_mode):
            if shared and link.st_uid not in (os.geteuid(), folder.st_uid):
                return str(step)
            try:
                checked = Path(os.path.realpath(step))
            except OSError:
                return ""
            continue
        checked = step
    return ""
