"""Who kept their word: summits, strength, per-party assessment, scores and reports.

The hand-computed table below is the oracle for scoring; hypothesis checks the
properties every score must have.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commitments.ledger.history import ledger_of
from commitments.ledger.parse import full_read
from commitments.model import STATUSES, STRENGTHS, Commitment, Ledger, Update
from commitments.report import compliance, scoring
from commitments.report.state import states
from support import SHIPPED, Run, Write, golden

SIX = '["IT", "KZ", "KG", "TJ", "TM", "UZ"]'

# Three summits, six parties (and the EU), every status, party assessments that differ
# from the commitment's own status, a cancelled pledge, non-pledges.
LEDGER = textwrap.dedent(
    f"""
    version = 1

    [[summit]]
    id = "s-a"
    name = "Summit A"
    date = 2025-05-30
    parties = {SIX}
    source = "Declaration A"

    [[summit]]
    id = "s-b"
    name = "Summit B"
    date = 2025-09-30
    parties = ["IT", "KZ"]

    [[summit]]
    id = "s-c"
    name = "Summit C"
    date = 2026-01-10
    parties = ["KG", "TJ"]

    [[commitment]]
    id = "a1"
    title = "A1"
    summit = "s-a"

    [[commitment]]
    id = "a2"
    title = "A2"
    summit = "s-a"
    status = "partial"

    [[commitment]]
    id = "a3"
    title = "A3, cancelled"
    summit = "s-a"
    status = "cancelled"

    [[commitment]]
    id = "a4"
    title = "A4, an intent"
    summit = "s-a"
    strength = "intent"
    status = "done"

    [[commitment]]
    id = "a5"
    title = "A5, open"
    summit = "s-a"
    due = "next year"

    [[commitment]]
    id = "b1"
    title = "B1"
    summit = "s-b"

    [[commitment]]
    id = "b2"
    title = "B2, a proposal"
    summit = "s-b"
    strength = "proposal"
    status = "done"

    [[commitment]]
    id = "c1"
    title = "C1"
    summit = "s-c"
    status = "stalled"

    [[commitment]]
    id = "c3"
    title = "C3, the EU's"
    summit = "s-c"
    parties = ["EU"]
    status = "in-progress"

    [[update]]
    commitment = "a1"
    on = 2026-05-01
    party = "TM"
    status = "missed"
    source = "TM report"

    [[update]]
    commitment = "a1"
    on = 2026-06-01
    status = "done"
    source = "Held"

    [[update]]
    commitment = "a2"
    on = 2026-04-01
    party = "KZ"
    status = "done"

    [[update]]
    commitment = "a2"
    on = 2026-04-02
    party = "UZ"
    status = "cancelled"
    source = "UZ withdrew"

    [[update]]
    commitment = "b1"
    on = 2026-03-01
    status = "missed"
    source = "Not held"

    [[update]]
    commitment = "b1"
    on = 2026-03-02
    party = "KZ"
    status = "in-progress"

    [[update]]
    commitment = "c1"
    on = 2026-07-01
    party = "TJ"
    status = "done"
    source = "TJ did"
    """
)
TODAY = "2026-11-22"
THIRD, TWO_THIRDS = 1 / 3, 2 / 3


def as_json(run: Run, path: Path, *args: str) -> dict[str, object]:
    result = run("-f", str(path), "--today", TODAY, *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout)
    return loaded


def scores(parties: object) -> dict[str, float | None]:
    assert isinstance(parties, dict)
    return {p: s["score"] for p, s in parties.items()}


def test_the_report_is_the_hand_computed_table(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    final = as_json(run, path, "report")
    # A column for every responsible party of a pledge shown: the EU's pledge is in
    # progress (assessed, not scored in a final report).
    assert final["parties"] == ["IT", "KZ", "KG", "TJ", "TM", "UZ", "EU"]
    rows = {row["id"]: row for row in final["rows"]}  # type: ignore[attr-defined]
    assert list(rows) == ["a1", "a2", "a3", "a5", "b1", "c1", "c3"]  # every pledge
    assert {p: c["score"] for p, c in rows["a1"]["cells"].items()} == {
        "IT": 1, "KZ": 1, "KG": 1, "TJ": 1, "TM": -1, "UZ": 1,
    }  # fmt: skip
    assert {p: c["score"] for p, c in rows["a2"]["cells"].items()} == {
        "IT": 0, "KZ": 1, "KG": 0, "TJ": 0, "TM": 0, "UZ": None,
    }  # fmt: skip
    assert rows["a2"]["cells"]["UZ"]["assessed"] is True  # cancelled: assessed, not scored
    assert {p: c["score"] for p, c in rows["b1"]["cells"].items()} == {"IT": -1, "KZ": None}
    assert {p: c["score"] for p, c in rows["c1"]["cells"].items()} == {"KG": None, "TJ": 1}
    # a5: nobody has looked; every cell not assessed, and its mean null
    assert {c["assessed"] for c in rows["a5"]["cells"].values()} == {False}
    assert (rows["a5"]["score"], rows["a5"]["assessed"]) == (None, 0)
    assert [rows[i]["score"] for i in rows] == [round(TWO_THIRDS, 4), 0.2, None, None, -1, 1, None]
    assert [rows[i]["assessed"] for i in rows] == [6, 6, 6, 0, 2, 2, 1]
    assert scores(final["party_scores"]) == {
        "IT": 0, "KZ": 1, "KG": 0.5, "TJ": round(TWO_THIRDS, 4), "TM": -0.5, "UZ": 1,
        "EU": None,
    }  # fmt: skip
    assert final["party_scores"]["TM"] == {  # type: ignore[index]
        "score": -0.5, "percent": 25.0, "assessed": 3, "cells": 4, "scored": 2,
    }  # fmt: skip
    overall = (TWO_THIRDS + 0.2 - 1 + 1) / 4
    assert (final["score"], final["percent"]) == (round(overall, 4), round((overall + 1) * 50, 1))
    assert (final["assessed"], final["cells"], final["scored"]) == (23, 29, 13)
    # Each cell's evidence: the update that set its status, and the latest source then.
    tm = rows["a1"]["cells"]["TM"]
    assert tm == {
        "status": "missed", "score": -1, "source": "TM report", "url": None, "on": "2026-05-01",
        "assessed": True, "previous": None, "previous_assessed": False,
    }  # fmt: skip
    assert rows["a1"]["cells"]["IT"]["source"] == "Held"
    assert rows["a2"]["cells"]["IT"] == {
        "status": "partial", "score": 0, "source": "Declaration A", "url": None, "on": "2025-05-30",
        "assessed": True, "previous": None, "previous_assessed": False,
    }  # fmt: skip
    assert rows["a2"]["cells"]["KZ"]["source"] is None  # assessed, no source given
    # nobody has looked: no evidence at all (the announcement is none)
    assert rows["a5"]["cells"]["IT"] == {
        "status": "planned", "score": None, "source": None, "url": None, "on": None,
        "assessed": False, "previous": None, "previous_assessed": False,
    }  # fmt: skip

    interim = as_json(run, path, "report", "--interim")
    rows = {row["id"]: row for row in interim["rows"]}  # type: ignore[attr-defined]
    assert list(rows) == ["a1", "a2", "a3", "a5", "b1", "c1", "c3"]
    # a5, never assessed, is not "no action found": no −1 anywhere in it
    assert [rows[i]["score"] for i in rows] == [round(TWO_THIRDS, 4), 0.2, None, None, -0.5, 0, 0]
    assert scores(interim["party_scores"]) == {
        "IT": 0, "KZ": round(TWO_THIRDS, 4), "KG": 0, "TJ": round(TWO_THIRDS, 4), "TM": -0.5,
        "UZ": 1, "EU": 0,
    }  # fmt: skip


def test_one_summits_report(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    report = as_json(run, path, "report", "s-b", "--interim")
    assert report["summit"] == "s-b"
    assert [row["id"] for row in report["rows"]] == ["b1"]  # type: ignore[attr-defined]
    assert scores(report["party_scores"]) == {"IT": -1, "KZ": 0}
    assert (report["score"], report["percent"]) == (-0.5, 25.0)
    unknown = run("-f", str(path), "report", "s-x")
    assert unknown.exit_code == 2 and "no summit with id" in unknown.stderr


def test_stats_is_the_hand_computed_table(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    stats = as_json(run, path, "stats")
    assert stats["by_status"] == {
        "planned": 1, "in-progress": 1, "stalled": 1, "done": 3, "partial": 1, "missed": 1,
        "cancelled": 1,
    }  # fmt: skip
    assert stats["by_strength"] == {"pledge": 7, "intent": 1, "proposal": 1, "forecast": 0}
    parties = stats["parties"]
    assert isinstance(parties, list)
    # best score first, ties by code, nothing scored last
    assert [p["party"] for p in parties] == ["KZ", "UZ", "TJ", "KG", "IT", "TM", "EU"]
    italy = next(p for p in parties if p["party"] == "IT")
    assert italy == {
        "party": "IT", "name": "Italy", "commitments": 5, "scored": 3, "done": 1, "partial": 1,
        "missed": 1, "score": 0, "percent": 50.0, "assessed": 4, "cells": 5,
    }  # fmt: skip
    eu = parties[-1]
    assert (eu["name"], eu["scored"], eu["score"], eu["percent"], eu["assessed"]) == (
        "European Union",
        0,
        None,
        None,
        1,
    )
    summits = {s["id"]: s for s in stats["summits"]}  # type: ignore[attr-defined]
    assert summits["s-a"]["score"] == round((TWO_THIRDS + 0.2) / 2, 4)
    assert summits["s-a"]["commitments"] == 4  # its pledges: a1, a2, a3, a5
    assert (summits["s-a"]["assessed"], summits["s-a"]["cells"]) == (18, 24)  # a5: none
    assert (summits["s-b"]["score"], summits["s-c"]["score"]) == (-1, 1)
    only_c = as_json(run, path, "stats", "--summit", "s-c", "--interim")
    assert only_c["interim"] is True
    assert [s["id"] for s in only_c["summits"]] == ["s-c"]  # type: ignore[attr-defined]
    assert only_c["by_status"]["stalled"] == 1  # type: ignore[index]
    assert sum(only_c["by_status"].values()) == 2  # type: ignore[attr-defined]


def test_stats_and_report_tables(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    table = run("-f", str(path), "--today", TODAY, "report").stdout
    lines = table.splitlines()
    assert lines[0] == "Compliance report: All pledges, as of 2026-11-22, final assessment"
    assert lines[1].split() == [
        "ID", "IT", "KZ", "KG", "TJ", "TM", "UZ", "EU", "Mean", "Assessed", "Title",
    ]  # fmt: skip
    assert lines[3].split() == ["a1", "+1", "+1", "+1", "+1", "-1", "+1", "+0.67", "6/6", "A1"]
    assert lines[5].split() == ["a3", "–", "–", "–", "–", "–", "–", "–", "6/6", "A3,", "cancelled"]
    assert lines[6].split() == ["a5", "·", "·", "·", "·", "·", "·", "·", "0/6", "A5,", "open"]
    assert lines[-4].split() == [
        "mean",
        "0",
        "+1†",
        "+0.50†",
        "+0.67",
        "-0.50",
        "+1†",
        "–",
        "+0.22†",
    ]  # fmt: skip: † on a mean of fewer than half of its cells (KZ: 2 of 5 scored)
    assert lines[-3].split() == ["percent", "50%", "100%†", "75%†", "83%", "25%", "100%†", "61%†"]
    assessed = ["assessed", "4/5", "4/5", "4/5", "4/5", "3/4", "3/4", "1/1", "23/29"]
    assert lines[-2].split() == assessed
    assert lines[-1].startswith(
        "23 of 29 cells assessed, 13 scored. · not assessed; – assessed, not scored"
    )
    markdown = run("-f", str(path), "--today", TODAY, "report", "--format", "markdown").stdout
    assert "| a1 | A1 | +1 | +1 | +1 | +1 | -1 | +1 |  | +0.67 | 6/6 |" in markdown
    assert "  - TM: missed (-1), 2026-05-01: TM report" in markdown
    assert "  - IT: not assessed" in markdown
    stats = run("-f", str(path), "--today", TODAY, "stats").stdout
    assert "KZ     Kazakhstan" in stats and "Slipped: 0 commitments, 0 days in all" in stats
    nothing = run("-f", str(path), "--today", "2025-05-01", "report").stdout
    assert "No pledge with a responsible party to assess." in nothing


# --- reproducible as of a date ----------------------------------------------------------


def test_an_interim_report_as_of_a_day_keeps_its_bytes(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "commitments.toml"
    shutil.copy(SHIPPED, path)
    args = ["-f", str(path), "--today", "2026-06-01", "report", "ca-it-2025-astana", "--interim"]
    for fmt in ("table", "markdown", "json"):
        before = run(*args, "--format", fmt).stdout
        assert "water-roundtable-2026" in before
        later = [
            ("water-roundtable-2026", "--party", "KZ", "--status", "done", "--on", "2026-07-01"),
            ("water-roundtable-2026", "--status", "missed", "--on", "2026-06-02"),
            ("summit-kyrgyzstan-2027", "--status", "in-progress", "--on", "2026-09-01"),
        ]
        for update in later:
            written = run("-f", str(path), "--today", TODAY, "update", *update, "--by", "x")
            assert written.exit_code == 0, written.stderr
        added = run(
            "-f", str(path), "--today", TODAY, "add", "--title", f"Later {fmt}",
            "--summit", "ca-it-2025-astana", "--declared", "2026-10-01",
        )  # fmt: skip
        assert added.exit_code == 0, added.stderr
        assert run(*args, "--format", fmt).stdout == before
    # and today's report does see them
    now = run("-f", str(path), "--today", TODAY, "report", "ca-it", "--format", "json").stdout
    assert json.loads(now)["rows"][0]["cells"]["KZ"]["status"] == "done"


# --- the ledger model: summits, strength, party -------------------------------------------


def test_commitments_inherit_what_they_omit_from_their_summit(
    run: Run, write_ledger: Write
) -> None:
    path = write_ledger(
        """
        [[summit]]
        id = "visit"
        name = "A visit"
        date = 2025-09-30
        parties = ["IT", "KZ"]
        source = "The visit's communiqué"
        url = "https://example.org/visit"

        [[commitment]]
        id = "opera"
        title = "Opera"
        summit = "visit"
        due = "next year"

        [[commitment]]
        id = "own"
        title = "Own"
        summit = "visit"
        declared = 2025-10-05
        parties = ["KZ"]
        source = "Its own"
        """
    )
    records = {
        r["id"]: r for r in json.loads(run("-f", str(path), "list", "--format", "json").stdout)
    }
    opera = records["opera"]
    assert (opera["declared"], opera["parties"], opera["source"], opera["url"]) == (
        "2025-09-30", ["IT", "KZ"], "The visit's communiqué", "https://example.org/visit"
    )  # fmt: skip
    assert (opera["start"], opera["end"], opera["summit"]) == ("2026-01-01", "2026-12-31", "visit")
    own = records["own"]
    assert (own["declared"], own["parties"], own["source"]) == ("2025-10-05", ["KZ"], "Its own")
    assert own["url"] == "https://example.org/visit"


def test_existing_ledgers_read_as_before(run: Run, write_ledger: Write) -> None:
    path = write_ledger(
        '[[commitment]]\nid = "a"\ntitle = "A"\nparties = ["IT"]\nstatus = "done"\n'
    )
    (record,) = json.loads(run("-f", str(path), "list", "--format", "json").stdout)
    assert (record["summit"], record["strength"], record["score"]) == (None, "pledge", 1)
    assert record["assessments"] == {"IT": "done"}


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ('[[commitment]]\nid = "a"\ntitle = "A"\nsummit = "nope"\n', 'names unknown summit "nope"'),
        (
            '[[summit]]\nid = "s"\nname = "S"\ndate = 2025-01-01\n\n'
            '[[summit]]\nid = "s"\nname = "T"\ndate = 2025-01-02\n',
            "duplicate id (first defined at line 1)",
        ),
        ('[[summit]]\nid = "s"\nname = "S"\n', 'missing required key "date"'),
        ('[[summit]]\nid = "s"\nname = "S"\ndate = 2025-02-01\nend = 2025-01-01\n', "is before"),
        ('[[summit]]\nid = "s"\nname = "S"\ndate = 2025-02-01\nplace = 3\n', "place must be"),
        ('[[summit]]\nid = "s"\nname = "S"\ndate = 2025-02-01\nparties = ["XX"]\n', '"XX"'),
        ("summit = []\n", "summit must be written as [[summit]] tables"),
        (
            '[[commitment]]\nid = "a"\ntitle = "A"\nstrength = "promise"\n',
            'unknown strength "promise"',
        ),
        (
            '[[commitment]]\nid = "a"\ntitle = "A"\nparties = ["IT"]\n\n'
            '[[update]]\ncommitment = "a"\non = 2026-01-01\nparty = "KZ"\nstatus = "done"\n',
            'party "KZ" is not among the commitment\'s parties (IT)',
        ),
        (
            '[[commitment]]\nid = "a"\ntitle = "A"\nparties = ["IT"]\n\n'
            '[[update]]\ncommitment = "a"\non = 2026-01-01\nparty = "IT"\ndue = "2027"\n',
            "cannot reschedule the commitment",
        ),
        (
            '[[commitment]]\nid = "a"\ntitle = "A"\n\n'
            '[[update]]\ncommitment = "a"\non = 2026-01-01\nparty = "XX"\nstatus = "done"\n',
            'unknown party code "XX"',
        ),
    ],
)
def test_model_errors_are_reported(
    run: Run, write_ledger: Write, tables: str, message: str
) -> None:
    path = write_ledger(tables)
    result = run("-f", str(path), "check")
    assert result.exit_code == 1
    assert message in result.stderr, result.stderr
    assert run("-f", str(path), "list").exit_code == 1  # the read path agrees


def test_due_reports_pledges_unless_all(run: Run) -> None:
    args = ["-f", str(SHIPPED), "--today", TODAY, "due"]
    pledges = json.loads(run(*args, "--format", "json").stdout)
    assert [r["id"] for r in pledges] == [
        "foreign-ministers-conference-2026", "water-roundtable-2026", "abai-opera-naples-2026",
    ]  # fmt: skip
    assert {r["strength"] for r in pledges} == {"pledge"}
    every = json.loads(run(*args, "--all", "--format", "json").stdout)
    assert "year-of-cultural-rapprochement-2026" in [r["id"] for r in every]
    assert "Proposed: 2026 named" in run(*args, "--all").stdout
    assert "Rapprochement" not in run(*args).stdout  # the cron mail: no proposal


def test_add_with_a_summit_and_a_strength(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    base = ["-f", str(path), "--today", TODAY, "add"]
    made = run(*base, "--title", "Tea exports", "--summit", "s-b", "--strength", "intent")
    assert made.exit_code == 0, made.stderr
    assert path.read_text().endswith(
        '[[commitment]]\nid = "tea-exports"\ntitle = "Tea exports"\n'
        'strength = "intent"\nsummit = "s-b"\n'
    )
    (record,) = json.loads(
        run("-f", str(path), "list", "--search", "tea", "--format", "json").stdout
    )
    assert (record["parties"], record["declared"]) == (["IT", "KZ"], "2025-09-30")
    bad = run(*base, "--title", "X", "--summit", "s-x")
    assert bad.exit_code == 2 and '--summit: no summit with id "s-x"' in bad.stderr
    assert run(*base, "--title", "X", "--strength", "promise").exit_code == 2


def test_update_assesses_one_party(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    base = ["-f", str(path), "--today", TODAY, "update"]
    said = run(*base, "a5", "--party", "kg", "--status", "done", "--source", "KG news")
    assert said.exit_code == 0, said.stderr
    assert said.stdout == "updated a5: KG planned → done\n"
    assert 'party = "KG"\n' in path.read_text()
    shown = json.loads(run("-f", str(path), "show", "a5", "--format", "json").stdout)
    assert shown["status"] == "planned"  # the commitment's own status stays
    assert shown["assessments"]["KG"] == "done" and shown["assessments"]["IT"] == "planned"
    assert shown["score"] == 1 and shown["updates"][-1]["party"] == "KG"
    card = run("-f", str(path), "show", "a5").stdout
    assert "Assessed  IT · not assessed, KZ · not assessed, KG done," in card
    assert "Score +1† (100%†), final assessment; 1 of 6 parties assessed, 1 scored" in " ".join(
        card.split()
    )
    assert "KG: done" in card
    refused = run(*base, "b1", "--party", "TJ", "--status", "done")
    assert refused.exit_code == 2 and "TJ is not among the parties of b1" in refused.stderr
    assert run(*base, "b1", "--party", "IT", "--due", "2027").exit_code == 2
    assert run("-f", str(path), "check").exit_code == 0


def test_a_summit_meeting_later_is_not_there_yet(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    early = as_json(run, path, "stats")
    assert len(early["summits"]) == 3  # type: ignore[arg-type]
    before = run("-f", str(path), "--today", "2025-12-01", "stats", "--format", "json").stdout
    assert [s["id"] for s in json.loads(before)["summits"]] == ["s-a", "s-b"]
    later = run("-f", str(path), "--today", "2025-12-01", "report", "s-c")
    assert (
        later.exit_code == 2
        and "meets on 2026-01-10, after 2025-12-01, the day of this report" in later.stderr
    )


# --- properties -------------------------------------------------------------------------

PARTIES = ["IT", "KZ", "KG"]


@st.composite
def small_ledgers(draw: st.DrawFn) -> Ledger:
    commitments = [
        Commitment(
            id=f"c{i}",
            title=f"C{i}",
            parties=tuple(draw(st.lists(st.sampled_from(PARTIES), unique=True, max_size=3))),
            status=draw(st.sampled_from(STATUSES)),
            strength=draw(st.sampled_from([*STRENGTHS, "pledge", "pledge"])),
        )
        for i in range(draw(st.integers(0, 5)))
    ]
    updates = []
    for c in commitments:
        for _ in range(draw(st.integers(0, 3))):
            party = draw(st.sampled_from([None, *c.parties]))
            updates.append(
                Update(
                    c.id,
                    draw(st.dates(dt.date(2026, 1, 1), dt.date(2026, 1, 5))),
                    status=draw(st.sampled_from(STATUSES)),
                    party=party,
                )
            )
    return ledger_of(Path("x.toml"), commitments, updates, 1)


def _report(ledger: Ledger, interim: bool) -> compliance.Report:
    return compliance.compliance_report(
        ledger, states(ledger), dt.date(2026, 2, 1), interim=interim
    )


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(small_ledgers(), st.booleans())
def test_scores_are_means_in_range(ledger: Ledger, interim: bool) -> None:
    report = _report(ledger, interim)
    for row in report.rows:
        scored = [c.score for c in row.cells.values() if c.score is not None]
        assert row.score.score == (pytest.approx(sum(scored) / len(scored)) if scored else None)
        assert row.score.assessed == sum(c.assessed for c in row.cells.values())
        assert all(c.assessed or c.score is None for c in row.cells.values())
    for party, score in report.party_scores.items():
        cells = [row.cells[party].score for row in report.rows if party in row.cells]
        scored = [v for v in cells if v is not None]
        assert score.cells == len(cells)
        if not scored:  # a party with nothing scored: no score, never 0%
            assert score.score is None and score.percent is None
            continue
        assert score.score == pytest.approx(sum(scored) / len(scored))
        assert score.percent is not None and 0 <= score.percent <= 100
    stats = compliance.stats(ledger, states(ledger), dt.date(2026, 2, 1), interim=interim)
    by_party = {line.party: line.score.score for line in stats.parties}
    for party, score in report.party_scores.items():
        assert by_party[party] == (None if score.score is None else pytest.approx(score.score))


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(small_ledgers(), st.booleans(), st.data())
def test_a_done_assessment_never_lowers_a_partys_score(
    ledger: Ledger, interim: bool, data: st.DataObject
) -> None:
    pledged = [c for c in ledger.commitments if c.parties]
    if not pledged:
        return
    c = data.draw(st.sampled_from(pledged))
    party = data.draw(st.sampled_from(c.parties))
    on = data.draw(st.dates(dt.date(2026, 1, 1), dt.date(2026, 1, 6)))
    before = _report(ledger, interim).party_scores.get(party)
    grown = ledger_of(
        ledger.path, ledger.commitments, [*ledger.updates, Update(c.id, on, "done", party=party)], 1
    )
    after = _report(grown, interim).party_scores.get(party)
    if before is not None and before.score is not None:
        assert after is not None and after.score is not None
        assert after.score >= before.score - 1e-12


def test_a_ledger_read_with_summits_and_assessments_is_checked_clean() -> None:
    checked = full_read(LEDGER.encode(), Path("x.toml"), "x.toml")
    assert checked.errors == []
    assert [s.id for s in checked.ledger.summits] == ["s-a", "s-b", "s-c"]
    assert checked.ledger.histories["a1"].party_statuses() == {"TM": "missed"}


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["report", "ca-it-2025-astana", "--interim"], "report-interim.txt"),
        (["report", "ca-it-2025-astana", "--interim", "--format", "markdown"], "report-interim.md"),
        (["report", "ca-it-2025-astana", "--interim", "--format", "json"], "report-interim.json"),
        (["stats"], "stats.txt"),
        (["stats", "--format", "json"], "stats.json"),
    ],
)
def test_golden_compliance_outputs_of_the_shipped_ledger(
    run: Run, args: list[str], name: str
) -> None:
    result = run("-f", str(SHIPPED), "--today", TODAY, *args)
    assert result.exit_code == 0, result.stderr
    golden(name, result.stdout)


def test_summit_ids_complete(write_ledger: Write) -> None:
    from commitments.commands import completions

    path = write_ledger(LEDGER)
    assert completions(path, "summit", "s-") == ["s-a", "s-b", "s-c"]
    assert completions(path, "summit", "S-B") == ["s-b"]


def test_check_warns_about_a_summit_or_a_declared_date_to_come(
    run: Run, write_ledger: Write
) -> None:
    """As of today they do not exist yet, so no report shows them: a typo would hide a
    commitment silently. The day is the real today (pinned by conftest), not --today."""
    path = write_ledger(
        """
        [[summit]]
        id = "later"
        name = "Later"
        date = 2030-01-01

        [[commitment]]
        id = "inherits"
        title = "Inherits the summit's date: warned about once, on the summit"
        summit = "later"

        [[commitment]]
        id = "typo"
        title = "Typo"
        declared = 2062-05-30
        """
    )
    result = run("-f", str(path), "check")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        'commitments.toml:4:1: warning: summit "later": meets on 2030-01-01, after today'
        " (2026-11-23): no report shows it or its commitments until then",
        'commitments.toml:14:1: warning: commitment "typo": is declared on 2062-05-30,'
        " after today (2026-11-23): no report shows it until then",
    ]
    assert run("-f", str(path), "check", "--strict").exit_code == 1


def test_add_takes_a_summits_prefix_and_writes_its_id(run: Run, write_ledger: Write) -> None:
    path = write_ledger(LEDGER)
    made = run("-f", str(path), "--today", TODAY, "add", "--title", "Tea", "--summit", "s-c")
    assert made.exit_code == 0, made.stderr
    assert path.read_text().endswith('summit = "s-c"\n')
    two = run("-f", str(path), "--today", TODAY, "add", "--title", "Tea", "--summit", "s-")
    assert two.exit_code == 2 and '"s-" starts 3 summit ids' in two.stderr


def test_an_unknown_party_code_is_reported_once(run: Run, write_ledger: Write) -> None:
    path = write_ledger(
        '[[commitment]]\nid = "a"\ntitle = "A"\nparties = ["IT"]\n\n'
        '[[update]]\ncommitment = "a"\non = 2026-01-01\nparty = "XX"\nstatus = "done"\n'
    )
    errors = run("-f", str(path), "check").stderr.splitlines()
    assert len([e for e in errors if "error:" in e]) == 1


def test_percentages_round_half_up() -> None:
    assert scoring.half_up(62.5) == 63 and scoring.half_up(31.25, 1) == 31.3
    assert scoring.half_up(-0.125, 2) == -0.12  # towards +infinity, as a percentage is


def test_a_due_unreadable_with_its_summits_date_is_an_error_everywhere(
    run: Run, write_ledger: Write
) -> None:
    """ "this year/2024" reads with a date in 2000 but not with the summit's, 2025."""
    summit = '[[summit]]\nid = "s1"\nname = "S"\ndate = 2025-05-30\n'
    path = write_ledger(summit + '\n[[commitment]]\nid = "c1"\ntitle = "t"\nsummit = "s1"\n'
                        'due = "this year/2024"\n')  # fmt: skip
    checked = run("-f", str(path), "check")
    assert checked.exit_code == 1 and "before it starts" in checked.stderr
    for command in (["list"], ["due"], ["stats"], ["report"], ["show", "c1"]):
        result = run("-f", str(path), *command)
        assert result.exit_code == 1 and "Traceback" not in result.stderr, command
        assert "before it starts" in result.stderr
    valid = write_ledger(summit, name="valid.toml")
    before = valid.read_bytes()
    added = run(
        "-f", str(valid), "add", "--title", "X", "--summit", "s1", "--due", "this year/2024"
    )
    assert added.exit_code != 0 and "Traceback" not in added.stderr
    assert valid.read_bytes() == before  # a refused write changes nothing


def test_a_party_assessment_without_status_is_checked_by_every_command(
    run: Run, write_ledger: Write
) -> None:
    path = write_ledger(
        '[[commitment]]\nid = "c1"\ntitle = "t"\nparties = ["IT"]\n\n'
        '[[update]]\ncommitment = "c1"\non = 2026-04-01\nparty = "UZ"\nnote = "x"\n'
    )
    for command in (["check"], ["list"], ["report"], ["update", "c1", "--status", "done"]):
        result = run("-f", str(path), *command)
        assert result.exit_code == 1, command
        assert 'party "UZ" is not among the commitment\'s parties (IT)' in result.stderr


def test_a_summits_parties_not_scored_yet_have_their_blank_column(
    run: Run, write_ledger: Write
) -> None:
    path = write_ledger(LEDGER)
    report = as_json(run, path, "report", "s-c")  # final: only TJ is scored
    assert report["parties"] == ["KG", "TJ", "EU"]  # the EU is responsible for c3
    assert report["party_scores"] == {
        "KG": {"score": None, "percent": None, "assessed": 1, "cells": 1, "scored": 0},
        "TJ": {"score": 1, "percent": 100.0, "assessed": 1, "cells": 1, "scored": 1},
        "EU": {"score": None, "percent": None, "assessed": 1, "cells": 1, "scored": 0},
    }  # fmt: skip


def test_list_by_a_summit_that_meets_later_is_empty_not_an_error(
    run: Run, write_ledger: Write
) -> None:
    path = write_ledger(LEDGER)
    args = ["-f", str(path), "--today", "2025-12-01"]
    assert json.loads(run(*args, "list", "--summit", "s-c", "--format", "json").stdout) == []
    assert run(*args, "due", "--summit", "s-c", "--format", "json").stdout == "[]\n"


def test_check_reports_an_unknown_summit_beside_a_tables_other_errors(
    run: Run, write_ledger: Write
) -> None:
    path = write_ledger('[[commitment]]\nid = "c1"\ntitle = "t"\nsummit = "s2"\nstrength = "x"\n')
    stderr = run("-f", str(path), "check").stderr
    assert 'unknown strength "x"' in stderr and 'names unknown summit "s2"' in stderr


def test_a_remembered_check_prints_what_a_fresh_one_does(run: Run, write_ledger: Write) -> None:
    path = write_ledger('[[commitment]]\nid = "c1"\ntitle = "t"\ndue = "sprign 2026"\n')
    fresh = run("-f", str(path), "check")
    remembered = run("-f", str(path), "check")  # from the cache: same bytes, same day
    assert (remembered.exit_code, remembered.stderr) == (fresh.exit_code, fresh.stderr)
    assert "^" in fresh.stderr  # the excerpt and its caret


# --- responsible parties, roll-up, changes since, filters -----------------------------------


def _shipped(tmp_path: Path) -> Path:
    path = tmp_path / "shipped.toml"
    shutil.copy(SHIPPED, path)
    return path


def test_every_responsible_party_assessed_closes_the_commitment(run: Run, tmp_path: Path) -> None:
    """The issue's case: IT and KZ both assessed done on the Naples opera; the
    commitment is done, due no longer mails it, the calendar confirms it."""
    path = _shipped(tmp_path)
    base = ["-f", str(path), "--today", TODAY]
    for party in ("IT", "KZ"):
        done = run(*base, "update", "abai-opera", "--party", party, "--status", "done")
        assert done.exit_code == 0, done.stderr
    shown = run(*base, "show", "abai-opera").stdout
    assert "Status    done  (rolled up from each responsible party's assessment)" in shown
    record = json.loads(run(*base, "show", "abai-opera", "--format", "json").stdout)
    assert (record["status"], record["open"], record["score"]) == ("done", False, 1)
    assert "abai-opera" not in run(*base, "due", "--within", "400", "--format", "plain").stdout
    feed = run(*base, "export", "--format", "ics", "--search", "Abai” staged").stdout
    assert "STATUS:CONFIRMED" in feed
    closed = json.loads(run(*base, "list", "--status", "done", "--format", "json").stdout)
    assert [c["id"] for c in closed] == ["abai-opera-naples-2026"]
    # An update for the whole commitment applied later says otherwise: it stands.
    later = run(*base, "update", "abai-opera", "--status", "in-progress", "--on", "2026-11-22")
    assert later.exit_code == 0
    assert (
        json.loads(run(*base, "show", "abai-opera", "--format", "json").stdout)["status"]
        == "in-progress"
    )  # the same day, later in the file
    run(
        *base, "update", "abai-opera", "--status", "stalled", "--on", "2026-11-23", "--allow-future"
    )
    future = ["-f", str(path), "--today", "2026-11-23"]
    assert (
        json.loads(run(*future, "show", "abai-opera", "--format", "json").stdout)["status"]
        == "stalled"
    )


@pytest.mark.parametrize(
    ("statuses", "rolled"),
    [
        (("done", "done"), "done"),
        (("missed", "missed"), "missed"),
        (("cancelled", "cancelled"), "cancelled"),
        (("done", "missed"), "partial"),
        (("done", "cancelled"), "done"),
        (("partial", "done"), "partial"),
        (("done", "in-progress"), None),
    ],
)
def test_roll_up(statuses: tuple[str, str], rolled: str | None) -> None:
    from commitments.ledger.history import fold, rolled_up

    c = Commitment("x", "X", parties=("IT", "KZ"))
    updates = [
        Update("x", dt.date(2026, 1, 1), status, party=party)
        for party, status in zip(("IT", "KZ"), statuses, strict=True)
    ]
    assert rolled_up(c, fold(updates)["x"]) == rolled
    # only the responsible parties count
    only_it = c._replace(responsible=("IT",))
    assert rolled_up(only_it, fold(updates)["x"]) == statuses[0]


def test_a_commitment_wide_status_later_the_same_day_overrides_the_roll_up(
    run: Run, write_ledger: Write
) -> None:
    """Updates apply by date, ties in file order: a status for the whole commitment
    written after the last party's own verdict of the same day is the one that holds,
    and a verdict written after it rolls up again."""
    path = write_ledger(
        """
        [[commitment]]
        id = "x"
        title = "X"
        parties = ["IT", "KZ"]
        responsible = ["IT"]
        declared = 2026-01-01

        [[update]]
        commitment = "x"
        on = 2026-04-10
        party = "IT"
        status = "done"
        source = "s"
        """
    )
    args = ["--today", "2026-12-04", "list", "--format", "json"]
    assert json.loads(run(*args).stdout)[0]["status"] == "done"
    update = run("update", "x", "--status", "in-progress", "--on", "2026-04-10")
    assert "done → in-progress" in update.stdout
    assert json.loads(run(*args).stdout)[0]["status"] == "in-progress"
    run("update", "x", "--party", "IT", "--status", "done", "--on", "2026-04-10", "--source", "t")
    assert json.loads(run(*args).stdout)[0]["status"] == "done"
    assert path.read_text(encoding="utf-8").count("[[update]]") == 3


def test_a_party_listed_twice_as_responsible_is_warned_about(run: Run, write_ledger: Write) -> None:
    write_ledger(
        """
        [[commitment]]
        id = "a"
        title = "A"
        parties = ["IT", "KG"]
        responsible = ["KG", "KG"]
        """
    )
    result = run("check", "--strict")
    assert result.exit_code == 1
    assert 'party "KG" is listed more than once in responsible' in result.stderr


def test_only_responsible_parties_have_cells(run: Run, write_ledger: Write) -> None:
    path = write_ledger(
        textwrap.dedent(
            """
            [[commitment]]
            id = "kg-summit"
            title = "Next summit, in Kyrgyzstan"
            parties = ["IT", "KZ", "KG"]
            responsible = ["KG"]

            [[update]]
            commitment = "kg-summit"
            on = 2026-05-01
            party = "KG"
            status = "done"
            """
        )
    )
    report = as_json(run, path, "report")
    assert report["parties"] == ["KG"]
    (row,) = report["rows"]  # type: ignore[misc]
    assert list(row["cells"]) == ["KG"] and row["score"] == 1
    record = json.loads(run("-f", str(path), "list", "--format", "json").stdout)[0]
    assert record["responsible"] == ["KG"] and record["status"] == "done"  # rolled up
    assert "Responsible  KG" in run("-f", str(path), "show", "kg-summit").stdout
    refused = run("-f", str(path), "update", "kg-summit", "--party", "IT", "--status", "done")
    assert refused.exit_code == 2 and "is not responsible for the commitment" in refused.stderr


def test_check_refuses_responsible_parties_that_are_not_parties(
    run: Run, write_ledger: Write
) -> None:
    path = write_ledger(
        '[[commitment]]\nid = "a"\ntitle = "t"\nparties = ["IT"]\nresponsible = ["KG"]\n'
        '[[commitment]]\nid = "b"\ntitle = "t"\nparties = ["IT", "KZ"]\nresponsible = ["KZ"]\n'
        '[[update]]\ncommitment = "b"\non = 2026-01-01\nparty = "IT"\nstatus = "done"\n'
    )
    checked = run("-f", str(path), "check")
    assert checked.exit_code == 1
    assert 'responsible party "KG" is not among the commitment\'s parties (IT)' in checked.stderr
    assert 'party "IT" is not responsible for the commitment (responsible: KZ)' in checked.stderr


def test_add_responsible(run: Run, tmp_path: Path) -> None:
    path = _shipped(tmp_path)
    added = run(
        "-f", str(path), "add", "--title", "A KG job", "--summit", "ca-it",
        "--responsible", "kg",
    )  # fmt: skip
    assert added.exit_code == 0, added.stderr
    assert path.read_text().endswith('summit = "ca-it-2025-astana"\nresponsible = ["KG"]\n')
    bad = run("-f", str(path), "add", "--title", "Bad", "--party", "IT", "--responsible", "KG")
    assert bad.exit_code == 2 and "is not among the commitment's parties" in bad.stderr


def test_report_since_an_earlier_day(run: Run, tmp_path: Path) -> None:
    path = _shipped(tmp_path)
    base = ["-f", str(path), "--today", TODAY]
    steps = [
        ("water", "--party", "KZ", "--status", "done", "--on", "2026-07-01"),
        ("water", "--status", "in-progress", "--on", "2026-05-01"),
        ("summit-kyrgyzstan-2027", "--status", "stalled", "--on", "2026-09-01"),
    ]
    for step in steps:
        assert run(*base, "update", *step).exit_code == 0
    report = as_json(run, path, "report", "ca-it-2025-astana", "--interim", "--since", "2026-06-01")
    assert report["since"] == "2026-06-01"
    rows = {row["id"]: row for row in report["rows"]}  # type: ignore[attr-defined]
    assert rows["water-roundtable-2026"]["cells"]["KZ"]["previous"] == 0  # in progress then
    assert rows["water-roundtable-2026"]["cells"]["IT"]["previous"] == 0
    changes = {(c["id"], c["party"]): (c["from"], c["to"]) for c in report["changes"]}
    assert changes[("water-roundtable-2026", "KZ")] == (0, 1)
    assert changes[("summit-kyrgyzstan-2027", "KG")] == (None, -1)  # not assessed before
    assert ("water-roundtable-2026", "IT") not in changes
    table = run(*base, "report", "ca-it", "--interim", "--since", "2026-06-01").stdout
    assert "Changed since 2026-06-01:" in table and "water-roundtable-2026 KZ: 0 → +1" in table
    assert "+1*" in table
    markdown = run(
        *base, "report", "ca-it", "--interim", "--since", "2026-06-01", "--format", "markdown"
    ).stdout
    assert "- water-roundtable-2026 KZ: 0 → +1" in markdown
    html = run(
        *base, "report", "ca-it", "--interim", "--since", "2026-06-01", "--format", "html"
    ).stdout
    assert "water-roundtable-2026 KZ: 0 → +1" in html and "(was 0)" in html
    later = run(*base, "report", "--since", "2027-01-01")
    assert later.exit_code == 2 and "after the day of the report" in later.stderr


def test_report_narrowed_to_parties_tags_and_summits(run: Run, tmp_path: Path) -> None:
    path = _shipped(tmp_path)
    base = ["-f", str(path), "--today", TODAY]
    assert run(*base, "update", "water", "--party", "KZ", "--status", "done").exit_code == 0
    assert run(*base, "update", "water", "--party", "IT", "--status", "missed").exit_code == 0
    kz = as_json(run, path, "report", "--party", "kz")
    assert kz["parties"] == ["KZ"] and kz["score"] == 1
    water = as_json(run, path, "report", "--tag", "water", "--interim")
    assert [r["id"] for r in water["rows"]] == ["water-roundtable-2026"]  # type: ignore[attr-defined]
    assert water["score"] == 0  # the mean of what is shown: +1 and −1
    assert (water["assessed"], water["cells"]) == (2, 6)
    visit = as_json(run, path, "report", "--summit", "it-kz")
    assert {r["id"] for r in visit["rows"]} == {  # type: ignore[attr-defined]
        "marco-polo-street-astana", "abai-monument-rome", "abai-opera-naples-2026",
        "digital-ai-expertise-exchange",
    }  # fmt: skip
    thin = run(*base, "report", "--tag", "water", "--interim").stdout
    assert "0†" in thin  # a mean of 2 of 6 cells


def test_the_shipped_interim_report_says_nothing_is_assessed_yet(run: Run, tmp_path: Path) -> None:
    report = as_json(run, _shipped(tmp_path), "report", "--interim")
    assert report["assessed"] == 0 and report["score"] is None and report["percent"] is None
    assert all(s["score"] is None for s in report["party_scores"].values())  # type: ignore[attr-defined]
    table = run("-f", str(_shipped(tmp_path)), "--today", TODAY, "report", "--interim").stdout
    assert "nothing has been assessed yet" in table and "0%" not in table


def test_a_status_rolled_up_without_a_source_is_warned_about_as_it_is(
    run: Run, write_ledger: Write
) -> None:
    write_ledger(
        """
        [[commitment]]
        id = "b"
        title = "B"
        parties = ["IT", "KG"]
        responsible = ["KG"]
        declared = 2026-01-01

        [[update]]
        commitment = "b"
        on = 2026-02-01
        status = "done"

        [[update]]
        commitment = "b"
        on = 2026-03-01
        party = "KG"
        status = "missed"
        """
    )
    result = run("--today", "2026-12-04", "check")
    assert 'commitment "b": is missed but cites no source' in result.stderr


def test_show_marks_a_score_on_fewer_than_half_of_its_cells(run: Run, write_ledger: Write) -> None:
    write_ledger(
        """
        [[commitment]]
        id = "c"
        title = "C"
        parties = ["IT", "KG", "KZ"]
        declared = 2026-01-01

        [[update]]
        commitment = "c"
        on = 2026-02-01
        party = "KG"
        status = "partial"
        source = "s"

        [[update]]
        commitment = "c"
        on = 2026-02-01
        party = "IT"
        status = "in-progress"
        source = "s"
        """
    )
    shown = run("--today", "2026-12-04", "show", "c").stdout
    assert "0† (50%†), final assessment; 2 of 3 parties assessed, 1 scored" in " ".join(
        shown.split()
    )


def test_a_party_asked_for_without_a_column_is_named(run: Run, write_ledger: Write) -> None:
    write_ledger(
        """
        [[commitment]]
        id = "c"
        title = "C"
        parties = ["IT", "KG"]
        declared = 2026-01-01
        """
    )
    result = run("--today", TODAY, "report", "--party", "IT", "--party", "UZ")
    assert result.exit_code == 0
    assert "--party UZ: no pledge of this report is UZ's to keep" in result.stderr
    assert "--party IT" not in result.stderr


def test_columns_follow_the_summits_party_order_in_every_report(
    run: Run, write_ledger: Write
) -> None:
    write_ledger(
        """
        [[summit]]
        id = "s"
        name = "S"
        date = 2025-01-01
        parties = ["KZ", "IT"]

        [[commitment]]
        id = "first"
        title = "Italy's"
        summit = "s"
        responsible = ["IT"]
        tags = ["a"]

        [[commitment]]
        id = "second"
        title = "Kazakhstan's"
        summit = "s"
        responsible = ["KZ"]
        status = "done"
        tags = ["b"]
        """
    )
    for args in ([], ["--interim"], ["--tag", "a,b"], ["s"]):
        report = json.loads(run("--today", TODAY, "report", *args, "--format", "json").stdout)
        assert report["parties"] == ["KZ", "IT"], args  # not IT first, as the file is
