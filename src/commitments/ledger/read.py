"""Finding, reading and parsing the ledger file."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from commitments.errors import LedgerError
from commitments.ledger.diagnostics import Problem, errors
from commitments.model import Ledger
from commitments.text import visible

if TYPE_CHECKING:
    from commitments.ledger.cache.store import Chunk

LEDGER_NAME = "commitments.toml"
ENV_FILE = "COMMITMENTS_FILE"

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_CONFLICT = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?:\s|$)", re.MULTILINE)


class UnreadableLedger(LedgerError):
    """The file could not be parsed at all; ``problems`` says where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].message, lines=[str(p) for p in problems])
        self.problems = problems


@dataclass(slots=True)
class Loaded:
    """A ledger as read, with every problem found (the ledger is usable only without errors)."""

    ledger: Ledger
    problems: list[Problem]
    text: str


def find_ledger(option: Path | None, cwd: Path | None = None) -> Path:
    """--file, else $COMMITMENTS_FILE, else the nearest commitments.toml upwards from cwd."""
    if option is not None:
        return option
    env = os.environ.get(ENV_FILE)
    if env:
        return Path(env)
    start = (cwd or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        candidate = folder / LEDGER_NAME
        if candidate.is_file():
            return candidate
    raise LedgerError(
        f"no {LEDGER_NAME} in {visible(str(start))} or any folder above it"
        f" (pass --file PATH or set ${ENV_FILE})"
    )


def display_name(path: Path) -> str:
    """The path as the user would write it: relative to the current folder when inside it."""
    try:
        return visible(str(path.resolve().relative_to(Path.cwd().resolve())))
    except (ValueError, OSError):
        return visible(str(path))


def read_bytes(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise LedgerError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise LedgerError(f"{name}: is a directory, not a ledger file") from None
    except PermissionError:
        raise LedgerError(f"{name}: permission denied") from None
    except OSError as exc:
        raise LedgerError(f"{name}: cannot read: {exc.strerror or exc}") from None


def decode(data: bytes, name: str) -> str:
    head = data[:256]
    # UTF-16 with a byte-order mark, or without one: every other byte of ASCII text is NUL.
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(head) >= 4 and head.count(0) * 3 > len(head)
    ):
        raise _file_error(
            name, 1, 1, "the file is UTF-16; TOML files must be UTF-8 (save it as UTF-8)"
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte-order mark some editors write
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _file_error(
            name,
            line,
            column,
            f"byte 0x{data[exc.start]:02x} is not UTF-8; TOML files must be UTF-8",
        ) from None


def _file_error(name: str, line: int, column: int, message: str) -> UnreadableLedger:
    return UnreadableLedger([Problem(name, line, column, "error", message)])


def _may_conflict(text: str) -> bool:
    # The usual answer, no, found at memchr speed instead of a multi-line regex's.
    return "<<<<<<<" in text or "=======" in text or ">>>>>>>" in text


def _conflict_markers(text: str, name: str) -> list[Problem]:
    if not _may_conflict(text):
        return []
    return [
        Problem(
            name,
            text.count("\n", 0, m.start()) + 1,
            1,
            "error",
            "git merge conflict marker: resolve the conflict, then run `commitments check`",
        )
        for m in _CONFLICT.finditer(text)
    ]


def parse(text: str, path: Path, name: str, *, warnings: bool = True) -> Loaded:
    """Parse and validate ledger text; TOML syntax errors raise, schema problems are returned."""
    import tomllib

    from commitments.ledger.schema.tables import validate

    conflicts = _conflict_markers(text, name)
    if conflicts:
        raise UnreadableLedger(conflicts)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(exc, text, name) from None
    except RecursionError:
        raise _file_error(name, 1, 1, "invalid TOML: values are nested too deeply") from None
    ledger, problems = validate(doc, text, name, path, warnings=warnings)
    return Loaded(ledger, problems, text)


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
    return _file_error(name, line, column, f"invalid TOML: {visible(message)}")


def load(path: Path) -> Loaded:
    """Read and validate the whole file, warnings included (what `check` needs)."""
    name = display_name(path)
    return parse(decode(read_bytes(path, name), name), path, name)


def load_valid(path: Path) -> Ledger:
    """The ledger, or LedgerError listing every error when it cannot be used."""
    name = display_name(path)
    return ledger_from(path, read_bytes(path, name), name)


def ledger_from(path: Path, data: bytes, name: str) -> Ledger:
    """The valid ledger ``data`` holds: chunk by chunk with the cache when the file
    allows it, else (and for the exact messages of an invalid file) read whole."""
    ledger = _by_chunks(path, data, name)
    if ledger is not None:
        return ledger
    loaded = parse(decode(data, name), path, name, warnings=False)
    found = errors(loaded.problems)
    if found:
        raise LedgerError(f"{len(found)} error(s) in the ledger", lines=[str(p) for p in found])
    return loaded.ledger


# Rewrite the cache once this many bytes had to be parsed afresh; below it, parsing
# them again on the next run costs less than rewriting the whole cache.
REFRESH = 256 * 1024


def _by_chunks(path: Path, data: bytes, name: str) -> Ledger | None:
    from commitments.ledger.cache import store as cache
    from commitments.ledger.cache.chunks import split
    from commitments.ledger.schema.links import links_hold

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # decode() has something to say
    known = cache.read(path)
    chunks: dict[bytes, cache.Chunk] = {}
    ordered: list[cache.Chunk] = []
    fresh = 0
    view = memoryview(data)
    for start, end in split(data):
        key = cache.key(view[start:end], start == 0)
        chunk = known.get(key)
        if chunk is None:
            chunk = _read_chunk(data[start:end], start == 0, path, name)
            if chunk is None:
                return None
            fresh += end - start
        chunks[key] = chunk
        ordered.append(chunk)
    commitments = [c for chunk in ordered for c in chunk.commitments]
    updates = [u for chunk in ordered for u in chunk.updates]
    if not links_hold(commitments, updates):
        return None
    if fresh > REFRESH or (fresh and not known):
        cache.write(path, chunks)
    return Ledger(path, commitments, updates, ordered[0].version if ordered else None)


def _read_chunk(data: bytes, first: bool, path: Path, name: str) -> Chunk | None:
    """The tables of one chunk, checked on their own; None at the first sign of trouble."""
    import tomllib

    from commitments.ledger.cache.store import Chunk
    from commitments.ledger.schema.tables import Report, read_tables

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if first:
        text = text.removeprefix("\ufeff")  # a UTF-8 byte-order mark, as decode() allows
    if "\x00" in text or (_may_conflict(text) and _CONFLICT.search(text)):
        return None
    try:
        doc = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    if not first and not set(doc) <= {"commitment", "update"}:
        return None
    report = Report(name, text, warnings=False)
    tables = read_tables(doc, report, top_level=first)
    if report.problems or any(t is not None and t.failed for _, t in tables.updates):
        return None
    return Chunk(tables.version, [c for c, _ in tables.commitments], [u for u, _ in tables.updates])


def read_tail(
    ledger: Ledger, text: str, line_offset: int, name: str, *, warnings: bool
) -> tuple[Ledger, list[Problem]] | None:
    """Read ``text`` appended to the valid ``ledger``: its new tables and their problems.

    None when the text is not just [[commitment]] and [[update]] tables: then only the
    whole file can be judged.
    """
    import tomllib

    from commitments.ledger.positions import locate
    from commitments.ledger.schema.tables import validate

    if _may_conflict(text) and _CONFLICT.search(text):
        return None
    where = locate(text)
    if where.top.keys or where.tables or not set(where.arrays) <= {"commitment", "update"}:
        return None
    try:
        doc = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    return validate(
        doc, text, name, ledger.path, context=ledger, line_offset=line_offset, warnings=warnings
    )
