"""`edit`: the user's editor on the ledger, at the table of a commitment or summit, then
`check` on what was saved (as `crontab -e`). The tool never writes the file here: the
editor does, and an invalid result is the user's to fix, offered again."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from collections.abc import Callable
from pathlib import Path

from commitments.errors import CommitmentsError, UsageError
from commitments.ledger.find import path_text
from commitments.text import did_you_mean, quoted

_HEADER = re.compile(r"^\s*\[\[\s*(commitment|summit)\s*\]\]")
_ID = re.compile(r"""^\s*id\s*=\s*"([^"\\]*)"|^\s*id\s*=\s*'([^']*)'""")


def table_line(text: str, given: str) -> int:
    """The line of the [[commitment]] or [[summit]] table whose id is ``given`` (or the
    one id it starts); read line by line, so that a ledger that does not parse can still
    be opened where its user wants to fix it."""
    found: dict[str, int] = {}
    header = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if _HEADER.match(line):
            header = number
        else:
            match = _ID.match(line)
            if match and header:
                found.setdefault(match.group(1) or match.group(2) or "", header)
    if given in found:
        return found[given]
    starting = [ident for ident in found if given and ident.startswith(given)]
    if len(starting) == 1:
        return found[starting[0]]
    if starting:
        names = ", ".join(map(quoted, starting[:10]))
        raise UsageError(f"{quoted(given)} starts {len(starting)} ids: {names}")
    raise UsageError(f"no commitment or summit with id {quoted(given)}{did_you_mean(given, found)}")


def editor() -> list[str]:
    """$VISUAL, else $EDITOR, else vi, as the shell would split it."""
    chosen = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        words = shlex.split(chosen)
    except ValueError as exc:
        raise CommitmentsError(f"cannot read the editor {quoted(chosen)}: {exc}") from None
    if not words:
        raise CommitmentsError("the editor is empty (set $VISUAL or $EDITOR)")
    return words


def open_at(path: Path, line: int) -> int:
    """Run the editor on ``path`` at ``line`` (+LINE: vi, vim, nano, emacs, micro) and
    wait; its exit status."""
    command = [*editor(), f"+{line}", os.path.abspath(path)]
    try:
        return subprocess.run(command, check=False).returncode
    except OSError as exc:
        raise CommitmentsError(
            f"cannot run the editor {quoted(command[0])}: {exc.strerror or exc}"
            " (set $VISUAL or $EDITOR)"
        ) from None


def edit(
    path: Path,
    given: str | None,
    checked: Callable[[], tuple[bool, int | None]],
    again: Callable[[], bool],
    say: Callable[[str], None],
) -> bool:
    """Open the editor at ``given``'s table (else the end of the file), then ``checked``
    (whether the ledger is valid, and the line of its first problem); while it is not
    and ``again`` says so, open it again there. Whether it ended valid."""
    text = _text(path)
    line = table_line(text, given) if given is not None else max(1, text.count("\n") + 1)
    while True:
        status = open_at(path, line)
        if status:
            say(f"the editor exited with {status}; the file is as it left it")
        valid, first = checked()
        if valid or not again():
            return valid
        line = first or line


def _text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        raise CommitmentsError(f"{path_text(str(path))}: {exc.strerror or exc}") from None
