"""The readers' kit checks a gathered set as the benchmark will read it."""

from __future__ import annotations

import hashlib
import textwrap
from pathlib import Path
from types import ModuleType

from support import benchmark_script


def _checker() -> ModuleType:
    return benchmark_script("extract/kit/check_set")


def _set(tmp_path: Path, quote: str, due: str) -> Path:
    url = "https://example.org/joint-statement"
    name = f"000_{hashlib.sha1(url.encode()).hexdigest()[:8]}.txt"
    (tmp_path / "texts").mkdir()
    text = "The two leaders agreed to hold the next summit in Rome in 2027. " * 12
    (tmp_path / "texts" / name).write_text(text, encoding="utf-8")
    (tmp_path / "urls.txt").write_text(f"000 {url}\n", encoding="utf-8")
    (tmp_path / "labels.toml").write_text(
        textwrap.dedent(
            f"""\
            [[file]]
            kind = "declaration"
            name = "{name}"
            declared = 2025-05-30

            [[label]]
            file = "000"
            quote = "{quote}"
            strength = "pledge"
            due = "{due}"
            """
        ),
        encoding="utf-8",
    )
    return tmp_path


def test_a_set_whose_quote_is_printed_more_than_once_is_refused(tmp_path: Path) -> None:
    found, files, labels = _checker().problems(_set(tmp_path, "agreed to hold", "2027"), set())
    assert (files, labels) == (1, 1)
    assert found == [
        f"label 1 (file '000'): quote found 12 times in {next((tmp_path / 'texts').iterdir()).name} (must be once)"
    ]


def test_a_due_the_ledger_cannot_read_and_an_address_used_are_named(tmp_path: Path) -> None:
    folder = _set(tmp_path, "agreed to hold", "sometime in 2027")
    found, _, _ = _checker().problems(folder, {"https://example.org/joint-statement"})
    assert any("already used" in p for p in found)
    assert any("'sometime in 2027' is not a due expression" in p for p in found)


def test_a_clean_set_is_ok(tmp_path: Path, capsys: object) -> None:
    checker = _checker()
    text = "The two leaders agreed to hold the next summit in Rome in 2027."
    folder = _set(tmp_path, "agreed to hold", "2027")
    name = next((folder / "texts").iterdir())
    name.write_text(text + " Nothing else was said at length, " * 40, encoding="utf-8")
    assert checker.main([str(folder)]) == 0
