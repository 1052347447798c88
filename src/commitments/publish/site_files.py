"""Writing the site into OUTDIR: only the pages that changed, all of them or none, and
never a file the tool did not write.

A manifest (``.commitments-site.json``) lists each page the tool wrote, with its hash,
size and time. A page whose new bytes hash the same is left alone; a page the manifest
does not know, or that was changed since, is someone else's: the build stops before
writing anything and names it. Every new or changed page is written beside its place
first, and only when all are written are they renamed into place (a full disk leaves
the site as it was). Pages the tool wrote that the site no longer has are removed,
unless someone changed them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from commitments.atomic_file import Refused, publish_all, replace
from commitments.errors import CommitmentsError, os_reason
from commitments.ledger.find import path_text
from commitments.publish.out_folder import out_folder

MANIFEST = ".commitments-site.json"
EVENTS = ".commitments-site-events.json"  # the calendar's events, by the key of their inputs
FOLDERS = ("commitments", "summits", "parties")
_MANIFEST_LIMIT = 64 * 1024 * 1024


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


def site_folder(target: str, ledger: Path) -> Path:
    """OUTDIR as given: a folder (made if only it is missing), never a file, never the
    ledger's own folder or one that holds it."""
    return out_folder(
        target, "OUTDIR", "(expected a folder for the site)", ledger, "the site", "public"
    )


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _trusted(path: Path) -> bool:
    """A manifest to believe: a regular file (not a link) of the user running or of the
    folder's owner, that nobody else may write."""
    try:
        info = os.lstat(path)
        folder = os.stat(path.parent)
    except OSError:
        return False
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_uid in (os.geteuid(), folder.st_uid)
        and not info.st_mode & 0o022
        and info.st_size <= _MANIFEST_LIMIT
    )


Entry = tuple[str, int, int, str | None]  # hash, size, mtime_ns, key of the inputs


def _listing(folder: Path, name: str = MANIFEST) -> dict[str, object]:
    """The manifest (or the events' file) as written, if it is to be believed; else
    empty."""
    path = folder / name
    if not _trusted(path):
        return {}
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def kept_texts(folder: Path) -> dict[str, str]:
    """The calendar's events of the last build, by the key of their inputs."""
    events = _listing(folder, EVENTS).get("events")
    if not isinstance(events, dict):
        return {}
    return {k: v for k, v in events.items() if isinstance(k, str) and isinstance(v, str)}


def _manifest(folder: Path) -> dict[str, Entry]:
    """What the tool wrote last time: page → (hash, size, mtime_ns, key). Anything else
    is an empty manifest (every existing page is then checked by its bytes)."""
    data = _listing(folder)
    if not data:
        return {}
    files = data.get("files")
    if not isinstance(files, dict):
        return {}
    try:
        return {
            str(name): (
                str(entry[0]),
                int(entry[1]),
                int(entry[2]),
                str(entry[3]) if len(entry) > 3 and entry[3] is not None else None,
            )
            for name, entry in files.items()
            if _safe_name(str(name))
        }
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return {}


def _safe_name(name: str) -> bool:
    """A page name the tool makes: no way out of the folder, no hidden file."""
    parts = name.split("/")
    return (
        0 < len(parts) <= 3
        and all(part and not part.startswith(".") for part in parts)
        and (len(parts) == 1 or parts[0] in FOLDERS)
        and (len(parts) < 3 or parts[0] == "parties")
    )


def _state(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def write_site(
    folder: Path, pages: list[Page], events: Callable[[], dict[str, str] | None] = lambda: None
) -> Written:
    """Put ``pages`` (in the order to write them: what links to a page after it) in
    ``folder``. A page whose inputs are those of the page the tool left there, untouched
    since, is not made again."""
    shown = path_text(str(folder))
    made_folder = not os.path.isdir(folder)
    try:
        if made_folder:
            folder.mkdir()
        for sub in FOLDERS:
            place = folder / sub
            info = _state(place)
            if info is not None and not stat.S_ISDIR(info.st_mode):
                kind = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "a file"
                raise CommitmentsError(
                    f"cannot write the site to {shown}: {path_text(str(place))} is {kind},"
                    " not a folder the site can use (move it away)"
                )
    except OSError as exc:
        raise CommitmentsError(f"cannot write the site to {shown}: {os_reason(exc)}") from None
    known = _manifest(folder)
    changed: list[tuple[Path, bytes]] = []
    keys: dict[str, str | None] = {}
    foreign: list[str] = []
    record: dict[str, Entry] = {}
    unchanged = 0
    for name, key, make in pages:
        path = folder / name
        info = _state(path)
        was = known.get(name)
        keys[name] = key
        if (
            key is not None
            and was is not None
            and was[3] == key
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
            changed.append((path, data))
            continue
        if not stat.S_ISREG(info.st_mode):
            foreign.append(name)
            continue
        if was is not None and (was[1], was[2]) == (info.st_size, info.st_mtime_ns):
            current = was[0]  # as the tool left it: no need to read it
        else:
            try:
                current = _hash(path.read_bytes())
            except OSError as exc:
                raise CommitmentsError(
                    f"cannot read {path_text(str(path))}: {os_reason(exc)}"
                ) from None
        if current == digest:
            unchanged += 1
            record[name] = (digest, info.st_size, info.st_mtime_ns, key)
        elif was is not None and current == was[0]:
            changed.append((path, data))  # the tool's own page, to be made anew
        else:
            foreign.append(name)
    if foreign:
        listed = ", ".join(path_text(str(folder / name)) for name in foreign[:3])
        more = f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        why = ""
        if not known and (folder / MANIFEST).exists():
            why = (
                f" (its list of the pages it wrote, {MANIFEST}, is not to be trusted: a link,"
                " or a file others may write)"
            )
        were = "were" if len(foreign) > 1 else "was"
        raise CommitmentsError(
            f"cannot write the site to {shown}: {listed}{more} {were} not written by"
            f" commitments, or {were} changed since{why}; nothing was written (move"
            f" {'them' if len(foreign) > 1 else 'it'} away, or give another folder)"
        )
    try:
        for sub in FOLDERS:
            (folder / sub).mkdir(exist_ok=True)
        for place in sorted({path.parent for path, _ in changed} - {folder}):
            _folder_of_the_site(place, folder)
        publish_all(changed)
    except Refused as exc:
        raise CommitmentsError(f"cannot write the site to {shown}: {exc}") from None
    except OSError as exc:
        raise CommitmentsError(
            f"cannot write the site to {shown}: {os_reason(exc)}; the pages there are as they were"
        ) from None
    finally:
        if made_folder and not any(folder.iterdir()):
            with contextlib.suppress(OSError):
                folder.rmdir()
    for path, data in changed:
        info = os.lstat(path)
        name = path.relative_to(folder).as_posix()
        record[name] = (_hash(data), info.st_size, info.st_mtime_ns, keys[name])
    removed = _remove_stale(folder, known, set(keys))
    listing = json.dumps({"written-by": "commitments", "files": record}, sort_keys=True).encode()
    made = events()  # None: the calendar was not made again, its events are as they were
    try:
        path = folder / MANIFEST
        if not _trusted(path) or path.read_bytes() != listing:
            replace(path, listing, mode=0o644, durable=False)
        if made is not None:
            texts = json.dumps({"written-by": "commitments", "events": made}).encode()
            replace(folder / EVENTS, texts, mode=0o644, durable=False)
    except OSError as exc:
        raise CommitmentsError(
            f"wrote the site to {shown}, but not its list of pages ({os_reason(exc)}): the"
            " next build will check every page by its bytes"
        ) from None
    return Written(folder, len(changed), unchanged, removed)


def _folder_of_the_site(place: Path, folder: Path) -> None:
    """A folder of pages (``parties/KZ``), made if missing; one that is not a real
    folder (a link someone put there) is refused, never written through."""
    info = _state(place)
    if info is None:
        place.mkdir()
        return
    if not stat.S_ISDIR(info.st_mode):
        kind = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "a file"
        raise Refused(f"{place.relative_to(folder)} is {kind}, not a folder the site can use")


def _remove_stale(folder: Path, known: dict[str, Entry], pages: set[str]) -> int:
    """Remove the pages the tool wrote that the site no longer has, if unchanged."""
    removed = 0
    for name, (digest, size, mtime, _) in known.items():
        if name in pages:
            continue
        path = folder / name
        info = _state(path)
        if info is None or not stat.S_ISREG(info.st_mode):
            continue
        if (info.st_size, info.st_mtime_ns) != (size, mtime):
            try:
                if _hash(path.read_bytes()) != digest:
                    continue  # someone changed it: theirs now
            except OSError:
                continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed
