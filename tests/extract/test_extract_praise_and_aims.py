"""Praise and news of what is done, a text adopted, and aims stated (the twenty-first
session's rules): "hailed the achievements", "pleased to announce that an agreement has
been reached", "was adopted" are no commitments; "Finland’s goal is to", "decide to",
"voiced willingness to" are."""

from __future__ import annotations

import datetime as dt

import pytest

from commitments.extract.candidates import Settings, extract

DECLARED = Settings(declared=dt.date(2015, 10, 9))


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.strength, c.cue, c.due) for c in extract(text, DECLARED)]


@pytest.mark.parametrize(
    "text",
    [
        # praise of what is or was
        "The Council also hailed the achievements made by the Iraqi Government.",
        "The two sides hailed the success of the fifth ASEM Summit that was held in Hanoi.",
        "They hailed the strong foundation and wide-ranging prospects for cooperation.",
        # news of a thing done
        "The Government of Ghana is pleased to announce that an agreement has been reached"
        " on a Memorandum of Understanding.",
        "We are pleased to announce that we have just had a very successful meeting.",
        "India and the United States are pleased to announce that they have signed today a"
        " new Treaty.",
        "We are pleased to announce the start of the negotiations for a Free Trade Agreement.",
        "The Ministers are pleased to announce the signing of the CMIM Agreement.",
        # a text the meeting adopted or endorsed: its own act
        "The Ha Noi Plan of Action, which contains policy guidance, was adopted by the 17th ARF"
        " Meeting in Ha Noi.",
        "A Joint Statement about the establishment of a Strategic dialogue was adopted.",
        "The draft OECS Declaration on Education, which was endorsed by the OECS Ministers.",
        # a capitalised Will inside a sentence is a name
        "A delegation from the United Kingdom, headed by Will Francis, met in London to"
        " consult on fisheries for 2024.",
        "The two delegations, headed by Adela Rey and Will Francis, met in Tórshavn.",
        # agreement on a judgement, or a document made
        "There was agreement on the key role of the AU in preventing conflicts.",
        "There was also agreement that the only way to peace is by ending the occupation.",
        "This agreement was made to elevate the relations to a strategic partnership.",
        # an occasion announced that is past
        "The minister announced the summit held last week in Rome.",
        # no agreement, an occasion's results or its end told, a decision only perhaps
        "No agreement was made on the budget for 2026.",
        "The chair announced the conference results on Monday.",
        "They announced a visit of the envoy, which ended on Monday.",
        "The parties may perhaps decide to meet in 2026.",
        "Foreign Minister Will Francis met the envoy in Rome.",
        # a voice raised for a stance long held, or a hope
        "Turkey has been voicing support for the Palestinian cause for decades.",
        # what a body is for
        "The Committee’s objective is to promote trade and investment.",
    ],
)
def test_no_commitment(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is hailed may still be to come
        (
            "The leaders hailed the agreement to hold talks in 2016.",
            [("intent", "hailed", "2016")],
        ),
        (
            "We hailed the decision to establish a Working Group on the environment.",
            [("intent", "hailed", None)],
        ),
        # a promise made now, announced
        (
            "I am pleased to announce that the Commission has today pledged €650 million to"
            " support Somalia.",
            [("pledge", "pleased to announce", None)],
        ),
        (
            "We are pleased to announce that a publication of the results will be released"
            " shortly.",
            [("pledge", "pleased to announce", None)],
        ),
        # a text adopted with what is still to be done in it, or what it asks
        (
            "A target system for climate neutrality in the Alps by 2050 was adopted.",
            [("pledge", "was adopted", "by 2050")],
        ),
        (
            "The Lausanne Call for Action was adopted, calling for concrete action by states on"
            " humanitarian demining.",
            [("pledge", "was adopted", None)],
        ),
        # a promise told in the perfect, announced; a text adopted with a season ahead; a
        # plan hailed
        (
            "We are pleased to announce that Japan has agreed to host the next summit in 2016.",
            [("pledge", "pleased to announce", "2016")],
        ),
        (
            "A roadmap for a round table on glaciers in spring 2016 was endorsed.",
            [("pledge", "was endorsed", "spring 2016")],
        ),
        (
            "Both sides hailed the plan for a summit in Rome in spring 2016.",
            [("intent", "hailed", "spring 2016")],
        ),
        # approved stays a pledge, as LABELLING.md says
        ("The action plan for the single market was approved.", [("pledge", "was approved", None)]),
        # a sentence opening with Will is still the modal
        (
            "Will France host the summit? France will host it in 2016.",
            [("pledge", "Will", None), ("pledge", "will", "2016")],
        ),
        # a plural subject's present
        (
            "Over 30 governments and organizations decide to join forces to push for greater"
            " cooperation.",
            [("pledge", "decide", None)],
        ),
        # a party's or a shared aim
        (
            "Finland’s goal is to become the European leader in the hydrogen economy.",
            [("intent", "Finland’s goal is to", None)],
        ),
        (
            "The two nations’ goal is to build upon the progress made here today.",
            [("intent", "The two nations’ goal is to", None)],
        ),
        (
            "The immediate objective is to coordinate closely as we launch a response.",
            [("intent", "The immediate objective is to", None)],
        ),
        # a declaration's call, with a phrase set off by commas before its verb
        (
            "The Bucharest Declaration, adopted by the OSCE PA in the Romanian capital, calls"
            " for stringent adherence to OSCE commitments.",
            [("intent", "calls for", None)],
        ),
        # agreement stated without its verb
        (
            "There was also agreement to continue efforts to support co-funding of projects.",
            [("pledge", "There was also agreement to", None)],
        ),
        (
            "Agreement was promptly made for a full-scale reinvestigation.",
            [("pledge", "Agreement was promptly made for", None)],
        ),
        (
            "The two countries unite with a common resolve to deepen our ties.",
            [("pledge", "with a common resolve to", None)],
        ),
        # an occasion announced, with its month
        (
            "The U.S. delegation announced a visit of the Advisory Council to Nigeria in July.",
            [("pledge", "announced a visit", "2016-07")],
        ),
        # willingness voiced
        (
            "President Nikolić voiced willingness to cooperate with the Montenegrin authorities.",
            [("intent", "voiced willingness", None)],
        ),
    ],
)
def test_commitment(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_an_item_numbered_within_its_section_is_an_item() -> None:
    text = (
        "The Ministers agreed as follows:\n"
        "1.1 Further strengthen cooperation in the field of culture through a Working Group.\n"
        "1.2 Enhance cooperation in the field of museums by organizing joint exhibitions.\n"
    )
    got = extract(text, DECLARED)
    assert [(c.cue, text[c.start : c.end]) for c in got] == [
        (
            "Further strengthen",
            "Further strengthen cooperation in the field of culture through a Working Group.",
        ),
        ("Enhance", "Enhance cooperation in the field of museums by organizing joint exhibitions."),
    ]


def test_infinitive_items_numbered_within_a_section_and_one_with_a_relative_clause() -> None:
    text = (
        "The Ministers agreed as follows:\n\n"
        "1.1 To establish a Danube Region Hydrogen Corridor Working Group, which will present"
        " a roadmap by the end of 2027.\n"
        "1.2 To hold the sixth meeting of energy ministers in Budapest in the first half of"
        " 2027.\n"
        "1.3 To complete the harmonisation of the gas network codes by 31 December 2027.\n"
    )
    got = extract(text, Settings(declared=dt.date(2026, 6, 3)))
    assert [(c.cue, c.due) for c in got] == [
        ("To establish", None),  # the roadmap's date is the Working Group's, not this
        ("To hold", "first half of 2027"),
        ("To complete", "by 2027-12-31"),
    ]
    # a purpose, then a main clause of its own, is no operative paragraph
    assert (
        extract(
            "To commemorate this occasion, a joint logo has been issued, which would be"
            " used by the Embassies.",
            DECLARED,
        )
        == []
    )


def test_a_day_after_agreed_on_is_when_not_what() -> None:
    [got] = extract("The leaders agreed on Friday to build a cable by 2028.", DECLARED)
    assert (got.cue, got.due) == ("agreed", "by 2028")


def test_one_analysts_line_does_not_make_a_news_page_a_commentary() -> None:
    page = (
        "Sweden will host a meeting of defence ministers next year. Latvia said it would"
        " stop all imports of Russian gas by the end of this year.\n\n"
        "Analysts said the cable was likely to face delays because of supply constraints."
    )
    got = extract(page, Settings(declared=dt.date(2026, 3, 14)))
    assert [c.strength for c in got][:2] == ["pledge", "pledge"]
    # an analysis that says so in two sentences is one, and its "will" a forecast
    analysis = "Analysis: Sweden will host the meeting next year. Delays are likely to follow."
    assert extract(analysis, Settings(declared=dt.date(2026, 3, 14)))[0].strength == "forecast"


def test_a_figure_at_a_sentence_s_start_is_no_item_number_and_unstopped_items_split() -> None:
    text = "2.5 Billion euros will be provided by Japan for water projects by 2017."
    [got] = extract(text, DECLARED)
    assert text[got.start : got.end].startswith("2.5 Billion")
    items = "The parties agreed to:\n1.1 Further strengthen cooperation on water\n1.2 Establish a fund for glaciers by 2016\n"
    assert [(c.cue, c.due) for c in extract(items, DECLARED)] == [
        ("Further strengthen", None),
        ("Establish", "by 2016"),
    ]


def test_a_weekday_an_act_was_told_on_is_history_not_a_day_to_come() -> None:
    declared = Settings(declared=dt.date(2026, 3, 14))
    text = (
        "The leaders of Estonia, Latvia and Lithuania agreed on Friday to build an undersea"
        " power cable linking the Baltic states with Finland and Sweden by 2028, at the close"
        " of a one-day summit."
    )
    assert [(c.cue, c.due) for c in extract(text, declared)] == [("agreed", "by 2028")]
    assert extract("They said on Friday they will meet in Rome.", declared)[0].due is None
    # a weekday a future verb governs is the one to come
    assert extract("The ministers will meet on Friday in Rome.", declared)[0].due == "2026-03-20"
