"""`git-setup`: make a repository merge its ledger with the tool's driver.

Two things, both needed and both idempotent: a line in the repository's
`.gitattributes` naming the ledger (committed, so every clone has it) and the
driver's command in the repository's own git config (never committed: git does
not let a repository run commands on a clone by itself, so each clone runs
`git-setup` once).
"""

from __future__ import annotations

import re
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
    """How git should call this tool: by the full path of this installation, so that
    a merge works from a shell, an IDE or a GUI whose PATH does not have it (git then
    fails the driver and leaves only our side in the file); `commitments` on PATH
    when this installation has no script of its own."""
    beside = Path(sys.executable).parent / "commitments"
    if beside.exists():
        program = shlex.quote(str(beside))
    elif shutil.which("commitments"):
        program = "commitments"
    else:
        program = f"{shlex.quote(sys.executable)} -m commitments"
    return f"{program} git-merge %O %A %B %P"


def pattern(relative: str) -> str:
    """A .gitattributes pattern matching exactly the file at ``relative`` (POSIX):
    glob characters escaped, and the whole C-quoted when it holds a space or a quote
    (git reads `"/my ledger.toml"` as one pattern)."""
    escaped = "/" + re.sub(r"([*?\[\]\\])", r"\\\1", relative)
    if any(c.isspace() or c == '"' for c in escaped):
        return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return escaped


def _merged_by_driver(root: Path, relative: str) -> bool:
    found = git("check-attr", "-z", "merge", "--", relative, cwd=root).stdout.split("\0")
    return len(found) >= 3 and found[2] == DRIVER


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
    if _merged_by_driver(root, relative):
        made.kept.append(f".gitattributes already merges {relative} with the driver")
    else:
        old = attributes.read_bytes() if attributes.exists() else b""
        if line.encode() not in old.splitlines():
            start = b"\n" if old and not old.endswith(b"\n") else b""
            with attributes.open("ab") as handle:
                handle.write(start + line.encode() + b"\n")
            made.done.append(f"added `{line}` to .gitattributes (commit it: every clone needs it)")
        if not _merged_by_driver(root, relative):
            effective = git("check-attr", "merge", "--", relative, cwd=root).stdout.strip()
            raise CommitmentsError(
                f"git still reads {visible(effective)!s}: another .gitattributes (nearer the"
                f" ledger, or .git/info/attributes) sets merge for {visible(relative)};"
                " remove that line, then run git-setup again"
            )
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
