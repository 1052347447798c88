"""Differential tests: every fast path gives exactly what the full check gives.

* the chunked, cached read (ledger/read.py) against the full check (ledger/check.py),
  over generated ledger texts, cold and warm, with many chunks and with few, and after
  an append;
* the fast table readers (schema/fast.py) against the full ones (schema/tables.py);
* the links checked stopping at the first broken one, over folded histories, against
  collecting them all over every update; histories folded in parts and merged against
  folded at once (ledger/history.py);
* every command's output with the cache and without it;
* what a cached run imports.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from commitments.errors import LedgerError
from commitments.ledger.cache import chunks
from commitments.ledger.check import check, full_read
from commitments.ledger.history import History, fold, merge
from commitments.ledger.read import ledger_from
from commitments.ledger.schema import fast
from commitments.ledger.schema.links import broken_links, links_hold, references
from commitments.ledger.schema.tables import (
    Report,
    TableReader,
    _read_commitment,
    _read_update,
    read_tables,
)
from commitments.model import STATUSES, STRENGTHS, Commitment, Ledger, Summit, Update
from commitments.write.tables import toml_table
from conftest import SHIPPED, TODAY, Run

NAME = "gen.toml"

# --- the two reads ---------------------------------------------------------------------------


def _said(ledger: Ledger) -> tuple[object, ...]:
    """All a valid ledger tells: version, commitments, histories, and the updates (all of
    them, and each commitment's, which a cached read may load chunk by chunk)."""
    names = sorted({*ledger.histories, *(c.id for c in ledger.commitments), UNKNOWN_ID})
    each = {name: ledger.updates_of(name) for name in names}
    return (
        ledger.version,
        ledger.commitments,
        ledger.histories,
        each,
        ledger.updates,
        ledger.summits,
    )


def full(data: bytes, path: Path) -> object:
    """What the full check says: the ledger, or the error lines."""
    try:
        checked = full_read(data, path, NAME, warnings=False)
    except LedgerError as exc:
        return exc.lines
    if checked.errors:
        return [str(p) for p in checked.errors]
    return _said(checked.ledger)


def chunked(data: bytes, path: Path) -> object:
    """What the one read every command uses says."""
    try:
        ledger = ledger_from(path, data, NAME)
    except LedgerError as exc:
        return exc.lines
    return _said(ledger)


def cache_folder() -> Path:
    return Path(os.environ["COMMITMENTS_CACHE_DIR"])


def cache_entries(folder: Path) -> list[Path]:
    """What the cache holds for ledgers (its secret aside)."""
    return sorted(p for p in folder.glob("*") if p.name != "secret") if folder.is_dir() else []


def clear_cache() -> None:
    shutil.rmtree(cache_folder(), ignore_errors=True)


# "parallel": a chunk at every table, half of them read by a forked child
# (read.read_chunks) whatever their number, and the file hashed on a thread.
MASKS = pytest.mark.parametrize(
    "mask", [None, 0, "parallel"], ids=["default-mask", "mask-0", "mask-0-parallel"]
)


def set_mask(monkeypatch: pytest.MonkeyPatch, mask: int | str | None) -> None:
    if mask == "parallel":
        from commitments.ledger import read

        monkeypatch.setattr(read, "PARALLEL_MIN", 2)
        monkeypatch.setattr(read, "THREADED_DIGEST_MIN", 0)
        monkeypatch.setattr(chunks, "MASK", 0)
    elif isinstance(mask, int):
        monkeypatch.setattr(chunks, "MASK", mask)


# --- generated ledger text -------------------------------------------------------------------

IDS = ["a", "water-2026", "b1", "summit-kg-2027", "c", "energy-event", "d2", "e"]
SUMMIT_ID = "s1"
SUMMIT = (
    f'[[summit]]\nid = "{SUMMIT_ID}"\nname = "A summit"\ndate = 2025-05-30\n'
    'parties = ["IT", "KZ"]\nsource = "Its declaration"'
)
UNKNOWN_ID = "zz-unknown"

# Values as TOML literals. "valid" ones are valid for the table on their own.
C_VALID: dict[str, list[str]] = {
    "title": ['"Round table on water"', '"Café “Abai” \\u00e9 opera"', "'a literal title'"],
    "due": [
        '"by 2026"',
        '"spring 2026"',
        '"2026"',
        '"Q3 2026"',
        '"winter 2026/27"',
        "2026-05-30",
        '"2026-06"',
        '"late 2026?"',
    ],
    "declared": ["2025-05-30", "2026-01-15"],
    "parties": ['["IT", "KZ"]', '["IT"]', "[]", '["IT", "IT"]', '["EU", "KG", "TJ"]'],
    "host": ['"IT"', '"KG"'],
    "tags": ['["water"]', "[]", '["a", "b"]'],
    "status": [f'"{s}"' for s in STATUSES],
    "source": ['"Joint Declaration, Astana"'],
    "url": ['"https://example.org/declaration"'],
    "quote": ['"They said \\"by 2026\\""'],
    "hemisphere": ['"south"', '"north"'],
    "notes": [
        '"plain notes"',
        '"""\nnotes that hold a header\n[[update]]\ncommitment = "zz"\non = 2026-01-01\n"""',
        "'''\n[[commitment]]\nid = \"q\"\n'''",
        '"""\n  <<<<<<< indented, so not a conflict marker\n"""',
    ],
}
C_INVALID: dict[str, list[str]] = {
    "title": ['""', '"   "', "42"],
    "due": [
        '"sprign 2026"',
        '"next year"',  # valid only with declared
        '"2026-13"',
        '""',
        "2026-05-30T10:00:00",
        "[1]",
        '"2026/.."',
    ],
    "declared": ["2025-05-30T10:00:00Z", '"2025-05-30"', "1"],
    "parties": ['["XX"]', '["it"]', '"IT"', "[1]"],
    "host": ['"XX"', '"UK"'],
    "tags": ['[""]', "[1]"],
    "status": ['"dun"', '"Done"', "true"],
    "url": ['"ftp://example.org"'],
    "hemisphere": ['"west"'],
    "source": ["1.5"],
    "notes": ["[]", '"""\n<<<<<<< ours, in a string\n"""'],
}
U_VALID: dict[str, list[str]] = {
    "on": ["2026-03-01", "2025-01-01", "2026-11-22"],  # 2025-01-01: before declared
    "status": [f'"{s}"' for s in STATUSES],
    "due": ['"2027"', '"by 2027"', "2027-01-31", '"next year"'],  # "next year": needs declared
    "note": [
        '"moved on"',
        '"""\nholds a header\n[[commitment]]\nid = "x"\ntitle = "X"\n"""',
    ],
    "source": ['"Press release"'],
    "by": ['"me"'],
    "recorded": [
        "2026-11-22T08:10:00Z",
        "2026-11-22T08:10:00+05:00",
        "2026-11-22T08:10:00",
        "2026-11-22T08:10:00.123456789Z",
    ],
}
U_INVALID: dict[str, list[str]] = {
    "on": ["2026-03-01T10:00:00", '"2026-03-01"'],
    "status": ['"dun"'],
    "due": ['"sprign 2026"', "[1]", '"2026-13"'],
    "recorded": ["2026-11-22", '"2026-11-22T08:10:00Z"'],
    "note": ["3"],
}

# Arrays of tables written inline at the top, which the [[…]] tables below cannot extend.
TOP_INLINE = [
    ("update", "[]"),
    ("commitment", "[]"),
    ("commitment", '[{ id = "a", title = "A" }]'),
    ("update", '[\n  { commitment = "a", on = 2026-01-01 },\n]'),
]
KEY_SPELLINGS = ["bare", "quoted", "literal", "escaped"]


def spelled(key: str, how: str) -> str:
    """A key as TOML lets one write it: bare, quoted, literal, or with an escape."""
    if how == "quoted":
        return f'"{key}"'
    if how == "literal":
        return f"'{key}'"
    if how == "escaped":
        return f'"\\u{ord(key[0]):04x}{key[1:]}"'
    return key


BETWEEN_HOSTILE = [
    "<<<<<<< ours",
    "=======",
    ">>>>>>> theirs",
    "[meta]\nx = 1",
    "x",
    "[commitment.extra]\nx = 1",
    "[[update]]",
]
HEADERS = {
    "commitment": ["[[commitment]]", "[[ commitment ]]", "  [[commitment]]", '[["commitment"]]'],
    "update": ["[[update]]", "[[ update ]]", "  [[update]]", "[['update']]"],
}


def _pick(draw: st.DrawFn, choices: list[str]) -> str:
    return draw(st.sampled_from(choices))


def _field(draw: st.DrawFn, clean: bool, valid: list[str], invalid: list[str] | None) -> str | None:
    """A value for one optional key: left out, valid, or (when not clean) invalid."""
    kinds = ["missing", "valid"] if clean or not invalid else ["missing", "valid", "invalid"]
    kind = draw(st.sampled_from(kinds))
    if kind == "missing":
        return None
    return _pick(draw, valid if kind == "valid" else invalid or valid)


def _header(draw: st.DrawFn, kind: str) -> str:
    """Mostly the plain header, where chunks may start; sometimes one spelled otherwise."""
    return draw(st.sampled_from(HEADERS[kind][:1] * 6 + HEADERS[kind][1:]))


@st.composite
def commitment_tables(draw: st.DrawFn, clean: bool, tricky: bool) -> list[tuple[str | None, str]]:
    """(id or None, table text) for each commitment; ``tricky`` strings may hold headers."""
    count = draw(st.integers(0, 5))
    tables: list[tuple[str | None, str]] = []
    used: list[str] = []
    for _ in range(count):
        lines = [_header(draw, "commitment")]
        unused = [i for i in IDS if i not in used]
        kind = "fresh" if clean else draw(st.sampled_from(["fresh"] * 3 + ["dup", "bad", "none"]))
        ident: str | None = None
        if kind == "fresh" or (kind == "dup" and not used):
            ident = _pick(draw, unused)
            lines.append(f'id = "{ident}"')
        elif kind == "dup":
            ident = _pick(draw, used)
            lines.append(f'id = "{ident}"')
        elif kind == "bad":
            lines.append("id = " + _pick(draw, ['"Bad_ID"', '""', '"a--b"', '"-a"', "3"]))
        if ident is not None:
            used.append(ident)
        title = _field(draw, clean, C_VALID["title"], C_INVALID["title"])
        if title is not None or clean:
            lines.append(f"title = {title or C_VALID['title'][0]}")
        declared = _field(draw, clean, C_VALID["declared"], C_INVALID["declared"])
        for key in ("due", "parties", "host", "tags", "status", "source", "url", "quote"):
            value = _field(draw, clean, C_VALID[key], C_INVALID.get(key))
            if key == "due" and clean and declared is not None and draw(st.booleans()):
                value = '"next year"'
            if value is not None:
                lines.append(f"{key} = {value}")
        if declared is not None:
            # after the header and the id, when there are both
            lines.insert(
                draw(st.integers(min(2, len(lines)), len(lines))), f"declared = {declared}"
            )
        # follows: an earlier commitment when clean; else anything, itself or unknown.
        earlier = used[:-1] if ident is not None else used
        if clean:
            if earlier and draw(st.booleans()):
                lines.append(f'follows = "{_pick(draw, earlier)}"')
        else:
            follows = draw(st.sampled_from(["none", "earlier", "any", "self", "unknown"]))
            if follows == "earlier" and earlier:
                lines.append(f'follows = "{_pick(draw, earlier)}"')
            elif follows == "any":
                lines.append(f'follows = "{_pick(draw, IDS)}"')
            elif follows == "self" and ident is not None:
                lines.append(f'follows = "{ident}"')
            elif follows == "unknown":
                lines.append(f'follows = "{UNKNOWN_ID}"')
        summit = draw(st.sampled_from(["none", "none", "s1", "unknown"]))
        if summit == "s1" or (summit == "unknown" and not clean):
            lines.append(f'summit = "{SUMMIT_ID if summit == "s1" else UNKNOWN_ID}"')
        for key in ("hemisphere", "notes"):
            valid = C_VALID[key] if tricky or key != "notes" else C_VALID[key][:1]
            if key == "hemisphere" and clean and any("2026/27" in line for line in lines):
                valid = ['"north"']  # winter crosses into the next year only in the north
            value = _field(draw, clean, valid, C_INVALID.get(key))
            if value is not None:
                lines.append(f"{key} = {value}")
        if not clean and draw(st.integers(0, 5)) == 0:
            lines.append(_pick(draw, ['colour = "red"', 'dues = "2026"', 'Title = "x"']))
        if not clean and draw(st.integers(0, 7)) == 0:
            lines.append("[commitment.extra]\nx = 1")
        tables.append((ident, "\n".join(lines)))
    return tables


@st.composite
def update_tables(draw: st.DrawFn, clean: bool, ids: list[str], tricky: bool) -> list[str]:
    count = draw(st.integers(0, 5 if ids or not clean else 0))
    tables = []
    for _ in range(count):
        lines = [_header(draw, "update")]
        if clean or draw(st.integers(0, 4)):
            target = _pick(draw, ids) if ids and (clean or draw(st.integers(0, 3))) else UNKNOWN_ID
            lines.append(f'commitment = "{target}"')
        elif draw(st.booleans()):
            lines.append("commitment = " + _pick(draw, ['""', "3", '"  "']))
        on = _field(draw, clean, U_VALID["on"], U_INVALID["on"])
        if on is not None or clean or draw(st.integers(0, 4)):
            lines.append(f"on = {on or U_VALID['on'][0]}")
        if draw(st.integers(0, 3)):  # else it records nothing
            for key in ("status", "due", "note", "source", "by", "recorded"):
                valid = U_VALID[key]
                if clean and key == "due":
                    valid = valid[:-1]  # "next year" needs the commitment's declared date
                if not tricky and key == "note":
                    valid = valid[:1]
                value = _field(draw, clean, valid, U_INVALID.get(key))
                if value is not None:
                    lines.append(f"{key} = {value}")
        if not clean and draw(st.integers(0, 3)) == 0:
            lines.append(f'party = "{_pick(draw, ["IT", "KZ", "XX"])}"')
        if not clean and draw(st.integers(0, 7)) == 0:
            lines.append('stauts = "done"')
        tables.append("\n".join(lines))
    return tables


@st.composite
def ledgers(draw: st.DrawFn, clean: bool | None = None) -> bytes:
    """A ledger's bytes. Clean ones are valid; the others mix in every kind of error.

    Without ``clean`` given, a hostile fragment may also be added to tables of either kind.
    """
    hostile = clean is None and draw(st.booleans())
    where = draw(st.sampled_from(["top", "top", "between", "both"])) if hostile else ""
    if clean is None:
        # Mostly valid tables under a hostile top, so that it alone decides.
        clean = draw(
            st.sampled_from([True, True, True, False] if where == "top" else [True, False])
        )
    top: list[str] = []
    if draw(st.booleans()):
        top.append("# a generated ledger")
    version = draw(st.sampled_from(["1", "missing"] + ([] if clean else ["2", '"1"'])))
    if version != "missing":
        top.append(f"version = {version}")
    if where in ("top", "both"):
        key, value = draw(st.sampled_from(TOP_INLINE))
        line = f"{spelled(key, draw(st.sampled_from(KEY_SPELLINGS)))} = {value}"
        top.insert(draw(st.integers(0, len(top))), line)
    tricky = draw(st.booleans())  # multi-line strings that hold header lines
    commitments = draw(commitment_tables(clean, tricky))
    ids = [i for i, _ in commitments if i is not None]
    updates = draw(update_tables(clean, ids, tricky))
    # Commitments name summit s1; its table is there, or twice, or broken, or missing.
    summit = draw(st.sampled_from(["one", "one", "two"] if clean else ["one", "two", "bad", "no"]))
    summits = {
        "one": [SUMMIT],
        "two": [SUMMIT, SUMMIT.replace('"s1"', '"s2"')] if clean else [SUMMIT, SUMMIT],
        "bad": [SUMMIT.replace("2025-05-30", '"May"')],
        "no": [],
    }[summit]
    # Commitments, summits and updates in any order, as hand-edited files have them.
    body = [t for _, t in commitments] + summits + updates
    order = draw(st.permutations(range(len(body)))) if body and draw(st.booleans()) else None
    if order is not None:
        body = [body[i] for i in order]
    if where in ("between", "both"):
        for _ in range(draw(st.integers(1, 2))):
            body.insert(draw(st.integers(0, len(body))), _pick(draw, BETWEEN_HOSTILE))
    blank = draw(st.sampled_from(["\n\n", "\n", "\n# --- a comment [[update]] ---\n"]))
    text = "\n".join(top) + ("\n\n" if top else "") + blank.join(body)
    if text and draw(st.booleans()):
        text += "\n"
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if draw(st.integers(0, 4)) == 0:
        data = b"\xef\xbb\xbf" + data
    return data


# An [[update]] as the tool appends one: to a commitment of the ledger or not, any due.
APPENDED = st.builds(
    lambda values: toml_table("update", values),
    st.fixed_dictionaries(
        {
            "commitment": st.sampled_from([*IDS, UNKNOWN_ID]),
            "on": st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31)),
            "status": st.sampled_from([None, *STATUSES]),
            "due": st.sampled_from([None, "2027", "by 2028", "next year", "sprign 2026"]),
            "note": st.sampled_from([None, "appended", 'holds "quotes"\nand [[update]]']),
            "by": st.sampled_from([None, "the tool"]),
            "recorded": st.sampled_from([None, dt.datetime(2026, 11, 22, 8, 10, tzinfo=dt.UTC)]),
        }
    ),
)
A_UPDATE = '[[update]]\ncommitment = "a"\non = 2026-05-01\n'


INLINE = [
    f"{spelled(key, how)} = {value}" for how in KEY_SPELLINGS for key, value in TOP_INLINE
] + ["\"upd\\u0061te\" = [{ commitment = 'a', on = 2026-01-01 }]"]
FEW_TABLES = (
    '[[commitment]]\nid = "a"\ntitle = "A"\n\n'
    '[[commitment]]\nid = "b"\ntitle = "B"\n\n'
    '[[update]]\ncommitment = "a"\non = 2026-01-01\n\n'
    '[[update]]\ncommitment = "b"\non = 2026-01-02\n'
)
TWO_COMMITMENTS = '[[commitment]]\nid = "a"\ntitle = "A"\n\n[[commitment]]\nid = "b"\ntitle = "B"\n'
TWO_UPDATES = (
    '\n[[update]]\ncommitment = "a"\non = 2026-01-01\n'
    '\n[[update]]\ncommitment = "b"\non = 2026-01-02\n'
)


def cut_at_first(table: Callable[[int], str], after: str) -> str:
    """``table(n)`` + ``after`` for the first n whose header the default MASK cuts at (the
    bytes that decide a cut start at the header, so what comes before does not matter)."""
    for n in itertools.count():
        text = table(n) + after
        if [start for start, _ in chunks.split(("\n" + text).encode())][1:2] == [1]:
            return text
    raise AssertionError("unreachable")


# A chunk starts at the first table of one kind, before any of the other: with the
# default MASK the inline array and the tables it clashes with fall in different chunks.
CUT_BEFORE_UPDATES = cut_at_first(
    lambda n: f'[[commitment]]\nid = "a"\ntitle = "A{n}"\n',
    '\n[[commitment]]\nid = "b"\ntitle = "B"\n' + TWO_UPDATES,
)
CUT_BEFORE_COMMITMENTS = cut_at_first(
    lambda n: f'[[update]]\ncommitment = "a"\non = 2026-01-01\nnote = "n{n}"\n',
    '\n[[update]]\ncommitment = "b"\non = 2026-01-02\n\n' + TWO_COMMITMENTS,
)
AFTER = {
    "alone": "",
    "few": FEW_TABLES,
    "cut-before-updates": CUT_BEFORE_UPDATES,
    "cut-before-commitments": CUT_BEFORE_COMMITMENTS,
}


# --- 1. generated ledgers: the chunked, cached read is the full check --------------------------


@MASKS
@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=ledgers(), table=APPENDED)
# Inline arrays whose key is spelled with an escape, with and without tables after them.
@example(data=('"\\u0075pdate" = []\n\n' + FEW_TABLES).encode(), table=A_UPDATE)
@example(data=('"\\u0075pdate" = []\n\n' + TWO_COMMITMENTS).encode(), table=A_UPDATE)
@example(data=('"\\u0075pdate" = []\n\n' + CUT_BEFORE_UPDATES).encode(), table=A_UPDATE)
def test_generated_ledgers_read_as_the_full_check_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mask: int | str | None, data: bytes, table: str
) -> None:
    set_mask(monkeypatch, mask)
    clear_cache()
    path = tmp_path / "work" / NAME
    path.write_bytes(data)
    expected = full(data, path)
    assert chunked(data, path) == expected  # cold
    assert chunked(data, path) == expected  # warm
    if not isinstance(expected, tuple):
        return
    # Tables appended (as the tool writes them) to a valid ledger whose reading is cached:
    # each read after an append, and the warm one after it, is a full read of the bytes.
    newline = "\r\n" if b"\r\n" in data else "\n"
    for _ in range(2):
        data += ("" if not data or data.endswith(b"\n") else newline).encode()
        data += ("\n" + table).replace("\n", newline).encode()
        path.write_bytes(data)
        expected = full(data, path)
        assert chunked(data, path) == expected  # after the append
        assert chunked(data, path) == expected  # warm
        if not isinstance(expected, tuple):
            return


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=ledgers(), strict=st.booleans())
def test_a_remembered_check_report_is_the_one_a_fresh_check_makes(
    tmp_path: Path, data: bytes, strict: bool
) -> None:
    """`check` on bytes it has checked before reads its report back: the same report."""
    clear_cache()
    path = tmp_path / "work" / NAME
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    os.environ["COMMITMENTS_NO_CACHE"] = "1"
    try:
        fresh = check(path, strict=strict)
    finally:
        del os.environ["COMMITMENTS_NO_CACHE"]
    assert check(path, strict=strict) == fresh  # cold: made, then remembered
    assert cache_entries(cache_folder())
    assert check(path, strict=strict) == fresh  # warm: read back
    assert check(path, strict=not strict) == check_uncached(path, strict=not strict)


def check_uncached(path: Path, *, strict: bool) -> object:
    os.environ["COMMITMENTS_NO_CACHE"] = "1"
    try:
        return check(path, strict=strict)
    finally:
        del os.environ["COMMITMENTS_NO_CACHE"]


def test_a_check_report_is_remembered_for_those_bytes_only(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_text(TWO_COMMITMENTS, encoding="utf-8")
    assert check(path).ok
    path.write_text(TWO_COMMITMENTS + "\n[[update]]\ncommitment = 1\n", encoding="utf-8")
    changed = check(path)
    assert not changed.ok
    assert changed == check_uncached(path, strict=False)
    path.write_text(TWO_COMMITMENTS, encoding="utf-8")
    assert check(path) == check_uncached(path, strict=False)


# Bytes rich in headers, some cut mid-way, so that cuts fall near the old end.
_PIECES = st.sampled_from(
    [b"\n[[update]]\n", b"\n[[commitment]]\n", b"\n[[upd", b"ate]]", b"x", b"\n", b'id = "a"\n']
)


@pytest.mark.parametrize("mask", [0, 1, 3, chunks.MASK])
@settings(max_examples=300, deadline=None)
@given(
    head=st.lists(st.one_of(_PIECES, st.binary(max_size=120)), max_size=30).map(b"".join),
    tail=st.lists(st.one_of(_PIECES, st.binary(max_size=120)), max_size=10).map(b"".join),
)
def test_splitting_a_grown_file_again_is_splitting_it_afresh(
    mask: int, head: bytes, tail: bytes
) -> None:
    """The split of an appended-to file, made from the old file's cuts and a look at the
    bytes after them, is the split of the whole file."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chunks, "MASK", mask)
        starts = [a for a, _ in chunks.split(head)]
        assert chunks.resplit(head + tail, starts, len(head)) == chunks.split(head + tail)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=400), size=st.integers(min_value=0, max_value=500))
def test_both_digests_in_one_pass_are_the_digests(data: bytes, size: int) -> None:
    before, whole, running = chunks.digests(data, size)
    assert whole == chunks.digest(data) == running.digest()
    assert before == (chunks.digest(data[:size]) if size <= len(data) else None)
    # given the running hash of the first bytes, the rest is hashed on from there
    grown = data + b"more"
    assert chunks.digests(grown, len(data), running)[:2] == (whole, chunks.digest(grown))


@MASKS
@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=ledgers(clean=True), table=APPENDED, edit=st.booleans())
@example(data=("version = 1\n\n" + FEW_TABLES).encode(), table=A_UPDATE, edit=True)
def test_reading_again_after_an_append_is_a_full_read(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mask: int | str | None,
    data: bytes,
    table: str,
    edit: bool,
) -> None:
    """What a write does: read, then read the bytes plus a table given the first read
    (whose hash it carries on). With ``edit`` a title changed in place meanwhile too (an
    editor's save), so the carried hash must not be used."""
    set_mask(monkeypatch, mask)
    clear_cache()
    path = tmp_path / "work" / NAME
    path.write_bytes(data)
    try:
        first = ledger_from(path, data, NAME)
    except LedgerError:
        return
    grown = data
    at = data.find(b'title = "') + len(b'title = "')
    if edit and at >= len(b'title = "') and at < len(data):  # a letter changed in place
        grown = data[:at] + (b"Q" if data[at : at + 1] != b"Q" else b"R") + data[at + 1 :]
    grown += b"" if not grown or grown.endswith(b"\n") else b"\n"
    grown += ("\n" + table).encode()
    path.write_bytes(grown)
    try:
        again: object = _said(ledger_from(path, grown, NAME, grown_from=first))
    except LedgerError as exc:
        again = exc.lines
    assert again == full(grown, path)


@settings(max_examples=30, deadline=None)
@given(ledgers(clean=True))
def test_clean_ledgers_are_valid(data: bytes) -> None:
    """The generator's clean ledgers are valid, so the test above reaches the cache."""
    result = full(data, Path(NAME))
    assert isinstance(result, tuple), result


@MASKS
@pytest.mark.parametrize("after", list(AFTER.values()), ids=list(AFTER))
@pytest.mark.parametrize("inline", INLINE)
def test_inline_arrays_of_tables_are_refused_by_both_reads(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mask: int | str | None,
    inline: str,
    after: str,
) -> None:
    """Written before the first header, an inline array makes the [[…]] tables after it
    invalid TOML; alone, it would make the next write do so. Both reads refuse it."""
    set_mask(monkeypatch, mask)
    data = ("version = 1\n" + inline + "\n\n" + after).encode()
    path = tmp_path / "work" / NAME
    path.write_bytes(data)
    expected = full(data, path)
    assert isinstance(expected, list), f"the full check accepts {inline!r}: {expected}"
    assert chunked(data, path) == expected  # cold
    assert chunked(data, path) == expected  # warm


@pytest.mark.parametrize(
    ("after", "other"),
    [(CUT_BEFORE_UPDATES, b"[[update]]"), (CUT_BEFORE_COMMITMENTS, b"[[commitment]]")],
)
def test_the_default_mask_cuts_before_the_first_table_of_the_other_kind(
    after: str, other: bytes
) -> None:
    """So that the tests above reach the chunked read with the default MASK too."""
    data = ("version = 1\n" + INLINE[0] + "\n\n" + after).encode()
    first_cut = chunks.split(data)[1][0]
    assert first_cut < data.index(b"\n" + other)


# --- 2. the fast table readers accept exactly what the full readers accept ---------------------


def _offset(minutes: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=minutes))


SCALARS = st.one_of(
    st.text(max_size=6),
    st.integers(-3, 3) | st.integers(),
    st.booleans(),
    st.floats(),
    st.dates(),
    st.datetimes(
        timezones=st.none() | st.just(dt.UTC) | st.builds(_offset, st.integers(-1439, 1439))
    ),
    st.times(),
)
ANY = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=3),
    st.dictionaries(st.sampled_from(["x", "id"]), SCALARS, max_size=2),
)
PARTY = st.sampled_from(["IT", "KZ", "EU", "XX", "it", "UK", "", "IT "])
DUE_TEXT = st.sampled_from(
    [
        "by 2026",
        "spring 2026",
        "next year",
        "this year?",
        "sprign 2026",
        "2026-13",
        "",
        "winter 2026/27",
        "autumn 2026/27",
        "2026-21",
        "../2027",
        "2026/..",
        "2027/2026",
        "by 9999",
        "9998-12",
    ]
)


def _either(plausible: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(plausible, plausible, ANY)


COMMITMENT_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "id": _either(st.sampled_from(["a", "water-2026", "a--b", "A", "", "-a", "a1-b2"])),
    "title": _either(st.sampled_from(["A title", "", "  ", "\t"])),
    "due": _either(DUE_TEXT | st.dates()),
    "declared": _either(st.dates() | st.sampled_from([dt.date(2025, 5, 30), dt.date(9999, 1, 1)])),
    "parties": _either(st.lists(PARTY, max_size=3)),
    "host": _either(PARTY),
    "tags": _either(st.lists(st.sampled_from(["water", "", " ", "a b"]), max_size=3)),
    "status": _either(st.sampled_from([*STATUSES, "dun", "Done", ""])),
    "source": _either(st.text(max_size=4)),
    "url": _either(
        st.sampled_from(["https://x.org", "http://a b", "ftp://x", "https://", "https://x\n"])
    ),
    "quote": _either(st.text(max_size=4)),
    "follows": _either(st.sampled_from(["a", "zz", ""])),
    "hemisphere": _either(st.sampled_from(["north", "south", "west", ""])),
    "notes": _either(st.text(max_size=4)),
    "strength": _either(st.sampled_from([*STRENGTHS, "Pledge", "promise", ""])),
    "summit": _either(st.sampled_from(["ca-it-2025", "", "Bad"])),
}
UPDATE_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "commitment": _either(st.sampled_from(["a", "", " ", "zz"])),
    "on": _either(st.dates()),
    "status": _either(st.sampled_from([*STATUSES, "dun", ""])),
    "party": _either(PARTY),
    "due": _either(DUE_TEXT | st.dates()),
    "note": _either(st.text(max_size=4)),
    "source": _either(st.text(max_size=4)),
    "by": _either(st.text(max_size=4)),
    "recorded": _either(
        st.datetimes(
            timezones=st.none() | st.just(dt.UTC) | st.builds(_offset, st.integers(-1439, 1439))
        )
    ),
}
UNKNOWN = {"colour": ANY, "Id": ANY}


def raw_tables(
    values: dict[str, st.SearchStrategy[Any]], required: tuple[str, ...]
) -> st.SearchStrategy[dict[str, Any]]:
    optional = {k: v for k, v in values.items() if k not in required}
    return st.one_of(
        st.fixed_dictionaries({k: values[k] for k in required}, optional=optional),
        st.fixed_dictionaries({}, optional={**values, **UNKNOWN}),
    )


def full_reading(raw: dict[str, Any], array: str) -> tuple[object, bool]:
    """The full reader's value for one table, and whether it reported an error. (Called
    directly: read_tables tries the fast reader first and would never reach it.)"""
    report = Report("x", "", warnings=False)
    reader = TableReader(raw, array, 0, array, report)
    value = _read_commitment(reader) if array == "commitment" else _read_update(reader)
    return value, reader.failed or report.failed or value is None


@settings(max_examples=1500, deadline=None)
@given(raw_tables(COMMITMENT_VALUES, ("id", "title")))
def test_fast_commitment_reader_is_the_full_one(raw: dict[str, Any]) -> None:
    quick = fast.commitment(raw)
    value, failed = full_reading(raw, "commitment")
    assert (quick is not None) == (not failed), (quick, value)
    if quick is not None:
        assert quick == value
    # read_tables, which tries the fast reader first, agrees too.
    tables = read_tables({"commitment": [raw]}, Report("x", "", warnings=False))
    ((read, reader),) = tables.commitments
    assert (read is not None and not reader.failed) == (not failed)
    if not failed:
        assert read == value


@settings(max_examples=1000, deadline=None)
@given(raw_tables(UPDATE_VALUES, ("commitment", "on")))
def test_fast_update_reader_is_the_full_one(raw: dict[str, Any]) -> None:
    quick = fast.update(raw)
    value, failed = full_reading(raw, "update")
    assert (quick is not None) == (not failed), (quick, value)
    if quick is not None:
        assert quick == value
    tables = read_tables({"update": [raw]}, Report("x", "", warnings=False))
    ((read, reader),) = tables.updates
    assert (read is not None and not reader.failed) == (not failed)
    if not failed:
        assert read == value


# --- 3. links: stopping at the first broken one agrees with collecting them all ----------------

LINK_IDS = ["a", "b", "c", "d"]


@st.composite
def valid_tables(draw: st.DrawFn) -> tuple[list[Commitment], list[Update], list[Summit]]:
    summits = [
        Summit(ident, ident.upper(), dt.date(2025, 5, 30), parties=draw(LINK_PARTIES))
        for ident in draw(st.lists(st.sampled_from(["s1", "s2"]), max_size=3))  # duplicates too
    ]
    commitments = []
    for _ in range(draw(st.integers(0, 6))):
        ident = draw(st.sampled_from(LINK_IDS))  # duplicates on purpose
        commitments.append(
            Commitment(
                id=ident,
                title=ident.upper(),
                due=draw(st.sampled_from([None, "2026", "by 2027", "next year"])),
                declared=draw(st.sampled_from([None, dt.date(2025, 5, 30)])),
                parties=draw(LINK_PARTIES),
                # itself, chains, cycles, unknown
                follows=draw(st.sampled_from([None, None, *LINK_IDS, "zz"])),
                hemisphere=draw(st.sampled_from(["north", "south"])),
                summit=draw(st.sampled_from([None, None, "s1", "s2", "s3"])),
            )
        )
    updates = []
    for _ in range(draw(st.integers(0, 5))):
        party = draw(st.sampled_from([None, None, "IT", "KZ"]))
        updates.append(
            Update(
                commitment=draw(st.sampled_from([*LINK_IDS, "zz"])),
                on=dt.date(2026, 1, 1),
                status=draw(st.sampled_from([None, "done"])),
                due=None
                if party
                else draw(
                    st.sampled_from(
                        [None, "2027", "next year", "sprign 2026", "winter 2026/27", ""]
                    )
                ),
                party=party,
            )
        )
    return commitments, updates, summits


LINK_PARTIES = st.sampled_from([(), ("IT",), ("IT", "KZ")])


@settings(max_examples=600, deadline=None)
@given(valid_tables())
def test_links_hold_exactly_when_none_is_broken(
    tables: tuple[list[Commitment], list[Update], list[Summit]],
) -> None:
    """Stopping at the first broken link over each commitment's folded history (the cached
    read) agrees with collecting every broken link over every update (the full check):
    summits named, parties assessed, dues read with a summit's date."""
    commitments, updates, summits = tables
    every = list(
        broken_links(
            [c.id for c in commitments],
            commitments,
            references(updates),
            [s.id for s in summits],
            summits,
        )
    )
    assert links_hold(commitments, fold(updates), summits) == (every == [])


# --- 3b. a history folded at once is the histories of its parts merged -----------------------


def applied_last(updates: list[Update]) -> tuple[str | None, list[tuple[dt.date, str]]]:
    """The oracle: updates apply in order of `on`, ties in file order."""
    in_order = sorted(updates, key=lambda u: u.on)  # stable: ties stay in file order
    # An update that assesses one party changes that party's status and nothing else.
    statuses = [u.status for u in in_order if u.status is not None and u.party is None]
    return (statuses[-1] if statuses else None), [(u.on, u.due) for u in in_order if u.due]


def assessed_last(updates: list[Update]) -> dict[str, str]:
    in_order = sorted(updates, key=lambda u: u.on)
    return {u.party: u.status for u in in_order if u.party is not None and u.status is not None}


_ON = st.dates(dt.date(2026, 1, 1), dt.date(2026, 1, 6))  # many ties
UPDATES = st.lists(
    st.one_of(
        st.builds(
            Update,
            commitment=st.sampled_from(["a", "b", "c"]),
            on=_ON,
            status=st.sampled_from([None, *STATUSES]),
            due=st.sampled_from([None, "2027", "by 2028"]),
            party=st.none(),
        ),
        st.builds(
            Update,
            commitment=st.sampled_from(["a", "b", "c"]),
            on=_ON,
            status=st.sampled_from([None, *STATUSES]),
            due=st.none(),  # a party's assessment reschedules nothing
            party=st.sampled_from(["IT", "KZ"]),
        ),
    ),
    max_size=12,
)


@settings(max_examples=500, deadline=None)
@given(UPDATES, st.lists(st.integers(0, 12), max_size=4))
def test_folding_in_parts_and_merging_is_folding_at_once(
    updates: list[Update], cuts: list[int]
) -> None:
    bounds = [0, *sorted(min(c, len(updates)) for c in cuts), len(updates)]
    merged: dict[str, History] = {}
    for start, end in itertools.pairwise(bounds):
        merged = merge(merged, fold(updates[start:end]))
    whole = fold(updates)
    assert merged == whole
    for ident, history in whole.items():
        own = [u for u in updates if u.commitment == ident]
        status, reschedules = applied_last(own)
        assert (history.total, history.last_on) == (len(own), max(u.on for u in own))
        assert history.status == status
        assert history.reschedules == reschedules
        assert history.party_statuses() == assessed_last(own)


# --- 4. every command says the same with the cache and without it ------------------------------


def commands(ident: str | None) -> list[list[str]]:
    return [
        ["list", "--format", "json"],
        ["list", "--format", "csv"],
        ["due", "--format", "json"],
        ["due", "--format", "plain"],
        ["show", ident or "nothing-here", "--format", "json"],
        ["check", "--format", "json"],
    ]


def outputs(run: Run, path: Path, ident: str | None, env: dict[str, str]) -> list[object]:
    said = []
    for command in commands(ident):
        result = run("-f", str(path), "--today", TODAY, *command, env=env)
        said.append((command, result.exit_code, result.stdout, result.stderr))
    return said


def same_with_and_without_cache(run: Run, path: Path) -> None:
    full_result = full(path.read_bytes(), path)
    assert isinstance(full_result, tuple), full_result
    ident = full_result[1][-1].id if full_result[1] else None
    clear_cache()
    without = outputs(run, path, ident, {"COMMITMENTS_NO_CACHE": "1"})
    cold = outputs(run, path, ident, {})
    warm = outputs(run, path, ident, {})
    assert cold == without
    assert warm == without


@MASKS
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=ledgers(clean=True))
def test_commands_say_the_same_with_the_cache(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mask: int | str | None, data: bytes
) -> None:
    set_mask(monkeypatch, mask)
    path = tmp_path / "work" / NAME
    path.write_bytes(data)
    assume(isinstance(full(data, path), tuple))
    same_with_and_without_cache(run, path)


@MASKS
def test_commands_on_the_shipped_ledger_say_the_same_with_the_cache(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mask: int | str | None
) -> None:
    set_mask(monkeypatch, mask)
    path = tmp_path / "work" / "commitments.toml"
    shutil.copyfile(SHIPPED, path)
    same_with_and_without_cache(run, path)
    assert cache_entries(cache_folder())


# --- 5. a cached run imports neither the parser nor the full check -----------------------------

NOT_ON_THE_CACHED_PATH = (
    "tomllib",
    "rich",
    "commitments.ledger.check",
    "commitments.ledger.schema.tables",
    "commitments.ledger.schema.fast",
    "commitments.ledger.positions",
    # what other reports need: `due` has no use for them (10 ms of imports)
    "commitments.report.compliance",
    "commitments.report.timeline",
)
IMPORT_LINE = re.compile(r"^import time:\s*\d+ \|\s*\d+ \|( *)(\S+)\s*$")


def imported(stderr: str) -> list[tuple[int, str]]:
    """(depth, module) in the order -X importtime prints them: children before parents."""
    rows = []
    for line in stderr.splitlines():
        match = IMPORT_LINE.match(line)
        if match:
            rows.append((len(match.group(1)) // 2, match.group(2)))
    return rows


def importer(rows: list[tuple[int, str]], at: int) -> str:
    """Who imported rows[at]: the first later row less deeply nested (or the script itself)."""
    depth = rows[at][0]
    for later_depth, module in rows[at + 1 :]:
        if later_depth < depth:
            return module
    return "__main__ (top level)"


def importers(rows: list[tuple[int, str]], at: int) -> list[str]:
    """Everything that led to rows[at] being imported, nearest first."""
    chain, depth = [], rows[at][0]
    for later_depth, module in rows[at + 1 :]:
        if later_depth < depth:
            chain.append(module)
            depth = later_depth
    return chain


@pytest.mark.parametrize("format_", ["plain", "json"])
def test_a_cached_run_imports_neither_the_parser_nor_the_full_check(
    tmp_path: Path, format_: str
) -> None:
    ledger = tmp_path / "work" / "commitments.toml"
    shutil.copyfile(SHIPPED, ledger)
    env = {k: v for k, v in os.environ.items() if k != "COMMITMENTS_NO_CACHE"}
    env["COMMITMENTS_CACHE_DIR"] = str(tmp_path / "import-cache")
    argv = [sys.executable, "-X", "importtime", "-m", "commitments", "-f", str(ledger)]
    argv += ["--today", TODAY, "due", "--format", format_]
    runs = [
        subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, check=False)
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], [r.stderr[-2000:] for r in runs]
    assert runs[0].stdout == runs[1].stdout
    assert cache_entries(tmp_path / "import-cache"), "the first run filled no cache"
    first = {module for _, module in imported(runs[0].stderr)}
    assert "tomllib" in first  # the cold run did parse, so the cache was filled from it
    rows = imported(runs[1].stderr)
    assert rows, "no -X importtime output"
    found = [
        f"{module} (imported by {importer(rows, at)})"
        for at, (_, module) in enumerate(rows)
        if any(module == name or module.startswith(name + ".") for name in NOT_ON_THE_CACHED_PATH)
        # Under CI's coverage, coverage itself reads its config with tomllib: not ours.
        and not any(m.split(".")[0] == "coverage" for m in importers(rows, at))
    ]
    assert found == []


def test_a_child_that_hands_back_nothing_leaves_its_half_to_the_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forked reader that fails (here: it cannot encode what it read) is not trusted
    for anything: the parent reads its half, and the reading is the full one."""
    from commitments.ledger import read

    monkeypatch.setattr(read, "PARALLEL_MIN", 2)
    monkeypatch.setattr(chunks, "MASK", 0)

    def broken(chunk: object) -> bytes:
        raise RuntimeError("cannot encode")

    monkeypatch.setattr(chunks, "dump", broken)  # the child's copy of the module too
    monkeypatch.setattr(read, "_store_chunks", lambda path, fresh: None)
    clear_cache()
    data = (FEW_TABLES * 1).encode()
    path = tmp_path / "work" / NAME
    path.write_bytes(data)
    assert chunked(data, path) == full(data, path)


def test_no_thread_to_hash_on_means_hashing_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from commitments.ledger import read

    monkeypatch.setattr(read, "THREADED_DIGEST_MIN", 0)
    data = FEW_TABLES.encode()
    path = tmp_path / "work" / NAME
    path.write_bytes(data)
    clear_cache()
    expected = full(data, path)
    assert isinstance(expected, tuple)  # a valid ledger, not error lines
    assert chunked(data, path) == expected  # fills the cache: the next read uses it

    def refused(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", refused)
    assert chunked(data, path) == expected
    grown = data + b'\n[[update]]\ncommitment = "a"\non = 2026-01-02\nnote = "more"\n'
    path.write_bytes(grown)
    assert chunked(grown, path) == full(grown, path)
