"""What `extract` costs the rest of the tool (nothing), and how well it reads the seed
texts against the analyst's labels (benchmarks/extract/): a regression guard, not the
measure itself, which benchmarks/extract.py prints."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from support import REPO, SHIPPED, benchmark_script

EXTRACT_ONLY = ("pysbd", "trafilatura", "pypdf", "lxml", "commitments.extract")


def imported(args: list[str], cwd: Path) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "commitments", *args],
        capture_output=True, text=True, cwd=cwd, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return {
        line.split("|")[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


@pytest.mark.parametrize(
    "args",
    [["--help"], ["due", "--format", "json"], ["list"], ["check"], ["stats"], ["add", "--help"]],
)
def test_no_other_command_pays_for_extract_s_imports(tmp_path: Path, args: list[str]) -> None:
    shutil.copyfile(SHIPPED, tmp_path / "commitments.toml")
    found = imported(args, tmp_path)
    assert "commitments" in found  # the measure works
    heavy = sorted(
        m for m in found if m.split(".")[0] in EXTRACT_ONLY or m.startswith(EXTRACT_ONLY)
    )
    assert heavy == []


def _script(name: str) -> ModuleType:
    return benchmark_script(name)


def _benchmark() -> ModuleType:
    return _script("extract")


def test_the_seed_texts_are_read_as_the_analyst_labelled_them() -> None:
    bench = _benchmark()
    ours = bench.overall(bench.scores(bench.ours))
    base = bench.overall(bench.scores(bench.baseline))
    assert ours.labelled == 53
    assert ours.recall >= 0.9 and ours.precision >= 0.9
    for strength in ("pledge", "intent"):
        right, labelled = ours.by_strength[strength]
        assert right / labelled >= 0.9, strength
    assert ours.deadlines[0] / ours.deadlines[1] >= 0.9
    # and the keyword baseline is read against it
    assert base.recall < ours.recall and base.precision < ours.precision


def test_a_labelled_set_with_no_commitment_in_it_scores_its_candidates_as_false(
    tmp_path: Path,
) -> None:
    bench = _benchmark()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "000_a.txt").write_text(
        "The ministers met in Rome. They will open a joint office in Lagos next year.\n",
        encoding="utf-8",
    )
    labels = tmp_path / "labels.toml"
    labels.write_text(
        '[[file]]\nkind = "declaration"\nname = "000_a.txt"\ndeclared = 2024-05-12\n',
        encoding="utf-8",
    )
    result = bench.overall(bench.scores(bench.ours, labels, tmp_path / "texts"))
    assert (result.labelled, result.found) == (0, 1)


@pytest.mark.usefixtures("untraced")
def test_the_stored_held_out_sets_load_and_stay_read_as_they_were_after_their_lessons() -> None:
    # Every quote is found once and every due parses (sources() stops otherwise); the
    # floors sit a little under what the rules written from these sets score on them.
    # It grows with every set, so it runs untraced: the tests above cover the code.
    bench = _benchmark()
    heldout = REPO / "benchmarks" / "extract" / "heldout"
    sets = sorted(p for p in heldout.iterdir() if (p / "labels.toml").is_file())
    assert len(sets) >= 874
    total = None
    for folder in sets:
        files = bench.sources(folder / "labels.toml", folder / "texts")
        assert files and all(f.kind in ("declaration", "report", "preview") for f in files)
        assert (folder / "urls.txt").read_text(encoding="utf-8").count("http") >= len(files)
        found = bench.overall(bench.scores(bench.ours, folder / "labels.toml", folder / "texts"))
        total = found if total is None else total + found
    assert total is not None
    assert total.recall >= 0.84 and total.precision >= 0.80


def test_one_to_one_matching_counts_a_candidate_once() -> None:
    bench = _benchmark()
    labels = [bench.Span(0, 10, "pledge", None), bench.Span(12, 20, "pledge", None)]
    whole = [bench.Span(0, 20, "pledge", None)]
    assert len(bench.matched(labels, whole)) == 1
    assert bench.score(labels, whole).recall == 0.5


def test_two_readers_of_one_page_label_it_alike() -> None:
    # The pages labelled twice (benchmarks/extract/agreement/): the ceiling the labels
    # allow is near 1, so what the extractor misses is its own, not the readers' noise.
    module = _script("extract_agreement")
    results = module.pairs()
    assert len(results) >= 27
    total = module.bench.overall(dict(results))
    assert total.labelled >= 100
    assert total.recall >= 0.9 and total.precision >= 0.9
    assert total.deadlines[0] == total.deadlines[1]
