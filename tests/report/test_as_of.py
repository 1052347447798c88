"""As of a date: updates after "today" are not applied, commitments declared after it
do not exist yet, and a report as of a past day stays the same whatever is appended."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import textwrap
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commitments.ledger.find import display_name
from commitments.ledger.read import ledger_from
from commitments.model import Commitment, Update
from commitments.report.as_of import as_of
from commitments.report.state import state_of, states
from commitments.write.tables import toml_table
from support import SHIPPED, Run, Write

LEDGER = """
version = 1

[[commitment]]
id = "water"
title = "Round table on water"
due = "by 2026"
declared = 2025-05-30
parties = ["IT", "KZ"]

[[commitment]]
id = "opera"
title = "Opera in Tashkent"
due = "2027-06"
declared = 2026-03-01
parties = ["IT", "UZ"]

[[update]]
commitment = "water"
on = 2026-02-01
status = "in-progress"
note = "venue named"

[[update]]
commitment = "water"
on = 2026-09-01
due = "2027-03"
note = "postponed"

[[update]]
commitment = "opera"
on = 2026-10-01
status = "done"
source = "press release"
"""


def listed(run: Run, path: Path, today: str) -> dict[str, dict[str, object]]:
    result = run("-f", str(path), "--today", today, "list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {c["id"]: c for c in json.loads(result.stdout)}


def test_updates_after_today_are_not_applied(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    early = listed(run, path, "2026-06-01")
    assert early["water"]["status"] == "in-progress"
    assert early["water"]["due"] == "by 2026" and early["water"]["end"] == "2026-12-31"
    assert early["opera"]["status"] == "planned"
    late = listed(run, path, "2026-11-22")
    assert late["water"]["due"] == "2027-03" and late["water"]["end"] == "2027-03-31"
    assert late["opera"]["status"] == "done"


def test_commitments_declared_after_today_do_not_exist_yet(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    assert set(listed(run, path, "2026-01-01")) == {"water"}
    assert set(listed(run, path, "2026-03-01")) == {"water", "opera"}
    shown = run("-f", str(path), "--today", "2026-01-01", "show", "opera")
    assert shown.exit_code == 2
    assert shown.stderr == (
        'commitments: error: "opera" is declared on 2026-03-01, after 2026-01-01:'
        " a report as of 2026-01-01 does not show it\n"
    )  # and nothing else: no other id is what was meant
    due = run(
        "-f", str(path), "--today", "2026-01-01", "due", "--within", "9999", "--format", "json"
    )
    assert [c["id"] for c in json.loads(due.stdout)] == ["water"]


def test_show_lists_only_the_updates_known_that_day(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    result = run("-f", str(path), "--today", "2026-06-01", "show", "water", "--format", "json")
    shown = json.loads(result.stdout)
    assert [u["on"] for u in shown["updates"]] == ["2026-02-01"]
    assert shown["status"] == "in-progress"


def test_a_report_as_of_a_past_day_keeps_its_bytes(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "work" / "commitments.toml"
    shutil.copyfile(SHIPPED, path)
    commands = [
        ["list", "--format", "json"],
        ["due", "--format", "json"],
        ["list", "--format", "csv"],
        ["show", "water-roundtable-2026", "--format", "json"],
    ]

    def said() -> list[str]:
        return [run("-f", str(path), "--today", "2026-06-01", *c).stdout for c in commands]

    before = said()
    for on, status in (("2026-07-01", "done"), ("2026-11-20", "cancelled")):
        added = run(
            "-f", str(path), "--today", "2026-11-22", "update", "water-roundtable-2026",
            "--on", on, "--status", status, "--source", "test",
        )  # fmt: skip
        assert added.exit_code == 0, added.stderr
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[commitment]]\nid = "later"\ntitle = "Later"\ndue = "2027"\n'
        + "declared = 2026-10-01\n",
        encoding="utf-8",
    )
    assert said() == before
    today = run("-f", str(path), "--today", "2026-11-22", "list", "--format", "json").stdout
    assert '"later"' in today and '"cancelled"' in today


def test_the_cache_keeps_each_day_apart(run: Run, write_ledger: Write) -> None:
    """What the cache derives from a ledger as of one day is never served for another."""
    path = write_ledger(LEDGER)
    days = ["2026-01-01", "2026-06-01", "2026-11-22", "2026-06-01", "2026-01-01"]
    cached = [listed(run, path, day) for day in days]
    plain = []
    for day in days:
        result = run(
            "-f", str(path), "--today", day, "list", "--format", "json",
            env={"COMMITMENTS_NO_CACHE": "1"},
        )  # fmt: skip
        plain.append({c["id"]: c for c in json.loads(result.stdout)})
    assert cached == plain
    assert cached[0] != cached[1] != cached[2]


def test_nothing_later_leaves_the_ledger_as_it_is(write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    ledger = ledger_from(path, path.read_bytes(), display_name(path))
    assert as_of(ledger, dt.date(2026, 11, 22)) is ledger
    assert as_of(ledger, dt.date(2026, 10, 1)) is ledger
    assert as_of(ledger, dt.date(2026, 9, 30)) is not ledger


# --- the oracle: the ledger as of a day is the ledger written without what came later -------

DUES = ["2026", "by 2027", "spring 2026", "Q3 2026", "2026-05", None]


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[Commitment], list[Update]]:
    rng = random.Random(draw(st.integers(0, 10_000)))
    count = draw(st.integers(1, 8))
    commitments = [
        Commitment(
            f"c{i}",
            f"Commitment {i}",
            due=rng.choice(DUES),
            declared=rng.choice(
                [None, dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(600))]
            ),
            parties=("IT",),
        )
        for i in range(count)
    ]
    updates = []
    for _ in range(draw(st.integers(0, 20))):
        owner = rng.choice(commitments)
        start = owner.declared or dt.date(2025, 1, 1)
        updates.append(
            Update(
                owner.id,
                start + dt.timedelta(days=rng.randrange(500)),
                status=rng.choice([None, "in-progress", "done", "stalled", "missed"]),
                due=rng.choice([None, None, "2027-06", "H2 2027"]),
                note="n",
                source=rng.choice([None, "s"]),
            )
        )
    return commitments, updates


def _text(commitments: list[Commitment], updates: list[Update]) -> str:
    parts = ["version = 1\n"]
    for c in commitments:
        table = {
            "id": c.id,
            "title": c.title,
            "due": c.due,
            "declared": c.declared,
            "parties": list(c.parties),
        }
        parts.append("\n" + toml_table("commitment", table))
    for u in updates:
        table = {
            "commitment": u.commitment,
            "on": u.on,
            "status": u.status,
            "due": u.due,
            "note": u.note,
            "source": u.source,
        }
        parts.append("\n" + toml_table("update", table))
    return "".join(parts)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tables(), st.dates(dt.date(2024, 12, 1), dt.date(2027, 6, 1)))
def test_as_of_a_day_is_the_ledger_without_what_came_later(
    tmp_path: Path, drawn: tuple[list[Commitment], list[Update]], day: dt.date
) -> None:
    commitments, updates = drawn
    whole = tmp_path / "whole.toml"
    whole.write_text(_text(commitments, updates), encoding="utf-8")
    kept = [c for c in commitments if c.declared is None or c.declared <= day]
    ids = {c.id for c in kept}
    cut = tmp_path / "cut.toml"
    cut.write_text(
        _text(kept, [u for u in updates if u.on <= day and u.commitment in ids]),
        encoding="utf-8",
    )
    seen = as_of(ledger_from(whole, whole.read_bytes(), "whole.toml"), day)
    expected = ledger_from(cut, cut.read_bytes(), "cut.toml")
    assert states(seen) == states(expected)
    assert seen.updates == expected.updates
    assert [state_of(seen, c) for c in seen.commitments] == [
        state_of(expected, c) for c in expected.commitments
    ]


def test_a_start_of_several_ids_all_declared_later_says_so(run: Run, write_ledger: Write) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    shown = run("--today", "2025-06-01", "show", "abai")
    assert shown.exit_code == 2
    assert shown.stderr == (
        'commitments: error: "abai" starts 2 ids, all declared after 2025-06-01'
        ' ("abai-monument-rome", "abai-opera-naples-2026"):'
        " a report as of 2025-06-01 does not show them\n"
    )


def test_show_says_undated_once(run: Run, write_ledger: Write) -> None:
    write_ledger(
        textwrap.dedent(
            """\
            version = 1

            [[commitment]]
            id = "lab"
            title = "Establish a laboratory"
            declared = 2026-01-10
            parties = ["IT"]
            """
        )
    )
    shown = run("--today", "2026-03-01", "show", "lab").stdout
    due = next(line for line in shown.splitlines() if line.startswith("Due"))
    assert due.split() == ["Due", "undated"]
