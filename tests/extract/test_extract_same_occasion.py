"""A promise "perhaps the same" as one the ledger holds for a summit is one made at that
summit (the newcomer's Quad statement was taken for Camp David's "meet at least once a
year", two years and a summit apart); one of no summit may be told by another source."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from commitments.extract.candidates import Settings, extract
from commitments.extract.entries import tracked
from commitments.model import Commitment
from support import cli

CAMP_DAVID = Commitment(
    id="meet-trilaterally-least-once-year",
    title="Meet trilaterally at least once a year",
    declared=dt.date(2023, 8, 18),
    summit="camp-david-2023",
    quote="our foreign ministers will meet trilaterally at least once a year",
)
QUAD = "Our foreign ministers will meet at least once a year."


def similar(summit: str | None, declared: dt.date) -> str | None:
    [candidate] = extract(QUAD, Settings(declared=declared))
    [seen] = tracked([candidate], [CAMP_DAVID], summit)
    assert seen.tracked is None
    return seen.similar


def test_the_same_words_at_another_summit_are_another_promise() -> None:
    assert similar("quad-2021", dt.date(2021, 3, 12)) is None


def test_the_same_words_at_the_same_summit_may_be_the_same_promise() -> None:
    assert similar("camp-david-2023", dt.date(2023, 8, 18)) == CAMP_DAVID.id


def test_without_a_summit_the_words_decide() -> None:
    assert similar(None, dt.date(2021, 3, 12)) == CAMP_DAVID.id


def test_apply_appends_a_promise_of_another_summit_in_the_same_words(tmp_path: Path) -> None:
    ledger = tmp_path / "commitments.toml"
    ledger.write_text(
        textwrap.dedent(
            """\
            version = 1

            [[summit]]
            id = "camp-david-2023"
            name = "Camp David Summit"
            date = 2023-08-18
            parties = ["US", "JP", "KR"]

            [[summit]]
            id = "quad-2021"
            name = "Quad Leaders' Summit"
            date = 2021-03-12
            parties = ["AU", "IN", "JP", "US"]

            [[commitment]]
            id = "meet-trilaterally-least-once-year"
            title = "Meet trilaterally at least once a year"
            summit = "camp-david-2023"
            quote = "our foreign ministers will meet trilaterally at least once a year"
            """
        ),
        encoding="utf-8",
    )
    result = cli("extract", "-", "--summit", "quad", "--apply", input=QUAD, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("appended 1 commitment to commitments.toml:")
    assert "perhaps the same" not in result.stdout
