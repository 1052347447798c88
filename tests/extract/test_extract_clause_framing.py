"""What frames a clause and what it holds: a need granted or shown, a wish expressed, a
second subject after a complement, an occasion gone by (the twentieth session's rules)."""

from __future__ import annotations

import datetime as dt

import pytest

from commitments.extract.candidates import Settings, extract

DECLARED = Settings(declared=dt.date(2018, 1, 10))


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.strength, c.cue, c.due) for c in extract(text, DECLARED)]


@pytest.mark.parametrize(
    "text",
    [
        # a preamble's need granted, the ground for what follows
        "Recognising the need for an urgent and collective response, members adopted a"
        " Declaration on People Smuggling.",
        "Acknowledging the challenges facing the world, and the need to seize new"
        " opportunities, the Prime Ministers met in Rome.",
        "• Recognizing the urgent need to further increase cooperation in connectivity;",
        # a need a thing shows or sharpens
        "These events reinforced the need for our governments to remain vigilant.",
        "The meeting reflects the need for greater trilateral cooperation in the region.",
        "The war has accelerated the need for collaboration between like-minded allies.",
        "We also increased awareness of the crisis and the urgent need for humanitarian"
        " assistance.",
        # a need talked about, with a word before it
        "The leaders discussed the situation in Afghanistan and the continuing need for all"
        " countries to support the peace process.",
        "The prime ministers addressed the situation in Ukraine and the need for support.",
        # a good wish is no wish to act
        "He expressed his wish for the success of the Games.",
        # a need talked over in an exchange of views
        "There was a frank exchange of views between the two leaders on the need for"
        " mutual cooperation in tourism.",
        # the meeting's own text, agreed
        "They agreed on a Joint Summit Statement.",
        # what a thing will do, foreseen
        "Lifting the restrictions on food imports will provide a major boost to the"
        " reconstruction of the affected areas.",
        "I am sure this will usher in a new era in our economic relations.",
    ],
)
def test_a_need_or_a_wish_that_commits_no_one(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main clause after a need granted stands
        (
            "Recognizing the need to manage nuclear power responsibly, the two sides agreed"
            " to strengthen cooperation.",
            [("pledge", "agreed to", None)],
        ),
        # a need named inside the clause does not silence the verb that governs it
        (
            "They held a discussion and, reflecting on the urgent need for understanding,"
            " on 2 November agreed to support the development of an independent report.",
            [("pledge", "agreed to", None)],
        ),
        # the parties' own voice on a need is still theirs
        (
            "The ministers underscored the need to enhance cooperation.",
            [("intent", "underscored the need", None)],
        ),
        # a wish expressed, of a party or its government
        (
            "Foreign Minister Moreno expressed the wish of his government to receive an"
            " official visit to Chile.",
            [("intent", "expressed the wish", None)],
        ),
        (
            "The Indian side expressed the urgent wish for intensive cooperation in energy.",
            [("intent", "expressed the urgent wish", None)],
        ),
        (
            "The two parties expressed the wish for it to continue its mission in Iraq.",
            [("intent", "expressed the wish", None)],
        ),
        # a complement without a modal, then a second subject and its own "will"
        (
            "The delegations agreed that this review needs to be coordinated with plans for"
            " benchmarking, and the Parties will return to the issue during 2018.",
            [("pledge", "agreed that", None), ("pledge", "will", "2018")],
        ),
        # "and that …" goes on with the same complement
        (
            "The delegations agreed that this review needs to be coordinated, and that the"
            " Parties will return to the issue during 2018.",
            [("pledge", "agreed that", "2018")],
        ),
        # a commitment to a doing, welcomed (not a meeting held)
        (
            "President Juncker welcomed President Poroshenko's commitment to meeting all"
            " remaining reform conditions.",
            [("intent", "welcomed", None)],
        ),
        # a party's own impetus is its act
        (
            "The governments of South Africa and India will provide fresh impetus to"
            " cooperation in science.",
            [("pledge", "will", None)],
        ),
        # "through to" and "up until" end a window as "until" does
        (
            "Britain will maintain its funding at the current level through to 2019.",
            [("pledge", "will", "by 2019")],
        ),
        (
            "The programme will run up until March 2019.",
            [("pledge", "will", "by 2019-03")],
        ),
        # a need the parties stress in a clause of its own, and how crucial a thing is
        (
            "Ministers stressed that the pace of structural reform needed to be stepped up.",
            [("intent", "stressed that", None)],
        ),
        (
            "They underscored how crucial it is to ensure that momentum be sustained.",
            [("intent", "how crucial it is to", None)],
        ),
        # another's commitment to a doing, noted with satisfaction (not progress achieved)
        (
            "Notes with satisfaction the commitment of the international community to double"
            " aid to Africa by 2019.",
            [("intent", "Notes with satisfaction the commitment of", "by 2019")],
        ),
        ("Notes with satisfaction the progress achieved in the negotiations.", []),
        # a resolve the parties share, ideas suggested, an invitation to take part
        (
            "We share a common resolve for rapid and concerted action to restore confidence.",
            [("pledge", "share a common resolve for", None)],
        ),
        (
            "Various ideas were suggested, including the use of high yield seedlings.",
            [("proposal", "were suggested", None)],
        ),
        (
            "Ghana is welcome to participate in the Belt and Road construction.",
            [("intent", "is welcome to", None)],
        ),
        ("You are welcome to the city of Accra.", []),
        # a plural possessive's support
        (
            "President Obama affirmed the United States’ support for Vietnam’s integration.",
            [("intent", "affirmed the United States’ support", None)],
        ),
        # what an agreement will be, foreseen
        ("The Association Agreement will be the basis on which Georgia proceeds.", []),
        # willing, with a word between; the will to; an invitation conveyed from another
        (
            "China is also willing to strengthen cooperation with Jamaica on climate change.",
            [("intent", "is also willing to", None)],
        ),
        (
            "The two ministers met, expressing the will to strengthen the relationship.",
            [("pledge", "expressing the will to", None)],
        ),
        (
            "He conveyed an invitation from the Indian leadership to President Ramkalawan to"
            " visit India.",
            [("intent", "conveyed an invitation from the Indian leadership to", None)],
        ),
        # support or cooperation asked of another
        (
            "Minister Kono requested Algeria's cooperation in setting up legal frameworks.",
            [("intent", "requested Algeria's cooperation", None)],
        ),
        (
            "Bangladesh sought the support of India for the repatriation of the displaced.",
            [("intent", "sought the support", None)],
        ),
        # greetings and a letter's formula are no commitments; a party's help is one
        ("Wang Yi conveyed President Xi Jinping's greetings and best wishes to Tamim.", []),
        (
            "We should be grateful if you would have this communique circulated as a document"
            " of the General Assembly.",
            [],
        ),
        ("Both sides agreed that this will assist the two countries in meeting their goals.", []),
        ("Japan will assist Kenya in building a new port.", [("pledge", "will", None)]),
        # an act told at an occasion gone by, the parties named as one community
        (
            "At the close of the Monterrey Conference in March 2002, the international"
            " community committed to increasing resources for development.",
            [],
        ),
    ],
)
def test_what_a_clause_holds(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected
