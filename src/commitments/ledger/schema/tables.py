"""Phase one of validation: every table on its own, each problem with its place.

The readers report every error of a table; links.py joins tables together;
warnings.py gives advice about valid ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from commitments.due_expr import HEMISPHERES, DueError, Hemisphere, parse_due
from commitments.ledger.decode import excerpt
from commitments.model import (
    COMMITMENT_KEYS,
    ID_PATTERN,
    KNOWN_LICENSES,
    LEDGER_VERSION,
    PLEDGE,
    STATUSES,
    STRENGTHS,
    SUMMIT_KEYS,
    TOP_LEVEL_KEYS,
    UPDATE_KEYS,
    Commitment,
    Summit,
    Update,
    status_meant,
    url_problem,
)
from commitments.parties import PARTIES, suggest_party
from commitments.text import did_you_mean, quoted, visible

if TYPE_CHECKING:  # needed once something is wrong: a write's valid table never loads them
    from commitments.ledger.diagnostics import Problem, Severity
    from commitments.ledger.positions import Locations, Position, TableLocation

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


def commitment_label(ident: object, index: int) -> str:
    if isinstance(ident, str) and ident:
        return f"commitment {quoted(ident)}"
    return f"commitment #{index + 1}"


def summit_label(ident: object, index: int) -> str:
    if isinstance(ident, str) and ident:
        return f"summit {quoted(ident)}"
    return f"summit #{index + 1}"


def update_label(name: object, index: int) -> str:
    return f"update for {quoted(name)}" if isinstance(name, str) else f"update #{index + 1}"


class Report:
    """Collects problems; finds their lines only when there is a problem to place.

    Locating keys scans the whole text, which costs more than validating it: a valid
    ledger is never scanned. Without ``warnings`` nobody will read them, so none are
    placed.
    """

    def __init__(self, file: str, text: str, *, warnings: bool = True) -> None:
        self.file = file
        self.text = text
        self.warnings = warnings
        self.problems: list[Problem] = []
        self._locations: Locations | None = None
        self._root: Locations | None = None
        self._lines: list[str] | None = None

    @property
    def locations(self) -> Locations:
        if self._locations is None:
            from commitments.ledger.positions import locate  # startup: errors only

            self._locations = locate(self.text)
        return self._locations

    @property
    def root_keys(self) -> dict[str, Position]:
        """The keys written before the first table header: the document's own."""
        if self._root is None:
            from commitments.ledger.positions import locate  # startup: errors only

            self._root = self._locations or locate(self.text, root_only=True)
        return self._root.top.keys

    def add(
        self, where: Position, severity: Severity, message: str, context: tuple[str, ...] = ()
    ) -> None:
        from commitments.ledger.diagnostics import Problem  # startup: errors only

        self.problems.append(Problem(self.file, where[0], where[1], severity, message, context))

    def _line(self, number: int) -> str:
        if self._lines is None:
            self._lines = self.text.splitlines()
        return self._lines[number - 1] if 0 < number <= len(self._lines) else ""

    def value_at(self, where: Position) -> Position:
        """Where the value of the key written at ``where`` starts (after its =)."""
        line, column = where
        source = self._line(line)
        equals = source.find("=", column - 1)
        if equals < 0:
            return where
        start = equals + 1
        while start < len(source) and source[start] in " \t":
            start += 1
        return line, start + 1

    def excerpt(self, where: Position) -> tuple[str, ...]:
        return excerpt(self._line(where[0]), where[0], where[1])

    def error(self, where: Position, message: str) -> None:
        self.add(where, "error", message)

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


class TableReader:
    """One [[summit]], [[commitment]] or [[update]] table being read, into ``report``."""

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

    def where(self, key: str | None) -> Position:
        return self.loc.of(key) if key else (self.loc.line, 1)

    def error(self, key: str | None, message: str) -> None:
        self.failed = True
        self.report.error(self.where(key), f"{self.label}: {message}")

    def unknown_keys(self, allowed: tuple[str, ...]) -> None:
        for key in self.raw:
            if key in TOP_LEVEL_KEYS and key not in ("summit", "commitment", "update"):
                # TOML gives a key written after a table header to that table
                self.error(
                    key,
                    f"{key} is a key of the ledger, not of a table: write it before the"
                    " first [[…]] header",
                )
            elif key not in allowed:
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
        # "finished" is read as "done" on the command line; here it is an error, whose
        # suggestion must keep its meaning (by spelling alone it was "missed").
        value = self.text(key)
        if value is not None and value not in STATUSES:
            self.error(
                key,
                f"unknown status {quoted(value)}{_meant(value)}"
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

    def ident(self) -> str | None:
        ident = self.text("id", required=True)
        if ident is not None and not ID_PATTERN.fullmatch(ident):
            self.error(
                "id",
                f"id {quoted(ident)} is not a valid id"
                " (expected lower-case letters and digits in words joined by single hyphens,"
                " like water-roundtable-2026)",
            )
        return ident

    def parties(self, key: str = "parties") -> tuple[str, ...]:
        parties = self.strings(key) or ()
        for code in parties:
            self.party(key, code)
        return parties

    def url(self) -> str | None:
        url = self.text("url")
        problem = url_problem(url) if url is not None else None
        if url is not None and problem is not None:
            self.error("url", f"url {quoted(url)} {problem}")
        return url

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
            self.failed = True
            where = self.report.value_at(self.where(key))
            context = self.report.excerpt(where)
            if exc.expected:
                context += (f"  = {exc.expected}",)
            self.report.add(where, "error", f"{self.label}: {exc.short}", context)
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
    """What phase one made of a document: each table's reader, in file order, with its
    valid reading (None where the table has an error)."""

    commitments: list[tuple[Commitment | None, TableReader]] = field(default_factory=list)
    summits: list[tuple[Summit | None, TableReader]] = field(default_factory=list)
    # An update is kept whenever it names a commitment and a date, so that links.py
    # can still check it; it is valid only if its reader has not failed.
    updates: list[tuple[Update | None, TableReader]] = field(default_factory=list)
    version: int | None = None
    license: str | None = None

    def ids(self) -> list[str | None]:
        """The id written on every commitment table, valid or not (None: not a string)."""
        return _ids(self.commitments)

    def summit_ids(self) -> list[str | None]:
        return _ids(self.summits)


def _ids(tables: list[tuple[Any, TableReader]]) -> list[str | None]:
    return [r.raw.get("id") if isinstance(r.raw.get("id"), str) else None for _, r in tables]


def read_tables(doc: dict[str, Any], report: Report) -> Tables:
    """Phase one: the document's own keys, then every table on its own."""
    tables = Tables()
    _top_level_keys(doc, report, tables)
    for index, raw in enumerate(_array_of_tables(doc, "summit", report)):
        reader = TableReader(raw, "summit", index, summit_label(raw.get("id"), index), report)
        summit = _read_summit(reader)
        tables.summits.append((None if reader.failed else summit, reader))
    for index, raw in enumerate(_array_of_tables(doc, "commitment", report)):
        reader = TableReader(
            raw, "commitment", index, commitment_label(raw.get("id"), index), report
        )
        commitment = _read_commitment(reader)
        tables.commitments.append((None if reader.failed else commitment, reader))
    for index, raw in enumerate(_array_of_tables(doc, "update", report)):
        reader = TableReader(
            raw, "update", index, update_label(raw.get("commitment"), index), report
        )
        tables.updates.append((_read_update(reader), reader))
    return tables


def _top_level_keys(doc: dict[str, Any], report: Report, tables: Tables) -> None:
    top = TableReader(doc, "", 0, "ledger", report)
    for key in doc:
        if key not in TOP_LEVEL_KEYS:
            hint = did_you_mean(key, TOP_LEVEL_KEYS)
            report.error(
                report.root_keys.get(key) or _table_position(report.locations, key),
                f"unknown top-level key {quoted(key)}{hint}"
                " (expected version, license, [[summit]], [[commitment]] and [[update]]"
                " tables)",
            )
    version = top.typed("version", int, "an integer")
    if version is not None and version != LEDGER_VERSION:
        top.error("version", f"unsupported ledger version {version} (this tool reads version 1)")
    tables.version = version
    license = top.typed("license", str, "a string: the data's licence, as CC-BY-4.0")
    if license is not None and (
        not license.strip() or len(license) > 200 or visible(license) != license
    ):
        top.error(
            "license",
            "license must be a line of visible text of at most 200 characters: the data's"
            " licence, as CC-BY-4.0",
        )
        license = None
    elif license is not None and license not in KNOWN_LICENSES:
        hint = did_you_mean(license.strip(), KNOWN_LICENSES)
        report.add(
            top.where("license"),
            "warning",
            f"license {quoted(license)} is not a licence id this tool knows (known:"
            f" {', '.join(KNOWN_LICENSES)}): a data package names it as written, without"
            f" its title or address{hint}",
        )
    tables.license = license


def _table_position(locations: Locations, key: str) -> Position:
    if key in locations.tables:
        return (locations.tables[key].line, 1)
    if locations.arrays.get(key):
        return (locations.arrays[key][0].line, 1)
    return (1, 1)


def _array_of_tables(doc: dict[str, Any], name: str, report: Report) -> list[dict[str, Any]]:
    """The tables of array ``name``, written as [[name]] headers and nothing else.

    An inline array (``update = []``, ``commitment = [{ … }]``) reads the same to
    tomllib, but a [[name]] table appended after it makes the file invalid TOML: it
    is refused here, so that no ledger that passes `check` can be broken by a write.
    """
    value = doc.get(name)
    if value is None:
        return []
    inline = report.root_keys.get(name)
    if isinstance(value, list) and all(isinstance(item, dict) for item in value) and not inline:
        return value
    where = inline or _table_position(report.locations, name)
    written = "an inline array" if inline and isinstance(value, list) else toml_type(value)
    report.error(
        where,
        f"{name} must be written as [[{name}]] tables, not {written}"
        + (
            f" (remove `{name} = …` and write each table under its own [[{name}]] header)"
            if inline
            else ""
        ),
    )
    return []


def _read_summit(table: TableReader) -> Summit | None:
    table.unknown_keys(SUMMIT_KEYS)
    ident = table.ident()
    name = table.text("name", required=True)
    date = table.date("date", required=True)
    end = table.date("end")
    if date is not None and end is not None and end < date:
        table.error("end", f"end {end} is before the summit's date {date}")
    place = table.text("place")
    host = table.text("host")
    if host is not None:
        table.party("host", host)
    parties = table.parties()
    source = table.text("source")
    url = table.url()
    if table.failed:
        return None
    assert ident is not None and name is not None and date is not None
    return Summit(ident, name, date, end, place, host, parties, source, url)


# The stand-in declared day of a commitment that takes its day from its summit.
SUMMIT_DAY = dt.date(2000, 1, 1)


def _read_commitment(table: TableReader) -> Commitment | None:
    table.unknown_keys(COMMITMENT_KEYS)
    ident = table.ident()
    title = table.text("title", required=True)
    declared = table.date("declared")
    summit = table.text("summit")
    hemisphere = table.text("hemisphere")
    if hemisphere is not None and hemisphere not in HEMISPHERES:
        table.error(
            "hemisphere",
            f'unknown hemisphere {quoted(hemisphere)} (expected "north" or "south")',
        )
        hemisphere = None
    hemi: Hemisphere = "south" if hemisphere == "south" else "north"
    # A due's grammar does not depend on the declared date, only whether "next year"
    # has one: a commitment that takes its date from a summit is read with a stand-in,
    # and its window with the summit's date once the tables are joined (links.py).
    due = table.due("due", declared or (SUMMIT_DAY if summit else None), hemi)
    parties = table.parties()
    host = table.text("host")
    if host is not None:
        table.party("host", host)
    tags = table.strings("tags") or ()
    for tag in tags:
        if not tag.strip():
            table.error("tags", "tags must not be empty strings")
    status = table.status()
    source = table.text("source")
    url = table.url()
    quote = table.text("quote")
    follows = table.text("follows")
    notes = table.text("notes")
    responsible = table.parties("responsible")
    strength = table.text("strength")
    if strength is not None and strength not in STRENGTHS:
        table.error(
            "strength",
            f"unknown strength {quoted(strength)}"
            f" (expected one of {', '.join(STRENGTHS)}){did_you_mean(strength, STRENGTHS)}",
        )
    if table.failed:
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
        strength=strength or PLEDGE,
        summit=summit,
        responsible=responsible,
    )


def _read_update(table: TableReader) -> Update | None:
    """An update on its own: everything that does not depend on its commitment."""
    table.unknown_keys(UPDATE_KEYS)
    name = table.text("commitment", required=True)
    on = table.date("on", required=True)
    status = table.status()
    party = table.text("party")
    if party is not None:
        table.party("party", party)
    due = table.raw.get("due")
    if due is not None and (not isinstance(due, str | dt.date) or isinstance(due, dt.datetime)):
        table.error("due", f"due must be a due expression or a date, not {toml_type(due)}")
        due = None
    elif due is not None and party is not None:
        table.error(
            "due",
            "an update that assesses one party cannot reschedule the commitment"
            " (write the new due in an update without party)",
        )
        due = None
    note = table.text("note")
    source = table.text("source")
    url = table.url()
    by = table.text("by")
    recorded = table.typed("recorded", dt.datetime, "a date-time like 2026-11-22T08:10:00Z")
    if name is None or on is None:
        # Nothing to join it to: its due can still be read on its own, so that every
        # problem is reported at once.
        if due is not None:
            table.due("due", None, "north")
        table.failed = True
        return None
    # Returned even when the table has errors (the caller knows from ``table.failed``):
    # its commitment and due are still checked, so that every problem is reported.
    return Update(
        commitment=name,
        on=on,
        status=status,
        due=due.isoformat() if isinstance(due, dt.date) else due,
        note=note,
        source=source,
        by=by,
        recorded=recorded,
        party=party,
        url=url,
    )


def _meant(value: str) -> str:
    near = status_meant(value, cutoff=0.5)
    return f"; did you mean {quoted(near)}?" if near else ""
