"""Differential tests: every fast path gives exactly what the full check gives.

* the cached read (ledger/read.py, ledger/snapshot.py) against the full read
  (ledger/parse.py), over generated ledger texts, cold and warm, and after tables, or
  any bytes at all, are appended;
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
from enum import StrEnum
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from commitments.errors import LedgerError
from commitments.formats import (
    CheckFormat,
    DueFormat,
    ExportFormat,
    ListFormat,
    ReportFormat,
    ShowFormat,
    StatsFormat,
    TimelineFormat,
)
from commitments.ledger.check import check
from commitments.ledger.history import History, fold, merge
from commitments.ledger.parse import full_read
from commitments.ledger.read import ledger_from
from commitments.ledger.schema.links import broken_links, links_hold, references
from commitments.model import STATUSES, Commitment, Ledger, Summit, Update
from commitments.write.tables import toml_table
from support import SHIPPED, TODAY, Run

pytestmark = pytest.mark.slow  # `pytest -m "not slow"`: the quick run

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


AFTER = {"alone": "", "few": FEW_TABLES, "commitments": TWO_COMMITMENTS, "updates": TWO_UPDATES}


# --- 1. generated ledgers: the cached read is the full read --------------------------


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=ledgers(), table=APPENDED)
# Inline arrays whose key is spelled with an escape, with and without tables after them.
@example(data=('"\\u0075pdate" = []\n\n' + FEW_TABLES).encode(), table=A_UPDATE)
@example(data=('"\\u0075pdate" = []\n\n' + TWO_COMMITMENTS).encode(), table=A_UPDATE)
def test_generated_ledgers_read_as_the_full_check_does(
    tmp_path: Path, data: bytes, table: str
) -> None:
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


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=ledgers(clean=True), table=APPENDED, edit=st.booleans())
@example(data=("version = 1\n\n" + FEW_TABLES).encode(), table=A_UPDATE, edit=True)
def test_reading_again_after_an_append_is_a_full_read(
    tmp_path: Path, data: bytes, table: str, edit: bool
) -> None:
    """What a write does: read, then read the bytes plus a table in the same process
    (which carries on the first read's hash). With ``edit`` a title changed in place meanwhile too (an
    editor's save), so the carried hash must not be used."""
    clear_cache()
    path = tmp_path / "work" / NAME
    path.write_bytes(data)
    try:
        ledger_from(path, data, NAME)
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
        again: object = _said(ledger_from(path, grown, NAME))
    except LedgerError as exc:
        again = exc.lines
    assert again == full(grown, path)


# Bytes a hand or a `>>` may add after a ledger the cache has read: each must mean,
# joined to the old bytes, what the full read says; none may be read on its own.
TAILS = [
    A_UPDATE,
    "\n" + A_UPDATE,
    "# a comment without a newline",
    "# a comment\n" + A_UPDATE,
    'title = "a key for the last table"\n',
    "version = 1\n",
    "update = [{ commitment = 'a', on = 2026-01-01 }]\n",
    '"upd\\u0061te" = []\n',
    "[update]\ncommitment = 'a'\non = 2026-01-01\n",
    "[commitment.more]\nx = 1\n",
    "[[update.note]]\n",
    "\ufeff" + A_UPDATE,
    A_UPDATE + "<<<<<<< ours\n",
    A_UPDATE + 'note = """\n>>>>>>> theirs\n"""\n',
    A_UPDATE + 'note = """\n=======\n"""\n',
    "T10:00:00\n",
    "\u0000",
    "\x00[\x00[\x00u\x00p",
    '[[commitment]]\nid = "a"\ntitle = "A again"\n',
    '[[commitment]]\nid = "new"\ntitle = "N"\nsummit = "s1"\nresponsible = ["KZ"]\n',
    SUMMIT + "\n",
    '[[update]]\ncommitment = "a"\non = 2026-01-01\nparty = "KG"\nstatus = "done"\n',
    '[[update]]\ncommitment = "a"\non = 2026-01-01\ndue = "next year"\n',
    '[[update]]\ncommitment = "a"\non = 2026-01-01\n' + "a." * 20 + "b = 1\n",
]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=ledgers(clean=True), tail=st.sampled_from(TAILS) | st.text(max_size=60))
@example(data=("version = 1\n" + FEW_TABLES + "# ends in a comment").encode(), tail="\n" + A_UPDATE)
@example(data=f"{SUMMIT}\n\n{FEW_TABLES}".encode(), tail=TAILS[19])
def test_any_bytes_appended_read_as_the_full_read_does(
    tmp_path: Path, data: bytes, tail: str
) -> None:
    """The snapshot of a ledger is used with its new bytes parsed alone only when that
    means what the whole file means; otherwise the whole is read again."""
    clear_cache()
    path = tmp_path / "work" / NAME
    path.write_bytes(data)
    from commitments.ledger import snapshot

    assume(isinstance(chunked(data, path), tuple))  # its snapshot is stored
    grown = data + tail.encode("utf-8", "surrogatepass")
    expected = full(grown, path)
    snapshot._recent.clear()  # as another process would
    assert chunked(grown, path) == expected  # from the stored snapshot
    assert chunked(data, path) == full(data, path)
    assert chunked(grown, path) == expected  # in this process, from the one in memory


@settings(max_examples=30, deadline=None)
@given(ledgers(clean=True))
def test_clean_ledgers_are_valid(data: bytes) -> None:
    """The generator's clean ledgers are valid, so the test above reaches the cache."""
    result = full(data, Path(NAME))
    assert isinstance(result, tuple), result


@pytest.mark.parametrize("after", list(AFTER.values()), ids=list(AFTER))
@pytest.mark.parametrize("inline", INLINE)
def test_inline_arrays_of_tables_are_refused_by_both_reads(
    tmp_path: Path, inline: str, after: str
) -> None:
    """Written before the first header, an inline array makes the [[…]] tables after it
    invalid TOML; alone, it would make the next write do so. Both reads refuse it."""
    data = ("version = 1\n" + inline + "\n\n" + after).encode()
    path = tmp_path / "work" / NAME
    path.write_bytes(data)
    expected = full(data, path)
    assert isinstance(expected, list), f"the full check accepts {inline!r}: {expected}"
    assert chunked(data, path) == expected  # cold
    assert chunked(data, path) == expected  # warm


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
        # where the status that applies was set: the last in file order of the latest day
        setting = [(u.on, at) for at, u in enumerate(own) if u.status and u.party is None]
        if setting:
            assert history.status_at == max(setting)[1]
        assert [a[3] for a in history.assessed] == [
            at for at, u in enumerate(own) if u.party is not None
        ]


# --- 4. every command says the same with the cache and without it ------------------------------


# Every format of every reading command, taken from the CLI's own choices: a format
# added later is compared too.
EVERY_FORMAT: list[tuple[str, type[StrEnum]]] = [
    ("list", ListFormat),
    ("due", DueFormat),
    ("check", CheckFormat),
    ("stats", StatsFormat),
    ("report", ReportFormat),
    ("timeline", TimelineFormat),
    ("export", ExportFormat),
]


def commands(ident: str | None, *, every: bool = False) -> list[list[str]]:
    show = ["show", ident or "nothing-here", "--format"]
    if every:
        return [
            *([name, "--format", f.value] for name, choices in EVERY_FORMAT for f in choices),
            *([*show, f.value] for f in ShowFormat),
        ]
    return [
        ["list", "--format", "json"],
        ["list", "--format", "csv"],
        ["due", "--format", "json"],
        ["due", "--format", "plain"],
        [*show, "json"],
        ["check", "--format", "json"],
    ]


def outputs(
    run: Run, path: Path, ident: str | None, env: dict[str, str], *, every: bool = False
) -> list[object]:
    said = []
    for command in commands(ident, every=every):
        result = run("-f", str(path), "--today", TODAY, *command, env=env)
        said.append((command, result.exit_code, result.stdout, result.stderr))
    return said


def same_with_and_without_cache(run: Run, path: Path, *, every: bool = False) -> None:
    full_result = full(path.read_bytes(), path)
    assert isinstance(full_result, tuple), full_result
    ident = full_result[1][-1].id if full_result[1] else None
    clear_cache()
    without = outputs(run, path, ident, {"COMMITMENTS_NO_CACHE": "1"}, every=every)
    cold = outputs(run, path, ident, {}, every=every)
    warm = outputs(run, path, ident, {}, every=every)
    assert cold == without
    assert warm == without


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=ledgers(clean=True))
def test_commands_say_the_same_with_the_cache(run: Run, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "work" / NAME
    path.write_bytes(data)
    assume(isinstance(full(data, path), tuple))
    same_with_and_without_cache(run, path)


def test_commands_on_the_shipped_ledger_say_the_same_with_the_cache(
    run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "work" / "commitments.toml"
    shutil.copyfile(SHIPPED, path)
    same_with_and_without_cache(run, path, every=True)
    assert cache_entries(cache_folder())


# --- 5. a cached run imports neither the parser nor the full check -----------------------------

NOT_ON_THE_CACHED_PATH = (
    "tomllib",
    "rich",
    "commitments.ledger.parse",
    "commitments.ledger.schema.tables",
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
