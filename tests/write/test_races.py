"""Nobody else's bytes: hand edits and `>>` appends racing updates are never lost."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import textwrap
import time
import tomllib
from pathlib import Path
from typing import NamedTuple

import pytest

from commitments.errors import LedgerError
from commitments.ledger.read import read_ledger
from support import SHIPPED, WATER_LEDGER

pytestmark = pytest.mark.slow  # `pytest -m "not slow"`: the quick run

# --- nobody else's bytes ------------------------------------------------------------------

UPDATER = """
import datetime as dt, sys
from pathlib import Path
from commitments.write.requests import UpdateRequest, record_update

path, count, ident = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
for i in range(count):
    record_update(path, UpdateRequest(ident, dt.date(2026, 1, 1), note=f"u-{i}", by="t"))
"""


def _editor(path: Path, count: int, pause: float) -> list[str]:
    """Saves as editors do: read, change, write a new file, rename it over the ledger; and
    like vim, not over a file that changed since it was read (then it reads again)."""
    made = []
    for n in range(count):
        mark = f"# editor {n}"
        while True:
            before = path.read_bytes()
            temp = path.with_name(f".edit-{n}.tmp")
            temp.write_bytes(before + f"{mark}\n".encode())
            if path.read_bytes() != before:
                temp.unlink()
                continue
            os.replace(temp, path)
            break
        made.append(mark)
        time.sleep(random.uniform(0, pause))
    return made


def _appender(path: Path, count: int, pause: float) -> list[str]:
    made = []
    for n in range(count):
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"# append {n}\n")
        made.append(f"# append {n}")
        time.sleep(random.uniform(0, pause))
    return made


class Race(NamedTuple):
    lost_edits: list[str]
    lost_updates: list[str]
    updates: int  # how many of the racing updates the file holds
    valid: bool  # the ledger reads (every table valid) after the race
    leftovers: list[str]  # files left beside the ledger


def race(path: Path, ident: str, other: str, count: int, pause: float) -> Race:
    """``count`` updates of ``ident`` in one process, racing ``count`` editor saves or
    ``>>`` appends (a random pause of up to ``pause`` seconds after each) in this one.
    benchmarks/race.py runs it on a 14 MB ledger."""
    updater = subprocess.Popen(
        [sys.executable, "-c", UPDATER, str(path), str(count), ident],
        stderr=subprocess.PIPE,
        env={**os.environ},
    )
    made = (_editor if other == "editor" else _appender)(path, count, pause)
    _, err = updater.communicate(timeout=max(300, count * 5))
    assert updater.returncode == 0, err.decode()
    text = path.read_text(encoding="utf-8")
    notes = [
        u.get("note") for u in tomllib.loads(text).get("update", []) if u["commitment"] == ident
    ]
    try:
        valid = len([u for u in read_ledger(path).updates if u.commitment == ident]) == len(notes)
    except LedgerError:
        valid = False
    return Race(
        lost_edits=[m for m in made if m + "\n" not in text],
        lost_updates=sorted({f"u-{i}" for i in range(count)} - set(notes)),
        updates=sum(1 for n in notes if n and n.startswith("u-")),
        valid=valid,
        leftovers=sorted(p.name for p in path.parent.iterdir() if p != path),
    )


@pytest.mark.parametrize("other", ["editor", "append"])
def test_hand_edits_racing_updates_are_never_lost(tmp_path: Path, other: str) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "commitments.toml"
    shutil.copyfile(SHIPPED, path)
    path.write_text(path.read_text() + textwrap.dedent(WATER_LEDGER).split("version = 1", 1)[1])
    result = race(path, "water", other, 200, 0.01)
    assert result == Race([], [], 200, True, []), result


# --- a `>>` in the instant of a write ------------------------------------------------------


def test_a_gt_gt_landing_just_before_an_update_and_another_in_the_next_instant_both_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scheduler can put another process's `>>` between any two of our system calls.
    One lands between the last read and the write; a second would land between looking
    at the end of the file and cutting our table off it, which is why the table is no
    longer cut off there (the race above lost `# append 177` that way, once in a loaded
    run)."""
    import datetime as dt

    from commitments.ledger.journal import disk
    from commitments.write.requests import UpdateRequest, record_update

    path = tmp_path / "commitments.toml"
    shutil.copyfile(SHIPPED, path)
    path.write_text(path.read_text() + textwrap.dedent(WATER_LEDGER).split("version = 1", 1)[1])
    theirs: list[str] = []

    def gt_gt() -> None:
        line = f"# theirs {len(theirs)}"
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
        theirs.append(line)

    real_write, real_truncate = disk.write, disk.ftruncate

    def write_after_theirs(fd: int, data: bytes | memoryview) -> int:
        if b'note = "raced"' in bytes(data) and not theirs:
            gt_gt()
        return real_write(fd, data)

    def truncate_after_theirs(fd: int, length: int) -> None:
        gt_gt()  # what the scheduler may do between the look and the cut
        real_truncate(fd, length)

    monkeypatch.setattr(disk, "write", write_after_theirs)
    monkeypatch.setattr(disk, "ftruncate", truncate_after_theirs)
    record_update(path, UpdateRequest("water", dt.date(2026, 1, 1), note="raced", by="t"))
    text = path.read_text(encoding="utf-8")
    assert theirs and all(line + "\n" in text for line in theirs)
    assert text.count('note = "raced"') == 1
    ledger = read_ledger(path)
    assert [u.note for u in ledger.updates if u.commitment == "water"][-1] == "raced"


def _gt_gt_before_the_write(
    monkeypatch: pytest.MonkeyPatch, path: Path, theirs: bytes, marker: bytes
) -> None:
    """One `>>` of ``theirs`` lands just before the tool writes the table holding
    ``marker`` (between its last read and its write), once."""
    from commitments.ledger.journal import disk

    real_write = disk.write
    landed: list[bytes] = []

    def write_after_theirs(fd: int, data: bytes | memoryview) -> int:
        if marker in bytes(data) and not landed:
            with open(path, "ab") as handle:
                handle.write(theirs)
            landed.append(theirs)
        return real_write(fd, data)

    monkeypatch.setattr(disk, "write", write_after_theirs)


def test_a_gt_gt_left_open_before_the_table_makes_the_write_start_over_and_refuse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from commitments.write.requests import UpdateRequest, record_update

    path = tmp_path / "commitments.toml"
    path.write_text(textwrap.dedent(WATER_LEDGER), encoding="utf-8")
    before = path.read_bytes()
    _gt_gt_before_the_write(monkeypatch, path, b'note = "half', b'note = "raced"')
    with pytest.raises(LedgerError):
        record_update(path, UpdateRequest("water", dt.date(2026, 1, 1), note="raced", by="t"))
    # theirs stays, as written; the table was taken back: nothing of ours is in the file
    assert path.read_bytes() == before + b'note = "half'


def test_a_gt_gt_taking_the_new_id_before_the_table_makes_the_write_start_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commitments.write.requests import AddRequest, add_commitment

    path = tmp_path / "commitments.toml"
    path.write_text(textwrap.dedent(WATER_LEDGER), encoding="utf-8")
    theirs = b'\n[[commitment]]\nid = "glacier-forum"\ntitle = "By hand"\nparties = ["IT"]\n'
    _gt_gt_before_the_write(monkeypatch, path, theirs, b'title = "Glacier forum"')
    written = add_commitment(path, AddRequest("Glacier forum", parties=["IT"]))
    text = path.read_text(encoding="utf-8")
    assert theirs.decode() in text
    assert 'id = "glacier-forum-2"' in text and "glacier-forum-2" in str(written)
    assert len(read_ledger(path).commitments) == 3
