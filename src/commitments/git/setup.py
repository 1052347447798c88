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

from commitments.errors import CommitmentsError, os_reason
from commitments.git.files import append_line, why_not_append
from commitments.ledger.find import path_text
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
        # Paths git prints need not be UTF-8: read as the file system names them.
        return subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            timeout=30,
            check=False,
        )
    except FileNotFoundError:
        raise CommitmentsError("git is not installed (git-setup needs it)") from None
    except subprocess.TimeoutExpired:
        raise CommitmentsError(
            f"git did not answer `git {args[0]}` within 30 s (an attributes file that is"
            " not a plain file?); nothing more was changed"
        ) from None
    except OSError as exc:  # the folder is gone, or not ours to enter
        where = path_text(str(cwd))
        raise CommitmentsError(f"cannot run git in {where}: {os_reason(exc)}") from None


def repository_root(folder: Path) -> Path:
    found = git("rev-parse", "--show-toplevel", cwd=folder)
    if found.returncode != 0 or not found.stdout.strip():
        said = found.stderr.strip().splitlines()[-1:] if found.stderr else []
        why = f" (git says: {visible(said[0])})" if said and "dubious" in said[0] else ""
        raise CommitmentsError(
            f"{path_text(str(folder))} is not in a git repository{why}"
            " (run git-setup in the repository that holds the ledger)"
        )
    return Path(found.stdout.rstrip("\n"))


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
    return f"{program} git-merge -- %O %A %B %P"


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


def set_up(ledger: Path, folder: Path | None = None) -> SetUp:
    if folder is None:
        try:
            folder = Path.cwd()
        except OSError:
            raise CommitmentsError(
                "the current folder no longer exists (cd into the repository that holds the ledger)"
            ) from None
    root = repository_root(folder)
    try:
        relative = ledger.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        raise CommitmentsError(
            f"the ledger {path_text(str(ledger))} is not inside the repository"
            f" {path_text(str(root))} (name the one inside it: commitments -f PATH git-setup)"
        ) from None
    if "\n" in relative or "\r" in relative:
        raise CommitmentsError(
            f"the ledger {path_text(relative)} has a line break in its name, which"
            " .gitattributes cannot name: rename it, then run git-setup again"
        )
    made = SetUp(root)
    line = f"{pattern(relative)} merge={DRIVER}"
    attributes = root / ".gitattributes"
    why = why_not_append(attributes)
    if why and "read-only" not in why:  # before git reads it: a FIFO there would stall git
        raise CommitmentsError(
            f"{path_text(str(attributes))}: {why}; nothing was changed. Make it a plain"
            f" file you may write, or add this line to .git/info/attributes:"
            f" {path_text(line)}"
        )
    if _merged_by_driver(root, relative):
        made.kept.append(f".gitattributes already merges {path_text(relative)} with the driver")
    else:
        why = why_not_append(attributes)
        if why:
            raise CommitmentsError(
                f"{path_text(str(attributes))}: {why}; nothing was changed. Make it a plain"
                f" file you may write, or add this line to .git/info/attributes:"
                f" {path_text(line)}"
            )
        try:
            if append_line(attributes, line):
                made.done.append(
                    f"added `{path_text(line)}` to .gitattributes (commit it: every clone needs it)"
                )
        except OSError as exc:
            raise CommitmentsError(
                f"cannot write {path_text(str(attributes))}: {os_reason(exc)}"
            ) from None
        if not _merged_by_driver(root, relative):
            effective = git("check-attr", "merge", "--", relative, cwd=root).stdout.strip()
            raise CommitmentsError(
                f"git still reads {path_text(effective)}: another .gitattributes (nearer the"
                f" ledger, or .git/info/attributes) sets merge for {path_text(relative)};"
                " remove that line, then run git-setup again"
            )
    for key, value in (
        (f"merge.{DRIVER}.name", NAME),
        (f"merge.{DRIVER}.driver", driver_command()),
    ):
        now = git("config", "--local", "--get", key, cwd=root)
        if now.returncode == 0 and now.stdout.rstrip("\n") == value:
            made.kept.append(f"{key} is already `{path_text(value)}`")
            continue
        if git("config", "--local", key, value, cwd=root).returncode != 0:
            raise CommitmentsError(f"cannot set {key} in the repository's git config")
        made.done.append(f"set {key} = `{path_text(value)}` in this clone's git config")
    return made
