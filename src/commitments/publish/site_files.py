"""Writing the site into OUTDIR: only the pages that changed, all of them or none, and
never a file the tool did not write.

A manifest (``.commitments-site.json``) lists each page the tool wrote, with its hash,
size and time. A page whose new bytes hash the same is left alone; a page the manifest
does not know, or that was changed since, is someone else's: the build stops before
writing anything and names it. Every new or changed page is written beside its place
first; the manifest then names both its old and its new bytes as the tool's; and only
then are the pages renamed into place, signals held, and the manifest written again.
A build stopped at any point leaves a site the next build takes as its own. Pages the
tool wrote that the site no longer has are removed, unless someone changed them.

OUTDIR is opened once (a link to it, given by the user, is followed), and every folder
in it is opened without following a link: a file is read, written, renamed or removed
only in a folder the tool opened itself, so a link planted in the site, or swapped in
while it builds, never leads it elsewhere. Builds of one OUTDIR take turns (a lock).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from commitments.atomic_file import Refused, signals_held, stopped_by_signals_as_exits
from commitments.errors import CommitmentsError, os_reason
from commitments.ledger.find import path_text
from commitments.publish.out_folder import out_folder

MANIFEST = ".commitments-site.json"
EVENTS = ".commitments-site-events.json"  # the calendar's events, by the key of their inputs
LOCK = ".commitments-site.lock"
FOLDERS = ("commitments", "summits", "parties")
_MANIFEST_LIMIT = 64 * 1024 * 1024
_TEMP = re.compile(r"\.[0-9a-f]{12}\.tmp")  # what the tool names a file it is writing
_FOLDER = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW


class Page(NamedTuple):
    """A file of the site: its path in the site, what it is made from (``key``: a
    digest of every input of the page; None: made each time), and how to make it."""

    name: str
    key: str | None
    make: Callable[[], bytes]


@dataclass(frozen=True, slots=True)
class Written:
    folder: Path
    written: int
    unchanged: int
    removed: int


# A page as the manifest has it: hash, size, mtime_ns, the key of its inputs, and the
# hash of bytes a build was about to put in its place ("" when none).
Entry = tuple[str, int, int, str | None, str]


def site_folder(target: str, ledger: Path) -> Path:
    """OUTDIR as given: a folder (made if only it is missing), never a file, never the
    ledger's own folder or one that holds it."""
    return out_folder(
        target, "OUTDIR", "(expected a folder for the site)", ledger, "the site", "public"
    )


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _safe_name(name: str) -> bool:
    """A page name the tool makes: no way out of the folder, no hidden file."""
    parts = name.split("/")
    return (
        0 < len(parts) <= 3
        and all(part and not part.startswith(".") for part in parts)
        and (len(parts) == 1 or parts[0] in FOLDERS)
        and (len(parts) < 3 or parts[0] == "parties")
    )


class _Tree:
    """OUTDIR and the folders in it, each opened without following a link."""

    def __init__(self, root: int) -> None:
        self.fds: dict[str, int] = {"": root}
        self.made: list[str] = []  # folders this build made, to remove if it fails
        self.moved = False  # the new pages are in place

    def folder(self, rel: str, *, make: bool) -> int | None:
        """The folder ``rel`` (``parties/KZ``), opened; made when ``make``; None when it
        is missing. A link or a file where a folder of the site goes is refused."""
        if rel in self.fds:
            return self.fds[rel]
        parent_rel, _, name = rel.rpartition("/")
        parent = self.folder(parent_rel, make=make)
        if parent is None:
            return None
        try:
            fd = os.open(name, _FOLDER, dir_fd=parent)
        except FileNotFoundError:
            if not make:
                return None
            os.mkdir(name, 0o777, dir_fd=parent)
            self.made.append(rel)
            fd = os.open(name, _FOLDER, dir_fd=parent)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                raise Refused(
                    f"{rel} is a symbolic link or a file, not a folder the site can use"
                    " (move it away)"
                ) from None
            raise
        self.fds[rel] = fd
        return fd

    def where(self, name: str, *, make: bool = False) -> tuple[int | None, str]:
        rel, _, base = name.rpartition("/")
        return self.folder(rel, make=make), base

    def stat(self, name: str) -> os.stat_result | None:
        fd, base = self.where(name)
        if fd is None:
            return None
        try:
            return os.stat(base, dir_fd=fd, follow_symlinks=False)
        except FileNotFoundError:
            return None

    def read(self, name: str, limit: int | None = None) -> bytes:
        fd, base = self.where(name)
        if fd is None:
            raise FileNotFoundError(name)
        handle = os.open(base, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=fd)
        with os.fdopen(handle, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode) or (limit is not None and info.st_size > limit):
                raise OSError(f"{name} is not a page")
            return stream.read()

    def close(self) -> None:
        for rel, fd in self.fds.items():
            if rel:
                with contextlib.suppress(OSError):
                    os.close(fd)


def _trusted_bytes(tree: _Tree, name: str) -> bytes | None:
    """A file of the tool's own (the manifest, the events): a regular file of the user
    running that nobody else may write; else None, never believed."""
    fd, base = tree.where(name)
    if fd is None:
        return None
    try:
        handle = os.open(base, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=fd)
    except OSError:
        return None
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        if (
            not stat.S_ISREG(info.st_mode)
            or info.st_uid != os.geteuid()
            or info.st_mode & 0o022
            or info.st_size > _MANIFEST_LIMIT
        ):
            return None
        return stream.read()


def _json(tree: _Tree, name: str) -> dict[str, object]:
    data = _trusted_bytes(tree, name)
    if data is None:
        return {}
    try:
        found = json.loads(data)
    except (ValueError, RecursionError):
        return {}
    return found if isinstance(found, dict) else {}


def _manifest(tree: _Tree) -> dict[str, Entry]:
    """What the tool wrote last time, by page; anything else is an empty manifest (every
    existing page is then checked by its bytes)."""
    files = _json(tree, MANIFEST).get("files")
    if not isinstance(files, dict):
        return {}
    found: dict[str, Entry] = {}
    for name, entry in files.items():
        try:
            if not (isinstance(entry, list) and _safe_name(str(name))):
                continue
            key = str(entry[3]) if len(entry) > 3 and entry[3] is not None else None
            also = str(entry[4]) if len(entry) > 4 and entry[4] else ""
            found[str(name)] = (str(entry[0]), int(entry[1]), int(entry[2]), key, also)
        except (ValueError, TypeError, IndexError, OverflowError):
            continue
    return found


def kept_texts(folder: Path) -> dict[str, str]:
    """The calendar's events of the last build, by the key of their inputs."""
    try:
        root = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return {}
    tree = _Tree(root)
    try:
        events = _json(tree, EVENTS).get("events")
    finally:
        tree.close()
        os.close(root)
    if not isinstance(events, dict):
        return {}
    return {k: v for k, v in events.items() if isinstance(k, str) and isinstance(v, str)}


@contextlib.contextmanager
def _turn(root: int) -> Iterator[None]:
    """This build's turn at OUTDIR: another one of the same folder waits."""
    fd = os.open(LOCK, os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW, 0o644, dir_fd=root)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _clear_leftovers(tree: _Tree) -> None:
    """Files a build killed while writing left (its turn is over: no build is writing
    now): the tool's own temporary files, in the site's folders."""
    for rel in ["", *FOLDERS, *_party_folders(tree)]:
        fd = tree.folder(rel, make=False)
        if fd is None:
            continue
        for entry in os.scandir(fd):
            if not _TEMP.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid():
                    os.unlink(entry.name, dir_fd=fd)


def _party_folders(tree: _Tree) -> list[str]:
    fd = tree.folder("parties", make=False)
    if fd is None:
        return []
    return [
        f"parties/{e.name}"
        for e in os.scandir(fd)
        if not e.name.startswith(".") and e.is_dir(follow_symlinks=False)
    ]


class _Staged(NamedTuple):
    folder: int
    temp: str
    base: str
    name: str


def _stage(tree: _Tree, name: str, data: bytes, staged: list[_Staged]) -> None:
    """``data`` written beside ``name``, in a temporary file of the tool's; its mode,
    owner and group those of the file it replaces (else the umask's)."""
    fd, base = tree.where(name, make=True)
    assert fd is not None
    try:
        old = os.stat(base, dir_fd=fd, follow_symlinks=False)
    except FileNotFoundError:
        old = None
    temp = f".{os.urandom(6).hex()}.tmp"
    staged.append(_Staged(fd, temp, base, name))  # named before it exists (a signal)
    try:
        handle = os.open(
            temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=fd
        )
    except FileExistsError:
        staged.pop()
        raise
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
        if old is not None and stat.S_ISREG(old.st_mode):
            with contextlib.suppress(OSError):  # only root may give a file away
                os.fchown(stream.fileno(), old.st_uid, old.st_gid)
            os.fchmod(stream.fileno(), stat.S_IMODE(old.st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(stream.fileno(), 0o666 & ~umask)


def _put(
    tree: _Tree, files: list[tuple[str, bytes]], before: Callable[[], None] = lambda: None
) -> None:
    """``files`` in place, all of them or none: written beside, then (``before`` done:
    the manifest that names them) renamed, signals held between the first rename and
    the last. A failure before the renames leaves everything as it was."""
    staged: list[_Staged] = []
    with stopped_by_signals_as_exits():
        try:
            for name, data in files:
                _stage(tree, name, data, staged)
            before()
            with signals_held():
                while staged:
                    one = staged[0]
                    os.rename(one.temp, one.base, src_dir_fd=one.folder, dst_dir_fd=one.folder)
                    staged.pop(0)
        except BaseException:
            for one in staged:
                with contextlib.suppress(OSError):
                    os.unlink(one.temp, dir_fd=one.folder)
            raise


def _listing(record: dict[str, Entry]) -> bytes:
    return json.dumps({"written-by": "commitments", "files": record}, sort_keys=True).encode()


def write_site(
    folder: Path, pages: list[Page], events: Callable[[], dict[str, str] | None] = lambda: None
) -> Written:
    """Put ``pages`` (in the order to write them: what links to a page after it) in
    ``folder``. A page whose inputs are those of the page the tool left there, untouched
    since, is not made again."""
    shown = path_text(str(folder))
    made_root = False
    try:
        if not os.path.isdir(folder):
            try:
                os.mkdir(folder)
                made_root = True
            except FileExistsError:
                pass  # another build of the same folder made it first: they take turns
        root = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        raise CommitmentsError(f"cannot write the site to {shown}: {os_reason(exc)}") from None
    tree = _Tree(root)
    done = False
    try:
        with _turn(root):
            written = _build(tree, pages, events, shown, folder)
        done = True
        return written
    except Refused as exc:
        raise CommitmentsError(f"cannot write the site to {shown}: {exc}") from None
    except OSError as exc:
        where = f" ({exc.filename})" if isinstance(exc.filename, str) else ""
        state = (
            "the new pages are in place, and the next build takes them as its own"
            if tree.moved
            else "the pages there are as they were"
        )
        raise CommitmentsError(
            f"cannot write the site to {shown}: {os_reason(exc)}{where}; {state}"
        ) from None
    finally:
        if not done:
            _unmake(tree)
            if made_root:  # its own lock, in a folder this build made
                with contextlib.suppress(OSError):
                    os.unlink(LOCK, dir_fd=root)
        tree.close()
        os.close(root)
        if made_root and not done:
            with contextlib.suppress(OSError):
                os.rmdir(folder)  # only if empty: a failed first build leaves no folder


def _unmake(tree: _Tree) -> None:
    """The folders a failed build made, removed (they are empty: nothing was put)."""
    for rel in reversed(tree.made):
        parent_rel, _, base = rel.rpartition("/")
        fd = tree.fds.get(parent_rel)
        if fd is not None:
            with contextlib.suppress(OSError):
                os.rmdir(base, dir_fd=fd)


def _build(
    tree: _Tree,
    pages: list[Page],
    events: Callable[[], dict[str, str] | None],
    shown: str,
    folder: Path,
) -> Written:
    known = _manifest(tree)
    untrusted = not known and tree.stat(MANIFEST) is not None
    for rel in FOLDERS:  # a link where a folder of the site goes: refused before all
        tree.folder(rel, make=False)
    _clear_leftovers(tree)
    changed: list[tuple[str, bytes]] = []
    keys: dict[str, str | None] = {}
    foreign: list[str] = []
    record: dict[str, Entry] = {}
    unchanged = 0
    for name, key, make in pages:
        info = tree.stat(name)
        was = known.get(name)
        keys[name] = key
        if (
            key is not None
            and was is not None
            and was[3] == key
            and not was[4]
            and info is not None
            and stat.S_ISREG(info.st_mode)
            and (was[1], was[2]) == (info.st_size, info.st_mtime_ns)
        ):
            unchanged += 1  # made from the same inputs, and untouched since
            record[name] = was
            continue
        data = make()
        digest = _hash(data)
        if info is None:
            changed.append((name, data))
            continue
        if not stat.S_ISREG(info.st_mode):
            foreign.append(name)
            continue
        if was is not None and not was[4] and (was[1], was[2]) == (info.st_size, info.st_mtime_ns):
            current = was[0]  # as the tool left it: no need to read it
        else:
            current = _hash(tree.read(name))
        if current == digest:
            unchanged += 1
            record[name] = (digest, info.st_size, info.st_mtime_ns, key, "")
        elif was is not None and current in (was[0], was[4]):
            changed.append((name, data))  # the tool's own page, to be made anew
        else:
            foreign.append(name)
    if foreign:
        listed = ", ".join(path_text(str(folder / name)) for name in foreign[:3])
        more = f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        why = ""
        if untrusted:
            why = (
                f" (its list of the pages it wrote, {MANIFEST}, is not to be trusted: a link,"
                " a file of another user's, or one others may write)"
            )
        were = "were" if len(foreign) > 1 else "was"
        raise CommitmentsError(
            f"cannot write the site to {shown}: {listed}{more} {were} not written by"
            f" commitments, or {were} changed since{why}; nothing was written (move"
            f" {'them' if len(foreign) > 1 else 'it'} away, or give another folder)"
        )
    if changed:
        # First the manifest says both the old bytes and the new are the tool's: a build
        # stopped among the renames leaves a site the next one takes as its own.
        pending = dict(known)
        for name, data in changed:
            old = known.get(name)
            new = _hash(data)
            pending[name] = (
                (old[0], old[1], old[2], old[3], new) if old else (new, -1, -1, None, "")
            )
        _put(tree, changed, before=lambda: _put(tree, [(MANIFEST, _listing(pending))]))
        tree.moved = True
    for name, data in changed:
        info = tree.stat(name)
        assert info is not None
        record[name] = (_hash(data), info.st_size, info.st_mtime_ns, keys[name], "")
    removed = _remove_stale(tree, known, set(keys))
    listing = _listing(record)
    if _trusted_bytes(tree, MANIFEST) != listing:
        _put(tree, [(MANIFEST, listing)])
    made = events()  # None: the calendar was not made again, its events are as they were
    if made is not None:
        _put(tree, [(EVENTS, json.dumps({"written-by": "commitments", "events": made}).encode())])
    return Written(folder, len(changed), unchanged, removed)


def _remove_stale(tree: _Tree, known: dict[str, Entry], pages: set[str]) -> int:
    """Remove the pages the tool wrote that the site no longer has, if unchanged, and
    the folders of a party's pages left empty."""
    removed = 0
    emptied: set[str] = set()
    for name, (digest, size, mtime, _, also) in known.items():
        if name in pages:
            continue
        try:
            info = tree.stat(name)
            if info is None or not stat.S_ISREG(info.st_mode):
                continue
            touched = (info.st_size, info.st_mtime_ns) != (size, mtime) or also
            if touched and _hash(tree.read(name)) not in (digest, also):
                continue  # someone changed it: theirs now
            fd, base = tree.where(name)
            if fd is None:
                continue
            os.unlink(base, dir_fd=fd)
            removed += 1
            emptied.add(name.rpartition("/")[0])
        except (OSError, Refused):
            continue  # a folder that became a link, a file gone: not ours to chase
    for rel in sorted(emptied, reverse=True):
        if rel.startswith("parties/"):
            parent = tree.fds.get("parties")
            if parent is not None:
                with contextlib.suppress(OSError):
                    os.rmdir(rel.rpartition("/")[2], dir_fd=parent)  # only if empty
    return removed
