"""Calls and tasks told in other words (the twenty-third session's rules): officials
tasked by the country they serve ("tasked EU and Singapore officials to"), "appealed
for", "asked for", a recommendation of a thing or to a body ("recommend a delimitation
line", "recommended the working groups to intensify"), "took the decision on", "spoke in favour of", and the parties' own "We encourage" with any
object. Not commitments: solidarity stood in, a state of things or what was just told
welcomed ("welcomed that relations have been nurtured", "We welcome this
development"; "welcomed that both sides will expand cooperation" is a plan welcomed),
a possessive's "welcome" ("In their welcome and keynote
addresses"), and a page's links ("To read the full statement click here.")."""

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
        # what another asked for
        "The funds were released as asked for by the Council.",
        # a recommendation praised, or what a body is for
        "A visit to the museum is highly recommended.",
        "Leaders set up a Taskforce to recommend a pathway towards quality of service.",
    ],
)
def test_what_is_not_a_call(text: str) -> None:
    calls = ("appeal", "encourag", "task", "ask", "recommend")
    assert [cue for _, cue in found(text) if any(word in cue for word in calls)] == []


@pytest.mark.parametrize(
    "text",
    [
        "We stand in solidarity with the people of Burundi.",
        "The two leaders welcomed that long-standing friendly relations have been nurtured.",
        "We also welcome that the first Joint Committee discussed priority areas.",
        "We welcome this development.",
        "Both sides welcomed this as an important step.",
        "In their welcome and keynote addresses, the ministers thanked the hosts.",
        # a web page's own links
        "To read the full statement click here.",
        "To view the Joint Statement in its entirety, please click HERE.",
    ],
)
def test_what_is_felt_or_welcomed_as_it_stands_is_not_a_commitment(text: str) -> None:
    assert found(text) == []


def test_solidarity_promised_with_will_is_still_a_promise() -> None:
    assert found(
        "The UK and our allies will stand in solidarity with Ukraine for as long as it takes."
    ) == [("pledge", "will")]
