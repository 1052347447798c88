"""What people type that is not quite the contract, read as they meant it or answered
with the way to say it: status synonyms, comma lists, --version anywhere, a status
word where no argument goes."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from commitments import __version__
from commitments.cli.app import COMMANDS
from commitments.errors import UsageError
from commitments.model import STATUS_SYNONYMS, STATUSES, status_meant, status_named
from commitments.report.scoring import INTERIM
from support import REPO, SHIPPED, TODAY, Run, Write


@pytest.mark.parametrize(("word", "status"), sorted(STATUS_SYNONYMS.items()))
def test_each_synonym_is_read_as_its_status(word: str, status: str) -> None:
    assert status_named(word.upper(), "--status") == (status, True)
    assert status in STATUSES


@pytest.mark.parametrize("status", STATUSES)
def test_a_status_is_itself_in_any_case(status: str) -> None:
    assert status_named(f" {status.title()} ", "--status") == (status, False)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("finised", "done"), ("complet", "done"), ("faild", "missed"), ("cancled", "cancelled")],
)
def test_a_typo_is_answered_with_the_status_it_means(typed: str, meant: str) -> None:
    with pytest.raises(UsageError) as raised:
        status_named(typed, "--status")
    assert f'did you mean "{meant}"?' in str(raised.value)
    assert "expected one of planned, in-progress" in str(raised.value)


@pytest.mark.parametrize(("word", "status"), sorted(STATUS_SYNONYMS.items()))
def test_a_typo_of_a_synonym_never_suggests_the_opposite_score(word: str, status: str) -> None:
    """ "finishd" looks like "missed" more than like "done": the suggestion goes by the
    synonyms, so a success is never offered as a −1."""
    typos = {word[:k] + word[k + 1 :] for k in range(len(word))} - {*STATUSES}
    typos -= {t for t in typos if t.casefold() in STATUS_SYNONYMS}
    offered = []
    for typo in typos:
        with pytest.raises(UsageError) as raised:
            status_named(typo, "--status")
        said = re.search(r'did you mean "([^"]+)"', str(raised.value))
        if said:
            offered.append(said.group(1))
        # the ledger's check offers more (a looser cutoff): never the opposite either
        meant = status_meant(typo, cutoff=0.5)
        if meant is not None and status in INTERIM and meant in INTERIM:
            assert INTERIM[meant] * INTERIM[status] >= 0, (typo, meant)
    # Mostly the synonym's own status ("n progress" may well be "no progress"), and
    # never one of opposite score.
    assert offered.count(status) > len(offered) / 2, (word, offered)
    for said in offered:
        if status in INTERIM and said in INTERIM:
            assert INTERIM[said] * INTERIM[status] >= 0, (word, said)


def test_update_takes_a_synonym_and_says_how_it_read_it(run: Run, write_ledger: Write) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run("--today", TODAY, "update", "water", "--status", "Finished", "--note", "n")
    assert result.exit_code == 0, result.output
    assert 'note: --status "Finished" is read as "done"' in result.stderr
    assert 'status = "done"' in path.read_text(encoding="utf-8").rsplit("[[update]]", 1)[1]


def test_a_status_word_after_the_id_says_to_give_it_as_status(
    run: Run, write_ledger: Write
) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    before = path.read_bytes()
    result = run("--today", TODAY, "update", "water", "finished")
    assert result.exit_code == 2
    assert "a status is given as --status done" in result.stderr
    assert run("--today", TODAY, "update", "water", "soon").stderr.count("--status") == 0
    assert path.read_bytes() == before


def ids(run: Run, *args: str) -> list[str]:
    result = run("--today", TODAY, "list", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return [r["id"] for r in json.loads(result.stdout)]


@pytest.mark.parametrize(
    ("comma", "repeated"),
    [
        (["--party", "kg,tj"], ["--party", "KG", "--party", "TJ"]),
        (["--tag", "water, energy"], ["--tag", "water", "--tag", "energy"]),
        (["--status", "planned,ongoing"], ["--status", "planned", "--status", "in-progress"]),
        (["--strength", "intent,proposal"], ["--strength", "intent", "--strength", "proposal"]),
    ],
)
def test_a_repeatable_option_takes_a_comma_list(
    run: Run, write_ledger: Write, comma: list[str], repeated: list[str]
) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    assert ids(run, *comma) == ids(run, *repeated)


def test_add_takes_comma_lists(run: Run, write_ledger: Write) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run(
        "--today",
        TODAY,
        "add",
        "--title",
        "A list test",
        "--party",
        "kz,kg",
        "--tag",
        "a,b",
        "--responsible",
        "KZ",
    )
    assert result.exit_code == 0, result.output
    table = path.read_text(encoding="utf-8").rsplit("[[commitment]]", 1)[1]
    assert 'parties = ["KZ", "KG"]' in table and 'tags = ["a", "b"]' in table


def test_an_unknown_strength_is_answered_with_the_nearest(run: Run) -> None:
    result = run("-f", str(SHIPPED), "list", "--strength", "intnt")
    assert result.exit_code == 2
    assert '"intnt" is not a strength; did you mean "intent"?' in result.stderr


EVERY_COMMAND = [name for name, _ in COMMANDS]


@pytest.mark.parametrize("command", EVERY_COMMAND)
def test_version_after_any_command(run: Run, command: str) -> None:
    result = run(command, "--version")
    assert result.exit_code == 0
    assert result.stdout == f"commitments {__version__}\n"


NEEDS = {
    "show": ["water"],
    "update": ["water", "--note", "n"],
    "add": ["--title", "T"],
    "add-summit": ["--name", "S", "--date", "2025-01-01"],
    "extract": [str(REPO / "docs" / "sources" / "000_aa4c9e3a7baf1234.txt")],
    "site": ["public"],
}


@pytest.mark.parametrize("command", [c for c in EVERY_COMMAND if c != "git-merge"])
def test_every_global_option_works_after_any_command(run: Run, command: str) -> None:
    """`check --no-pager`, `edit --today …`, `recover -f …` mean what they mean before
    the command: the ledger given after the command is the one it reads."""
    for option in ("-f", "--file"):
        result = run(
            command, *NEEDS.get(command, []), option, "gone.toml", "--no-pager", "--today", TODAY
        )
        assert "No such option" not in result.stderr, result.stderr
        if command not in ("init", "git-setup"):  # init makes it; git-setup wants git first
            assert result.exit_code == 1 and "gone.toml" in result.stderr, result.stderr


def test_version_as_the_value_of_an_option_is_that_value(run: Run, write_ledger: Write) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run("--today", TODAY, "add", "--title", "--version", "--id", "v")
    assert result.exit_code == 0, result.output
    assert json.loads(run("show", "v", "--format", "json").stdout)["title"] == "--version"


def test_statuses_complete(run: Run) -> None:
    from commitments.commands import completions

    assert completions(SHIPPED, "status", "in") == ["in-progress"]
    assert completions(SHIPPED, "strength", "p") == ["pledge", "proposal"]


# --- messages that point the right way ------------------------------------------------------


def test_an_add_with_an_unreadable_due_names_the_option_not_a_line(
    run: Run, write_ledger: Write
) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    before = path.read_bytes()
    result = run("--today", TODAY, "add", "--title", "T", "--due", "next spring")
    assert result.exit_code == 2
    first, *forms = result.stderr.splitlines()
    assert first == 'commitments: error: --due: cannot read due expression "next spring"'
    assert "commitments.toml:" not in result.stderr  # no line of a table never written
    assert forms and all(len(line) <= 80 for line in forms)  # wrapped (COLUMNS is 80 here)
    assert "spring/summer/autumn/fall/winter 2026" in " ".join(forms)
    assert path.read_bytes() == before


def test_next_year_without_a_date_says_which_options_give_one(
    run: Run, write_ledger: Write
) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run("--today", TODAY, "add", "--title", "T", "--due", "next year")
    assert result.exit_code == 2
    assert "give --declared DATE, or --summit ID" in result.stderr
    with_summit = run(
        "--today", TODAY, "add", "--title", "T", "--due", "next year", "--summit", "ca"
    )
    assert with_summit.exit_code == 0, with_summit.output
    assert "due next year (2026-01-01 – 2026-12-31)" in with_summit.stdout


def test_no_ledger_found_says_init_makes_one(run: Run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    monkeypatch.delenv("COMMITMENTS_FILE", raising=False)
    result = run("list")
    assert result.exit_code == 1
    assert "`commitments init` makes one here" in result.stderr


def test_a_folder_given_as_the_file_is_its_commitments_toml(run: Run, write_ledger: Write) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    by_folder = run("-f", str(path.parent), "--today", TODAY, "list", "--format", "json")
    by_file = run("-f", str(path), "--today", TODAY, "list", "--format", "json")
    assert by_folder.exit_code == 0 and by_folder.stdout == by_file.stdout


@pytest.mark.parametrize(
    ("typed", "said"), [("--stauts", "--status"), ("--statu", "--status"), ("--tga", "--tag")]
)
def test_a_mistyped_option_is_answered_with_the_nearest_of_that_command(
    run: Run, typed: str, said: str
) -> None:
    result = run("-f", str(SHIPPED), "list", typed, "x")
    assert result.exit_code == 2
    assert f"No such option: {typed}; did you mean {said}?" in result.stderr
    assert "Possible options" not in result.stderr


def test_the_nearest_option_is_one_the_command_has(run: Run) -> None:
    """`report` has no --status: the nearest to --stauts is one of its own."""
    result = run("-f", str(SHIPPED), "report", "--stauts", "x")
    assert "did you mean --status?" not in result.stderr
    assert "did you mean --summit?" in result.stderr


@pytest.mark.parametrize(
    ("command", "typed", "said"),
    [
        ("list", "--json", "--format json"),
        ("list", "--CSV", "--format csv"),
        ("report", "--html", "--format html"),
        ("due", "--markdown", "--format markdown"),
    ],
)
def test_a_format_given_as_an_option_is_answered_with_format(
    run: Run, command: str, typed: str, said: str
) -> None:
    """`list --json`: the nearest option by spelling would be --version."""
    result = run("-f", str(SHIPPED), command, typed)
    assert result.exit_code == 2
    assert f"No such option: {typed}; did you mean {said}?" in result.stderr
    assert "--version" not in result.stderr


def test_a_format_the_command_has_not_is_not_offered(run: Run) -> None:
    result = run("-f", str(SHIPPED), "show", "--csv")
    assert result.exit_code == 2 and "--format csv" not in result.stderr


# --- the same promise twice -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--title", "  central ASIA–Italy round table on water   resources "),
        (
            "--quote",
            "specifically, a round table on water resources in the Central Asia–Italy format"
            " is planned by 2026,  and a similar event on sustainable energy technologies"
            " is expected in 2027.",
        ),
    ],
)
def test_add_refuses_a_title_or_quote_the_ledger_has_unless_forced(
    run: Run, write_ledger: Write, option: str, value: str
) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    before = path.read_bytes()
    args = ["--today", TODAY, "add", "--title", "Another", option, value]
    if option == "--title":
        args = ["--today", TODAY, "add", option, value]
    refused = run(*args)
    assert refused.exit_code == 2
    assert (
        f'{option}: commitment "water-roundtable-2026" has this {option[2:]} already'
        in refused.stderr
    )
    assert "--force" in refused.stderr and path.read_bytes() == before
    forced = run(*args, "--force")
    assert forced.exit_code == 0, forced.output
    assert path.read_bytes() != before


# --- what an attacker found ------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--status", ""],
        ["list", "--party", ",,,"],
        ["list", "--tag", ""],
        ["list", "--strength", ","],
        ["due", "--exit-code", "--party", ""],
        ["add", "--title", "Empty parts", "--party", "kz,", "--tag", "a"],
        ["add", "--title", "Empty parts", "--responsible", ","],
    ],
)
def test_an_empty_value_is_refused_not_read_as_no_filter(
    run: Run, write_ledger: Write, args: list[str]
) -> None:
    """`--party "$UNSET"` in a cron line must not report on every party."""
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    before = path.read_bytes()
    result = run("--today", TODAY, *args)
    assert result.exit_code == 2, result.output
    assert "an empty value" in result.stderr
    assert path.read_bytes() == before


def test_a_tag_holding_a_comma_is_still_one_tag(run: Run, write_ledger: Write) -> None:
    write_ledger(
        '[[commitment]]\nid = "a"\ntitle = "A"\ntags = ["water, energy"]\n'
        '[[commitment]]\nid = "b"\ntitle = "B"\ntags = ["water"]\n'
    )
    assert ids(run, "--tag", "water, energy") == ["a"]
    assert ids(run, "--tag", "water") == ["b"]
    report = run("--today", TODAY, "report", "--tag", "Water, Energy", "--format", "json")
    assert json.loads(report.stdout)["filters"]["tags"] == ["Water, Energy"]


@pytest.mark.parametrize(
    "word", ["undone", "incomplete", "unfinished", "not done", "not completed", "non-compliant"]
)
def test_a_negation_gets_no_guess(word: str) -> None:
    """The status nearest in spelling to "not done" is the one it denies."""
    with pytest.raises(UsageError) as raised:
        status_named(word, "--status")
    assert "did you mean" not in str(raised.value)


@pytest.mark.parametrize(
    ("word", "status"),
    [("fulfilled", "done"), ("abandoned", "cancelled"), ("not started", "planned")],
)
def test_words_an_attacker_found_suggested_the_opposite(word: str, status: str) -> None:
    assert status_named(word, "--status") == (status, True)


@pytest.mark.parametrize("command", [["show", "water"], ["stats"], ["check"], ["report", "ca"]])
def test_no_status_hint_where_the_command_takes_no_status(run: Run, command: list[str]) -> None:
    result = run("-f", str(SHIPPED), *command, "done")
    assert result.exit_code == 2
    assert "--status" not in result.stderr


def test_a_status_of_two_words_after_the_id(run: Run) -> None:
    result = run("-f", str(SHIPPED), "update", "water", "in", "progress")
    assert "a status is given as --status in-progress" in result.stderr


def test_a_prefix_of_an_id_declared_later_says_so(run: Run) -> None:
    result = run("-f", str(SHIPPED), "--today", "2025-06-01", "show", "abai-opera")
    assert result.exit_code == 2
    assert result.stderr.startswith('commitments: error: "abai-opera-naples-2026" is declared')


def test_a_folders_ledger_that_is_a_fifo_is_refused(run: Run, tmp_path: Path) -> None:
    import os

    folder = tmp_path / "shared"
    folder.mkdir()
    os.mkfifo(folder / "commitments.toml")
    result = run("-f", str(folder), "list")
    assert result.exit_code == 1
    assert "is a FIFO, not a ledger" in result.stderr


def test_the_forms_are_wrapped_to_stderrs_width(run: Run, write_ledger: Write) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run("--today", TODAY, "add", "--title", "T", "--due", "nope", env={"COLUMNS": "50"})
    assert result.exit_code == 2
    assert all(len(line) <= 50 for line in result.stderr.splitlines()[1:])


@pytest.mark.parametrize(
    "title",
    [
        "Central Asia–Italy round table on water\u200b resources",  # a zero-width space
        "Central Asia–Italy round table on wa\u00adter resources",  # a soft hyphen
        "Central Asia-Italy round table on water resources",  # another dash
        "Ｃentral Asia–Italy round table on water resources",  # a full-width letter
    ],
)
def test_a_title_that_reads_the_same_is_the_same(run: Run, write_ledger: Write, title: str) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run("--today", TODAY, "add", "--title", title)
    assert result.exit_code == 2
    assert '--title: commitment "water-roundtable-2026" has this title already' in result.stderr


def test_party_codes_complete_the_ledgers_own_and_the_rest_after_a_letter() -> None:
    from commitments.commands import completions
    from commitments.parties import PARTIES

    own = completions(SHIPPED, "party", "")
    assert own == sorted(own) and set(own) <= {"IT", "KZ", "KG", "TJ", "TM", "UZ"}
    assert len(own) < 10  # not 250 codes, the ledger's lost among them
    assert completions(SHIPPED, "party", "k")[:2] == ["kg", "kz"]  # as typed: the shell
    started = completions(SHIPPED, "party", "K")  # keeps only what starts so
    assert started[: len([c for c in own if c.startswith("K")])] == [
        c for c in own if c.startswith("K")
    ]
    assert set(started) == {c for c in PARTIES if c.startswith("K")}


def test_a_comma_list_completes_its_last_value() -> None:
    from commitments.commands import completions

    assert completions(SHIPPED, "party", "kz,")[:3] == ["kz,it", "kz,kg", "kz,tj"]
    assert completions(SHIPPED, "party", "kz,K")[:1] == ["kz,KG"]  # KZ is given already
    assert "water,energy" in completions(SHIPPED, "tag", "water,e")
    assert completions(SHIPPED, "id", "water,") == []  # an id is one value


def test_bash_keeps_the_order_the_tool_gives(tmp_path: Path) -> None:
    """bash sorted KE KG KH … KZ: the ledger's own codes were lost among the others.
    In a real bash, the completion script as --install-completion writes it."""
    import shutil
    import subprocess
    import sys

    from typer._completion_shared import get_completion_script

    if shutil.which("bash") is None:
        pytest.skip("no bash")
    script = get_completion_script(
        prog_name="commitments", complete_var="_COMMITMENTS_COMPLETE", shell="bash"
    )
    assert "complete -o nosort" in script
    installed = Path(sys.executable).parent / "commitments"
    if not installed.exists():
        pytest.skip("the console script is not installed beside this Python")
    probe = (
        f"{script}\n"
        "COMP_WORDS=(commitments list --party K); COMP_CWORD=3\n"
        "_commitments_completion commitments\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(
        ["bash", "-c", probe],
        capture_output=True,
        text=True,
        cwd=SHIPPED.parent,
        env={**os.environ, "PATH": f"{installed.parent}:{os.environ['PATH']}"},
    )
    assert done.stdout.split()[:2] == ["KG", "KZ"], done.stdout + done.stderr


def test_a_mistyped_choice_is_offered_the_nearest(run: Run, write_ledger: Write) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    near = run("list", "--format", "jsn")
    assert near.exit_code == 2 and "; did you mean 'json'?" in near.stderr
    far = run("list", "--format", "xml")
    assert far.exit_code == 2 and "did you mean" not in far.stderr


def test_completion_never_waits_and_offers_only_whole_words(tmp_path: Path) -> None:
    """Found by an attacker: Tab waited on a FIFO's idle writer, and a tag holding a
    newline completed as two words."""
    from commitments.commands import completions

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    writer = os.open(fifo, os.O_RDWR)  # a writer that never writes
    try:
        assert completions(fifo, "id", "") == []
    finally:
        os.close(writer)
    tagged = tmp_path / "tags.toml"
    tagged.write_text('[[commitment]]\nid = "a"\ntitle = "A"\ntags = ["x\\ny", "ok"]\n')
    assert completions(tagged, "tag", "") == ["ok"]
    assert completions(tagged, "id", "") == ["a"]
