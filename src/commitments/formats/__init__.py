"""Output formats: one module per format, each implementing the views it supports.

Modules are imported only when their format is asked for, so that `rich` is not
paid for by commands printing JSON or CSV.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Sequence
from typing import Protocol, TextIO

from commitments.report.state import State


class ListFormat(Protocol):
    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None: ...


class ShowFormat(Protocol):
    def commitment(self, state: State, today: dt.date, out: TextIO) -> None: ...


class DueFormat(Protocol):
    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None: ...


_MODULES = {
    "table": "commitments.formats.as_table",
    "json": "commitments.formats.as_json",
    "csv": "commitments.formats.as_csv",
    "markdown": "commitments.formats.as_markdown",
    "plain": "commitments.formats.as_plain",
}


def list_format(name: str) -> ListFormat:
    module = importlib.import_module(_MODULES[name])
    formatter: ListFormat = module.Format()
    return formatter


def show_format(name: str) -> ShowFormat:
    module = importlib.import_module(_MODULES[name])
    formatter: ShowFormat = module.Format()
    return formatter


def due_format(name: str) -> DueFormat:
    module = importlib.import_module(_MODULES[name])
    formatter: DueFormat = module.Format()
    return formatter
