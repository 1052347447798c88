"""New tables as TOML text: one table per write, keys in a stable order, one value a line."""

from __future__ import annotations

import datetime as dt
from typing import Any

from commitments.text import unicode_escaped


def literal(value: Any) -> str:
    """One TOML value. tomli-w escapes strings and formats dates; arrays of strings stay on
    one line as people write them, and UTC date-times are written with a Z."""
    import tomli_w  # startup: writes only

    if isinstance(value, list):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(0):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    # Written escaped, so that the ledger shows them in any editor (bidi, C1, DEL).
    return unicode_escaped(tomli_w.dumps({"v": value})[len("v = ") : -1], astral="toml")


def toml_table(kind: str, values: dict[str, Any]) -> str:
    """A ``[[kind]]`` table of the values given (None and empty lists left out)."""
    lines = [f"[[{kind}]]"]
    lines += [
        f"{key} = {literal(value)}" for key, value in values.items() if value not in (None, [])
    ]
    return "\n".join(lines) + "\n"
