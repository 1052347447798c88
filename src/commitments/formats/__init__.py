"""Output formats: one interface per view, one module per format, one registry.

A format module implements the views it supports (a `Format` class with any of
``commitments``, ``commitment``, ``due``, ``stats``, ``report``, ``timeline`` and
``candidates``).
The enums below are the CLI's choices and the registries' keys, so a choice always
has a module behind it.
Modules are imported only when their format is asked for, so that `rich` is not
paid for by commands printing JSON or CSV.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TextIO

from commitments.report.state import State

if TYPE_CHECKING:
    from commitments.extract.pipeline import Extraction
    from commitments.ledger.history import History
    from commitments.model import Commitment
    from commitments.report.compliance import Report, Stats
    from commitments.report.timeline import Timeline


class ListFormat(StrEnum):
    table = "table"
    plain = "plain"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class ShowFormat(StrEnum):
    table = "table"
    json = "json"


class DueFormat(StrEnum):
    table = "table"
    plain = "plain"
    markdown = "markdown"
    json = "json"


class StatsFormat(StrEnum):
    table = "table"
    json = "json"


class ReportFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    json = "json"
    html = "html"


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    markdown = "markdown"
    ics = "ics"
    datapackage = "datapackage"  # a folder of CSV files and datapackage.json
    sqlite = "sqlite"  # a database file


class TimelineFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"


class EventSpan(StrEnum):
    """What a calendar event covers: the deadline's day, or the whole window."""

    deadline = "deadline"
    window = "window"


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"
    toml = "toml"


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


class Memo(Protocol):
    """Where a format keeps what it rendered, by a fingerprint of what it was rendered
    from, for the next run (ledger/snapshot.py keeps it)."""

    def key(self, commitment: Commitment, history: History | None) -> bytes: ...
    def get(self, key: bytes) -> Any: ...
    def put(self, key: bytes, value: Any) -> None: ...


class ViewOptions(NamedTuple):  # not a dataclass: 0.2 ms to define instead of 1.4
    """What a user may ask of a format beyond its name, and what the run gives it."""

    raw: bool = False  # CSV: cells exactly as in the ledger, formulas not defused
    memo: Memo | None = None  # JSON: each commitment's record, rendered once
    identity: str = ""  # ICS: what makes this ledger's event UIDs its own
    events: EventSpan = EventSpan.deadline  # ICS: what each event covers


class ListView(Protocol):
    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None: ...


class ShowView(Protocol):
    def commitment(self, state: State, today: dt.date, out: TextIO) -> None: ...


class DueView(Protocol):
    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None: ...


class StatsView(Protocol):
    def stats(self, stats: Stats, out: TextIO) -> None: ...


class ReportView(Protocol):
    def report(self, report: Report, out: TextIO) -> None: ...


class ExtractView(Protocol):
    def candidates(self, extraction: Extraction, out: TextIO) -> None: ...


class TimelineView(Protocol):
    def timeline(self, timeline: Timeline, out: TextIO) -> None: ...


_PACKAGE = "commitments.formats."
LIST_MODULES: dict[ListFormat, str] = {
    ListFormat.table: "as_table",
    ListFormat.plain: "as_plain",
    ListFormat.json: "as_json",
    ListFormat.csv: "as_csv",
    ListFormat.markdown: "as_markdown",
}
SHOW_MODULES: dict[ShowFormat, str] = {ShowFormat.table: "card", ShowFormat.json: "as_json"}
DUE_MODULES: dict[DueFormat, str] = {
    DueFormat.table: "as_table",
    DueFormat.plain: "as_plain",
    DueFormat.markdown: "as_markdown",
    DueFormat.json: "as_json",
}


STATS_MODULES: dict[StatsFormat, str] = {
    StatsFormat.table: "compliance_table",
    StatsFormat.json: "as_json",
}
REPORT_MODULES: dict[ReportFormat, str] = {
    ReportFormat.table: "compliance_table",
    ReportFormat.markdown: "as_markdown",
    ReportFormat.json: "as_json",
    ReportFormat.html: "as_html",
}
EXPORT_MODULES: dict[ExportFormat, str] = {
    ExportFormat.json: "as_json",
    ExportFormat.csv: "as_csv",
    ExportFormat.markdown: "as_markdown",
    ExportFormat.ics: "as_ics",
}
TIMELINE_MODULES: dict[TimelineFormat, str] = {
    TimelineFormat.text: "timeline_text",
    TimelineFormat.json: "as_json",
    TimelineFormat.html: "as_html",
}

EXTRACT_MODULES: dict[ExtractFormat, str] = {
    ExtractFormat.table: "candidates_table",
    ExtractFormat.json: "as_json",
    ExtractFormat.toml: "as_toml",
}


def _format(module: str, options: ViewOptions | None) -> Any:
    """A module's Format, given the options if it takes any."""
    made = importlib.import_module(_PACKAGE + module).Format
    return made(options) if options is not None and "__init__" in vars(made) else made()


def list_view(name: ListFormat, options: ViewOptions | None = None) -> ListView:
    view: ListView = _format(LIST_MODULES[name], options)
    return view


def show_view(name: ShowFormat) -> ShowView:
    view: ShowView = _format(SHOW_MODULES[name], None)
    return view


def due_view(name: DueFormat, options: ViewOptions | None = None) -> DueView:
    view: DueView = _format(DUE_MODULES[name], options)
    return view


def stats_view(name: StatsFormat) -> StatsView:
    view: StatsView = _format(STATS_MODULES[name], None)
    return view


def report_view(name: ReportFormat) -> ReportView:
    view: ReportView = _format(REPORT_MODULES[name], None)
    return view


def export_view(name: ExportFormat, options: ViewOptions | None = None) -> ListView:
    view: ListView = _format(EXPORT_MODULES[name], options)
    return view


def extract_view(name: ExtractFormat) -> ExtractView:
    view: ExtractView = _format(EXTRACT_MODULES[name], None)
    return view


def timeline_view(name: TimelineFormat, width: int | None = None) -> TimelineView:
    """``width``: the text chart's, in terminal cells (else the terminal's)."""
    made = importlib.import_module(_PACKAGE + TIMELINE_MODULES[name]).Format
    view: TimelineView = made(width) if name is TimelineFormat.text else made()
    return view
