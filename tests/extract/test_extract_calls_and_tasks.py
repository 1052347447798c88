"""Calls and tasks told in other words (the twenty-third session's rules): officials
tasked by the country they serve ("tasked EU and Singapore officials to"), "appealed
for", "asked for", a recommendation of a thing or to a body ("recommend a delimitation
line", "recommended the working groups to intensify"), "took the decision on", "spoke in favour of", and the parties' own "We encourage" with any
object. Not commitments: solidarity stood in, a state of things or what was just told
welcomed ("welcomed that relations have been nurtured", "We welcome this
development"; "welcomed that both sides will expand cooperation" is a plan welcomed),
and a possessive's "welcome" ("In their welcome and keynote
addresses")."""

from __future__ import annotations

import datetime as dt

import pytest

from commitments.extract.candidates import Settings, extract

DECLARED = Settings(declared=dt.date(2022, 2, 14))


def found(text: str) -> list[tuple[str, str]]:
    return [(c.strength, c.cue) for c in extract(text, DECLARED)]


@pytest.mark.parametrize(
    ("text", "strength", "cue"),
    [
        (
            "In that context, they tasked EU and Singapore officials to start technical"
            " discussions.",
            "pledge",
            "tasked EU and Singapore officials",
        ),
        (
            "The Ministers tasked senior officials of ASEAN and the United States to formulate"
            " a work programme.",
            "pledge",
            "tasked senior officials of ASEAN and the United States",
        ),
        (
            "He also appealed for increased international support for the region.",
            "intent",
            "appealed for",
        ),
        (
            "In this regard, the participants spoke in favour of further strengthening the"
            " project-oriented efforts.",
            "intent",
            "spoke in favour of",
        ),
        (
            "The presidents came out in favor of the conclusion of trade negotiations.",
            "intent",
            "came out in favor of",
        ),
        (
            "We encourage synergy-building among all relevant stakeholders.",
            "intent",
            "encourage",
        ),
        (
            "She also asked for cooperation and support from the international community.",
            "intent",
            "asked for",
        ),
        (
            "The two delegations recommend a delimitation line on the basis of international law.",
            "proposal",
            "recommend a",
        ),
        (
            "The Council recommended the working groups to intensify their work.",
            "proposal",
            "recommended the working groups to",
        ),
        (
            "The Council took the Decision on adoption of the Plans of interaction.",
            "pledge",
            "took the Decision on",
        ),
        (
            "The leaders welcomed that both sides will expand cooperation in energy.",
            "intent",
            "welcomed",
        ),
    ],
)
def test_a_call_or_a_task_is_a_commitment(text: str, strength: str, cue: str) -> None:
    assert found(text) == [(strength, cue)]


@pytest.mark.parametrize(
    "text",
    [
        # a fund's appeals, a court's: not a call of the parties
        "The 2016 UN coordinated appeals for the Syria crisis call for US$7.7 billion.",
        "The company appealed for the Supreme Court to review the ruling.",
        "They appealed for $500 million in the last year.",
        # officials named without a task given to them
        "The Ministers thanked senior officials of ASEAN for their work.",
        # what encourages: a thing's effect, not the parties' call
        "Low prices encourage waste.",
    ],
)
def test_what_is_not_a_call(text: str) -> None:
    assert [
        cue for _, cue in found(text) if "appeal" in cue or "encourag" in cue or "task" in cue
    ] == []
