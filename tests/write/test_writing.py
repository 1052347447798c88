"""`add` and `update`: append-only, validated, locked, atomic, and safe with files as users have them."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
import tomllib
from pathlib import Path

import pytest

from commitments.errors import LedgerError, UsageError
from commitments.ledger.decode import read_bytes
from commitments.ledger.read import read_ledger
from commitments.write import append as store
from commitments.write.requests import (
    AddRequest,
    UpdateRequest,
    add_commitment,
    record_update,
    slugify,
)
from support import SHIPPED, Run, Write, mount_tiny_tmpfs

BASE = """
    # Hand-written header: must survive every write.
    version = 1

    [[commitment]]
    id = "water"   # trailing comment
    title = 'Round table on water'
    due = "by 2026"
    declared = 2025-05-30
    parties = [ "IT",   "KZ" ]
"""


# --- append-only ------------------------------------------------------------------------


def test_update_appends_and_keeps_every_byte(run: Run, write_ledger: Write) -> None:
    path = write_ledger(BASE)
    before = path.read_bytes()
    result = run(
        "update",
        "water",
        "--status",
        "in-progress",
        "--note",
        "Venue named",
        "--source",
        "MFA",
        "--on",
        "2026-06-01",
        "--by",
        "me",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "updated water: planned → in-progress\n"
    after = path.read_bytes()
    assert after.startswith(before)
    appended = after[len(before) :].decode()
    assert appended.startswith("\n[[update]]\n")
    update = tomllib.loads(after.decode())["update"][0]
    assert update["commitment"] == "water" and update["on"] == dt.date(2026, 6, 1)
    assert update["status"] == "in-progress" and update["by"] == "me"
    assert isinstance(update["recorded"], dt.datetime) and update[
        "recorded"
    ].utcoffset() == dt.timedelta(0)


def test_crlf_and_missing_final_newline_are_kept(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "work" / "commitments.toml"
    original = b'# crlf\r\n[[commitment]]\r\nid = "a"\r\ntitle = "A"'  # no final newline
    path.write_bytes(original)
    assert run("update", "a", "--note", "x").exit_code == 0
    data = path.read_bytes()
    assert data.startswith(original)
    tail = data[len(original) :]
    assert tail.startswith(b"\r\n\r\n[[update]]\r\n")
    assert b"\n" not in tail.replace(b"\r\n", b"")  # every line end is CRLF
    assert tomllib.loads(data.decode())["update"][0]["note"] == "x"


def test_update_of_an_empty_ledger_section(run: Run, write_ledger: Write) -> None:
    path = write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\n')
    run("update", "a", "--note", "one")
    run("update", "a", "--note", "two")
    updates = tomllib.loads(path.read_text())["update"]
    assert [u["note"] for u in updates] == ["one", "two"]
    assert "\n\n\n" not in path.read_text()


def test_reschedule_counts_as_slip(run: Run, write_ledger: Write) -> None:
    write_ledger(BASE)
    assert run("update", "water", "--due", "2027-03", "--on", "2026-10-01").exit_code == 0
    shown = json.loads(run("show", "water", "--format", "json", "--today", "2026-11-22").stdout)
    assert shown["due"] == "2027-03" and shown["initial_due"] == "by 2026"
    assert shown["slips"] == 1 and shown["days_slipped"] == 90
    assert shown["updates"][0]["days_slipped"] == 90


def test_on_defaults_to_today_and_honours_today(run: Run, write_ledger: Write) -> None:
    path = write_ledger(BASE)
    run("--today", "2026-02-03", "update", "water", "--note", "x")
    run("update", "water", "--note", "y", env={"COMMITMENTS_TODAY": "2026-02-04"})
    assert [u["on"] for u in tomllib.loads(path.read_text())["update"]] == [
        dt.date(2026, 2, 3),
        dt.date(2026, 2, 4),
    ]


def test_by_defaults(
    run: Run, write_ledger: Write, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = write_ledger(BASE)
    run("update", "water", "--note", "x", env={"COMMITMENTS_AUTHOR": "Analyst A"})
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = Git Person\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    run("update", "water", "--note", "y")
    (home / ".gitconfig").unlink()
    run("update", "water", "--note", "z")
    updates = tomllib.loads(path.read_text())["update"]
    assert updates[0]["by"] == "Analyst A"
    assert updates[1].get("by") == "Git Person" or not _has_git()
    assert "by" not in updates[2]


def _has_git() -> bool:
    try:
        subprocess.run(["git", "--version"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


# --- validation before writing ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["update", "nope", "--note", "x"], 'no commitment with id "nope"'),
        (["update", "wter", "--note", "x"], 'did you mean "water"?'),
        (["update", "water", "--status", "dun"], '"dun" is not a status'),
        (["update", "water", "--due", "sprign 2027"], 'did you mean "spring 2027"?'),
        (
            ["update", "water", "--on", "2026-02-30", "--note", "x"],
            '--on: "2026-02-30" is not a day of the calendar',
        ),
        (["update", "water"], "nothing to record"),
        (["update", "water", "--note", "  "], "--note: the value is empty"),
        (["add", "--title", "X", "--party", "UK"], 'did you mean "GB"?'),
        (["add", "--title", "X", "--due", "whenever"], 'cannot read due expression "whenever"'),
        (["add", "--title", "X", "--due", "next year"], "needs the commitment's declared date"),
        (
            ["add", "--title", "X", "--declared", "yesterday"],
            '--declared: "yesterday" is not a date',
        ),
        (
            ["add", "--title", "X", "--id", "water"],
            '--id: the ledger has a summit or commitment "water" already',
        ),
        (["add", "--title", "X", "--id", "Bad Id"], '--id: id "Bad Id" is not a valid id'),
        (
            ["add", "--title", "X", "--follows", "nope"],
            '--follows: follows unknown commitment "nope"',
        ),
        (
            ["add", "--title", "X", "--party", "KG", "--responsible", "KZ"],
            '--responsible: responsible party "KZ" is not among',
        ),
        (["add", "--title", "X", "--url", "ftp://x"], "is not an http(s) address"),
        (["add", "--title", ""], "--title: the value is empty"),
        (["add", "--title", "\u200b\u202e"], "--title: the value is empty"),
        (["add"], "Missing option '--title'"),
    ],
)
def test_bad_input_exits_2_and_changes_nothing(
    run: Run, write_ledger: Write, args: list[str], message: str
) -> None:
    path = write_ledger(BASE)
    before = path.read_bytes()
    result = run(*args)
    assert result.exit_code == 2, result.stderr
    assert message in result.stderr
    assert "commitments.toml:" not in result.stderr  # never a line of a table not written
    assert result.stderr.count("commitments: error:") == 1, result.stderr  # one problem, one line
    assert path.read_bytes() == before
    assert beside(path.parent) == ["commitments.toml"]


def test_invalid_ledger_exits_1_and_changes_nothing(run: Run, write_ledger: Write) -> None:
    path = write_ledger(BASE + 'status = "dun"\n')
    before = path.read_bytes()
    for args in (["update", "water", "--note", "x"], ["add", "--title", "New"]):
        result = run(*args)
        assert result.exit_code == 1
        assert 'unknown status "dun"' in result.stderr
        assert "nothing was changed" in result.stderr
    assert path.read_bytes() == before


def test_unparseable_ledger_exits_1(run: Run, write_ledger: Write) -> None:
    path = write_ledger("[[commitment]\n")
    result = run("add", "--title", "New")
    assert result.exit_code == 1 and "invalid TOML" in result.stderr
    assert path.read_text() == "[[commitment]\n"


# --- add ---------------------------------------------------------------------------------------


def test_add_writes_a_commitment_check_accepts(run: Run, write_ledger: Write) -> None:
    path = write_ledger(BASE)
    before = path.read_bytes()
    result = run(
        "add",
        "--title",
        "Round table on glaciers — Dushanbe",
        "--due",
        "H1 2027",
        "--party",
        "tj",
        "--party",
        "IT",
        "--tag",
        "water",
        "--source",
        "Joint statement",
        "--quote",
        'a "round table"',
        "--declared",
        "2026-11-01",
        "--host",
        "TJ",
        "--follows",
        "water",
        "--url",
        "https://example.org/a",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "added round-table-on-glaciers-dushanbe: planned, due H1 2027 (2027-01-01 – 2027-06-30)\n"
    )
    assert path.read_bytes().startswith(before)
    added = tomllib.loads(path.read_text())["commitment"][-1]
    assert added == {
        "id": "round-table-on-glaciers-dushanbe",
        "title": "Round table on glaciers — Dushanbe",
        "due": "H1 2027",
        "declared": dt.date(2026, 11, 1),
        "parties": ["TJ", "IT"],
        "host": "TJ",
        "tags": ["water"],
        "source": "Joint statement",
        "quote": 'a "round table"',
        "url": "https://example.org/a",
        "follows": "water",
    }
    assert run("check", "--strict").exit_code == 0
    assert 'parties = ["TJ", "IT"]' in path.read_text()


def test_add_warns_like_check(run: Run, write_ledger: Write) -> None:
    write_ledger(BASE)
    result = run("add", "--title", "X", "--party", "IT", "--host", "KZ")
    assert result.exit_code == 0
    assert (
        result.stderr
        == 'commitments: warning: commitment "x": host "KZ" is not among the parties\n'
    )


@pytest.mark.parametrize(
    ("title", "taken", "slug"),
    [
        ("Round table on water resources", set(), "round-table-on-water-resources"),
        (
            "Round table on water resources",
            {"round-table-on-water-resources"},
            "round-table-on-water-resources-2",
        ),
        ("Round table", {"round-table", "round-table-2"}, "round-table-3"),
        ("Opera “Abai” in Naples — San Carlo", set(), "opera-abai-in-naples-san-carlo"),
        ("Çà et là: Ürümqi", set(), "ca-et-la-urumqi"),
        ("日本", set(), "commitment"),
        # every kind of dash and slash separates words
        ("Italy–Uzbekistan business forum", set(), "italy-uzbekistan-business-forum"),
        ("Central Asia/Italy—summit ‒ 2027", set(), "central-asia-italy-summit-2027"),
        ("snake_case_title", set(), "snake-case-title"),
        ("a" * 80, set(), "a" * 60),
        ("word " * 30, set(), "-".join(["word"] * 12)),
    ],
)
def test_slugify(title: str, taken: set[str], slug: str) -> None:
    assert slugify(title, taken) == slug


# --- files as users have them ---------------------------------------------------------------------


def beside(folder: Path) -> list[str]:
    """What is in the ledger's folder: a write must leave nothing new there."""
    return sorted(p.name for p in folder.iterdir())


def test_symlink_is_followed_and_kept(run: Run, write_ledger: Write, tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    target = real_dir / "ledger.toml"
    target.write_text(textwrap.dedent(BASE))
    link = tmp_path / "work" / "commitments.toml"
    link.symlink_to(target)
    assert run("update", "water", "--note", "via link").exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert "via link" in target.read_text()
    assert beside(real_dir) == ["ledger.toml"] and beside(link.parent) == ["commitments.toml"]


def test_mode_is_kept(run: Run, write_ledger: Write) -> None:
    path = write_ledger(BASE)
    path.chmod(0o640)
    assert run("update", "water", "--note", "x").exit_code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_hard_links_keep_sharing_the_file(run: Run, write_ledger: Write, tmp_path: Path) -> None:
    path = write_ledger(BASE)
    other = tmp_path / "elsewhere.toml"
    os.link(path, other)
    inode = path.stat().st_ino
    assert run("update", "water", "--note", "linked").exit_code == 0
    assert path.stat().st_ino == inode and other.stat().st_nlink == 2
    assert "linked" in other.read_text()


def test_nothing_is_left_beside_the_ledger(run: Run, write_ledger: Write) -> None:
    path = write_ledger(BASE)
    before = beside(path.parent)
    assert run("update", "water", "--note", "x").exit_code == 0
    assert run("add", "--title", "Another one").exit_code == 0
    assert beside(path.parent) == before


def test_read_only_file_is_refused(run: Run, write_ledger: Write) -> None:
    path = write_ledger(BASE)
    before = path.read_bytes()
    path.chmod(0o444)
    result = run("update", "water", "--note", "x")
    assert result.exit_code == 1
    assert "read-only" in result.stderr and "nothing was changed" in result.stderr
    assert path.read_bytes() == before
    assert beside(path.parent) == ["commitments.toml"]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_read_only_folder_is_refused(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "commitments.toml"
    path.write_text(textwrap.dedent(BASE))
    before = path.read_bytes()
    if os.geteuid() == 0:
        # Permissions do not stop root: make the folder a read-only mount instead.
        view = tmp_path / "view"
        view.mkdir()
        mounted = subprocess.run(
            ["mount", "--bind", str(folder), str(view)], capture_output=True, check=False
        )
        if mounted.returncode != 0:
            pytest.skip("root, and no bind mount here to make a read-only folder")
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        target = view / "commitments.toml"
    else:
        folder.chmod(0o555)
        target = path
    try:
        result = run("-f", str(target), "update", "water", "--note", "x", "--by", "me")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(view)], check=False)
        folder.chmod(0o755)
    assert result.exit_code == 1, result.stderr
    assert "nothing was changed" in result.stderr and "read-only" in result.stderr
    assert path.read_bytes() == before
    assert beside(folder) == ["commitments.toml"]


def test_missing_ledger(run: Run, tmp_path: Path) -> None:
    result = run("-f", str(tmp_path / "none.toml"), "update", "a", "--note", "x")
    assert result.exit_code == 1 and "no such file" in result.stderr
    assert not (tmp_path / "none.toml").exists()


# --- fault injection: every step of the write fails in turn --------------------------------------------


def _names(target: object) -> str:
    """The file a path or file descriptor stands for."""
    if isinstance(target, int):
        return os.readlink(f"/proc/self/fd/{target}")
    return os.fspath(target)  # type: ignore[call-overload, no-any-return]


class _Fault:
    """Makes calls of an os function on a file whose name ends with ``suffix`` fail as a
    full disk does; a write first writes half of what it was given (a torn write)."""

    def __init__(self, function: str, suffix: str) -> None:
        self.real, self.suffix = getattr(os, function), suffix

    def __call__(self, *args: object, **kwargs: object) -> object:
        if not _names(args[0]).endswith(self.suffix):
            return self.real(*args, **kwargs)
        if self.real is os.write:
            fd, data = args
            self.real(fd, bytes(data)[: len(data) // 2])  # type: ignore[arg-type]
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
@pytest.mark.parametrize(
    "faults",
    [
        [("open", ".journal")],  # the journal cannot be created
        [("write", ".journal")],  # nor written
        [("fsync", ".journal")],  # nor made durable
        [("write", "commitments.toml")],  # the table is torn half-way
        [("fsync", "commitments.toml")],  # the table cannot be made durable
        # the table is torn and cannot be taken back either: readers still see the old
        # ledger (the journal stays), and the next write cuts the torn table off
        [("write", "commitments.toml"), ("ftruncate", "commitments.toml")],
    ],
    ids=lambda faults: "+".join(f"{f}:{s}" for f, s in faults),
)
def test_a_failing_step_changes_nothing(write_ledger: Write, faults: list[tuple[str, str]]) -> None:
    path = write_ledger(BASE)
    before = path.read_bytes()
    names = beside(path.parent)
    read_ledger(path)  # the cache is written before, not in the middle of, the faults
    # A context of its own: undoing the test's monkeypatch would undo its isolation too.
    with pytest.MonkeyPatch.context() as faulty, pytest.raises(LedgerError) as info:
        for function, suffix in faults:
            faulty.setattr(store.disk, function, _Fault(function, suffix))
        record_update(path, UpdateRequest("water", dt.date(2026, 1, 1), note="x", by="me"))
    assert info.value.exit_code == 1
    assert "nothing was changed" in info.value.message
    assert read_ledger(path).updates == []  # what every command now sees: the old ledger
    if len(faults) == 1:
        assert path.read_bytes() == before and beside(path.parent) == names
    # The next write puts everything right.
    record_update(path, UpdateRequest("water", dt.date(2026, 1, 2), note="y", by="me"))
    assert path.read_bytes().startswith(before)
    assert [u.note for u in read_ledger(path).updates] == ["y"]
    assert beside(path.parent) == names


def test_a_failing_lock_is_a_plain_error(
    write_ledger: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_ledger(BASE)

    def no_locks(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(store.fcntl, "flock", no_locks)
    with pytest.raises(LedgerError, match=r"cannot lock it .* may not support locks"):
        record_update(path, UpdateRequest("water", dt.date(2026, 1, 1), note="x", by="me"))


def test_disk_full_message(write_ledger: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_ledger(BASE)
    monkeypatch.setattr(store.disk, "write", _Fault("write", "commitments.toml"))
    with pytest.raises(LedgerError, match="the disk is full"):
        record_update(path, UpdateRequest("water", dt.date(2026, 1, 1), note="x", by="me"))


def test_full_disk_on_a_real_file_system(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    if not mount_tiny_tmpfs(disk):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount rights)")
    try:
        path = disk / "commitments.toml"
        path.write_text(textwrap.dedent(BASE))
        with open(disk / "filler", "wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 4096)
                    filler.flush()
            except OSError:
                pass
        before = path.read_bytes()
        names = beside(disk)
        env = {**os.environ, "COMMITMENTS_FILE": str(path), "COMMITMENTS_AUTHOR": "x"}
        result = subprocess.run(
            [sys.executable, "-m", "commitments", "update", "water", "--note", "n" * 20000],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert result.returncode == 1, result.stderr
        assert "the disk is full" in result.stderr and "Traceback" not in result.stderr
        assert path.read_bytes() == before
        assert beside(disk) == names
    finally:
        subprocess.run(["umount", str(disk)], check=False)


# --- concurrency and crashes: real processes -------------------------------------------------------------

WRITER = """
import datetime as dt, os, sys, time
from pathlib import Path
from commitments.write.requests import UpdateRequest, record_update
path, tag, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
if os.environ.get("SLOW_WRITES"):
    import commitments.write.append as store
    real_write, real_fsync = os.write, os.fsync
    def slow_write(fd, data):
        # Write in small pieces, so that a kill lands in the middle of a table; say
        # when the ledger itself is half-written.
        written = real_write(fd, bytes(data)[:7])
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".toml"):
            sys.stdout.write("torn\\n")
            sys.stdout.flush()
        time.sleep(0.001)
        return written
    def slow_fsync(fd):
        time.sleep(0.005)
        real_fsync(fd)
    store.disk.write, store.disk.fsync = slow_write, slow_fsync
for i in range(count):
    record_update(path, UpdateRequest("water", dt.date(2026, 1, 1), note=f"{tag}-{i}", by=tag))
"""


def _writer(path: Path, tag: str, count: int, **env: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), tag, str(count)],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_eight_writers_lose_nothing(write_ledger: Write) -> None:
    path = write_ledger(BASE)
    before = path.read_bytes()
    writers = [_writer(path, f"w{n}", 25) for n in range(8)]
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err.decode()
    data = path.read_bytes()
    assert data.startswith(before)
    notes = [u["note"] for u in tomllib.loads(data.decode())["update"]]
    assert len(notes) == 200
    assert sorted(notes) == sorted(f"w{n}-{i}" for n in range(8) for i in range(25))
    for n in range(8):  # each writer's updates stay in its own order
        mine = [note for note in notes if note.startswith(f"w{n}-")]
        assert mine == [f"w{n}-{i}" for i in range(25)]
    assert beside(path.parent) == ["commitments.toml"]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="SIGKILL and /proc")
def test_kill_9_leaves_old_or_new_ledger(write_ledger: Write) -> None:
    """Killed at any instant, the next command sees the old ledger or the old ledger plus
    the whole new table; the next write takes back a torn table."""
    path = write_ledger(BASE)
    original = path.read_bytes()
    seen = 0
    torn = 0
    for round_ in range(12):
        before = read_bytes(path, "ledger")  # as readers see it, a torn table left out
        writer = _writer(path, f"k{round_}", 1000, SLOW_WRITES="1")
        if round_ % 2:
            time.sleep(0.25 + 0.031 * round_)  # any instant
        else:  # in the middle of writing a table, after a few whole ones
            assert writer.stdout is not None
            for _ in range(round_ * 20 + 1):
                assert writer.stdout.readline() == b"torn\n"
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        after = path.read_bytes()
        assert after.startswith(before) and after.startswith(original)
        try:
            tomllib.loads(after.decode())
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            torn += 1  # the raw bytes end in a torn table: the journal hides it
        ledger = read_ledger(path)  # what every command sees
        notes = [u.note for u in ledger.updates]
        assert notes == [
            f"k{r}-{i}" for r in range(round_ + 1) for i in range(1000) if f"k{r}-{i}" in notes
        ]
        assert len(notes) >= seen
        seen = len(notes)
        checked = subprocess.run(
            [sys.executable, "-m", "commitments", "-f", str(path), "check"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert checked.returncode == 0, checked.stderr
    assert seen > 0 and torn > 0, (seen, torn)
    # A later writer is not blocked by the killed ones, and cuts off their torn tables.
    record_update(path, UpdateRequest("water", dt.date(2026, 1, 1), note="after", by="me"))
    parsed = tomllib.loads(path.read_text())
    assert parsed["update"][-1]["note"] == "after" and len(parsed["update"]) == seen + 1
    assert beside(path.parent) == ["commitments.toml"]


HOLDER = """
import fcntl, sys, time
handle = open(sys.argv[1], "rb")
fcntl.flock(handle, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _holder(path: Path, seconds: float) -> subprocess.Popen[bytes]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE
    )
    assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
    return holder


@pytest.mark.slow
def test_writer_queues_behind_a_held_lock(write_ledger: Write) -> None:
    path = write_ledger(BASE)
    holder = _holder(path, 600)  # until told to go: a slow machine must not end it early
    writer = _writer(path, "q", 1)
    time.sleep(0.8)
    assert writer.poll() is None  # waiting for the lock
    assert "update" not in tomllib.loads(path.read_text())
    holder.terminate()
    holder.wait()
    assert writer.wait(timeout=30) == 0
    assert tomllib.loads(path.read_text())["update"][0]["note"] == "q-0"


def test_lock_of_a_killed_holder_is_released(write_ledger: Write) -> None:
    path = write_ledger(BASE)
    holder = _holder(path, 600)
    holder.kill()
    holder.wait()
    # A lock still held would make this queue for LOCK_TIMEOUT, then refuse.
    record_update(path, UpdateRequest("water", dt.date(2026, 1, 1), note="x", by="me"))
    assert tomllib.loads(path.read_text())["update"][0]["note"] == "x"


def test_usage_error_inside_the_lock_releases_it(write_ledger: Write) -> None:
    path = write_ledger(BASE)
    with pytest.raises(UsageError):
        record_update(path, UpdateRequest("nope", dt.date(2026, 1, 1), note="x"))
    record_update(path, UpdateRequest("water", dt.date(2026, 1, 1), note="x", by="me"))


def test_add_request_in_core(write_ledger: Write) -> None:
    path = write_ledger(BASE)
    written = add_commitment(path, AddRequest(title="Glaciers", parties=["kz"]))
    assert written.id == "glaciers" and written.warnings == ()
    assert tomllib.loads(path.read_text())["commitment"][-1]["parties"] == ["KZ"]


def test_shipped_ledger_accepts_an_update(run: Run, tmp_path: Path) -> None:
    copy = tmp_path / "work" / "commitments.toml"
    copy.write_bytes(SHIPPED.read_bytes())
    result = run(
        "update",
        "foreign-ministers-conference-2026",
        "--status",
        "stalled",
        "--note",
        "No date announced",
        "--today",
        "2026-11-22",
    )
    assert result.exit_code == 0
    listed = json.loads(
        run("list", "--overdue", "--format", "json", "--today", "2026-11-22").stdout
    )
    assert [(i["id"], i["status"]) for i in listed] == [
        ("foreign-ministers-conference-2026", "stalled")
    ]


def test_the_rename_watch_happens_even_when_the_work_meanwhile_fails(
    write_ledger: Write,
) -> None:
    """What a write does while it watches for an editor's rename (the caller's
    warnings) may fail: the watch still happens, an editor's copy still gets the
    table, and the failure is raised after."""
    path = write_ledger(BASE)
    calls: list[int] = []

    def meanwhile(ledger: object) -> None:
        calls.append(1)
        if len(calls) == 1:
            # An editor saves its copy, read before our table landed, over the file.
            copy = path.with_name("editor-copy.toml")
            copy.write_text(path.read_text().split("\n[[update]]")[0] + "\n# edited\n")
            os.replace(copy, path)
            raise RuntimeError("the warnings failed")

    appended = store.append(
        path,
        lambda ledger, data: '[[update]]\ncommitment = "water"\non = 2026-01-01\nnote = "kept"\n',
        meanwhile=meanwhile,
    )
    assert len(calls) == 2  # the first attempt's failure did not skip the watch
    text = path.read_text()
    assert "# edited" in text and text.count('note = "kept"') == 1
    assert appended.table in text

    def failing(ledger: object) -> None:
        raise RuntimeError("the warnings failed")

    with pytest.raises(RuntimeError, match="the warnings failed"):
        store.append(
            path,
            lambda ledger, data: (
                '[[update]]\ncommitment = "water"\non = 2026-01-02\nnote = "too"\n'
            ),
            meanwhile=failing,
        )
    assert path.read_text().count('note = "too"') == 1  # the write stands


def test_follows_takes_a_start_of_an_id_and_writes_it_whole(run: Run, write_ledger: Write) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    added = run("add", "--title", "Second round table", "--follows", "water")
    assert added.exit_code == 0, added.stderr
    assert path.read_text(encoding="utf-8").endswith('follows = "water-roundtable-2026"\n')
    several = run("add", "--title", "Third", "--follows", "combating")
    assert several.exit_code == 2
    assert several.stderr.startswith('commitments: error: --follows: "combating" starts 6 ids')
