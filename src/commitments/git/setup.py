"""`git-setup`: make a repository merge its ledger with the tool's driver.

Two things, both needed and both idempotent: a line in the repository's
`.gitattributes` naming the ledger (committed, so every clone has it) and the
driver's command in the repository's own git config (never committed: git does
not let a repository run commands on a clone by itself, so each clone runs
`git-setup` once).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from commitments.errors import CommitmentsError
from commitments.text import visible

DRIVER = "commitments"
NAME = "commitments: keep every table appended on either side"


@dataclass(slots=True)
class SetUp:
    root: Path
    done: list[str] = field(default_factory=list)  # what changed, in words
    kept: list[str] = field(default_factory=list)  # what was already so


def git(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise CommitmentsError("git is not installed (git-setup needs it)") from None


def repository_root(folder: Path) -> Path:
    found = git("rev-parse", "--show-toplevel", cwd=folder)
    if found.returncode != 0 or not found.stdout.strip():
        raise CommitmentsError(
            f"{visible(str(folder))} is not in a git repository"
            " (run git-setup in the repository that holds the ledger)"
        )
    return Path(found.stdout.strip())


def driver_command() -> str:
    """How git should call this tool: `commitments` when that is this tool on PATH,
    else the full path of this installation (a venv git does not know of)."""
    beside = Path(sys.executable).parent / "commitments"
    on_path = shutil.which("commitments")
    if on_path and beside.exists() and os.path.samefile(on_path, beside):
        program = "commitments"
    elif beside.exists():
        program = shlex.quote(str(beside))
    elif on_path:
        program = "commitments"
    else:
        program = f"{shlex.quote(sys.executable)} -m commitments"
    return f"{program} git-merge %O %A %B %P"


def pattern(relative: str) -> str:
    """A .gitattributes pattern matching exactly the file at ``relative`` (POSIX)."""
    escaped = "".join(f"[{c}]" if c in " \t*?[]\\!#" else c for c in relative)
    return "/" + escaped


def set_up(ledger: Path, folder: Path) -> SetUp:
    root = repository_root(folder)
    try:
        relative = ledger.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise CommitmentsError(
            f"the ledger {visible(str(ledger))} is not inside the repository {visible(str(root))}"
        ) from None
    made = SetUp(root)
    line = f"{pattern(relative)} merge={DRIVER}"
    attributes = root / ".gitattributes"
    current = git("check-attr", "merge", "--", relative, cwd=root).stdout.strip()
    if current.endswith(f": merge: {DRIVER}"):
        made.kept.append(f".gitattributes already merges {relative} with the driver")
    else:
        old = attributes.read_bytes() if attributes.exists() else b""
        with attributes.open("ab") as handle:
            handle.write(
                (b"\n" if old and not old.endswith(b"\n") else b"") + line.encode() + b"\n"
            )
        made.done.append(f"added `{line}` to .gitattributes (commit it: every clone needs it)")
    for key, value in (
        (f"merge.{DRIVER}.name", NAME),
        (f"merge.{DRIVER}.driver", driver_command()),
    ):
        now = git("config", "--local", "--get", key, cwd=root)
        if now.returncode == 0 and now.stdout.rstrip("\n") == value:
            made.kept.append(f"{key} is already `{value}`")
            continue
        if git("config", "--local", key, value, cwd=root).returncode != 0:
            raise CommitmentsError(f"cannot set {key} in the repository's git config")
        made.done.append(f"set {key} = `{value}` in this clone's git config")
    return made
