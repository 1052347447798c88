"""The ledger against a model of it, as storage engines are tested.

A hypothesis state machine runs random sequences of what happens to a ledger: the
tool's `add` and `update` (with party, due, status), hand appends with `>>`, an
editor's save (with a buffer read before the tool's last writes, then `recover`),
`kill -9` in the middle of a write, a corrupted or forged cache entry, and a merge
of what another clone appended. The model is a plain list of the tables in file
order. After every step, `list`, `show` and `report` in JSON say what the model
says, and the file holds every table it should, in order.

CI runs a bounded number of steps; benchmarks/model.py runs 10,000.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from typer.testing import CliRunner

from commitments.cli import app_for

pytestmark = pytest.mark.slow  # `pytest -m "not slow"`: the quick run

TODAY = "2026-11-22"
PARTIES = ["IT", "KZ", "KG"]
STATUSES = ["planned", "in-progress", "stalled", "done", "partial", "missed", "cancelled"]
DUES = ["2026", "spring 2027", "by 2027", "2027-03", "H2 2026", "Q1 2027?"]
BASE = textwrap.dedent(
    """\
    version = 1

    [[commitment]]
    id = "base"
    title = "A commitment written by hand"
    due = "2026"
    declared = 2025-05-30
    parties = ["IT", "KZ", "KG"]
    """
)

KILLER = textwrap.dedent(
    """
    import os, sys
    import commitments.write.append as append
    real = os.write
    def torn(fd, data):
        if os.readlink(f"/proc/self/fd/{fd}").endswith("commitments.toml"):
            real(fd, bytes(data)[: len(data) // 2])
            os.kill(os.getpid(), 9)
        return real(fd, data)
    append.disk.write = torn
    from commitments.__main__ import main
    main()
    """
)


CLOSED = {"done", "partial", "missed", "cancelled"}


def _status_of(tables: list[dict[str, Any]], ident: str, party: str | None) -> str:
    """A commitment's status (``party``: that party's own, as the report assesses it):
    the latest update of the kind by ``on``, ties by file order; with every party's own
    closed assessment and no later update for the whole commitment, their roll-up."""
    commitment = next(t for t in tables if t["kind"] == "commitment" and t["id"] == ident)
    updates = [t for t in tables if t["kind"] == "update" and t["commitment"] == ident]
    ordered = sorted(enumerate(updates), key=lambda pair: (pair[1]["on"], pair[0]))
    status, general_on = commitment.get("status", "planned"), None
    own: dict[str, tuple[dt.date, str]] = {}
    for _, update in ordered:
        if update.get("status") is None:
            continue
        if update.get("party") is None:
            status, general_on = update["status"], update["on"]
        else:
            own[update["party"]] = (update["on"], update["status"])
    if party is not None:
        return own[party][1] if party in own else status
    parties = commitment.get("parties", [])
    if parties and all(p in own and own[p][1] in CLOSED for p in parties):
        last = max(own[p][0] for p in parties)
        if general_on is None or general_on <= last:
            found = {own[p][1] for p in parties} - {"cancelled"} or {"cancelled"}
            return found.pop() if len(found) == 1 else "partial"
    return status


def _due_of(tables: list[dict[str, Any]], ident: str) -> str | None:
    commitment = next(t for t in tables if t["kind"] == "commitment" and t["id"] == ident)
    updates = [t for t in tables if t["kind"] == "update" and t["commitment"] == ident]
    ordered = sorted(enumerate(updates), key=lambda pair: (pair[1]["on"], pair[0]))
    due = commitment.get("due")
    for _, update in ordered:
        due = update.get("due", due)
    return due


def _tables(data: bytes) -> list[dict[str, Any]]:
    """The tables of a ledger's bytes, in file order (commitments and updates)."""
    doc = tomllib.loads(data.decode("utf-8"))
    found: list[tuple[int, dict[str, Any]]] = []
    text = data.decode("utf-8")
    for kind in ("commitment", "update"):
        at = -1
        for table in doc.get(kind, []):
            at = text.index(f"[[{kind}]]", at + 1)
            found.append((at, {"kind": kind, **table}))
    return [table for _, table in sorted(found, key=lambda pair: pair[0])]


def _plain(table: dict[str, Any]) -> dict[str, Any]:
    """What the model compares of a table: what it says, not when it was recorded."""
    return {k: v for k, v in table.items() if k not in ("recorded", "by")}


class Ledger(RuleBasedStateMachine):
    """One ledger, the tool, people and other programs working on it."""

    ids = Bundle("ids")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="commitments-model-"))
        self.path = self.folder / "commitments.toml"
        self.path.write_text(BASE, encoding="utf-8")
        self.cache = self.folder / "cache"
        self.env = {
            "COMMITMENTS_CACHE_DIR": str(self.cache),
            "COMMITMENTS_TODAY": TODAY,
            "COMMITMENTS_AUTHOR": "model",
            "NO_COLOR": "1",
        }
        self.saved = {k: os.environ.get(k) for k in self.env}
        os.environ.update(self.env)
        self.runner = CliRunner()
        self.model: list[dict[str, Any]] = [
            {
                "kind": "commitment",
                "id": "base",
                "title": "A commitment written by hand",
                "due": "2026",
                "declared": dt.date(2025, 5, 30),
                "parties": PARTIES,
            }
        ]
        self.written: list[dict[str, Any]] = []  # tables the tool appended, in order
        self.snapshot: tuple[bytes, list[dict[str, Any]]] | None = None
        self.torn = False  # a killed write left part of a table (readers hide it)
        self.lost: list[dict[str, Any]] = []
        self.counter = 0

    def teardown(self) -> None:
        for key, value in self.saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(self.folder, ignore_errors=True)

    def cli(self, *args: str) -> Any:
        argv = ["-f", str(self.path), *args]
        result = self.runner.invoke(app_for(argv), argv, catch_exceptions=False)
        assert "Traceback" not in result.stderr
        return result

    def present(self, ident: str) -> str:
        """``ident`` if the file still has it (an editor's save may have dropped it)."""
        return ident if any(t.get("id") == ident for t in self.model) else "base"

    def beside(self) -> list[str]:
        """What lies beside the ledger and in the cache (for a failure's message)."""
        found = sorted(os.listdir(self.folder))
        return found + sorted(os.listdir(self.cache)) if self.cache.is_dir() else found

    def note(self) -> str:
        self.counter += 1
        return f"n{self.counter}"

    @initialize(target=ids)
    def the_hand_written_one(self) -> str:
        return "base"

    # --- the tool ------------------------------------------------------------------------

    @rule(target=ids, due=st.sampled_from(DUES), parties=st.sets(st.sampled_from(PARTIES)))
    def add(self, due: str, parties: set[str]) -> str:
        ident = f"c{self.counter + 1}"
        title = self.note()
        args = ["add", "--id", ident, "--title", title, "--due", due, "--declared", "2025-06-01"]
        for party in sorted(parties):
            args += ["--party", party]
        result = self.cli(*args)
        assert result.exit_code == 0, (result.stderr, self.beside())
        table = {"kind": "commitment", "id": ident, "title": title, "due": due}
        table.update({"declared": dt.date(2025, 6, 1)})
        if parties:
            table["parties"] = sorted(parties)
        self.model.append(table)
        self.written.append(table)
        self.torn = False
        return ident

    @rule(
        ident=ids,
        on=st.dates(dt.date(2025, 6, 1), dt.date(2026, 11, 22)),
        status=st.none() | st.sampled_from(STATUSES),
        party=st.none() | st.sampled_from(PARTIES),
        due=st.none() | st.sampled_from(DUES),
    )
    def update(
        self, ident: str, on: dt.date, status: str | None, party: str | None, due: str | None
    ) -> None:
        ident = self.present(ident)
        commitment = next(t for t in self.model if t.get("id") == ident)
        if party is not None and party not in commitment.get("parties", []):
            party = None
        if party is not None:
            due = None  # an assessment of one party cannot reschedule
        note = self.note()
        args = ["update", ident, "--on", on.isoformat(), "--note", note]
        for option, value in (("--status", status), ("--party", party), ("--due", due)):
            if value is not None:
                args += [option, value]
        result = self.cli(*args)
        assert result.exit_code == 0, (result.stderr, self.beside())
        table: dict[str, Any] = {"kind": "update", "commitment": ident, "on": on}
        for key, value in (("status", status), ("party", party), ("due", due)):
            if value is not None:
                table[key] = value
        table["note"] = note
        self.model.append(table)
        self.written.append(table)
        self.torn = False

    # --- people and other programs -------------------------------------------------------

    @precondition(lambda self: not self.torn)
    @rule(ident=ids, status=st.sampled_from(STATUSES))
    def hand_append(self, ident: str, status: str) -> None:
        """`>>` of a table written by hand (no lock, no journal)."""
        ident = self.present(ident)
        note = self.note()
        with self.path.open("ab") as handle:
            handle.write(
                f'\n[[update]]\ncommitment = "{ident}"\non = 2026-01-01\n'
                f'status = "{status}"\nnote = "{note}"\n'.encode()
            )
        self.model.append(
            {
                "kind": "update",
                "commitment": ident,
                "on": dt.date(2026, 1, 1),
                "status": status,
                "note": note,
            }
        )

    @precondition(lambda self: not self.torn)
    @rule()
    def editor_opens(self) -> None:
        """An editor reads the file: its buffer, saved later, may be stale by then."""
        self.snapshot = (self.path.read_bytes(), [dict(t) for t in self.model])

    @precondition(lambda self: not self.torn and self.snapshot is not None)
    @rule()
    def editor_saves(self) -> None:
        """The editor writes its buffer, with a comment added, to a new file and renames
        it over the ledger: what was appended since it read the file is gone."""
        assert self.snapshot is not None
        data, tables = self.snapshot
        self.snapshot = None
        temp = self.folder / ".edit.tmp"
        temp.write_bytes(data + b"\n# edited by hand\n")
        os.replace(temp, self.path)
        dropped = [t for t in self.model if t not in tables]
        self.lost += [t for t in dropped if any(t is w for w in self.written)]
        self.model = [t for t in self.model if t in tables]
        # Every command now names what the tool wrote and the file lost.
        said = self.cli("list", "--format", "json").stderr
        assert said.count("no longer holds") == len(self.lost), (said, self.lost)

    @precondition(lambda self: bool(self.lost))
    @rule()
    def recover(self) -> None:
        result = self.cli("recover")
        assert result.exit_code == 0, result.stderr
        assert result.stdout.count("appended again:") == len(self.lost)
        self.model += self.lost
        self.lost = []
        self.torn = False

    @precondition(lambda self: bool(self.lost))
    @rule()
    def recover_discard(self) -> None:
        result = self.cli("recover", "--discard")
        assert result.exit_code == 0, result.stderr
        assert result.stdout.count("forgot:") == len(self.lost)
        self.written = [w for w in self.written if not any(w is t for t in self.lost)]
        self.lost = []

    @precondition(lambda self: not self.torn and Path("/proc/self/fd").is_dir())
    @rule(ident=ids)
    def kill_9_mid_write(self, ident: str) -> None:
        """A writer killed with half its table written: readers leave that half out, and
        the next write of this user cuts it off."""
        ident = self.present(ident)
        before = self.path.read_bytes()
        killed = subprocess.run(
            [sys.executable, "-c", KILLER, "-f", str(self.path), "update", ident, "-n", "x"],
            env={**os.environ, **self.env},
            capture_output=True,
            check=False,
        )
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        after = self.path.read_bytes()
        assert after.startswith(before) and len(after) > len(before)
        self.torn = True

    @rule(data=st.data())
    def damage_the_cache(self, data: st.DataObject) -> None:
        """A cache entry truncated, flipped or forged: never believed."""
        if not self.cache.is_dir():
            return
        entries = sorted(
            p
            for p in self.cache.iterdir()
            if p.name != "secret" and not p.name.endswith((".writes", ".pending"))
        )
        if not entries:
            return
        target = data.draw(st.sampled_from(entries))
        how = data.draw(st.sampled_from(["truncate", "flip", "forge"]))
        raw = target.read_bytes()
        if how == "truncate":
            target.write_bytes(raw[: len(raw) // 2])
        elif how == "flip" and raw:
            at = random.Random(len(raw)).randrange(len(raw))
            target.write_bytes(raw[:at] + bytes([raw[at] ^ 0xFF]) + raw[at + 1 :])
        else:
            target.write_bytes(os.urandom(64) + raw[64:])

    @precondition(lambda self: not self.torn and self.snapshot is not None)
    @rule(count=st.integers(1, 3))
    def merge_another_clone(self, count: int) -> None:
        """Another clone, branched when the editor last read the file (the snapshot),
        appended tables; git merges with the tool's driver and checks the result out."""
        from commitments.commands import git_merge

        assert self.snapshot is not None
        base, tables = self.snapshot
        ours = self.path.read_bytes()
        if not ours.startswith(base):
            return  # a hand edit since: git's three-way merge, tested on its own
        theirs_tables = []
        text = base
        for _ in range(count):
            note = self.note()
            table = {
                "kind": "update",
                "commitment": "base",
                "on": dt.date(2026, 2, 1),
                "status": "in-progress",
                "note": note,
            }
            text += (
                f'\n[[update]]\ncommitment = "base"\non = 2026-02-01\n'
                f'status = "in-progress"\nnote = "{note}"\n'.encode()
            )
            theirs_tables.append(table)
        sides = {}
        for name, data in (("base", base), ("ours", ours), ("theirs", text)):
            sides[name] = self.folder / f".merge_{name}"
            sides[name].write_bytes(data)
        with open(os.devnull, "w") as err:
            code = git_merge(sides["base"], sides["ours"], sides["theirs"], str(self.path), err)
        assert code == 0
        temp = self.folder / ".checkout.tmp"
        temp.write_bytes(sides["ours"].read_bytes())
        os.replace(temp, self.path)  # as git checks the merged file out
        self.model += theirs_tables
        del tables

    # --- what must hold after every step -------------------------------------------------

    @invariant()
    def the_file_holds_every_table_in_order(self) -> None:
        from commitments.ledger.decode import read_bytes

        seen = read_bytes(self.path, "ledger")  # as every reader sees it
        assert [_plain(t) for t in _tables(seen)] == [_plain(t) for t in self.model]

    @invariant()
    def list_says_what_the_model_says(self) -> None:
        result = self.cli("list", "--format", "json")
        assert result.exit_code == 0, result.stderr
        listed = {r["id"]: (r["status"], r["due"]) for r in json.loads(result.stdout)}
        expected = {
            t["id"]: (_status_of(self.model, t["id"], None), _due_of(self.model, t["id"]))
            for t in self.model
            if t["kind"] == "commitment"
        }
        assert listed == expected

    @invariant()
    def show_says_what_the_model_says(self) -> None:
        for ident in [t["id"] for t in self.model if t["kind"] == "commitment"][-3:]:
            result = self.cli("show", ident, "--format", "json")
            assert result.exit_code == 0, result.stderr
            shown = [(u["on"], u["note"]) for u in json.loads(result.stdout)["updates"]]
            updates = [t for t in self.model if t["kind"] == "update" and t["commitment"] == ident]
            ordered = sorted(enumerate(updates), key=lambda pair: (pair[1]["on"], pair[0]))
            assert shown == [(u["on"].isoformat(), u["note"]) for _, u in ordered]

    @invariant()
    def report_says_what_the_model_says(self) -> None:
        result = self.cli("report", "--format", "json", "--interim")
        assert result.exit_code == 0, result.stderr
        report = json.loads(result.stdout)
        cells = {
            (row["id"], party): cell["status"]
            for row in report["rows"]
            for party, cell in row["cells"].items()
        }
        expected = {
            (t["id"], party): _status_of(self.model, t["id"], party)
            for t in self.model
            if t["kind"] == "commitment"
            for party in t.get("parties", [])
        }
        assert cells == expected  # a cell for every responsible party, assessed or not


TestLedger = Ledger.TestCase
TestLedger.settings = settings(
    max_examples=int(os.environ.get("MODEL_EXAMPLES", "8")),
    stateful_step_count=int(os.environ.get("MODEL_STEPS", "25")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
