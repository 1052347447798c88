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
        "The Prime Minister expressed the wish for a successful Olympic Games.",
        "He expressed the wish for the President to recover quickly.",
        # the attack's: a verb inside a need's own complement, another's will, a notice, a
        # doubt, a past effort, a commitment to a thing, values, a suggestion rejected, an
        # invitation of a year
        "The two Ministers discussed the need for donors to pledge $1 billion by 2025.",
        "Acknowledging the need for countries to commit to net zero by 2050, the leaders met.",
        "The regime never demonstrated the will to reform.",
        "Visitors are welcome to attend the opening ceremony.",
        "It is unclear whether Russia is still willing to negotiate.",
        "Ukraine has sought the support of NATO for years, without success.",
        "Notes with satisfaction the commitment of staff to their work.",
        "We shared the resolve for freedom of our ancestors.",
        "The idea was suggested, such as by the press, but rejected.",
        "He conveyed an invitation from 2019 to the Prime Minister, which had lapsed.",
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
        # a stance's own need, and a pledge after it in the same clause (a fresh reader's
        # attack: a cue that took the rest of the clause as what was stressed)
        (
            "The Prime Minister emphasized that Japan needs to do more and will double its"
            " ODA by 2027.",
            [("intent", "needs to", None), ("pledge", "will", "by 2027")],
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
        # what the attack found the new cues took: a pledge before a letter's formula, a
        # need in the main clause after a preamble's comma
        (
            "Japan will provide $5 million by 2025, and would be grateful if the UN could"
            " report on its use.",
            [("pledge", "will", "by 2025")],
        ),
        (
            "Noting the report, the Ministers emphasized trade and the need to conclude the"
            " FTA by 2025.",
            [("intent", "need to", "by 2025")],
        ),
        # a source's anonymity, a question weighed
        (
            '"The real test will be whether the council meets at all," said one diplomat,'
            " who asked not to be named.",
            [],
        ),
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


def test_a_document_named_outlook_does_not_make_a_statement_a_commentary() -> None:
    text = (
        "We reaffirm our strong support for the ASEAN Outlook on the Indo-Pacific. Trade is"
        " expected to grow. We will establish a Vaccine Experts Group."
    )
    assert ("pledge", "will", None) in found(text)
    # a commentary that says so still reads "will" as its author's forecast
    assert ("forecast", "will", None) in found(
        "Outlook: what to expect from the summit. The leaders will establish a group."
    )
