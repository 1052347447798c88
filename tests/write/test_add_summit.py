"""`add-summit`: a [[summit]] appended through the write path, each value checked first
so that an error names its option and nothing is written."""

from __future__ import annotations

import json

import pytest

from support import SHIPPED, TODAY, Run, Write


def shipped(write_ledger: Write):  # type: ignore[no-untyped-def]
    return write_ledger(SHIPPED.read_text(encoding="utf-8"))


def test_a_summit_is_appended_and_its_commitments_take_from_it(
    run: Run, write_ledger: Write
) -> None:
    path = shipped(write_ledger)
    before = path.read_text(encoding="utf-8")
    added = run(
        "--today", TODAY, "add-summit", "--name", "Summit, Bishkek", "--date", "2026-10-01",
        "--end", "2026-10-02", "--place", "Bishkek", "--host", "kg", "--party", "kg,it",
        "--source", "Bishkek Declaration", "--url", "https://example.org/bishkek",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert added.stdout == "added summit summit-bishkek: Summit, Bishkek, 2026-10-01 – 2026-10-02\n"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(before)  # appended: nothing before it changed
    assert text[len(before) :].endswith(
        '[[summit]]\nid = "summit-bishkek"\nname = "Summit, Bishkek"\ndate = 2026-10-01\n'
        'end = 2026-10-02\nplace = "Bishkek"\nhost = "KG"\nparties = ["KG", "IT"]\n'
        'source = "Bishkek Declaration"\nurl = "https://example.org/bishkek"\n'
    )
    assert run("check").exit_code == 0
    pledged = run("--today", TODAY, "add", "--title", "A pledge", "--summit", "summit-b")
    assert pledged.exit_code == 0, pledged.output
    shown = json.loads(run("--today", TODAY, "show", "a-pledge", "--format", "json").stdout)
    assert shown["summit"] == "summit-bishkek" and shown["declared"] == "2026-10-01"
    assert shown["parties"] == ["KG", "IT"] and shown["url"] == "https://example.org/bishkek"


def test_the_id_given_is_the_id(run: Run, write_ledger: Write) -> None:
    path = shipped(write_ledger)
    result = run(
        "--today", TODAY, "add-summit", "bishkek-2026", "--name", "X", "--date", "2026-01-01"
    )
    assert result.exit_code == 0, result.output
    assert 'id = "bishkek-2026"' in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["ca-it-2025-astana", "--name", "x", "--date", "2025-01-01"], 'summit or commitment "ca-it-2025-astana" already'),
        (["water-roundtable-2026", "--name", "x", "--date", "2025-01-01"], 'commitment "water-roundtable-2026" already'),
        (["Bad Id", "--name", "x", "--date", "2025-01-01"], 'ID: "Bad Id" is not an id'),
        (["--date", "2025-01-01"], "--name: a summit needs its name"),
        (["--name", "x"], "--date: a summit needs its date"),
        (["--name", "x", "--date", "2025-13-01"], "--date"),
        (["--name", "x", "--date", "2030-01-01"], "--date: 2030-01-01 is in the future"),
        (["--name", "x", "--date", "2025-01-02", "--end", "2025-01-01"], "--end: 2025-01-01 is before"),
        (["--name", "x", "--date", "2025-01-01", "--url", "ftp://x"], '--url: "ftp://x" is not an http(s) address'),
        (["--name", "x", "--date", "2025-01-01", "--party", "xx"], '--party: unknown party code "xx"'),
        (["--name", "x", "--date", "2025-01-01", "--host", "zz"], '--host: unknown party code "zz"'),
        (["--name", " ", "--date", "2025-01-01"], "--name: the value is empty"),
    ],
)  # fmt: skip
def test_each_bad_value_names_its_option_and_writes_nothing(
    run: Run, write_ledger: Write, args: list[str], said: str
) -> None:
    path = shipped(write_ledger)
    before = path.read_bytes()
    result = run("--today", TODAY, "add-summit", *args)
    assert result.exit_code == 2, result.output
    assert said in result.stderr
    assert "commitments.toml:" not in result.stderr  # never a line of an unwritten table
    assert path.read_bytes() == before


def test_a_future_summit_with_allow_future(run: Run, write_ledger: Write) -> None:
    shipped(write_ledger)
    result = run(
        "--today", TODAY, "add-summit", "--name", "Later", "--date", "2030-01-01", "--allow-future"
    )
    assert result.exit_code == 0, result.output
    # As every future date: no report shows it until then, and check says so.
    checked = run("--today", TODAY, "check")
    assert "meets on 2030-01-01, after today" in checked.stdout + checked.stderr


def test_add_url_is_checked_as_the_ledger_would(run: Run, write_ledger: Write) -> None:
    path = shipped(write_ledger)
    before = path.read_bytes()
    result = run("--today", TODAY, "add", "--title", "U", "--url", "ftp://x")
    assert result.exit_code == 2
    assert result.stderr.startswith('commitments: error: --url: "ftp://x" is not an http(s)')
    assert path.read_bytes() == before


def test_a_summit_of_the_same_name_and_date_needs_force(run: Run, write_ledger: Write) -> None:
    path = shipped(write_ledger)
    before = path.read_bytes()
    again = run("--today", TODAY, "add-summit", "--name", "first central asia\u2013italy  SUMMIT",
                "--date", "2025-05-30")  # fmt: skip
    assert again.exit_code == 2 and path.read_bytes() == before
    assert again.stderr == (
        'commitments: error: --name: summit "ca-it-2025-astana" has this name and date already'
        " (give --force to add another summit with them); nothing was changed\n"
    )
    other_day = run("--today", TODAY, "add-summit", "--name", "First Central Asia–Italy Summit",
                    "--date", "2025-05-31")  # fmt: skip
    assert other_day.exit_code == 0, other_day.output
    forced = run("--today", TODAY, "add-summit", "--name", "First Central Asia–Italy Summit",
                 "--date", "2025-05-30", "--force")  # fmt: skip
    assert forced.exit_code == 0 and "first-central-asia-italy-summit-2" in forced.stdout


def test_a_summits_id_is_never_taken_for_the_start_of_a_commitments(
    run: Run, write_ledger: Write
) -> None:
    """Found by an attacker: `update ca-it-2025-astana --status done` closed the summit's
    commitment ca-it-2025-astana-roadmap, whose id it starts."""
    path = shipped(write_ledger)
    added = run("--today", TODAY, "add", "--title", "Roadmap", "--summit", "ca-it-2025-astana",
                "--id", "ca-it-2025-astana-roadmap")  # fmt: skip
    assert added.exit_code == 0, added.output
    before = path.read_bytes()
    for args in (
        ["update", "ca-it-2025-astana", "--status", "done"],
        ["show", "ca-it-2025-astana"],
    ):
        result = run("--today", TODAY, *args)
        assert result.exit_code == 2
        assert '"ca-it-2025-astana" is a summit, not a commitment' in result.stderr
    assert path.read_bytes() == before


def test_a_start_of_a_summits_id_says_it_is_a_summit(run: Run, write_ledger: Write) -> None:
    shipped(write_ledger)
    result = run("--today", TODAY, "show", "ca-it")
    assert result.exit_code == 2
    assert '"ca-it" starts the summit "ca-it-2025-astana", not a commitment' in result.stderr
