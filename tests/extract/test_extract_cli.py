"""`commitments extract` from the command line: formats, --apply, --review, errors."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from commitments.errors import UsageError
from commitments.extract.candidates import Settings, extract
from commitments.extract.review import edited, review
from support import GOLDEN, REPO, SHIPPED, Run, cli, golden, on_a_terminal

SOURCE = REPO / "docs" / "sources" / "000_aa4c9e3a7baf1234.txt"
RECORD_KEYS = [
    "quote", "title", "strength", "cue", "confidence", "due", "due_words", "start", "end",
    "parties", "named", "host", "tracked", "similar", "declared", "sentence", "offset",
]  # fmt: skip


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    path = tmp_path / "work" / "commitments.toml"
    shutil.copyfile(SHIPPED, path)
    return path


def test_json_lists_every_candidate_with_its_documented_keys(run: Run, ledger: Path) -> None:
    result = run("extract", str(SOURCE), "--declared", "2025-05-30", "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) == 24
    assert all(list(r) == RECORD_KEYS for r in records)
    text = SOURCE.read_text(encoding="utf-8")
    assert all(text[r["offset"][0] : r["offset"][1]] == r["quote"] for r in records)
    water = next(r for r in records if r["due"] == "by 2026")
    assert (water["tracked"], water["start"], water["end"]) == (
        "water-roundtable-2026",
        "2025-05-30",
        "2026-12-31",
    )
    golden("extract.json", result.stdout)


@pytest.mark.parametrize("how", [("--format", "toml"), ("--apply",)])
def test_a_source_name_that_is_not_utf8_is_refused_before_anything_is_written(
    run: Run, ledger: Path, how: tuple[str, ...]
) -> None:
    """Found by the attacker of 5 December (third session): --apply crashed, and
    --format toml wrote a string TOML cannot read."""
    before = ledger.read_bytes()
    args = ("extract", str(SOURCE), "--declared", "2025-05-30", "--source", "S\udce9", *how)
    result = run(*args)
    assert result.exit_code == 2
    assert "--source: the value is not valid UTF-8 text" in result.stderr
    assert ledger.read_bytes() == before


def test_json_keys_are_the_ones_docs_json_md_names() -> None:
    section = (REPO / "docs" / "json.md").read_text(encoding="utf-8").split("## extract")[1]
    for key in RECORD_KEYS:
        assert f"`{key}`" in section, key


def test_piped_the_default_is_json_and_on_a_terminal_a_table(ledger: Path) -> None:
    piped = cli("extract", str(SOURCE), "--declared", "2025-05-30", cwd=ledger.parent)
    assert piped.returncode == 0 and json.loads(piped.stdout)
    shown = on_a_pty(
        ["extract", str(SOURCE), "--declared", "2025-05-30", "--no-pager"], ledger.parent
    )
    assert "1. pledge  0.85" in shown
    assert "tracked as water-roundtable-2026" in shown
    assert "24 candidates (9 pledges, 15 intents); 4 with a deadline; 19 tracked already" in shown


def test_the_table_piped_is_plain_text(run: Run, ledger: Path) -> None:
    result = run("extract", str(SOURCE), "--declared", "2025-05-30", "--format", "table")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    golden("extract.txt", result.stdout.replace(str(REPO), "REPO"))  # wherever it lies


def test_the_table_says_where_a_list_item_s_deadline_comes_from(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "list.txt"
    source.write_text(
        "Over the next year, the two countries intend to:\n"
        "- Maintain pressure on the parties to the conflict.\n"
        "- Step up joint engagement in the Pacific in 2027.\n",
        encoding="utf-8",
    )
    result = run("extract", str(source), "--declared", "2026-07-24", "--format", "table")
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if "due" in line]
    assert "due by 2027-07-24 (“Over the next year”, the list's)" in lines[0]
    assert lines[1].endswith("due 2027")  # its own date, in its own words


def test_toml_is_ready_to_append_and_checks_clean(run: Run, ledger: Path) -> None:
    result = run("extract", str(SOURCE), "--summit", "ca-it", "--format", "toml")
    assert result.exit_code == 0, result.output
    golden("extract.toml", result.stdout.replace(str(REPO), "REPO"))
    tables = tomllib.loads(result.stdout)["commitment"]
    assert len(tables) == 5  # the 19 others are tracked, and listed as comments
    assert all(t["summit"] == "ca-it-2025-astana" for t in tables)
    with ledger.open("a", encoding="utf-8") as f:
        f.write("\n" + result.stdout)
    checked = run("check")
    assert checked.exit_code == 0, checked.output


def test_apply_appends_only_what_is_new_and_twice_adds_nothing(run: Run, ledger: Path) -> None:
    before = ledger.read_bytes()
    first = run("extract", str(SOURCE), "--summit", "ca-it", "--apply")
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("appended 5 commitments to commitments.toml: ")
    after = ledger.read_bytes()
    assert after.startswith(before)  # only appended
    second = run("extract", str(SOURCE), "--summit", "ca-it", "--apply")
    assert second.stdout.startswith("nothing appended to commitments.toml")
    assert ledger.read_bytes() == after
    assert run("check").exit_code == 0
    data = tomllib.loads(after.decode())
    made = [c for c in data["commitment"] if "commitments extract" in c.get("notes", "")]
    assert len(made) == 5
    assert all(c["quote"] in SOURCE.read_text(encoding="utf-8") for c in made)


def test_apply_of_a_long_list_says_its_ids_in_one_short_line(
    run: Run, ledger: Path, tmp_path: Path
) -> None:
    """Found by the second attacker of 5 December (third session): 3,373 ids on a line."""
    source = tmp_path / "many.txt"
    items = "".join(f"- Hold meeting number {n} in Lima in 2027.\n" for n in range(30))
    source.write_text("The Parties agreed to:\n" + items, encoding="utf-8")
    result = run("extract", str(source), "--declared", "2026-01-01", "--apply")
    assert result.exit_code == 0, result.output
    said = result.stdout.splitlines()[0]
    assert said.startswith("appended 30 commitments to commitments.toml: ")
    assert said.endswith(", … (30 in all)") and said.count(",") == 20
    made = tomllib.loads(ledger.read_text(encoding="utf-8"))["commitment"]
    assert sum("Lima" in c["title"] for c in made) == 30  # every one appended


def test_min_confidence_keeps_the_surer_ones(run: Run, ledger: Path) -> None:
    every = json.loads(run("extract", str(SOURCE), "--format", "json").stdout)
    sure = json.loads(
        run("extract", str(SOURCE), "--format", "json", "--min-confidence", "0.85").stdout
    )
    assert 0 < len(sure) < len(every)
    assert all(r["confidence"] >= 0.85 for r in sure)


def test_without_a_ledger_extract_still_reads_and_says_nothing_is_tracked(run: Run) -> None:
    result = run("extract", str(SOURCE), "--format", "json")
    assert result.exit_code == 0, result.output
    assert {r["tracked"] for r in json.loads(result.stdout)} == {None}


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["missing.txt"], 2, "missing.txt: cannot read it: no such file or directory"),
        ([str(SOURCE), "--review", "--apply"], 2, "--review and --apply: give one"),
        ([str(SOURCE), "--summit", "nowhere"], 2, "--summit: "),
        ([str(SOURCE), "--declared", "yesterday-ish"], 2, "--declared"),
        ([str(SOURCE), "--url", "javascript:alert(1)"], 2, "--url"),
        ([str(SOURCE), "--format", "yaml"], 2, "yaml"),
        ([str(SOURCE), "--min-confidence", "2"], 2, "--min-confidence"),
        (["ftp://example.org/x"], 2, "only http:// and https://"),
    ],
)
def test_bad_input_is_one_clear_line_and_the_contract_s_exit_code(
    ledger: Path, args: list[str], code: int, said: str
) -> None:
    result = cli("extract", *args, cwd=ledger.parent)
    assert result.returncode == code, result.stderr
    assert said in result.stderr
    assert "Traceback" not in result.stderr


def test_apply_without_a_ledger_changes_nothing_and_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    result = cli("extract", str(SOURCE), "--apply", cwd=folder)
    assert result.returncode == 1
    assert "commitments.toml" in result.stderr and "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []


def test_control_characters_stay_out_of_the_terminal_and_are_escaped_in_toml(
    run: Run, ledger: Path, tmp_path: Path
) -> None:
    source = tmp_path / "evil.txt"
    source.write_text(
        "The leaders agreed to \x1b[2J\u202ehold a summit\x07 in 2027.", encoding="utf-8"
    )
    table = run("extract", str(source), "--declared", "2025-05-30", "--format", "table")
    assert (
        "\x1b" not in table.stdout and "\u202e" not in table.stdout and "\x07" not in table.stdout
    )
    assert "\\x1b[2J\\u202ehold" in table.stdout
    as_toml = run("extract", str(source), "--declared", "2025-05-30", "--format", "toml").stdout
    assert "\x1b" not in as_toml and "\u202e" not in as_toml
    [made] = tomllib.loads(as_toml)["commitment"]
    assert made["quote"] == "The leaders agreed to \x1b[2J\u202ehold a summit\x07 in 2027."
    as_json = run("extract", str(source), "--declared", "2025-05-30", "--format", "json").stdout
    assert "\x1b" not in as_json and "\u202e" not in as_json
    assert json.loads(as_json)[0]["quote"] == made["quote"]


def test_standard_input_is_read(ledger: Path) -> None:
    result = cli(
        "extract", "-", "--declared", "2025-05-30", "--format", "json",
        input="The ministers will meet in the spring of 2026.", cwd=ledger.parent,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [record] = json.loads(result.stdout)
    assert (record["due"], record["end"]) == ("spring 2026", "2026-05-31")


# --- Review ----------------------------------------------------------------------------


def scripted(*answers: str):  # type: ignore[no-untyped-def]
    given = list(answers)

    def ask(prompt: str) -> str:
        if not given:
            raise EOFError
        return given.pop(0)

    return ask


def test_review_accepts_skips_edits_and_quits_keeping_those_accepted() -> None:
    text = (
        "The leaders agreed to hold a summit in 2027. Italy proposed a forum. "
        "The ministers will meet next year. The parties welcomed a plan."
    )
    candidates = extract(text, Settings(declared=dt.date(2025, 5, 30)))
    said: list[str] = []
    accepted = review(
        candidates,
        dt.date(2025, 5, 30),
        scripted("a", "s", "e", "d", "by 2028", "e", "s", "int", "e", "x", "zz", "a", "q"),
        lambda c, n, t: None,
        said.append,
    )
    assert [(c.quote, c.due, c.strength) for c in accepted] == [
        ("The leaders agreed to hold a summit in 2027.", "2027", "pledge"),
        ("The ministers will meet next year.", "by 2028", "intent"),
    ]
    assert said == ["nothing edited: give t, s, d or p", "'zz': give a, s, e or q"]


def test_a_bad_edit_is_refused_with_a_reason_and_changes_nothing() -> None:
    [candidate] = extract(
        "The leaders agreed to meet in 2027.", Settings(declared=dt.date(2025, 5, 30))
    )
    with pytest.raises(UsageError, match="cannot read due expression"):
        edited(candidate, "due", "sometime soonish", dt.date(2025, 5, 30))
    # the forms it takes, said where it is refused ("12 May 2027" is the text's, not one)
    with pytest.raises(UsageError, match="write it as 2027-05-12, 2027-05, by 2027"):
        edited(candidate, "due", "12 May 2027", dt.date(2025, 5, 30))
    with pytest.raises(UsageError, match="unknown party code"):
        edited(candidate, "parties", "IT XX", None)
    with pytest.raises(UsageError, match="strength is one of"):
        edited(candidate, "strength", "maybe", None)
    assert edited(candidate, "parties", "it, kz", None).parties == ("IT", "KZ")
    assert edited(candidate, "due", "-", None).due is None


def on_a_pty(args: list[str], cwd: Path, answers: bytes = b"") -> str:
    """The tool on a pseudo-terminal that is also its standard input; ``answers`` typed."""
    env = {"TERM": "dumb", "COLUMNS": "100", "COMMITMENTS_PAGER": ""}
    return on_a_terminal(args, env, cwd=cwd, answers=answers)


def test_review_on_a_terminal_appends_the_accepted_in_one_write(
    ledger: Path, tmp_path: Path
) -> None:
    source = tmp_path / "decl.txt"
    source.write_text(
        "The leaders agreed to hold a summit in 2027. Italy proposed a forum on water.",
        encoding="utf-8",
    )
    before = ledger.read_text(encoding="utf-8")
    shown = on_a_pty(
        ["extract", str(source), "--declared", "2025-05-30", "--review"], ledger.parent, b"a\ns\n"
    )
    assert "1 of 2" in shown and "2 of 2" in shown
    assert "2 found: reviewing each" in shown
    assert "appended 1 commitment to commitments.toml: hold-summit" in shown
    after = ledger.read_text(encoding="utf-8")
    assert after.startswith(before)
    added = tomllib.loads(after)["commitment"][-1]
    assert (added["id"], added["due"], added["strength"]) == ("hold-summit", "2027", "pledge")
    assert "accepted in review" in added["notes"]


def test_review_without_a_terminal_says_what_to_do_instead(ledger: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "commitments", "extract", str(SOURCE), "--review"],
        capture_output=True, text=True, cwd=ledger.parent, stdin=subprocess.DEVNULL,
        start_new_session=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "--review asks on a terminal" in result.stderr


def test_golden_files_exist_for_each_format() -> None:
    assert {p.name for p in GOLDEN.glob("extract.*")} == {
        "extract.json",
        "extract.txt",
        "extract.toml",
    }


def test_parties_edited_in_review_are_written_even_under_a_summit(run: Run, ledger: Path) -> None:
    from commitments.extract.entries import Provenance, tables
    from commitments.ledger.read import read_ledger

    summit = read_ledger(ledger).summit_named("ca-it")
    [candidate] = extract(
        "The leaders proposed a regional climate fund.",
        Settings(declared=summit.date, parties=summit.parties),
    )
    chosen = edited(candidate, "parties", "UZ", summit.date)
    [table] = tables([chosen], ["fund"], Provenance(summit.date, summit), "accepted in review")
    made = tomllib.loads(table)["commitment"][0]
    assert made["parties"] == ["UZ"]
    assert made["notes"].endswith("accepted in review and edited.")
    [as_is] = tables([candidate], ["fund"], Provenance(summit.date, summit), "x")
    assert "parties" not in tomllib.loads(as_is)["commitment"][0]  # the summit's
    # a summit party the sentence names as acting is written without an edit
    [named] = extract(
        "Uzbekistan proposed a regional climate fund.",
        Settings(declared=summit.date, parties=summit.parties),
    )
    [table] = tables([named], ["fund"], Provenance(summit.date, summit), "x")
    assert tomllib.loads(table)["commitment"][0]["parties"] == ["UZ"]


def test_enter_alone_asks_again_rather_than_skipping() -> None:
    [candidate] = extract(
        "The leaders agreed to meet in 2027.", Settings(declared=dt.date(2025, 5, 30))
    )
    said: list[str] = []
    accepted = review([candidate], None, scripted("", "a"), lambda c, n, t: None, said.append)
    assert accepted == [candidate] and said == ["give a, s, e or q"]


def test_writing_needs_a_declared_day_and_changes_nothing_without_one(
    ledger: Path, tmp_path: Path
) -> None:
    before = ledger.read_bytes()
    result = cli(
        "extract", "-", "--apply", input="The ministers will meet next year.", cwd=ledger.parent
    )
    assert result.returncode == 2
    assert "--apply: give --declared DATE or --summit ID" in result.stderr
    assert ledger.read_bytes() == before


def test_apply_leaves_out_what_is_perhaps_the_same_promise_and_says_so(
    run: Run, ledger: Path
) -> None:
    text = "Italy will host the fourth Foreign Ministers' Conference in the spring of 2026."
    result = cli("extract", "-", "--summit", "ca-it", "--apply", input=text, cwd=ledger.parent)
    assert result.returncode == 0, result.stderr
    assert "left out, perhaps the same as foreign-ministers-conference-2026" in result.stdout
    shown = cli(
        "extract", "-", "--summit", "ca-it", "--format", "json", input=text, cwd=ledger.parent
    )
    assert json.loads(shown.stdout)[0]["similar"] == "foreign-ministers-conference-2026"


def test_a_repeated_sentence_is_appended_once_and_a_word_inside_another_is_not_held(
    ledger: Path, tmp_path: Path
) -> None:
    source = tmp_path / "dup.txt"
    source.write_text(
        "The ministers will meet in Rome in 2027. The ministers will meet in Rome in 2027. "
        "Italy will launch a training program.",
        encoding="utf-8",
    )
    result = cli("extract", str(source), "--declared", "2025-05-30", "--apply", cwd=ledger.parent)
    assert result.returncode == 0, result.stderr
    # once, and "program" is not held by junior-diplomats-training's "programmed" (at
    # most perhaps the same, which --apply leaves to a person)
    assert result.stdout.startswith("appended 1 commitment to commitments.toml: meet-rome\n")
    assert "tracked already" not in result.stdout


PAGE = (
    "Japan and Italy agree to hold round table on water resources by 2026\n\n"
    "ROME, 3 March 2025 - Japan and Italy agreed on Tuesday to hold a round table on water"
    " resources by 2026, officials said.\n\n"
    "The ministers agreed to strengthen cooperation in the field of renewable energy. The"
    " ministers agreed to strengthen cooperation in the field of nuclear energy.\n\n"
    "The Japanese side stated that it would consider the invitation in a serious and"
    " forward-looking manner. The Chinese side stated that it would consider the invitation"
    " in a serious and forward-looking manner.\n\n"
    "Japan and Italy agreed to hold a round table on water resources by 2027.\n"
)


def test_a_headline_said_again_in_the_body_is_one_promise_in_its_fullest_wording() -> None:
    from commitments.extract.entries import distinct

    found = extract(PAGE, Settings(declared=dt.date(2025, 3, 3)))
    kept = distinct(found)
    assert len(found) == 7
    quotes = [c.quote for c in kept]
    # the headline's promise, in the lead's fuller words, where the headline stood
    assert quotes[0].startswith("ROME, 3 March 2025 - Japan and Italy agreed on Tuesday")
    # other words, another party, another year: other promises
    assert [q[:40] for q in quotes[1:]] == [
        "The ministers agreed to strengthen coope",
        "The ministers agreed to strengthen coope",
        "The Japanese side stated that it would c",
        "The Chinese side stated that it would co",
        "Japan and Italy agreed to hold a round t",
    ]
    assert "nuclear" in quotes[2] and quotes[5].endswith("by 2027.")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # another strength, a denial, another figure, another word of the same first
        # letters, another body
        (
            "Kazakhstan proposed to hold a round table on water resources by 2026.",
            "We will hold a round table on water resources by 2026.",
        ),
        (
            "The leaders agreed to deploy peacekeepers to the border region by 2026.",
            "The leaders agreed not to deploy peacekeepers to the border region by 2026.",
        ),
        (
            "Japan will provide 100 million euros for water projects in Central Asia by 2027.",
            "Japan will provide 5 million euros for water projects in Central Asia by 2027.",
        ),
        (
            "The ministers will publish the national water strategy by 2026.",
            "The ministers will hold public consultations on the national water strategy by 2026.",
        ),
        (
            "The AU will provide funding for the regional water resources programme by 2026.",
            "The EU will provide funding for the regional water resources programme by 2026.",
        ),
    ],
)
def test_two_promises_that_share_their_words_are_not_said_again(one: str, other: str) -> None:
    from commitments.extract.entries import distinct

    found = extract(f"{one}\n\n{other}\n", Settings(declared=dt.date(2025, 3, 3)))
    assert len(found) == 2 and len(distinct(found)) == 2


def test_a_promise_said_again_with_other_framing_is_one() -> None:
    """A newcomer's page: one promise announced, then told as agreed; the shorter holds
    words the longer has not, but only its framing ("The two sides agreed")."""
    from commitments.extract.entries import distinct

    page = (
        "Kenya and Germany will open a green hydrogen centre in Mombasa in 2027, the two"
        " governments announced after talks in Nairobi.\n"
        "President Ruto and Chancellor Merz held talks on trade.\n"
        "The two sides agreed to open a green hydrogen centre in Mombasa in 2027.\n"
        "The two sides agreed to open a green hydrogen centre in Kisumu in 2027.\n"
    )
    found = extract(page, Settings(declared=dt.date(2026, 2, 3)))
    assert len(found) == 3
    kept = distinct(found)
    assert [c.quote[:30] for c in kept] == [
        "Kenya and Germany will open a ",
        "The two sides agreed to open a",
    ]
    assert "Kisumu" in kept[1].quote


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # an attacker's: one title, two promises (who, where, how much, open or closed)
        ("Eni will build a new solar power plant and battery storage facility near Mombasa"
         " by 2028.",
         "Enel will build a new solar power plant and battery storage facility near Mombasa"
         " by 2028."),
        ("A conference on Arctic research and shipping safety will be held in Oslo in 2027.",
         "A conference on Arctic research and shipping safety will be held in Bergen in"
         " 2027."),
        ("The Italian embassy and consulate general in Kabul will be kept open until 2027.",
         "The Italian embassy and consulate general in Kabul will be kept closed until"
         " 2027."),
        ("Italy will provide grants for Kenyan water and sanitation projects worth €5"
         " million by 2028.",
         "Italy will provide grants for Kenyan water and sanitation projects worth €5"
         " billion by 2028."),
        ("Italy will fund scholarships for Kenyan engineering students, two hundred a year,"
         " by 2028.",
         "Italy will fund scholarships for Kenyan engineering students, five hundred a year,"
         " by 2028."),
        # "Government House" is no government that speaks
        ("Prime Minister Wong will attend an official welcome ceremony at Parliament House"
         " in Canberra in 2027.",
         "Prime Minister Wong will attend an official welcome ceremony at Government House"
         " in 2027."),
    ],
)  # fmt: skip
def test_one_title_does_not_make_two_promises_one(one: str, other: str) -> None:
    from commitments.extract.entries import distinct

    found = extract(f"{one}\n\n{other}\n", Settings(declared=dt.date(2026, 6, 1)))
    assert len(found) == 2 and len(distinct(found)) == 2


def test_toml_counts_a_promise_said_again_apart_from_those_tracked(tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text(PAGE, encoding="utf-8")
    result = cli(
        "extract", str(source), "--declared", "2025-03-03", "--format", "toml", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "7 candidate commitments found" in result.stdout
    assert "6 not in the ledger yet (1 more said again on the page)." in result.stdout


def test_apply_appends_a_promise_said_again_once_and_says_so(tmp_path: Path) -> None:
    ledger = tmp_path / "commitments.toml"
    ledger.write_text("", encoding="utf-8")
    source = tmp_path / "page.txt"
    source.write_text(PAGE, encoding="utf-8")
    args = ("extract", str(source), "--declared", "2025-03-03", "--apply")
    first = cli(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("appended 6 commitments to commitments.toml: ")
    assert "note: 1 candidate said again on the page" in first.stderr
    written = tomllib.loads(ledger.read_text(encoding="utf-8"))["commitment"]
    assert written[0]["quote"].startswith("ROME, 3 March 2025")
    second = cli(*args, cwd=tmp_path)
    assert second.stdout.startswith("nothing appended to commitments.toml")
    assert "said again" not in second.stderr  # nothing is written: nothing to say


def test_two_words_in_common_are_chance_not_perhaps_the_same_promise(tmp_path: Path) -> None:
    (tmp_path / "commitments.toml").write_text(
        textwrap.dedent(
            """\
            [[commitment]]
            id = "put-first-section-out-tender"
            title = "Put the first section out to tender"
            due = "by summer 2026"
            declared = 2026-03-14
            quote = "we will put the first section out to tender before the summer"
            """
        ),
        encoding="utf-8",
    )
    text = "My government will put its first contribution on the table next month."
    result = cli("extract", "-", "--declared", "2026-09-05", "--apply", input=text, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("appended 1 commitment to commitments.toml: ")
    assert "perhaps the same" not in result.stdout


def test_nan_is_not_a_number_the_options_take(ledger: Path) -> None:
    for option in ("--min-confidence", "--timeout"):
        result = cli("extract", str(SOURCE), option, "nan", cwd=ledger.parent)
        assert result.returncode == 2 and "NaN" in result.stderr


def test_ids_for_two_thousand_equal_titles_are_made_in_linear_time() -> None:
    import time as clock

    from commitments.extract.entries import new_ids

    [candidate] = extract(
        "The leaders agreed to meet in 2027.", Settings(declared=dt.date(2025, 5, 30))
    )
    began = clock.monotonic()
    ids = new_ids([candidate] * 2000, [])
    assert clock.monotonic() - began < 1
    assert len(set(ids)) == 2000 and ids[1] == f"{ids[0]}-2"


def test_a_text_that_is_not_english_is_said_to_be_so(run: Run, tmp_path: Path) -> None:
    french = tmp_path / "kinshasa.txt"
    french.write_text(
        "Nous, chefs d’État et de gouvernement des pays ayant le français en partage, réunis"
        " à Kinshasa, affirmons l’impérieuse nécessité de veiller à ce que la mondialisation"
        " soit au bénéfice de tous et de promouvoir une gouvernance environnementale au"
        " service de la qualité de la vie. Il est impérieux de mettre en oeuvre une"
        " solidarité renforcée et une stratégie d’action concertée au sein de la Francophonie.",
        encoding="utf-8",
    )
    result = run("extract", str(french), "--declared", "2012-10-14", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "does not read as English" in result.stderr
    english = run("extract", str(SOURCE), "--declared", "2025-05-30", "--format", "json")
    assert "does not read as English" not in english.stderr


def test_a_declared_day_after_today_is_questioned(run: Run) -> None:
    """A typo's year ("2062" for "2026") makes every date before it read as past."""
    late = run("--today", "2026-12-07", "extract", str(SOURCE), "--declared", "2062-05-30")
    assert late.exit_code == 0, late.output
    assert "declared 2062-05-30 is after today (2026-12-07)" in late.stderr
    due = run("--today", "2026-12-07", "extract", str(SOURCE), "--declared", "2026-12-07")
    assert "after today" not in due.stderr


def test_appending_what_was_declared_after_today_is_refused_as_add_refuses_it(
    run: Run, ledger: Path
) -> None:
    """A mistyped year wrote entries no report shows until 2062 (a newcomer's)."""
    before = ledger.read_bytes()
    args = ("extract", str(SOURCE), "--declared", "2062-05-30", "--apply")
    refused = run("--today", "2026-12-07", "-f", str(ledger), *args)
    assert refused.exit_code == 2
    assert "--declared: 2062-05-30 is in the future" in refused.stderr
    assert "--allow-future" in refused.stderr
    assert ledger.read_bytes() == before
    allowed = run("--today", "2026-12-07", "-f", str(ledger), *args, "--allow-future")
    assert allowed.exit_code == 0, allowed.output
    assert ledger.read_bytes() != before


def test_a_date_gone_by_is_said_in_the_table_and_the_note_not_dropped(
    run: Run, tmp_path: Path
) -> None:
    """A newcomer's "build a museum by 2024", declared in 2026: no due, and no word why."""
    page = tmp_path / "page.txt"
    page.write_text(
        "The leaders agreed to build a museum by 2024.\n"
        "The leaders agreed to build a library by 2028.\n"
        "As agreed in 2019, Italy will build a theatre in Rome.\n",
        encoding="utf-8",
    )
    table = run("extract", str(page), "--declared", "2026-03-12", "--format", "table")
    assert table.exit_code == 0, table.output
    assert "no due: “by 2024” is past" in table.stdout
    assert table.stdout.count("is past") == 1
    toml = run("extract", str(page), "--declared", "2026-03-12", "--format", "toml")
    # (a date that tells when, "As agreed in 2019", was never a deadline: no note)
    [museum, library, theatre] = tomllib.loads(toml.stdout)["commitment"]
    assert "is not after" not in theatre["notes"]
    assert (
        "Its date “by 2024” is not after the day it was declared (2026-03-12)" in (museum["notes"])
    )
    assert "due" not in museum and library["due"] == "by 2028"
    assert "is not after" not in library["notes"]


def test_a_deadline_that_needs_a_declared_day_is_kept_in_the_table_s_note(
    run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "statement.txt"
    source.write_text("The ministers agreed to meet again next year.", encoding="utf-8")
    result = run("extract", str(source), "--format", "toml")
    [made] = tomllib.loads(result.stdout)["commitment"]
    assert "due" not in made
    assert "“next year” needs a declared day" in made["notes"]


def test_a_due_typed_in_review_is_not_shown_as_a_list_s_and_parties_cleared_are_told() -> None:
    from commitments.formats.candidates_table import heading

    [candidate] = extract(
        "The leaders agreed to meet in 2027.", Settings(declared=dt.date(2025, 5, 30))
    )
    typed = edited(candidate, "due", "2027-Q3", dt.date(2025, 5, 30))
    assert "due 2027-Q3" in heading(typed).plain
    assert "the list's" not in heading(typed).plain
    said: list[str] = []
    accepted = review(
        [candidate],
        dt.date(2025, 5, 30),
        scripted("e", "p", "-", "a"),
        lambda c, n, t: None,
        said.append,
    )
    assert accepted[0].parties == ()
    assert said == ["parties: none (with --summit, the summit's parties)"]


def test_a_declared_day_not_in_the_calendar_is_refused_as_such(run: Run, ledger: Path) -> None:
    result = run("extract", str(SOURCE), "--declared", "2026-02-30", "--format", "json")
    assert result.exit_code == 2
    assert '"2026-02-30" is not a day of the calendar' in result.stderr


def test_a_short_quote_in_the_ledger_does_not_hold_a_longer_promise(
    run: Run, ledger: Path, tmp_path: Path
) -> None:
    """Found by the attacker of 7 December (twenty-second session): a ledger quote of four
    words, held inside a longer candidate, made --apply skip it as tracked already."""
    short, longer = tmp_path / "short.txt", tmp_path / "longer.txt"
    short.write_text("Spain opted to host.\n", encoding="utf-8")
    longer.write_text(
        "Spain opted to host a summit on energy in Madrid on November 14-17 next year.\n",
        encoding="utf-8",
    )
    first = run("extract", str(short), "--declared", "2025-05-30", "--apply")
    assert first.stdout.startswith("appended 1 commitment"), first.output
    second = run("extract", str(longer), "--declared", "2025-05-30", "--apply")
    assert second.stdout.startswith("appended 1 commitment"), second.output
    data = tomllib.loads(ledger.read_text(encoding="utf-8"))
    assert data["commitment"][-1]["due"] == "2026-11-14/2026-11-17"
    assert run("check").exit_code == 0


def test_memory_running_out_is_one_error_line_and_changes_nothing(
    run: Run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (an attacker's 16 MB ledger of long quotes under a 1.5 GB limit ended in a
    # traceback)
    def out_of_memory(*_: object, **__: object) -> list[object]:
        raise MemoryError

    monkeypatch.setattr("commitments.extract.pipeline.tracked", out_of_memory)
    before = ledger.read_bytes()
    result = run("extract", str(SOURCE), "--summit", "ca-it", "--apply", "-f", str(ledger))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "commitments: error: not enough memory for this ledger and this text; nothing was changed"
    )
    assert "Traceback" not in result.output + result.stderr
    assert ledger.read_bytes() == before


def test_an_unknown_summit_says_how_to_add_one(run: Run, ledger: Path) -> None:
    # (a newcomer's: the error listed the summits but not how to make one)
    result = run("extract", str(SOURCE), "--summit", "nosuch", "-f", str(ledger))
    assert result.exit_code == 2
    assert result.stderr.rstrip().endswith("add one with `commitments add-summit`)")
