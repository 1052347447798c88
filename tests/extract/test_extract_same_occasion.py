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


KYRGYZSTAN = Commitment(
    id="summit-kyrgyzstan-2027",
    title="Next Central Asia–Italy Summit, in the Kyrgyz Republic",
    declared=dt.date(2025, 5, 30),
    summit="ca-it-2025-astana",
    due="2027",
    quote="The proposal to hold the next Central Asia–Italy Summit in the Kyrgyz Republic in"
    " 2027 and the fourth Foreign Ministers' Conference in Italy in the spring of 2026 was"
    " approved.",
)


def test_words_any_meeting_may_say_are_not_enough_to_be_alike() -> None:
    """A newcomer's Nordic statement: its ministers' next meeting and dialogue were
    taken for the next Central Asia–Italy summit, and --apply left them out."""
    text = (
        "The foreign ministers will meet again next year.\n\n"
        "The leaders agreed to hold the next dialogue before the end of 2027.\n\n"
        "The leaders agreed to hold the next Central Asia–Italy Summit in Bishkek in 2027.\n"
    )
    found = extract(text, Settings(declared=dt.date(2026, 3, 12)))
    seen = tracked(found, [KYRGYZSTAN])
    assert [c.similar for c in seen] == [None, None, KYRGYZSTAN.id]


def test_the_same_summit_named_by_another_place_is_still_perhaps_the_same() -> None:
    """An attacker's: with places compared, "in Kyrgyzstan" and "in Cholpon-Ata" were
    appended beside the ledger's summit "in the Kyrgyz Republic" of 2027."""
    for where in ("Kyrgyzstan", "Cholpon-Ata", "Italy"):
        text = f"The leaders agreed to hold the next summit in {where} in 2027.\n"
        found = extract(text, Settings(declared=dt.date(2025, 6, 1)))
        assert [c.similar for c in tracked(found, [KYRGYZSTAN])] == [KYRGYZSTAN.id]


def test_the_words_of_the_ledger_s_theme_are_not_enough_to_be_alike() -> None:
    """An attacker's: "A Central Asia–Italy business forum will be held in Rome in 2027"
    shared only the summit's name with the ledger's energy event of 2027, and --apply
    left it out."""

    def entry(i: str, title: str, due: str) -> Commitment:
        return Commitment(
            id=i, title=title, due=due, declared=dt.date(2025, 5, 30), summit="ca-it",
            quote=f"{title} is planned.",
        )  # fmt: skip

    ledger = [
        entry("water", "Central Asia–Italy round table on water resources", "by 2026"),
        entry("energy", "Central Asia–Italy event on sustainable energy technologies", "2027"),
        entry("summit", "Next Central Asia–Italy Summit, in the Kyrgyz Republic", "2027"),
    ]
    text = (
        "A Central Asia–Italy business forum will be held in Rome in 2027.\n\n"
        "A Central Asia–Italy event on sustainable energy technologies will be held in"
        " Rome in 2027.\n"
    )
    found = extract(text, Settings(declared=dt.date(2025, 6, 10)))
    assert [c.similar for c in tracked(found, ledger)] == [None, "energy"]


def test_deadlines_of_different_years_are_different_promises() -> None:
    """A newcomer's: the fifth conference of spring 2028 was taken for the ledger's
    fourth of spring 2026, and --apply left it out."""
    fourth = Commitment(
        id="fourth",
        title="Fourth Central Asia–Italy Foreign Ministers' Conference, in Italy",
        due="spring 2026",
        declared=dt.date(2025, 5, 30),
        quote="the fourth Foreign Ministers' Conference in Italy in the spring of 2026",
    )
    text = (
        "The fifth Foreign Ministers' Conference will be held in Central Asia in the"
        " spring of 2028.\n\n"
        "The fourth Foreign Ministers' Conference will be held in Italy in the spring of"
        " 2026.\n"
    )
    found = extract(text, Settings(declared=dt.date(2025, 6, 10)))
    assert [c.similar or c.tracked for c in tracked(found, [fourth])] == [None, "fourth"]


def test_another_number_is_another_meeting_however_many_words_are_shared() -> None:
    """The newcomer's: "the fifth Foreign Ministers' Conference in Kazakhstan in the spring
    of 2026" was left out as perhaps the ledger's fourth conference, of the same spring."""
    fourth = Commitment(
        id="fourth-conference",
        title="Fourth Central Asia–Italy Foreign Ministers' Conference, in Italy",
        due="spring 2026",
        declared=dt.date(2025, 5, 30),
        summit="ca-it",
        quote="the fourth Foreign Ministers' Conference in Italy in the spring of 2026",
    )
    said = (
        "The sides agreed to hold the {} Foreign Ministers' Conference in {} in the spring of 2026."
    )
    for number, place, expected in (
        ("fifth", "Kazakhstan", None),
        ("fifth", "Italy", None),
        ("fourth", "Italy", fourth.id),
        ("next", "Italy", fourth.id),
    ):
        found = extract(said.format(number, place), Settings(declared=dt.date(2025, 6, 1)))
        seen = tracked(found, [fourth], "ca-it")
        assert [c.similar or c.tracked for c in seen] == [expected]
