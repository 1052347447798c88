"""Plans told in plain words and guests named (the twenty-second session's rules): "opted
to", "is going to", "he wanted to", "the next step will be" and an aim restated by its
name are commitments; "were also invited." is a meeting's guest list."""

from __future__ import annotations

import datetime as dt

import pytest

from commitments.extract.candidates import Settings, extract

DECLARED = Settings(declared=dt.date(2022, 9, 8))


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.strength, c.cue, c.due) for c in extract(text, DECLARED)]


@pytest.mark.parametrize(
    ("text", "strength", "cue"),
    [
        (
            "Spain and Portugal opted to work to identify strategic joint projects.",
            "pledge",
            "opted to",
        ),
        (
            "Prime Minister Kishida announced that Japan is going to invest 30 billion U.S."
            " dollars over the next three years.",
            "pledge",
            "is going to",
        ),
        (
            "We are going to strengthen our already robust cooperation in the environmental field.",
            "pledge",
            "are going to",
        ),
        (
            "He also mentioned that he wanted to ensure closer communication at all levels.",
            "intent",
            "wanted to",
        ),
        (
            "She also stated that she wanted to develop relations of two countries.",
            "intent",
            "wanted to",
        ),
        (
            "The immediate next step will be the adoption of the 2030 energy and climate"
            " targets at the Ministerial Council meeting.",
            "pledge",
            "immediate next step will be",
        ),
        (
            "They reaffirm the Paris Agreement temperature goal of holding the increase in"
            " the global average temperature to well below 2°C.",
            "intent",
            "reaffirm the Paris Agreement temperature goal of",
        ),
    ],
)
def test_a_plan_told_in_plain_words_is_found(text: str, strength: str, cue: str) -> None:
    assert [(s, c) for s, c, _ in found(text)] == [(strength, cue)]


def test_a_plan_told_takes_its_deadline() -> None:
    assert found("Japan is going to hold the conference in March 2023.") == [
        ("pledge", "is going to", "2023-03")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a forecast, a question: no plan of the parties
        "Our global energy economy is going to be a low-carbon energy economy.",
        "What is going to happen next?",
        # a meeting's guests, named after it was held
        "Algeria, Bangladesh, and Colombia were also invited.",
        "The Republic of Korea was invited.",
    ],
)
def test_no_plan_is_told(text: str) -> None:
    assert found(text) == []


def test_an_invitation_still_ahead_is_kept() -> None:
    assert [s for s, _, _ in found("Ministers were invited to attend the next meeting.")] == [
        "intent"
    ]


def test_days_told_with_next_year_are_a_year_on() -> None:
    declared = Settings(declared=dt.date(2015, 11, 9))
    text = "The Conference is to be held in New Delhi on November 14-17 next year."
    assert [c.due for c in extract(text, declared)] == ["2016-11-14/2016-11-17"]
    text = "Japan will host the meeting on 4 March next year."
    assert [c.due for c in extract(text, declared)] == ["2016-03-04"]


def test_a_commitment_expressed_without_its_determiner_is_found() -> None:
    assert [
        (s, c)
        for s, c, _ in found(
            "The Ministers expressed commitments to enhance joint disaster response."
        )
    ] == [("pledge", "expressed commitments to")]
    # a headline's topic, in title case, is no pledge of its own
    assert found("Trade Ministers Reaffirm Commitment To AfCFTA") == []


def test_a_plan_told_is_titled_by_what_is_planned() -> None:
    # "is going to" is no passive: the title is the act, not the whole sentence
    (candidate,) = extract(
        "Japan is going to host the next meeting on 4 March next year.",
        Settings(declared=dt.date(2025, 9, 12)),
    )
    assert (candidate.title, candidate.due) == ("Host the next meeting", "2026-03-04")
