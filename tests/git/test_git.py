"""Sharing a ledger through git: git-setup, the merge driver in real repositories
(merge, rebase, cherry-pick), true conflicts, and `check` naming them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commitments.git.merge import merge
from support import Run

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

BASE = textwrap.dedent(
    """\
    version = 1

    [[commitment]]
    id = "water-roundtable-2026"
    title = "Round table on water resources"
    due = "by 2026"
    declared = 2025-05-30
    parties = ["IT", "KZ"]

    [[commitment]]
    id = "summit-2027"
    title = "Next summit"
    due = "2027"
    """
)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository holding BASE, set up with the driver, on branch main."""
    folder = tmp_path / "repo"
    folder.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "Analyst")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "analyst@example.org")
    # git runs the driver through the shell: the tool must be found as a user's would be.
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.chdir(folder)
    git("init", "-q", "-b", "main")
    (folder / "commitments.toml").write_text(BASE, encoding="utf-8")
    git("add", "commitments.toml")
    git("commit", "-q", "-m", "base")
    return folder


def git(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=check)


def ledger() -> str:
    return Path("commitments.toml").read_text(encoding="utf-8")


def setup_and_commit(run: Run) -> None:
    result = run("git-setup")
    assert result.exit_code == 0, result.output
    git("add", ".gitattributes")
    git("commit", "-q", "-m", "merge ledgers with commitments")


def update(run: Run, *args: str) -> None:
    result = run("--today", "2026-11-23", "update", *args)
    assert result.exit_code == 0, result.output


def commit(message: str) -> None:
    git("commit", "-q", "-am", message)


def test_git_setup_is_idempotent_and_says_what_it_did(run: Run, repo: Path) -> None:
    (repo / ".gitattributes").write_text("*.png binary", encoding="utf-8")  # no newline
    first = run("git-setup")
    assert first.exit_code == 0
    assert "added `/commitments.toml merge=commitments` to .gitattributes" in first.stdout
    assert "set merge.commitments.driver = `" in first.stdout
    assert (
        repo / ".gitattributes"
    ).read_text() == "*.png binary\n/commitments.toml merge=commitments\n"
    driver = git("config", "merge.commitments.driver").stdout.strip()
    assert driver.endswith("commitments git-merge -- %O %A %B %P")
    assert git("config", "merge.commitments.name").stdout.strip()
    again = run("git-setup")
    assert again.exit_code == 0 and "nothing to do" in again.stdout
    assert (repo / ".gitattributes").read_text().count("merge=commitments") == 1
    attr = git("check-attr", "merge", "--", "commitments.toml").stdout
    assert attr.strip() == "commitments.toml: merge: commitments"


def test_git_setup_outside_a_repository(run: Run, write_ledger) -> None:  # type: ignore[no-untyped-def]
    write_ledger(BASE)
    result = run("git-setup")
    assert result.exit_code == 1
    assert "is not in a git repository" in result.stderr and "Traceback" not in result.output


def test_two_branches_appending_merge_cleanly_and_keep_everything(run: Run, repo: Path) -> None:
    setup_and_commit(run)
    base = Path("commitments.toml").read_bytes()
    git("checkout", "-q", "-b", "kz-desk")
    update(run, "water", "--status", "in-progress", "--note", "Venue chosen", "--on", "2026-10-01")
    update(run, "summit", "--note", "Bishkek confirmed", "--on", "2026-10-02")
    commit("kz desk")
    git("checkout", "-q", "main")
    update(run, "water", "--party", "KZ", "--status", "done", "--on", "2026-11-01")
    result = run("add", "--title", "Energy event", "--due", "2027", "--id", "energy-event-2027")
    assert result.exit_code == 0, result.output
    commit("it desk")
    merged = git("merge", "-m", "merge kz desk", "kz-desk", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert "merged commitments.toml: 2 tables of ours, 2 of theirs" in merged.stderr
    text = Path("commitments.toml").read_bytes()
    assert text.startswith(base)
    for said in ("Venue chosen", "Bishkek confirmed", 'party = "KZ"', "energy-event-2027"):
        assert said in text.decode()
    assert "<<<<<<<" not in text.decode()
    check = run("check")
    assert check.exit_code == 0 and "(3 commitments, 3 updates)" in check.stdout
    # Ours first, then theirs, each in the order it was written.
    order = [text.decode().index(s) for s in ('party = "KZ"', "energy-event", "Venue", "Bishkek")]
    assert order == sorted(order)


def test_a_true_conflict_is_left_with_gits_markers_and_check_names_it(run: Run, repo: Path) -> None:
    setup_and_commit(run)
    git("checkout", "-q", "-b", "other")
    Path("commitments.toml").write_text(BASE.replace("Next summit", "Next summit, in Bishkek"))
    commit("their title")
    git("checkout", "-q", "main")
    Path("commitments.toml").write_text(BASE.replace("Next summit", "Next summit, in Kyrgyzstan"))
    update(run, "water", "--note", "appended meanwhile", "--on", "2026-10-01")
    commit("our title")
    merged = git("merge", "-m", "merge", "other", check=False)
    assert merged.returncode != 0
    assert "CONFLICT (content): Merge conflict in commitments.toml" in merged.stdout
    assert "1 conflict in hand-written lines" in merged.stderr
    text = ledger()
    assert "<<<<<<< ours\n" in text and "=======\n" in text and ">>>>>>> theirs\n" in text
    assert "in Bishkek" in text and "in Kyrgyzstan" in text and "appended meanwhile" in text
    check = run("check")
    assert check.exit_code == 1
    line = text.splitlines().index("<<<<<<< ours") + 1
    assert f"commitments.toml:{line}:1: error: unresolved merge conflict" in check.stderr


def test_a_hand_edit_beside_appends_on_both_sides_merges(run: Run, repo: Path) -> None:
    setup_and_commit(run)
    git("checkout", "-q", "-b", "fix")
    Path("commitments.toml").write_text(BASE.replace('"Next summit"', '"Next summit (CA–IT)"'))
    update(run, "summit", "--note", "theirs", "--on", "2026-10-01")
    commit("typo and an update")
    git("checkout", "-q", "main")
    update(run, "water", "--note", "ours", "--on", "2026-10-02")
    commit("an update")
    merged = git("merge", "-m", "merge", "fix", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    text = ledger()
    assert "Next summit (CA–IT)" in text and 'note = "ours"' in text and 'note = "theirs"' in text
    assert run("check").exit_code == 0


def test_both_adding_the_same_id_is_not_a_clean_merge(run: Run, repo: Path) -> None:
    setup_and_commit(run)
    git("checkout", "-q", "-b", "other")
    assert run("add", "--title", "Forum", "--id", "forum", "--due", "2027").exit_code == 0
    commit("their forum")
    git("checkout", "-q", "main")
    assert run("add", "--title", "Forum!", "--id", "forum", "--due", "2028").exit_code == 0
    commit("our forum")
    merged = git("merge", "-m", "merge", "other", check=False)
    assert merged.returncode != 0
    assert "the merged ledger is not valid" in merged.stderr
    assert "duplicate" in merged.stderr
    text = ledger()
    assert 'title = "Forum"' in text and 'title = "Forum!"' in text  # nothing lost


def test_rebase_and_cherry_pick_go_through_the_driver(run: Run, repo: Path) -> None:
    setup_and_commit(run)
    git("checkout", "-q", "-b", "topic")
    update(run, "water", "--note", "topic one", "--on", "2026-10-01")
    commit("topic one")
    update(run, "water", "--note", "topic two", "--on", "2026-10-02")
    commit("topic two")
    git("checkout", "-q", "main")
    update(run, "summit", "--note", "main", "--on", "2026-10-03")
    commit("main")
    # Cherry-pick the first topic commit onto main.
    first = git("rev-list", "--reverse", "main..topic").stdout.split()[0]
    picked = git("cherry-pick", first, check=False)
    assert picked.returncode == 0, picked.stdout + picked.stderr
    assert "topic one" in ledger() and 'note = "main"' in ledger()
    # Rebase the topic onto main: its first commit is already there, its second applies.
    git("checkout", "-q", "topic")
    rebased = git("rebase", "main", check=False)
    assert rebased.returncode == 0, rebased.stdout + rebased.stderr
    text = ledger()
    assert text.count("topic one") == 1 and text.count("topic two") == 1
    assert 'note = "main"' in text
    assert run("check").exit_code == 0


def test_merging_a_cherry_picked_update_does_not_double_it(run: Run, repo: Path) -> None:
    setup_and_commit(run)
    git("checkout", "-q", "-b", "topic")
    update(run, "water", "--note", "shared news", "--on", "2026-10-01")
    commit("news")
    git("checkout", "-q", "main")
    update(run, "summit", "--note", "main only", "--on", "2026-10-03")
    commit("main")
    git("cherry-pick", "topic")
    update(run, "summit", "--note", "after the pick", "--on", "2026-10-04")
    commit("more")
    merged = git("merge", "-m", "merge", "topic", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert ledger().count("shared news") == 1


# --- the merge itself ----------------------------------------------------------------------


def table(n: int) -> bytes:
    return f'\n[[update]]\ncommitment = "water-roundtable-2026"\non = 2026-10-01\nnote = "n{n}"\n'.encode()


tables = st.lists(st.integers(0, 30).map(table), max_size=8)


@settings(max_examples=200, deadline=None)
@given(tables, tables, tables)
def test_appends_on_both_sides_keep_base_ours_then_theirs_once(
    base: list[bytes], ours: list[bytes], theirs: list[bytes]
) -> None:
    import tomllib

    head = BASE.encode() + b"".join(base)
    merged = merge(head, head + b"".join(ours), head + b"".join(theirs))
    assert merged.conflicts == 0
    assert merged.data.startswith(head + b"".join(ours))
    notes = [u["note"] for u in tomllib.loads(merged.data.decode()).get("update", [])]
    # Every table of either side is there; a table on both sides is there as often as
    # on the side with more of it.
    for piece in set(base) | set(ours) | set(theirs):
        note = tomllib.loads(piece.decode())["update"][0]["note"]
        assert notes.count(note) == base.count(piece) + max(ours.count(piece), theirs.count(piece))
    assert (merged.ours, merged.theirs + merged.doubles) == (len(ours), len(theirs))


def test_crlf_ledgers_and_a_base_without_a_final_newline() -> None:
    base = b'version = 1\r\n\r\n[[commitment]]\r\nid = "a"\r\ntitle = "A"'
    ours = base + b'\r\n\r\n[[update]]\r\ncommitment = "a"\r\non = 2026-01-01\r\n'
    theirs = base + b'\r\n\r\n[[update]]\r\ncommitment = "a"\r\non = 2026-02-01\r\n'
    merged = merge(base, ours, theirs)
    assert merged.conflicts == 0 and merged.data.startswith(ours)
    assert merged.data.endswith(b"on = 2026-02-01\r\n")
    import tomllib

    assert len(tomllib.loads(merged.data.decode())["update"]) == 2


def test_appended_text_that_is_not_whole_tables_goes_to_the_three_way_merge() -> None:
    # Both sides appended a key to the last table: not tables, so git's merge decides.
    ours = BASE.encode() + b'notes = "ours"\n'
    theirs = BASE.encode() + b'notes = "theirs"\n'
    merged = merge(BASE.encode(), ours, theirs)
    assert merged.conflicts == 1
    assert b"<<<<<<< ours\n" in merged.data and b">>>>>>> theirs\n" in merged.data


def test_the_writer_appends_one_table_per_update_in_a_stable_key_order(
    run: Run, write_ledger
) -> None:  # type: ignore[no-untyped-def]
    path = write_ledger(BASE)
    update(run, "water", "--status", "done", "--note", "n", "--source", "s", "--on", "2026-10-01")
    update(
        run, "water", "--on", "2026-10-02", "--source", "t", "--note", "m", "--status", "partial"
    )
    added = path.read_text(encoding="utf-8")[len(BASE) :]
    keys = [
        [line.split(" = ")[0] for line in piece.strip().splitlines()[1:]]
        for piece in added.split("\n\n")
        if piece.strip()
    ]
    assert len(keys) == 2 and keys[0] == keys[1]
    assert keys[0][:4] == ["commitment", "on", "status", "note"]


def test_git_setup_for_a_ledger_whose_path_has_a_space_and_globs(run: Run, repo: Path) -> None:
    folder = repo / "data dir"
    folder.mkdir()
    for name in ("my ledger.toml", "a*b[1].toml"):
        (folder / name).write_text(BASE, encoding="utf-8")
        result = run("-f", str(folder / name), "git-setup")
        assert result.exit_code == 0, result.output
        attr = git("check-attr", "merge", "--", f"data dir/{name}").stdout
        assert attr.strip().endswith(": merge: commitments"), attr
        again = run("-f", str(folder / name), "git-setup")
        assert "nothing to do" in again.stdout
    lines = (repo / ".gitattributes").read_text().splitlines()
    assert lines == [
        '"/data dir/my ledger.toml" merge=commitments',
        '"/data dir/a\\\\*b\\\\[1\\\\].toml" merge=commitments',
    ]
    assert git("status", "--porcelain").stderr == ""  # git reads it without a warning


def test_git_setup_says_when_another_attributes_file_overrides_it(run: Run, repo: Path) -> None:
    info = repo / ".git" / "info" / "attributes"
    info.parent.mkdir(exist_ok=True)
    info.write_text("commitments.toml merge=binary\n", encoding="utf-8")
    result = run("git-setup")
    assert result.exit_code == 1
    assert "another .gitattributes" in result.stderr and "merge: binary" in result.stderr
    again = run("git-setup")
    assert again.exit_code == 1
    assert (repo / ".gitattributes").read_text().count("merge=commitments") == 1


def test_lines_like_markers_and_headers_inside_strings_are_text(run: Run, repo: Path) -> None:
    setup_and_commit(run)
    rule = "=" * 40
    hand = (
        '\n[[update]]\ncommitment = "summit-2027"\non = 2026-10-01\n'
        f'note = """\nSummary\n=======\n{rule}\n[1] the communiqué\n[[update]]\n"""\n'
    )
    git("checkout", "-q", "-b", "other")
    Path("commitments.toml").write_text(BASE.replace('"Next summit"', '"Next summit!"') + hand)
    commit("a hand-written update, and a retitle")
    git("checkout", "-q", "main")
    update(run, "water", "--note", "ours", "--on", "2026-10-02")
    commit("ours")
    merged = git("merge", "-m", "merge", "other", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert "git's three-way merge of hand edits" in merged.stderr
    text = ledger()
    assert rule in text and "[1] the communiqué" in text and 'note = "ours"' in text
    check = run("check")
    assert check.exit_code == 0, check.output  # "=======" in a string is no conflict


def test_a_whole_conflict_inside_a_string_is_still_named(run: Run, write_ledger) -> None:  # type: ignore[no-untyped-def]
    write_ledger(BASE + 'notes = """\n<<<<<<< ours\nA\n=======\nB\n>>>>>>> theirs\n"""\n')
    result = run("check")
    assert result.exit_code == 1 and "unresolved merge conflict" in result.stderr


def test_a_longer_marker_is_named_too(run: Run, write_ledger) -> None:  # type: ignore[no-untyped-def]
    write_ledger(BASE + "<<<<<<<<<< ours\ntitle = 1\n==========\ntitle = 2\n>>>>>>>>>> theirs\n")
    result = run("check")
    assert result.exit_code == 1 and result.stderr.count("unresolved merge conflict") == 3


@pytest.mark.slow
def test_both_appending_thousands_keeps_every_table_in_order() -> None:
    # How long this takes is benchmarks/merge.py's figure (--tables), not a test's.
    head = BASE.encode()
    ours = head + b"".join(table(n) for n in range(20_000))
    theirs = head + b"".join(table(n) for n in range(20_000, 40_000))
    merged = merge(head, ours, theirs)
    assert (merged.ours, merged.theirs, merged.doubles) == (20_000, 20_000, 0)
    assert merged.data == ours + b"".join(table(n) for n in range(20_000, 40_000))


def test_a_comment_before_a_table_travels_with_it() -> None:
    head = BASE.encode()
    ours = head + table(1)
    theirs = head + table(1) + b"\n# from the embassy cable\n" + table(2).lstrip(b"\n")
    merged = merge(head, ours, theirs)
    assert (merged.theirs, merged.doubles) == (1, 1)
    assert merged.data == ours + b"\n# from the embassy cable\n" + table(2).lstrip(b"\n")
