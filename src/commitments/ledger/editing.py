"""`edit`: the user's editor on the ledger, at the table of a commitment or summit, then
`check` on what was saved (as `crontab -e`). The tool never writes the file here: the
editor does, and an invalid result is the user's to fix, offered again."""

from __future__ import annotations

import os
import re
import shlex
import signal
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

from commitments.errors import CommitmentsError, LedgerError, UsageError
from commitments.ledger.decode import MAX_LEDGER_BYTES, parse_toml
from commitments.ledger.find import path_text
from commitments.ledger.positions import lines, locate, scan
from commitments.text import did_you_mean, quoted

_HEADER = re.compile(
    r"""^\s*\[\[\s*(?:commitment|summit|"commitment"|"summit"|'commitment'|'summit')\s*\]\]"""
)
_ID = re.compile(r"""^\s*id\s*=\s*"([^"\\]*)"|^\s*id\s*=\s*'([^']*)'""")


def table_line(text: str, given: str) -> int:
    """The line of the [[commitment]] or [[summit]] table whose id is ``given`` (or the
    one id it starts): where the parser puts it when the text parses; else found line
    by line, so that a ledger that does not parse can still be opened where its user
    wants to fix it."""
    found = _tables(text)
    if given in found:
        return found[given]
    starting = [ident for ident in found if given and ident.startswith(given)]
    if len(starting) == 1:
        return found[starting[0]]
    if starting:
        names = ", ".join(map(quoted, starting[:10]))
        raise UsageError(f"{quoted(given)} starts {len(starting)} ids: {names}")
    raise UsageError(f"no commitment or summit with id {quoted(given)}{did_you_mean(given, found)}")


def _tables(text: str) -> dict[str, int]:
    """Each commitment's and summit's id, and the line of its table's header."""
    try:  # with the guards of every read (keys too long or too deep to parse in time)
        doc = parse_toml(text, "")
    except CommitmentsError:
        return _tables_by_lines(text)
    where = locate(text).arrays
    found: dict[str, int] = {}
    for array in ("commitment", "summit"):
        tables = doc.get(array)
        if not isinstance(tables, list):
            continue
        for table, location in zip(tables, where.get(array, []), strict=False):
            ident = table.get("id") if isinstance(table, dict) else None
            if isinstance(ident, str):
                found.setdefault(ident, location.line)
    return found


def _tables_by_lines(text: str) -> dict[str, int]:
    """Headers and ids as lines of their own, outside multi-line strings and values
    (a `[[commitment]]` in a note is text), read as the merge driver reads them."""
    found: dict[str, int] = {}
    header = 0
    in_string: str | None = None
    depth = 0
    for number, line in enumerate(lines(text), start=1):  # only LF ends a line
        if in_string is None and depth == 0:
            if _HEADER.match(line):
                header = number
            else:
                match = _ID.match(line)
                if match and header:
                    found.setdefault(match.group(1) or match.group(2) or "", header)
        in_string, depth = scan(line.removesuffix("\r"), in_string, depth)
    return found


# How each editor is told the line: most take +LINE before the file; these do not.
_AT_LINE: dict[str, Callable[[int, str], list[str]]] = {
    "code": lambda line, path: ["--goto", f"{path}:{line}"],
    "codium": lambda line, path: ["--goto", f"{path}:{line}"],
    "subl": lambda line, path: [f"{path}:{line}"],
    "hx": lambda line, path: [f"{path}:{line}"],
}
_PLUS_LINE = frozenset(
    {"vi", "vim", "nvim", "gvim", "view", "nano", "pico", "emacs", "emacsclient", "micro",
     "mg", "joe", "jed", "ne", "kak", "kate", "gedit", "mcedit", "elvis", "nvi", "vis"}
)  # fmt: skip


def command_for(words: list[str], path: str, line: int) -> list[str]:
    """The editor's command line to open ``path`` at ``line``, or at its start when the
    editor is not known to take a line (ed would take "+36" as a file to write)."""
    program = os.path.basename(words[0])
    if program in _AT_LINE:
        return [*words, *_AT_LINE[program](line, path)]
    if program in _PLUS_LINE:
        return [*words, f"+{line}", path]
    return [*words, path]


def editor() -> list[str]:
    """$VISUAL, else $EDITOR, else vi, as the shell would split it."""
    chosen = next(
        (v for v in (os.environ.get("VISUAL"), os.environ.get("EDITOR")) if v and v.strip()),
        "vi",
    )
    try:
        words = shlex.split(chosen)
    except ValueError as exc:
        raise CommitmentsError(f"cannot read the editor {quoted(chosen)}: {exc}") from None
    if not words:
        raise CommitmentsError("the editor is empty (set $VISUAL or $EDITOR)")
    return words


def open_at(path: Path, line: int) -> int:
    """Run the editor on ``path`` at ``line`` and wait; its exit status. Ctrl-C is the
    editor's while it runs (as git does): the tool ignores it, so that it never kills
    an editor holding unsaved work."""
    command = command_for(editor(), os.path.abspath(path), line)
    try:
        process = subprocess.Popen(command)
    except OSError as exc:
        raise CommitmentsError(
            f"cannot run the editor {quoted(command[0])}: {exc.strerror or exc}"
            " (set $VISUAL or $EDITOR)"
        ) from None
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return process.wait()
    finally:
        signal.signal(signal.SIGINT, previous)


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
        if status < 0:
            say(f"the editor was stopped by signal {-status}; the file is as it left it")
        elif status:
            say(f"the editor exited with {status}; the file is as it left it")
        valid, first = checked()
        if valid or not again():
            return valid
        line = first or line


def _text(path: Path) -> str:
    """The ledger's text, when it is a file an editor can save (never a FIFO to hang on,
    nor a device to read for ever)."""
    shown = path_text(str(path))
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer that never comes.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb", buffering=0) as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise LedgerError(f"{shown}: not a regular file; edit opens only a file")
            data = handle.read(MAX_LEDGER_BYTES + 1)
    except OSError as exc:
        raise LedgerError(f"{shown}: {exc.strerror or exc}") from None
    return data.decode("utf-8", errors="replace")
