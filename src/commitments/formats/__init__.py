"""Output formats: one interface per view, one module per format, one registry.

A format module implements the views it supports (a `Format` class with
``commitments``, ``commitment`` and/or ``due``). The enums below are the CLI's
choices and the registries' keys, so a choice always has a module behind it.
Modules are imported only when their format is asked for, so that `rich` is not
paid for by commands printing JSON or CSV.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TextIO

from commitments.report.state import State


class ListFormat(StrEnum):
    table = "table"
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


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """What a user may ask of a format beyond its name."""

    raw: bool = False  # CSV: cells exactly as in the ledger, formulas not defused


class ListView(Protocol):
    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None: ...


class ShowView(Protocol):
    def commitment(self, state: State, today: dt.date, out: TextIO) -> None: ...


class DueView(Protocol):
    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None: ...


_PACKAGE = "commitments.formats."
LIST_MODULES: dict[ListFormat, str] = {
    ListFormat.table: "as_table",
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


def list_view(name: ListFormat, options: ViewOptions | None = None) -> ListView:
    module = importlib.import_module(_PACKAGE + LIST_MODULES[name])
    view: ListView = module.Format(options) if name is ListFormat.csv else module.Format()
    return view


def show_view(name: ShowFormat) -> ShowView:
    view: ShowView = importlib.import_module(_PACKAGE + SHOW_MODULES[name]).Format()
    return view


def due_view(name: DueFormat) -> DueView:
    view: DueView = importlib.import_module(_PACKAGE + DUE_MODULES[name]).Format()
    return view
