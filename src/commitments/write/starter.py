"""`init`: a commented starter ledger, written only where no file is, and the journal
files a write may leave beside it kept out of git."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import NamedTuple

from commitments import atomic_file
from commitments.errors import LedgerError, os_reason
from commitments.git.files import append_line, why_not_append
from commitments.ledger.find import path_text
from commitments.ledger.journal import journal_path

LEDGER_NAME = "commitments.toml"

# Every key explained where it is used; a summit, one pledge and one update. The example
# is the first Central Asia–Italy Summit's round table on water, quoted from its Joint
# Declaration as the shipped ledger quotes it.
STARTER = """\
# commitments.toml: promises made at summits, tracked with `commitments`.
# Yours to edit: the tool never rewrites a line, it only appends tables at the end.
# Check it with `commitments check`; see what is due with `commitments due`.

version = 1                     # the ledger format version

# The three tables below are an example, a real summit's real promise: keep them as a
# model, or delete them once your own are in (nothing else refers to them).

# A summit: the meeting where commitments were made. Its commitments take its date,
# parties, source and url when they leave them out.
[[summit]]
id = "ca-it-2025-astana"        # unique: lower-case words and digits joined by hyphens
name = "First Central Asia–Italy Summit"
date = 2025-05-30               # its first day (add `end = …` for the last)
place = "Astana"
host = "KZ"                     # ISO 3166-1 alpha-2 codes, plus "EU"
parties = ["IT", "KZ", "KG", "TJ", "TM", "UZ"]   # who made the promises
source = "Joint Declaration of the first Central Asia–Italy Summit, Astana, 2025-05-30"  # where
# url = "https://…"             # only a real address, never a guessed one

# A commitment: one dated promise, quoted from its source.
[[commitment]]
id = "water-roundtable-2026"
title = "Central Asia–Italy round table on water resources"
summit = "ca-it-2025-astana"    # declared, parties and source come from the summit
strength = "pledge"             # pledge (agreed, will, planned), intent (welcomed,
                                # interest, readiness), proposal, or forecast
due = "by 2026"                 # a due expression: "2027", "spring 2026", "H1 2027",
                                # "by 2026", "next year", or a date like 2026-06-30
tags = ["water"]                # free words, to filter on (list --tag water)
status = "planned"              # planned, in-progress, stalled, done, partial, missed,
                                # cancelled (changed later by updates, not here)
# the source's own words, verbatim:
quote = "a round table on water resources in the Central Asia–Italy format is planned by 2026"

# An update: what happened since, appended by `commitments update ID …`.
[[update]]
commitment = "water-roundtable-2026"
on = 2025-05-30                 # when it happened
note = "Example: recorded in the ledger the day it was declared"
# status = "in-progress"        # a new status
# party = "KZ"                  # assess one party only: its status, not the others'
# due = "2027-03"               # rescheduled (counted as a slip)
# source = "…"                  # the evidence
"""


# What a write may leave beside the ledger for a moment (write/append.py), and after
# a crash until the next write: never something to commit.
def journal_pattern(name: str) -> str:
    """A .gitignore line for the ledger's journals: its name's own glob characters
    escaped, so that it matches them and nothing else; where a pattern cannot name them
    (a line break in the name, or a name so long that journals take a hashed one), any
    journal-like dot file."""
    if "\n" in name or "\r" in name or journal_path(Path(name), 1).name != f".{name}.1.journal":
        return ".*.journal"
    escaped = re.sub(r"([*?\[\]\\])", r"\\\1", name)
    return f".{escaped}.*.journal"


class Initialized(NamedTuple):
    path: Path
    ignored: Path | None  # the .gitignore that now names the journals, if one had to


def init_ledger(given: str | None) -> Initialized:
    """Write the starter ledger at ``given`` (a folder: its commitments.toml; a path
    ending in "/" is a folder, made if missing, as `git init DIR` does; none: the
    current folder); refuse, changing nothing, when a file is there."""
    target = _target(given)
    shown = path_text(str(target))
    ignore = _journals_unignored(target)
    try:
        if given and given.endswith("/"):
            target.parent.mkdir(parents=True, exist_ok=True)
        atomic_file.create(target, STARTER.encode("utf-8"))
    except FileExistsError:
        raise LedgerError(
            f"{shown}: already exists; init never overwrites a file (nothing was changed)"
        ) from None
    except FileNotFoundError:
        folder = path_text(str(target.parent))
        raise LedgerError(
            f"{shown}: cannot be written: there is no folder {folder} (make it, or give a"
            " path ending in / for init to make it: `commitments init DIR/`)"
        ) from None
    except OSError as exc:
        raise LedgerError(f"{shown}: cannot be written: {os_reason(exc)}") from None
    if ignore is None:
        return Initialized(target, None)
    line = journal_pattern(target.name)
    try:
        append_line(
            ignore, f"# commitments: journals a write leaves beside the ledger for a moment\n{line}"
        )
    except OSError as exc:
        raise LedgerError(
            f"wrote {shown}, but cannot add {line} to {path_text(str(ignore))}:"
            f" {os_reason(exc)}; add that line yourself (or to .git/info/exclude)"
        ) from None
    return Initialized(target, ignore)


def _target(given: str | None) -> Path:
    if not given:
        try:
            return Path.cwd() / LEDGER_NAME
        except OSError:
            raise LedgerError(
                "the current folder no longer exists (cd into one that does, or give a PATH)"
            ) from None
    if (
        given.endswith("/")
        and os.path.lexists(given.rstrip("/") or "/")
        and not os.path.isdir(given)
    ):
        raise LedgerError(f"{path_text(given)}: is a file, not a folder (nothing was changed)")
    if given.endswith("/") or os.path.isdir(given):
        return Path(given) / LEDGER_NAME
    return Path(given)


def _journals_unignored(target: Path) -> Path | None:
    """The .gitignore that must learn to ignore the ledger's journal files: the one in
    its folder, when the folder is in a git work tree whose rules do not ignore them
    yet; None when nothing is to be done. Checked before the ledger is written, so
    that a .gitignore the tool must not touch refuses the whole `init`."""
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # a folder `init` will make: git answers for its parent
    probe = os.path.relpath(journal_path(target, 1), folder)
    try:
        inside = _git(folder, "rev-parse", "--is-inside-work-tree")
    except (OSError, subprocess.SubprocessError):
        return None  # no git: nothing to keep out of it
    if inside.returncode != 0 or inside.stdout.strip() != b"true":
        return None
    ignore = target.parent / ".gitignore"
    why = why_not_append(ignore)  # before git reads it: a FIFO there would stall git
    if why:
        raise LedgerError(
            f"{path_text(str(ignore))}: {why}; nothing was changed. Make it a plain file,"
            f" or add {journal_pattern(target.name)} to .git/info/exclude, then run init again"
        )
    try:
        if _git(folder, "check-ignore", "-q", "--", probe).returncode == 0:
            return None  # already ignored, by this or another rule
    except subprocess.TimeoutExpired:
        raise LedgerError(
            "git did not say within 10 s whether it ignores the journals (a .gitignore"
            " that is not a plain file?); nothing was changed"
        ) from None
    except (OSError, subprocess.SubprocessError):
        return None
    return ignore


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    # Bytes: git prints paths that need not be UTF-8.
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, timeout=10, check=False)
