"""Hostile and malformed input never breaks the tool or the terminal."""

from __future__ import annotations

import json
import re
import string
import sys
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commitments.model import COMMITMENT_KEYS, UPDATE_KEYS
from support import REPO, TODAY, Run, Write

pytestmark = pytest.mark.slow  # `pytest -m "not slow"`: the quick run

CORPUS = REPO.parent / "shared" / "toml-test" / "invalid"
CORPUS_FILES = sorted(CORPUS.rglob("*.toml")) if CORPUS.is_dir() else []
LOCATED = re.compile(r"^.+:\d+:\d+: error: .+$")
CONTRACT_CODES = {0, 1, 2, 3, 4}


def assert_clean(result) -> None:  # type: ignore[no-untyped-def]
    """No traceback, no stray exception, an exit code from the README's table."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in CONTRACT_CODES
    assert "Traceback" not in result.stdout + result.stderr


# --- the toml-test invalid corpus ----------------------------------------------------------------


@pytest.mark.skipif(not CORPUS_FILES, reason="../shared/toml-test is not beside this clone")
@pytest.mark.parametrize("document", CORPUS_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_invalid_toml_document_is_refused(run: Run, document: Path) -> None:
    for command in (["check"], ["list"]):
        result = run("-f", str(document), *command)
        assert_clean(result)
        assert result.exit_code == 1
        lines = result.stderr.splitlines()
        problem_lines = lines[:-1] if command == ["check"] else lines
        # one problem: its located line, then the source line and a caret under it
        assert len(problem_lines) in (1, 3), lines
        assert LOCATED.match(problem_lines[0]), problem_lines[0]
        assert all(line.startswith(" ") and " | " in line + " " for line in problem_lines[1:])
        assert problem_lines[0].startswith(
            str(document.relative_to(Path.cwd()))
            if document.is_relative_to(Path.cwd())
            else str(document)
        )


def test_corpus_is_complete_when_present() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/toml-test is not beside this clone")
    assert len(CORPUS_FILES) == 499


# --- encodings and odd files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            '[[commitment]]\nid = "a"\ntitle = "café"\n'.encode("utf-16"),
            "commitments.toml:1:1: error: the file is UTF-16",
        ),
        (
            '[[commitment]]\nid = "a"\ntitle = "café"\n'.encode("utf-16-be"),
            "commitments.toml:1:1: error: the file is UTF-16",
        ),
        (
            '[[commitment]]\nid = "a"\ntitle = "café"\n'.encode("latin-1"),
            "commitments.toml:3:13: error: byte 0xe9 is not UTF-8",
        ),
        (
            b'[[commitment]]\nid = "a"\x00\ntitle = "A"\n',
            "commitments.toml:2:9: error: invalid TOML",
        ),
        (
            b"a = " + b"[" * 50000 + b"]" * 50000,
            "commitments.toml:1:1: error: invalid TOML: values are nested too deeply",
        ),
        (b"a = " + b"{b=" * 3000 + b"1" + b"}" * 3000, "commitments.toml:1:1: error: invalid TOML"),
        (
            b"<<<<<<< HEAD\n[[commitment]]\n=======\n>>>>>>> other\n",
            "commitments.toml:1:1: error: unresolved merge conflict",
        ),
    ],
)
def test_unreadable_files(run: Run, tmp_path: Path, data: bytes, expected: str) -> None:
    (tmp_path / "work" / "commitments.toml").write_bytes(data)
    for command in (["check"], ["list"], ["due"], ["show", "a"], ["update", "a", "--note", "x"]):
        result = run(*command)
        assert_clean(result)
        assert result.exit_code == 1
        assert result.stderr.startswith(expected), result.stderr
    assert (tmp_path / "work" / "commitments.toml").read_bytes() == data


def test_utf8_bom_is_accepted(run: Run, tmp_path: Path) -> None:
    (tmp_path / "work" / "commitments.toml").write_bytes(
        b'\xef\xbb\xbf[[commitment]]\nid = "a"\ntitle = "A"\n'
    )
    assert run("check").exit_code == 0
    assert run("update", "a", "--note", "x").exit_code == 0
    assert (
        (tmp_path / "work" / "commitments.toml")
        .read_bytes()
        .startswith(b"\xef\xbb\xbf[[commitment]]")
    )


def test_empty_file(run: Run, write_ledger: Write) -> None:
    write_ledger("")
    assert run("check").exit_code == 0
    assert run("list").stdout == "No commitments match.\n"
    assert run("due").stdout == ""


def test_directory_where_the_file_should_be(run: Run, tmp_path: Path) -> None:
    (tmp_path / "work" / "commitments.toml").mkdir()
    # Named explicitly or found, a folder of that name is an error, never skipped for a
    # parent folder's ledger (which `update` would then write).
    result = run("-f", "commitments.toml", "list")
    assert result.exit_code == 1 and "is a directory" in result.stderr
    result = run("list")
    assert (
        result.exit_code == 1 and "commitments.toml: is a directory, not a ledger" in result.stderr
    )


def test_several_megabytes_in_one_value(run: Run, write_ledger: Write) -> None:
    big = "x" * 4_000_000
    write_ledger(f'[[commitment]]\nid = "a"\ntitle = "{big}"\ndue = "2026-12"\n')
    result = run("list", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["title"] == big
    result = run("due", "--today", TODAY, "--format", "plain")
    assert result.exit_code == 0 and big in result.stdout


def test_hostile_key_names_are_shown_visibly(run: Run, write_ledger: Write) -> None:
    write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\n"\\u001b]8;;http://x\\u0007[bold]" = 1\n')
    result = run("check")
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert 'unknown key "\\x1b]8;;http://x\\x07[bold]"' in result.stderr


def test_hostile_command_line_values_are_shown_visibly(run: Run, write_ledger: Write) -> None:
    write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\n')
    for args in (
        ["show", "\x1b[2J"],
        ["list", "--format", "\x1b[31m"],
        ["list", "--party", "\u202eTI"],
        ["--today", "\x9b31m", "list"],
    ):
        result = run(*args)
        assert result.exit_code == 2
        for raw in ("\x1b", "\u202e", "\x9b"):
            assert raw not in result.stderr


# --- schema messages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('titel = "x"', 'unknown key "titel"; did you mean "title"?'),
        ('staus = "done"', 'unknown key "staus"; did you mean "status"?'),
        ('status = "canceled"', 'unknown status "canceled"; did you mean "cancelled"?'),
        ('parties = ["Kazakhstan"]', 'unknown party code "Kazakhstan"; did you mean "KZ"?'),
        ('parties = ["EL"]', 'unknown party code "EL"; did you mean "GR"?'),
        ('due = "autum 2026"', 'did you mean "autumn 2026"?'),
        ('due = "Spirng 2026"', 'did you mean "spring 2026"?'),
        ('due = "by end of 2026 or so"', "expected one of"),
    ],
)
def test_schema_messages_suggest(write_ledger: Write, run: Run, body: str, expected: str) -> None:
    write_ledger(f'[[commitment]]\nid = "a"\ntitle = "A"\n{body}\n')
    result = run("check")
    assert result.exit_code == 1 and expected in result.stderr
    # at the key, or at a due expression's value
    assert result.stderr.startswith(
        ("commitments.toml:4:1: error: ", "commitments.toml:4:7: error: ")
    )


# --- ledger text is never interpreted, in any command or format --------------------------------------------

NASTY = {
    "markup": "[bold red]Loud[/] [link=https://evil.example]click[/link]",
    "emoji": ":warning: :thumbs_up:",
    "ansi": "\x1b[31mred\x1b[0m\x1b[2J",
    "osc": "\x1b]8;;https://evil.example\x07link\x1b]8;;\x07",
    "c1": "\x9b31m",
    "cr": "visible\roverwritten",
    "bidi": "\u202eevil\u202c \u2066x\u2069",
    "backspace": "ab\x08\x08cd",
}
RAW_FORBIDDEN = ["\x1b", "\x07", "\x9b", "\r", "\u202e", "\u2066", "\x08"]
VIEWS = [
    ["list"],
    ["list", "--format", "json"],
    ["list", "--format", "csv"],
    ["list", "--format", "markdown"],
    ["show", "a"],
    ["show", "a", "--format", "json"],
    ["due"],
    ["due", "--format", "plain"],
    ["due", "--format", "markdown"],
    ["due", "--format", "json"],
]


def _hostile_ledger(text: str) -> str:
    value = json.dumps(text)  # a JSON string literal is a valid TOML basic string here
    return (
        f'[[commitment]]\nid = "a"\ntitle = {value}\ndue = "2026-12"\nsource = {value}\n'
        f"quote = {value}\nnotes = {value}\ntags = [{value}]\n\n"
        f'[[update]]\ncommitment = "a"\non = 2026-11-01\nnote = {value}\nsource = {value}\nby = {value}\n'
    )


@pytest.mark.parametrize("kind", list(NASTY))
@pytest.mark.parametrize("view", VIEWS, ids=" ".join)
def test_text_is_data_everywhere(run: Run, write_ledger: Write, kind: str, view: list[str]) -> None:
    write_ledger(_hostile_ledger(NASTY[kind]))
    result = run(*view, "--today", TODAY)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for raw in RAW_FORBIDDEN:
        assert raw not in out, (kind, view, raw)
    if "json" in view:
        data = json.loads(out)
        first = data[0] if isinstance(data, list) else data
        assert first["title"] == NASTY[kind]  # JSON escaping keeps the exact text
    if kind == "markup" and view in (
        ["list"],
        ["show", "a"],
        ["due"],
        ["due", "--format", "plain"],
    ):
        assert "[bold red]Loud[/]" in out
    if kind == "emoji":
        assert "⚠" not in out and "👍" not in out


def test_check_messages_never_carry_raw_controls(run: Run, write_ledger: Write) -> None:
    write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\nstatus = "\\u001b[31mdone\\u202e"\n')
    result = run("check")
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert 'unknown status "\\x1b[31mdone\\u202e"' in result.stderr


# --- command-line values are stored exactly -----------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        'say "hi"',
        "two\nlines",
        "back\\slash",
        'triple """ quotes',
        "''' literal",
        "tab\there",
        "\x1b[31m",
        "right\u202eto left",  # alone, an invisible character is an empty value
        "#not a comment",
        "[[update]]",
        "trailing \\",
        "crlf\r\nline",
        "ünïcødé 🌍",
    ],
)
def test_command_line_values_round_trip(run: Run, write_ledger: Write, value: str) -> None:
    import tomllib

    path = write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\n')
    result = run("update", "a", "--note", value, "--source", value, "--by", value)
    assert result.exit_code == 0, result.stderr
    update = tomllib.loads(path.read_text(encoding="utf-8"))["update"][0]
    assert (update["note"], update["source"], update["by"]) == (value, value, value)
    shown = json.loads(run("show", "a", "--format", "json").stdout)
    assert shown["updates"][0]["note"] == value
    result = run("add", "--title", value, "--quote", value)
    assert result.exit_code == 0, result.stderr
    assert tomllib.loads(path.read_text(encoding="utf-8"))["commitment"][-1]["title"] == value
    assert run("check", "--strict").exit_code == 0


@pytest.mark.skipif(sys.platform == "win32", reason="surrogate-escaped arguments are POSIX")
def test_undecodable_argument_is_refused(run: Run, write_ledger: Write) -> None:
    path = write_ledger('[[commitment]]\nid = "a"\ntitle = "A"\n')
    before = path.read_bytes()
    result = run("update", "a", "--note", b"caf\xe9".decode("utf-8", "surrogateescape"))
    assert result.exit_code == 2 and "not valid UTF-8" in result.stderr
    assert path.read_bytes() == before


# --- fuzzing -----------------------------------------------------------------------------------------

KEYS = [*COMMITMENT_KEYS, *(k for k in UPDATE_KEYS if k not in COMMITMENT_KEYS), "x"]
scalars = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "a",
            "b",
            "planned",
            "done",
            "IT",
            "EU",
            "2026",
            "by 2026",
            "spring 2026",
            "next year",
            "2026-13",
            "north",
            "south",
            "https://x.org",
        ]
    ),
    st.integers(-3, 3),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.floats(allow_nan=False),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=3)
    ),
    max_leaves=6,
)
tables = st.dictionaries(st.sampled_from(KEYS), values, max_size=8)
documents = st.fixed_dictionaries(
    {},
    optional={
        "version": st.one_of(st.just(1), scalars),
        "commitment": st.one_of(st.lists(tables, max_size=4), values),
        "update": st.lists(tables, max_size=4),
        "extra": values,
    },
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(documents)
def test_fuzz_structured_ledgers(run: Run, tmp_path: Path, document: dict[str, object]) -> None:
    path = tmp_path / "work" / "commitments.toml"
    path.write_text(tomli_w.dumps(document), encoding="utf-8")
    for command in (
        ["check"],
        ["check", "--format", "json"],
        ["list", "--format", "json"],
        ["show", "a"],
        ["due", "--format", "plain", "--exit-code"],
        ["update", "a", "--note", "n"],
        ["add", "--title", "T", "--party", "IT"],
    ):
        assert_clean(
            run(*command, "--today", TODAY)
            if command[0] in {"list", "show", "due", "update"}
            else run(*command)
        )


VALID = '[[commitment]]\nid = "a"\ntitle = "A"\ndue = "by 2026"\ndeclared = 2025-05-30\n\n[[update]]\ncommitment = "a"\non = 2026-01-01\nstatus = "done"\nsource = "s"\n'


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.integers(0, len(VALID)),
    st.integers(0, 8),
    st.binary(max_size=8) | st.text(string.printable, max_size=8).map(str.encode),
)
def test_fuzz_mangled_bytes(run: Run, tmp_path: Path, at: int, cut: int, insert: bytes) -> None:
    data = VALID.encode()
    path = tmp_path / "work" / "commitments.toml"
    path.write_bytes(data[:at] + insert + data[at + cut :])
    for command in (["check"], ["list"], ["due", "--exit-code"], ["show", "a", "--format", "json"]):
        assert_clean(run(*command))


update_args = st.lists(
    st.one_of(
        st.tuples(st.just("--status"), st.sampled_from(["done", "stalled", "dun", ""])),
        st.tuples(
            st.just("--due"), st.sampled_from(["2027", "by 2027", "sprign 2027", "", "next year"])
        ),
        st.tuples(st.just("--note"), st.text(max_size=10)),
        st.tuples(st.just("--on"), st.sampled_from(["2026-01-01", "2026-02-30", "x"])),
        st.tuples(st.just("--by"), st.text(max_size=5)),
    ),
    max_size=4,
)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "A"]), update_args), max_size=4))
def test_fuzz_update_sequences(
    run: Run, tmp_path: Path, sequence: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    path = tmp_path / "work" / "commitments.toml"
    path.write_text(VALID, encoding="utf-8")
    for ident, pairs in sequence:
        before = path.read_bytes()
        args = [item for pair in pairs for item in pair]
        result = run("update", ident, *args)
        assert_clean(result)
        if result.exit_code == 0:
            assert path.read_bytes().startswith(before)
        else:
            assert path.read_bytes() == before
        assert run("check").exit_code == 0
