"""The words that make a sentence a commitment, and how firm: PRODUCT.md's strengths.

The lists follow how declarations are written (and how the G7 and G20 Research Groups
read them): a decision is *agreed*, *decided*, *approved*, *planned* or *scheduled*; a
wish is *welcomed*, *supported* or *underlined*; a proposal is *proposed* or
*suggested*; a forecast is someone else's expectation. ``will`` is a pledge in the
parties' own text and in reporting, and a forecast in commentary, where the author is
the one who expects it. See docs/extract.md for the rules in prose.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Literal, NamedTuple

# "1.1", "2.3.4": an item numbered within its section ("1.1 To establish a Working Group")
SECTION_NUMBER = r"[0-9]{1,2}(?:\.[0-9]{1,2})+"

Strength = Literal["pledge", "intent", "proposal", "forecast"]
# "future": will / is expected / set to: a pledge or a forecast by whose voice it is.
CueClass = Literal["pledge", "intent", "proposal", "forecast", "future"]


class Cue(NamedTuple):
    start: int
    end: int
    words: str
    kind: CueClass
    verb: bool  # a verb governs what follows; a noun ("commitment to") is governed
    confidence: float


# The present of a schedule: "Secretary Clinton arrives in Honolulu on October 27"
_SCHEDULE_VERBS = r"(?:arrives|departs|returns|leaves|travels|proceeds|finishes)"
# "will serve as chair", "as vice-chairs": a post taken, not a thing's use
_NOT_A_POST = (
    r"(?! as (?:the )?(?:co-|vice-)?(?:chairs?|chairman|chairperson|host|coordinator|president"
    r"|rapporteur)\b)"
)
# What has importance when stressing it is a call to act: a doing ("of holding periodic
# consultations", "of joint action", "of cooperation in boosting exchanges"), not a thing
# whose worth is granted ("of ASEAN Centrality", "of their partnership")
# "to double aid", not "to their work": a commitment's object that is a deed
_TO_A_DEED = r"to (?!(?:the|their|its|our|a|an)\b)\w"
# an appeal that is a court's or a fund's: "an appeal to the Supreme Court", "appeals
# for 500 million dollars"
_NOT_TO_A_COURT_OR_A_SUM = r"(?! (?:the )?(?:\w+ )?(?:court|tribunal)\b| (?:USD|US\$|\$|€|£|\d))"
_A_DOING = (
    r"(?:the |a |an |their |our |its )?(?:\w+ly )?(?:\w+ing"
    r"|joint|further|continued|closer|deeper|stronger|greater|enhanced|increased"
    r"|(?:[\w+-]+ ){0,4}(?:co-?operation|collaboration|co-?ordination|engagement|dialogue"
    r"|exchanges|sharing|consultations|visits|contacts|reforms?))\b"
)
# and, stressed (not only recognised), a way of acting or a step ("stressed the
# importance of close engagement", "of timely implementation", "of the reforms")
_A_THING_TO_DO = (
    rf"(?:{_A_DOING}|(?:the |a |an |their |our |its )?(?:\w+ly )?(?:close|regular|timely"
    r"|full|effective|early"
    r"|(?:[\w+-]+ ){0,4}(?:adoption|partnership|interaction|implementation|action|presence"
    r"|participation|approach|discussions?|response|efforts|steps|measures|reforms?|support"
    r"|investment|work|adherence))\b)"
)

# A named party's, before what it asks or offers: "PM Nguyen Tan Dung’s", "Japan's"
_NAMED_OWNER = r"(?:(?-i:[A-Z])[\w.-]* ){0,4}?(?-i:[A-Z])[\w-]*['’]s "
# "More needs to be done", "more effort must be made": a judgement with no one to do it
_MORE_TO_DO = r"(?<!\bmore )(?<!\bmore work )(?<!\bmore effort )(?<!\bmore efforts )"

# (class, verb?, confidence, pattern). Patterns are matched case-insensitively, whole
# words; the first to match at a position wins, so longer phrases come first.
# The verbs that may stand bare before a colon and lead a list ("The Ministers decided:")
_BARE_VERBS = (
    r"(?:agreed|agree|agrees|decided|decide|decides|resolved|resolve|resolves)"
    # "decided unanimously:", "agreed upon:"
    r"(?:\s+unanimously|\s+(?:up)?on)?"
)

_CUES: list[tuple[CueClass, bool, float, str]] = [
    # --- pledge: a decision, a plan, an undertaking
    ("pledge", True, 0.9, r"announced (?:the|a|its|their) decision"),
    # "Prime Minister Trudeau announced over $50 million for initiatives": money promised
    (
        "pledge",
        True,
        0.85,
        # ("EUR 40 million", "USD 2.5 billion", "40 million euros", "a grant of $5 million")
        r"announc(?:e|es|ed|ing)(?= (?:(?:over|an additional|additional|a further|more than"
        r"|new|a new|a total of|nearly|almost|up to|some|a grant of|a package of|funding of"
        r"|a contribution of)\s)*(?:(?:US|USD|EUR|GBP|A|C|NZ|AU|CA|HK|S)?\s?[$£€¥₹]\s?\d"
        r"|(?:USD|EUR|GBP|JPY|CHF|AUD|CAD|NZD|SEK|NOK|DKK|KES|INR|CNY|RMB|KRW|Rs\.?|yen)\s?\d"
        r"|\d[\d.,]*\s?(?:million|billion|bn|m)?\s?(?:euros?|dollars|pounds|yen|francs|kroner"
        r"|kronor|rupees|yuan)\b)"
        # (not "announced $12 billion in bilateral trade", "$5 billion in deals signed": a
        # value reported)
        r"(?![^.;]{0,40}?\b(?:in|of) (?:\w+ )?(?:revenue|trade|deals|sales|exports|imports)\b)"
        r"(?![^.;]{0,60}?\b(?:signed|collected|recorded|generated|earned|raised)\b))",
    ),
    ("pledge", True, 0.9, r"(?:an? |the )?agreement (?:was|has been|were) reached"),
    # "There was also agreement to continue efforts", "there was an agreement on promoting
    # relations", "agreement was promptly made for a full-scale reinvestigation": as
    # "an agreement was reached" (not "there was agreement on the importance of", which
    # the importance decides, nor "there was also agreement that the only way is": a view)
    (
        "pledge",
        True,
        0.85,
        r"there (?:was|has been) (?:also )?(?:an? |broad |general |full )?agreement (?:to|on)"
        # (nor "agreement on the key role of the AU": a judgement shared)
        r"(?! the (?:\w+ )?(?:importance|need|significance|role|value)\b)"
        # (nor "This agreement was made to elevate the relations": a document)
        r"|(?<!\bthis )(?<!\bthe )(?<!\bno )agreement was (?:\w+ly )?made (?:to|on|for)\b",
    ),
    # "Agreements were reached to enhance high-level exchanges", "Both countries were in
    # agreement to deepen ties": what is to be done, agreed (not "important agreements
    # were reached", told of the past)
    # (not "agreements were reached to date", "… to the satisfaction of", "No agreements
    # were reached"; not "were in agreement that the talks had been useful": a view)
    (
        "pledge",
        True,
        0.9,
        r"(?<!no )agreements (?:were|have been) reached(?= to (?!date\b|the\b|a\b|an\b)\w)",
    ),
    ("pledge", True, 0.85, r"(?:are|were) in (?:full )?agreement to(?= (?!the\b|a\b|an\b)\w)"),
    # "We remain united and steadfast in our resolve to protect our citizens": their
    # resolve, as "determined to"
    # (not "admirable in their resolve to defend their country": another's)
    ("pledge", False, 0.8, r"(?:in|with) our (?:\w+ )?resolve to(?= \w)"),
    # "the Republic of Korea and the United States unite with a common resolve to deepen"
    ("pledge", False, 0.8, r"with (?:a|their) (?:common|shared|firm|joint) resolve to(?= \w)"),
    ("pledge", True, 0.9, r"reached (?:an |the )?agreement"),
    ("pledge", True, 0.9, r"it (?:was|has been) (?:agreed|decided)"),
    # "And the following is agreed:" over a list: what was agreed comes after the colon
    (
        "pledge",
        True,
        0.85,
        r"(?:is|was|were|are|has been|have been) (?:also )?(?:agreed|decided)(?=\s*:)",
    ),
    # "The Ministers decided:", "For this purpose it is necessary:" over "1. to pay
    # particular attention to …": the verb leads into its infinitives
    # (not "did not agree:", "remain to be decided:", "have not yet decided:", "failed to
    # agree:": nothing decided)
    (
        "pledge",
        True,
        0.8,
        rf"(?<!\bnot )(?<!\byet )(?<!\bbe )(?<!\bto )(?:{_BARE_VERBS})"
        r"(?=(?: as follows| the following)?\s*:\s*$)",
    ),
    ("intent", True, 0.7, r"it is (?:also )?necessary(?=\s*:\s*$)"),
    # "unveiled plans for an informal ministerial meeting on December 21"
    ("pledge", True, 0.85, r"(?:unveiled|announced) (?:the |their |its )?plans? (?:for|to)\b"),
    # "The U.S. delegation announced a visit of the Council to Nigeria in July", "…
    # announced a major symposium in Washington in October": an occasion set (not one
    # told: "announced the summit held last week")
    (
        "pledge",
        True,
        0.8,
        r"announc(?:ed|es|e) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:visit|symposium|conference|summit"
        r"|forum|workshop|seminar|exhibition)s?\b"
        # (not "announced the conference results", nor "… which ended on Monday")
        r"(?! (?:results?|outcomes?|conclusions|declaration|statement|report)\b)"
        # (bounded: each "announced a visit" of a long clause looks ahead once, not to its end)
        r"(?![^.;]{0,200}?\b(?:held|took place|ended|concluded|last \w+|yesterday)\b)",
    ),
    # "announced targets to peak CO2 emissions around 2030", "Announces Ambitious 2025
    # Target to Cut U.S. Climate Pollution": a target set, as "set a goal or target"
    (
        "pledge",
        True,
        0.85,
        r"(?:unveil|announc|set)(?:ed|es|e|s)? (?:(?:an?|its|their|the|new|ambitious|\d{4})[ -])*"
        # (not "announced the goals of the meeting", "sets the goals of the partnership")
        r"(?:targets?|goals?) to(?= \w)",
    ),
    # "A decision was taken to create a Group", "we arrived at a consensus to build"
    ("pledge", True, 0.85, r"(?:an? )?decision (?:was|has been) (?:taken|made) (?:to|on)\b"),
    # "The Committee adopted a programme of common action", "established a programme of
    # cooperation": what the parties set up to be done
    (
        "pledge",
        True,
        0.8,
        r"(?:adopted|established|launched) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:programme|program"
        r"|work plan|action plan|plan of action|mechanism|working group|roadmap)\b",
    ),
    # (and a headline's present, "both sides reach consensus on establishing"; not "could
    # not reach a consensus on the paper", "efforts to reach consensus on reform")
    (
        "pledge",
        True,
        0.85,
        # ("reached broad consensus on deepening bilateral cooperation")
        r"(?:arrived at|reached|(?<=\bsides )reach|(?<=\bcountries )reach) (?:a |the )?"
        r"(?:(?:broad|general|full|wide|important|new) )?consensus"
        # (not "reached broad consensus on developing bilateral relations and on other
        # issues of shared interest", "… on the relationship between": views shared)
        r"(?!\s+on\s+(?:the\s+)?(?:bilateral\s+|their\s+|mutual\s+)?relation)"
        r"(?!\s+on\s+(?:[\w-]+\s+){0,5}?relations\s+and\s+on\s+other\s+issues\b)"
        r" (?:to|on)\b",
    ),
    (
        "pledge",
        True,
        0.85,
        r"accept(?:ed|s|ing)? (?:the |an |their |his |her |its |this |that |[\w-]+['’]s )"
        r"(?:(?:kind|cordial|warm|gracious) )?"
        r"(?:invitation|offer|request|proposal|recommendations?)",
    ),
    # agreeing on how important something is: a shared view, not a decision ("agreed on
    # the importance of strengthening"); agreeing on the need to do it is agreeing that
    # it must be done, a decision (seven labels of L, T, X and Z against two)
    ("intent", True, 0.8, r"agreed (?:on |upon )?the (?:\w+ )?importance"),
    # agreeing that a thing is needed is a view of the need, as "underlined the need" is
    # ("agreed that there was an urgent need to", "agreed that firm action is needed")
    (
        "intent",
        True,
        0.8,
        r"agreed that (?:there (?:is|was) (?:an? )?(?:\w+ )?need\b"
        r"|[^.;]{0,60}?\b(?:is|are|was|were) (?:\w+ )?needed\b)",
    ),
    # an opening quotation mark may stand between the verb and what was agreed
    (
        "pledge",
        True,
        0.9,
        # (not "agreed on Friday to build": a day, then what was agreed)
        r"agreed [\"“‘]?(?:to|on(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|\d{1,2}\b|(?:january|february|march|april|may|june|july|august|september|october"
        r"|november|december) \d))|upon|that|for)|agreeing to|agrees? (?:to|that|on|upon)"
        # "The two parties agreed not to politicize development assistance"
        r"|agree[sd]? not to",
    ),
    # "They agreed both sides would continue": what was agreed, without "that"
    ("pledge", True, 0.85, r"agreed(?= (?:both|the two|all|each) (?:sides|parties|countries)\b)"),
    # "Leaders agreed a strategic forward agenda", "agreed further work to protect": what
    # was agreed, as its object
    ("pledge", True, 0.85, r"agreed(?= (?:a|an|further|new|additional)\b)"),
    # "the G20 has agreed concrete steps to implement the results": what was agreed, as its
    # object, in the plural
    (
        "pledge",
        True,
        0.85,
        # (not "The agreed principles mean that", "Our agreed targets": a participle before
        # its noun)
        r"(?<!the )(?<!The )(?<!our )(?<!Our )(?<!their )(?<!Their )(?<!its )(?<!all )"
        r"(?<!All )(?<!these )(?<!These )agreed(?= (?:(?:concrete|specific|joint|common"
        r"|practical|clear|ambitious) )?(?:steps|measures|actions|targets|goals|priorities"
        r"|principles|guidelines|arrangements)\b)",
    ),
    # "agreed at their Wales Summit on Friday … to reverse": the verb before an adjunct
    ("pledge", True, 0.8, r"agreed(?= (?:at|during|in|on|yesterday|today|last)\b)"),
    # "we resolve to act", "the two sides concurred to support": decided, agreed
    (
        "pledge",
        True,
        0.9,
        r"(?:decided|decides|(?<!who are )resolved|(?<=we )decide|(?<=they )decide"
        r"|(?<=we )resolve|(?<=\band )decide|(?<=therefore )decide"
        r"|(?<=hereby )decide|(?<=therefore )resolve|(?<=hereby )resolves?) [\"“‘]?(?:to|that|on)\b"
        # "over 30 governments and organizations decide to join forces": a plural
        # subject's present
        r"|(?<!perhaps )(?<!always )(?<!sometimes )(?<=(?-i:[a-z])s )decide(?= to \w)"
        # "We jointly determine to abide by international law", "we jointly decide to elevate"
        r"|(?<=jointly )(?:decide|determine|determined)(?= to \w)"
        # "the Council decided, in the light of the scientific advice, to extend", "We
        # are determined, particularly in the light of the slowdown, to maintain"
        # ("The government and the opposition agreed, in the presence of President
        # Rajapaksa, to constitute a committee")
        r"|(?:decide[sd]|agreed|commit(?:s|ted)|(?:is|are|remain|remains) (?:committed|determined))"
        r"(?=,[^,.;]{1,100},\s+to\b)|decide[sd](?=,[^,.;]{1,100},\s+on\b)"
        # an operative paragraph's "DECIDES as follows:" over its list
        r"|decide[sd]?(?= as follows\b)"
        # "UN member states resolve to end poverty", "…, resolving to engage regularly":
        # a body's resolve, in the present or as a participle, over what it will do (not
        # "help the two countries resolve that dispute": to settle)
        r"|(?:(?<=states )|(?<=leaders )|(?<=ministers )|(?<=parties )|(?<=countries )"
        r"|(?<=members ))resolve(?= to \w)|(?<=, )resolving(?= to (?!nothing\b)\w)",
    ),
    (
        "pledge",
        True,
        0.85,
        r"concur(?:red|s)? (?:to|on)\b|consent(?:ed|s)? to\b"
        # a ministry's readout: "shared the view to closely work together toward …",
        # "confirmed the further deepening of Japan-Ghana relations", "confirmed their
        # cooperation in addressing issues related to North Korea"
        r"|shared the view to(?= \w)"
        r"|(?:re)?confirm(?:ed|s)? (?:the )?(?:further )?(?:strengthening|deepening|expansion"
        r"|enhancement|promotion) of\b"
        r"|(?:re)?confirm(?:ed|s)? (?:their|its) (?:close |further )?cooperation"
        r" (?:in|on|toward|towards)\b"
        r"|c(?:ame|ome|omes) to an? agreement (?:to|on)\b"
        # "The Council gave its formal agreement to the convening of a conference"
        r"|gave (?:its|their) (?:formal )?(?:agreement|approval|consent) to"
        # "agreed the appointment of a new administrator"
        r"|agreed(?= the \w+(?:ment|tion|sion) of\b)"
        # "commits the Forum to working for sustainable development"
        r"|commit(?:s|ted) (?:the |its |their )?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*){0,3} to\b",
    ),
    ("pledge", True, 0.9, r"(?:was|were|has been|have been) (?:approved|adopted|endorsed)"),
    # endorsing a country's bid is support; endorsing an agreement or a plan, approval
    (
        "intent",
        True,
        0.75,
        r"endors(?:ed|es|e|ing) (?:the |\w+['’]s )?(?:bid|candidacy|candidature)",
    ),
    (
        "pledge",
        True,
        0.85,
        # ("endorsed in principle the updated memorandum": an approval all the same)
        r"endors(?:ed|es|e|ing)(?: in[ -]principle)?(?= (?:the|a|an|its|their|these|those|some"
        r"|all|several|\d+"
        r"|two|three|four|five|six|seven|eight|nine|ten)\b"
        # "endorsed work programmes on energy efficiency"
        r"| (?:\w+ )?(?:programmes?|programs?|plans?|roadmaps?|strateg(?:y|ies)|frameworks?)\b"
        # "We endorsed Singapore's proposal to convene a conference": approving it
        r"| [\w-]+['’]s (?:\w+ )?(?:proposals?|plans?|initiatives?|recommendations?|offer)\b)",
    ),
    ("pledge", True, 0.85, r"(?:is|are|was|were) (?:planned|scheduled|to be held)"),
    (
        "pledge",
        True,
        0.85,
        r"(?:scheduled|slated) (?:to|for)|set to (?:host|hold|be held|take place|open|launch)"
        r"|schedul(?:ed|es|e) (?:a|an|the|their|its|another|further)(?= \w)"
        # a reduced relative: "a meeting … to be held in June"
        r"|to be (?:held|convened|hosted|organi[sz]ed)|to take place"
        # "a strategy to be finalized in 2024", "the next phase to be launched in 2025":
        # a reduced relative with a date is a schedule
        r"|to be (?:finali[sz]ed|completed|launched|adopted|submitted|signed|concluded"
        r"|presented|published|established|set up)(?=[^.;]{0,60}?\b(?:in|by|before|on|at)"
        r" (?:the )?(?:[\w-]+ )?(?:19|20)\d\d\b)"
        # "negotiations … due to be launched in September 2002"
        r"|due to be (?:held|launched|signed|concluded|completed|adopted|convened|opened)"
        r"|set (?:a|the|a new) date",
    ),
    (
        "pledge",
        True,
        0.85,
        r"(?:re-?)?(?:affirm(?:s|ed|ing)?|declar(?:e|es|ed|ing)|reiterat(?:e|es|ed|ing)"
        r"|iterat(?:e|es|ed|ing)|recall(?:s|ed|ing)?"
        r"|(?:re)?confirm(?:s|ed|ing)?|renew(?:s|ed|ing)?|stat(?:e|es|ed|ing)|express(?:es|ed|ing)?"
        r"|reinforc(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|stress(?:es|ed|ing)?|underlin(?:e|es|ed|ing)"
        r"|emphasi[sz](?:e|es|ed|ing)|underscor(?:e|es|ed|ing)|signif(?:y|ies|ied|ying)) "
        r"(?:their|its|our|my|his|her|the|a) (?:[\w’'-]+ (?:and )?){0,3}?"
        r"(?:commitments?|resolve|determination|dedication|attachment)"
        # renewed in the parties' words: "reiterated ASEAN’s determination", "reaffirmed
        # Argentina and Chile's commitment" (not "sources affirm Rome's commitment")
        # ("Prime Minister Dung affirmed Vietnam's resolve to maintain")
        # ("emphasized China's commitment to building", "reaffirmed both countries'
        # commitment to step up", "The CDR reaffirms Ministers’ commitment to")
        r"|(?:(?:re-?affirm|reiterat|renew|emphasi[sz]|underscor|underlin|stress)(?:s|ed|ing|e|es)?"
        r"|affirmed) "
        # ("reiterated South Africa's commitment to close fraternal relations")
        r"(?:(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*){0,2}"
        r"(?: and (?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*){0,2})?['’]s|(?-i:[A-Z])[\w-]*s['’]"
        r"|(?:both|the two) (?:countries|sides|parties|governments|nations)['’])"
        r" (?:[\w’'-]+ (?:and )?){0,3}?"
        r"(?:commitments?|resolve|determination|dedication|attachment)"
        r"|(?:re-?)?affirm(?:s|ed|ing)? determination of"
        # "The Ministers expressed commitments to enhance ASEAN’s joint disaster response":
        # the noun without its determiner
        r"|(?:express(?:es|ed|ing)?|(?:re-?)?affirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)) "
        # (not a headline's "Trade Ministers Reaffirm Commitment to AfCFTA": a topic)
        r"(?:(?:strong|firm|full|renewed|continued) )?(?-i:commitments?) to(?= \w)"
        # "The Congolese side reaffirmed adherence to the one-China policy", "reconfirm
        # their strong adherence to the purpose and principles of the Charter"
        r"|(?:(?:re-?)?(?:affirm|confirm|iterat)|express|emphasi[sz]|underlin|stress|renew)"
        r"(?:s|ed|ing|e|es)? (?:(?:their|its|our) )?(?:(?!importance\b)[\w-]+ (?:and )?){0,3}?"
        r"adherence (?:of (?:their|our) (?:countries|states|governments) )?to"
        # "the JMC reaffirmed today the resolve of the EU and Canada to"
        r"|(?:re-?)?affirm(?:s|ed|ing)?(?: today)? the (?:firm |strong )?(?:determination|resolve)"
        r" of(?= (?:[\w-]+ ){1,5}?to \w)"
        # a second object of the same verb: "reaffirmed their commitment to ensuring
        # freedom of navigation … and their determination to deter illegal actions"
        # (not "condemned Russia's war and its determination to annex": another's, see
        # _CONDEMNED_BEFORE)
        r"|(?<=\band )(?:their|our|its) (?:\w+ ){0,2}?(?:commitment|determination|resolve) to"
        # "reflecting their shared determination to deepen and consolidate cooperation"
        r"|(?:their|our) shared (?:determination|resolve) to(?= \w)"
        # "Reaffirming the will to strengthen the strategic partnership", "expressing the
        # will to comprehensively strengthen": their will, stated (LABELLING.md; "their
        # will to" is below, with "determined to")
        # (not "never demonstrated the will to reform", "showed the political will": another's)
        r"|(?<!not )(?<!never )(?:express|(?:re)?affirm|reiterat|(?:re)?confirm)(?:ed|es|ing|e|s)? "
        r"(?:the|a) (?:(?:strong|firm|common|shared|mutual|joint|full) )*will to(?= \w)"
        # "We share a common resolve for rapid and concerted action"
        r"|(?<=we )shar(?:e|ed) (?:a|the) (?:[\w-]+ )?(?:determination|resolve)"
        r"(?: to(?= \w)| for(?= (?:[\w-]+ ){0,3}?(?:action|efforts?|measures|steps)\b))"
        # "UPHOLDS its July 2019 Niamey Decision … to have the Secretariat start": renewed
        r"|uph[eo]ld(?:s|ing)? (?:its|their|our|the) (?:[\w-]+ ){0,4}?decisions?\b"
        # "We affirmed to maintain and strengthen high level exchanges"
        # (not "confirmed to the press", "affirmed to him": to someone)
        r"|(?:(?:re)?affirm|(?:re)?confirm)(?:s|ed)? to"
        r"(?! (?:the|a|an|his|her|their|its|our|him|them|us|me|reporters|journalists)\b)(?= \w)"
        # "Prime Ministers recommitted to the Trans-Tasman Roadmap"
        # "They recommitted France and the United Kingdom to the closest cooperation"
        r"|recommit(?:s|ted|ting)? (?:themselves |ourselves )?to"
        r"|recommit(?:s|ted|ting)?(?= (?:[\w-]+ ){1,6}?to\b)"
        # "committed their ministries to accelerating cooperation": the ones who will act
        r"|committed (?:their|our) (?:[\w-]+ ){0,2}?(?:ministries|governments"
        r"|agencies|departments|officials|administrations|teams|countries|nations) to(?= \w)"
        # ("renewed their resolution to further develop", "affirmed in this connection their
        # resolve to implement")
        r"|(?:express|renew|(?:re)?affirm|reiterat|underscor|underlin|emphasi[sz])"
        r"(?:es|ed|ing|e|s)? (?:in this (?:connection|regard|context) )?"
        r"(?:(?:a |their |its |our )?(?:strong |firm )?)?(?:resolution|resolve|determination) to"
        # (not "a resolution to the conflict", "its resolution to the effect that")
        r"(?! (?:the|a|an|this|that|these|those|its|their|our)\b)"
        # "we demonstrate our resolve to deepen cooperation", "showed their determination to"
        r"|(?:demonstrat(?:e|es|ed|ing)|show(?:s|ed|n|ing)?) (?:a|their|its|our) (?:\w+ )?"
        r"(?:resolve|determination) to(?= \w)"
        # "France and Spain share a determination to mobilize all the existing instruments"
        r"|shar(?:e|es|ed|ing) (?:a|the|our|their) (?:\w+ )?(?:resolve|determination) to(?= \w)"
        # "We confirmed the strict implementation of the sanctions": to carry them out
        r"|(?:re-?)?(?:confirm|affirm|reiterat)(?:s|ed|ing|e)? (?:the|their|its|our) "
        r"(?:full |strict |effective |continued |timely )?implementation of"
        # "assured President Disanayaka of India's full commitment"
        r"|assur(?:e|es|ed|ing) (?:[\w-]+ ){0,4}?of (?:[\w’'-]+ ){0,3}?commitment"
        r"|express(?:ed|es|ing)? (?:their |its |our )?(?:\w+ )?approval of"
        # the document's own act, in the present: "It also establishes a new dialogue"
        r"|(?:establishes|launches|creates|sets up) (?:a|an|the)(?= \w)",
    ),
    ("pledge", True, 0.8, r"reaffirm(?:ed|s|ing)? (?:our |their |its )?cooperation"),
    # upholding principles: "We reaffirm the principles and values of the Charter"
    (
        "pledge",
        True,
        0.75,
        r"(?:re-?affirm|reiterat|uphold)(?:ed|es|s|ing|e)? (?:the |our |their )?(?:\w+ ){0,2}"
        r"principles",
    ),
    # "We agree: to …" on one line; the subject stays outside the cue, so "The Ministers
    # agreed:" is the bare verb over its list, not a name's words ("the Ministers")
    (
        "pledge",
        True,
        0.8,
        r"(?:(?<=\bwe )|(?<=\bthey )|(?<=\bleaders )|(?<=\bministers )|(?<=\btherefore ))"
        r"(?:agree|agreed)(?=:)",
    ),
    ("pledge", True, 0.85, r"set (?:an? |the )?(?:[\w-]+ ){0,3}(?:goal|target|objective)s?"),
    (
        "pledge",
        True,
        0.85,
        r"(?:are|is|remain|remains) (?:committed|dedicated) to"
        r"|commit(?:s|ted|ting)? (?:ourselves |themselves |itself )?(?:today |now |hereby )?to",
    ),
    (
        "pledge",
        True,
        0.8,
        r"pledg(?:e|ed)"
        # the noun ("total pledges fall short", "Pledges were made by 48 Member States") and
        # the event ("the Gavi pledging conference") are no one's undertaking
        r"|(?<!\bthe )(?<!\btheir )(?<!\bits )(?<!\bour )(?<!\ball )(?<!\btotal )"
        r"(?<!\bfurther )(?<!\bdonor )(?<!\boriginal )(?<!\bin )(?<!\bof )(?<!\bfuture )pledges"
        r"(?= (?:to|support|its|their|his|her|our|a|an|the|additional|new|further|full"
        r"|continued|continuing|more|over|up|strong|unwavering|humanitarian|military"
        r"|emergency|financial|solidarity|funding|aid|assistance|[A-Z]{2,3}\$?\s?\d|Rs\.?\s?\d"
        r"|[$£€¥₹]|\d))"
        r"|pledging(?! (?:conference|event|summit|session|round|meeting|moment|process|drive)s?\b)"
        r"|promis(?:e|ed|es|ing) to|undert(?:ook|ake|akes) to|shall"
        r"|promis(?:es|ed)(?= (?:a|an|closer|more|greater|further|new|stronger|deeper)\b)"
        r"|(?:re)?affirm(?:ed|s|ing)? (?:their|its|our) (?:\w+ )?efforts"
        r"|(?:stand|stands|stood) firm",
    ),
    # "a working plan to that end" is a noun's purpose
    (
        "pledge",
        True,
        0.8,
        r"plans? to(?! (?:that|this|the|a|an|its|their)\b)|planning to|intends? to launch"
        r"|vow(?:s|ed|ing)? to"
        # "Spain and Portugal opted to work to identify joint projects", "Japan is going
        # to invest 30 billion U.S. dollars": a choice made, a plan told (not "is going
        # to be a low-carbon economy", "What is going to happen?": a forecast)
        r"|opted to(?= \w)|(?:is|are|am) going to(?! (?:be|happen)\b)(?= \w)"
        # "The immediate next step will be the adoption of the 2030 targets"
        r"|(?<=the )(?:immediate )?next steps? (?:will be|is|are)(?= (?:to|the|a|an)\b)",
    ),
    ("pledge", True, 0.8, r"declared to(?= \w)|agreeing (?:on|upon)"),
    # "are tasked by leaders to complete": a body directed, in the passive
    (
        "pledge",
        True,
        0.8,
        r"(?:is|are|was|were|has been|have been) (?:also )?(?:tasked|charged|instructed|mandated"
        r"|directed|entrusted)"
        r"(?: by [\w ]{1,40}?)?(?= to\b)"
        # "have been tasked by the prime ministers with leading the work"
        r"|(?:has|have) been (?:tasked|charged|entrusted)(?: by [\w ]{1,40}?)?(?= with \w+ing\b)",
    ),
    # the parties' own act as they speak: "we are launching", "we are stepping up"
    (
        "pledge",
        True,
        0.7,
        r"we are (?:now |also |today |hereby )?"
        r"(?!(?:facing|witnessing|seeing|living|experiencing|going|meeting|gathering)\b)"
        r"\w+ing(?: up| out| forward)?(?= (?:an?|the|our|new|up|further|together)\b)"
        # "Prime Minister Carney and President Sheinbaum are launching the Action Plan"
        r"|(?:is|are) (?:now |also |today |hereby )?(?:launching|establishing|creating"
        r"|initiating|setting up|elevating|upgrading|joining)(?= (?:an?|the|our|their|its|new)\b)"
        # "are pleased to announce the elevation of", "we announced new investments"
        r"|(?:pleased|proud|happy|delighted) to announce"
        r"|announc(?:e|es|ed|ing) (?:(?:a |the )?(?:new|additional|further)\b|the (?:launch"
        r"|establishment|creation|elevation|opening|holding|convening)\b|plans?\b)",
    ),
    # a body directed to act by the parties: charged, instructed, tasked, mandated
    (
        "pledge",
        True,
        0.8,
        r"(?:charg|instruct|task|mandat|direct|assign|commission|authori[sz])(?:e|es|ed|s|ing)? "
        r"(?:(?:it|them)(?= to\b)|(?:the |its |their |our |all )?(?-i:[A-Z])[\w-]*"
        # (possessive: "And", "Of", "The" are both joins and names in a headline's Title
        # Case, and trying every reading of each took time exponential in their number)
        r"(?: (?:of |for |on |and )?(?-i:[A-Z])[\w-]*)*+"
        # "directed the Senior Transport Officials Meeting (STOM) to identify", "To direct
        # the Pro-Tempore Presidency, in coordination with the Member States, to organize"
        r"(?: \((?-i:[A-Z])[\w-]*\))?(?:,[^,.;]{1,80},)?"
        # "tasked EU and Singapore officials to start technical discussions"
        r"(?: (?:senior )?(?:officials|negotiators|ministers|experts|diplomats))?"
        r"|(?:the|its|their|our|his|her|all|partner|member|relevant|competent|national|a|an)"
        r" [\w ,'’-]{1,120}?"
        # "task negotiators to further accelerate both processes", "directed trade officials
        # on both sides to start negotiations", "tasked senior officials of ASEAN and the
        # United States to formulate a work programme"
        r"|(?:senior )?(?:officials|negotiators|ministers|experts|diplomats)"
        r"(?: (?:of|from) (?:the )?(?-i:[A-Z])[\w-]*"
        r"(?: (?:and (?:the )?|of (?:the )?)?(?-i:[A-Z])[\w-]*)*+)?"
        r"|(?:trade |technical |foreign )?(?:officials|negotiators|experts) (?:on|of|from) both"
        r" sides(?= to (?!(?:the|a|an|their|its)\b)\w))"
        r"(?= to\b| with \w+ing\b)"
        # "directed that the negotiations be concluded by 30 June 2022"
        r"|(?:instruct|direct|mandat)(?:s|ed|e) that",
    ),
    # a decision, an approval, a designation told in a report's words
    (
        "pledge",
        True,
        0.85,
        r"approv(?:ed|es|e)(?= (?:the|a|an|its|their|some|all|several|important|new)\b)"
        r"|(?:the|a|its|their) decision to"
        r"|reach(?:ed|es)? (?:a|the) decision (?:on|to)"
        # "took the Decision on adoption of Plans of interaction for 2010-2011"
        r"|(?:took|take|takes|taking) (?:the |a )?decisions? on\b"
        r"|(?:is|are|was|were|has been|have been) (?:designated|appointed|authori[sz]ed)(?= to\b)"
        r"|(?:received|were given|was given) (?:\w+ )?instructions? to"
        r"|instructions? (?:to this end |to that effect )?(?:were|was|have been|has been) given",
    ),
    # resolve: "are determined to", a preamble's "Determined to close this chapter",
    # "reaffirming their will to establish"
    (
        "pledge",
        True,
        0.8,
        # ("France and Germany are also determined to strengthen")
        # ("I am determined to further enhance close communication": a leader's own)
        r"(?:am|is|are|was|were|remain|remains) (?:(?:also|further|thus|therefore|still) )?"
        r"(?:\w+ly |\w+ and )?determined to|^determined to"
        # a treaty's preamble: "Resolving to maximise the economic potential"
        r"|^resolving to"
        r"|(?<=, )determined to"
        # "We remain resolute in our support to Ukraine"
        r"|(?:is|are|remain|remains) resolute in|(?:remain|remains) committed in"
        # "We stand together in continuing to protect our businesses", "Japan and the EU
        # stand united more than ever to defend their common values"
        r"|(?:stand|stands|stood) (?:together|united|shoulder to shoulder)(?: more than ever)?"
        r" (?:in continuing )?to(?= \w)"
        r"|(?:their|its|our) (?:firm |strong |political |common |mutual |shared )?will to"
        r"|the (?:firm |strong |political )?will of (?:[\w-]+ ){1,4}?to(?= \w)"
        r"|shar(?:e|es|ed) the (?:firm |strong |political )?will to"
        r"|(?:his|her|its|their|our|an?) undertaking to"
        # "Angola undertook to continue assessing", "The Parties undertake to respect" (not
        # "the measures undertaken to address": a participle)
        r"|(?:undertook|undertakes|(?:have|has|hereby|also|jointly) undertaken?"
        r"|(?:we|they|parties|sides?) undertake) to(?= \w)",
    ),
    ("intent", False, 0.65, r"(?:a |their |its |our |the )?shared commitment to"),
    # (not "encouraged by their commitment to": another's, that heartens)
    (
        "pledge",
        False,
        0.7,
        r"(?<!\bby )(?:a |their |its |our )?(?<!\bby their )(?<!\bby its )"
        r"commitments? (?:to|on|for)\b",
    ),
    # "with commitment by the AU Heads of State and Government to ensure implementation"
    (
        "pledge",
        False,
        0.7,
        r"commitments? by (?:the )?(?-i:[A-Z])[\w-]*(?: [\w-]+){0,6}? to(?= \w)",
    ),
    # --- forecast: somebody else's expectation; ongoing talks with no outcome yet
    ("forecast", True, 0.75, r"analysts? (?:expect|predict|forecast|anticipate|believe|say)s?"),
    ("forecast", True, 0.75, r"(?:(?:is|are) )?(?:likely|unlikely|poised) to"),
    (
        "forecast",
        True,
        0.7,
        r"(?:is|are) expected to|(?:expect|anticipat)(?:s|es|ed|e)? (?:that|to)"
        r"|(?:expect|anticipat)(?:s|es|ed|e)? (?:(?-i:[A-Z])[\w-]*|the \w+)(?= to\b)",
    ),
    ("forecast", True, 0.65, r"(?:is|are) (?:discussing|negotiating|exploring|in talks on)"),
    # "Ensuring the defeat of ISIS will remain a priority for the Coalition", "The Pacific
    # will be a key focus of our Dialogue": a priority named ahead, which the "will" below
    # would judge as what a thing will be (not "are the focus of sustainable development
    # concerns": no "will")
    (
        "intent",
        False,
        0.6,
        r"w(?:ill|ould) (?:remain|be|continue to be) (?:one of )?(?:our|their|a|the) "
        r"(?:top |key |main |high |highest |first |central |major )?(?:priorit(?:y|ies)|focus)",
    ),
    # "The four Ministers shared the view on continuing to promote joint training", "on
    # the importance of both countries continuing to lead" (not "on the seriousness of the
    # crisis", "on many issues": a view of a thing)
    (
        "intent",
        True,
        0.65,
        r"(?<!\bnot )(?<!n't )shar(?:e|es|ed) the views? on(?= (?:the (?:importance of (?:the full"
        r" |both |\w+ing\b|further|continued|closer|stronger|greater)|need|necessity"
        r"|(?:continued|further) (?:enhancement|strengthening|development|promotion"
        r"|expansion|deepening))\b"
        r"|(?!(?:every|any|some|no)thing\b)(?-i:[a-z])\w+ing (?:to|the|a|an|our|their|its"
        r"|joint|bilateral|further|cooperation|relations)\b))",
    ),
    # "We echo our Leaders' commitment to presenting a united front"
    (
        "pledge",
        True,
        0.7,
        r"echo(?:es|ed)? (?:our|the|their) (?:[\w-]+['’]s? )?commitments? to",
    ),
    # --- future: the voice decides (a pledge reported, a forecast in commentary)
    (
        "future",
        True,
        0.6,
        # "Such a will and commitment", "the political will": the noun
        r"(?<!\ba )(?<!\bthe )(?<!\bsuch )(?<!political )(?<!good )(?<!\btheir )(?<!\bits )"
        # "the common will of the two countries' leaders", "this mutual will.": the noun
        r"(?<!\bcommon )(?<!\bmutual )(?<!\bnoble )(?<!\bshared )(?<!\bfirm )(?<!\bstrong )"
        # "headed by Will Francis": a capitalised Will inside a sentence, before a name
        r"(?!(?:(?<=(?-i:\bby) )|(?<=(?-i:\band) )|(?<=(?-i:\bof) )|(?<=(?-i:\bwith) )"
        r"|(?<=, )|(?<=(?-i:Minister) )|(?<=(?-i:Ambassador) )|(?<=(?-i:said) ))(?-i:Will [A-Z]))"
        r"will(?! (?:also )?consider \w+ing\b)(?! of\b)(?: not(?! only\b))?|won't"
        # "we’ll have a trip briefing" (a briefing's or a speech's contraction)
        r"|(?:we|they|i|he|she)['’]ll(?! see\b)(?: not)?"
        # (not "Colorado would have closed its last coal plant in 2070", "the consequences
        # that its use would have upon the world": what might have been, or an effect; nor
        # "would-be migrants"; nor "It would be highly appreciated if the present letter
        # … could be circulated", "We would be grateful if": a covering letter's courtesy)
        r"|would(?! (?:also )?like\b| (?:also )?consider \w+ing\b)"
        # (but "would have completed the electrification by March 2025": done by then)
        r"(?! have (?:\w+ed|been|had|upon|on)\b(?![^.;]*\bby\b))(?!-)"
        r"(?! be (?:highly |most |very )?(?:grateful|appreciated)\b)(?: not)?"
        r"|(?:is|are) (?:expected|due) (?:in|by|on|at)"
        r"|(?:is|are) set to|(?:is|are) expected(?=[.,;])"
        r"|(?:is|are) due to(?! (?:the|a|an|its|their|his|her|this|that)\b)(?= \w)"
        # (not "the Plan by March 2015 to guide the partner countries in preparing to host":
        # a gerund after a preposition says what a thing is for)
        r"|prepar(?:e|es) to|(?<!\bin )(?<!\bfor )(?<!\bby )(?<!\bof )preparing to"
        # "They are also to take the necessary planning measures"
        r"|(?:is|are) (?:also )?to(?= (?:be )?\w+)",
    ),
    # the present of a schedule, "Secretary Clinton arrives in Honolulu on October 27",
    # "he returns to South Africa on Tuesday": a promise only with a date ahead (so the
    # clause is kept only with one, see SCHEDULE_PRESENT)
    (
        "future",
        True,
        0.55,
        r"(?<=[a-z] )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bof )(?<!\band )"
        + _SCHEDULE_VERBS
        + r"(?= (?:to|for|in|from|on|home|at|back)\b)",
    ),
    # --- proposal: put forward, not agreed
    # "propose formation of the Horn of Africa Cooperation": a deed named by its noun
    (
        "proposal",
        True,
        0.8,
        r"propos(?:ed|es|e|ing) (?:to|that|the|a|an|for|\w+ing|\w+ \w+s)"
        # (not "rejected the proposed deployment of": a participle before its noun)
        r"|(?<!the )propos(?:es|e) \w+(?:tion|ment|sion) of",
    ),
    # "recommended that these arrangements be discussed", "recommended celebrating it"
    # ... or to someone: "recommended to both Governments the continuation of research"
    (
        "proposal",
        True,
        0.75,
        r"recommend(?:s|ed|ing)? (?:that|\w+ing)\b"
        # "recommended the convening of a Conclave"
        r"|recommend(?:s|ed)? the \w+(?:ing|tion|sion|ment) of\b"
        r"|recommend(?:s|ed)?(?= to (?:the |both |all |its |their )?[\w-]+(?: [\w-]+){0,3}? "
        r"(?:that|the|to)\b)"
        # "The two delegations recommend a delimitation line", "recommended the Working
        # Groups to intensify their work", as "asked them to" (not "a Taskforce to
        # recommend a pathway": what it is for)
        r"|(?<!\bhighly )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bto )"
        r"recommend(?:s|ed)? (?:(?:a|an)\b(?! (?:number|lot|few)\b)"
        r"|(?:the|its|their|all|both) [\w ,'’-]{1,120}? to(?= (?!(?:the|a|an|their|its)\b)\w))",
    ),
    # "The Blue Print is a recommendation for our member countries to adopt"
    ("proposal", False, 0.7, r"(?:a|the|its|their) recommendations? (?:for|to|that)\b"),
    ("proposal", False, 0.75, r"(?:the |a |its |their |this )?proposals? (?:to|for|include|of)"),
    (
        "proposal",
        True,
        0.75,
        # "the deal that has been put forward": a thing described, not a proposal made
        r"suggest(?:ed|s)? (?:that|to|the|\w+ing)"
        # "Various ideas were suggested, including the use of seedlings"
        r"|(?<!\bas )were suggested(?=,? (?:including|such as)\b)"
        # (nor "the recommendations put forward in the reports": a participle)
        r"|(?<!been )(?<!was )(?<!were )(?<!is )(?<!are )(?<!recommendations )(?<!proposals )"
        r"(?<!ideas )(?<!suggestions )put forward|offer(?:ed|s)? to"
        r"|(?<=['’]s )offer to(?= \w)"
        # "as outlined in the Declaration", "the work plans outlined in the Report"
        r"|(?<!as )outlined(?! (?:in|by|above|below|earlier)\b)",
    ),
    # --- intent: a wish, support, a stated need, an invitation
    (
        "intent",
        True,
        0.85,
        # "underlined their general willingness to": stated, as "expressed" states it;
        # "conveyed Japan’s intention to continue its support": the same, passed on
        r"(?:(?:express|(?:re)?confirm|(?:re)?affirm|reiterat|stat|underlin|underscor|indicat|declar"
        r"|announc|renew|manifest|stress|emphasi[sz]|convey)(?:ed|es|ing|e|s)? "
        # "expressed Argentina's interest in": a party's own, named
        # ("stressed the EU's desire to", "affirmed the United States’ support for")
        r"(?:(?:the )?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?(?:['’]s|(?<=s)['’])\s"
        r"|their |its |his |her |our |a |the "
        r"|(?:his|her|its|their|our) (?:country|government|nation)['’]s "
        r"|(?:their|our) (?:countries|governments|nations)['’] )?"
        # "France noted its support for Monaco", "noted Japan's intention to",
        # "highlighted Montenegro's readiness to": a party's own, told (not "noted the
        # support received", "highlighted the support provided by Australia": what others
        # gave; nor "issued a Statement in 2017, noting Timor-Leste's intention": what the
        # statement said; nor "This endorsement highlights our support": what a thing shows)
        r"|(?:not(?:ed|es|e)|highlighted) "
        r"(?:(?:the )?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?['’]s "
        r"|their |its |his |her |our ))"
        r"(?:(?:strong|keen|mutual|full|firm|steadfast|unwavering|continued|unequivocal|deep"
        r"|sincere|solid|great|general|shared|joint|common|urgent|earnest)(?:,| and)? ){0,2}"
        r"(?:interest|readiness|intentions?|willingness|support|desire|hope|expectation|openness"
        r"|keenness|eagerness|enthusiasm(?= to\b)"
        # "expressed their aspiration to develop" (not "for the success of": a good wish)
        r"|aspirations?(?= to\b)"
        # "expressed their strong wish that the Agreements are ratified", "expressed
        # their wish and readiness for coordination" (not "his wishes for the success of")
        r"|wish(?= that\b| and (?:readiness|willingness|desire|determination)\b"
        # "expressed his wish to further develop the relationship", "expressed the wish of
        # his government to receive a visit", "expressed the wish for it to continue its
        # mission" (not "the wish for the success of the Games": a good wish)
        # (not "the wish for a successful Olympic Games", "for a speedy recovery", "for
        # the President to recover quickly": good wishes)
        r"|(?: of (?:his|her|its|their|the)(?: [\w-]+){0,2}?)?(?: to\b"
        r"| for (?:it|them|both (?:sides|countries|parties)|the two (?:sides|countries)) to\b"
        r"| for (?:\w+ ){0,2}?(?:cooperation|co-operation|collaboration|dialogue|partnership)\b)))"
        r"|(?:express|(?:re)?confirm|(?:re)?affirm|reiterat)(?:ed|es|ing|e|s)? (?:their|its|our|a) "
        r"(?:shared|common|joint) (?:intention|desire|wish)"
        # a second object of the same verb: "expressed his pleasure of visiting Japan and
        # his desire for both countries to further develop bilateral relations"
        r"|(?<=\band )(?:their|its|his|her|our) (?:\w+ ){0,2}?"
        # (not "pupils' reading skills and their interest in science": a noun's object)
        r"(?:desire|interest|willingness|readiness|intention|wish)(?= (?:to|for)\b)"
        # "We are in favour of agreements which would build confidence"
        r"|(?:is|are|was|were) (?:also |strongly )?in favou?r of"
        # "the participants spoke in favour of further strengthening the efforts", "came
        # out in favor of the conclusion of trade negotiations"
        r"|(?:spoke|speak|speaks|spoken|came|come|comes) (?:also |out |strongly )*in favou?r of",
    ),
    ("intent", True, 0.85, r"(?:interest|readiness|willingness|support) (?:was|were) expressed"),
    # "voiced willingness to cooperate", "voicing their keen interest for" (not "voiced
    # hope that", a wish for how things go; nor "has been voicing support for the cause
    # for decades", a stance described)
    (
        "intent",
        True,
        0.8,
        r"(?<!been )voic(?:ed|es|ing) (?:(?:their|his|her|its|our) )?(?:(?:keen|strong|full) )?"
        r"(?:interest|readiness|willingness|desire)(?= (?:to|in|for)\b)",
    ),
    # "Notes with satisfaction the commitment of the international community to double
    # aid": another's commitment, noted (LABELLING.md)
    (
        "intent",
        True,
        0.7,
        r"not(?:ed|es|e|ing) (?:with (?:\w+ )?(?:satisfaction|appreciation|interest) )?"
        rf"the commitments? of(?= (?:[\w-]+ ){{1,6}}?{_TO_A_DEED})",
    ),
    # "Ghana is welcome to participate in the Belt and Road": an invitation
    # (not "Visitors are welcome to attend", "You are most welcome to contact": a notice)
    ("intent", True, 0.7, r"(?<=[a-z] )is (?:most |very |also )?welcome to(?! the\b)(?= \w)"),
    # "expressed satisfaction with the decision to abolish visas": a thing to come,
    # welcomed; with "the progress achieved", an observation (``not_a_commitment``)
    (
        "intent",
        True,
        0.75,
        r"(?:express|voic)(?:ed|es|e|ing)? (?:its |their |our |great |deep |full )*satisfaction"
        r" (?:with|at|over)",
    ),
    (
        "intent",
        True,
        0.85,
        # (not "refugees can be offered greater support": a passive's object)
        r"(?<!\bbe )(?<!\bbeen )"
        r"(?:voic|re-?affirm|reiterat|(?:re)?confirm|declar|pledg|underlin|underscor|renew|offer)"
        r"(?:ed|ing|es|s|e)? "
        r"(?:their |its |our |his |her |the )?"
        r"(?:[\w’'-]+ (?:and )?){0,3}?(?:support|backing)"
        # (not "Gavi has supported vaccinations in 68 countries", "the two countries have
        # always supported each other": what has been done)
        r"|(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\balways )(?<!\brecently )(?<!\bconsistently )"
        r"support(?:s|ed)(?= (?!by\b|and\b|or\b)\w)"
        r"|(?:actively|fully|strongly|firmly|also|continue to|will) support(?= \w)"
        r"|extend(?:s|ed)? (?:their|its|our) (?:full |strong )?support"
        r"|announc(?:e|es|ed) (?:their|its|our) (?:full |strong )?support"
        r"|(?:sides|parties|countries|leaders|nations|we|they) (?:jointly |also |fully )?"
        r"support(?= \w)"
        # "France and Germany support the introduction of": named parties' own support
        r"|(?-i:[A-Z][a-z]+ support)(?= (?:the|a|an|all|efforts|further)\b)"
        # "stand for peaceful resolution"; not "The EU stands by its partners", which no
        # reader has taken for a promise
        r"|(?:stand|stands|stood) for(?= \w)"
        # (not "We stand in solidarity with the people of Burundi": a feeling shared, as
        # "expressed solidarity" is unless it is reiterated or declared)
        r"|(?:stand|stands|stood|standing) (?:united |together |firmly |resolutely )?"
        r"in support"
        r"|(?:united|firm|steadfast|unwavering) in (?:supporting|support of"
        r"|(?:our |their )?(?:solidarity|support)\b)",
    ),
    # "for the warm welcome and hospitality": a noun of thanks
    (
        "intent",
        True,
        0.8,
        r"(?:was|were|is|are) welcomed"
        r"|(?<!warm )(?<!kind )(?<!cordial )(?<!friendly )(?<!gracious )(?<!generous )"
        # (not "a welcome dinner", "the traditional Fijian welcome ceremony": a noun's
        # modifier)
        # (nor "This is a welcome and important milestone": a judgement of a thing)
        # (nor "In their welcome and keynote addresses": a possessive's noun)
        r"(?<!hearty )(?<!\b(?-i:a) )(?<!\btheir )(?<!\bhis )(?<!\bher )welcom(?:ed|es|e)"
        r"(?! (?:dinner|lunch|luncheon|banquet|ceremony|reception"
        # ("made a welcome statement on behalf of the Czech Government")
        r"|statement|address|remarks|speech|message)\b)"
        # (nor "welcomed that long-standing friendly relations have been nurtured", "We
        # welcome this development": a state of things, or what was just told, welcomed;
        # "welcomed that the first meeting would be held in August" is a plan)
        r"(?! this\b)(?! that\b(?![^.;]{0,300}?\b(?:will|would|shall)\b))"
        r"|hail(?:ed|s)(?= the\b)(?! the [\w\s’'-]{1,60}? as\b)"
        # a preamble's "Welcoming the Third Global Conference … in 2014"; not "the
        # welcoming ceremony"; nor another's plan ("Welcoming China’s commitment to
        # issuing a bond", "Welcoming Bank of China London Branch’s intention to issue"),
        # but not another's state ("Welcoming Serbia’s orientation towards the EU") nor a
        # name alone ("welcoming President Xi")
        r"|(?<!the )welcoming(?= (?:the|a|an|its|their|our|all)\b"
        r"| (?-i:[A-Z])[\w-]*(?: [\w-]+){0,4}?['’]s? (?:\w+ )?(?:decisions?|commitments?"
        r"|intentions?|plans?|offers?|proposals?|pledges?|readiness|willingness|initiatives?"
        r"|announcements?) to\b)",
    ),
    (
        "intent",
        True,
        0.8,
        # "other invited guests": a participle naming people, not an invitation
        # ("10 invited observer countries", "the invited guest delegations")
        # (not "Algeria, Bangladesh, and Colombia were also invited.": the meeting's guests)
        r"(?<!\d )(?<!\bthe )invited"
        r"(?!(?<=(?:was|ere) invited)\s*[.;]|(?<=(?:was|ere) also invited)\s*[.;])"
        r"(?! (?:guests?|participants|speakers|observers|delegations"
        r"|countries|states"
        r"|partners|organi[sz]ations|experts)\b)|invites"
        # "We invite other national and subnational governments to join": the ones
        # invited, then what they are asked to do
        # (not "designed to invite private investors to", "may invite criminal networks
        # to", "did not invite", "an invite from": a purpose, an effect, a refusal, a noun)
        r"|invite(?= (?:the|all|our|their|its|[\w-]+ (?:to|for))\b)"
        r"|(?<!designed to )(?<!intended to )(?<!pleased to )(?<!honour to )(?<!honor to )"
        r"(?<!\bnot )(?<!\bmay )(?<!\bcan )(?<!\ban )"
        r"invite(?= (?:[\w-]+ ){1,4}[\w-]+ (?:to|for)\b)"
        # "extended an invitation to Prime Minister Obuchi to visit Jordan"
        # ("reiterated respectfully the invitation to Their Majesties … to visit Viet Nam")
        # ("Vietnam reiterated PM Nguyen Tan Dung’s invitation to PM David Cameron")
        r"|(?:(?:extend|renew|convey|deliver|reiterat|repeat)(?:ed|s)?|issu(?:ed|es))"
        rf"(?: \w+ly)? (?:an? |the |his |her |their |its |{_NAMED_OWNER})?(?:\w+ )?"
        # ("conveyed an invitation from the Indian leadership to President Ramkalawan")
        # (not "issued an invitation to tender": a call for bids)
        r"invitation(?: from (?:the |his |her |their |its )?(?-i:[A-Z])[^.;,]{0,60}?)? (?:to|for)"
        r"(?! (?:tenders?|bids?)\b)"
        # "extended invitations to President Lula and Minister Vieira to Japan" (not
        # "Despite repeated invitations to attend", "issued invitations for the reception")
        rf"|(?:extend|renew|convey|deliver)(?:ed|s)?(?: \w+ly)? (?:the |his |her |their |its "
        rf"|{_NAMED_OWNER})?(?:\w+ )?invitations (?:to|for)(?! (?:tenders?|bids?)\b)"
        # a request made again, as "called for": "Prime Minister Kishida reiterated his
        # request for Italy’s cooperation towards the early lifting of import measures"
        rf"|(?:reiterat|renew|repeat)(?:ed|es|s)? (?:his |her |their |its |the |{_NAMED_OWNER})?"
        r"(?:\w+ )?requests? (?:for|to|that)\b"
        # "assured it of its support at this difficult time", "assures the Uzbek Side of
        # its intention to support": support promised to a party
        r"|assur(?:ed|es|e|ing) (?:[\w-]+ ){1,6}?of (?:its|their|his|her|our|the"
        r"|(?-i:[A-Z])[\w-]*['’]s) "
        r"(?:\w+ ){0,2}?(?:support|solidarity|intention)\b"
        # "issued an appeal for the immediate release of the hostages", as "called for"
        # (not "made an appeal to the Supreme Court", "issued an appeal for 500 million
        # dollars": a court's, a fund's)
        r"|(?:issued|launched|renewed) (?:an? |their |its |his |her )?(?:\w+ )?appeal"
        rf" (?:for|to)\b{_NOT_TO_A_COURT_OR_A_SUM}"
        # ("I call again for a universal adherence", "We call once more on all States")
        r"|(?:called|calling|calls?) (?:(?:again|once again|once more|also|further) )?"
        r"(?:on|upon|for)"
        r"|urged|urging|urges?(?= \w)"
        # "exhorted the AMRDPE to declare war against poverty", as "urged"
        r"|exhort(?:s|ed|ing)?(?= (?:the |all |both )?[\w-]+(?: [\w-]+){0,5}? to \w)"
        # "appeal to the sides to focus their efforts", as "call on" (not "appeal to the
        # court", a thing's appeal)
        r"|(?:appealed|appealing|appeals|(?<=we )appeal|(?<=and )appeal) to"
        r"(?= (?:the |all |both )?[\w-]+(?: [\w-]+){0,5}? to \w)"
        # "He also appealed for increased international support" (not "the UN's appeals
        # for the Syria crisis": a fund's)
        rf"|(?:appealed|(?<=we )appeal|(?<=and )appeal) for\b{_NOT_TO_A_COURT_OR_A_SUM}"
        # "The Supreme Council demanded a halt"; not "the increasing demand for power"
        r"|demanded(?= \w)|demands(?= (?:a|an|the|that|immediate)\b)|(?<=we )demand(?= \w)"
        r"|demand that"
        r"|(?:the |a |their |its |our )call (?:to|for)",
    ),
    (
        "intent",
        True,
        0.75,
        # "to address the need for sustainable management": the need is the object
        r"(?<!address the )(?<!meet the )(?<!meeting the )(?<!addressing the )"
        # (not "More needs to be done": a judgement with no one to do it)
        rf"{_MORE_TO_DO}"
        # "to reduce the need for antimicrobials", "unmet need for family planning": a
        # quantity lessened or lacking; "the investment needs for", "the resources it needs
        # for Gavi 6.0": what a thing requires
        r"(?<!reduce the )(?<!reduces the )(?<!reducing the )(?<!reduced the )(?<!unmet )"
        r"(?:needs? to|need for)"
        # ("The two sides stressed the needs for enhancing cooperation": the plural as a
        # writer of another tongue puts it, after a verb of emphasis)
        r"|(?:stress|underlin|emphasi[sz]|affirm|highlight|recogni[sz]|not)(?:e|es|ed|ing)?"
        r" the needs for"
        # ("The expediency of creating the Turkmen-Saudi Business Council was noted": the
        # necessity as one translation words it)
        r"|necessity (?:of|to)|expediency of(?= (?!(?:every|any|some|no)thing\b)\w+ing\b)"
        r"|it is (?:important|essential|necessary|vital|crucial|critical|imperative|urgent)"
        # (not "It is crucial to note that emissions fell": how the text speaks)
        r" (?:to(?! (?:note|remember|recogni[sz]e|mention|stress|emphasi[sz]e|underline"
        r"|point out|bear in mind|say|add|acknowledge)\b)|that)"
        r"|it is (?:a |our )?(?:high |top |key |shared )?priority to"
        r"|it is (?:our|their) (?:\w+ )?(?:goal|aim|objective|ambition|aspiration|intention"
        r"|wish) to"
        r"|(?:consider|considers|considered|deem|deems|deemed|find|finds) it (?:\w+ )?"
        r"(?:necessary|important|essential|vital|crucial|advisable|appropriate) to"
        r"|advocat(?:e|es|ed|ing)(?= (?:the|a|an|for|\w+)\b)"
        # "reiterated the desirability of concluding negotiations by the end of 2005"
        r"|(?:(?<=reiterated the )|(?<=stressed the )|(?<=emphasized the )|(?<=emphasised the )"
        r"|(?<=underlined the )|(?<=confirmed the )|(?<=noted the )|(?<=recognized the )"
        r"|(?<=recognised the ))desirability of(?= \w+ing\b)"
        r"|importance of(?= (?:\w+ly )?(?!existing\b|ongoing\b)\w+ing| further| continued"
        r"| (?:deeper|closer|stronger"
        r"|greater|enhanced|increased|expanded|broader)\b)"
        # (and as some write it, "stressed on maintaining", "emphasized on the necessity of")
        # (a verb's "on", not the nouns' "emphasis on", "stress on"; a doing in lower case,
        # not "stressed on Beijing's role", "on everything being done")
        r"|(?:emphasi[sz]|stress|underlin|underscor)(?:e|es|ed|ing)(?: on)?"
        r"(?= (?!(?:every|any|some|no)thing\b)(?-i:[a-z])\w*ing\b(?!['’]))"
        r"|(?:emphasi[sz]|stress|underlin|underscor|highlight)"
        r"(?:(?:e|es|ed|ing) on |(?:e|es|ed|ing|s)? )"
        # the importance of doing (LABELLING.md), not of a thing ("stressed the importance
        # of trade as a part of the policy": its worth)
        rf"(?:the )?(?:importance(?= of {_A_THING_TO_DO}| to\b| for\b)"
        r"|need|necessity|urgency|value of|significance of(?= \w+ing\b))"
        # finite: "confirmed the importance of joint action", "recognized the need to",
        # "recognised the importance of high-level visits"
        # (not "reaffirmed the importance of ASEAN Centrality": a thing's worth)
        r"|(?:confirm|reaffirm|reiterat|recogni[sz])(?:ed|es|e|s)? (?:the )?(?:need"
        rf"|necessity|importance(?= of (?!existing\b|ongoing\b){_A_DOING}| to (?!the\b)\w+\b))"
        # "attaches particular importance to strengthening the core role of the UN", "put
        # high priority on strengthening ties"
        r"|(?:attach(?:es|ed|ing)?|put|puts|plac(?:e|es|ed)) "
        r"(?:a |the )?(?:(?!(?:little|no|less|low|lower)\b)\w+ )?(?:importance|priority) (?:to|on)"
        r"(?= \w+ing\b)"
        # "underlined the strategic importance for the EU and the GCC to coordinate": a
        # thing to do; not "the strategic importance of the route", a thing's worth
        r"|(?:emphasi[sz]|stress|underlin|underscor|highlight)(?:e|es|ed|ing|s)? "
        r"the \w+ importance(?= for\b)"
        r"|(?:emphasi[sz]|stress|underlin|underscor)(?:e|es|ed|ing) (?:the (?:[\w,-]+ ){0,5}?)?"
        # (not "the critical role of the CARICOM Development Fund": a name)
        r"(?-i:implementation|continuation|strengthening|completion|development|enhancement"
        r"|promotion|expansion|deepening)\b"
        r"|(?:is|are) (?:urgently |also )?needed(?= to\b| for\b)"
        r"|(?:place|places|placed|put|puts) (?:a |an )?(?:particular |special |great |strong )?"
        r"(?:focus|emphasis) on",
    ),
    (
        "intent",
        True,
        0.75,
        # (and "was noted as priority areas", "is recognized as a priority for future
        # planning", "were named among the priority vectors", "identified several focus
        # areas": priorities set, as some write it; "was noted" is a cue of its own)
        r"(?:identified|named|declared|defined|designated|recogni[sz]ed"
        r"|(?:(?:is|are|was|were) )?noted) as (?:a |the )?(?:\w+ )?priorit(?:y|ies)"
        r"|(?:is|are|was|were) (?:named |listed )?among the priorit(?:y|ies)"
        # "in the identified priority areas": a participle naming them, not an act
        r"|(?<!the )identif(?:y|ies|ied) (?:\w+ ){0,3}(?:priorit(?:y|ies)|focus areas)",
    ),
    (
        "intent",
        True,
        0.65,
        # "unilateral actions that seek to change the status quo": a thing's aim; "met
        # … with the aim to share": the noun, a purpose adjunct of another verb
        # (not "the Action Program, which aims to articulate", "the roadmap that aims at a
        # solution": a thing's purpose, told in a relative clause, as "which seeks to")
        r"(?<!the )(?<!which )(?<!that )aims? (?:to|at)|aiming to"
        # "Barents cooperation, aiming at promoting stability": what a thing is for; a
        # preamble's "Aiming at strengthening …" or "and aiming at" is the parties' own
        r"|(?-i:Aiming) at|(?<=and )aiming at|(?<!which is )(?<=is )aiming at|(?<=are )aiming at"
        r"|(?<=jointly )aiming at|(?<=also )aiming at|(?<=currently )aiming at"
        r"|(?<!that )(?<!which )(?:seeks? to|seeking to)"
        r"|intends? to|endeavou?r(?:s|ed)? to|(?:strive|strives|striving|strove) to"
        # ("China is also willing to strengthen cooperation with Jamaica")
        r"|look(?:s|ed|ing)? forward to|looking to"
        r"|(?:is|are|remain|remains) (?:also |always |fully )?willing to"
        # "It is the responsibility of the international community to implement measures"
        r"|it is the responsibility of (?:[\w-]+ ){1,6}?to(?= \w)"
        # "They underline the responsibility of the States to address trafficking"
        r"|(?:underlin|stress|emphasi[sz]|highlight)(?:e|es|ed|ing|s)? the (?:\w+ )?"
        # (not "the responsibility of the regime in relation to the attacks", "the duty of
        # care owed to victims": a blame, a principle)
        r"(?:responsibility|obligation|duty) of"
        r" (?:(?!(?:in|with|owed|due|regard|relation|respect|care)\b)[\w-]+ ){1,6}?to(?= \w)"
        # "We share a strong interest in expanding our partnership"
        r"|(?<!our )(?<!their )(?<!its )(?:share|shares|shared|sharing) (?:a |an |the )?"
        r"(?:strong |common |mutual |keen )?interest in"
        r"|aspir(?:e|es|ed|ing) to|(?:is|are|was|were|stand|stands|remain) ready to|^ready to"
        # "Canada is unequivocal in its support for Ukraine's sovereignty", "We are united
        # in our strong support for Ukraine": support held firmly
        # ("remain unwavering in our long-term political, financial, humanitarian, and
        # military support to Ukraine")
        r"|(?:is|are|remain|remains|stand|stands) (?:\w+ )?(?:unequivocal|steadfast|unwavering"
        r"|firm|united|unanimous) in (?:its|their|our) (?:[\w-]+,? (?:and )?){0,6}?support"
        r" (?:for|of|to)\b"
        # "The United States is prepared to work jointly with the GCC states" (not "a
        # Community that is prepared to seize future opportunities": a thing's state)
        r"|(?<!that )(?<!which )(?:is|are|remain|remains|stand|stands) (?:also |fully )?"
        r"prepared to(?= \w)"
        # a treaty's preamble: "Desirous of strengthening the bonds of brotherhood", also
        # a paragraph run on after a comma ("… and the Russian Federation, Wishing to
        # deepen and bring the relationship … to new heights")
        r"|^desirous of|^desiring to|^wishing to"
        r"|(?<=, )(?-i:Desirous) of|(?<=, )(?-i:Desiring|Wishing) to"
        r"|we should"
        # "we are keen to contribute", "these countries are eager to pass on"
        r"|(?:is|are|remain|remains) (?:keen|eager) to"
        # "we have to focus our efforts on reform", as "we need to"
        r"|(?<=we )have to(?= \w)"
        # "Border permeability has to be increased", "More efforts have to be put in":
        # what must be done, as "must be increased"
        # (not "It has to be noted that", "Cooperation does not have to be limited", "More
        # has to be done", "refugees who have to be resettled": how the text speaks, a
        # denial, a judgement with no one to act, a relative clause)
        r"|(?<!\bwe )(?<!\bnot )(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bmore )(?<!\bmuch )"
        r"(?<!\bstill )(?:has|have) to be(?= (?:\w+ly )?(?!(?:noted|recogni[sz]ed|emphasi[sz]ed"
        r"|stressed|considered|regarded|said|mentioned|underlined|acknowledged|seen|limited"
        r"|admitted|remembered|borne)\b)(?:\w+ed|put|made|done|set|kept|held|taken|given|met"
        r"|built|drawn|brought|sought|found|paid)\b)"
        # "we strive for further convergence"
        r"|striv(?:e|es|ed|ing) (?:to|for)\b"
        rf"|{_MORE_TO_DO}"
        r"must(?= (?:be|become|\w+)\b)"
        # (not "The Ministry wishes to inform the nation that": a release's formula)
        # (nor "conveyed greetings and best wishes to President Berdimuhamedov": a greeting)
        r"|(?<!best )(?<!good )(?<!warm )(?<!warmest )(?<!kind )(?<!cordial )(?<!sincere )"
        r"(?:want|wants|wish|wishes) to(?! (?:inform|announce|advise|notify|express|thank"
        r"|congratulate|acknowledge)\b)"
        # a readout's "he wanted to further develop friendly relations with Japan"
        r"|(?:(?<=\bhe )|(?<=\bshe ))(?:also )?wanted to(?= \w)"
        # "the Member States should uphold solidarity"; not "should the need arise"
        # "This should be the primary aim": what a thing should be, a judgement
        # (not "It should be noted that", "I should emphasise that my statement": a
        # formula that says how the text speaks)
        r"|(?<=\w )(?<!\bwhich )(?<!\bwho )(?<!\bit )(?<!\bI )should"
        r"(?! (?:the|a|an|there|any|it|this|that|be (?:the|a|an)|have)\b)(?= \w)"
        r"|(?:want|wants|wanted) (?:the |all |our |their )?(?-i:[A-Z])[\w-]*"
        r"(?: (?-i:[A-Z])[\w-]*){0,3} to(?= \w)"
        # "The EU therefore has a strong interest in developing closer ties"
        # (not "a mutual interest in Beijing's stability": a name, not a doing)
        r"|(?<!not )(?:has|have) (?:a |an )?(?:strong |keen |common |shared |vital |mutual )?"
        r"interest in(?= \w+ing\b(?!['’]))"
        # "Members reaffirmed the CEM's goal to accelerate": a body's aim, affirmed
        r"|(?:re)?affirm(?:s|ed)? (?:the )?[\w-]+['’]s (?:goal|mission|objective|aim) to(?= \w)"
        # "We want our partnership to be more strategic", "We want the voice of the
        # Polynesians to be heard"
        r"|(?<=we )(?:also |still )?want (?:our|their|this|the) (?:[\w-]+ ){0,4}?[\w-]+ to(?= \w)"
        # (and as some write it, "Czech companies are interested to cooperate")
        r"|(?:is|are) (?:very |keenly |also )?interested (?:in(?= \w+ing\b)"
        # (not "interested to learn that the fair opens": curiosity)
        r"|to(?! (?:learn|know|see|hear|read|note|find out|understand)\b)(?= \w))"
        r"|(?:is|are|remain|remains) open to"
        # "reaffirm our common ambition of ending plastic pollution by 2040", "underlined the
        # aim of doubling the value of trade": an aim the parties restate as their own (not
        # "highlighting its aims of": a body's, described)
        r"|(?:(?:re)?affirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|underlin(?:e|es|ed|ing)"
        r"|stress(?:es|ed|ing)?|emphasi[sz](?:e|es|ed|ing)|express(?:es|ed|ing)?"
        r"|highlight(?:s|ed|ing)?|confirm(?:s|ed|ing)?) (?:our|their|the) (?:common |shared "
        # "They reaffirm the Paris Agreement temperature goal of holding the increase"
        r"|joint |long-term |ultimate |(?:(?-i:[A-Z])[\w-]* ){1,2}(?:[\w-]+ )?)?"
        r"(?:goal|aim|objective|ambition|aspiration)s? "
        r"(?:of(?= \w+ing\b)|to(?= \w))"
        # "The Danish government has an ambition to reduce CO2 emissions": a stated aim
        r"|(?<!not )(?:has|have) (?:an?|the) (?:\w+ )?ambition to(?= \w)"
        r"|(?:share|shares|shared) (?:an?|the|our|their) (?:\w+ )?(?:intention|ambition"
        # "We share a strong desire to drive the digital transformation"
        r"|aspiration|goal|objective|desire(?= to \w))"
        # "the two governments' firm aim of securing the launch of all party talks", "We
        # stand united in our objective to forge a partnership", a treaty's "Proceeding from
        # a desire to consolidate", "guided by the intention to promote": an aim held
        r"|(?:(?:our|their) |(?<=s['’] ))(?:firm|common|shared|joint) (?:aim|ambition)"
        r" of(?= \w+ing\b)"
        r"|united in (?:our|their|the) (?:\w+ )?(?:objective|aim|goal|ambition|desire"
        # "We are united in our determination to enhance regional cooperation"
        r"|determination|resolve) to(?= \w)"
        # "We have a shared desire to harness the power of innovation", "reaffirmed their
        # shared desire to enhance those relations"
        r"|(?:a|our|their) shared desire to(?= \w)"
        # "This Joint Statement sets out our ambition to strengthen further our cooperation"
        r"|(?:sets? out|outlines?|outlined) (?:our|their) (?:\w+ )?(?:ambition|aim|goal|objective"
        r"|intention)s? to(?= \w)"
        r"|(?:proceeding from|guided by|motivated by|driven by) (?:a|the|their|our) (?:\w+ )?"
        r"(?:desire|wish|aspiration|intention) to(?= \w)"
        r"|envisag(?:e|es|ed)|envision(?:s|ed)?"
        r"|(?:reiterated|expressed|reaffirmed|declared|voiced) (?:[\w'’]+ ){0,2}solidarity"
        r"|intend(?:s|ed)?(?= (?:for|that)\b)|(?:we|they) intend\b"
        r"|with the intention (?:to|of \w+ing)\b"
        # "they intended to focus on"; not "the fund is intended to support": a purpose
        r"|(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )intended to"
        r"|expressed (?:their |its |our )?resolve|political will to"
        # (not "encouraged by their commitment to": heartened)
        r"|encourag(?:e|es|ed|ing) (?!by\b)(?:the |its |their |all )?[\w-]+"
        r"(?: [\w()’'-]+){0,10}? to\b"
        r"|encourag(?:e|es|ed|ing)(?= (?:the|further|greater|continued|closer|more)\b)"
        # "We encourage synergy-building among all relevant stakeholders": the parties'
        # own call, whatever its object
        r"|(?<=\bwe )(?:also )?encourage(?= [a-z])"
        # "We encourage its early entry into force": a thing soon to be done
        r"|encourag(?:e|es|ed|ing)(?= (?:its |their )(?:early|swift|prompt|speedy|timely|rapid)"
        r" (?:entry into force|ratification|conclusion|adoption|implementation|signature"
        r"|accession)\b)"
        # "The Leaders encouraged regular ministerial engagement"; not "were encouraged
        # by the progress", "encouraged that": heartened; nor "subsidies that encourage
        # waste": a thing's effect
        r"|(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )(?<!feel )(?<!felt )"
        r"(?<!very )(?<!to )(?<!that )(?<!which )encouraged"
        r"(?= (?!(?:by|that|with|at|about|to)\b)[a-z])"
        r"|(?:remain|remains|stay|stays) focused on"
        # (not "a diplomat, who asked not to be named": a source's anonymity)
        r"|ask(?:s|ed|ing)? (?!not\b)(?:the |them |all )?[\w-]+(?: [\w-]+){0,6}? to\b"
        r"|(?:ask|asks|asked) that\b"
        # "She also asked for cooperation and support from the international community",
        # as "called for" (not "as asked for by the Council", "was asked for": another's)
        r"|(?<!\bas )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )"
        r"(?:asked|asks|asking|(?<=we )ask) for\b(?! by\b)"
        # a request leaves the act to the one asked, as an invitation does: "requested
        # the AU Commission to undertake", "requested that she report", "requested the
        # finalisation of outstanding work"; not "the request by Somalia"
        # (not "At Malaysia's request, …": the noun)
        # "requested Algeria's cooperation in setting up legal frameworks", "sought the
        # support of India for the repatriation": support or help asked of another
        # (not "Ukraine has sought the support of NATO for years": a past effort)
        r"|(?<!has )(?<!have )(?<!had )(?:request|solicit|sought)(?:ed|s|ing)? "
        r"(?:the |(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?['’]s )?(?:[\w-]+ )?"
        r"(?:support|cooperation|co-operation|assistance)(?= (?:of|for|in|to|from)\b)"
        r"|(?:request(?:s|ed|ing)|(?<=we )request|(?<=they )request|(?<=to )request)"
        r"(?= (?!(?:that|by)\b)(?:the |its |their |all |them )?"
        # "REQUESTS the Commission, the NEPAD Agency and WHO in collaboration with … to"
        r"[\w-]+(?:,? [\w()-]+){0,16}? to\b)"
        r"|request(?:s|ed|ing) (?:that|the \w+(?:tion|sion|ment|al) of)\b"
        # "requested greater investment by Japanese companies"
        r"|request(?:s|ed|ing) (?:greater|more|further|increased|additional|continued)(?= \w)"
        r"|(?<=we )request (?:that|the \w+(?:tion|sion|ment|al) of)\b"
        # a wish, or a thing to weigh: "We would like to proceed step-by-step", "The
        # Netherlands will consider joining"
        # ("we'd like to sign a free trade agreement": the same wish, contracted)
        # (and "I should like to strengthen cooperation", as a British speaker says it)
        r"|(?:would|(?:we|i|they)['’]d) (?:also )?like to"
        r"|(?:(?<=\bI )|(?<=\bwe ))should (?:also )?like to(?! (?:express|underline|remind|note"
        r"|stress|emphasi[sz]e|thank|say|add|recall|inform|welcome|congratulate|point out"
        r"|mention|highlight|reiterate|reaffirm|take this opportunity)\b)"
        r"|(?:will|would) (?:also )?consider(?= \w+ing\b)"
        r"|look(?:s|ed|ing)? ahead to"
        # "it is time to reinvigorate SAARC's regional cooperation"
        r"|it is (?:now |high )?time to(?= \w)"
        r"|(?:is|are|was|were) (?:also |further |strongly )?encouraged to"
        # "the negotiators were asked to expedite the remaining work": a request, told in
        # the passive, to those who negotiate it (not "officials were asked to explain the
        # delays", "Journalists were asked to leave the hall")
        r"|(?<=negotiators )(?:was|were) (?:also )?(?:asked|requested|urged) to"
        # "President Biden applauded President Petro's commitment to protect the Amazon":
        # another's plan, praised as a welcome
        r"|(?:applaud|commend|laud)(?:ed|s)? "
        r"(?:the |(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*){0,2}['’]s "
        r"|their |its |his |her )(?:\w+ ){0,2}?(?:commitment|plans?|decision|initiative|intention"
        # (a deed with its object, "to protect the Amazon"; not "to democracy": a value)
        r"|goal|pledge|offer|proposal)s? to"
        r"(?= \w+ (?:the|a|an|its|their|his|her|our|all|new|more)\b)",
    ),
    (
        "intent",
        True,
        0.6,
        # (not "On this note": the noun)
        r"(?:was|were) (?:also )?noted|not(?:ed|es)|(?<!this )(?<!that )(?<!a )note"
        r"|t(?:ake|akes|ook|aking) (?:good |careful |due |full )?note of"
        r"|appreciat(?:e|es|ed)",
    ),
    # (not "people being displaced and seeking refuge", "a path of seeking strength":
    # the participle of a noun's doing, unless a party's "are seeking")
    (
        "intent",
        True,
        0.55,
        r"seeks|(?<=is )seeking|(?<=are )seeking|(?<=also )seeking|(?<=currently )seeking"
        r"|(?<=actively )seeking|(?<=still )seeking|(?<=continue )seeking|(?<=continues )seeking"
        r"|(?<=we )seek(?= \w)",
    ),
    (
        "intent",
        True,
        0.55,
        # (not "bring hope to millions", "offering hope to refugees": hope given, a noun)
        r"(?<!\bbring )(?<!\bbrings )(?<!\bbrought )(?<!\bbringing )(?<!\bgive )(?<!\bgives )"
        r"(?<!\bgave )(?<!\bgiving )(?<!\boffer )(?<!\boffers )(?<!\boffering )"
        r"hop(?:e|es|ed|ing) (?:to(?! (?:the|our|their|its|his|her|all|a|an)\b)|that)|is hoping",
    ),
    # (not "the identified key deliverables and prioritised measures": an adjective)
    ("intent", True, 0.6, r"prioriti[sz](?:e|es|ing)|(?<!\bthe )(?<!\band )prioriti[sz]ed"),
    # "Supporting growth and jobs remains our top priority", "represents one of our most
    # important priorities": a priority named, which another verb in the sentence governs
    (
        "intent",
        False,
        0.6,
        r"(?:remains?|is|are|represents?) (?:one of )?(?:our|their|a|the) (?:top |key |main |high "
        r"|highest |first |most important )?priorit(?:y|ies)"
        r"|the priority (?:given|attached|accorded) to",
    ),
    ("intent", False, 0.6, r"(?:their |its |our )intentions? to|intent to"),
    # "All three countries are interested in increasing competitiveness", "Japan is also
    # interested in Finland's civil defence solutions": a party's interest, stated
    (
        "intent",
        True,
        0.7,
        r"(?:is|are|was|were) (?:also |particularly |especially |very |keenly |highly "
        r"|strongly |equally )?interested in",
    ),
    # "Solomon Islands has registered its interest to broaden its partnership",
    # "registered Solomon Islands interest to engage": a party's own, put on record (not
    # "The trade fair registered strong interest from 200 companies", "The euro
    # registered support at 1.05": a count, a price)
    (
        "intent",
        True,
        0.85,
        r"register(?:ed|s|ing)? (?:its |their |his |her |our "
        r"|(?:the )?(?:(?-i:[A-Z])[\w-]* ){0,3}(?-i:[A-Z])[\w-]*(?:['’]s?)? )"
        r"(?:strong |keen |firm )?(?:interest|intention|desire|wish|willingness|readiness)"
        r" (?:to|in)\b",
    ),
    # "spoke of the intent of both countries to resolve the borders", "highlighted the
    # intention of Prime Minister Rudd and President Lula to exchange visits": a named
    # party's intention, told (not "with the intention of promoting": a purpose)
    (
        "intent",
        True,
        0.7,
        # (not "the intention of rebels to attack", "of Article 5 to deter": no party's)
        r"(?<!with )(?<!with the )\b(?:intention|intent) of (?!\w+ing\b)"
        r"(?!(?:the )?(?:rebels?|terrorists?|militants?|insurgents?|attackers?|Article|Section"
        r"|Paragraph|law|treaty|provision|resolution|clause)\b)[\w’'. -]{1,50}? to"
        r"(?= \w)",
    ),
    # "have confirmed their participation in the ASEM13, which will be held on 25-26
    # November": they will attend
    (
        "pledge",
        True,
        0.8,
        r"(?:re)?confirm(?:ed|s)? (?:their|its|his|her|our) (?:\w+ )?participation (?:in|at)\b"
        # (not "… in the summit held last week": done)
        r"(?![^.;]{0,80}\b(?:took place|last (?:week|month|year)|yesterday)\b)",
    ),
    # the parties' own aim ("Our goal is to position the Benelux"), not a thing's purpose
    (
        "intent",
        True,
        0.7,
        # (a minister's own: "My aim is to ensure that all EU member states commit")
        r"(?:our|their|my) (?:\w+ ){0,2}(?:goal|aim|objective|ambition|intention|purpose|priority"
        r"|vision|task) (?:is|was) to"
        # "Finland’s goal is to become", "The two nations’ goal is to build", "the common key
        # goal is to integrate": a party's or a shared aim (not "The objective of AMCA +3
        # is to", "The Committee's objective is to": what a body is for)
        r"|(?:(?!(?-i:Committee|Commission|Forum|Group|Agreement|Memorandum|MOU|Convention"
        r"|Programme|Program|Initiative|Fund|Centre|Center|Council|Mechanism|Project|Plan"
        r"|Strategy|Dialogue|Meeting|Conference|Summit|Treaty)['’])(?-i:[A-Z])[\w-]*['’]s?"
        r"|(?:the )?(?:two|both) \w+['’]s?|(?:the|an?) (?:common|shared|joint|key|main|primary"
        r"|immediate|overall|ultimate|unwavering|long-term|strategic)(?: [\w-]+)?)"
        r" (?:goal|aim|objective|ambition) (?:is|was) to(?= \w)"
        # "Our 2030 vision is for revitalised and dynamic connections between our people"
        r"|(?:our|their) (?:\w+ ){0,2}vision (?:is|was) for\b"
        # "Our aim is security and the lowest level of forces", "united in our aim of"
        r"|^our aim is\b|in (?:our|their) (?:common |shared )?aim of"
        # "confirmed the importance for Central Asian countries to jointly tackle", "recognized
        # their important responsibility to help ensure": what they hold must be done
        r"|(?:confirm|stress|emphasi[sz]|underlin|underscor|reiterat|highlight|recogni[sz])"
        r"(?:e|es|ed|ing)? the (?:importance|significance|need) for (?:[\w-]+ ){1,6}?to(?= \w)"
        r"|recogni[sz](?:e|es|ed|ing) (?:their|our|its|the) (?:\w+ )?(?:responsibility|requirement"
        r"|obligation) to(?= \w)",
    ),
]


@functools.cache
def _pattern() -> re.Pattern[str]:
    alternatives = [f"(?P<c{n}>{pattern})" for n, (_, _, _, pattern) in enumerate(_CUES)]
    return re.compile(r"(?<![\w'’])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


_TITLED = re.compile(r"(?-i:(?:[A-Z]\w* )?Commitments? (?:[Tt]o|[Oo]n|[Ff]or) (?:the )?[A-Z])")


# A person's or country's own commitment named in the author's voice ("Rome's tangible
# commitment", "Italy's intent to") is a description, not something promised here.
_POSSESSED = re.compile(r"\w['’]s (?:\w+ )?$|\ws['’] (?:\w+ )?$")  # "Italy's", "both countries’"
# A capitalised cue inside a name after "the": "signed the Global Pledge on Media
# Freedom", "support for the Paris Call for Trust and Security in Cyberspace"
_NAME_BEFORE = re.compile(r"\bthe\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}$", re.IGNORECASE)
_VERB_GOES_ON = re.compile(r"\s+(?:to|that)\b|\s*:", re.IGNORECASE)


# A declaration's operative paragraphs in the imperative, under a lead-in such as "We
# will:" or "Leaders agree to:": "Triple the installed capacity of renewable energy …",
# "Phase out and regulate inefficient fossil fuel subsidies". The verb opens the sentence
# (after a paragraph number or a bullet) and an object follows it, not "for" or "of", so
# "Support for Ukraine grew" is a noun.
_IMPERATIVE_VERB = (
    # ("1.1 Further strengthen cooperation": an item numbered within a section)
    r"^[\s\W]*(?:(?:\(?[0-9]{1,3}|\(?[a-h]|\(?[ivx]{1,4})[.)]\s+|" + SECTION_NUMBER + r"\.?\s+"
    r"|o\s+)?"
    # "DPRK : Disable all existing nuclear facilities": a party's code before its action
    r"(?:[A-Z]{2,6}\s?:\s+)?"
    r"(?:(?P<verb>Further (?:strengthen|enhance|develop|promote|deepen|expand|improve"
    r"|intensify|advance)|Triple|Double|Halve|Phase out|Strengthen|Promote|Enhance|Ensure|Establish"
    # an agreement's: "Adjust downwards their overall crude oil production", "Extend the
    # decision", "Complete the disablement", "Reconfirm the production adjustment plan"
    r"|Adjust|Extend|Complete|Reconfirm|Reaffirm|Disable|Assess|Review|Submit|Finali[sz]e"
    r"|Develop|Implement|Foster|Accelerate|Mobili[sz]e|Increase|Reduce|Expand|Advance|Build"
    r"|Create|Deepen|Improve|Launch|Provide|Pursue|Scale up|Step up|Facilitate|Intensify"
    r"|Invest in|Adopt|Undertake|Reinforce|Explore|Address|Combat|Protect|Priori[tz]i[sz]e"
    r"|Mainstream|Harness|Leverage|Boost|Uphold|Maintain|Redouble|Work|Continue|Seek"
    r"|Cooperate|Collaborate|Endeavou?r"
    # a programme's: "Eliminate illegal fishing by 2020", "Halt the loss of biodiversity"
    r"|Eliminate|Eradicate|End|Halt|Prevent|Tackle|Safeguard|Restore|Conserve"
    r"|Moderni[sz]e|Harmoni[sz]e|Integrate|Align|Simplify|Streamline|Standardi[sz]e|Monitor"
    r"|Reform|Achieve|Deliver|Allocate|Enable|Empower|Engage|Raise|Make|Accept"
    # an action plan's: "Hold the third Meeting …", "Release the Joint Statistical
    # Publication", "Press for an ambitious outcome"
    r"|(?:Hold|Convene|Organi[sz]e|Conduct|Carry out|Set up|Release|Publish|Press for|Consider)"
    r"(?= (?:the|a|an|another|regular|joint|our|their|its|all)\b)"
    r"|Approving|Adopting|Extending|Accepting|Deciding|Establishing|Launching|Endorsing"
    r"|Instructing|Tasking|Requesting|Mandating|Directing"
    r"|Direct|Decide|Instruct|Task|Mandate|Endorse|Pledge|Commit|Agree|Resolve)"
    r"|(?P<wish>Support|Encourage|Urge|Call (?:on|upon)|Invite|Welcome))"
)
_IMPERATIVE = re.compile(
    _IMPERATIVE_VERB
    + r"(?=,| (?:the|a|an|another|regular|joint|our|their|its|all|further|new|more|and|to|with"
    r"|that|upwards?|downwards?"
    r"|efforts?|[\w-]+(?:al|ive"
    r"|ous|ble|ic|ent|ant|ed|ing|ly))\b)"
)
# An item under a lead-in is a verb phrase whatever its object: "Expand Korea's
# scholarship programs", "Facilitate consultations to establish a Training Center"
# (not a noun before its preposition or verb: "- Support for Ukraine grew", "- End of
# the visa requirement", "- Work on the treaty was completed")
_IMPERATIVE_ITEM = re.compile(
    _IMPERATIVE_VERB + r"(?=,? (?!(?:of|was|were|is|are|has|have|had|will|would)\b)[\w’'-])"
)
# ... nor an item that tells what came about ("- Work on the treaty was completed")
_TOLD = re.compile(r"\b(?:was|were|grew|rose|fell|has been|have been|had been)\b", re.I)
_DATED_OPENING = re.compile(
    r"[\s\W]*(?:By|In|From|Before|Within|Over|Starting|Beginning)\b[^,.;:]{1,40},\s+(?=[a-z])"
)
# (words parted by spaces only: a hyphen inside a word and between words both would give
# a run of hyphens countless readings, and no colon after it costs them all)
_HEADED_OPENING = re.compile(r"[\s\W]*[A-Z][\w’'-]*(?: [\w’'-]+){0,5}:\s+(?=[A-Z])")
_ONE_LINE = str.maketrans("\n\r\t\f\v", "     ")


# A decision list's verbless items: "The Secretariat to undertake a Joint Security
# Assessment Mission …", "The Team to comprise all Partner States representatives".
# After a bullet or a number, "The" may go before a name of two words or more: "o Member
# States to publish …" (an "o" is how a word processor's bullet is often copied), but
# "Aspire to vaccinate" is a verb and "Related to the summit" an adjective.
_DIRECTED = re.compile(
    r"^[\s\W]*?(?:(?:The|the) (?P<verb>(?:[A-Z][\w’'-]*\s+){1,5}to)"
    r"|(?:\(?(?:[0-9]{1,3}|[a-h]|[ivx]{1,4})[.)]|[-•·*‣◦–▪]|o(?=\s))\s+"
    r"(?P<named>(?:[A-Z][\w’'-]*\s+){2,5}to))"
    # (not "The Minister to whom the report was sent": a relative clause)
    r"(?= (?!(?:be|the|a|an|my|our|their|its|this|these|that|whom|which|whose|what)\b)[a-z]+\b)"
)


def imperative_opening(text: str) -> Cue | None:
    """The cue of a sentence that opens in the imperative ("Strengthen the …"), if any."""
    return _imperative(text.translate(_ONE_LINE))


def imperative_item(text: str) -> Cue | None:
    """The cue of a list item that opens with an imperative verb, whatever follows it."""
    match = _IMPERATIVE_ITEM.match(text.translate(_ONE_LINE))
    if match is None or _TOLD.search(text):
        return None
    return _verb_cue(match, text, 0)


def _verb_cue(match: re.Match[str], text: str, at: int) -> Cue:
    """An imperative's cue: a verb pledges, a wish ("Support", "Welcome") is an intent;
    ``at`` is where in ``text`` the matched string began."""
    name = "verb" if match.group("verb") else "wish"
    kind: CueClass = "pledge" if name == "verb" else "intent"
    return Cue(
        at + match.start(name),
        at + match.end(name),
        text[at + match.start(name) : at + match.end(name)],
        kind,
        True,
        0.6,
    )


def _imperative(text: str) -> Cue | None:
    directed = _DIRECTED.match(text)
    if directed is not None:
        group = "verb" if directed.group("verb") else "named"
        words = directed.group(group)
        return Cue(directed.start(group), directed.end(group), words, "pledge", True, 0.6)
    at = 0
    match = _IMPERATIVE.match(text)
    dated = _DATED_OPENING.match(text) if match is None else None
    if dated is not None:
        # "By 2020, ensure that all key stocks are assessed": the date set before the verb
        at = dated.end()
        match = _IMPERATIVE.match(text[at].upper() + text[at + 1 :])
    headed = _HEADED_OPENING.match(text) if match is None else None
    if headed is not None:
        # "Vaccinate the world: Support the WHO's goal of …": a target's heading, then
        # its action
        at = headed.end()
        match = _IMPERATIVE.match(text[at:])
    if match is None:
        return None
    return _verb_cue(match, text, at)


# The bare verbs above, before a colon that ends the sentence: they lead a list and say
# nothing of their own
BARE_COLON_VERB = re.compile(rf"{_BARE_VERBS}|it\s+is\s+(?:also\s+)?necessary", re.IGNORECASE)
_COLON_NEXT = re.compile(r"(?:\s+as\s+follows|\s+the\s+following)?\s*:\s*$", re.IGNORECASE)


def bare_lead(words: str, text: str, end: int, stop: int) -> bool:
    """The cue ``words``, ending at ``end``, are a bare verb with nothing after them but
    the colon that closes ``text[:stop]``: "Have agreed as follows:", "The Ministers
    decided:" lead a list and say nothing of their own."""
    return bool(BARE_COLON_VERB.fullmatch(words)) and _COLON_NEXT.match(text, end, stop) is not None


# "Some delegations proposed that the Council decides:": another's proposal
_PROPOSED_THAT = re.compile(
    r"\b(?:propos|suggest|recommend|request|ask)\w*\s+that\b", re.IGNORECASE
)
_DOUBTED = re.compile(
    r"\b(?:reject|question|doubt|disput|challeng|debat|contest)\w*|\bnot\b|n[’']t\b",
    re.IGNORECASE,
)
# "Did the Ministers agree:", "The question is whether…", "Reuters reported that the
# Ministers agreed:", "The Ministers never agreed:", "Nothing was agreed:": nothing
# decided, or told by another
_UNDECIDED_LEAD = re.compile(
    r"^\W*(?:did|do|does|what|which|how|why|when|who)\b|\bwhether\b"
    r"|\b(?:reported|reports|said|says|claimed|claims|alleged|according\s+to)\b"
    r"|\b(?:not|never|no\s+one|nobody|nothing|neither|nor)\b|n[’']t\b"
    # "Issues that remain to be agreed upon:", "yet agreed on:"
    r"|\b(?:to\s+be|yet)\s*$",
    re.IGNORECASE,
)
# "Nothing was agreed:", "The following were agreed:": a lead in the passive
_PASSIVE_LEAD = re.compile(
    r"(?:is|was|were|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:agreed|decided)",
    re.IGNORECASE,
)


def cues(text: str) -> list[Cue]:
    """Every cue in ``text``, in order."""
    # a line break inside a phrase ("THE SUMMIT DIRECTED\nTHE SECRETARIAT TO") is a space
    text = text.translate(_ONE_LINE)
    found = []
    opening = _imperative(text)
    if opening is not None:
        found.append(opening)
    for match in _pattern().finditer(text):
        if opening is not None and match.start() < opening.end:
            continue
        n = int(next(name for name, value in match.groupdict().items() if value)[1:])
        kind, verb, confidence, _ = _CUES[n]
        if not verb and _TITLED.match(text, match.start()):
            continue  # "Re-Energising Doha – A Commitment to Development": a title's words
        if not verb and _POSSESSED.search(text, 0, match.start()):
            continue
        word = match.group(0).split()[0]
        if (
            word[:1].isupper()
            and not word.isupper()
            and _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
            # (a Title Case headline's verb goes on to its complement: "The Leaders
            # Agree To Meet In 2027")
            and not _VERB_GOES_ON.match(text, match.start() + len(word))
        ):
            continue  # a name's word: "the Global Pledge", "the Paris Call for Trust"
        if (
            _PREVIOUSLY.search(text, max(0, match.start() - 20), match.start())
            or (
                match.group(0).lower().startswith("welcom")
                and _HAD.search(text, max(0, match.start() - 5), match.start())
            )
            or _HAD_THERE.search(text, max(0, match.start() - 60), match.start())
        ):
            continue  # "what had been previously agreed upon": the past, not a clause's cue
        if _AGREED_UPON.match(match.group(0)) and _NOTHING_AFTER.match(text, match.end()):
            continue  # "the deliverables agreed upon.": a participle naming what was agreed
        if (
            match.group(0).lower() == "agreed"
            and _AS_BEFORE.search(text, max(0, match.start() - 4), match.start())
            and _WHERE_AFTER.match(text, match.end())
        ):
            continue  # "the focus of the Meeting as agreed at the Nassau meeting": a reference
        if found and bare_lead(match.group(0), text, match.end(), len(text)):
            continue  # "Desiring to establish …, Have agreed as follows:": the wish's clause
        found.append(Cue(match.start(), match.end(), match.group(0), kind, verb, confidence))
    # a decision's operative paragraph in the infinitive, its "agreed" said once above
    # ("2. To hold the Twelfth SAARC Trade Fair … in 2012"); "To this end," is none; a
    # verb after it in a clause of its own is no other ("1.1 To establish a Working
    # Group, which will present a roadmap")
    operative = _TO_OPERATIVE.match(text)
    if operative is not None and not any(
        c.verb
        and (
            c.start < operative.end(1)
            or c.kind != "future"
            or not _RELATIVE.search(text, operative.end(1), c.start)
        )
        for c in found
    ):
        found.insert(
            0, Cue(operative.start(1), operative.end(1), operative.group(1), "pledge", True, 0.6)
        )
    return found


_RELATIVE = re.compile(r"\b(?:which|who|whose)\b", re.IGNORECASE)
_TO_OPERATIVE = re.compile(
    r"^[\s\W]*(?:\(?[0-9]{1,3}[.)]\s+|" + SECTION_NUMBER + r"\.?\s+)?"
    r"(To (?!(?:this|that|these|those|date|the|a|an|which|what"
    r"|whom|be|our|their|its|all|some|me|us|them|my|your|his|her|everyone|everybody|anyone"
    # "To conclude:", "To summarise …": the speaker's turn, not a decision
    r"|conclude|summari[sz]e|sum|recap|begin|start|end|close|finish|illustrate|recall)\b)"
    r"[a-z]+)\b(?!\s*[:,])"
    # (not "To help its partners, France made …", "To that end, we will": a purpose, then
    # the main clause after its comma)
    # ("To commemorate this occasion, a joint logo has been issued")
    r"(?![^.;]*?,\s+(?:we|they|the|an?|it|this|(?-i:[A-Z])[a-z]+\s+(?:has|have|had|made|is|are|was"
    r"|were|will|\w+ed))\b)"
)


# --- What makes a clause with a cue still not a commitment ------------------------------

SCHEDULE_PRESENT = re.compile(_SCHEDULE_VERBS + "$", re.IGNORECASE)

_AGREED_UPON = re.compile(r"agreed (?:on|upon)$", re.IGNORECASE)
_NOTHING_AFTER = re.compile(
    # (a colon ending the sentence leads a list: "The parties agreed upon:"; unless what
    # comes before says nothing was decided, ``_UNDECIDED_LEAD``)
    r"\s*(?:[.,;)]|:(?!\s*$)|$|(?:today|yesterday|earlier|last|at|in|during|by|between|so far)\b)",
    re.IGNORECASE,
)
# "as agreed at the Nineteenth Meeting", "as agreed in Lima": pointing to an earlier accord
_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
_WHERE_AFTER = re.compile(r"\s+(?:at|in|during|by|on|earlier|previously|last)\b", re.IGNORECASE)
# "what had been previously agreed upon": the past.
_PREVIOUSLY = re.compile(r"\b(?:previously|already|earlier|had been)\s+$", re.IGNORECASE)
# "Noting that both Australia and Japan had welcomed the formation of Malaysia"
_HAD = re.compile(r"\bhad\s+$", re.IGNORECASE)
# "since the Fourth Dialogue in Rabat, where they had agreed to study": what was done at
# an occasion gone by (not "said both sides had agreed to convene", a report of it)
_HAD_THERE = re.compile(
    r"\b(?:where|when|at which|in which|during which)\s+[^,;.]{0,40}?\bhad\s+(?:also\s+)?$",
    re.IGNORECASE,
)

# "recalled that … agreements were reached": an account of the past.
_RECALLED = re.compile(r"\b(?:recalled|recalling|reminded|recall|recalls)\b", re.IGNORECASE)
# "We recall our commitments made at the 4th Summit": commitments of another day
_INSERTED_RECALL = re.compile(
    # ("We, recalling the Declaration, adopted in 2007, do hereby solemnly commit")
    r",\s*recalling\b[^;]*,\s*(?:(?:do\s+)?(?:hereby|also|further|jointly|solemnly)\s+"
    r"(?:(?:hereby|solemnly)\s+)?)?$",
    re.IGNORECASE,
)
_OTHERS_COMMITMENT = re.compile(r"recall\w* (?:the|a) ", re.IGNORECASE)
# "The Committee recalled its engagement …, took into account the report …, and
# instructed the Deputies to": a verb of its own after ", and" is a new act, which the
# recall before it does not govern
_NEXT_PREDICATE = re.compile(r",\s+and\s+(?:also\s+|further\s+)?$", re.IGNORECASE)
_MADE_THEN = re.compile(
    r"\b(?:made|taken|undertaken|entered into|expressed|given)\s+(?:at|in|during|on)\b",
    re.IGNORECASE,
)
# "… will", "… by 2026", "from 2025": what the clause may have still to come (a year after
# the welcome keeps it a candidate, whether or not the year is gone by; looked for to
# the clause's end from each welcome: a clause is a sentence's part, and a sentence is
# at most a paragraph of 1,000 characters, so a clause of a hundred welcomes stays cheap)
_NOTHING_AHEAD = (
    r"(?![^.;]*\b(?:will|shall|would|(?:by|from|until|before|in) (?:19|20)\d\d|coming|next)\b)"
)
# A time or a step still to come anywhere in the clause: "by the end of 2026", "from
# April", "next year", "in the second half of 2026", "which is to include" (the newer
# rules' guard; a year alone, _NOTHING_AHEAD's, misses a month, "next" and "within"). A
# year or a month counts after a preposition only: "on 09 February 2023", "the 2022
# Joint Declaration" and "may God" are none.
# (a year or a month by itself, where "may" is a modal)
_A_DATE = (
    r"(?:19|20)\d\d|january|february|march|april|june|july|august|september|october|november"
    r"|december"
)
_WHEN = (
    r"(?:(?:by|from|until|till|before|after|in|during|for|starting|beginning|as\s+of)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:" + _A_DATE + r"|may|spring|summer|autumn|winter)"
    r"|next|upcoming|forthcoming|this\s+year|end\s+of\s+(?:the\s+|this\s+)?(?:year|month)"
    r"|within\s+(?:the\s+)?(?:next\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?)"
    r"|(?:first|second|third|fourth)\s+(?:half|quarter))"
)
_NOTHING_DATED_AHEAD = r"(?![^.;]*\b(?:will|shall|would|is\s+to|are\s+to|to\s+be|" + _WHEN + r")\b)"
_MORE = r"closer|enhanced|deeper|stronger|expanded|greater|increased|broader|more|intensified"
# "welcomed the close collaboration between the relevant authorities", "the growing
# partnership between the two governments", "the increasing economic engagement":
# cooperation as it stands (readers labelled 7 of 59; not "further engagement", "the
# cooperation of BRICS countries in WRC-19, to be held", "engagement … to pursue")
_COOPERATION_AS_IT_STANDS = (
    # (its words describe it, "the launch of a partnership with a target" is no description)
    r"(?:(?!(?:further|future|upcoming|next|proposed|planned|new|of|for|on|in|with|to|a|an"
    r"|the)\b)[\w-]+,?\s+(?:and\s+)?){0,3}?"
    r"(?:cooperation|collaboration|engagement|partnership|dialogue|exchanges|coordination)\b"
    r"(?!\s+(?:to|with a view|for future|as)\b)" + _NOTHING_AHEAD
)
# Welcoming or noting something done or observed: the signing of a treaty, the progress
# achieved, growth, an intensification; as opposed to an initiative, a plan, a need.
_OBSERVED = re.compile(
    r"\b(?:welcom\w*|not(?:ed|es|e)|appreciat\w*)\s+"
    # (not a plan's noun: "welcome the decision of the Presidents of Ukraine and Romania
    # to build a Strategic Partnership", "the initiative of President Trump to help bring
    # this war to an end" welcome what they decided or began, not the people)
    r"(?!(?:the\s+)?(?:[\w-]+\s+)?(?:decision|commitment|intention|plan|proposal|initiative"
    r"|offer|pledge)s?\s+(?:(?:taken|made|announced|launched)\s+)?(?:of|by)\b)"
    r"(?:[\w'’.-]+\s+){0,3}?(?:the\s+)?(?:[\w'’-]+\s+)?"
    # a person or a delegation greeted: "welcomed U.S. Secretary of State Michael R.
    # Pompeo to New Delhi", "the newly elected leader", "the Honourable Anne Ruston",
    # "the New Zealand business delegation" (not "welcomed President Kenyatta's
    # decision": what the person decided)
    r"(?:(?:presidents?|leaders?|(?:(?!(?:of|to|for|by)\b)[\w-]+\s+){0,2}?delegations?|guests"
    r"|(?:new )?heads? of (?:state|(?:the )?delegations?)|participants|premiers?"
    r"|mayors?|governors?|chief ministers?|(?:prime )?ministers?|representatives"
    r"|(?:\w+\.? )?secretary of (?:state|defen[cs]e)|(?:new )?(?:chief executive|officer"
    r"|secretary[- ]general|director|chair|chairman|chairperson|envoy|ambassador)|treasurer"
    r"|newly[- ]elected|new members?"
    r"|(?-i:Hon|Honourable|Honorable|His Excellency|Her Excellency))\b"
    r"(?![\w\s.-]{0,30}['’]s\b)"
    r"|(?:signing|signature|adoption|holding|conclusion|entry into force|progress|results?"
    r"|outcomes?|success|successful|completion|achievements?|intensification|growth|interaction"
    # "welcomed the increased frequency of meetings", "the unanimous approval of Resolution
    # 1546", "statements from the region": what came about or was said
    r"|increased|further strengthening|approval|ratification|election|statements"
    r"|(?:positive )?start|understanding reached"
    # "welcomed the strong surge in ASEAN exports", "the rapprochement between Ethiopia
    # and Eritrea": a development that came about
    r"|surge|recovery|rebound|rapprochement|improvements?"
    # "welcomed the contribution of the existing platforms", "the steady increase in
    # bilateral trade", "the advanced level of economic relations", "the support provided",
    # "the actions taken", "the fact that": what is so or has been given
    r"|contributions?(?= (?:of|to|made|by|which)\b)|(?:\w+ )?increase (?:in|of)"
    r"|advances in|advanced (?:level|process|stage)|performance"
    r"|(?:support|training|assistance) provided|(?:actions|measures|steps) (?:taken|undertaken)"
    # "welcomed the appointment of the Permanent Secretary", "the resumption of the
    # work", "the role played by Mauritania", "the first of the Paphos meetings held
    # last April": what has come about
    r"|appointment of|resumption of|role played by|expressions? of"
    r"|(?:\w+ )?held (?:last|earlier|recently)\b|close cooperation"
    r"|(?:prompt )?response by|fact that(?![^.;]*\b(?:will|shall)\b)"
    r"|(?:(?:continuous|positive|steady|continued|institutional)(?: and)? )+development"
    # "welcomed the frank and open discussion in the Council", "the steps being taken",
    # "regular annual consultations held between state secretaries", "the release of
    # their National Security Strategies", "the renewal of the Memorandum": what is under
    # way or done
    r"|(?:frank|open|candid|fruitful|constructive|useful|productive|in-depth)"
    r"(?: and (?:frank|open|candid|fruitful|constructive|useful|productive|in-depth))?"
    r" discussions?\b"
    r"|(?:steps|actions?|measures|efforts) (?:already )?being taken"
    r"(?![^.;]*\b(?:by|before|in) (?:the end of )?"
    r"(?:19|20)\d\d)"
    r"|(?:consultations|talks|meetings|exchanges) held\b"
    r"|(?<!planned )(?<!upcoming )(?<!forthcoming )(?:release|renewal) of"
    r"|briefing|situation|presentation|(?:\w+ )?discussions"
    # ("welcomed the efforts already made to engage Somali partners")
    r"|(?:work|efforts?|actions?) (?:already )?(?:carried out|done"
    r"|made|undertaken)|entry|admission|exchanges? of|growing|increasing"
    r"|developments (?:highlighted|achieved|made|so far)"
    # (not "noted that the next meeting will be held in 2011": one still to come)
    # (nor "welcomed Poroshenko's commitment to meeting all conditions": a doing)
    r"|(?<!next )(?<!upcoming )(?<!forthcoming )"
    r"(?:visit|(?:(?!next\b|to\b)\w+ )?(?<!\bto )meeting|summit)"
    r"|recent|recently|participation|developments reached|support of"
    r"|(?:steady|smooth|good) (?:implementation|progress)"
    # "welcomed the positive momentum in the bilateral relationship", "the vibrancy of the
    # economic partnership", "the current positive state", "the emergence of the first
    # vaccines", "the continued strengthening of relations": how things stand
    r"|momentum|vibrancy|positive developments(?! and\b)|(?-i:state)(?! (?:of the art|visit)\b)"
    r"|emergence|excellent relations"
    r"|(?:continued |continuing )?strengthening of|deepening of"
    # "welcomed the newly-established Combined Task Force", "… Saudi Arabia's assumption
    # of command": what has just come about
    r"|newly[- ]\w+ed|assumption of (?:command|office|duties|the chair\w*)"
    # "welcomed the commemoration of the 15th Anniversary", "the activities held to
    # commemorate", "the deepening of friendship over the past 45 years"
    r"|commemorat\w*|activities (?:held|carried out|conducted|undertaken)"
    # "welcomed the 70th Anniversary of the establishment of diplomatic relations", "the
    # inauguration of the first commercial direct flight", "the theme of the Forum", "the
    # role of the Philippines as Country Coordinator": an occasion or a part greeted
    r"|anniversary|inauguration|theme|role of"
    r"|agreement reached(?!\s+to\b)"
    # "welcomed the partnership dialogue held for the first time", "the inaugural Bilateral
    # Consultation Meeting held on 18 September 2024", "the business summit held in the
    # margins": a meeting held is one past (not "to be held")
    r"|(?:[\w-]+ ){0,2}(?:dialogue|consultations?|talks|engagements|elections?|forum|summit"
    r"|meeting)s? (?:which was )?held\b"
    # (not one held "annually" or "alternately", nor with a will or a year after it in the
    # clause, which may be one still ahead)
    r"(?!\s+(?:annually|alternately|regularly|every|each|twice|once)\b)"
    + _NOTHING_AHEAD
    + r"|(?:\w+ )?(?:friendship|cooperation|relations) over the past)\b)"
    # "welcomed the friendly and unwavering bilateral relations", "the excellent relations
    # between Morocco and the United Kingdom", "the deepening economic ties": how relations
    # stand (readers labelled none of 35; not "the elevation of relations to a
    # Comprehensive Strategic Partnership", still to be done)
    # "appreciated Japan's efforts to contribute to peace", "the role played by Uganda",
    # "the contribution made by over 200 Indian companies": thanks for what was done
    # (readers labelled none of 29)
    r"|\bappreciat\w*\s+(?:(?:for|of)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:efforts|role|contributions?|dedication|supply|statement)\b"
    + _NOTHING_AHEAD
    # ("hailed the warm and cordial relations between Kenya and India": the same; not
    # "the agreement to upgrade ties", "the new chapter in relations that will begin in
    # 2025": what is to be done)
    + r"|\b(?:welcom\w*|not(?:ed|es|e)|appreciat\w*|hail(?:ed|s|ing)?)\s+(?:the\s+)?"
    r"(?:(?!(?:that|to)\b)[\w-]+,?\s+(?:and\s+)?){0,3}?"
    # "the vigorous development of the bilateral relationship", "the rapid expansion and
    # diversification of bilateral ties", "the tremendous enhancement of overall
    # engagement": how relations grew, as "the intensification of relations" (a "further"
    # or an "upcoming" asks for more, and a will or a year ahead keeps it one to come)
    r"(?:(?<!further )(?<!future )(?:development|expansion|enhancement|diversification|growth"
    r"|deepening|broadening|widening|dynamism|depth|pace|frequency)\s+of\s+(?:the\s+)?"
    r"(?:(?!(?:further|future|new|to)\b)[\w-]+\s+){0,2}?"
    r"(?:cooperation|collaboration|engagements?|partnership|exchanges|contacts|meetings"
    r"|relations|relationship|ties|friendship)\b"
    # (the head of its phrase: not "a cooperation roadmap", "the partnership programme")
    r"(?![\s-]+(?:roadmap|road\s+map|programmes?|programs?|action|plans?|framework|mechanism|fund"
    r"|council|initiatives?|projects?|agreements?|strategy|document)\b)"
    r"(?!\s+(?:to|with a view|for future|as)\b)|"
    r"(?:bilateral\s+)?(?:relations|relationship|ties|friendship)\b(?!\s+(?:to|with a view)\b))"
    + _NOTHING_DATED_AHEAD
    # "welcomed sustained high-level contact and ministerial engagement", "this continued
    # high level engagement": exchanges as they stand (not "the upcoming high-level visit")
    + r"|\bwelcom\w*\s+(?:the\s+|this\s+|these\s+)?(?:(?:sustained|continued|continuing|regular"
    r"|frequent|close|intensive|active|intense|recent)\s+)?high[- ]level\s+(?:contacts?"
    r"|engagements?|exchanges|visits|interactions?)\b(?!\s+(?:to|with a view)\b)"
    + _NOTHING_DATED_AHEAD
    # a photograph's caption: "President Nguyen Xuan Phuc (R) is welcomed by his
    # Singaporean counterpart Halimah Yacob on February 25"
    + r"|\b(?:is|was|were|are)\s+(?:\w+ly\s+)?welcomed\s+by\s+(?:his|her|their)\s+(?:\w+\s+)?"
    r"counterparts?\b"
    # a guest greeted: "I welcome you to Azerbaijan", "delighted to welcome him here",
    # "were warmly welcomed on arrival" (not "to welcome them as full Members": a
    # membership ahead)
    r"|\bwelcom(?:e|es|ed|ing)\s+(?:you|him|her|them)\b(?!\s+as\b)(?!\s+to\s+(?-i:[a-z]))"
    r"|\bwelcomed\s+(?:on|upon)\s+(?:(?:their|his|her)\s+)?arrival\b"
    # cooperation as it stands (without "the", a comparative asks for more: "welcomed
    # closer coordination with ASEAN"; a year ahead, "from 2025", or a will makes it one
    # to come)
    + r"|\bwelcom\w*\s+(?!and\b)(?:the\s+|(?!"
    + _MORE
    + r")\b)"
    + _COOPERATION_AS_IT_STANDS
    # "welcomed the report of the Eminent Persons Group", "reports from the Sectoral
    # Committees", "the paper on Supporting Sound Policies": a finding delivered (not "the
    # launch of a feasibility study", "Japan's proposed Concept Paper": work ahead)
    + r"|\bwelcom\w*\s+(?:the\s+)?(?:(?!(?:of|on|for|to|proposed|planned|upcoming|forthcoming"
    r"|next|future|concept|draft|new|ongoing|a|an)\b)[\w’'()-]+,?\s+){0,5}?(?:reports?|paper"
    r"|study)\b"
    # (the head of its phrase, not "the report's recommendation", "a study tour", and no
    # plan in the clause: "… and its proposed roadmap", "a work plan for 2026")
    r"(?!['’]s\b)(?![\s-]+(?:tours?|groups?|visits?|programmes?|programs?|trips?|missions?)\b)"
    r"(?![^.;]*\b(?:recommend\w*|propos\w*|roadmap|work\s+plan|sets?\s+out|setting\s+out)\b)"
    + _NOTHING_DATED_AHEAD
    # "welcomed the cooperation until now": what has been done
    + r"|\b(?:welcom\w*|not(?:ed|es|e)|appreciat\w*)\s+[^.;]{0,80}\b(?:until now|so far|to date"
    r"|thus far)\b",
    re.IGNORECASE,
)
# "welcomed the visiting dignitaries", "the opportunity to gather once again": the
# occasion itself (not "the opportunity to hold the next meeting in Lima in 2026")
_OCCASION = re.compile(
    r"\bwelcom\w*\s+(?:the\s+)?(?:visiting\s+(?:dignitaries|delegations?|guests)\b"
    r"|opportunity\s+(?:to\s+(?:gather|discuss|exchange|meet)|of\s+(?:meeting|making))\b"
    r"(?![^.;]*\b(?:next|again\s+in)\b))",
    re.IGNORECASE,
)
_OBSERVED_PASSIVE = re.compile(
    r"^(?:the\s+)?(?:\w+\s+){0,2}(?:signing|adoption|holding|conclusion|progress|results?"
    r"|success|intensification|growth)\b[^.]*\b(?:was|were)\s+(?:also\s+)?(?:welcomed|noted)\b",
    re.IGNORECASE,
)
# The meeting's own acts, told: "a Joint Declaration was adopted", "the summit was held".
_OWN_ACTS = re.compile(
    r"\b(?:declaration|statement|communiqu[eé]|document|resolution|agenda|text|decisions?)"
    # "they adopted a declaration, which was endorsed by all countries"
    r"(?:,\s+which)?\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:adopted|approved"
    r"|endorsed|signed"
    r"|agreed)\b"
    # "Delegations will find attached the conclusions": a cover note
    r"|\bwill find (?:attached|enclosed|herewith|in (?:the )?annex)\b"
    # "agreed to all paragraphs except 3, 8 and 9": to the meeting's own text
    r"|\bagree[sd]? to (?:all |the )?(?:paragraphs?|text|wording|language)\b"
    # "The Parties agreed to recess": the meeting's own course; "we agreed to adopt the
    # Joint Statement of the 22nd Summit": its own text
    r"|\bagree[sd]? to (?:recess|adjourn)\s*(?:[.;]|$)"
    # "Finance and Health Ministers agreed on a joint communiqué", "agreed on the Joint
    # Statement by Japan and Australia on …": the text they issue
    # (not "agreed on a declaration to halt forest loss by 2030", "… to be signed in 2025")
    # ("They agreed on a Joint Summit Statement")
    r"|\bagree[sd]? (?:on|upon) (?:a|the|this) (?:[\w-]+ ){0,2}?(?:statement|declaration"
    r"|communiqu[eé])\b"
    r"(?! to\b)(?![^.;]*\b(?:to be|will|shall|by (?:19|20)\d\d|in (?:19|20)\d\d|before)\b)"
    r"|\bagree[sd]? to (?:adopt|issue|release) (?:the|this) (?:[\w'’-]+ ){0,3}?(?:statement"
    r"|declaration|communiqu[eé])\b(?![^.;]*\b(?:at (?:the|its|their) next|in (?:19|20)\d\d))",
    re.IGNORECASE,
)
_AGREE_THAT = r"\b(?:agree[sd]?|concur(?:s|red)?) that"
# "agreed that regular exchanges are essential", "concurred that the guiding principles
# are the respect of international law": agreeing on a judgement.
_AGREED_JUDGEMENT = re.compile(
    _AGREE_THAT + r"\b[^.;]*\b(?:is|are|was|were) (?:\w+ )?(?:essential|important|crucial|vital"
    r"|key|necessary|fruitful|useful|significant|beneficial|conducive|indispensable|critical)\b"
    r"|" + _AGREE_THAT + r"\b[^.;]*\b(?:is|are) in the (?:\w+ )?interests? of\b"
    # "agreed that working with safe third countries is part of the answer", "agreed
    # that policies … would offer opportunities": a view of what a thing is or does
    r"|" + _AGREE_THAT + r"\b[^.;]*\b(?:is|are|was|were) (?:a |an |the )?part of\b"
    r"|" + _AGREE_THAT + r"\b[^.;]*\bwould (?:offer|provide|create|bring|open)\b"
    r"|" + _AGREE_THAT + r"\b[^.;]*\bwould be of (?:\w+ )?(?:benefit|value|use|help)\b"
    # "agreed that deepening bilateral cooperation would help both countries", "… that the
    # Accord will cement our relationship", "… a strong partnership would lead to peace":
    # what a thing (a relation, a visit, a document) will bring, not what anyone will do
    # ("agreed that Japan would support", a party's act, and "… will advance their
    # interests and must therefore be pursued", a course set, stay candidates)
    r"|" + _AGREE_THAT + r"\b(?![^.;]*\b(?:must|should|shall)\b)[^.;]*?\b"
    # (not a body that acts: "the Federal Government would help finance", "the
    # Organization will support", "the Facility will help")
    r"(?!(?:government|organi[sz]ation|administration|facility|alliance|commission|agency"
    r"|presidency|authority|ministry|entity|university|committee|secretariat|institution)s?\b)"
    r"(?:\w+(?:tion|ment|ship|ance|ence|ity)|relations|ties|links|visit|dialogue|accord|treaty"
    r"|mechanism|framework|initiatives?|projects?|programmes?|resources|experience|forum"
    # ("Both sides agreed that this will assist the two countries in realisation of")
    r"|summit|tools|this|these)"
    r"\s+(?:will|would|could|can)\s+(?:(?:\w+ly|also|further|both)\s+)*"
    r"(?:help|assist|benefit|lead\s+to|contribute|support|advance|cement|consolidate|promote"
    r"|result\s+in|be\s+(?:\w+\s+)?(?:beneficial|useful|critical|instrumental|conducive)"
    r"|be\s+(?:the|a)\s+(?:\w+\s+)?framework)\b(?![^.;]*\b" + _WHEN + r"\b)"
    r"|" + _AGREE_THAT + r"\b[^.;]*\b(?:is|are|continues? to be|remains?) (?:a |an |the )?"
    r"(?:\w+ )?(?:foundation|basis|cornerstone|pillar|engine|driver)\b"
    # "agree that agricultural development is an effective approach to ensure food
    # security": what a thing is good for (not "… the negotiations, which are under way,
    # will be concluded", "… officials will develop a roadmap that is the main tool")
    r"|" + _AGREE_THAT + r"\b(?:(?!\b(?:that|which|who|will|shall|would|must)\b)[^.;])*?"
    r"\b(?:is|are) (?:a|an|the) (?:\w+ )?(?:approach|way|means|tool|instrument|avenue)\b"
    # "agree that the cornerstone of R2P is the primary responsibility of States"
    r"|" + _AGREE_THAT + r" (?:the |a )?(?:\w+ )?(?:cornerstone|foundation|basis|essence) of\b"
    # "agreed that the informal nature of ASEM has allowed it", "… was the most effective"
    r"|" + _AGREE_THAT + r"\b(?![^.;]*\b(?:will|shall|should|would|must)\b)[^.;]*"
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b"
    r"|" + _AGREE_THAT + r"\b[^.;]*\b(?:is|are|was|were) the (?:most|best|only) \w+"
    # "agreed that climate change is happening now", "… the Agenda offers the potential
    # for real gains": what is, with nothing to be done (no modal, no infinitive)
    r"|" + _AGREE_THAT + r"\b(?![^.;]*(?<!-)\b(?:will|shall|should|would|must|could|can|may|might"
    r"|need|needs|to|be)\b(?!-))[^.;]*\b(?:is|are|was|were|offers|forms|remains|constitutes"
    r"|represents|symboli[sz]e[sd]|enjoys|enjoy|has|have|holds|lies|reflects|shows)\b"
    # "agreed that there is much scope to increase cooperation", "… the heritage provided
    # the foundation", "… the relations serve the fundamental interests of the peoples"
    r"|" + _AGREE_THAT + r"\b(?![^.;]*\b(?:will|shall|should|would|must)\b)(?:"
    r"[^.;]*\bthere (?:is|was) (?:\w+ )?(?:scope|room|potential)\b"
    r"|[^.;]*\bprovid(?:e|es|ed) (?:a |an |the )?(?:\w+ )?(?:foundation|basis|bedrock)\b"
    r"|[^.;]*\bserv(?:es|ed|e) the (?:\w+ )?interests?\b)"
    # "agreed that both countries stood at a new historical starting point", "… that the
    # UK and US are perfectly placed to take on the challenges": what is so (a verb of
    # being or of what came about), with nothing in the clause that is to be done (no
    # modal, need, priority or resolve); not "agreed that officials meet regularly", a
    # subjunctive, nor "that the Commission meets annually", a rule they set
    # (read to the clause's end, past the full stops of "H.E. Dr.", and only a whole one;
    # "must" run into the next word, "mustfind", is a copy's fault, not another word)
    r"|" + _AGREE_THAT + r"\b(?=[^;]*\b(?:is|are|was|were|stood|stands|provided|provides"
    r"|marked|marks|constituted|constitutes|got|increased|brings|brought|relies|exists?"
    r"|applies|represents?|forms|consolidates|strengthens|contributes|contributed|benefits"
    r"|serves|have made|has made|have great|has great|continue to have|placed"
    r"|in line|in conformity)\b)"
    r"(?![^;]*\b(?:will|shall|should|would|must\w*|could|can|may|might"
    r"|need|needs|needed|necessary|requir\w*|imperative|priorit\w*|committed|commitment"
    r"|determined|resolved?|ready|willing|time|timely|aim|goal|objective|encouraging|pursue"
    r"|continue to (?!have\b)\w+|(?:is|are|was|were) to|be|let|agreed|decided|upon"
    # a time ahead: "agreed that the FAO hold consultations in 2026" (a subjunctive)
    r"|(?:19|20)\d\d|next|upcoming|forthcoming|future|soon|later)\b)"
    r"[^;]+[.;!]\s*$",
    re.IGNORECASE,
)
_DEFINITION = re.compile(
    r"\b(?:goal|aim|purpose|objective|idea|task|point|question|challenge|priority|hope|job|role"
    r"|mission|function)"
    r"(?:\s+of\s+[\w’'-]+(?:\s+[\w’'-]+){0,8}?)?\s+$",
    re.IGNORECASE,
)
# "noted as significant tools": an evaluation.
_NOTED_AS = re.compile(r"\bnoted as\b|\bnoted (?:with \w+ )?that\b", re.IGNORECASE)
_NOTED_THAT_AHEAD = re.compile(
    r"\s*(?:with \w+\s+)?that\b.*\b(?:will|would|shall|(?:is|are|was|were) to be|expect\w*|future"
    r"|next|upcoming|forthcoming"
    r"|shortly|later this)\b",
    re.IGNORECASE | re.DOTALL,
)
# "noted that 2023 would mark the 140th anniversary of diplomatic relations", "noted with
# satisfaction the upcoming 50th anniversary": a date of the calendar noted, not an act
# (what they will do to mark it is said in words of its own: "agreed to commemorate")
_ANNIVERSARY_NOTED = re.compile(
    r"(?:\s+with\s+\w+)?(?:\s+that\s+[^.;]{0,60}?\b(?:will|would|is to|shall)\s+(?:mark|be|see)"
    r"|\s+the\s+(?:upcoming|forthcoming|coming))\s+(?:the\s+|its\s+|their\s+)?"
    r"\d+(?:st|nd|rd|th)\s+anniversary\b(?![^.;]*\b(?:agreed|decided|will\s+(?:hold|organi[sz]e"
    r"|celebrate|commemorate)|to\s+be\s+(?:commemorated|celebrated|marked)|plan))",
    re.IGNORECASE,
)
# What noting takes to be about the future: efforts, plans, a need, an intention.
_FORWARD = re.compile(
    r"\b(?:efforts?|plans?|initiatives?|intentions?|intents?|need|importance|readiness|proposals?"
    r"|commitments?|continued|continuing|further|future|upcoming|next|roadmap|road map"
    r"|undertaking|offers?|possibility|prospects?|decisions?|preparations?)\b",
    re.IGNORECASE,
)
# "will be essential", "will depend on": a judgement about the future, not an act.
_BECOMING = re.compile(
    r"\s+(?:be\s+)?(?:become|remain|prove|turn out)\b"
    r"|\s+be\s+(?!\w+(?:ed|en|wn|lt)\b)(?!held\b)",  # "likely to be under pressure": a state
    re.IGNORECASE,
)
# "a move that will further strengthen", "the Summit decision will", "Your email address
# will not be published": what a thing will do, not what a party will.
_EFFECT_SUBJECT = re.compile(
    r"(?:\b(?:which|that|such a \w+|your?)|\b(?:decision|move|settlement|deal|step|development"
    r"|address)(?:,[^,]*,)?)\s+(?:also\s+|further\s+)?$",
    re.IGNORECASE,
)
# An instrument's own terms: "This Memorandum shall enter into force on the date of the
# later notification", "Any amendment … shall be done by mutual consent", "Nothing in
# this text shall be interpreted as": how the text works, not an act of its parties
# ("this Agreement will enter into force on January 15, 2015" names its day: kept)
_INSTRUMENT_TERMS = re.compile(
    r"\s+(?:not\s+)?(?:(?P<reading>be\s+(?:interpreted|construed)\b)"
    r"|(?:enter|come)\s+into\s+(?:force|effect)|take\s+effect"
    r"|remain\s+(?:in\s+force|valid|in\s+effect)"
    r"|be\s+(?:done|made|effected)\s+by\s+mutual|be\s+(?:amended|terminated|revised|modified)\b)"
    # (any day named: "on 1 March 2027", "from 1 January")
    r"(?![^.;]*\b(?:" + _WHEN + r"|" + _A_DATE + r")\b)",
    re.IGNORECASE,
)
# "In case of any divergence of interpretation, the English text shall prevail": the
# instrument's final clause (not "the spirit of the Treaty shall prevail in their relations")
_TEXT_PREVAILS = re.compile(r"\b(?:texts?|versions?)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_PREVAIL = re.compile(r"\s+prevail\b", re.IGNORECASE)
# (the instrument is the subject, not a word in it: "The sanctions regime established by
# the Agreement will remain in force until …")
_INSTRUMENT_SUBJECT = re.compile(
    r"(?<!\bby )(?<!\bunder )(?<!\bby the )(?<!\bunder the )(?<!\bby this )(?<!\bunder this )"
    r"\b(?:memorandum|agreement|treaty|protocol|arrangement|convention|charter|instrument"
    r"|amendments?|revisions?|text|mou|provisions?)\b"
    r"(?:(?!\b(?:by|under|established|created|pursuant|set\s+up)\b)[^,;]){0,60}$",
    re.IGNORECASE,
)
# "a Council, which will be chaired at the cabinet level", "plans which will be implemented
# by Member Countries on 1 January 2000": what is to be done with it, a plan
_TAKES_PLACE = re.compile(
    r"\s+(?:take place|be held|be hosted|be convened|be (?:co-)?chaired|be presided|be implemented"
    r"|be considered by|be signed|be launched|be organi[sz]ed|be submitted|be presented"
    # "negotiations which will begin on October 30", "which is set to sign the Treaty"
    r"|begin|start|commence|open|sign|host|hold|meet|visit|attend|join|accede)\b",
    re.IGNORECASE,
)
_WILL_JUDGES = re.compile(
    r"\bw(?:ill|ould) (?:be (?:\w+ )?(?:essential|important|key|crucial|vital|necessary|difficult|"
    r"critical|significant|decisive|central|instrumental|beneficial|useful|helpful|conducive"
    # "the two policies will be pivotal for", "European solutions alone will be capable of
    # addressing these challenges": what a thing will be worth or able to do
    r"|pivotal|indispensable|paramount|capable of)"
    # "will have a long-term impact on": what a thing will cause
    r"|have (?:a |an )?(?:[\w-]+ ){0,2}(?:impact|effect|consequences?|implications|role)"
    # "will bring significant opportunities": what a thing will yield
    r"|bring (?:[\w-]+ ){0,2}(?:opportunities|benefits|gains|advantages|prosperity)"
    r"|depend|serve" + _NOT_A_POST + r"|mark|determine|matter|become"
    # "will remain the foundation" judges; "will remain severed" is decided, and "will
    # remain in close contact" an act
    r"|remain(?! (?:\w+ly )?(?:\w+ed|closed|shut|frozen|open|in place|in force|suspended"
    r"|in (?:\w+ )?(?:contact|touch|communication|consultations?|dialogue))\b)"
    r"|(?:turn out to )?be (?:a|an|the first)\b|fail to|(?:\w+ly )?constrain|have to|shift|alter"
    # "This will be PM Modi's third visit to Maldives", "it will be five years since the
    # downing of MH17": a count, a fact about the occasion
    r"|be (?:his|her|their|its|the|[\w.-]+(?: [\w.-]+)?['’]s) (?:\w+ )?(?:first|second|third"
    r"|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:[\w-]+ ){0,3}?(?:visit|summit|trip|time)\b"
    r"|be (?:\w+ )?(?:years?|months?) since"
    # "This summit will be remembered as a turning point": a judgement of history
    r"|be remembered|go down in history"
    # "more funding will be needed": what a thing calls for ("States will be required to
    # report" binds them); "we will not be able to do justice to": what cannot be done
    r"|be (?:\w+ )?needed|be (?:\w+ )?required(?![^.;]{0,50}\bto\b)|not be able to"
    r"|be unable to"
    # "Further delays will only complicate the situation", "cooperation will propel a new
    # dynamic": what a thing will cause
    r"|(?:only )?(?:complicate|propel|undermine|jeopardi[sz]e|hamper|worsen|exacerbate)"
    # "would be to the mutual benefit of": a judgement; "The objective of the negotiations
    # will be to work out": what a thing is for
    r"|be (?:to|in) the (?:\w+ )?(?:benefit|interests?))\b",
    re.IGNORECASE,
)


# "Swedish membership will strengthen NATO", "This inaugural dialogue will strengthen the
# partnership", "AUKUS will make a positive contribution to peace", "The upcoming Summit
# will lay the path": what a thing (not a party) will do for a relation, a judgement of
# its effect ("Germany and Singapore will further strengthen our partnership" is an act)
_A_THING_WILL = re.compile(
    # (the subject's head: not "Members of the Summit", "The signatories to the
    # agreement", "Each member of the Quad partnership", whose head is a party)
    r"(?:^|[,;:]\s*|\b(?:that|which)\s+)(?:(?!(?:of|to|in|for|from|with)\b)[\w’'-]+\s+){0,6}"
    r"(?:membership|cooperation|agreements?|dialogue|iterations|partnership|accords?|treaty"
    r"|initiative|programme|program|project|visit|summit|mechanism|framework"
    r"|package|arrangement|expansion|implementation|AUKUS|NATO"
    # "This treaty will reflect our status", "This Declaration of Intent will formalise
    # cooperation", "These efforts will build on existing agreements", "The accession of
    # Finland and Sweden to NATO will enhance our security"
    r"|declaration(?: of intent)?|instrument|document|investments|efforts|actions|accession"
    r"|CEPA|FTA)\s+w(?:ill|ould)$",
    re.IGNORECASE,
)
_STRENGTHEN_AFTER = re.compile(
    r"\s+"
    r"(?:also\s+|further\s+|significantly\s+|greatly\s+|undoubtedly\s+|ultimately\s+"
    r"|considerably\s+|substantially\s+|certainly\s+)?"
    # (not "This Dialogue will deepen consultation on", which it does: an activity)
    r"(?:(?:strengthen|enhance|bolster|reinforce|deepen|consolidate)\s+"
    r"(?!(?:\w+\s+)?(?:cooperation|consultations?|dialogue|exchanges?|coordination)\b)"
    r"|lay\s+(?:the|a)\s+(?:\w+\s+)?(?:path|ground|groundwork|foundations?|basis)\b"
    r"|make\s+an?\s+(?:\w+\s+){0,2}contributions?\s+to\b"
    # what the thing will give or mean: "will provide an opportunity", "will reflect our
    # status", "will help promote peace", "will build on existing agreements"
    # (and no time in the clause: "will formalise the annual dialogue from 2026", "will
    # build on the roadmap and deliver a new plan by June 2026" are acts with a date)
    r"|(?:provide\s+(?:\w+\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:platform|opportunity"
    r"|stimulus|basis|foundation|impetus|boost|direction|momentum)\b"
    r"|(?:reflect(?!\s+on\b)|formali[sz]e|bolster|maximi[sz]e|inject|benefit)\b"
    # ("will recognise the growing relations", not "will recognise young entrepreneurs
    # with an award", an act)
    r"|recogni[sz]e\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:importance|role|value|relations?"
    r"|relationship|ties|need|contributions?|significance)\b"
    r"|help\s+(?:to\s+)?(?:promote|strengthen|advance|foster|build|boost)\b"
    r"|build\s+on\b|add\s+to\b|contribute\s+to\b|lead\s+to\b"
    r"|further\s+(?:\w+\s+){0,3}?(?:goals|interests|aims|objectives)\b)"
    r"(?![^.;]*\b" + _WHEN + r"\b))",
    re.IGNORECASE,
)


# "We wish to express our appreciation", "wish to thank": said as it is written, done.
# ("I would also like to grab this opportunity to express", "… once again thank")
_SAID_NOW = re.compile(
    r"\s+(?:(?:sincerely|warmly|cordially|heartily|deeply|personally|once again|again|also"
    r"|first|hereby)\s+)*"
    r"(?:(?:take|seize|grab|use)\s+(?:this|the)\s+opportunity\s+to\s+"
    r"(?:(?:sincerely|warmly|once again|again|also)\s+)?)?"
    # ("wish to extend our thanks"; not "wish to extend the visa-free regime")
    r"(?:extend\s+(?:(?:our|my|their|his|her|its|an?|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:thanks|gratitude|congratulations|condolences|greetings|appreciation|welcome"
    r"|wishes|invitation)"
    # "I would like to inform you that", "… to place our visit in a broader context":
    # a speech's own act
    r"|inform|place (?:our|this|the) \w+ (?:\w+ )?in|point out|say|tell"
    # "I would like to deliver several points of note"; a speaker's turns: "I'd like to
    # begin by congratulating you", "… to turn now to the question of trade", "… to
    # leave it there"
    r"|(?:deliver|make|share|raise|mention|highlight) (?:(?:several|a few|some|two|three"
    r"|four|the following) )?(?:\w+ )?(?:points|remarks|thoughts|observations)"
    # (not "I wish to conclude the negotiations": a deed)
    r"|(?:begin|start|end|close|conclude) by|turn (?:now )?to|leave it there|add that"
    r"|express|convey|record|place on record|thank|congratulate|commend|ask"
    r"|acknowledge|pay tribute|welcome|celebrate)\b",
    re.IGNORECASE,
)
# "Russia must not succeed", "any peace agreement must be firmly rooted in international
# law": what must (not) be so, a judgement; "we must enable industry" is an act.
# "ASEAN economy is expected to grow by 5.5%", "trade will reach $500 billion": a value
# foreseen, not an act (LABELLING.md: bare values are not commitments)
_VALUE = r"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|(?:US)?\$\s*\d)"
_A_VALUE_AHEAD = re.compile(
    rf"\s+(?:to\s+)?(?:(?:grow|rise|fall|increase|decrease|decline|expand|contract|average"
    rf"|exceed)\b[^.;]{{0,30}}?{_VALUE}|reach\s+(?:about\s+|some\s+|over\s+)?{_VALUE}"
    # "Plastic production and waste is set to triple by 2060": a trend's multiple
    r"|(?:double|triple|quadruple|halve)\s+(?:by|in|within|over)\b)",
    re.IGNORECASE,
)
# a principle kept, not a step taken: "International humanitarian law must be respected",
# "the collective defence commitments … must be maintained" (readers labelled none of
# ten; "steps must be taken", "must be stepped up" are acts), "Military aggression …
# must never be accepted", "attempts … must be firmly resisted"
_KEPT_PRINCIPLE = (
    r"consistent|in line|respected|preserved|upheld|honou?red|observed|safeguarded|accepted"
    r"|resisted|tolerated|condoned"
)
# "Individuals must be free to communicate", "the company should be able to expect a
# reasonable return": a freedom owed to someone, not a deed anyone takes on
_A_FREEDOM = r"free to|able to|accountable to"
# what a "must be" or "should be" judges rather than asks done
_JUDGED = _KEPT_PRINCIPLE + "|" + _A_FREEDOM
_MUST_JUDGES = re.compile(
    r"\s+(?:(?:therefore|also|never)\s+)?(?:not\b|(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?"
    r"(?:rooted|based|grounded|founded|anchored|guided|maintained|allowed|defended"
    r"|considered as|held accountable|brought to justice|" + _JUDGED + r")\b)",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "the sovereignty of all countries should be respected", "All aspects of the budget
# should be consistent with our priorities" (readers labelled none of six; "should be
# based on", "should be maintained" they did label, as the parties' wish)
_SHOULD_JUDGES = re.compile(
    r"\s+(?:also\s+)?(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:" + _JUDGED + r")\b",
    re.IGNORECASE,
)
# What a thing will bring about ("These steps will enable progress", "this Summit will
# lead to greater trust"): an effect foreseen, not an act promised. Only when no party
# is the subject (``candidates`` knows the parties named).
EFFECT = re.compile(
    r"\s+(?:(?:also|further|surely|certainly|undoubtedly|greatly|simply)\s+)?"
    # "the outcome … will continue to guide us": the effect goes on (not "will continue to
    # reinforce our links", "NATO will continue to play a role": acts)
    r"(?:continue to\s+(?=(?:guide|underpin|shape)\b))?(?:lead to|result in"
    # "stronger ties … will not only promote the development of the two countries, but
    # also be conducive to peace": what the ties will do, weighed
    r"|not only (?:serve|be|place|promote the|benefit|contribute|bring|help|open|add|give"
    r"|create|lay)\b"
    r"|pave the way|set the stage|enrich|enable|allow|solidify|intimidate|deter|contribute to"
    r"|contribute towards?"
    r"|help|serve" + _NOT_A_POST + r"|inform|facilitate|drive|require|represent|form"
    r"|shape|guide|underpin|ensure|foster|boost"
    r"|bring about|give (?:a |an |new |fresh |further )*(?:impetus|boost|momentum)"
    # "the talks would add impetus to existing bilateral cooperation"
    r"|add (?:a |an |new |fresh |further |more )*(?:impetus|boost|momentum)"
    r"|open (?:up )?(?:new|a new)|create (?:new |the )?(?:opportunities|conditions)|benefit"
    # "The expanded Agreement will improve connectivity", "The SSN-AUKUS program will
    # create a stronger industrial base", "… will play a critical role in COP31"
    r"|improve|equip|complement|reinforce|evolve|act as|intensify|worsen|deteriorate"
    # "The impending graduation will pose a new set of challenges", "a settlement will
    # bring needed support", "will add a new page to the annals", "developments will
    # impact on education" (not "The Chair will pose the following questions", "will
    # bring forward a proposal", "will bring leaders together": acts)
    r"|pose (?:a |an |the |new |serious |further )?(?:[\w-]+ )?(?:set of )?(?:[\w-]+ )?"
    r"(?:challenges?|risks?|threats?|problems?|difficulties)"
    r"|bring (?:needed |much-needed |new |greater |more |added |additional |lasting |real "
    r"|tangible |enormous |significant )*(?:support|benefits?|stability|prosperity|peace|value"
    r"|hope|hopes|opportunities|challenges|change|growth)"
    # "the opportunities that an FTA would bring to all parties"
    r"|bring(?=\s+to\b|\s*[.;,])"
    r"|add (?:a )?(?:new )?(?:page|chapter|dimension)"
    r"|impact"
    r"|create (?:new |the )?challenges"
    # "modest reforms will simply be insufficient", "will be crucial to": a judgement
    r"|be (?:insufficient|inadequate|crucial|essential|vital|critical|decisive|instrumental"
    r"|beneficial|indispensable"
    # "these emissions would be incompatible with the temperature goal", "Reversing
    # commitments … would be unacceptable": a judgement of a course, not one taken
    r"|incompatible|inconsistent|unacceptable|counterproductive)"
    # "the sector would rank among the top 10 emitters", "an agreement would herald a new
    # era": a thing's standing or meaning, weighed
    r"|rank (?:among|as)|herald|usher in"
    # "The real test will be whether the council meets at all": a question weighed
    r"|be whether"
    r"|create (?:a |an )?(?:\w+er|more)\b|(?:play|have) (?:a |an )?(?:\w+ )?(?:role|impact|effect)"
    # ("The Association Agreement will be the basis on which Georgia proceeds")
    r"|be (?:a |an |the )?(?:\w+ )?(?:catalyst|springboard|milestone|testament|basis|foundation"
    r"|cornerstone)"
    r"|be (?:further )?(?:strengthened|forged|geared)"
    # ("The Agreement will provide a framework for cooperation": what the parties set up,
    # a pledge as every reader labelled it)
    r"|provide (?:a |an )?(?:\w+ )?(?:basis|foundation|confidence|certainty"
    r"|predictability|boost|impetus|momentum)|(?:provide|offer) (?:\w+ ){0,2}opportunities)\b",
    re.IGNORECASE,
)
# The words that name the parties or their bodies as a subject
PARTY_WORDS = (
    r"both|sides|parties|leaders|ministers|heads|countries|governments|states|nations|members"
    r"|partners|presidents?|secretariat|council|commission|committee|group"
    # "The Ministry of Health will improve access to vaccines": a body that acts
    r"|ministry|ministries|department|agency|authorities"
)
PERSONAL_SUBJECT = re.compile(
    rf"\b(?:we|they|I|he|she|you|us|{PARTY_WORDS})\s+(?:\w+\s+){{0,2}}$"
    # an office holder named: "Minister of State Gan will represent Singapore at …"
    r"|\b(?-i:Minister|Secretary|Chancellor|Ambassador|Envoy|Premier)\s+(?:[\w.-]+\s+){0,3}$",
    re.IGNORECASE,
)


# "the Summit, which will be held in Lima in July": a relative clause that says when a
# meeting is (it dates the clause it follows)
MEETING_HELD = re.compile(
    r"\s+(?:be\s+(?:held|convened|hosted|organi[sz]ed|opened)|take\s+place|convene)\b",
    re.IGNORECASE,
)
MEETING_RELATIVE = re.compile(
    rf",\s+(?:which|that)\s+(?:will|is\s+to|shall){MEETING_HELD.pattern}", re.IGNORECASE
)
# "welcomed the second Summit for Democracy to be held in March", "welcomed President
# Kenyatta's decision to establish an Embassy", "welcomed the Summit, which will be held
# in Lima": what is welcomed is still to come.
_WITH_SATISFACTION = re.compile(r"\s+with\s+(?:great\s+|deep\s+|full\s+)?satisfaction\b", re.I)
_ADOPTED = re.compile(r"(?:was|were|has\s+been|have\s+been)\s+(?:adopted|endorsed)", re.IGNORECASE)
# (what the text adopted asks or settles: "was adopted, calling for concrete action",
# "… with an agreement that the finalized document be transmitted")
_DONE_BY_THEN = re.compile(
    # (a time ahead: "by 2050", "in spring 2026"; not "held in November 2007", told)
    r"\b(?:will|shall|to\s+be|(?:by|before|until)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d"
    r"|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|first|second|early|late|mid)\b"
    r"[^.;]{0,20}?(?:19|20)\d\d"
    r"|calling\s+(?:for|on|upon)"
    r"|with\s+an\s+agreement)\b",
    re.IGNORECASE,
)
_ANNOUNCED_DONE = re.compile(
    r"\s+(?:the\s+(?:(?:successful|positive|formal)\s+)?(?:signing|conclusion|start|completion"
    r"|adoption|entry\s+into\s+force)\s+of\b"
    r"|that\b(?![^.;]*\b(?:will|shall|would|to\s+be)\b)[^.;]*?\b(?:has|have)\s+"
    r"(?:(?:just|now|today|already|also|successfully)\s+)?(?:been\s+)?(?!(?:pledged|committed|decided|allocated|earmarked)\b)"
    # ("I am pleased to announce that the Commission has today pledged €650 million": a
    # promise made now)
    # ("… that Japan has agreed to host the next summit": a promise, told in the perfect)
    r"(?:\w+ed|had|made|held|met|won|taken|done|begun)\b(?!\s+to\b))",
    re.IGNORECASE,
)
_HAILED_AHEAD = re.compile(
    r"[^.;]*\b(?:will|shall|to be|agreements? to|plans? for)\b", re.IGNORECASE
)
_STILL_TO_COME = re.compile(
    rf"{MEETING_RELATIVE.pattern}"
    r"|\b(?:to be|being) (?:held|convened|hosted|organi[sz]ed|launched|signed)\b"
    r"|\b(?:upcoming|forthcoming)\b"
    # "the offer of the visiting delegation to host a forum"
    r"|\b(?:decision|plan|plans|intention|initiative|proposal|offer|readiness) to\b"
    # ("noted with satisfaction the commitment of the international community to double")
    r"|\b(?:decision|intention|proposal|offer|readiness) of [^.;,]{1,60}? to\b"
    rf"|\bcommitments? of [^.;,]{{1,60}}? {_TO_A_DEED}",
    re.IGNORECASE,
)


# "we are very pleased to welcome Japan as the 4th strategic partner": done as said
_WELCOMED_AS = re.compile(
    # "welcomed Albania, Colombia, Costa Rica and Uruguay as new CRI members", "…,
    # Norway, Trinidad and Tobago and the International Energy Forum, IEF, as observers"
    r"\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:(?:,?\s+and\s+(?:the\s+)?|,\s+|\s+)(?-i:[A-Z])[\w-]*)*"
    r",?\s+as\s+(?:a|an|the|its|our|new|observers|members|partners|participants)\b"
    # (not "welcomed Bolivia and Kazakhstan as partners from 1 January 2025": to come)
    + _NOTHING_DATED_AHEAD,
    re.IGNORECASE,
)

# "warmly welcomed Chancellor Olaf Scholz on his third visit", "welcome back to Jakarta",
# "welcomed his guest on the red carpet", "were warmly welcomed by H.E. Dr. Hamdouk":
# hospitality, done as said (not "welcomed President Biden's decision to host": his)
_TITLE = (
    # (a title's full stop is its own, never the sentence's: "welcomed Mr. Sullivan's")
    r"(?-i:H\.\s?E(?:\.|(?!\.))|His|Her|President|Prime|Chancellor|King|Queen|Emir|Sultan|Sheikh"
    r"|Minister|Premier|Crown|Federal|Vice|(?:Mr|Mrs|Ms|Dr)(?:\.|(?!\.)))"
)
_WELCOMED_GUEST = re.compile(
    # ("welcome you to Jakarta", not "welcome you to participate in the Expo": invited)
    r"\s+(?:back(?![\w-])|you(?=\s+(?:back|here|to\s+(?-i:[A-Z]))\b|\s*[,.!])"
    r"|(?:his|her|their)\s+guests?(?![\w'’-])"
    rf"|(?:by\s+)?(?:the\s+)?(?:visiting\s+)?{_TITLE}"
    # the rest of the name and title ("the President of the [French Republic] H. E.
    # Emmanuel Macron"), not a possessive ("President Biden's")
    # ("Crown Prince Mohammed bin Salman", "Mr. Antony Blinken, U.S. Secretary of State")
    r"(?:\s+(?:(?:of\s+(?:the\s+)?)?\[?(?-i:[A-Z])[\w\]-]*\.?(?<!['’]s)|(?-i:bin|bint|al|el|de|van|von)))*"
    # (not "welcomed President Biden on his proposal to host": his initiative)
    r"(?=\s+(?:on|to|at|in|for|as|who|during)\b"
    r"(?!\s+(?:his|her|their|its)\s+(?:\w+\s+)?(?:proposal|initiative|offer|decision|idea|plan"
    r"|invitation|announcement|commitment))|\s*[,.;]))"
)


# what a call on someone asks them to do ("called on all partners to increase")
_TO_ACT_AFTER = re.compile(r"\bto\s+\w|\bfor\b", re.IGNORECASE)
_COURTESY_CALL = re.compile(
    r"\s+(?![^;]*\bto\s+\w)(?:the\s+)?(?:visiting\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}"
    r"(?-i:Minister|President|Prime|King|Emir|Premier|Chancellor|Secretary|Governor|Mayor|His|Her"
    # "called on Dr Manmohan Singh", "called on the visiting dignitary", "called on H.E.
    # Alexander Van der Bellen"
    r"|Dr|Mr|Ms|Mrs|Shri|Smt|Rt|Hon|Hon’ble|Hon'ble)\b|\s+the\s+visiting\s+dignitar(?:y|ies)\b"
    r"|\s+(?-i:H\.\s?E\.)(?![^;]*\bto\s+\w)",
    re.IGNORECASE,
)
# "Forum Leaders discussed the need for", "The leaders spoke about the need for further
# efforts", "discussed Japan's priorities and the importance of": a need or an importance
# that was talked about (the noun after "the"), with nothing decided (not "As discussed
# at the summit, the Parties need to": "discussed" there is no verb of theirs; for
# another verb, ``_ANOTHER_VERB``)
_DISCUSSED_BEFORE = re.compile(
    r"(?<!\bas )\b(?P<verb>discuss(?:ed|es)?|(?:spoke|spoken|talked|talk) about"
    # "addressed the situation in Ukraine and the need for support", "reviewed common
    # challenges … and the need for diversification", "analyzed the situation and the need"
    r"|addressed|reviewed|analy[sz]ed|reflected on"
    # ("There was a frank exchange of views between the two leaders on the need for")
    r"|exchange of views"
    r"|exchanged views on)\b(?! (?:in|at|during|by|with)\b)[^,;.]*"
    # "discussed our counterterrorism cooperation, and that includes the need to share"
    r"(?:,\s*(?:and that includes|including|such as)\b[^,;.]*)?\bthe\s+"
    # ("discussed the situation and the continuing need for support")
    r"(?:(?:continuing|continued|urgent|pressing|growing|ongoing)\s+)?$",
    re.IGNORECASE,
)
# "discussed trade and acknowledged the need to", "… the importance of concluding it
# and tasked their ministers": another verb says what the discussion came to
_ANOTHER_VERB = re.compile(
    r"\b(?:and|then) (?:\w+ly |also |further |jointly )?(?:(?!need\b)\w{2,}ed"
    # ("discuss our partnership and see the need to deepen it", "spoke about ties and set
    # out the need for a framework": a verb of another form says what the talk came to)
    r"|see|saw|set out|agree|stress|underline|note|recogni[sz]e|highlight|emphasi[sz]e"
    r"|reaffirm|affirm|express|share|found|find)\b(?! (?:by|in|at)\b)",
    re.IGNORECASE,
)
# A letter's formula, asking that it be circulated: "We should be grateful if you would
# have this communiqué circulated as a document of the General Assembly"
_GRATEFUL_IF = re.compile(r"\b(?:should|would) be grateful if\b", re.IGNORECASE)
# "paid a courtesy call on the Prime Minister", "paid a State Call on Their Majesties"
_PAID_A = re.compile(r"\bpaid (?:(?:a|an) )?(?:[\w-]+ )?$", re.IGNORECASE)
# "… by 2030", "share a commitment to restore democratic governance by the end of 2026":
# a date makes values held a step to take
_DATED = re.compile(
    r"\b(?:by|in|until|before)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_RENEWED = re.compile(r"\b(?:re-?affirm|renew|reiterat|recommit)\w*", re.IGNORECASE)
_VALUES_BEFORE = re.compile(
    r"\bvalues\b[^.;]{0,60}?(?:\bincluding|\bsuch as|,|\band)\s+(?:a |an |our |the |their )?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "India and Chile share a common commitment to democratic governance", "a common
# commitment to the ideals of freedom and democracy": values held, what the parties are
# (not "our commitment to promote shared values", "to consolidate democracy", "to apply
# the principles of the Paris Agreement": an act on them, so only words that describe
# the values may come between; nor "Affirming our commitment to the principles":
# affirmed, the parties' own)
_TO_VALUES = re.compile(
    r"\s*(?:(?:the|our|their|its|same|shared|common|core|basic|fundamental|universal|important"
    r"|key|highest|deep|democratic|human|free|liberal|open|inclusive|pluralistic"
    # "to Commonwealth values", "to European values"
    r"|(?-i:[A-Z])[\w-]*)\s+){0,3}(?:principles?|values|ideals|democracy"
    r"|democratic\s+(?:values|governance|principles))\b",
    re.IGNORECASE,
)
_AFFIRMED = re.compile(r"\baffirm", re.IGNORECASE)
# "made a firm commitment to the principles of the Paris Agreement", "signed a
# commitment to …": a commitment given, not values held
_COMMITMENT_GIVEN = re.compile(
    r"\b(?:made|make|makes|making|signed|sign|signs|undert(?:ook|ake|akes|aken|aking)"
    r"|announced|announce|announces|gave|give|gives|entered\s+into|took\s+on)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "Europe is guided by … a common commitment to multilateralism", "our nations are bound
# together by … a resolute commitment to our values": the commitment describes them
_DESCRIBED_BY = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|nd|wn)\s+(?:together\s+)?"
    r"by\b[^;]*$",
    re.IGNORECASE,
)
# "Our shared views and commitment to international law … are widely recognized",
# "emphasizing its commitment is backed by …": a fact about the commitment, not one made
_A_FACT = (
    r"\s+(?:\w+ly\s+)?(?:recogni[sz]ed|acknowledged|known|backed|reflected|rooted|based"
    r"|evident|demonstrated|shown|underpinned|enshrined"
    # "a mutual commitment to democracy is a key pillar of the partnership"
    r"|(?:a|an|the|one)\s+(?:\w+\s+)?(?:pillar|cornerstone|foundation|basis|bedrock|hallmark)"
    r")\b"
)
_FACT_ABOUT_IT = re.compile(r"[^;]*?\b(?:is|are)" + _A_FACT, re.IGNORECASE)
_ITS_FACT = re.compile(r"\s+(?:is|are|was|were)" + _A_FACT, re.IGNORECASE)
# "relations, anchored by a shared and unwavering commitment to multilateralism", "a
# partnership which is built on common interests and a joint commitment to": what a
# relationship rests on, described, not a commitment made
_BASIS_BEFORE = re.compile(
    r"\b(?:underpinned|anchored|built|based|founded|grounded|rooted)\s+(?:up)?(?:on|by|in)\b"
    r"[^;:.]{0,80}$"
    # "The foundation of our relationship is a shared commitment to democratic principles"
    r"|\bfoundations?\s+of\s+[^;:.,]{0,50}?\b(?:is|are|was|were)\s+$"
    # "The partnership is a cornerstone of our shared strength, prosperity, and commitment
    # to freedom", "It encompasses significant trade ties, …, a commitment to resolving"
    r"|\b(?:cornerstone|pillar|bedrock)\s+of\b[^;:.]{0,80}$|\bencompass(?:es|ed)?\b[^;:.]{0,250}$",
    re.IGNORECASE,
)
# (a commitment in the list of what it rests on: "by a shared …", "and a joint …", ", a
# commitment to", "underpinned by mutual commitment to"; or a cue that is itself "a shared
# commitment to" after "based on"; not one made: "Japan made a firm commitment to cut
# emissions")
_A_BEFORE = re.compile(
    r"(?:,|\b(?:and|by|on|upon|in|is|are|was|were))\s+"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}|(?:mutual|shared|common|joint)\s+)?$",
    re.IGNORECASE,
)
# a commitment to a thing, not to an act ("a commitment to work to mobilize $7.75 billion
# in private investment", which supports the deal, is one made)
_TO_A_THING = re.compile(
    r"\s*(?:the|a|an|our|their|its|this|these|those|shared|common|international|core"
    r"|fundamental|\w+ism|democracy|freedom)\b",
    re.IGNORECASE,
)
# A preamble's "Recognizing the importance of maintaining peace, …", "Noting the need
# to build momentum, they agreed", "Acknowledging the challenges … and the need to seize
# new opportunities, the Prime Ministers announced": a value or a need granted, the
# ground for what follows ("Emphasizing the need to", a call, is an intent)
_RECOGNIZING_BEFORE = re.compile(
    r"^\W*(?:recogni[sz]ing|acknowledging|noting|reali[sz]ing)\s+(?:also\s+|further\s+)?"
    # (not past the participle's phrase into the main clause: "Noting the report, the
    # Ministers stressed … the need to conclude the FTA")
    r"(?:(?:(?!,\s+(?:the\s+)?(?:\w+\s+){0,2}(?:we|they|" + PARTY_WORDS + r")\b)[^.;:])"
    r"{0,200}?(?:,|\band)\s+)?(?:the|a)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "These events reinforced the need for vigilance", "which reflects the need for greater
# cooperation", "accelerated the need for collaboration", "increased awareness of … and
# the urgent need for assistance": a need a thing shows or sharpens, no one's call
_NEED_SHOWN = re.compile(
    r"\b(?:reflect(?:s|ed|ing)?|reinforc(?:e|es|ed|ing)|accelerat(?:e|es|ed|ing)"
    r"|heighten(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing)|illustrat(?:e|es|ed|ing)"
    r"|show(?:s|ed|n|ing)?|awareness of)\b"
    # (not "reflect on recent attacks, we are reminded of the need": the parties' voice)
    r"(?:(?!,\s*(?:we|they)\b)[^;.]){0,120}?\bthe\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A motive granted before the act: "Guided by the need to work together, …", "convinced
# of the urgent need to advance", "Aware of the gaps … and the need to determine":
# the ground for what follows, not a call of its own; "In furtherance of the two
# governments' firm aim of securing …, the Conference reaffirmed": the purpose it serves
MOTIVE = (
    r"(?:(?:\w+ly\s+)?(?:aware|convinced|conscious|mindful|guided|cognizant|cognisant)"
    r"\s+(?:of|by)|in (?:the )?light of|in view of|in furtherance of)\b"
)
MOTIVE_BEFORE = re.compile(
    # opening the sentence or set off by a comma ("We, the Heads of State, convinced of
    # the urgent need to"), not "We remain convinced of the need to": the parties' voice
    rf"(?:^\W*|,\s*){MOTIVE}[^.;:]{{0,160}}$",
    re.IGNORECASE,
)
_CONDEMNED_BEFORE = re.compile(
    r"\b(?:condemn|denounc|deplor|reject|criticis|criticiz)\w*\b[^.;]*$", re.IGNORECASE
)
# "was accorded a warm and traditional welcome", "received a ceremonial welcome"
_CEREMONY_BEFORE = re.compile(
    r"\b(?:accorded|received|given|offered)\s+(?:a|an|the)\s+(?:[\w-]+\s+(?:and\s+)?){0,4}$",
    re.IGNORECASE,
)
# "Modi was welcomed by Mr Nyesom Wike": a visitor greeted on arrival
_GREETED_BY = re.compile(
    r"\s+by\s+(?:Mr|Ms|Mrs|Dr|H\.\s?E|His Excellency|Her Excellency|the Governor|the Mayor)\b\.?",
)
_PERFECT_RELATIVE = re.compile(
    r"\b(?:which|that|who)\s+(?:has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_THAT_BEFORE = re.compile(r"\b(?:that|which)\s+$", re.IGNORECASE)
_STANCE_NOTED = re.compile(
    r"not(?:ed|es|e) \S+ (?:\S+ ){0,4}?(?:readiness|intentions?|willingness|support|desire)$"
)
# "The two heads of state had an in-depth exchange of views … and reached broad consensus
# on further strengthening cooperation as well as regional issues": a readout's formula
# for talks held, what was discussed and shared, not an act agreed
_VIEWS_EXCHANGED = re.compile(
    r"\b(?:exchanges?\s+of\s+(?:views|ideas)|exchanged\s+(?:\w+\s+)?(?:views|ideas))\b",
    re.IGNORECASE,
)
# "The Committee noted their support had declined": what happened to it, observed
_STANCE_TOLD = re.compile(r"\s+(?:had|has|have|was|were|is|are)\b", re.IGNORECASE)
# "This Action Plan aims to", "The Cairo Declaration, signed by the two leaders, aims at",
# "The new target aims to": a text's or a figure's purpose, told (not "The Coalition aims
# to", a body of the parties acting)
_A_DOCUMENT_BEFORE = re.compile(
    # the text is the clause's subject: at its head, after a determiner and names only
    # (not "The States Parties to the Treaty aim", "The signatories of the Declaration
    # aim", "Our plan aims": the parties, or their own target); after an opening phrase's
    # comma, with its article ("As an example of cooperative security, the Open Skies
    # Treaty, covering the territory from Vancouver to Vladivostok, aims at")
    r"(?:^|[;:]\s*|,\s+(?=(?:the|this|these)\s)|\b(?:and|but|while|whereas)\s+)\W*"
    r"(?:(?:the|this|these|that|its|a|an)\s+)?"
    r"(?:(?!(?:of|to|for|with|under|by|from|in|on|at|the|and|our|we|their)\b)[\w’'-]+\s+){0,4}?"
    r"(?:plan|resolution|statement|declaration|memorandum|mou|agreement|treaty|charter"
    r"|target|accord|convention|protocol|document|communiqu[eé]|commitments|roadmap|road map)"
    # "The Roadmap for Sustainable Mining adopted today aims", "Commitments made during the
    # One Forest Summit under the Libreville Plan aim": its name's words and a participle,
    # no clause of another subject ("the plan and Japan aims", "The Treaty Parties aim")
    r"(?:\s+(?!(?:and|or|but|while|whereas|which|that|who|we|they|it|he|she|parties|states"
    r"|signatories|members|countries|governments|leaders|ministers)\b)[^\s,.;]+){0,10}?"
    r"(?:,[^,.;]{1,80},)?\s+(?:(?:also|further|thus|therefore)\s+)?$",
    re.IGNORECASE,
)
# "the critical role that local government will play in mobilizing", "the role hydrogen
# will play for both nations": a role's relative clause foresees a part (where "will
# play a key role" takes one, and "the teams will play in a match in Hanoi" plays)
_ROLE_BEFORE = re.compile(r"\broles?\s+(?:that\s+|which\s+)?(?:[\w’'-]+,?\s+){1,6}$", re.IGNORECASE)
_PLAYS_A_PART = re.compile(r"\s+(?:\w+ly\s+|also\s+|continue\s+to\s+)*play\s+(?:in|for)\b", re.I)
# "Analysts said inflation will be the top priority for the central bank", "According to
# the report, Africa will be a key focus of investors", "Whether climate will remain a
# priority is unclear": a priority someone else foresees or asks about, not one held
# A priority named by its cue words: "remains our top priority", "will be a key focus"
PRIORITY_NAMED = re.compile(
    r"(?:remains?|is|are|represents?|w(?:ill|ould)\s+(?:remain|be|continue\s+to\s+be))\s.*"
    r"\b(?:priorit(?:y|ies)|focus)$",
    re.IGNORECASE,
)
_OTHERS_FORESEE = re.compile(
    r"\b(?:analysts?|experts?|observers?|critics?|commentators?|economists?|investors?|markets?"
    r"|reports?|sources?)\b[^.;]{0,40}?\b(?:said|say|says|warn\w*|expect\w*|predict\w*|believe\w*"
    r"|forecast\w*"
    r"|think\w*|argue\w*|suggest\w*)\b|\baccording\s+to\b|\bwhether\b",
    re.IGNORECASE,
)
# "It is a great pleasure to welcome my friend and colleague", "I am delighted to welcome
# all of you to Moscow": a host's greeting (not "pleased to welcome the decision to …":
# a thing to come, welcomed)
_GLAD_TO = re.compile(
    r"\b(?:pleasure|honou?r|privilege|delighted|happy|pleased|glad)\s+to\s+$", re.IGNORECASE
)
_A_GUEST_WELCOMED = re.compile(
    r"(?:,?\s+(?:and\s+host|and\s+thank|today|here|in\s+\w+)\b,?)*\s+(?:[\w.]+\s+){0,4}?"
    r"(?:you|friends?|colleagues?|guests?|Excellenc\w*|delegations?|delegates|Mrs?\.?|Ms\.?"
    r"|Dr\.?|Sheikh|scientists|visitors)\b(?![’']s)",
    re.IGNORECASE,
)
# "Reporters were interested in learning more about the deal": people's interest, not
# a party's
_NOT_A_PARTY_BEFORE = re.compile(
    r"\b(?:reporters|journalists|investors|companies|firms|businesses|students|visitors"
    r"|tourists|participants|people|audiences?|media|viewers|readers|consumers|buyers|users"
    r"|residents|experts|analysts|critics|scientists|children|public|markets?|nobody|no\s+one"
    r"|none)\b[^.;,]{0,60}$"
    # "Japan denied that it was interested in", "was not interested in"
    r"|\b(?:not|never|denied|denies|deny|claim\w*)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_CHANCE_TO = re.compile(r"\b(?:opportunity|chance|occasion|forum|platform) to\s+$", re.IGNORECASE)
# "asked whether he will", "to demonstrate how countries will deliver": a question
# (not "The Roadmap outlines how we will work together", "how the Parties will cut
# emissions": the parties' own)
_ASKED_OR_IF = re.compile(
    rf"\b(?:whether|if|how(?!\s+(?:we|they|both|the\s+(?:\w+\s+)?(?:{PARTY_WORDS}))\b))"
    r"\s+(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
# a condition still open before the cue (no comma has closed it)
_CONDITION_OPEN = re.compile(
    r"\b(?:in the event that|if|unless|provided that|providing that|in case|as long as)\s+"
    r"[^,;:]{0,120}$",
    re.IGNORECASE,
)
_CANNOT_BEFORE = re.compile(
    r"\b(?:cannot|can ?not|could not|couldn['’]t|can['’]t|(?:is|are|was|were) unable to"
    r"|(?:is|are|was|were) not in a position to)\s+(?:yet\s+)?$",
    re.IGNORECASE,
)
_PURPOSE_WILL_BE = re.compile(
    r"\b(?:goal|aim|purpose|objective|task)\b[^.;]{0,80}\b(?:will|would)$", re.IGNORECASE
)
# A preamble opened by "Recalling …,": what came before, not the sentence's act
PREAMBLE_RECALL = re.compile(r"\W*recalling\b", re.IGNORECASE)
_ENDS_A_PREAMBLE = re.compile(r"[,;]")
_GREETING = re.compile(r"\s*(?:to\b|[.!]?\s*$)", re.IGNORECASE)


# "Concerned that Africa is the only continent in which poverty is expected to rise":
# the world's forecast, noted with concern, is no one's promise
_CONCERN = re.compile(
    r"\b(?:concerned|alarmed|aware|mindful|noting|recogni[sz]ing|worried)\s+(?:that|by)\b",
    re.IGNORECASE,
)


# Courtesies passed on: "conveyed his best wishes to his colleague", "asked Premier Wen
# to give his warm regards to President Hu" (not "conveyed greetings and invitations",
# "… and invited him to visit": an invitation is an offer)
_GREETINGS = re.compile(
    r"\b(?:convey\w*|give|gave|giv\w+|extend\w*|pass\w*\s+on|sen[dt]\w*|reiterat\w*|express\w*)"
    r"\s+(?:(?:his|her|their|my|our|its|the)\s+)?(?:(?:warm|warmest|best|cordial|sincere|kind"
    r"|personal|fraternal|good|heartfelt)\s+(?:and\s+)?)*(?:regards|greetings|wishes|compliments"
    r"|salutations|felicitations)\b"
    # (not "expressed his wishes to visit Hanoi": a wish to act)
    r"(?!\s+to\s+(?!(?:the|his|her|their|its|all|our|my)\b)(?-i:[a-z]))"
    r"(?![^.;]*\binvit(?:ations?|ed|es|ing)\b)",
    re.IGNORECASE,
)


# a web page's furniture ("To view the official Arabic text, click here.")
_CLICK = re.compile(r"\bclick (?:here|below|on (?:the|this) link)\b", re.IGNORECASE)


def not_a_commitment(clause: str, cue: Cue) -> bool:
    """The clause has a cue but tells of the past, an observation or a judgement."""
    words = cue.words.lower()
    if _CLICK.search(clause):
        return True  # "To read the full statement click here.": the page's own links
    courtesy = _GREETINGS.search(clause, max(0, cue.start - 40))
    # (the cue inside the courtesy, or asking for it; a cue before it, "agreed to visit
    # Japan next year and conveyed his warm greetings", or after it, "… and invited him
    # to visit", is an act of its own)
    if courtesy is not None and (
        courtesy.start() <= cue.start < courtesy.end()
        or (words.startswith(("ask", "request")) and cue.end <= courtesy.start() <= cue.end + 60)
    ):
        return True
    # recalling a commitment renews it; recalling what was reached tells the past;
    # "Recalling that Russia has ceased complying …, the Deputies invited": the recall
    # is the preamble, the verb after its comma the act
    recall = _RECALLED.search(clause)
    if recall is not None and (
        (PREAMBLE_RECALL.match(clause) and _ENDS_A_PREAMBLE.search(clause, 0, cue.start))
        # "Both leaders, recalling over one hundred years of friendship, expressed
        # their strong determination to": the recall set off by commas before the verb
        or _INSERTED_RECALL.search(clause, 0, cue.start)
        or (recall.end() < cue.start and _NEXT_PREDICATE.search(clause, 0, cue.start))
    ):
        recall = None if cue.verb and not words.startswith("recall") else recall
    renewed = words.startswith(("renew", "reaffirm", "re-affirm", "reiterat"))
    recalled = (
        recall
        and not renewed
        and not (
            words.startswith("recall")
            and not _MADE_THEN.search(clause, cue.end)
            and not _OTHERS_COMMITMENT.match(words)  # "Recalling the commitment of APEC leaders"
        )
    )
    if recalled or _OWN_ACTS.search(clause):
        return True
    if words.startswith(
        ("called on", "calls on", "called upon", "call on")
    ) and _COURTESY_CALL.match(clause, cue.end):
        return True  # "The Foreign Secretary also called on the Foreign Minister": a visit
    if words.lower() in ("called on", "called upon") and not _TO_ACT_AFTER.search(clause, cue.end):
        # "called on the Thai leader", "called on Shahbaz Sharif", "also called on the
        # Vice-President of India": a call paid, with nothing asked of anyone
        return True
    discussed = (
        _DISCUSSED_BEFORE.search(clause, max(0, cue.start - 150), cue.start)
        if words.startswith(("importance", "need"))
        else None
    )
    if discussed and not _ANOTHER_VERB.search(clause, discussed.end("verb")):
        return True  # "the two Ministers discussed the need to reinvigorate": talk only
    grateful = _GRATEFUL_IF.search(clause)
    if grateful and grateful.start() <= cue.end:
        return True  # "I should be grateful if you would circulate the present letter"
    if words.startswith("call on") and _PAID_A.search(clause, max(0, cue.start - 30), cue.start):
        return True  # "paid a courtesy call on the Prime Minister": a visit
    if (
        "commitment" in words
        and _VALUES_BEFORE.search(clause, max(0, cue.start - 90), cue.start)
        and not _RENEWED.search(clause, 0, cue.end)
        # (nor affirmed by the parties themselves: "bound by shared democratic values …,
        # affirm our commitment to strengthening the partnership")
        and not (cue.verb and words.lower().startswith(("affirm", "confirm")))
        and not _DATED.search(clause, cue.end)
    ):
        return True  # "shared values including a commitment to democracy": what they are
    if (
        not cue.verb
        and "commitment" in words
        and _TO_VALUES.match(clause, cue.end)
        and not _RENEWED.search(clause, 0, cue.end)
        and not _AFFIRMED.search(clause, 0, cue.end)
        and not _DATED.search(clause, cue.end)
        and not _COMMITMENT_GIVEN.search(clause, max(0, cue.start - 50), cue.start)
    ):
        return True
    if words.endswith("commitment") and _ITS_FACT.match(clause, cue.end):
        return True
    if (
        not cue.verb
        and words.startswith("commitment")
        and _TO_A_THING.match(clause, cue.end)
        and (_DESCRIBED_BY.search(clause, 0, cue.start) or _FACT_ABOUT_IT.match(clause, cue.end))
    ):
        return True
    if (
        not cue.verb
        and "commitment" in words
        and _BASIS_BEFORE.search(clause, max(0, cue.start - 260), cue.start)
        # (not "our partnership based on shared values including our commitment to
        # peace", reaffirmed: the parties' own)
        and _A_BEFORE.search(clause, max(0, cue.start - 60), cue.start)
    ):
        return True
    if words.lower() == "welcome" and _CEREMONY_BEFORE.search(
        clause, max(0, cue.start - 60), cue.start
    ):
        return True  # "was accorded a high level ceremonial welcome on arrival": a ceremony
    if words in ("was welcomed", "were welcomed") and _GREETED_BY.match(clause, cue.end):
        return True
    if words.startswith(
        ("importance", "need", "necessity", "expediency")
    ) and _RECOGNIZING_BEFORE.match(clause, 0, cue.start):
        return True
    if words.startswith("need") and _NEED_SHOWN.search(clause, max(0, cue.start - 200), cue.start):
        return True
    if words.startswith("expediency") and _DOUBTED.search(clause):
        return True  # "The expediency of creating the council was questioned"
    if words.startswith(("need", "necessity", "expediency")) and MOTIVE_BEFORE.search(
        clause, 0, cue.start
    ):
        return True
    if words.startswith("its ") and _CONDEMNED_BEFORE.search(clause, 0, cue.start):
        return True  # "condemned Russia's war and its determination to annex": another's
    if cue.kind == "intent" and _PERFECT_RELATIVE.search(clause, max(0, cue.start - 30), cue.start):
        return True  # "the Fund, which has supported hundreds of projects": what it did
    if words.startswith(("seek", "striv")) and _THAT_BEFORE.search(
        clause, max(0, cue.start - 8), cue.start
    ):
        return True  # "economic coercion that seeks to exploit": what a thing is for
    if "consensus" in words and _VIEWS_EXCHANGED.search(clause, 0, cue.start):
        return True  # "had an in-depth exchange of views and reached broad consensus on"
    if words.startswith("aim") and _A_DOCUMENT_BEFORE.search(clause, 0, cue.start):
        return True  # "This Action Plan aims to boost cooperation": what a text is for
    if (
        words.startswith("will")
        and _PLAYS_A_PART.match(clause, cue.end)
        and _ROLE_BEFORE.search(clause, max(0, cue.start - 80), cue.start)
    ):
        return True  # "the role that cities will play in the transition": foreseen
    if (PRIORITY_NAMED.match(words) or "priorit" in words) and _OTHERS_FORESEE.search(clause):
        return True  # "Critics said climate would remain a priority", "…, the report forecast"
    if BARE_COLON_VERB.fullmatch(words) and _PROPOSED_THAT.search(clause, 0, cue.start):
        return True
    if (
        (BARE_COLON_VERB.fullmatch(words) or _PASSIVE_LEAD.fullmatch(words))
        and _COLON_NEXT.match(clause, cue.end)
        and _UNDECIDED_LEAD.search(clause, 0, cue.start)
    ):
        return True  # "Did the Ministers agree:", "The Ministers never agreed:"
    if words.endswith(("interested in", "interested to")) and (
        _NOT_A_PARTY_BEFORE.search(clause, max(0, cue.start - 80), cue.start)
        or _OTHERS_FORESEE.search(clause, 0, cue.start)
    ):
        return True
    if (
        words == "welcome"
        and _GLAD_TO.search(clause, max(0, cue.start - 30), cue.start)
        and _A_GUEST_WELCOMED.match(clause, cue.end)
    ):
        return True
    if _CHANCE_TO.search(clause, max(0, cue.start - 25), cue.start):
        return True  # "the opportunity to agree on how to meet": a chance, not an act
    if words.endswith(("wish to", "wishes to", "want to", "like to")) and _SAID_NOW.match(
        clause, cue.end
    ):
        return True
    # (not "The agreed deadline of 31 December 2025 … should be respected", "must be
    # accepted and implemented in full by the end of 2024": a date makes it a step)
    kept = (words == "must" and _MUST_JUDGES.match(clause, cue.end)) or (
        words == "should" and _SHOULD_JUDGES.match(clause, cue.end)
    )
    if kept and not _A_YEAR.search(clause):
        return True
    if cue.kind in ("forecast", "future") and _A_VALUE_AHEAD.match(clause, cue.end):
        return True  # "the economy is expected to grow by 4.7% this year": a figure
    if words.startswith(
        ("agreed that", "agree that", "agrees that", "concur", "concurred")
    ) and _AGREED_JUDGEMENT.search(clause):
        return True
    if words.startswith(("is to", "are to", "is also to", "are also to")) and _DEFINITION.search(
        clause, 0, cue.start
    ):
        return True  # "the goal is to shape …": what something is for
    # "expressed satisfaction with the continued progress made", "noted with satisfaction
    # the progress": what has been achieved (readers labelled 3 of 34, each for another
    # cue in the same words); with "the decision to abolish visas", a thing to come
    satisfied = "satisfaction" in words or bool(_WITH_SATISFACTION.match(clause, cue.end))
    if satisfied and not _STILL_TO_COME.search(
        clause, cue.start if "commitment" in words else cue.end
    ):
        return True
    # "the Ha Noi Plan of Action … was adopted by the 17th ARF Meeting", "a Joint Statement
    # about a Strategic dialogue was adopted": a text the meeting adopted, its own act
    # (readers labelled 2 of 15; "A target system for climate-neutrality by 2050 was
    # adopted" holds what is to be done)
    if _ADOPTED.fullmatch(words) and not _DONE_BY_THEN.search(clause):
        return True
    # "pleased to announce that an agreement has been reached", "… the signing of the
    # Agreement": news of a thing done (readers labelled none of 7)
    if words.endswith("to announce") and _ANNOUNCED_DONE.match(clause, cue.end):
        return True
    # "hailed the achievements made", "hailed the success of the Summit": praise of what
    # is or was (readers labelled none of 7); with "the agreement to hold talks in 2026",
    # what is to come
    if words.startswith("hail") and not (
        _STILL_TO_COME.search(clause, cue.end) or _HAILED_AHEAD.match(clause, cue.end)
    ):
        return True
    noting = words.startswith(("not", "appreciat")) or words.endswith(("noted", "note of"))
    noting = noting or "satisfaction" in words
    # "France noted its support for Monaco": the party's own stance, stated by noting it
    noting = noting and not (_STANCE_NOTED.match(words) and not _STANCE_TOLD.match(clause, cue.end))
    observed = bool(
        _OBSERVED.search(clause) or _OBSERVED_PASSIVE.search(clause) or _OCCASION.search(clause)
    )
    observed = observed and not _STILL_TO_COME.search(clause, cue.end)
    observed = observed or (
        "welcom" in words
        and bool(_WELCOMED_AS.match(clause, cue.end) or _WELCOMED_GUEST.match(clause, cue.end))
    )
    # "Welcome to the United Nations", a page's "Welcome": a greeting
    observed = observed or (words == "welcome" and bool(_GREETING.match(clause, cue.end)))
    # (a thing hailed is welcomed: "hailed the warm and cordial relations")
    if ("welcom" in words or words.startswith("hail") or noting) and observed:
        return True
    if noting and _ANNIVERSARY_NOTED.match(clause, cue.end):
        return True
    # "noted that NATO would shortly circulate the procedures": what is to come, noted
    ahead = noting and bool(_NOTED_THAT_AHEAD.match(clause, cue.end))
    if noting and not ahead and (_NOTED_AS.search(clause) or not _FORWARD.search(clause)):
        return True
    if cue.kind == "forecast" and _CONCERN.search(clause, 0, cue.start):
        return True
    if cue.kind == "forecast" and _BECOMING.match(clause, cue.end):
        return True  # "poised to become the largest partner": a projection, not an act
    if (
        words == "shall"
        and _TEXT_PREVAILS.search(clause, 0, cue.start)
        and _PREVAIL.match(clause, cue.end)
    ):
        return True
    terms = words in ("shall", "will") and _INSTRUMENT_TERMS.match(clause, cue.end)
    if terms and (terms["reading"] or _INSTRUMENT_SUBJECT.search(clause, 0, cue.start)):
        return True
    if (
        cue.kind == "future"
        and _EFFECT_SUBJECT.search(clause, 0, cue.start)
        # "…Summit, which will take place in Mexico at the end of the year": a date set
        and not _TAKES_PLACE.match(clause, cue.end)
    ):
        return True
    # "There will be a specific focus on education reform in 2017": a plan, not a judgement
    there = clause[max(0, cue.start - 6) : cue.start].lower() == "there "
    if cue.kind == "future" and _ASKED_OR_IF.search(clause, max(0, cue.start - 60), cue.start):
        return True  # "asked … whether he will make a statement", "if Dubai wins, this would"
    if _CONDITION_OPEN.search(clause, max(0, cue.start - 130), cue.start):
        return True  # "in the event that the agreement is approved by …": the condition's verb
    if _CANNOT_BEFORE.search(clause, max(0, cue.start - 20), cue.start):
        return True  # "Poland could not commit to implementing it": a refusal, not a promise
    if (
        cue.kind == "future"
        and _PURPOSE_WILL_BE.search(clause, 0, cue.end)
        and clause.startswith(" be to ", cue.end)
    ):
        return True  # "The objective of the negotiations will be to work out": a purpose
    if cue.kind == "future" and _IT_WILL_CAUSE.match(clause):
        return True  # "It will give an additional boost to …": what a thing will cause
    if (
        cue.kind == "future"
        and _A_THING_WILL.search(clause, 0, cue.end)
        and _STRENGTHEN_AFTER.match(clause, cue.end)
    ):
        return True
    return cue.kind == "future" and not there and bool(_WILL_JUDGES.search(clause, cue.start))


# "It will give an additional boost to cooperation", "This will allow us to focus …":
# what the thing just named will cause (readers labelled none of nine; "It will
# strengthen …", "It will hold its next meeting" are read as the rest are)
_IT_WILL_CAUSE = re.compile(
    r"\W*(?:it|this|these)\s+(?:will|would)\s+(?:also\s+|further\s+|only\s+)?"
    r"(?:allow|enable|facilitate|result\s+in|give|create|underpin|promote|require|help"
    r"|contribute|pave|lay|boost)\b",
    re.IGNORECASE,
)


# --- Whose voice: the parties' (or a report of what they did), or a commentator's ----

_COMMENTARY = re.compile(
    r"\b(?:analysis|analyst|analysts|analytically|outlook|executive summary|"
    r"key takeaways|opinion|commentary|risk scenarios?|op-ed|forecasts?|experts|observers|"
    r"preview|what to expect|expected to|likely to)\b",
    re.IGNORECASE,
)


# A capitalised word before a capitalised "Outlook" or "Analysis" makes it part of a
# name: "the ASEAN Outlook on the Indo-Pacific", "the World Economic Outlook"
_NAME_WORD_BEFORE = re.compile(r"(?-i:[A-Z][\w.&'’-]*)[ \t]+$")


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")


def is_commentary(text: str) -> bool:
    """A commentary announces itself: an analysis, an outlook, key takeaways. Two such
    words (not one passing mention, nor a document's name) make the author's ``will`` a
    forecast. (Counting futures against acts told took third-person declarations, "Both
    countries will …", for previews: the tenth held-out set showed it.)"""
    said = [
        (m.group(0).lower(), m.start())
        for m in _COMMENTARY.finditer(text)
        if not (
            m.group(0)[0].isupper()
            and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        )
    ]
    if len({word for word, _ in said}) < 2:
        return False
    # ... in two sentences: a news page's one line "Analysts said the cable was likely to
    # face delays" is a voice it reports, not the page's own (with two words and two
    # sentences, some two of the words stand in two sentences)
    # ("Outlook: what to expect from the summit", a title, says it in one)
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    where = {bisect.bisect_right(ends, at) for _, at in said}
    return len(where) >= 2 or where == {0}


# A future framed by someone's belief or expectation: "I believe the announcement will
# proceed", "if everything goes as expected, Cambodia will be", "will probably produce".
_EPISTEMIC = re.compile(
    r"\b(?:I|we|he|she|they|analysts?|experts?|observers?)"
    r" (?:\w+ )?(?:believes?|think|thinks|expects?|predicts?|anticipates?)\b"
    r"|\bif (?:everything|all) goes (?:as expected|well|to plan)\b|\bhopefully\b"
    r"|\bprobably\b|\bwith the (?:high )?anticipation that\b",
    re.IGNORECASE,
)


def is_hedged(sentence: str, cue: Cue, frame_start: int) -> bool:
    """Someone's belief or expectation frames the cue, or its verb ("will probably").
    ``frame_start``: ``frame_at(sentence)``, looked for once for all the sentence's cues
    (a sentence of a thousand "will"s looks once)."""
    probably = sentence[cue.end : cue.end + 10].lstrip().lower().startswith("probably")
    return frame_start < cue.start or probably


def frame_at(sentence: str) -> int:
    """Where the sentence's first belief or expectation frame begins (else its end)."""
    frame = _EPISTEMIC.search(sentence)
    return frame.start() if frame is not None else len(sentence)


def strength_of(kind: CueClass, commentary: bool) -> Strength:
    if kind == "future":
        return "forecast" if commentary else "pledge"
    return kind
