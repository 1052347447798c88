"""The fast paths (chunks, cache) give exactly what reading the whole file gives."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commitments.errors import LedgerError
from commitments.ledger.cache import store as cache
from commitments.ledger.cache.chunks import split
from commitments.ledger.check import full_read
from commitments.ledger.find import display_name
from commitments.ledger.read import ledger_from
from commitments.write.requests import UpdateRequest, record_update
from commitments.write.tables import toml_table
from conftest import Run

PARTIES = ["IT", "KZ", "KG", "TJ", "TM", "UZ", "EU"]
DUES = ["2026", "by 2027", "spring 2026", "Q3 2026", "2026-05", "winter 2026/27", "next year"]


def build_ledger(commitments: int, updates: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts = ["# a generated ledger\nversion = 1\n"]
    ids = [f"c{i:04d}-{rng.choice(['water', 'energy', 'summit'])}" for i in range(commitments)]
    for i, ident in enumerate(ids):
        table = {
            "id": ident,
            "title": f"Commitment number {i} on {rng.choice(['water', 'trade', 'culture'])}",
            "due": rng.choice(DUES),
            "declared": dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300)),
            "parties": rng.sample(PARTIES, 3),
            "follows": ids[i - 1] if i and rng.random() < 0.05 else None,
        }
        parts.append("\n" + toml_table("commitment", table))
    for n in range(updates):
        table = {
            "commitment": rng.choice(ids),
            "on": dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300)),
            "status": rng.choice(["in-progress", "stalled", None]),
            "note": f"update {n}",
            "due": "2027-06" if rng.random() < 0.02 else None,
        }
        parts.append("\n" + toml_table("update", table))
    return "".join(parts)


MEDIUM = build_ledger(400, 1600)
IDS = re.findall(r'^id = "([^"]+)"', MEDIUM, re.MULTILINE)
REFERENCED = Counter(re.findall(r'^commitment = "([^"]+)"', MEDIUM, re.MULTILINE)).most_common(1)[
    0
][0]


def plain(path: Path) -> object:
    """What reading the whole file says: the ledger's tables, or the error lines."""
    name = display_name(path)
    try:
        loaded = full_read(path.read_bytes(), path, name, warnings=False)
    except LedgerError as exc:
        return exc.lines
    if loaded.errors:
        return [str(p) for p in loaded.errors]
    return (loaded.ledger.version, loaded.ledger.commitments, loaded.ledger.updates)


def fast(path: Path) -> object:
    """What the chunked, cached path says."""
    try:
        ledger = ledger_from(path, path.read_bytes(), display_name(path))
    except LedgerError as exc:
        return exc.lines
    return (ledger.version, ledger.commitments, ledger.updates)


@pytest.fixture
def medium(tmp_path: Path) -> Path:
    path = tmp_path / "work" / "commitments.toml"
    path.write_text(MEDIUM, encoding="utf-8")
    return path


def cache_files(tmp_path: Path, kind: str = "*") -> list[Path]:
    """The cache's entries about ledgers: the summary and the chunks of each, or those of
    one kind ("summary", or "chunk" for every chunk)."""
    folder = tmp_path / "cache"
    found = sorted(folder.iterdir()) if folder.exists() else []
    kinds = ("summary", "chunk") if kind == "*" else (kind,)
    return [p for p in found if p.suffix.lstrip(".").split("-")[0] in kinds]


def test_the_medium_ledger_has_several_chunks() -> None:
    assert len(split(MEDIUM.encode())) >= 4


def test_cold_then_warm(medium: Path, tmp_path: Path) -> None:
    expected = plain(medium)
    assert isinstance(expected, tuple) and len(expected[1]) == 400
    assert fast(medium) == expected  # cold: parses every chunk, writes the cache
    chunks = split(medium.read_bytes())
    assert len(cache_files(tmp_path, "summary")) == 1
    assert len(cache_files(tmp_path, "chunk")) == len(chunks)
    assert fast(medium) == expected  # warm: from the cache


def test_an_append_replaces_the_last_chunk_entry(
    medium: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each chunk is an entry of its own, so an append stores one chunk, not all of
    them; the entry of the chunk the file no longer has is removed."""
    from commitments.write import requests

    # The bytes appended, not the clock, decide whether the new table starts a chunk of
    # its own (one in 64 do): the time it records is fixed.
    moment = dt.datetime(2026, 11, 22, 8, 10, tzinfo=dt.UTC)
    monkeypatch.setattr(requests, "_now", lambda: moment)
    fast(medium)
    before = {p.name: p.stat().st_mtime_ns for p in cache_files(tmp_path, "chunk")}
    record_update(medium, UpdateRequest(IDS[3], dt.date(2026, 5, 1), note="n", by="t"))
    after = {p.name: p.stat().st_mtime_ns for p in cache_files(tmp_path, "chunk")}
    assert len(after) == len(split(medium.read_bytes())) == len(before)
    assert len(set(after) - set(before)) == 1  # the new last chunk
    assert all(after[name] == before[name] for name in set(after) & set(before))


def test_after_appends(medium: Path) -> None:
    fast(medium)
    for n in range(5):
        record_update(medium, UpdateRequest(IDS[3], dt.date(2026, 5, n + 1), note=f"n{n}", by="t"))
        assert fast(medium) == plain(medium)


@pytest.mark.parametrize("where", [0.0, 0.25, 0.5, 0.75, 0.999])
def test_after_a_hand_edit_anywhere(medium: Path, where: float) -> None:
    fast(medium)
    text = medium.read_text(encoding="utf-8")
    at = text.find('title = "', int(len(text) * where))
    if at < 0:
        at = text.find('note = "', int(len(text) * where))
    assert at > 0
    edited = text[: at + 9] + "Edited " + text[at + 9 :]
    medium.write_text(edited, encoding="utf-8")
    result = fast(medium)
    assert result == plain(medium)
    assert isinstance(result, tuple)
    assert any("Edited " in c.title for c in result[1]) or any(
        u.note and "Edited " in u.note for u in result[2]
    )


@pytest.mark.parametrize(
    ("edit", "fragment"),
    [
        (lambda t: t.replace('status = "stalled"', 'status = "dun"', 1), 'unknown status "dun"'),
        (lambda t: t.replace(f'id = "{IDS[300]}"', f'id = "{IDS[1]}"', 1), "duplicate id"),
        (
            lambda t: t.replace(f'id = "{REFERENCED}"', 'id = "renamed"', 1),
            "names unknown commitment",
        ),
        (lambda t: t.replace('note = "update 1500"', 'note = "update 1500', 1), "invalid TOML"),
        (lambda t: t + "\n[meta]\nx = 1\n", 'unknown top-level key "meta"'),
        (lambda t: t + f'\n[[update]]\ncommitment = "{IDS[1]}"\n', 'missing required key "on"'),
        (
            lambda t: t.replace("\n[[update]]\n", "\n<<<<<<< ours\n[[update]]\n", 1),
            "merge conflict",
        ),
    ],
)
def test_a_broken_edit_reports_exactly_what_the_plain_path_does(
    medium: Path, edit: object, fragment: str
) -> None:
    fast(medium)
    text = medium.read_text(encoding="utf-8")
    assert callable(edit)
    medium.write_text(edit(text), encoding="utf-8")
    expected = plain(medium)
    assert isinstance(expected, list) and any(fragment in line for line in expected), expected
    assert fast(medium) == expected


def test_after_truncation(medium: Path) -> None:
    fast(medium)
    text = medium.read_text(encoding="utf-8")
    at_boundary = text[: text.rfind("\n[[update]]", 0, len(text) // 2) + 1]
    medium.write_text(at_boundary, encoding="utf-8")
    assert fast(medium) == plain(medium)
    assert isinstance(fast(medium), tuple)
    medium.write_text(text[: len(text) // 3], encoding="utf-8")  # mid-table, likely invalid
    assert fast(medium) == plain(medium)


def test_deleted_cache(medium: Path, tmp_path: Path) -> None:
    fast(medium)
    for file in cache_files(tmp_path):
        file.unlink()
    assert fast(medium) == plain(medium)


@pytest.mark.parametrize("kind", ["summary", "chunk"])
@pytest.mark.parametrize(
    "garbage",
    [b"", b"\x00" * 100, b"not marshal at all", None, "truncate", "wrong-shape", "foreign"],
)
def test_corrupted_cache(
    medium: Path, tmp_path: Path, garbage: bytes | str | None, kind: str
) -> None:
    import marshal

    fast(medium)
    files = cache_files(tmp_path, kind)
    assert files
    for file in files:
        if garbage == "truncate":
            file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])
        elif garbage == "wrong-shape":
            file.write_bytes(marshal.dumps((cache.header(), {b"k": (1, ((1, 2),), ())})))
        elif garbage == "foreign":
            file.write_bytes(marshal.dumps((("something", "else"), {})))
        elif garbage is None:
            file.write_bytes(marshal.dumps(None))
        else:
            assert isinstance(garbage, bytes)
            file.write_bytes(garbage)
    assert fast(medium) == plain(medium)
    ledger = ledger_from(medium, medium.read_bytes(), display_name(medium))
    assert ledger.updates_of(REFERENCED) == [
        u for u in ledger.updates if u.commitment == REFERENCED
    ]


def test_an_entry_written_with_the_secret_is_believed(medium: Path) -> None:
    """The other side of authentication: what the tool itself stored is used as is, so
    the tests above show that only bytes the tool did not write are refused."""
    fast(medium)
    import marshal

    kinds = [p.suffix.lstrip(".") for p in cache_files(medium.parent.parent, "chunk")]
    stored = {kind: cache.load(medium, kind, limit=1 << 30) for kind in kinds}
    kind, blob = next((k, b) for k, b in stored.items() if marshal.loads(b)[1])
    version, commitments, updates, summits = marshal.loads(blob)
    dup_ids = (version, commitments * 2, updates, summits)
    cache.store(medium, kind, marshal.dumps(dup_ids))
    (tmp_path_summary,) = [p for p in cache_files(medium.parent.parent) if p.suffix == ".summary"]
    tmp_path_summary.unlink()  # the summary no longer matches; only the chunks are read
    medium.write_text(MEDIUM + "\n# edited\n")
    assert fast(medium) == plain(medium)


def test_multiline_strings_holding_headers(tmp_path: Path) -> None:
    path = tmp_path / "work" / "commitments.toml"
    tricky = (
        '[[commitment]]\nid = "a"\ntitle = "A"\nnotes = """\n'
        + "\n".join(f'[[update]]\ncommitment = "zz{i}"' for i in range(600))
        + '\n"""\n'
    )
    path.write_text(tricky + MEDIUM.split("version = 1\n", 1)[1], encoding="utf-8")
    assert fast(path) == plain(path)
    assert isinstance(fast(path), tuple)


def test_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "work" / "commitments.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MEDIUM.replace("\n", "\r\n").encode())
    assert fast(path) == plain(path)
    assert fast(path) == plain(path)
    assert isinstance(fast(path), tuple)


def test_cache_off(medium: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMITMENTS_NO_CACHE", "1")
    assert fast(medium) == plain(medium)
    assert cache_files(tmp_path) == []


def test_cache_lives_outside_the_repository(
    medium: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("COMMITMENTS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    fast(medium)
    assert list((tmp_path / "xdg" / "commitments").glob("*.summary"))
    assert not list(medium.parent.glob("*.summary"))


def test_cli_outputs_match_without_cache(run: Run, medium: Path) -> None:
    outputs = []
    for env in ({}, {}, {"COMMITMENTS_NO_CACHE": "1"}):
        result = run("list", "--format", "json", "--today", "2026-11-22", env=env)
        assert result.exit_code == 0
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(json.loads(outputs[0])) == 400


def test_chunks_cover_the_file_and_start_at_headers() -> None:
    data = MEDIUM.encode()
    spans = split(data)
    assert spans[0][0] == 0 and spans[-1][1] == len(data)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(
        data[start:].startswith((b"[[commitment]]", b"[[update]]")) for start, _ in spans[1:]
    )


def test_an_edit_changes_only_the_chunks_around_it() -> None:
    data = MEDIUM.encode()
    spans = split(data)
    middle = spans[len(spans) // 2]
    at = data.find(b'note = "', middle[0]) + 8
    edited = data[:at] + b"longer " + data[at:]
    before = {data[a:b] for a, b in spans}
    after = [edited[a:b] for a, b in split(edited)]
    fresh = [chunk for chunk in after if chunk not in before]
    # Its own chunk; and the next one too when the edit falls in the bytes that decide a cut.
    assert 1 <= len(fresh) <= 2
    assert len(after) - len(fresh) >= len(spans) - 3


SMALL = build_ledger(60, 240, seed=3)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.floats(0, 1),
            st.integers(0, 40),
            st.sampled_from(
                [
                    "",
                    "x",
                    "\n",
                    '"',
                    "[[update]]\n",
                    "\n[[commitment]]\n",
                    'status = "done"\n',
                    "#",
                    "=",
                ]
            ),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_random_edits_agree(tmp_path: Path, edits: list[tuple[float, int, str]]) -> None:
    path = tmp_path / "work" / "fuzz.toml"
    path.write_text(SMALL, encoding="utf-8")
    fast(path)  # warm the cache with the unedited file
    text = SMALL
    for where, cut, insert in edits:
        at = int(where * len(text))
        text = text[:at] + insert + text[at + cut :]
    path.write_text(text, encoding="utf-8")
    assert fast(path) == plain(path)


# --- what formats keep: each commitment's JSON, once per ledger -------------------------------


def test_json_follows_the_ledger_after_a_write(run: Run, medium: Path) -> None:
    """The JSON kept for one ledger's bytes is never shown for other bytes."""
    args = ["-f", str(medium), "--today", "2026-11-22", "list", "--format", "json"]
    first = json.loads(run(*args).stdout)
    assert cache_files(medium.parent.parent, "json")
    assert json.loads(run(*args).stdout) == first  # from the memo
    target = first[0]["id"]
    record_update(medium, UpdateRequest(target, dt.date(2026, 11, 20), status="done", note="held"))
    after = run(*args).stdout
    assert next(r for r in json.loads(after) if r["id"] == target)["status"] == "done"
    assert after == run(*args, env={"COMMITMENTS_NO_CACHE": "1"}).stdout


def test_a_kept_record_of_the_wrong_shape_is_made_again(medium: Path) -> None:
    from commitments.formats.as_json import record_line
    from commitments.report.state import states

    ledger = ledger_from(medium, medium.read_bytes(), display_name(medium))
    state = states(ledger)[0]
    today = dt.date(2026, 11, 22)
    expected = record_line(state, today, 60, None)

    class Kept(dict[str, object]):
        def get(self, key: str, basis: object = None) -> object:  # type: ignore[override]
            return super().get(key)

        def put(self, key: str, value: object, basis: object) -> None:
            self[key] = value

    for garbage in [None, 42, ("only one",), ("a", "b", "c")]:
        memo = Kept({state.commitment.id: garbage})
        assert record_line(state, today, 60, memo) == expected
        assert memo[state.commitment.id] != garbage


def test_entries_written_by_other_code_are_not_believed(
    medium: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editable install changes the code under the same version number: an entry
    names the code that wrote it (each module's size and time)."""
    cache.store(medium, "json", ("anything",))
    assert cache.load(medium, "json", 1 << 20) == ("anything",)
    monkeypatch.setattr(cache, "_code", lambda: b"other code")
    cache.header.cache_clear()
    try:
        assert cache.load(medium, "json", 1 << 20) is None
    finally:
        cache.header.cache_clear()


def test_the_code_stamp_changes_with_any_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "commitments"
    (package / "ledger" / "cache").mkdir(parents=True)
    (package / "ledger" / "cache" / "store.py").write_text("x = 1\n")
    (package / "formats").mkdir()
    module = package / "formats" / "as_json.py"
    module.write_text("y = 1\n")
    monkeypatch.setattr(cache, "__file__", str(package / "ledger" / "cache" / "store.py"))
    before = cache._code()
    module.write_text("y = 22\n")
    assert cache._code() != before


def test_one_commitments_updates_open_only_the_chunks_that_name_it(
    medium: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`show` and a write's warnings want one commitment's updates: the summary says
    which chunks may hold them, and only those entries are opened."""
    fast(medium)
    ledger = ledger_from(medium, medium.read_bytes(), display_name(medium))
    opened: list[str] = []
    real = cache.load_each

    def spy(ledger_path: Path, kinds: object, limit: int) -> object:
        assert isinstance(kinds, list)
        opened.extend(kinds)
        return real(ledger_path, kinds, limit)

    monkeypatch.setattr(cache, "load_each", spy)
    ident = IDS[-1]
    mine = ledger.updates_of(ident)
    holding = {
        key
        for key, (start, end) in zip(
            ledger.basis.keys,
            ledger.basis.spans(),
            strict=True,  # type: ignore[union-attr]
        )
        if f'commitment = "{ident}"'.encode() in medium.read_bytes()[start:end]
    }
    assert mine and holding
    assert {"chunk-" + key.hex() for key in holding} <= set(opened)
    assert len(opened) < len(split(medium.read_bytes())) // 2


def test_chunk_entries_lost_are_read_from_the_file_and_stored_again(
    medium: Path, tmp_path: Path
) -> None:
    fast(medium)
    for file in cache_files(tmp_path, "chunk"):
        file.unlink()
    ledger = ledger_from(medium, medium.read_bytes(), display_name(medium))  # the summary
    assert ledger.updates == plain_updates(medium)
    assert len(cache_files(tmp_path, "chunk")) == len(split(medium.read_bytes()))


def plain_updates(path: Path) -> object:
    result = plain(path)
    assert isinstance(result, tuple)
    return result[2]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=30), max_size=40), st.text(max_size=30))
def test_a_chunks_names_never_miss_a_commitment(ids: list[str], other: str) -> None:
    from commitments.ledger.cache import chunks
    from commitments.model import Update

    updates = [Update(i, dt.date(2026, 1, 1)) for i in ids]
    names = chunks.names(chunks.Chunk(1, [], updates, []))
    assert all(chunks.may_name(names, i) for i in ids)
    if not ids:
        assert not chunks.may_name(names, other)


def test_windows_remembered_are_the_windows_resolved(medium: Path) -> None:
    from commitments.ledger.cache.memo import Memo
    from commitments.model import Ledger
    from commitments.report.state import states

    def read() -> tuple[Ledger, Memo]:
        ledger = ledger_from(medium, medium.read_bytes(), display_name(medium))
        return ledger, Memo(medium, "windows", ledger.digest, 1 << 30)

    def basis(ledger: Ledger, ident: str) -> tuple[object, object]:
        (commitment,) = [c for c in ledger.commitments if c.id == ident]
        return commitment, ledger.histories.get(ident)

    ledger, memo = read()
    resolved = states(ledger)
    assert states(ledger, memo) == resolved
    memo.save()
    ledger, memo = read()
    assert memo.get(IDS[0], basis(ledger, IDS[0])) is not None  # read back on the same bytes
    assert states(ledger, memo) == resolved
    record_update(medium, UpdateRequest(IDS[0], dt.date(2026, 5, 1), due="2031-01", by="t"))
    ledger, memo = read()
    # other bytes: what IDS[0]'s window was derived from changed, IDS[1]'s did not
    assert memo.get(IDS[0], basis(ledger, IDS[0])) is None
    assert memo.get(IDS[1], basis(ledger, IDS[1])) is not None
    assert states(ledger, memo) == states(ledger)
    (moved,) = [s for s in states(ledger, memo) if s.commitment.id == IDS[0]]
    assert moved.window is not None and moved.window.end == dt.date(2031, 1, 31)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_what_is_remembered_follows_appends_and_edits(medium: Path, run: Run, fmt: str) -> None:
    """After an append or a hand edit, values remembered from the earlier bytes are used
    only for commitments whose table and history are as they were: every output equals
    a run with no cache at all."""
    commands = [["list", "--format", fmt], ["due", "--format", "json", "--within", "400"]]

    def outputs(env: dict[str, str]) -> list[str]:
        said = []
        for command in commands:
            result = run("-f", str(medium), "--today", "2026-11-22", *command, env=env)
            assert result.exit_code in (0, 3, 4), result.stderr
            said.append(result.stdout)
        return said

    edits = [
        lambda: record_update(
            medium, UpdateRequest(IDS[5], dt.date(2026, 5, 1), status="done", source="s", by="t")
        ),
        lambda: record_update(
            medium, UpdateRequest(IDS[6], dt.date(2026, 6, 1), due="2027-02", by="t")
        ),
        lambda: medium.write_text(
            medium.read_text(encoding="utf-8").replace(
                "Commitment number 7 ", "Commitment No. 7 ", 1
            ),
            encoding="utf-8",
        ),
        lambda: medium.write_text(
            medium.read_text(encoding="utf-8").replace('due = "by 2027"', 'due = "H1 2027"', 1),
            encoding="utf-8",
        ),
    ]
    outputs({})  # remember everything
    for edit in edits:
        before = medium.read_bytes()
        edit()
        assert medium.read_bytes() != before
        assert outputs({}) == outputs({"COMMITMENTS_NO_CACHE": "1"})


# --- work on another thread ---------------------------------------------------------------


def test_work_meanwhile_gives_what_it_gives_here(capfd: pytest.CaptureFixture[str]) -> None:
    import threading

    from commitments.ledger.meanwhile import meanwhile

    ran_on: list[str] = []

    def work() -> int:
        ran_on.append(threading.current_thread().name)
        return 42

    assert meanwhile(work)() == 42
    assert ran_on != [threading.main_thread().name]  # it did run elsewhere

    calls: list[int] = []

    def failing() -> int:
        calls.append(1)
        raise OSError("the disk went away")

    waiting = meanwhile(failing)
    with pytest.raises(OSError, match="the disk went away"):
        waiting()  # raised here, where the value is asked for
    assert len(calls) == 2  # once on the thread, once here
    assert capfd.readouterr().err == ""  # the thread printed no traceback


def test_work_meanwhile_without_a_thread_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from commitments.ledger.meanwhile import meanwhile

    def refused(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", refused)
    ran_on: list[str] = []
    waiting = meanwhile(lambda: ran_on.append(threading.current_thread().name) or 7)
    assert ran_on == []  # not yet: done when asked for
    assert waiting() == 7 and ran_on == [threading.main_thread().name]
