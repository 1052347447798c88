"""The open-data tables as one SQLite file (stdlib ``sqlite3``): the same tables, with
their primary and foreign keys, an index on every column a reader filters or joins on,
full-text search over the commitments, and a view of the compliance matrix, so that
``datasette FILE`` serves a searchable site and a JSON API of the ledger."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from commitments.publish.tables import Table

_SQL_TYPES = {
    "string": "TEXT",
    "date": "TEXT",
    "datetime": "TEXT",
    "integer": "INTEGER",
    "number": "REAL",
    "boolean": "INTEGER",
    "array": "TEXT",  # a JSON array: Datasette facets it ("facet by JSON array")
}
# What readers filter and join on: each gets an index.
_INDEXED = {
    "commitments": ("summit", "status", "strength", "end", "follows"),
    "updates": ("commitment", "on", "party"),
    "cells": ("party", "status"),
}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _create(table: Table) -> str:
    lines = []
    for column in table.columns:
        line = f"{_quoted(column.name)} {_SQL_TYPES[column.type]}"
        if column.required:
            line += " NOT NULL"
        lines.append(line)
    lines.append(f"PRIMARY KEY ({', '.join(_quoted(c) for c in table.primary_key)})")
    for key in table.foreign_keys:
        lines.append(
            f"FOREIGN KEY ({_quoted(key.column)}) REFERENCES"
            f" {_quoted(key.table)} ({_quoted(key.references)})"
        )
    return f"CREATE TABLE {_quoted(table.name)} (\n  " + ",\n  ".join(lines) + "\n)"


def _matrix_view(parties: list[str]) -> str:
    """One row per pledge, one column per party with its cell's score (null where it is
    not assessed or not scored), the pledge's mean and its coverage."""
    columns = ",\n  ".join(
        f"MAX(CASE WHEN cells.party = {_literal(party)} THEN cells.score END) AS {_quoted(party)}"
        for party in parties
    )
    return (
        'CREATE VIEW "compliance_matrix" AS SELECT\n'
        "  commitments.id AS commitment, commitments.title AS title,"
        " commitments.summit AS summit,\n"
        + (f"  {columns},\n" if columns else "")
        + "  commitments.score AS score, commitments.percent AS percent,\n"
        "  commitments.assessed AS assessed, commitments.cells AS cells,"
        " commitments.scored AS scored\n"
        "FROM commitments JOIN cells ON cells.commitment = commitments.id\n"
        "GROUP BY commitments.id ORDER BY commitments.summit, commitments.id"
    )


def write_database(target: Path, tables: list[Table]) -> None:
    """Make the database as a new file at ``target`` (which must not exist: the caller
    writes it beside its destination and moves it into place)."""
    connection = sqlite3.connect(target)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = OFF")  # a new file: nothing to roll back to
        with connection:
            for table in tables:
                connection.execute(_create(table))
                marks = ", ".join("?" for _ in table.columns)
                connection.executemany(
                    f"INSERT INTO {_quoted(table.name)} VALUES ({marks})",
                    ([_value(v) for v in row] for row in table.rows),
                )
                for column in _INDEXED.get(table.name, ()):
                    connection.execute(
                        f"CREATE INDEX {_quoted(f'{table.name}_{column}')}"
                        f" ON {_quoted(table.name)} ({_quoted(column)})"
                    )
            cells = next(t for t in tables if t.name == "cells")
            parties = sorted({row[1] for row in cells.rows})
            connection.execute(_matrix_view(parties))
            _full_text(connection)
        connection.execute("VACUUM")
    finally:
        connection.close()


def _full_text(connection: sqlite3.Connection) -> None:
    """Datasette's search box: an FTS5 table over the commitments' words, which it finds
    by its name. A Python whose SQLite lacks FTS5 makes the file without it."""
    try:
        connection.execute(
            'CREATE VIRTUAL TABLE "commitments_fts" USING fts5('
            "title, quote, notes, tags, content=[commitments], content_rowid=[rowid])"
        )
    except sqlite3.OperationalError:
        return
    connection.execute(
        'INSERT INTO "commitments_fts" (rowid, title, quote, notes, tags)'
        " SELECT rowid, title, quote, notes, tags FROM commitments"
    )


def database_bytes(tables: list[Table], folder: Path) -> bytes:
    """The database file's bytes, made in ``folder`` (the destination's, so that a full
    disk shows before anything is replaced) and removed from it."""
    temp = folder / f".{os.urandom(6).hex()}.sqlite.tmp"
    try:
        write_database(temp, tables)
        return temp.read_bytes()
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{temp}{suffix}")
