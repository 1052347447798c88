"""Files only this user's runs of the tool can have written: the cache's snapshots
(ledger/snapshot.py) and the record of the user's own writes (own_writes.py).

They live in the user's cache folder, never in the repository. An entry is believed
only if it carries an HMAC-SHA256 tag made with a secret that only this user can
read (created 0600 on first use), so bytes the tool did not write, whoever wrote
them, are never read: a forged, truncated or corrupted entry is ignored and
rebuilt. Like ssh with ~/.ssh, the folder and the secret are used only when they
belong to the user and nobody else can write them. $COMMITMENTS_CACHE_DIR moves it;
COMMITMENTS_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import contextlib
import functools
import hmac
import marshal
import os
import stat
import sys
import time
from collections.abc import Collection, Iterable, Mapping
from hashlib import blake2b
from pathlib import Path
from typing import Any

from commitments import __version__, atomic_file
from commitments.model import Commitment, Update

ENV_DIR = "COMMITMENTS_CACHE_DIR"
ENV_OFF = "COMMITMENTS_NO_CACHE"
SECRET_NAME = "secret"
SECRET_BYTES = 32
TAG_BYTES = 32
# Any change of the tool or of the model's fields makes older entries unusable.
HEADER = ("commitments-cache", 10, __version__, Commitment._fields, Update._fields)


def _code() -> bytes:
    """Which code wrote an entry: the size and time of each of the tool's modules. An
    entry holds what the code made of a ledger (tables, rendered JSON), so code changed
    in place, as in an editable install, must not believe what older code made."""
    stamp = blake2b(digest_size=16)
    folders = [Path(__file__).resolve().parents[2]]
    for folder in folders:
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                    folders.append(Path(entry.path))
                elif entry.name.endswith(".py"):
                    info = entry.stat()
                    stamp.update(f"{entry.path}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return stamp.digest()


@functools.cache
def header() -> tuple[Any, ...]:
    try:
        code = _code()
    except OSError:  # pragma: no cover - a package that cannot be listed
        code = b""
    return (*HEADER, code)


def limit_for(size: int) -> int:
    """The most bytes an entry about a ledger of ``size`` bytes may hold: entries are
    read whole, and a larger one is not read at all."""
    return 4 * size + (1 << 20)


def folder(*, state: bool = False) -> Path | None:
    """Where the cache lives, or None (turned off, or no home to put it in). With
    ``state``, for what the tool keeps that is not a cache (own_writes.py): there even
    when the cache is turned off."""
    if os.environ.get(ENV_OFF) and not state:
        return None
    chosen = os.environ.get(ENV_DIR)
    if chosen:
        return Path(os.path.abspath(chosen))
    try:
        if sys.platform == "win32":  # pragma: no cover - not run on CI
            base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
            return Path(base) / "commitments" / "Cache"
        if sys.platform == "darwin":  # pragma: no cover - not run on CI
            return Path.home() / "Library" / "Caches" / "commitments"
        # The XDG spec: a relative path in $XDG_CACHE_HOME is invalid and ignored.
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    except (RuntimeError, KeyError, OSError):  # no $HOME and no passwd entry
        return None
    if not base.is_absolute():
        return None
    return base / "commitments"


def _private(info: os.stat_result) -> bool:
    """Owned by us, and nobody else may write it (as ssh wants ~/.ssh)."""
    return info.st_uid == os.geteuid() and not info.st_mode & 0o022


def _safe_parent(path: Path) -> bool:
    """Nobody but us (or root) can swap the folder for another: the parent is ours or
    root's, and writable by others only with the sticky bit (like /tmp)."""
    try:
        info = os.stat(path.parent)
    except OSError:
        return False
    if info.st_uid not in (os.geteuid(), 0):
        return False
    return not info.st_mode & 0o022 or bool(info.st_mode & stat.S_ISVTX)


def trusted_folder(*, create: bool, state: bool = False) -> Path | None:
    """The cache folder if it can be trusted (created 0700 when ``create``), else None."""
    if not hasattr(os, "geteuid"):  # pragma: no cover - Windows: no POSIX ownership
        return None
    where = folder(state=state)
    if where is None:
        return None
    try:
        if create:
            where.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileExistsError):
                where.mkdir(mode=0o700)
        info = os.lstat(where)
    except (OSError, ValueError):
        return None
    if not stat.S_ISDIR(info.st_mode) or not _private(info) or not _safe_parent(where):
        return None
    return where


def _secret(where: Path, *, create: bool) -> bytes | None:
    path = where / SECRET_NAME
    # Non-blocking: a FIFO put here must not hang the run (its type is checked next).
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        if not create:
            return None
        secret = os.urandom(SECRET_BYTES)
        try:
            fd = os.open(
                path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
            )
        except OSError:
            return None
        with os.fdopen(fd, "wb") as handle:
            handle.write(secret)
        return secret
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or not _private(info) or info.st_mode & 0o077:
                return None
            secret = handle.read(SECRET_BYTES + 1)
    except OSError:
        return None
    return secret if len(secret) == SECRET_BYTES else None


def _entry_prefix(ledger: Path) -> str:
    """What the names of a ledger's entries start with: a digest of its real path."""
    try:
        where = os.path.realpath(ledger)
    except OSError:  # a deleted current folder: a name that will simply not be found
        where = os.fspath(ledger)
    return blake2b(os.fsencode(where), digest_size=16).hexdigest() + "."


def _tag(secret: bytes, payload: bytes | memoryview) -> bytes:
    # HMAC-SHA256: with the SHA instructions of today's processors, twice as fast as
    # keyed BLAKE2b over a snapshot of megabytes.
    return hmac.digest(secret, payload, "sha256")


def load(ledger: Path, kind: str, limit: int) -> Any:
    """What was stored as ``kind`` for ``ledger``, if it is authentic and at most ``limit``
    bytes; else None."""
    return load_each(ledger, [kind], limit).get(kind)


def load_each(
    ledger: Path,
    kinds: Iterable[str],
    limit: int,
    *,
    state: bool = False,
    head: tuple[Any, ...] | None = None,
) -> dict[str, Any]:
    """Each of ``kinds`` that was stored for ``ledger`` and is authentic and at most
    ``limit`` bytes, by kind. ``state`` and ``head``: what the tool keeps that is not
    a cache, in the same folder even with the cache off, under a header of its own
    (the cache's names the code, and a new version of the tool must keep it)."""
    where = trusted_folder(create=False, state=state)
    secret = _secret(where, create=False) if where else None
    if where is None or secret is None:
        return {}
    prefix = _entry_prefix(ledger)
    found = {}
    for kind in kinds:
        payload = _read_entry(where / (prefix + kind), secret, limit)
        body = None if payload is None else decode(payload, kind, head)
        if body is not None:
            found[kind] = body
    return found


def _read_entry(path: Path, secret: bytes, limit: int) -> memoryview | None:
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > limit + TAG_BYTES:
                return None
            data = handle.read(limit + TAG_BYTES + 1)
    except OSError:
        return None
    # A view, not a slice: a copy of a snapshot of 10,000 commitments costs 2 ms.
    tag, payload = data[:TAG_BYTES], memoryview(data)[TAG_BYTES:]
    if len(data) > limit + TAG_BYTES or not hmac.compare_digest(tag, _tag(secret, payload)):
        return None
    return payload


def decode(payload: memoryview, kind: str, expected: tuple[Any, ...] | None = None) -> Any:
    """The body of an authentic entry of ``kind``; None if it is not one this code wrote."""
    try:
        head, stored_kind, body = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    # The kind is inside the tag too: one kind's entry is never read as another's.
    wanted = header() if expected is None else expected
    return body if head == wanted and stored_kind == kind else None


def store(ledger: Path, kind: str, body: Any) -> None:
    """Remember ``body`` (plain data marshal can hold) as ``kind`` for ``ledger``;
    failures are ignored."""
    store_each(ledger, {kind: body})


def store_each(
    ledger: Path,
    bodies: Mapping[str, Any],
    *,
    state: bool = False,
    head: tuple[Any, ...] | None = None,
    limit: int | None = None,
) -> None:
    """Remember each body under its kind; failures are ignored (the cache is only ever
    a shortcut). ``state`` and ``head`` as for load_each; a body over ``limit`` bytes
    is not stored (it would never be read), and what was stored under its kind goes."""
    where = trusted_folder(create=True, state=state)
    secret = _secret(where, create=True) if where else None
    if where is None or secret is None:
        return
    prefix = _entry_prefix(ledger)
    stamp = header() if head is None else head
    for kind, body in bodies.items():
        payload = marshal.dumps((stamp, kind, body))
        if limit is not None and len(payload) > limit:
            with contextlib.suppress(OSError):
                os.unlink(where / (prefix + kind))
            continue
        with contextlib.suppress(OSError, ValueError):
            # Not fsynced: an entry torn by a crash fails its tag and is made again.
            atomic_file.replace(
                where / (prefix + kind), _tag(secret, payload) + payload, durable=False
            )


# Entries of the cache (not the tool's state) unused this long are removed when another
# is stored: those of a ledger read through a pipe, or of a copy since deleted.
STALE_SECONDS = 30 * 24 * 3600


def prune(kinds: Collection[str]) -> None:
    """Remove the cache's entries of these kinds that nothing has stored for a while."""
    where = trusted_folder(create=False)
    if where is None:
        return
    oldest = time.time() - STALE_SECONDS
    with contextlib.suppress(OSError), os.scandir(where) as entries:
        for entry in entries:
            if entry.name.rpartition(".")[2] not in kinds:
                continue
            with contextlib.suppress(OSError):
                if entry.stat(follow_symlinks=False).st_mtime < oldest:
                    os.unlink(entry.path)


def remove(ledger: Path, kind: str, *, state: bool = False) -> None:
    """Remove what was stored as ``kind`` for ``ledger``, if anything."""
    where = trusted_folder(create=False, state=state)
    if where is not None:
        with contextlib.suppress(OSError):
            os.unlink(where / (_entry_prefix(ledger) + kind))
