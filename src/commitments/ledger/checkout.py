"""The git work tree a ledger lives in: what is checked out, and what a branch holds.

The tables this user's writes appended are remembered with the branch checked out
then (own_writes.py): a desk's updates are missing from `main` until the merge, and
that is no loss when the desk's branch has them committed. HEAD is read from the
files as git leaves them (no git process on every run), and believed only as git
itself believes a repository: when the user owns it (a `.git` someone else planted
above a ledger in /tmp decides nothing, and a FIFO or a 3 GB file there is never
read). Git is run only to look into a branch, when a table is missing.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
from pathlib import Path
from typing import NamedTuple

_SMALL = 4096  # bytes of HEAD or of a .git file read, at most
_LEVELS = 64  # folders walked up from the ledger, at most
_REF = re.compile(r"ref: (refs/[^\s\x00-\x1f\x7f:~^?*\[\\]+)|([0-9a-f]{40,64})")


class Checkout(NamedTuple):
    root: Path  # the work tree
    head: str  # what HEAD says: "ref: refs/heads/main", or a commit


def checkout(ledger: Path) -> Checkout | None:
    """The work tree holding ``ledger`` and its HEAD; None outside git, or where the
    repository is not the user's (git would refuse it too)."""
    folder = ledger.parent
    for _ in range(_LEVELS):
        dot_git = folder / ".git"
        try:
            info = os.lstat(dot_git)
        except FileNotFoundError:
            if folder.parent == folder:
                return None
            folder = folder.parent
            continue
        except OSError:
            return None
        if info.st_uid != os.geteuid():
            return None
        if stat.S_ISDIR(info.st_mode):
            git_dir = dot_git
        elif stat.S_ISREG(info.st_mode):  # a linked work tree or a submodule
            pointer = _small(dot_git)
            if pointer is None or not pointer.startswith("gitdir: "):
                return None
            git_dir = folder / pointer.removeprefix("gitdir: ").strip()
        else:
            return None
        head = _small(git_dir / "HEAD")
        return Checkout(folder, head.strip()) if head and head.strip() else None
    return None


def _small(path: Path) -> str | None:
    """A small regular file of the user's, as text; None for anything else."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
            return None
        data = os.read(fd, _SMALL + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(data) > _SMALL or b"\0" in data:
        return None
    return data.decode("utf-8", "replace")


def committed(where: Checkout, ledger: Path, heads: set[str]) -> list[bytes]:
    """The ledger as committed on each of ``heads`` (HEAD contents, as Checkout.head),
    and as stashed: what those branches hold. [] when git cannot say."""
    names = []
    for head in sorted(heads):
        found = _REF.fullmatch(head)
        if found:
            names.append(found.group(1) or found.group(2))
    try:
        relative = ledger.resolve().relative_to(where.root.resolve()).as_posix()
    except (ValueError, OSError):
        return []
    if not names or "\n" in relative:
        return []
    asked = "".join(f"{name}:{relative}\n" for name in [*names, "refs/stash"])
    try:
        done = subprocess.run(
            ["git", "cat-file", "--batch"],
            cwd=where.root,
            input=asked.encode("utf-8", "surrogateescape"),
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return _blobs(done.stdout) if done.returncode == 0 else []


def _blobs(output: bytes) -> list[bytes]:
    """The blobs of `git cat-file --batch` output ("<id> blob <size>\\n<bytes>\\n", or
    "<name> missing\\n")."""
    found, at = [], 0
    while at < len(output):
        end = output.find(b"\n", at)
        if end < 0:
            break
        header = output[at:end].split()
        at = end + 1
        if len(header) == 3 and header[1] == b"blob" and header[2].isdigit():
            size = int(header[2])
            found.append(output[at : at + size])
            at += size + 1
    return found
