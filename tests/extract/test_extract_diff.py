"""benchmarks/extract_diff.py: a change's effect, each side read with its own rules."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from support import REPO, benchmark_script


def _diff() -> ModuleType:
    return benchmark_script("extract_diff")


def _file(found: list[list[object]], pairs: list[list[int]]) -> dict[str, object]:
    return {
        "set": "ZZ",
        "file": "000_a.txt",
        "kind": "declaration",
        "text": "We agreed to meet in 2025. It was sunny. We will hold talks.",
        "unfinished": 60,
        "labels": [[3, 25, "pledge", "2025-12-31"], [41, 59, "pledge", None]],
        "found": found,
        "pairs": pairs,
    }


def test_a_commitment_found_a_false_candidate_gone_and_a_deadline_righted_are_counted() -> None:
    old = _file([[0, 26, "pledge", None], [27, 40, "pledge", None]], [[0, 0]])
    new = _file([[0, 26, "pledge", "2025-12-31"], [41, 60, "pledge", None]], [[0, 0], [1, 1]])
    lines, counts = _diff().compare([old], [new])
    assert counts == {"found": 1, "lost": 0, "false added": 0, "false gone": 1, "deadlines": 1}
    assert "+ found  ZZ/000 'We will hold talks'" in lines
    assert "- false  ZZ/000 'It was sunny.'" in lines


def test_reports_count_only_when_asked() -> None:
    old, new = _file([], []), _file([[41, 60, "pledge", None]], [[1, 0]])
    old["kind"] = new["kind"] = "report"
    assert _diff().compare([old], [new])[1]["found"] == 0
    assert _diff().compare([old], [new], all_kinds=True)[1]["found"] == 1


@pytest.mark.skipif(
    not (REPO / ".git").exists() or shutil.which("git") is None, reason="needs the git checkout"
)
def test_a_revision_against_itself_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sets = tmp_path / "sets"
    shutil.copytree(REPO / "benchmarks" / "extract" / "heldout" / "DV", sets / "DV")
    assert _diff().main(["HEAD", "HEAD", "--sets", str(sets)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "found 0, lost 0, false added 0, false gone 0, deadlines +0"
