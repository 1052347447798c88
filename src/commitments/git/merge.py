"""Merging two versions of a ledger, as git's merge driver: every appended table kept.

The tool only appends, so two people working apart usually each added tables at
the end of the same file: git's own merge calls that a conflict (both sides
changed the end). Here, when both sides only appended, the result is the base,
then our new tables, then theirs that we do not already have (a cherry-picked
update is not doubled). Otherwise git's three-way merge (`git merge-file`) does
the work, and of the conflicts it finds, the ones where both sides only inserted
whole tables at the same place are resolved the same way; any other is left to a
person with git's usual markers. The result is checked as `check` would: a merge
that is not a valid ledger is never reported clean.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from commitments.errors import CommitmentsError, os_reason
from commitments.ledger.decode import MAX_LEDGER_BYTES, UnreadableLedger, parse_toml
from commitments.ledger.find import path_text

# A table header at the start of a line: where a piece of appended text may begin.
_HEADER = re.compile(rb"[ \t]*\[")
# Markers of our own run of git merge-file: longer than any run of marker characters
# that starts a line of the three versions (_marker_size), so that none is mistaken.
_MARKER_RUN = re.compile(rb"^([<|=>])\1*", re.MULTILINE)


def _marker_size(*texts: bytes) -> int:
    longest = max((len(m.group(0)) for t in texts for m in _MARKER_RUN.finditer(t)), default=0)
    return max(31, longest + 1)


@dataclass(frozen=True, slots=True)
class Merged:
    data: bytes
    conflicts: int  # left for a person, marked as git marks them
    ours: int  # tables appended by our side (or inserted where both inserted)
    theirs: int  # tables of theirs added to the result
    doubles: int  # tables of theirs left out: ours has them already
    three_way: bool = False  # git merge-file merged it (someone edited lines by hand)


def pieces(text: bytes) -> list[bytes] | None:
    """``text`` (appended lines) cut into whole tables, each with the blank lines and
    comments before it; None when it is not whole tables (lines before the first
    header that are not blank or comments, text that is not UTF-8, or a table TOML does
    not read). One pass finds the headers, skipping what is inside multi-line strings
    and values; each table is then parsed once: linear in the text."""
    try:
        text.decode("utf-8")
    except UnicodeDecodeError:
        return None
    starts = [_with_lead(text, at) for at in _header_offsets(text)]
    if not starts:
        return [] if _blank(text) else None
    if not _blank(text[: starts[0]]):
        return None
    found = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return found if all(_reads(piece) for piece in found) else None


def _tables_in(text: bytes) -> list[bytes]:
    """The whole tables among the lines of ``text`` (edited lines before them aside):
    what one side of a changed region holds as tables, each exactly once."""
    try:
        text.decode("utf-8")
    except UnicodeDecodeError:
        return []
    starts = [_with_lead(text, at) for at in _header_offsets(text)]
    found = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [piece for piece in found if _reads(piece)]


def _header_offsets(text: bytes) -> list[int]:
    """The offsets of the lines of ``text`` (valid UTF-8) that open a table: a "[" first
    on a line that is not inside a multi-line string or a value spanning lines."""
    from commitments.ledger.positions import scan  # startup: errors only

    offsets = []
    at = 0
    in_string: str | None = None
    depth = 0
    for line in text.split(b"\n"):
        if in_string is None and depth == 0 and _HEADER.match(line):
            offsets.append(at)
        in_string, depth = scan(line.decode("utf-8").removesuffix("\r"), in_string, depth)
        at += len(line) + 1
    return offsets


def _with_lead(text: bytes, start: int) -> int:
    """Where the table whose header line starts at ``start`` begins: the blank lines
    and comments right before the header are its own, as the writer puts them."""
    while start > 0:
        before = text.rfind(b"\n", 0, start - 1) + 1
        line = text[before:start].strip()
        if line and not line.startswith(b"#"):
            break
        start = before
    return start


def _reads(piece: bytes) -> bool:
    """Whether ``piece`` reads as TOML, by the ledger's own parse (which refuses what
    would cost tomllib quadratic time first: a table of a side is input like any)."""
    try:
        parse_toml(piece.decode("utf-8"), "")
    except (UnicodeDecodeError, UnreadableLedger):
        return False
    return True


def _blank(text: bytes) -> bool:
    return all(not line.strip() or line.lstrip().startswith(b"#") for line in text.splitlines())


def _blank_only(text: bytes) -> bool:
    """Nothing but white space: a comment is a line someone wrote, and may delete."""
    return not text.strip()


def _key(piece: bytes) -> bytes:
    """What makes two appended tables the same one: their bytes, but for the blank
    lines around them (a blank line inside a multi-line string is the table's own)."""
    return piece.strip()


def both_appended(ours: bytes, theirs: bytes) -> tuple[bytes, int, int, int] | None:
    """Our appended text, then the tables of theirs we do not have; None when either
    is not whole tables."""
    mine = pieces(ours)
    if mine is None:
        return None
    added = _added(ours, mine, theirs)
    if added is None:
        return None
    data, kept, doubles = added
    return data, len(mine), kept, doubles


def _added(
    front: bytes, tables: list[bytes] | None, appended: bytes
) -> tuple[bytes, int, int] | None:
    """``front`` then the tables of ``appended`` it does not hold already (``tables``,
    its tables; where it is not whole tables, the whole tables it ends with), each as
    often as ``appended`` has it more; with how many were added and left out. None
    when ``appended`` is not whole tables."""
    others = pieces(appended)
    if others is None:
        return None
    have = Counter(_key(piece) for piece in (tables if tables is not None else _tables_in(front)))
    kept = []
    for piece in others:
        key = _key(piece)
        if have[key]:
            have[key] -= 1
        else:
            kept.append(piece)
    eol = _eol(front + appended)
    joined = [front]
    last = front
    for piece in kept:
        if last and not last.endswith(b"\n"):
            joined.append(eol)
        if last and not piece.startswith((b"\n", b"\r\n")):
            joined.append(eol)  # a blank line between tables, as the tool writes them
        joined.append(piece)
        last = piece
    return b"".join(joined), len(kept), len(others) - len(kept)


def side(path: Path) -> bytes:
    """One version git hands the driver: a regular file no larger than a ledger may be
    (a side that is /dev/zero or a FIFO is refused, not read for ever)."""
    shown = path_text(str(path))
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise CommitmentsError(f"cannot read {shown}: {os_reason(exc)}") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)  # a folder cannot even be wrapped as a file
        raise CommitmentsError(f"{shown} is not a regular file (git hands the driver three files)")
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(info.st_mode):
            raise CommitmentsError(
                f"{shown} is not a regular file (git hands the driver three files)"
            )
        if info.st_size > MAX_LEDGER_BYTES:
            raise CommitmentsError(
                f"{shown} is larger than {MAX_LEDGER_BYTES // (1 << 20)} MB, the most a"
                " ledger may hold"
            )
        try:
            data = handle.read(MAX_LEDGER_BYTES + 1)
        except OSError as exc:
            raise CommitmentsError(f"cannot read {shown}: {os_reason(exc)}") from None
    if len(data) > MAX_LEDGER_BYTES:
        raise CommitmentsError(f"{shown} grew past the most a ledger may hold while read")
    return data


def merge(base: bytes, ours: bytes, theirs: bytes) -> Merged:
    if ours.startswith(base) and theirs.startswith(base):
        tail = both_appended(ours[len(base) :], theirs[len(base) :])
        if tail is not None:
            data, mine, kept, doubles = tail
            return Merged(_after(base, data), 0, mine, kept, doubles)
    return _three_way(base, ours, theirs)


def _after(base: bytes, tail: bytes) -> bytes:
    if base and tail and not base.endswith(b"\n") and not tail.startswith((b"\n", b"\r\n")):
        return base + _eol(base) + tail
    return base + tail


def _eol(text: bytes) -> bytes:
    """The file's line ending, as the writer keeps it (write/append.py)."""
    first = text.find(b"\n")
    return b"\r\n" if first > 0 and text[first - 1 : first] == b"\r" else b"\n"


def _three_way(base: bytes, ours: bytes, theirs: bytes) -> Merged:
    size = _marker_size(base, ours, theirs)
    with tempfile.TemporaryDirectory(prefix="commitments-merge-") as folder:
        paths = []
        for name, data in (("ours", ours), ("base", base), ("theirs", theirs)):
            path = Path(folder) / name
            path.write_bytes(data)
            paths.append(str(path))
        try:
            done = subprocess.run(
                ["git", "merge-file", "-p", "--diff3", f"--marker-size={size}", *paths],
                capture_output=True,
                check=False,
            )
        except FileNotFoundError:
            raise OSError("git is not installed (the three-way merge needs it)") from None
    if done.returncode < 0 or done.returncode > 127:
        raise OSError(done.stderr.decode("utf-8", "replace").strip() or "git merge-file failed")
    return _resolved(done.stdout, size, _eol(ours))


def _both_changed(base: bytes, ours: bytes, theirs: bytes) -> tuple[bytes, int, int, int] | None:
    """One region both sides changed, resolved when one side only appended whole tables
    after it: the result is the other side's version of the region, then those tables
    (diff3: a line one side deleted and the other left alone stays deleted). Where the
    region was empty, both inserted: both sides' tables are kept. None when a person
    must decide."""
    if _blank_only(base):
        tail = both_appended(ours, theirs)
        return None if tail is None else (base + tail[0], *tail[1:])
    if theirs.startswith(base):  # ours changed the region; theirs appended after it
        mine = pieces(ours)
        added = _added(ours, mine, theirs[len(base) :])
        if added is None:
            return None
        return added[0], len(mine if mine is not None else _tables_in(ours)), *added[1:]
    if ours.startswith(base):  # theirs changed the region; ours appended after it
        added = _added(theirs, pieces(theirs), ours[len(base) :])
        return None if added is None else (added[0], added[1], 0, 0)
    return None


def _resolved(text: bytes, size: int, eol: bytes) -> Merged:
    """git merge-file's output with the both-inserted conflicts resolved and the others
    marked as git marks them."""
    opening, based, middle, closing = (c * size for c in (b"<", b"|", b"=", b">"))
    out: list[bytes] = []
    conflicts = mine = kept = doubles = 0
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        if not lines[i].startswith(opening):
            out.append(lines[i])
            i += 1
            continue
        sections: dict[bytes, list[bytes]] = {opening: [], based: [], closing: []}
        part = opening
        i += 1
        while i < len(lines) and not lines[i].startswith(closing):
            line = lines[i]
            if line.startswith(based):
                part = based
            elif line.startswith(middle):
                part = closing
            else:
                sections[part].append(line)
            i += 1
        i += 1  # the closing marker
        ours_part, base_part, theirs_part = (
            b"".join(sections[k]) for k in (opening, based, closing)
        )
        resolved = _both_changed(base_part, ours_part, theirs_part)
        if resolved is not None:
            data, a, b, c = resolved
            out.append(data)
            mine, kept, doubles = mine + a, kept + b, doubles + c
            continue
        conflicts += 1
        out += [b"<<<<<<< ours" + eol, ours_part, b"=======" + eol]
        out += [theirs_part, b">>>>>>> theirs" + eol]
    return Merged(b"".join(out), conflicts, mine, kept, doubles, three_way=True)
