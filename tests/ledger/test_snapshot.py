"""The cache (ledger/snapshot.py) gives exactly what reading the whole file gives, and is
never believed over the file: forged, truncated or foreign entries change nothing but
speed, and cost no memory."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from commitments.errors import LedgerError
from commitments.ledger import private_store, snapshot
from commitments.ledger.check import check
from commitments.ledger.find import display_name
from commitments.ledger.parse import full_read
from commitments.ledger.read import ledger_from
from commitments.write.requests import UpdateRequest, record_update
from commitments.write.tables import toml_table
from support import SHIPPED, Run, Write, cli

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


def cached(path: Path) -> object:
    """What the cached read says."""
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


def snapshots(tmp_path: Path) -> list[Path]:
    """The cache's snapshots of ledgers."""
    folder = tmp_path / "cache"
    found = sorted(folder.iterdir()) if folder.exists() else []
    return [p for p in found if p.suffix == ".snapshot"]


def another_process() -> None:
    """Forget what this process remembers of the ledgers it read, as a new run would."""
    snapshot._recent.clear()


def test_cold_then_warm(medium: Path, tmp_path: Path) -> None:
    expected = plain(medium)
    assert isinstance(expected, tuple) and len(expected[1]) == 400
    assert cached(medium) == expected  # cold: parses the file, stores its snapshot
    assert len(snapshots(tmp_path)) == 1
    assert cached(medium) == expected  # warm: from this process's memory
    another_process()
    assert cached(medium) == expected  # warm: from the snapshot stored


@pytest.mark.parametrize("fresh", [False, True], ids=["same-process", "new-process"])
def test_after_appends(medium: Path, fresh: bool) -> None:
    cached(medium)
    for n in range(8):
        ident = IDS[n % 2 + 3]  # filed with the updates it had, and one it had none of
        record_update(medium, UpdateRequest(ident, dt.date(2026, 5, n + 1), note=f"n{n}", by="t"))
        if fresh:
            another_process()
        assert cached(medium) == plain(medium)
    assert len(snapshots(medium.parent.parent)) == 1
    assert len(list((medium.parent.parent / "cache").glob("*.updates"))) == 1
    data = medium.read_bytes()
    # Eight small tables are less than 1/64 of the file: the snapshot stored is still
    # the first, and each run parses the tables added since.
    assert stored_size(medium) == len(MEDIUM.encode())
    ledger = ledger_from(medium, data, display_name(medium))
    for ident in (IDS[3], IDS[4], REFERENCED, "no-such-id"):
        assert ledger.updates_of(ident) == [u for u in ledger.updates if u.commitment == ident]


def stored_size(path: Path) -> int:
    """How many of the file's bytes the stored snapshot and updates stand for."""
    data = path.read_bytes()
    head = private_store.load(path, "snapshot", 1 << 30)
    digest, count, filed = private_store.load(path, "updates", 1 << 30)
    size = head[1]
    assert head[0] == digest == snapshot.digest(data[:size])
    before = full_read(data[:size], path, "x", warnings=False).ledger.updates
    assert count == len(before) and set(filed) == {u.commitment for u in before}
    return int(size)


@pytest.mark.slow
@pytest.mark.parametrize("fresh", [False, True], ids=["same-process", "new-process"])
def test_stored_again_once_the_tables_added_are_over_a_64th(medium: Path, fresh: bool) -> None:
    cached(medium)
    first = medium.stat().st_size
    n = 0
    while (medium.stat().st_size - first) * snapshot.TAIL_SHARE <= medium.stat().st_size:
        assert stored_size(medium) == first
        n += 1
        ident = IDS[n % 7]
        # a long note: the 64th is of bytes, so fewer, larger tables reach it sooner
        note = f"n{n} " + "a note of some length " * 20
        record_update(medium, UpdateRequest(ident, dt.date(2026, 5, 1), note=note, by="t"))
        if fresh:
            another_process()
        assert cached(medium) == plain(medium)
    assert stored_size(medium) == medium.stat().st_size


@pytest.mark.parametrize("where", [0.0, 0.25, 0.5, 0.75, 0.999])
def test_after_a_hand_edit_anywhere(medium: Path, where: float) -> None:
    cached(medium)
    another_process()
    text = medium.read_text(encoding="utf-8")
    at = text.find('title = "', int(len(text) * where))
    if at < 0:
        at = text.find('note = "', int(len(text) * where))
    assert at > 0
    edited = text[: at + 9] + "Edited " + text[at + 9 :]
    medium.write_text(edited, encoding="utf-8")
    result = cached(medium)
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
    cached(medium)
    text = medium.read_text(encoding="utf-8")
    assert callable(edit)
    medium.write_text(edit(text), encoding="utf-8")
    expected = plain(medium)
    assert isinstance(expected, list) and any(fragment in line for line in expected), expected
    assert cached(medium) == expected


def test_after_truncation(medium: Path) -> None:
    cached(medium)
    text = medium.read_text(encoding="utf-8")
    at_boundary = text[: text.rfind("\n[[update]]", 0, len(text) // 2) + 1]
    medium.write_text(at_boundary, encoding="utf-8")
    assert cached(medium) == plain(medium)
    assert isinstance(cached(medium), tuple)
    medium.write_text(text[: len(text) // 3], encoding="utf-8")  # mid-table, likely invalid
    assert cached(medium) == plain(medium)


def test_deleted_cache(medium: Path, tmp_path: Path) -> None:
    cached(medium)
    for file in snapshots(tmp_path):
        file.unlink()
    another_process()
    assert cached(medium) == plain(medium)


@pytest.mark.parametrize(
    "garbage",
    [b"", b"\x00" * 100, b"not marshal at all", None, "truncate", "wrong-shape", "foreign"],
)
def test_corrupted_cache(medium: Path, tmp_path: Path, garbage: bytes | str | None) -> None:
    import marshal

    cached(medium)
    another_process()
    files = snapshots(tmp_path)
    assert files
    for file in files:
        if garbage == "truncate":
            file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])
        elif garbage == "wrong-shape":
            file.write_bytes(marshal.dumps((private_store.header(), {b"k": (1, ((1, 2),), ())})))
        elif garbage == "foreign":
            file.write_bytes(marshal.dumps((("something", "else"), {})))
        elif garbage is None:
            file.write_bytes(marshal.dumps(None))
        else:
            assert isinstance(garbage, bytes)
            file.write_bytes(garbage)
    assert cached(medium) == plain(medium)
    ledger = ledger_from(medium, medium.read_bytes(), display_name(medium))
    assert ledger.updates_of(REFERENCED) == [
        u for u in ledger.updates if u.commitment == REFERENCED
    ]


def test_multiline_strings_holding_headers(tmp_path: Path) -> None:
    path = tmp_path / "work" / "commitments.toml"
    tricky = (
        '[[commitment]]\nid = "a"\ntitle = "A"\nnotes = """\n'
        + "\n".join(f'[[update]]\ncommitment = "zz{i}"' for i in range(600))
        + '\n"""\n'
    )
    path.write_text(tricky + MEDIUM.split("version = 1\n", 1)[1], encoding="utf-8")
    assert cached(path) == plain(path)
    assert isinstance(cached(path), tuple)


def test_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "work" / "commitments.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MEDIUM.replace("\n", "\r\n").encode())
    assert cached(path) == plain(path)
    assert cached(path) == plain(path)
    assert isinstance(cached(path), tuple)


def test_cache_off(medium: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMITMENTS_NO_CACHE", "1")
    assert cached(medium) == plain(medium)
    assert snapshots(tmp_path) == []


def test_cache_lives_outside_the_repository(
    medium: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("COMMITMENTS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cached(medium)
    assert list((tmp_path / "xdg" / "commitments").glob("*.snapshot"))
    assert not list(medium.parent.glob("*.snapshot"))


def test_cli_outputs_match_without_cache(run: Run, medium: Path) -> None:
    outputs = []
    for env in ({}, {}, {"COMMITMENTS_NO_CACHE": "1"}):
        result = run("list", "--format", "json", "--today", "2026-11-22", env=env)
        assert result.exit_code == 0
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(json.loads(outputs[0])) == 400


def test_an_entry_written_with_the_secret_is_believed(medium: Path) -> None:
    """The other side of authentication: what the tool itself stored is used as is, so
    the tests above show that only bytes the tool did not write are refused."""
    import marshal

    cached(medium)
    another_process()
    stored = list(private_store.load(medium, "snapshot", 1 << 30))
    titled = [(t[0], "Stored", *t[2:]) for t in marshal.loads(stored[4])]
    stored[4] = marshal.dumps(tuple(titled))
    private_store.store(medium, "snapshot", tuple(stored))
    ledger = ledger_from(medium, medium.read_bytes(), display_name(medium))
    assert {c.title for c in ledger.commitments} == {"Stored"}


@pytest.mark.parametrize("damage", ["lost", "another-files"])
def test_updates_lost_from_the_cache_are_read_from_the_file(medium: Path, damage: str) -> None:
    """The updates are an entry of their own, loaded only when asked for: one that is
    gone, or stands for other bytes, is never used."""
    expected = plain(medium)
    cached(medium)
    another_process()
    if damage == "lost":
        private_store.remove(medium, "updates")
    else:
        private_store.store(medium, "updates", (b"x" * 20, 0, {}))
    assert cached(medium) == expected


def test_one_snapshot_per_ledger_however_often_it_is_written(medium: Path) -> None:
    cached(medium)
    for n in range(3):
        record_update(medium, UpdateRequest(IDS[n], dt.date(2026, 5, 1), note="n", by="t"))
    assert len(snapshots(medium.parent.parent)) == 1
    assert len(list((medium.parent.parent / "cache").glob("*.updates"))) == 1


def test_kept_fingerprints_are_the_fingerprints(medium: Path) -> None:
    """The fingerprints a snapshot keeps (read whole, loaded, grown by an append) are
    those worked out afresh from the ledger's commitments and histories."""

    def kept_and_fresh() -> tuple[dict[str, bytes], dict[str, bytes]]:
        ledger = ledger_from(medium, medium.read_bytes(), display_name(medium))
        snap = snapshot._recent[snapshot._where(medium)]
        fresh = {
            c.id: snapshot.fingerprint(c, ledger.histories.get(c.id)) for c in ledger.commitments
        }
        return snap.prints, fresh

    kept, fresh = kept_and_fresh()  # read whole
    assert kept == fresh
    another_process()
    kept, fresh = kept_and_fresh()  # loaded
    assert kept == fresh
    record_update(medium, UpdateRequest(IDS[5], dt.date(2026, 5, 1), status="done", by="t"))
    kept, fresh = kept_and_fresh()  # grown, in this process
    assert kept == fresh
    another_process()
    kept, fresh = kept_and_fresh()  # grown, as stored
    assert kept == fresh


# --- the cache is never believed over the file ------------------------------------------


# --- the cache is never believed over the file ------------------------------------------


def _run(args: list[str], env: dict[str, str]) -> tuple[str, int]:
    """stdout and exit code of one run, which must not end in a traceback."""
    process = subprocess.run(
        [sys.executable, "-m", "commitments", *args],
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )
    assert b"Traceback" not in process.stderr, process.stderr.decode()
    return process.stdout.decode(), process.returncode


def _about_a_ledger(entry: Path) -> bool:
    """A cache entry about a ledger: its snapshot (ledger/snapshot.py)."""
    return entry.suffix == ".snapshot"


@pytest.mark.parametrize("command", ["list", "due"])
@pytest.mark.parametrize(
    "forgery",
    ["random", "huge-container", "title-as-int", "truncated", "world-writable", "foreign-secret"],
)
def test_a_forged_cache_changes_nothing_but_speed(
    tmp_path: Path, forgery: str, command: str
) -> None:
    import marshal

    from commitments.ledger import private_store as store

    ledger = tmp_path / "commitments.toml"
    shutil.copyfile(SHIPPED, ledger)
    folder = tmp_path / "cache"
    env = {"COMMITMENTS_CACHE_DIR": str(folder)}
    args = ["-f", str(ledger), "--today", "2026-11-22", command, "--format", "json"]
    args += ["--within", "400"] if command == "due" else []  # due soon: some records
    plain_out, plain_code = _run(args, {"COMMITMENTS_NO_CACHE": "1"})
    _run(args, env)  # fills the cache
    entries = sorted(p for p in folder.iterdir() if _about_a_ledger(p))
    assert len(entries) == 1
    for entry in entries:
        data = entry.read_bytes()
        if forgery == "random":
            entry.write_bytes(os.urandom(len(data)))
        elif forgery == "huge-container":
            entry.write_bytes(data[:32] + b"[\xff\xff\xff\x7f")  # a list of 2**31 items
        elif forgery == "title-as-int":
            head, kind, body = marshal.loads(data[32:])
            at = 4  # where snapshot.py keeps its commitments, in one blob
            titled = [(t[0], 42, *t[2:]) for t in marshal.loads(body[at])]
            body = (*body[:at], marshal.dumps(tuple(titled)), *body[at + 1 :])
            entry.write_bytes(data[:32] + marshal.dumps((head, kind, body)))
        elif forgery == "truncated":
            entry.write_bytes(data[: len(data) // 2])
    if forgery == "world-writable":
        folder.chmod(0o777)  # another user could have written anything here
    if forgery == "foreign-secret":
        (folder / store.SECRET_NAME).chmod(0o644)  # readable by others: not a secret
    # What a forged entry once cost (10.5 s and 2.1 GB) is measured by the memory test
    # below, not timed here: a timed unit test measures the machine's load.
    out, code = _run(args, env)
    assert (out, code) == (plain_out, plain_code)
    out, code = _run(args, env)  # and again, once the cache was rebuilt or refused
    assert (out, code) == (plain_out, plain_code)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/usr/bin/time").exists(), reason="needs GNU time")
def test_a_forged_cache_costs_no_memory(tmp_path: Path) -> None:
    """A tiny entry declaring a huge container is never unmarshalled (its tag is wrong)."""
    ledger = tmp_path / "commitments.toml"
    shutil.copyfile(SHIPPED, ledger)
    folder = tmp_path / "cache"
    env = {"COMMITMENTS_CACHE_DIR": str(folder)}
    args = ["-f", str(ledger), "--today", "2026-11-22", "due", "--format", "json"]
    _run(args, env)
    for entry in folder.iterdir():
        if _about_a_ledger(entry):
            entry.write_bytes(b"\0" * 32 + b"[\xff\xff\xff\x7f")
    done = subprocess.run(
        ["/usr/bin/time", "-f", "peak %M", sys.executable, "-m", "commitments", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    peak_kib = int(done.stderr.strip().splitlines()[-1].split()[-1])
    assert peak_kib < 100 * 1024, peak_kib


@pytest.mark.slow
@pytest.mark.parametrize("what", ["directory", "fifo"])
@pytest.mark.parametrize("which", ["entry", "secret"])
def test_a_cache_file_that_is_not_a_file(tmp_path: Path, what: str, which: str) -> None:
    ledger = tmp_path / "commitments.toml"
    shutil.copyfile(SHIPPED, ledger)
    folder = tmp_path / "cache"
    env = {"COMMITMENTS_CACHE_DIR": str(folder)}
    args = ["-f", str(ledger), "--today", "2026-11-22", "list", "--format", "json"]
    expected = cli(*args, env={"COMMITMENTS_NO_CACHE": "1"}).stdout
    cli(*args, env=env)
    targets = (
        [p for p in folder.iterdir() if _about_a_ledger(p)]
        if which == "entry"
        else [folder / "secret"]
    )
    for target in targets:
        target.unlink()
        if what == "directory":
            target.mkdir()
        else:
            os.mkfifo(target)
    for _ in range(2):
        result = cli(*args, env=env)  # times out (a test failure) if it hangs
        assert (result.returncode, result.stdout) == (0, expected), result.stderr
        assert "Traceback" not in result.stderr


def test_a_ledger_read_through_a_pipe_leaves_nothing_in_the_cache(
    medium: Path, tmp_path: Path
) -> None:
    """`-f <(git show …)` names a pipe never seen again: storing its snapshot would only
    fill the cache, run after run."""
    import os as os_

    read, write = os_.pipe()
    data = medium.read_bytes()
    pid = os_.fork()
    if pid == 0:  # pragma: no cover - the child writes the ledger into the pipe
        os_.close(read)
        with os_.fdopen(write, "wb") as out:
            out.write(data)
        os_._exit(0)
    os_.close(write)
    try:
        cached(Path(f"/dev/fd/{read}"))
    finally:
        os_.close(read)
        os_.waitpid(pid, 0)
    assert snapshots(tmp_path) == []


def test_entries_nothing_stored_for_a_month_go(medium: Path, tmp_path: Path) -> None:
    """Those of a copy since deleted, say: removed when another ledger's are stored."""
    import os as os_

    copy = medium.with_name("copy.toml")
    copy.write_bytes(medium.read_bytes())
    cached(copy)
    copy.unlink()
    old = private_store.STALE_SECONDS + 3600
    for entry in (tmp_path / "cache").iterdir():
        if entry.name != "secret":
            os_.utime(entry, (entry.stat().st_atime - old, entry.stat().st_mtime - old))
    another_process()
    cached(medium)
    assert len(snapshots(tmp_path)) == 1  # the medium ledger's; the copy's are gone
    assert (tmp_path / "cache" / "secret").exists()


def test_a_memo_too_large_to_be_read_is_not_written(run: Run, write_ledger: Write) -> None:
    """Records that take a long source from their summit can outgrow what a memo of so
    small a ledger may hold: then none is kept, rather than one written on every run
    and never read."""
    path = write_ledger(
        "\n".join(
            [
                "[[summit]]",
                'id = "s1"',
                'name = "N"',
                "date = 2025-01-01",
                'parties = ["FR", "DE"]',
                f'source = "{"S" * 20_000}"',
                "",
                *(
                    f'[[commitment]]\nid = "c{i}"\ntitle = "t"\nsummit = "s1"\ndue = "by 2027"\n'
                    for i in range(100)
                ),
            ]
        )
    )
    for _ in range(2):
        assert run("list", "--format", "json").exit_code == 0
    assert not list((path.parent.parent / "cache").glob("*.json"))


def test_a_check_that_finds_no_error_keeps_the_snapshot(
    medium: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = plain(medium)
    assert not check(medium).errors
    assert len(snapshots(tmp_path)) == 1
    another_process()

    def no_full_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("read whole although check kept its snapshot")

    monkeypatch.setattr("commitments.ledger.parse.full_read", no_full_read)
    assert cached(medium) == expected  # the command after it need not read the file whole
