"""Validation: every rule of the ledger format (README, "The ledger" and "check"), each message with its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from commitments.errors import LedgerError
from commitments.ledger.check import check
from commitments.ledger.parse import full_read
from commitments.ledger.read import read_ledger
from support import Write


def problems(path: Path, strict: bool = False) -> list[str]:
    return [str(p) for p in check(path, strict=strict).problems]


GOOD = """
    version = 1

    [[commitment]]
    id = "water-roundtable-2026"
    title = "Round table on water resources"
    due = "by 2026"
    declared = 2025-05-30
    parties = ["IT", "KZ"]
    host = "IT"
    tags = ["water"]
    source = "Joint Declaration"
    quote = "a round table on water resources … is planned by 2026"

    [[commitment]]
    id = "summit-2027"
    title = "Next summit"
    due = 2027-06-30
    follows = "water-roundtable-2026"
    parties = ["EU"]

    [[update]]
    commitment = "water-roundtable-2026"
    on = 2026-03-01
    status = "in-progress"
    note = "Venue named"
    recorded = 2026-03-02T08:00:00Z
"""


def test_a_good_ledger_has_no_problems(write_ledger: Write) -> None:
    path = write_ledger(GOOD)
    assert problems(path) == []
    ledger = read_ledger(path)
    assert [c.id for c in ledger.commitments] == ["water-roundtable-2026", "summit-2027"]
    assert ledger.updates[0].status == "in-progress"
    assert ledger.commitments[1].due == "2027-06-30"


def test_the_shipped_ledger_is_valid() -> None:
    from support import SHIPPED

    report = check(SHIPPED, strict=True)
    assert report.ok, [str(p) for p in report.problems]
    assert report.commitments >= 8


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'status = "dun"',
            '4:1: error: commitment "a": unknown status "dun"; did you mean "done"?',
        ),
        ('status = "in progress"', 'did you mean "in-progress"?'),
        ('due = "sprign 2026"', 'did you mean "spring 2026"?'),
        ('parties = ["UK"]', 'unknown party code "UK"; did you mean "GB"?'),
        ('parties = ["Italy"]', 'unknown party code "Italy"; did you mean "IT"?'),
        ('parties = ["it"]', 'unknown party code "it"; did you mean "IT"?'),
        ('colour = "red"', 'unknown key "colour"'),
        ('titel = "x"', 'unknown key "titel"; did you mean "title"?'),
        ('declared = "2025-05-30"', "write it without quotes: declared = 2025-05-30"),
        (
            "declared = 2025-05-30T10:00:00",
            "declared must be a date like 2026-05-30, not a date-time",
        ),
        ('parties = "IT"', "parties must be an array of strings"),
        ("parties = [1]", "parties must hold only strings, not an integer"),
        ('tags = [""]', "tags must not be empty strings"),
        ('hemisphere = "west"', 'unknown hemisphere "west"'),
        ('url = "www.example.org"', "is not an http(s) address"),
        ('follows = "nothing"', 'follows unknown commitment "nothing"'),
        ('follows = "a"', "cannot follow itself"),
        ('due = "next year"', "needs the commitment's declared date"),
        ("due = 2026", "due must be a due expression or a date, not an integer"),
        ("due = true", "due must be a due expression or a date, not a boolean"),
        ('host = "ZZ"', 'unknown party code "ZZ"'),
    ],
)
def test_commitment_rules(write_ledger: Write, body: str, expected: str) -> None:
    path = write_ledger(f'[[commitment]]\nid = "a"\ntitle = "A"\n{body}\n')
    found = problems(path)
    assert any(expected in line for line in found), found
    assert all(line.startswith("commitments.toml:") for line in found)
    assert any(line.startswith("commitments.toml:4:") for line in found), found


def test_a_due_error_points_at_the_value_on_readable_lines(write_ledger: Write) -> None:
    path = write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\ndue  =  "sprign 2026"\n')
    (problem,) = problems(path)
    first, source, caret, forms = problem.splitlines()
    assert first == (
        'commitments.toml:4:9: error: commitment "a": cannot read due expression "sprign 2026";'
        ' did you mean "spring 2026"?'
    )
    assert (source, caret) == (' 4 | due  =  "sprign 2026"', "   |         ^")
    assert forms.startswith("  = expected one of: 2026-06-30, 2026-06, June 2026")


@pytest.mark.parametrize(
    ("text", "said", "excerpt"),
    [
        (
            '[[commitment]]\nid = "a"\ntitle = "unterminated\n',
            '3:22: error: invalid TOML: unterminated string: its closing " is missing on this line',
            (' 3 | title = "unterminated', "   |                      ^"),
        ),
        (
            '[[commitment]]\nid = "a"\nparties = ["IT", "KZ"\ntitle = "x"\n',
            "4:1: error: invalid TOML: expected , or ] in the array: a comma or the closing bracket",
            (' 4 | title = "x"', "   | ^"),
        ),
        (
            '[[commitment]]\nid = "a"\nid = "b"\n',
            "3:9: error: invalid TOML: a key may appear only once in a table",
            (' 3 | id = "b"', "   |         ^"),
        ),
        (
            '[[commitment]]\nid = "a"\ntitle = \n',
            "3:9: error: invalid TOML: a value is missing or not valid here",
            (" 3 | title = ", "   |         ^"),
        ),
    ],
)
def test_toml_errors_in_plain_words_with_the_line(
    write_ledger: Write, text: str, said: str, excerpt: tuple[str, str]
) -> None:
    path = write_ledger(text)
    (problem,) = problems(path)
    first, *shown = problem.splitlines()
    assert first.startswith(f"commitments.toml:{said}")
    assert tuple(shown) == excerpt


def test_a_long_line_is_shown_around_the_column(write_ledger: Write) -> None:
    path = write_ledger('[[commitment]]\nid = "a"\ntitle = "' + "x" * 5000 + "\n")
    (problem,) = problems(path)
    _, source, caret = problem.splitlines()
    assert len(source) < 120 and source.startswith(" 3 | …") and caret.endswith("^")
    assert len(caret) == len(source) + 1  # just past the last character shown


def test_required_keys(write_ledger: Write) -> None:
    path = write_ledger('[[commitment]]\ndue = "2026"\n')
    found = problems(path)
    assert (
        'commitments.toml:1:1: error: commitment #1: missing required key "id" (a string)' in found
    )
    assert any('missing required key "title"' in line for line in found)


@pytest.mark.parametrize(
    ("ident", "ok"),
    [
        ("a", True),
        ("water-roundtable-2026", True),
        ("A", False),
        ("a--b", False),
        ("-a", False),
        ("a_b", False),
        ("a b", False),
        ("", False),
    ],
)
def test_id_pattern(write_ledger: Write, ident: str, ok: bool) -> None:
    path = write_ledger(f'[[commitment]]\nid = "{ident}"\ntitle = "A"\n')
    assert (problems(path) == []) is ok


def test_duplicate_ids_name_the_first(write_ledger: Write) -> None:
    path = write_ledger(
        """
        [[commitment]]
        id = "a"
        title = "A"

        [[commitment]]
        id = "a"
        title = "again"
        """
    )
    assert problems(path) == [
        'commitments.toml:6:1: error: commitment "a": duplicate id (first defined at line 1)'
    ]


def test_update_rules(write_ledger: Write) -> None:
    path = write_ledger(
        """
        [[commitment]]
        id = "alpha"
        title = "A"
        declared = 2025-05-30

        [[update]]
        commitment = "alpah"
        on = 2026-01-01
        note = "x"

        [[update]]
        commitment = "alpha"
        on = "2026-01-01"
        status = "donee"
        due = "whenever"
        recorded = 2026-01-01

        [[update]]
        commitment = "alpha"
        on = 2025-01-01

        [[update]]
        on = 2026-01-01
        who = "me"
        """
    )
    found = problems(path)
    assert found == [
        'commitments.toml:7:1: error: update for "alpah": names unknown commitment "alpah"; did you mean "alpha"?',
        'commitments.toml:13:1: error: update for "alpha": on must be a date like 2026-05-30, not a string; write it without quotes: on = 2026-01-01',
        'commitments.toml:14:1: error: update for "alpha": unknown status "donee"; did you mean "done"? (expected one of planned, in-progress, stalled, done, partial, missed, cancelled)',
        found[3],
        'commitments.toml:16:1: error: update for "alpha": recorded must be a date-time like 2026-11-22T08:10:00Z, not a date',
        'commitments.toml:18:1: warning: update for "alpha": records nothing (no status, due, note, source or url)',
        'commitments.toml:20:1: warning: update for "alpha": is dated 2025-01-01, before the commitment was declared (2025-05-30)',
        'commitments.toml:22:1: error: update #4: missing required key "commitment" (a string)',
        'commitments.toml:24:1: error: update #4: unknown key "who" (expected one of commitment, on, status, party, due, note, source, url, by, recorded)',
    ]
    assert found[3].startswith(
        'commitments.toml:15:7: error: update for "alpha": cannot read due expression "whenever"'
    )


def test_warnings(write_ledger: Write) -> None:
    path = write_ledger(
        """
        [[commitment]]
        id = "a"
        title = "A"
        parties = ["IT", "IT", "KZ"]
        host = "UZ"

        [[update]]
        commitment = "a"
        on = 2026-01-01
        status = "done"
        """
    )
    report = check(path)
    assert report.ok and report.warnings == 3
    assert [str(p) for p in report.problems] == [
        'commitments.toml:1:1: warning: commitment "a": is done but cites no source (record one with update --source)',
        'commitments.toml:4:1: warning: commitment "a": party "IT" is listed more than once',
        'commitments.toml:5:1: warning: commitment "a": host "UZ" is not among the parties',
    ]
    strict = check(path, strict=True)
    assert not strict.ok and strict.errors == 3


def test_a_summits_party_listed_twice_is_said_once_on_the_summit(write_ledger: Write) -> None:
    path = write_ledger(
        """
        version = 1

        [[summit]]
        id = "s"
        name = "S"
        date = 2025-01-01
        parties = ["IT", "KZ", "IT"]

        [[commitment]]
        id = "a"
        title = "A"
        summit = "s"

        [[commitment]]
        id = "b"
        title = "B"
        summit = "s"
        parties = ["KZ", "KZ"]
        """
    )
    assert [str(p) for p in check(path).problems] == [
        'commitments.toml:7:1: warning: summit "s": party "IT" is listed more than once',
        'commitments.toml:18:1: warning: commitment "b": party "KZ" is listed more than once',
    ]


def test_source_on_an_update_satisfies_the_warning(write_ledger: Write) -> None:
    path = write_ledger(
        """
        [[commitment]]
        id = "a"
        title = "A"

        [[update]]
        commitment = "a"
        on = 2026-01-01
        status = "done"
        source = "Official communiqué"
        """
    )
    assert problems(path) == []


def test_follows_cycle(write_ledger: Write) -> None:
    path = write_ledger(
        """
        [[commitment]]
        id = "a"
        title = "A"
        follows = "b"

        [[commitment]]
        id = "b"
        title = "B"
        follows = "a"
        """
    )
    found = problems(path)
    assert len(found) == 2 and all("cycle" in line for line in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version = 2\n", "commitments.toml:1:1: error: ledger: unsupported ledger version 2"),
        ('version = "1"\n', "version must be an integer, not a string"),
        ("colour = 1\n", 'unknown top-level key "colour"'),
        (
            "[commitment]\nid = 'a'\n",
            "commitment must be written as [[commitment]] tables, not a table",
        ),
        ("[meta]\nx = 1\n", 'commitments.toml:1:1: error: unknown top-level key "meta"'),
        (
            "commitment = 3\n",
            "commitments.toml:1:1: error: commitment must be written as [[commitment]]",
        ),
    ],
)
def test_top_level(write_ledger: Write, text: str, expected: str) -> None:
    found = problems(write_ledger(text))
    assert any(expected in line for line in found), found


def test_empty_ledger_is_valid(write_ledger: Write) -> None:
    assert problems(write_ledger("")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a = [1,\n", "commitments.toml:1:1: error: invalid TOML:"),
        ('[[commitment]]\nid = "a"\ntitle = "A\n', "commitments.toml:3:11: error: invalid TOML:"),
        ("x = 1\nx = 2\n", "commitments.toml:2:"),
    ],
)
def test_syntax_errors_have_line_and_column(write_ledger: Write, text: str, expected: str) -> None:
    found = problems(write_ledger(text))
    assert len(found) == 1 and found[0].startswith(expected), found


def test_conflict_markers_are_named(write_ledger: Write) -> None:
    path = write_ledger(
        """
        [[commitment]]
        id = "a"
        <<<<<<< ours
        title = "A"
        =======
        title = "B"
        >>>>>>> theirs
        """
    )
    found = problems(path)
    assert [line.split(": error")[0] for line in found] == [
        "commitments.toml:3:1",
        "commitments.toml:5:1",
        "commitments.toml:7:1",
    ]
    assert all("unresolved merge conflict" in line for line in found)


def test_key_positions_skip_strings_and_arrays(write_ledger: Write) -> None:
    path = write_ledger(
        '''
        [[commitment]]
        id = "a"
        title = """
        [[commitment]]
        status = "x"
        """
        parties = [
          "IT",
          "XX",
        ]
        status = "dun"
        '''
    )
    found = problems(path)
    assert [line.split(": error")[0] for line in found] == [
        "commitments.toml:7:1",
        "commitments.toml:11:1",
    ]


def test_unusable_ledger_raises_with_every_error(write_ledger: Write) -> None:
    path = write_ledger('[[commitment]]\nid = "A"\ntitle = 3\n')
    with pytest.raises(LedgerError) as info:
        read_ledger(path)
    assert len(info.value.lines) == 2


def test_invalid_entries_do_not_reach_the_model(write_ledger: Write) -> None:
    path = write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\nstatus = "x"\n')
    loaded = full_read(path.read_bytes(), path, "commitments.toml")
    assert loaded.ledger.commitments == []


def test_a_long_list_in_a_message_is_cut(write_ledger: Write) -> None:
    codes = ", ".join(
        ['"KZ"'] * 5000
        + ['"TJ"', '"UZ"']
        + [
            f'"{c}"'
            for c in ("AM", "AZ", "BY", "GE", "MD", "RU", "UA", "MN", "CN", "IR", "AF", "PK")
        ]
    )
    path = write_ledger(
        f"""
        [[commitment]]
        id = "a"
        title = "A"
        parties = [{codes}]
        responsible = ["IT"]
        """
    )
    (problem,) = [p for p in check(path).problems if p.severity == "error"]
    assert problem.message.endswith(
        "(KZ, TJ, UZ, AM, AZ, BY, GE, MD, RU, UA, MN, CN, … (15 in all))"
    ), problem.message


def test_a_synonym_written_as_a_status_is_offered_as_what_it_means(write_ledger: Write) -> None:
    """The command line reads "finished" as done; the ledger wants the status itself, and
    the suggestion must keep its meaning (by spelling alone it was "missed")."""
    path = write_ledger(
        """
        [[commitment]]
        id = "a"
        title = "A"
        status = "finished"

        [[commitment]]
        id = "b"
        title = "B"
        status = "unfinished"
        """
    )
    messages = [p.message for p in check(path).problems]
    assert messages[0].startswith('commitment "a": unknown status "finished"; did you mean "done"?')
    assert messages[1].startswith('commitment "b": unknown status "unfinished" (expected')


def test_an_update_naming_a_start_of_an_id_is_offered_the_whole_id(write_ledger: Write) -> None:
    """The command line takes "water" for water-roundtable-2026; the ledger wants the id
    in full, and says which."""
    path = write_ledger(
        """
        [[commitment]]
        id = "water-roundtable-2026"
        title = "W"

        [[update]]
        commitment = "water"
        on = 2026-01-01
        note = "x"
        """
    )
    (problem,) = check(path).problems
    assert problem.message.endswith(
        'names unknown commitment "water"; did you mean "water-roundtable-2026"?'
    )


def test_a_commitment_of_an_invalid_summit_is_told_once_on_the_summit(write_ledger: Write) -> None:
    path = write_ledger(
        """
        version = 1

        [[summit]]
        id = "s"
        name = "S"
        date = "soon"

        [[commitment]]
        id = "a"
        title = "A"
        summit = "s"
        """
    )
    # (the commitment naming it is no second error: the summit's own says what is wrong)
    assert problems(path) == [
        'commitments.toml:6:1: error: summit "s": date must be a date like 2026-05-30, not a string'
    ]
