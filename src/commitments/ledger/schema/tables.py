"""Schema validation of a parsed ledger: every problem, each with its place in the file."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from commitments.due_expr import HEMISPHERES, DueError, Hemisphere, parse_due
from commitments.ledger.diagnostics import Problem, Severity
from commitments.ledger.positions import Locations, Position, TableLocation, locate
from commitments.model import (
    COMMITMENT_KEYS,
    LEDGER_VERSION,
    OPEN_STATUSES,
    STATUSES,
    TOP_LEVEL_KEYS,
    UPDATE_KEYS,
    Commitment,
    Ledger,
    Update,
)
from commitments.parties import PARTIES, suggest_party
from commitments.text import quoted

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

_TOML_TYPES: list[tuple[type, str]] = [
    (bool, "a boolean"),
    (int, "an integer"),
    (float, "a float"),
    (str, "a string"),
    (dt.datetime, "a date-time"),
    (dt.date, "a date"),
    (dt.time, "a time"),
    (list, "an array"),
    (dict, "a table"),
]


def toml_type(value: object) -> str:
    for kind, name in _TOML_TYPES:
        if isinstance(value, kind):
            return name
    return type(value).__name__


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return f"; did you mean {quoted(close[0])}?" if close else ""


class Report:
    """Collects problems; finds their lines only when there is a problem to place.

    Locating keys scans the whole text, which costs more than validating it: a valid
    ledger is never scanned.
    """

    def __init__(self, file: str, text: str, line_offset: int = 0, warnings: bool = True) -> None:
        self.file = file
        self.text = text
        self.line_offset = line_offset
        self.warnings = warnings
        self.problems: list[Problem] = []
        self._locations: Locations | None = None

    @property
    def locations(self) -> Locations:
        if self._locations is None:
            self._locations = locate(self.text)
        return self._locations

    def add(self, where: Position, severity: Severity, message: str) -> None:
        line = where[0] + self.line_offset
        self.problems.append(Problem(self.file, line, where[1], severity, message))

    def error(self, where: Position, message: str) -> None:
        self.add(where, "error", message)

    def warning(self, where: Position, message: str) -> None:
        self.add(where, "warning", message)


class _Table:
    """One [[commitment]] or [[update]] table being read, reporting into ``report``."""

    def __init__(
        self, raw: dict[str, Any], array: str, index: int, label: str, report: Report
    ) -> None:
        self.raw, self.array, self.index, self.label, self.report = raw, array, index, label, report
        self.failed = False  # set when an error is reported on this table

    @property
    def loc(self) -> TableLocation:
        if not self.array:
            return self.report.locations.top
        return self.report.locations.array_item(self.array, self.index)

    def error(self, key: str | None, message: str) -> None:
        self.failed = True
        where = self.loc.of(key) if key else (self.loc.line, 1)
        self.report.error(where, f"{self.label}: {message}")

    def warning(self, key: str | None, message: str) -> None:
        if not self.report.warnings:
            return  # nobody will read it: do not pay for placing it
        where = self.loc.of(key) if key else (self.loc.line, 1)
        self.report.warning(where, f"{self.label}: {message}")

    def unknown_keys(self, allowed: tuple[str, ...]) -> None:
        for key in self.raw:
            if key not in allowed:
                self.error(
                    key,
                    f"unknown key {quoted(key)}{did_you_mean(key, allowed)}"
                    f" (expected one of {', '.join(allowed)})",
                )

    def typed(self, key: str, kind: type, expected: str, *, required: bool = False) -> Any:
        value = self.raw.get(key)
        if value is None:
            if required:
                self.error(None, f"missing required key {quoted(key)} ({expected})")
            return None
        # A date-time is also a date in Python; TOML keeps them apart.
        wrong_date = kind is dt.date and isinstance(value, dt.datetime)
        if not isinstance(value, kind) or isinstance(value, bool) != (kind is bool) or wrong_date:
            hint = ""
            if kind is dt.date and isinstance(value, str) and _looks_like_date(value):
                hint = f"; write it without quotes: {key} = {value.strip()}"
            self.error(key, f"{key} must be {expected}, not {toml_type(value)}{hint}")
            return None
        return value

    def text(self, key: str, *, required: bool = False) -> str | None:
        value: str | None = self.typed(key, str, "a string", required=required)
        if value is not None and required and not value.strip():
            self.error(key, f"{key} must not be empty")
            return None
        return value

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        value: dt.date | None = self.typed(
            key, dt.date, "a date like 2026-05-30", required=required
        )
        return value

    def strings(self, key: str) -> tuple[str, ...] | None:
        value = self.typed(key, list, 'an array of strings like ["a", "b"]')
        if value is None:
            return None
        bad = [item for item in value if not isinstance(item, str)]
        if bad:
            self.error(key, f"{key} must hold only strings, not {toml_type(bad[0])}")
            return None
        return tuple(value)

    def status(self, key: str = "status") -> str | None:
        value = self.text(key)
        if value is not None and value not in STATUSES:
            self.error(
                key,
                f"unknown status {quoted(value)}{did_you_mean(value, STATUSES, 0.5)}"
                f" (expected one of {', '.join(STATUSES)})",
            )
            return None
        return value

    def party(self, key: str, code: str) -> bool:
        if code in PARTIES:
            return True
        guess = suggest_party(code)
        hint = f"; did you mean {quoted(guess)}?" if guess else ""
        self.error(
            key,
            f"unknown party code {quoted(code)}{hint}"
            " (expected an ISO 3166-1 alpha-2 code such as IT or KZ, or EU)",
        )
        return False

    def due(self, key: str, declared: dt.date | None, hemisphere: Hemisphere) -> str | None:
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str | dt.date) or isinstance(value, dt.datetime):
            self.error(key, f"{key} must be a due expression or a date, not {toml_type(value)}")
            return None
        try:
            window = parse_due(value, declared=declared, hemisphere=hemisphere)
        except DueError as exc:
            self.error(key, str(exc))
            return None
        return window.text


def _looks_like_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text.strip())
    except ValueError:
        return False
    return True


@dataclass(slots=True)
class Tables:
    """What phase one made of a document: its tables read one by one, each with the
    _Table that places a problem on it."""

    commitments: list[tuple[Commitment, _Table]] = field(default_factory=list)
    updates: list[tuple[Update, _Table]] = field(default_factory=list)
    # Every id written, valid commitment or not, with the table it is on.
    ids: list[tuple[str, _Table]] = field(default_factory=list)
    version: int | None = None


def validate(
    doc: dict[str, Any],
    text: str,
    file: str,
    path: Path,
    *,
    context: Ledger | None = None,
    line_offset: int = 0,
    warnings: bool = True,
) -> tuple[Ledger, list[Problem]]:
    """Read ``doc`` (as tomllib returns it from ``text``) into a Ledger, reporting every problem.

    The Ledger holds only what was valid; use it only when no error was reported.
    With ``context`` (a valid ledger that ``text`` was appended to), only the appended
    tables are read, checked against it, and returned; lines count from ``line_offset``.
    Without ``warnings`` only errors are reported.
    """
    report = Report(file, text, line_offset, warnings)
    tables = read_tables(doc, report, top_level=context is None)
    if context is not None:
        link(context.commitments, tables, warnings=warnings)
        ledger = Ledger(path, version=context.version)
    else:
        link([], tables, warnings=warnings)
        ledger = Ledger(path, version=tables.version)
    ledger.commitments = [c for c, table in tables.commitments if not table.failed]
    ledger.updates = [u for u, table in tables.updates if not table.failed]
    report.problems.sort(key=lambda p: (p.line, p.column))
    return ledger, report.problems


def read_tables(doc: dict[str, Any], report: Report, *, top_level: bool = True) -> Tables:
    """Phase one: every table on its own, and the top-level keys."""
    tables = Tables()
    if top_level:
        top = _Table(doc, "", 0, "ledger", report)
        for key in doc:
            if key not in TOP_LEVEL_KEYS:
                report.error(
                    report.locations.top.keys.get(key) or _table_position(report.locations, key),
                    f"unknown top-level key {quoted(key)}{did_you_mean(key, TOP_LEVEL_KEYS)}"
                    " (expected version, [[commitment]] and [[update]] tables)",
                )
        version = top.typed("version", int, "an integer")
        if version is not None and version != LEDGER_VERSION:
            top.error(
                "version", f"unsupported ledger version {version} (this tool reads version 1)"
            )
        tables.version = version
    for index, raw in enumerate(_array_of_tables(doc, "commitment", report)):
        table = _Table(raw, "commitment", index, _commitment_label(raw, index), report)
        ident = raw.get("id")
        if isinstance(ident, str):
            tables.ids.append((ident, table))
        commitment = _fast_commitment(raw) or _read_commitment(table)
        if commitment is not None:
            tables.commitments.append((commitment, table))
    for index, raw in enumerate(_array_of_tables(doc, "update", report)):
        name = raw.get("commitment")
        label = f"update for {quoted(name)}" if isinstance(name, str) else f"update #{index + 1}"
        table = _Table(raw, "update", index, label, report)
        update = _fast_update(raw) or _read_update(table)
        if update is not None:
            tables.updates.append((update, table))
    return tables


def link(earlier: Sequence[Commitment], new: Tables, *, warnings: bool = True) -> None:
    """Phase two: the rules that join tables (unique ids, follows, updates' commitments),
    for ``new`` read after the ``earlier`` commitments of a valid ledger (or none). A table
    that breaks one is marked failed.
    """
    first: dict[str, _Table | None] = dict.fromkeys((c.id for c in earlier), None)
    by_id = {c.id: c for c in earlier}
    duplicates: set[int] = set()
    for ident, table in new.ids:
        if ident in first:
            table.error("id", _duplicate(first[ident]))
            duplicates.add(id(table))
        else:
            first[ident] = table
    mine = [(c, t) for c, t in new.commitments if id(t) not in duplicates]
    by_id.update((c.id, c) for c, _ in mine)
    known = set(first)
    _check_follows(mine, by_id, known)
    for update, table in new.updates:
        _link_update(update, table, by_id, known)
    if warnings:
        # A new commitment's updates can only be new ones.
        _check_sources(
            [(c, t) for c, t in mine if not t.failed],
            [u for u, t in new.updates if not t.failed],
        )


def _duplicate(first: _Table | None) -> str:
    if first is None:
        return "duplicate id (first defined earlier in the ledger)"
    return f"duplicate id (first defined at line {first.loc.line + first.report.line_offset})"


def _table_position(locations: Locations, key: str) -> Position:
    if key in locations.tables:
        return (locations.tables[key].line, 1)
    if locations.arrays.get(key):
        return (locations.arrays[key][0].line, 1)
    return (1, 1)


def _array_of_tables(doc: dict[str, Any], name: str, report: Report) -> list[dict[str, Any]]:
    value = doc.get(name)
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return value
    locations = report.locations
    where = locations.top.keys.get(name) or _table_position(locations, name)
    report.error(where, f"{name} must be written as [[{name}]] tables, not {toml_type(value)}")
    return []


# The fast paths read a table that has no problem at all, and give up (returning
# None) at the first sign of one, error or warning, so that the full readers below
# report it. They must never accept what the full readers would report.
_STR: tuple[type, ...] = (str,)
_DATE: tuple[type, ...] = (dt.date,)
_LIST: tuple[type, ...] = (list,)
_COMMITMENT_TYPES: dict[str, tuple[type, ...]] = {
    "id": _STR,
    "title": _STR,
    "due": (str, dt.date),
    "declared": _DATE,
    "parties": _LIST,
    "host": _STR,
    "tags": _LIST,
    "status": _STR,
    "source": _STR,
    "url": _STR,
    "quote": _STR,
    "follows": _STR,
    "hemisphere": _STR,
    "notes": _STR,
}
_UPDATE_TYPES: dict[str, tuple[type, ...]] = {
    "commitment": _STR,
    "on": _DATE,
    "status": _STR,
    "due": (str, dt.date),
    "note": _STR,
    "source": _STR,
    "by": _STR,
    "recorded": (dt.datetime,),
}
_URL = re.compile(r"https?://\S+$")


def _types_match(raw: dict[str, Any], types: dict[str, tuple[type, ...]]) -> bool:
    for key, value in raw.items():
        kinds = types.get(key)
        if kinds is None or type(value) not in kinds:
            return False
    return True


def _due_reads(value: Any, declared: dt.date | None, hemisphere: Hemisphere) -> bool:
    if value is None:
        return True
    try:
        parse_due(value, declared=declared, hemisphere=hemisphere)
    except DueError:
        return False
    return True


def _fast_commitment(raw: dict[str, Any]) -> Commitment | None:
    if not _types_match(raw, _COMMITMENT_TYPES):
        return None
    get = raw.get
    ident, title = get("id"), get("title")
    if ident is None or title is None or not title.strip() or not ID_PATTERN.fullmatch(ident):
        return None
    status, hemisphere = get("status", "planned"), get("hemisphere", "north")
    if status not in STATUSES or hemisphere not in HEMISPHERES:
        return None
    parties, tags, host, url = get("parties", []), get("tags", []), get("host"), get("url")
    if not all(type(p) is str and p in PARTIES for p in parties) or len(set(parties)) != len(
        parties
    ):
        return None
    if host is not None and (host not in PARTIES or (parties and host not in parties)):
        return None
    if not all(type(t) is str and t.strip() for t in tags):
        return None
    if url is not None and not _URL.match(url):
        return None
    if not _due_reads(get("due"), get("declared"), hemisphere):
        return None
    due = get("due")
    return Commitment(
        id=ident,
        title=title,
        due=due.isoformat() if isinstance(due, dt.date) else due,
        declared=get("declared"),
        parties=tuple(parties),
        host=host,
        tags=tuple(tags),
        status=status,
        source=get("source"),
        url=url,
        quote=get("quote"),
        follows=get("follows"),
        hemisphere=hemisphere,
        notes=get("notes"),
    )


def _fast_update(raw: dict[str, Any]) -> Update | None:
    if not _types_match(raw, _UPDATE_TYPES):
        return None
    get = raw.get
    name, on, status, due = get("commitment"), get("on"), get("status"), get("due")
    if not name or not name.strip() or on is None:
        return None
    if status is not None and status not in STATUSES:
        return None
    if status is None and due is None and get("note") is None and get("source") is None:
        return None  # a warning: let the full reader say it
    return Update(
        commitment=name,
        on=on,
        status=status,
        due=due.isoformat() if isinstance(due, dt.date) else due,
        note=get("note"),
        source=get("source"),
        by=get("by"),
        recorded=get("recorded"),
    )


def _commitment_label(raw: dict[str, Any], index: int) -> str:
    value = raw.get("id")
    if isinstance(value, str) and value:
        return f"commitment {quoted(value)}"
    return f"commitment #{index + 1}"


def _read_commitment(table: _Table) -> Commitment | None:
    table.unknown_keys(COMMITMENT_KEYS)
    before = len(table.report.problems)
    ident = table.text("id", required=True)
    if ident is not None and not ID_PATTERN.fullmatch(ident):
        table.error(
            "id",
            f"id {quoted(ident)} is not a valid id"
            " (expected lower-case letters and digits in words joined by single hyphens,"
            " like water-roundtable-2026)",
        )
    title = table.text("title", required=True)
    declared = table.date("declared")
    hemisphere = table.text("hemisphere")
    if hemisphere is not None and hemisphere not in HEMISPHERES:
        table.error(
            "hemisphere",
            f'unknown hemisphere {quoted(hemisphere)} (expected "north" or "south")',
        )
        hemisphere = None
    hemi: Hemisphere = "south" if hemisphere == "south" else "north"
    due = table.due("due", declared, hemi)
    parties = table.strings("parties") or ()
    for code in parties:
        table.party("parties", code)
    for code in {c for c in parties if parties.count(c) > 1}:
        table.warning("parties", f"party {quoted(code)} is listed more than once")
    host = table.text("host")
    if host is not None and table.party("host", host) and parties and host not in parties:
        table.warning("host", f"host {quoted(host)} is not among the parties")
    tags = table.strings("tags") or ()
    for tag in tags:
        if not tag.strip():
            table.error("tags", "tags must not be empty strings")
    status = table.status()
    source = table.text("source")
    url = table.text("url")
    if url is not None and not re.match(r"https?://\S+$", url):
        table.error("url", f"url {quoted(url)} is not an http(s) address")
    quote = table.text("quote")
    follows = table.text("follows")
    notes = table.text("notes")
    if len(table.report.problems) > before and any(
        p.severity == "error" for p in table.report.problems[before:]
    ):
        return None
    assert ident is not None and title is not None
    return Commitment(
        id=ident,
        title=title,
        due=due,
        declared=declared,
        parties=parties,
        host=host,
        tags=tags,
        status=status or "planned",
        source=source,
        url=url,
        quote=quote,
        follows=follows,
        hemisphere=hemi,
        notes=notes,
    )


def _check_follows(
    tables: list[tuple[Commitment, _Table]], by_id: dict[str, Commitment], known: set[str]
) -> None:
    for commitment, table in tables:
        target = commitment.follows
        if target is None:
            continue
        if target == commitment.id:
            table.error("follows", "a commitment cannot follow itself")
        elif target not in known:
            table.error(
                "follows",
                f"follows unknown commitment {quoted(target)}{did_you_mean(target, known)}",
            )
        else:
            seen = {commitment.id}
            step: Commitment | None = by_id.get(target)
            while step is not None and step.follows is not None:
                if step.id in seen:
                    table.error("follows", f"follows makes a cycle through {quoted(step.id)}")
                    break
                seen.add(step.id)
                step = by_id.get(step.follows)


def _read_update(table: _Table) -> Update | None:
    """Phase one of an update: everything that does not depend on its commitment."""
    table.unknown_keys(UPDATE_KEYS)
    before = len(table.report.problems)
    name = table.text("commitment", required=True)
    on = table.date("on", required=True)
    status = table.status()
    due = table.raw.get("due")
    if due is not None and (not isinstance(due, str | dt.date) or isinstance(due, dt.datetime)):
        table.error("due", f"due must be a due expression or a date, not {toml_type(due)}")
        due = None
    note = table.text("note")
    source = table.text("source")
    by = table.text("by")
    recorded = table.typed("recorded", dt.datetime, "a date-time like 2026-11-22T08:10:00Z")
    if all(table.raw.get(key) is None for key in ("status", "due", "note", "source")):
        table.warning(None, "records nothing (no status, due, note or source)")
    if any(p.severity == "error" for p in table.report.problems[before:]):
        # Its commitment and due are still checked, so that every problem is reported.
        table.failed = True
    if name is None or on is None:
        # No commitment to join it to: its due can still be read on its own.
        if due is not None:
            table.due("due", None, "north")
        return None
    return Update(
        commitment=name,
        on=on,
        status=status,
        due=due.isoformat() if isinstance(due, dt.date) else due,
        note=note,
        source=source,
        by=by,
        recorded=recorded,
    )


def _link_update(
    update: Update,
    table: _Table,
    by_id: dict[str, Commitment],
    known: set[str],
) -> None:
    """Phase two of an update: its commitment exists; its due reads for that commitment."""
    commitment = by_id.get(update.commitment)
    if update.commitment not in known:
        table.error(
            "commitment",
            f"names unknown commitment {quoted(update.commitment)}"
            f"{did_you_mean(update.commitment, known)}",
        )
    elif commitment is None:
        table.failed = True  # its commitment is invalid, and reported there
    declared = commitment.declared if commitment else None
    if update.due is not None:
        hemisphere: Hemisphere = commitment.hemisphere if commitment else "north"
        try:
            parse_due(update.due, declared=declared, hemisphere=hemisphere)
        except DueError as exc:
            table.error("due", str(exc))
    if declared is not None and update.on < declared:
        table.warning(
            "on", f"is dated {update.on}, before the commitment was declared ({declared})"
        )


def _check_sources(tables: list[tuple[Commitment, _Table]], updates: list[Update]) -> None:
    latest_status: dict[str, str] = {}
    sourced: set[str] = set()
    for update in sorted(updates, key=lambda u: u.on):
        if update.status is not None:
            latest_status[update.commitment] = update.status
        if update.source:
            sourced.add(update.commitment)
    for commitment, table in tables:
        status = latest_status.get(commitment.id, commitment.status)
        if status not in OPEN_STATUSES and not commitment.source and commitment.id not in sourced:
            table.warning(
                None, f"is {status} but cites no source (record one with update --source)"
            )
