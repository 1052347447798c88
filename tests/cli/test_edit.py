"""`edit`: the user's editor at a table, then check, offered again on errors; the tool
itself never changes the file."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

from commitments.errors import UsageError
from commitments.ledger import editing
from support import SHIPPED, Run, Write

EDITOR = textwrap.dedent(
    """
    import json, os, sys
    with open(os.environ["EDITED_LOG"], "a") as log:
        log.write(json.dumps(sys.argv[1:]) + "\\n")
    if os.environ.get("EDITED_ADD"):
        with open(sys.argv[-1], "a") as ledger:
            ledger.write(os.environ["EDITED_ADD"])
    sys.exit(int(os.environ.get("EDITED_EXIT", "0")))
    """
)


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An editor called vim (one that takes +LINE) that writes down how it was called,
    and may append, or fail."""
    script = tmp_path / "bin" / "vim"
    script.parent.mkdir()
    script.write_text(f"#!{sys.executable}\n{EDITOR}", encoding="utf-8")
    script.chmod(0o755)
    log = tmp_path / "edited.log"
    monkeypatch.setenv("EDITED_LOG", str(log))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script))
    return log


def calls(log: Path) -> list[list[str]]:
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def line_of(path: Path, text: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1


@pytest.mark.parametrize(
    ("given", "header"),
    [
        ("water-roundtable-2026", 'id = "water-roundtable-2026"'),
        ("water", 'id = "water-roundtable-2026"'),  # a unique start of the id
        ("ca-it-2025-astana", 'id = "ca-it-2025-astana"'),  # a summit
    ],
)
def test_the_editor_opens_at_the_table(
    run: Run, write_ledger: Write, editor: Path, given: str, header: str
) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    before = path.read_bytes()
    result = run("edit", given)
    assert result.exit_code == 0, result.output
    assert calls(editor) == [[f"+{line_of(path, header) - 1}", str(path)]]  # its header
    assert path.read_bytes() == before  # nothing written but by the editor


def test_without_an_id_at_the_end(run: Run, write_ledger: Write, editor: Path) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    run("edit")
    lines = path.read_text(encoding="utf-8").count("\n")
    assert calls(editor) == [[f"+{lines + 1}", str(path)]]


def test_visual_comes_first(
    run: Run, write_ledger: Write, editor: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    monkeypatch.setenv("VISUAL", "no-such-editor-here")
    result = run("edit")
    assert result.exit_code == 1
    assert 'cannot run the editor "no-such-editor-here"' in result.stderr
    assert calls(editor) == []


def test_what_was_saved_is_checked(
    run: Run, write_ledger: Write, editor: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    monkeypatch.setenv("EDITED_ADD", '\n[[commitment]]\nid = "broken"\n')
    result = run("edit")
    assert result.exit_code == 1
    assert 'commitment "broken": missing required key "title"' in result.stderr
    assert len(calls(editor)) == 1  # no terminal: not offered again


def test_an_editor_that_fails_is_said(
    run: Run, write_ledger: Write, editor: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    monkeypatch.setenv("EDITED_EXIT", "3")
    result = run("edit")
    assert "the editor exited with 3; the file is as it left it" in result.stderr
    assert result.exit_code == 0  # and the file is still checked: it is valid


def test_an_unknown_id_opens_nothing(run: Run, write_ledger: Write, editor: Path) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run("edit", "watr-roundtable")
    assert result.exit_code == 2
    assert "no commitment or summit with id" in result.stderr
    assert calls(editor) == []


def test_offered_again_at_the_first_error_until_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "l.toml"
    path.write_text('[[commitment]]\nid = "a"\ntitle = "A"\n', encoding="utf-8")
    opened: list[int] = []
    monkeypatch.setattr(editing, "open_at", lambda p, line: opened.append(line) or 0)
    answers = iter([(False, 7), (True, None)])
    said: list[str] = []
    ok = editing.edit(path, "a", lambda: next(answers), lambda: True, said.append)
    assert ok and opened == [1, 7]


def test_a_ledger_that_does_not_parse_is_still_opened_at_the_table() -> None:
    text = '[[commitment]]\nid = "a"\ntitle = "A\n\n[[summit]]\nid = "s"\n'
    assert editing.table_line(text, "s") == 5
    with pytest.raises(UsageError):
        editing.table_line(text, "zzz")


# --- what an attacker found ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["vim"], ["vim", "+12", "/l.toml"]),
        (["/usr/bin/nano", "-w"], ["/usr/bin/nano", "-w", "+12", "/l.toml"]),
        (["code", "--wait"], ["code", "--wait", "--goto", "/l.toml:12"]),
        (["ed"], ["ed", "/l.toml"]),  # ed would write a file called "+12"
        (["python3", "x.py"], ["python3", "x.py", "/l.toml"]),
    ],
)
def test_the_line_is_given_only_to_editors_that_take_it(
    words: list[str], expected: list[str]
) -> None:
    assert editing.command_for(words, "/l.toml", 12) == expected


@pytest.mark.slow
def test_ctrl_c_is_the_editors_while_it_runs(tmp_path: Path) -> None:
    """An editor that keeps Ctrl-C for itself (ed) is never killed with its unsaved work."""
    import os
    import signal
    import subprocess

    ledger = tmp_path / "commitments.toml"
    ledger.write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    script = tmp_path / "vim"
    script.write_text(
        f"#!{sys.executable}\n"
        "import signal, sys, time\n"
        "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "open(sys.argv[1] + '.started', 'w').close()\n"
        "time.sleep(1.5)\n"
        "open(sys.argv[-1], 'a').write('# saved\\n')\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    env = {**os.environ, "EDITOR": str(script), "COMMITMENTS_TODAY": "2026-11-22"}
    env.pop("VISUAL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "commitments", "-f", str(ledger), "edit"],
        env=env,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    for _ in range(100):
        if list(tmp_path.glob("*.started")):
            break
        __import__("time").sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole group
    process.communicate(timeout=30)
    assert ledger.read_text(encoding="utf-8").endswith("# saved\n")


def test_a_closed_stdin_is_no_traceback(
    run: Run, write_ledger: Write, editor: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    monkeypatch.setenv("EDITED_ADD", '\n[[commitment]]\nid = "broken"\n')
    result = subprocess.run(
        [sys.executable, "-m", "commitments", "-f", str(path), "edit"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("what", ["fifo", "device"])
def test_only_a_file_is_opened(run: Run, tmp_path: Path, editor: Path, what: str) -> None:
    import os

    if what == "fifo":
        target = tmp_path / "f.toml"
        os.mkfifo(target)
    else:
        target = Path("/dev/zero")
    result = run("-f", str(target), "edit")
    assert result.exit_code == 1
    assert "not a regular file" in result.stderr
    assert calls(editor) == []


def test_tables_are_where_the_parser_puts_them() -> None:
    text = (
        '[[commitment]]\nid = "a"\ntitle = "A"\nnotes = """\nid = "gamma"\n"""\n\n'
        '[["commitment"]]\nid = "d\\u0065lta"\ntitle = "D\u2028E"\n\n'
        '[[commitment]]\n"id" = "gamma"\ntitle = "G"\n'
    )
    assert editing.table_line(text, "gamma") == 12  # not the line inside the notes
    assert editing.table_line(text, "delta") == 8  # a quoted header, an escaped id
    assert editing.table_line(text, "a") == 1


def test_a_ledger_that_does_not_parse_is_searched_as_toml_reads_it() -> None:
    """Found by an attacker: the line-by-line search took a header inside a note's
    multi-line string for a table, and missed a quoted header."""
    from commitments.ledger.editing import table_line

    text = textwrap.dedent(
        '''\
        [[commitment]]
        id = "a"
        title = "A"
        notes = """
        [[commitment]]
        id = "b"
        """

        [[commitment]]
        id = "b"
        title = "B"

        [[ 'commitment' ]]
        id = "c"
        title = "C"
        broken =
        '''
    )
    assert [table_line(text, i) for i in ("a", "b", "c")] == [1, 9, 13]
