"""Property: any sequence of add/update leaves parse(new) == parse(old) + the appended table."""

from __future__ import annotations

import datetime as dt
import tempfile
import textwrap
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commitments.errors import UsageError
from commitments.model import STATUSES
from commitments.write.requests import AddRequest, UpdateRequest, add_commitment, record_update

START = textwrap.dedent(
    """\
    # header
    [[commitment]]
    id = "seed"
    title = "Seed"
    declared = 2025-05-30
    """
)

texts = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40).filter(
    lambda s: bool(s.strip())
)
tricky = st.one_of(
    texts,
    st.sampled_from(
        [
            '"""',
            "'''",
            'a "quoted" b',
            "back\\slash",
            "line\nbreak",
            "cr\r\nlf",
            "tab\tx",
            "\x1b[31mred",
            "\u202eevil",
            "[bold]x[/]",
            ":warning:",
            "\\u0041",
        ]
    ),
)
dates = st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))
dues = st.sampled_from(
    ["2026", "by 2027", "spring 2026", "2026-Q3", "winter 2026/27", "2027-03~", None]
)

updates = st.builds(
    lambda on, status, due, note, source, by: (
        "update",
        UpdateRequest("seed", on, status, due, note, source, by),
    ),
    dates,
    st.sampled_from([*STATUSES, None]),
    dues,
    st.one_of(st.none(), tricky),
    st.one_of(st.none(), tricky),
    tricky,
)
adds = st.builds(
    lambda title, due, parties, tags, quote: (
        "add",
        AddRequest(
            title=title,
            due=due,
            parties=parties,
            tags=tags,
            quote=quote,
            declared=dt.date(2025, 1, 1),
        ),
    ),
    tricky,
    dues,
    st.lists(st.sampled_from(["IT", "KZ", "EU", "kg"]), max_size=3),
    st.lists(tricky, max_size=2),
    st.one_of(st.none(), tricky),
)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(updates, adds), min_size=1, max_size=6),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
)
def test_appends_are_exact(steps: list[tuple[str, object]], eol: str, final_newline: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "commitments.toml"
        start = START.replace("\n", eol)
        if not final_newline:
            start = start.rstrip("\r\n")
        path.write_bytes(start.encode())
        for kind, request in steps:
            old_bytes = path.read_bytes()
            old = tomllib.loads(old_bytes.decode())
            try:
                if kind == "update":
                    assert isinstance(request, UpdateRequest)
                    if (
                        request.status is None
                        and request.due is None
                        and request.note is None
                        and request.source is None
                    ):
                        continue
                    record_update(path, request)
                else:
                    assert isinstance(request, AddRequest)
                    add_commitment(path, request)
            except UsageError:
                assert path.read_bytes() == old_bytes  # refused: nothing changed
                continue
            new_bytes = path.read_bytes()
            assert new_bytes.startswith(old_bytes)
            new = tomllib.loads(new_bytes.decode())
            key = "update" if kind == "update" else "commitment"
            assert new[key][:-1] == old.get(key, [])
            other = "commitment" if key == "update" else "update"
            assert new.get(other) == old.get(other)
            table = new[key][-1]
            if kind == "update":
                assert isinstance(request, UpdateRequest)
                assert table["on"] == request.on
                for field in ("status", "due", "note", "source", "by"):
                    assert table.get(field) == getattr(request, field)  # exact round trip
            else:
                assert isinstance(request, AddRequest)
                assert table["title"] == request.title
                assert table.get("quote") == request.quote
                assert table.get("tags", []) == list(dict.fromkeys(request.tags))
            if eol == "\r\n":
                appended = new_bytes[len(old_bytes) :]
                assert b"\n" not in appended.replace(b"\r\n", b"")
