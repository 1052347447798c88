"""From bytes to a TOML document: reading the file, decoding, the one tomllib parse.

Each step raises UnreadableLedger with the place of the problem. The cache's read of
appended tables (parse.appended) runs the same steps on the new bytes alone.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from commitments.errors import LedgerError, os_reason
from commitments.ledger.journal import committed_view
from commitments.text import visible

if TYPE_CHECKING:  # made only when something is wrong: a dataclass costs 1.4 ms to import
    from commitments.ledger.diagnostics import Problem

# A ledger larger than this is refused rather than read: a path to /dev/zero or a
# runaway generator must not take the machine's memory. 100,000 commitments with
# five updates each are about 150 MB.
MAX_LEDGER_BYTES = 256 * 1024 * 1024
BOM = b"\xef\xbb\xbf"

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_CONFLICT = re.compile(r"^(<{7,}|={7,}|>{7,}|\|{7,})(?:\s|$)", re.MULTILINE)


class UnreadableLedger(LedgerError):
    """The file could not be parsed at all; ``problems`` says where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].message, lines=[str(p) for p in problems])
        self.problems = problems


def file_error(name: str, line: int, column: int, message: str) -> UnreadableLedger:
    from commitments.ledger.diagnostics import Problem  # startup: errors only

    return UnreadableLedger([Problem(name, line, column, "error", message)])


def read_bytes(path: Path, name: str) -> bytes:
    """The ledger's bytes: a regular file, or a pipe (`-f <(git show …)`), up to the limit."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise LedgerError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise LedgerError(f"{name}: is a directory, not a ledger file") from None
    except OSError as exc:
        raise LedgerError(f"{name}: cannot read: {os_reason(exc)}") from None
    try:
        info = os.fstat(fd)
        mode = info.st_mode
        if stat.S_ISDIR(mode):
            raise LedgerError(f"{name}: is a directory, not a ledger file")
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise LedgerError(f"{name}: is not a regular file (a device or socket?), not a ledger")
        os.set_blocking(fd, True)
        chunks, size = [], 0
        while size <= MAX_LEDGER_BYTES:
            chunk = os.read(fd, min(1 << 24, MAX_LEDGER_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_LEDGER_BYTES:
            raise LedgerError(
                f"{name}: is larger than {MAX_LEDGER_BYTES // (1024 * 1024)} MB,"
                " the most a ledger may hold"
            )
        data = b"".join(chunks)
    except OSError as exc:
        raise LedgerError(f"{name}: cannot read: {os_reason(exc)}") from None
    finally:
        os.close(fd)
    if not stat.S_ISREG(mode):
        if not data:  # a FIFO no program writes to reads as nothing: no ledger at all
            raise LedgerError(
                f"{name}: is a pipe or FIFO that nothing was written to, not a ledger"
                " (a ledger piped in gives its bytes: -f <(git show HEAD:commitments.toml))"
            )
        return data

    return committed_view(real_path(path), info.st_dev, info.st_ino, data, info.st_uid)


def real_path(path: Path) -> Path:
    """``path`` with symlinks resolved, as far as it can be (a deleted current folder)."""
    try:
        return Path(os.path.realpath(path))
    except OSError:
        return path


def decode(data: bytes, name: str) -> str:
    head = data[:256]
    # UTF-16 with a byte-order mark, or without one: every other byte of ASCII text is NUL.
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(head) >= 4 and head.count(0) * 3 > len(head)
    ):
        raise file_error(
            name, 1, 1, "the file is UTF-16; TOML files must be UTF-8 (save it as UTF-8)"
        )
    data = data.removeprefix(BOM)  # a UTF-8 byte-order mark some editors write
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise file_error(
            name,
            line,
            column,
            f"byte 0x{data[exc.start]:02x} is not UTF-8; TOML files must be UTF-8",
        ) from None


def conflict_markers(text: str, name: str) -> list[Problem]:
    # The usual answer, no, found at memchr speed instead of a multi-line regex's.
    if "<<<<<<<" not in text and "=======" not in text and ">>>>>>>" not in text:
        return []
    from commitments.ledger.diagnostics import Problem  # startup: errors only

    return [
        Problem(
            name,
            text.count("\n", 0, m.start()) + 1,
            1,
            "error",
            f"unresolved merge conflict (git's marker {m.group(1)}): choose the lines to"
            " keep, remove the markers, then run `commitments check`",
        )
        for m in _CONFLICT.finditer(text)
    ]


def parse_toml(text: str, name: str) -> dict[str, Any]:
    """The document ``text`` holds; conflict markers and TOML errors raise, located."""
    import tomllib  # startup: parsing only

    _refuse_long_keys(text, name)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        conflicts = conflict_markers(text, name)
        if conflicts:
            raise UnreadableLedger(conflicts) from None
        raise _toml_error(exc, text, name) from None
    except RecursionError:
        raise file_error(
            name, _deep_line(text), 1, "invalid TOML: values are nested too deeply"
        ) from None
    # Marker lines outside strings never read as TOML. Inside a multi-line string, a
    # lone "=======" is text (a heading's underline); a whole conflict there, opened
    # and closed, is still one to resolve.
    if "<<<<<<<" in text and ">>>>>>>" in text:
        found = conflict_markers(text, name)
        kinds = {p.message.split("marker ", 1)[1][0] for p in found}
        if {"<", ">"} <= kinds:
            raise UnreadableLedger(found)
    return doc


# tomllib spends time and memory quadratic in the parts of a dotted key (a.b.c…): a
# 200 KB key takes 24 GB. A ledger needs none; a key longer than this is refused first.
MAX_KEY_PARTS = 16
_KEY_PART = r"""(?:[A-Za-z0-9_-]++|"(?:[^"\\\n]|\\.)*+"|'[^'\n]*+')"""
# From a dot (the search jumps from dot to dot), MAX_KEY_PARTS dots between key parts:
# with the part before the first dot, more than MAX_KEY_PARTS parts. Exactly that many,
# so that one try looks a bounded way ahead.
_LONG_KEY = re.compile(
    rf"\.[ \t]*+{_KEY_PART}(?:[ \t]*+\.[ \t]*+{_KEY_PART}){{{MAX_KEY_PARTS - 1}}}"
)


def _refuse_long_keys(text: str, name: str) -> None:
    """Raise for the first dotted key of more than MAX_KEY_PARTS parts. Dots in strings
    and comments are text: a candidate there is passed over. Strings and comments are
    skipped whole at the regex engine's speed, once each, so this is linear in the
    text however many candidates it holds."""
    if text.count(".") < MAX_KEY_PARTS:
        return
    code = 0  # up to here the text has been walked, and is outside strings and comments
    after = 0
    # One candidate after another: a match that starts in a string may run on into
    # code (a quoted "part" from its closing quote to the next string's opening one),
    # and must not hide a key there; so the search goes on from the string's end.
    while match := _LONG_KEY.search(text, after):
        at = match.start()
        while (opening := _OPENING.search(text, code, at)) is not None:
            begin = opening.start()
            if opening.group() == "#":
                end = text.find("\n", begin)
                code = len(text) if end < 0 else end
            else:
                quote = text[begin : begin + 3]
                quote = quote if quote in ('"""', "'''") else quote[0]
                code = _string_end(text, begin + len(quote), quote)
            if code > at:
                break
        else:
            line = text.count("\n", 0, at) + 1
            source = text[text.rfind("\n", 0, at) + 1 :].partition("\n")[0].removesuffix("\r")
            dot = at - (text.rfind("\n", 0, at) + 1)
            column = _key_start(source, dot) + 1
            said = (
                f"invalid TOML: a dotted key of more than {MAX_KEY_PARTS} parts (the time and"
                " memory to read one grow with its square; a ledger needs none)"
            )
            from commitments.ledger.diagnostics import Problem  # startup: errors only

            raise UnreadableLedger(
                [Problem(name, line, column, "error", said, excerpt(source, line, column))]
            )
        after = code  # the candidate was in a string or a comment


_OPENING = re.compile("[\"'#]")  # what opens a string or a comment


_CLOSING = {
    '"': re.compile(r'(?:[^"\\\n]|\\.)*+(?:"|$)', re.MULTILINE),
    '"""': re.compile(r'(?:[^"\\]|\\.|"(?!""))*+(?:"""|\Z)', re.DOTALL),
}


def _string_end(text: str, at: int, opened: str) -> int:
    """Where the string open at ``at`` (opened by ``opened``) ends: after its closing
    delimiter, or at the end of its line (a one-line string) or of the text."""
    if opened in _CLOSING:
        found = _CLOSING[opened].match(text, at)
        end = found.end() if found else len(text)
    elif opened == "'":
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        close = text.find(opened, at, line_end)
        return line_end if close < 0 else close + 1
    else:
        close = text.find(opened, at)
        end = len(text) if close < 0 else close + len(opened)
    if len(opened) == 3:
        # A multi-line string may end in up to two quotes of its own before its three
        # ("""a""""): in a run of quotes the last three close it, as TOML reads it.
        extra = 0
        while extra < 2 and end + extra < len(text) and text[end + extra] == opened[0]:
            extra += 1
        end += extra
    return end


def _key_start(line: str, dot: int) -> int:
    """Where the key part before the dot at ``dot`` begins (for the message's column)."""
    at = len(line[:dot].rstrip(" \t"))
    if at and line[at - 1] in "\"'":
        return max(0, line.rfind(line[at - 1], 0, at - 1))
    while at and (line[at - 1].isalnum() or line[at - 1] in "_-"):
        at -= 1
    return at


def _deep_line(text: str) -> int:
    """The line where arrays and inline tables first nest deeper than anyone writes."""
    from commitments.ledger.positions import lines, scan  # startup: errors only

    in_string: str | None = None
    depth = 0
    for number, line in enumerate(lines(text), start=1):
        if in_string is None:
            running = depth  # brackets inside strings may mislead this: only a message
            for char in line:
                running += 1 if char in "[{" else -1 if char in "]}" else 0
                if running > 64:
                    return number
        in_string, depth = scan(line, in_string, depth)
    return 1


def _toml_error(exc: Exception, text: str, name: str) -> UnreadableLedger:
    message = str(exc)
    match = _TOML_POSITION.search(message)
    if match:
        line, column = int(match.group(1)), int(match.group(2))
        message = message[: match.start()]
    else:
        # "at end of document": point at the last line.
        message = message.replace(" (at end of document)", " at the end of the file")
        line = text.count("\n") + (0 if text.endswith("\n") else 1) or 1
        column = 1
    source = _line_of(text, line)
    said = f"invalid TOML: {plain_words(message, source, column)}"
    from commitments.ledger.diagnostics import Problem  # startup: errors only

    return UnreadableLedger(
        [Problem(name, line, column, "error", said, excerpt(source, line, column))]
    )


# tomllib's messages, in words for someone editing the file by hand.
_PLAIN = {
    "Unterminated string": "unterminated string: its closing quotes are missing",
    "Unclosed array": "expected , or ] in the array: a comma or the closing bracket is missing",
    "Unclosed inline table": (
        "expected , or } in the inline table: a comma or the closing brace is missing"
    ),
    "Cannot overwrite a value": "a key may appear only once in a table",
    "Invalid value": (
        "a value is missing or not valid here (text needs quotes, dates are YYYY-MM-DD)"
    ),
    "Invalid statement": "expected a key = value line or a [table] header",
    "Expected '=' after a key in a key/value pair": "expected = after the key",
    "Expected ']]' at the end of an array declaration": "expected ]] to close the [[…]] header",
    "Expected ']' at the end of a table declaration": "expected ] to close the […] header",
    "Invalid initial character for a key part": ("a key is letters, digits, _ and -, or is quoted"),
    "Unescaped '\\' in a string": (
        "a backslash in \"…\" must be doubled (\\\\), or the text written in '…'"
    ),
    "Invalid date or datetime": "not a valid date or time (expected YYYY-MM-DD)",
    "Invalid hex value": "not a valid \\u escape (expected 4 or 8 hex digits)",
    "Escaped character is not a Unicode scalar value": "not a valid \\u escape",
}


def plain_words(message: str, source: str, column: int) -> str:
    """tomllib's ``message`` about ``source`` (the line) at ``column``, in plain words."""
    at_end = message.endswith(" at the end of the file")
    core = _dotted(message.removesuffix(" at the end of the file"))
    if core in _PLAIN:
        said = _PLAIN[core]
    elif core.startswith("Illegal character") and column > len(source):
        said = 'unterminated string: its closing " is missing on this line'
    elif core.startswith("Cannot declare "):
        said = f"the table {core.removeprefix('Cannot declare ').removesuffix(' twice')}"
        said += " is declared twice"
    elif core.startswith("Cannot redefine namespace "):
        said = f"{core.removeprefix('Cannot redefine namespace ')} is already a table"
    elif core.startswith("Cannot mutate immutable namespace "):
        name = core.removeprefix("Cannot mutate immutable namespace ")
        said = f"{name} was written inline, and cannot be added to here"
    elif core.startswith("Duplicate inline table key "):
        said = f"the key {core.rsplit(' ', 1)[1]} appears twice in the inline table"
    else:
        said = visible(core[:1].lower() + core[1:])
    return said + (" (at the end of the file)" if at_end else "")


_KEY_TUPLE = re.compile(r"\(((?:'[^']*'(?:, )?)+),?\)")


def _dotted(message: str) -> str:
    """tomllib names a key as a tuple, ('a', 'b'); a person writes a.b."""
    return _KEY_TUPLE.sub(lambda m: ".".join(re.findall(r"'([^']*)'", m.group(1))), message)


def _line_of(text: str, number: int) -> str:
    from commitments.ledger.positions import lines  # startup: errors only

    for at, line in enumerate(lines(text), start=1):
        if at == number:
            return line.rstrip("\r\n")
    return ""


EXCERPT = 100  # characters of a long line shown around the column


def excerpt(source: str, line: int, column: int) -> tuple[str, ...]:
    """The line and a caret under ``column`` (1-based), made visible and cut to EXCERPT."""
    start = max(0, min(column - 1 - EXCERPT // 2, len(source) - EXCERPT))
    shown = source[start : start + EXCERPT]
    before = visible(source[start : column - 1])
    lead = "…" if start else ""
    tail = "…" if start + EXCERPT < len(source) else ""
    gutter = " " * len(str(line))
    return (
        f" {line} | {lead}{visible(shown)}{tail}",
        f" {gutter} | {' ' * (len(lead) + len(before))}^",
    )
