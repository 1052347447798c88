"""Where things are in the ledger text: lines and columns of tables and keys.

tomllib returns values without positions, so problems are placed by a small scanner
over the same text. It runs only on text tomllib has accepted, so it need not
diagnose anything; it only has to skip strings, arrays and inline tables correctly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

Position = tuple[int, int]  # 1-based line and column

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
# Most lines change no state: nothing that opens or closes a string, array or table,
# or a key with a one-line basic string. They skip the character scan.
_INERT = re.compile(r"""[^"'\[\]{}#]*|\s*[A-Za-z0-9_-]+\s*=\s*"(?:[^"\\]|\\.)*"\s*(?:#.*)?""")


@dataclass(slots=True)
class TableLocation:
    name: str
    line: int
    keys: dict[str, Position] = field(default_factory=dict)

    def of(self, key: str) -> Position:
        """Where ``key`` is written, else the table's header."""
        return self.keys.get(key, (self.line, 1))


@dataclass(slots=True)
class Locations:
    top: TableLocation = field(default_factory=lambda: TableLocation("", 1))
    arrays: dict[str, list[TableLocation]] = field(default_factory=dict)
    tables: dict[str, TableLocation] = field(default_factory=dict)

    def array_item(self, name: str, index: int) -> TableLocation:
        items = self.arrays.get(name, [])
        if index < len(items):
            return items[index]
        return TableLocation(name, 1)


def _key_name(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return _unquoted(raw)
    return raw


def _unquoted(quoted_key: str) -> str:
    """A quoted key as TOML reads it ("\\u0075pdate" is update): decoded by tomllib
    itself, so that this scanner and the parser never disagree on a name."""
    import tomllib  # startup: parsing only

    try:
        (name,) = tomllib.loads(f"{quoted_key} = 0")
    except (tomllib.TOMLDecodeError, ValueError):
        return quoted_key[1:-1]
    return name


def lines(text: str) -> Iterator[str]:
    """The lines as TOML counts them (only LF ends a line), one at a time."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield text[start:end].removesuffix("\r")
        start = end + 1


def locate(text: str, *, root_only: bool = False) -> Locations:
    """Where every table and key is; with ``root_only``, stop at the first table header
    (what is written before it are the document's own keys)."""
    locations = Locations()
    current = locations.top
    in_string: str | None = None  # the delimiter of a string still open from an earlier line
    depth = 0  # open [ and { of values spanning lines
    for number, line in enumerate(lines(text), start=1):
        if in_string is None and depth == 0:
            stripped = line.lstrip()
            column = len(line) - len(stripped) + 1
            if root_only and stripped.startswith("["):
                break
            if stripped.startswith("[["):
                name = _key_name(stripped[2:].split("]]", 1)[0])
                current = TableLocation(name, number)
                locations.arrays.setdefault(name, []).append(current)
                continue
            if stripped.startswith("["):
                name = _key_name(stripped[1:].split("]", 1)[0])
                current = TableLocation(name, number)
                locations.tables.setdefault(name, current)
                continue
            key = _leading_key(stripped)
            if key is not None:
                current.keys.setdefault(key, (number, column))
        if in_string is None and _INERT.fullmatch(line):
            continue
        in_string, depth = scan(line, in_string, depth)
    return locations


def _escaped(text: str, at: int) -> bool:
    """Whether the character at ``at`` follows an odd number of backslashes."""
    slashes = 0
    while at - slashes - 1 >= 0 and text[at - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _leading_key(stripped: str) -> str | None:
    if not stripped or stripped[0] == "#":
        return None
    if stripped[0] in "\"'":
        end = stripped.find(stripped[0], 1)
        while end > 0 and stripped[0] == '"' and _escaped(stripped, end):
            end = stripped.find('"', end + 1)
        return _unquoted(stripped[: end + 1]) if end > 0 else None
    match = _BARE_KEY.match(stripped)
    return match.group(0) if match else None


def scan(line: str, in_string: str | None, depth: int) -> tuple[str | None, int]:
    """Carry string and bracket state across one line of TOML."""
    i, n = 0, len(line)
    while i < n:
        if in_string is not None:
            if in_string in ('"', '"""') and line[i] == "\\":
                i += 2
                continue
            if line.startswith(in_string, i):
                i += len(in_string)
                # A multi-line string may end with up to two extra quotes ("""a"""").
                while len(in_string) == 3 and i < n and line[i] == in_string[0]:
                    i += 1
                in_string = None
                continue
            i += 1
            continue
        char = line[i]
        if char == "#":
            break
        if line.startswith('"""', i) or line.startswith("'''", i):
            in_string = line[i : i + 3]
            i += 3
            continue
        if char in "\"'":
            in_string = char
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth = max(0, depth - 1)
        i += 1
    if in_string in ('"', "'"):
        in_string = None  # single-line strings cannot span lines
    return in_string, depth
