"""The open-data tables as a Frictionless Data Package: a CSV file per table and a
``datapackage.json`` that types every column and names the keys, the licence the ledger
sets, the sources and the day the data is as of (https://specs.frictionlessdata.io/)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from commitments import __version__
from commitments.formats.as_csv import defused
from commitments.model import LICENSES, Ledger
from commitments.publish.tables import Table, text_of
from commitments.text import visible

DESCRIPTOR = "datapackage.json"
_DEFUSED_NOTE = (
    " A text cell that would begin with =, +, -, @, a tab or a carriage return begins with"
    " an apostrophe, so that a spreadsheet shows it rather than runs it; control"
    " characters are shown as their names (the SQLite file of `export --format sqlite`"
    " keeps the text as written)."
)


def csv_bytes(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([column.name for column in table.columns])
    for row in table.rows:
        cells = zip(row, table.columns, strict=True)
        writer.writerow(_cell(value, column.type) for value, column in cells)
    return buffer.getvalue().encode("utf-8")


def _cell(value: Any, kind: str) -> str:
    text = text_of(value)
    if text is None:
        return ""
    if kind in ("string", "array"):
        # an array is JSON: it begins with "[", and its strings are escaped by json
        return defused(visible(text, keep_newlines=True)) if kind == "string" else text
    return text


def _license(name: str) -> dict[str, str]:
    """The ledger's licence as a data package names it: with its title and address when
    it is one of the ids the tool knows (check warns of any other)."""
    known = LICENSES.get(name)
    if known is None:
        return {"name": name}
    title, path = known
    return {"name": name, "title": title, "path": path}


def _resource(table: Table) -> dict[str, Any]:
    fields: list[dict[str, Any]] = []
    for column in table.columns:
        described: dict[str, Any] = {
            "name": column.name,
            "type": column.type,
            "description": column.description,
        }
        if column.type == "date":
            described["format"] = "%Y-%m-%d"
        if column.required:
            described["constraints"] = {"required": True}
        fields.append(described)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": list(table.primary_key)}
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": key.column,
                # a table that refers to itself names no resource (Table Schema)
                "reference": {
                    "resource": "" if key.table == table.name else key.table,
                    "fields": key.references,
                },
            }
            for key in table.foreign_keys
        ]
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": table.description + _DEFUSED_NOTE,
        "schema": schema,
    }


def package_files(tables: list[Table], ledger: Ledger, today: dt.date) -> dict[str, bytes]:
    """Each file of the package, by name; the descriptor last."""
    files = {f"{table.name}.csv": csv_bytes(table) for table in tables}
    sources: list[dict[str, str]] = []
    for summit in ledger.summits:
        if summit.url and not any(s["path"] == summit.url for s in sources):
            sources.append({"title": visible(summit.source or summit.name), "path": summit.url})
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": "commitments",
        "title": "Commitments made at summits, and what became of them",
        "description": (
            f"A ledger of dated commitments as of {today.isoformat()}: its summits, its"
            " commitments with their state on that day, the updates recorded on or before"
            " it, and each responsible party's standing on each pledge (the compliance"
            " matrix). Made by commitments from a hand-kept ledger; check the sources it"
            " cites."
        ),
        "created": f"{today.isoformat()}T00:00:00Z",
        "as_of": today.isoformat(),
        "generator": f"commitments {__version__}",
    }
    if ledger.license:
        descriptor["licenses"] = [_license(ledger.license)]
    if sources:
        descriptor["sources"] = sources
    descriptor["resources"] = [_resource(table) for table in tables]
    files[DESCRIPTOR] = (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode()
    return files
