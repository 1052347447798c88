"""`export --format datapackage` and `--format sqlite`: the ledger as open data, checked
by the Frictionless validator and served by Datasette."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from commitments.ledger.read import read_ledger
from commitments.publish.tables import open_data
from commitments.report.as_of import as_of
from commitments.report.state import states
from publish.ledgers import HOSTILE, LEDGER
from support import Run, Write, mount_tiny_tmpfs

TODAY = "2026-12-05"


def export(run: Run, *args: str) -> tuple[int, str, str]:
    result = run("--today", TODAY, "export", *args)
    return result.exit_code, result.stdout, result.stderr


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_tables_are_the_ledger_as_of_the_day(write_ledger: Write) -> None:
    whole = read_ledger(write_ledger(LEDGER))
    today = dt.date(2026, 12, 5)
    ledger = as_of(whole, today)
    tables, _ = open_data(whole, ledger, states(ledger), today)
    by_name = {t.name: t for t in tables}
    assert [t.name for t in tables] == ["summits", "commitments", "updates", "cells"]
    ids = [row[0] for row in by_name["commitments"].rows]
    assert sorted(ids) == ["energy", "rome-fund", "water", "welcome"]  # "later": not yet
    # the update after the day is left out; the others keep their place in the file
    assert [row[:3] for row in by_name["updates"].rows] == [
        (1, "water", dt.date(2026, 10, 1)),
        (2, "energy", dt.date(2026, 7, 2)),
        (3, "energy", dt.date(2026, 8, 1)),
    ]
    cells = {(r[0], r[1]): r[2:5] for r in by_name["cells"].rows}
    assert cells[("water", "KZ")] == ("done", True, 1)
    assert cells[("energy", "UZ")] == ("missed", True, -1)
    assert cells[("energy", "KZ")] == ("planned", False, None)  # nobody looked: null
    assert cells[("rome-fund", "IT")] == ("planned", False, None)
    assert ("rome-fund", "KG") not in cells  # only the responsible party has a cell
    summits = {r[0]: r for r in by_name["summits"].rows}
    # water +1, energy mean(-1, 0) = -0.5: the summit's mean of its pledges, 0.25
    assert summits["astana-2025"][10:] == (0.25, 62.5, 5, 6, 5)


def test_the_data_package_validates_and_says_its_licence_and_day(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    frictionless = pytest.importorskip("frictionless")
    write_ledger(LEDGER)
    code, out, err = export(run, "--format", "datapackage", "--output", str(tmp_path / "pkg"))
    assert code == 0, err
    assert out == f"wrote 5 files to {tmp_path / 'pkg'}\n"
    descriptor = json.loads((tmp_path / "pkg" / "datapackage.json").read_text())
    assert descriptor["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }
    ]
    assert descriptor["as_of"] == TODAY
    assert descriptor["sources"] == [
        {"title": "Joint Declaration", "path": "https://example.org/declaration"}
    ]
    cells = next(r for r in descriptor["resources"] if r["name"] == "cells")
    assert cells["schema"]["primaryKey"] == ["commitment", "party"]
    assert cells["schema"]["foreignKeys"] == [
        {"fields": "commitment", "reference": {"resource": "commitments", "fields": "id"}}
    ]
    report = frictionless.validate(str(tmp_path / "pkg" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    water = next(r for r in rows(tmp_path / "pkg" / "commitments.csv") if r["id"] == "water")
    assert water["status"] == "done" and water["score"] == "1.0" and water["percent"] == "100.0"
    assert json.loads(water["parties"]) == ["IT", "KZ", "UZ"]


def test_hostile_text_is_defused_in_the_csv_and_kept_exact_in_the_database(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(HOSTILE)
    assert export(run, "--format", "datapackage", "--output", str(tmp_path / "p"))[0] == 0
    assert export(run, "--format", "sqlite", "--output", str(tmp_path / "c.db"))[0] == 0
    [summit] = rows(tmp_path / "p" / "summits.csv")
    assert summit["source"].startswith("'=HYPERLINK(")  # a spreadsheet shows it, never runs it
    [commitment] = rows(tmp_path / "p" / "commitments.csv")
    assert commitment["notes"].startswith("'@SUM")
    assert "\x1b" not in commitment["title"] and "\u202e" not in commitment["title"]
    assert commitment["quote"].endswith("\nsecond line")  # a line break is text
    assert json.loads(commitment["tags"]) == ["<b>tag</b>", "+cmd"]  # JSON, not a formula
    [update] = rows(tmp_path / "p" / "updates.csv")
    assert update["source"].startswith("'-2+3")
    descriptor = json.loads((tmp_path / "p" / "datapackage.json").read_text())
    assert descriptor["licenses"] == [{"name": "<b>licence</b>"}]
    with sqlite3.connect(tmp_path / "c.db") as db:
        title, notes = db.execute("SELECT title, notes FROM commitments").fetchone()
    assert "\x1b[31m" in title and notes.startswith("@SUM")  # the database keeps the ledger's text
    frictionless = pytest.importorskip("frictionless")
    assert frictionless.validate(str(tmp_path / "p" / "datapackage.json")).valid


def test_the_database_has_keys_indexes_search_and_the_matrix(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    code, out, err = export(run, "--format", "sqlite", "--output", str(tmp_path / "c.db"))
    assert code == 0, err
    assert out == f"wrote {tmp_path / 'c.db'}\n"
    with sqlite3.connect(tmp_path / "c.db") as db:
        db.execute("PRAGMA foreign_keys = ON")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        keys = db.execute("PRAGMA foreign_key_list(cells)").fetchall()
        assert [(k[2], k[3], k[4]) for k in keys] == [("commitments", "commitment", "id")]
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"updates_commitment", "cells_party", "commitments_summit"} <= indexes
        matrix = db.execute(
            'SELECT commitment, "IT", "KZ", "UZ", score, assessed, cells FROM compliance_matrix'
            " WHERE summit = 'astana-2025'"
        ).fetchall()
        assert matrix == [("energy", 0, None, -1, -0.5, 2, 3), ("water", 1, 1, 1, 1.0, 3, 3)]
        found = db.execute(
            "SELECT id FROM commitments WHERE rowid IN"
            " (SELECT rowid FROM commitments_fts WHERE commitments_fts MATCH 'water')"
        ).fetchall()
        assert found == [("water",)]
        assert db.execute(
            "SELECT open, parties FROM commitments WHERE id='welcome'"
        ).fetchone() == (
            1,
            '["IT", "KZ", "UZ"]',
        )
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_datasette_serves_the_commitments_and_their_search(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    pytest.importorskip("datasette")
    write_ledger(LEDGER)
    database = tmp_path / "ledger.db"
    assert export(run, "--format", "sqlite", "--output", str(database))[0] == 0
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            str(database),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/ledger"

        def get(path: str) -> list[dict[str, object]]:
            for _ in range(100):
                try:
                    with urllib.request.urlopen(base + path, timeout=5) as response:
                        data: list[dict[str, object]] = json.load(response)
                        return data
                except OSError:
                    time.sleep(0.1)
            raise AssertionError("Datasette did not answer")

        listed = get("/commitments.json?_shape=array&_sort=id")
        assert [r["id"] for r in listed] == ["energy", "rome-fund", "water", "welcome"]
        assert [r["id"] for r in get("/commitments.json?_shape=array&_search=water")] == ["water"]
        matrix = get("/compliance_matrix.json?_shape=array&commitment=water")
        assert matrix[0]["KZ"] == 1 and matrix[0]["percent"] == 100.0
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("fmt", ["datapackage", "sqlite"])
def test_the_output_is_required_and_never_the_ledger_or_a_folder_of_the_wrong_kind(
    run: Run, write_ledger: Write, tmp_path: Path, fmt: str
) -> None:
    ledger = write_ledger(LEDGER)
    before = ledger.read_bytes()
    code, _, err = export(run, "--format", fmt)
    assert code == 2 and "give --output" in err
    assert export(run, "--format", fmt, "--output", "-")[0] == 2
    code, _, err = export(run, "--format", fmt, "--output", str(ledger))
    assert code == 2 and "is the ledger; it is never replaced" in err
    code, _, err = export(run, "--format", fmt, "--output", str(tmp_path / "no" / "such" / "x"))
    assert code == 1 and "there is no folder" in err and "mkdir -p --" in err
    assert ledger.read_bytes() == before


def test_a_package_folder_that_is_a_file_or_a_dangling_link_is_refused(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    (tmp_path / "file").write_text("mine")
    code, _, err = export(run, "--format", "datapackage", "--output", str(tmp_path / "file"))
    assert code == 2 and "is a file, not a folder" in err
    assert (tmp_path / "file").read_text() == "mine"
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    code, _, err = export(run, "--format", "datapackage", "--output", str(tmp_path / "dangling"))
    assert code == 2 and "symbolic link to no folder" in err
    assert not (tmp_path / "nowhere").exists()
    code, _, err = export(run, "--format", "sqlite", "--output", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_other_files_in_the_folder_are_kept_and_a_planted_link_is_not_followed(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "README.md").write_text("mine")
    victim = tmp_path / "victim"
    victim.write_text("keep")
    (folder / "cells.csv").symlink_to(victim)
    code, _, err = export(run, "--format", "datapackage", "--output", str(folder))
    assert code == 1 and "cells.csv" in err and "symbolic link" in err
    assert victim.read_text() == "keep" and (folder / "README.md").read_text() == "mine"
    assert not (folder / "datapackage.json").exists()  # the descriptor comes last
    (folder / "cells.csv").unlink()
    assert export(run, "--format", "datapackage", "--output", str(folder))[0] == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "README.md",
        "cells.csv",
        "commitments.csv",
        "datapackage.json",
        "summits.csv",
        "updates.csv",
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder")
def test_a_read_only_folder_is_a_clean_failure(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = export(run, "--format", "sqlite", "--output", str(folder / "c.db"))
        assert code == 1 and "cannot write" in err and "Traceback" not in err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_licence_that_is_not_one_line_of_text_is_an_error(run: Run, write_ledger: Write) -> None:
    write_ledger('license = ""\n')
    result = run("check")
    assert result.exit_code == 1
    assert "license must be a line of visible text" in result.stderr
    write_ledger("license = 4\n")
    assert "license must be a string" in run("check").stderr


def test_a_full_disk_leaves_nothing_behind(run: Run, write_ledger: Write, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    if not mount_tiny_tmpfs(disk, "96k"):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount rights)")
    try:
        write_ledger(
            LEDGER.replace(
                'title = "Round table', 'notes = "' + "n" * 60000 + '"\n    title = "Round table'
            )
        )
        (disk / "kept.txt").write_text("mine")
        with open(disk / "filler", "wb", buffering=0) as filler:
            filler.write(b"\0" * 40000)
        for args in (
            ["--format", "sqlite", "--output", str(disk / "c.db")],
            ["--format", "datapackage", "--output", str(disk / "pkg")],
        ):
            code, _, err = export(run, *args)
            assert code == 1 and "cannot write" in err and "Traceback" not in err, err
        assert not (disk / "c.db").exists()
        left = sorted(p.name for p in disk.rglob("*"))
        assert left == ["filler", "kept.txt"], left  # not even the package's new folder
        assert (disk / "kept.txt").read_text() == "mine"
    finally:
        subprocess.run(["umount", str(disk)], check=False)
