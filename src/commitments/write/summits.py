"""`add-summit`: a [[summit]] table appended through the write path, as `add` appends a
commitment: every value checked here first, so that an error names its option."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from commitments.errors import UsageError
from commitments.model import ID_PATTERN, Ledger
from commitments.parties import party_code
from commitments.text import quoted
from commitments.write.append import append
from commitments.write.requests import (
    not_in_future,
    reads_same,
    slugify,
    text_value,
    url_value,
)
from commitments.write.tables import toml_table

SUMMIT_OPTIONS = {
    "id": "ID", "name": "--name", "date": "--date", "end": "--end", "place": "--place",
    "host": "--host", "parties": "--party", "source": "--source", "url": "--url",
}  # fmt: skip


class SummitRequest(NamedTuple):
    name: str
    date: dt.date
    id: str | None = None  # default: a unique slug of the name
    end: dt.date | None = None
    place: str | None = None
    host: str | None = None
    parties: Sequence[str] = ()
    source: str | None = None
    url: str | None = None
    today: dt.date | None = None
    allow_future: bool = False
    force: bool = False  # add it even if the ledger has a summit of this name and date


class AddedSummit(NamedTuple):
    id: str
    table: str
    interrupted: bool


def add_summit(path: Path, request: SummitRequest, *, hold_interrupts: bool = False) -> AddedSummit:
    """Append a [[summit]]; its commitments can then name it (`add --summit ID`)."""
    name = text_value(request.name, "--name")
    assert name is not None
    not_in_future(request.date, request.today, "--date", request.allow_future)
    if request.end is not None and request.end < request.date:
        raise UsageError(f"--end: {request.end} is before the summit's date ({request.date})")
    given = text_value(request.id, "ID")
    if given is not None and not ID_PATTERN.fullmatch(given):
        raise UsageError(
            f"ID: {quoted(given)} is not an id (expected lowercase letters, digits and"
            " single dashes, e.g. ca-it-2025-astana)"
        )
    parties = [party_code(code, "--party") for code in request.parties]
    values: dict[str, Any] = {
        "name": name,
        "date": request.date,
        "end": request.end,
        "place": text_value(request.place, "--place"),
        "host": party_code(request.host, "--host") if request.host is not None else None,
        "parties": list(dict.fromkeys(parties)),
        "source": text_value(request.source, "--source"),
        "url": url_value(request.url, "--url"),
    }
    made: dict[str, str] = {}

    def build(ledger: Ledger, data: bytes) -> str:
        # Not a commitment's id either: `edit ID` must reach the one it names.
        taken = {s.id for s in ledger.summits} | {c.id for c in ledger.commitments}
        if given is not None and given in taken:
            raise UsageError(f"ID: the ledger has a summit or commitment {quoted(given)} already")
        # One meeting entered twice would split its commitments between two ids.
        wanted = reads_same(name)
        for s in () if request.force else ledger.summits:
            if s.date == request.date and reads_same(s.name) == wanted:
                raise UsageError(
                    f"--name: summit {quoted(s.id)} has this name and date already (give"
                    " --force to add another summit with them); nothing was changed"
                )
        made["id"] = given if given is not None else slugify(name, taken, fallback="summit")
        made["table"] = toml_table("summit", {"id": made["id"], **values})
        return made["table"]

    appended = append(path, build, hold_interrupts=hold_interrupts, options=SUMMIT_OPTIONS)
    return AddedSummit(made["id"], appended.table, appended.interrupted)
