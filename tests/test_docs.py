"""The README and docs/ as a reader uses them: every link leads somewhere, and every
command example runs and prints what it shows.

A fenced block's `$ commitments …` lines are run in order, one folder per file
holding a copy of the shipped ledger (so a write changes it for the examples after
it), as of the day the file states ("examples … as of YYYY-MM-DD") unless the
command gives `--today`. The lines under a command are what it prints: compared
line by line, trailing blanks aside, where `…` stands for anything (a whole line
of it, for any number of lines). `# at N columns` runs it on a terminal that wide.
Lines of a `sh` block that start with `commitments` are run too, and must succeed.
A block under `<!-- not run: why -->` is a transcript of a scenario of its own.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import REPO, SHIPPED, TODAY, WATER_LEDGER, Run, Write, on_a_terminal

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\S*)\n(.*?)^```$", re.M | re.S)
LINK = re.compile(r"!?\[(?:[^\]]|\][^(])*?\]\(([^)\s]+)\)")
STATED = re.compile(r"examples\b.{0,120}?\bas\s+of\s+(\d{4}-\d\d-\d\d)", re.S)
COLUMNS = re.compile(r"#\s*at (\d+) columns\s*$")
HAS_EXAMPLES = re.compile(r"^(\$ )?commitments ", re.M)
NOT_RUN = re.compile(r"<!-- not run: [^>]+ -->\n+$")


@dataclass
class Example:
    command: str
    shown: list[str] | None  # None: only that it succeeds
    line: int


def _unfenced(text: str) -> str:
    return FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def _prose(text: str) -> str:
    """The text without its fenced blocks and inline code (links there are not links)."""
    return re.sub(r"`[^`\n]*`", "", _unfenced(text))


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"`", "", heading.strip()).lower()
    text = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LN")
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    out = set()
    for m in re.finditer(r"^#{1,6} (.+)$", _unfenced(path.read_text(encoding="utf-8")), re.M):
        base = slug(m.group(1))
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.add(base if n == 0 else f"{base}-{n}")
    return out


def examples(path: Path) -> list[Example]:
    text = path.read_text(encoding="utf-8")
    found: list[Example] = []
    for m in FENCE.finditer(text):
        language, body = m.group(1), m.group(2)
        if NOT_RUN.search(text[: m.start()]):
            continue
        start = text.count("\n", 0, m.start()) + 2
        lines = body.splitlines()
        if language in ("", "console") and any(x.startswith("$ ") for x in lines):
            if any(x.startswith("$ ") and not x.startswith("$ commitments") for x in lines):
                raise AssertionError(
                    f"{path.name}:{start}: a transcript of other commands:"
                    " mark it <!-- not run: why -->"
                )
            for i, x in enumerate(lines):
                if x.startswith("$ "):
                    rest = lines[i + 1 :]
                    end = next((k for k, y in enumerate(rest) if y.startswith("$ ")), len(rest))
                    found.append(Example(x[2:], rest[:end], start + i))
        elif language == "sh":
            joined = re.sub(r"\\\n\s*", "", body)
            for i, x in enumerate(joined.splitlines()):
                if x.startswith("commitments "):
                    found.append(Example(x, None, start + i))
    return found


def _matches(shown: list[str], printed: list[str]) -> bool:
    if not shown:
        return not printed
    head, *rest = shown
    if head.strip() == "…":
        return any(_matches(rest, printed[k:]) for k in range(len(printed) + 1))
    if not printed:
        return False
    pattern = ".*".join(map(re.escape, head.rstrip().split("…")))
    return re.fullmatch(pattern, printed[0].rstrip()) is not None and _matches(rest, printed[1:])


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_link_resolves(doc: Path) -> None:
    broken = []
    for m in LINK.finditer(_prose(doc.read_text(encoding="utf-8"))):
        target = m.group(1)
        if re.match(r"https?://", target):
            continue
        file, _, anchor = target.partition("#")
        where = (doc.parent / file).resolve() if file else doc
        if not where.exists() or REPO not in where.parents:
            broken.append(f"{target}: no such file")
        elif anchor and (where.suffix != ".md" or anchor not in anchors(where)):
            broken.append(f"{target}: no such heading")
    assert not broken, f"{doc.name}: {broken}"


def test_every_reference_page_is_linked_from_the_readme_and_the_help() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    pages = sorted(p.name for p in (REPO / "docs").glob("*.md"))
    assert pages, "docs/ has no pages"
    assert [p for p in pages if f"](docs/{p})" not in readme] == []
    result = subprocess.run(
        [sys.executable, "-m", "commitments", "--help"], capture_output=True, text=True
    )
    help_text = re.sub(r"\s+", " ", result.stdout)
    listed = re.search(
        r"The reference, a page per topic \(([^)]*)\), is in docs/ beside the README;"
        r" here: (\S+)$",
        help_text.strip(),
    )
    assert listed, help_text
    assert sorted(listed.group(1).split(", ")) == pages
    assert Path(listed.group(2)).samefile(REPO / "docs")  # run from the source, its docs/


def test_the_help_says_where_the_reference_is_even_where_it_cannot_look(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder this user may not search (another user's home as the user base) is
    passed over: the help is still the help."""

    def refused(self: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_file", refused)
    result = run("--help")
    assert result.exit_code == 0
    assert re.sub(r"\s+", " ", result.stdout).strip().endswith("is in docs/ beside the README.")


def test_the_readme_is_a_front_door() -> None:
    assert len((REPO / "README.md").read_text(encoding="utf-8").splitlines()) <= 400


@pytest.mark.parametrize(
    "doc",
    [d for d in DOCS if HAS_EXAMPLES.search(d.read_text(encoding="utf-8"))],
    ids=lambda p: p.name,
)
def test_every_example_runs_and_prints_what_it_shows(doc: Path, tmp_path: Path) -> None:
    stated = STATED.search(doc.read_text(encoding="utf-8"))
    assert stated, f"{doc.name}: say which day the examples are as of"
    folder = tmp_path / "ledger"
    folder.mkdir()
    shutil.copyfile(SHIPPED, folder / "commitments.toml")
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("COMMITMENTS_")},
        "COMMITMENTS_TODAY": stated.group(1),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "VISUAL": "true",
        "NO_COLOR": "1",
    }
    env.pop("COLUMNS", None)
    for example in examples(doc):
        where = f"{doc.name}:{example.line}: {example.command}"
        wide = COLUMNS.search(example.command)
        if wide:
            args = shlex.split(example.command[: wide.start()])[1:]
            screen = on_a_terminal(args, {**env, "COLUMNS": wide.group(1)}, cwd=folder)
            printed = [re.sub(r"\x1b\[[0-9;]*m", "", x) for x in screen.splitlines()]
            code, err = 0, ""
        else:
            run = subprocess.run(
                ["bash", "-c", example.command],
                cwd=folder,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            code, err = run.returncode, run.stderr
            printed = run.stdout.splitlines()
        assert code == 0, f"{where}\nexit {code}\n{err}"
        if example.shown is None:
            continue
        candidates = [printed, err.splitlines() + printed, printed + err.splitlines()]
        assert any(_matches(example.shown, c) for c in candidates), (
            f"{where}\nshown:\n"
            + "\n".join(example.shown)
            + "\nprinted:\n"
            + "\n".join(printed)
            + "\nstderr:\n"
            + err
        )


def test_the_example_matcher() -> None:
    assert _matches(["a", "…", "d"], ["a", "b", "c", "d"])
    assert _matches(["a", "…"], ["a"])
    assert not _matches(["a", "d"], ["a", "b", "d"])
    assert _matches(["x = `…/bin` ok"], ["x = `/usr/bin` ok"])
    assert not _matches(["x = `…/bin` ok"], ["x = `/usr/lib` ok"])
    assert not _matches(["a"], ["a", "b"])
    assert slug("`init [PATH]`") == "init-path" and slug("Use it from cron") == "use-it-from-cron"


def test_the_json_page_names_every_key_of_a_commitment_and_an_update(
    run: Run, write_ledger: Write
) -> None:
    page = re.sub(r"\s+", " ", (REPO / "docs" / "json.md").read_text(encoding="utf-8"))
    named = re.search(r"Each commitment has `([^`]+)`, plus `([^`]+)`", page)
    update = re.search(r"Each update in `show`'s `updates` has `([^`]+)`", page)
    assert named and update

    def keys(text: str) -> list[str]:
        return [k.strip() for k in text.split(",")]

    write_ledger(WATER_LEDGER)
    assert run("update", "water", "--status", "done", "--on", "2026-01-02").exit_code == 0
    listed = json.loads(run("--today", TODAY, "list", "--format", "json").stdout)
    assert keys(named.group(1)) + keys(named.group(2)) == list(listed[0])
    shown = json.loads(run("--today", TODAY, "show", "water", "--format", "json").stdout)
    assert keys(update.group(1)) == list(shown["updates"][0])
