"""`init`: a commented starter ledger, written only where no file is, and the journal
files a write may leave beside it kept out of git."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import NamedTuple

from commitments import atomic_file
from commitments.errors import LedgerError

LEDGER_NAME = "commitments.toml"

# Every key explained where it is used; a summit, one pledge and one update. The example
# is the first Central Asia–Italy Summit's round table on water, quoted from its Joint
# Declaration as the shipped ledger quotes it.
STARTER = """\
# commitments.toml: promises made at summits, tracked with `commitments`.
# Yours to edit: the tool never rewrites a line, it only appends tables at the end.
# Check it with `commitments check`; see what is due with `commitments due`.

version = 1                     # the ledger format version

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

# An update: what happened since, appended by `commitments update ID …`. This one is
# an example of the form; edit or delete it.
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
    return f".{name}.*.journal"


class Initialized(NamedTuple):
    path: Path
    ignored: Path | None  # the .gitignore that now names the journals, if one had to


def init_ledger(target: Path) -> Initialized:
    """Write the starter ledger at ``target`` (a folder: its commitments.toml); refuse,
    changing nothing, when a file is there."""
    path = target / LEDGER_NAME if target.is_dir() else target
    try:
        atomic_file.create(path, STARTER.encode("utf-8"))
    except FileExistsError:
        raise LedgerError(
            f"{path}: already exists; init never overwrites a file (nothing was changed)"
        ) from None
    except OSError as exc:
        raise LedgerError(f"{path}: cannot be written: {exc.strerror or exc}") from None
    return Initialized(path, _ignore_journals(path))


def _ignore_journals(path: Path) -> Path | None:
    """In a git work tree, make sure git ignores the ledger's journal files: a line in
    the folder's .gitignore unless git already ignores them. None when nothing had to."""
    folder = path.parent
    pattern = journal_pattern(path.name)
    probe = f".{path.name}.1.journal"
    try:
        inside = _git(folder, "rev-parse", "--is-inside-work-tree")
        if inside.returncode != 0 or inside.stdout.strip() != "true":
            return None
        if _git(folder, "check-ignore", "-q", probe).returncode == 0:
            return None  # already ignored, by this or another rule
    except (OSError, subprocess.SubprocessError):
        return None  # no git: nothing to keep out of it
    ignore = folder / ".gitignore"
    before = ignore.read_bytes() if ignore.exists() else b""
    line = ("" if not before or before.endswith(b"\n") else "\n") + (
        f"# commitments: journals a write leaves beside the ledger for a moment\n{pattern}\n"
    )
    with open(ignore, "ab") as handle:  # appended: the user's lines stay as they are
        handle.write(line.encode("utf-8"))
    return ignore


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=folder, capture_output=True, text=True, timeout=10, check=False
    )
