"""The folder a publication goes to (the site's OUTDIR, the data package's --output DIR):
checked before anything is made, each refusal one line that says what to do."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from commitments.errors import CommitmentsError, UsageError, os_reason
from commitments.ledger.find import path_text, shell_word


def out_folder(
    target: str, named: str, expected: str, ledger: Path, what: str, suggest: str
) -> Path:
    """``target`` as a folder to write in: one that exists, or that can be made in a
    folder that does (the caller makes it). Never a file, a link to nothing, the
    ledger, or the folder that holds the ledger (or one above it). ``named``: how the
    command line calls it ("OUTDIR", "--output"); ``what``: what is written there;
    ``suggest``: a folder name to offer inside the ledger's."""
    if not target:
        raise UsageError(f"{named}: the path is empty {expected}")
    shown = path_text(target)
    here(f"cannot write {what} to {shown}")
    try:
        info: os.stat_result | None = os.lstat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:  # a name too long, a folder on the way it may not search
        raise CommitmentsError(f"cannot write {what} to {shown}: {os_reason(exc)}") from None
    if info is not None and stat.S_ISLNK(info.st_mode) and info.st_uid != os.geteuid():
        above = os.stat(os.path.dirname(os.path.abspath(target)) or "/")
        if above.st_mode & 0o022 and info.st_uid != above.st_uid:
            # a link another user put in a folder others may write: it could lead anywhere
            raise UsageError(
                f"{named}: {shown} is a symbolic link another user put in a folder others"
                f" may write; give the path of the folder itself {expected}"
            )
    if os.path.islink(target.rstrip("/") or "/") and not os.path.isdir(target):
        raise UsageError(f"{named}: {shown} is a symbolic link to no folder {expected}")
    if is_ledger(target, ledger):
        raise UsageError(f"{named}: {shown} is the ledger; it is never replaced")
    if os.path.exists(target) and not os.path.isdir(target):
        kind = "a file, not a folder" if os.path.isfile(target) else "not a folder"
        raise UsageError(f"{named}: {shown} is {kind} {expected}")
    if os.path.isdir(target):
        home = os.path.realpath(ledger.parent)
        real = os.path.realpath(target)
        if home == real or home.startswith(real.rstrip("/") + "/"):
            raise UsageError(
                f"{named}: {shown} holds the ledger; give a folder of its own for {what}"
                f" (a new one inside it will do: {shell_word(os.path.join(target, suggest))})"
            )
        return Path(target)
    parent = os.path.dirname(os.path.abspath(target.rstrip("/") or "/"))
    if not os.path.isdir(parent):
        raise no_folder(f"cannot write {what} to {shown}", parent)
    return Path(target)


def here(said: str) -> None:
    """The current folder still exists (a relative path means nothing otherwise)."""
    try:
        os.getcwd()
    except FileNotFoundError:
        raise CommitmentsError(
            f"{said}: the current folder no longer exists (cd to one that does)"
        ) from None


def no_folder(said: str, folder: str) -> CommitmentsError:
    return CommitmentsError(
        f"{said}: there is no folder {path_text(folder)} (make it first:"
        f" mkdir -p -- {shell_word(folder)})"
    )


def is_ledger(target: str, ledger: Path) -> bool:
    """``target`` is the ledger itself: by its real path, or a hard link to it."""
    if os.path.realpath(target) == os.path.realpath(ledger):
        return True
    try:
        return os.path.samefile(target, ledger)
    except (OSError, ValueError):
        return False
