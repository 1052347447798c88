"""From a text to candidate commitments: sentences, their clauses, each clause's cue,
strength, deadline and parties, a title, a confidence, and whether the ledger tracks it.

A sentence holds several commitments when it joins clauses that each carry their own
cue or deadline ("a round table … is planned by 2026, and a similar event … is
expected in 2027"): it is cut at the joining word, and each part is a candidate with
its own quote. A part with neither takes the sentence's governing cue ("… set to host
the next summit in 2027 and Italy the fourth meeting in 2026").
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from commitments.extract.cues import (
    EFFECT,
    MEETING_HELD,
    MEETING_RELATIVE,
    MOTIVE,
    MOTIVE_BEFORE,
    PARTY_WORDS,
    PERSONAL_SUBJECT,
    PREAMBLE_RECALL,
    PRIORITY_NAMED,
    SCHEDULE_PRESENT,
    SECTION_NUMBER,
    Cue,
    Strength,
    bare_lead,
    cues,
    frame_at,
    imperative_item,
    imperative_opening,
    is_commentary,
    is_hedged,
    not_a_commitment,
    strength_of,
)
from commitments.extract.deadlines import (
    DEADLINE_WORDS,
    WEEKDAY_WORDS,
    Found,
    is_ahead,
    time_expressions,
)
from commitments.extract.named_parties import Mention, mentions
from commitments.extract.sentences import (
    CONTROL_CLASS,
    ITEM_MARK,
    LINE_BREAKS,
    LIST_ITEM,
    Sentence,
    is_heading,
    sentences,
)


class Candidate(NamedTuple):
    start: int  # the quote's place in the text
    end: int
    quote: str
    sentence: Sentence
    title: str
    strength: Strength
    cue: str
    cue_start: int  # the cue's place in the text
    confidence: float
    deadline: Found | None  # the words and their window, places in the text
    parties: tuple[str, ...]
    named: tuple[str, ...]  # the parties the quote itself names
    host: str | None
    tracked: str | None = None  # the ledger commitment that quotes it
    similar: str | None = None  # a ledger commitment that may be the same promise
    edited: bool = False  # changed in review

    @property
    def due(self) -> str | None:
        return self.deadline.due if self.deadline is not None else None

    @property
    def window_start(self) -> dt.date | None:
        w = self.deadline.window if self.deadline is not None else None
        return w.start if w is not None else None

    @property
    def window_end(self) -> dt.date | None:
        w = self.deadline.window if self.deadline is not None else None
        return w.end if w is not None else None


class Settings(NamedTuple):
    declared: dt.date | None = None
    parties: tuple[str, ...] = ()  # a summit's: every candidate's parties when given


# Where a sentence may be cut: a comma or "and"/"while"/"whereas" joining clauses, a
# semicolon. Cut only where both sides have a cue or a deadline of their own.
# ... and the end of a quotation: '"We have set an objective … by 2008," Wen said'.
_JOINS = re.compile(
    r",?\s+(?:and|while|whilst|whereas)\s+|;\s+|,\s+(?=while\b)"
    # a participle starts a clause; "during", "including", "according" are prepositions
    r"|,\s+(?=with\b|(?!(?:during|including|according|regarding|concerning)\b)\w+ing\b)"
    # ", at which each Ministry will identify the projects": what is to happen there
    r"|,\s+(?=(?:at|during|in|under|through|after|following) which\b)"
    # "will hold its first meeting before 30 January 2021, as a result of which it will
    # formulate a list": what is to follow from it, a clause of its own
    r"|,\s+(?=(?:as a result|on the basis|in the light) of which\b)"
    r"|[,.][”\"]\s+|\s+(?=with (?:an?|the) (?:aim|view|goal|target|objective|intention)\b)"
    r"|,\s+(?=which\b|an? \w+ (?:that|which)\b)|,?\s+as well as\s+"
    # "will travel to Papua New Guinea on January 14 where she will hold meetings":
    # what is to be done there, a clause of its own subject
    r"|,?\s+(?=where (?:he|she|they|we|it|the \w+)\s+(?:will|would|is to|are to)\b)"
)
# ", which will take forward …", ", a move that will …": a clause about what came
# before, a firmer break than "and" joining two verbs of one subject
_COMMENTING = re.compile(r"which\b|an? \w+ (?:that|which)\b")
_SCHEDULED = re.compile(r"schedul|set to|planned|to be held|expected|prepar", re.IGNORECASE)
_TOLD_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:to|due to|scheduled|set to)|to be held|to take place"
    r"|scheduled (?:for|to))\b",
    re.IGNORECASE,
)
_APPROVAL = re.compile(
    r"\b(?:was|were|has been|have been) (?:approved|adopted|endorsed|agreed)\b"
    r"|\b(?:approved|adopted|endorsed) (?:the |a |an )?proposals?\b",
    re.IGNORECASE,
)
# "agreed to resume negotiations …, and to organise a trip … before the end of 2024":
# infinitives under one cue, the second with a deadline of its own, are two clauses
_NEXT_INFINITIVE = re.compile(r",\s+and\s+(?=to\s)")
# ", sovereignty" before ", and": an item of a list of words, whose last item follows
_LIST_ITEM_BEFORE = re.compile(
    r",[^\S\n]+(?!(?:and|or|including|notably|especially|such|if|as|where|when|in|respectively"
    r"|accordingly|together)\b)"
    r"[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*)?$",
    re.IGNORECASE,
)
# "…, and Brazil will host", "…, and the Secretariat will", "…, and decided to convene": a
# name, a body or a verb after the "and" starts a clause of its own
_SUBJECT_AFTER = re.compile(
    r"(?:we|they|he|she|it|both|each|all|the|a|an|this|these|its|their|our)\b|(?-i:[A-Z])"
    r"|\w+ed\b",
    re.IGNORECASE,
)
_TO_VERB = re.compile(r"(?:and\s+)?to\s+[a-z]", re.IGNORECASE)
_SEMICOLON_INFINITIVE = re.compile(r";\s+(?:and\s+)?(?=to\s)", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:and|while|whilst|whereas|but|also|specifically|in particular|moreover|furthermore|"
    r"in addition|additionally|further)\b[,\s]*",
    re.IGNORECASE,
)


def _parenthesised(text: str) -> list[tuple[int, int]]:
    spans, depth, opened = [], 0, 0
    for i, char in enumerate(text):
        if char == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, i + 1))
    return spans


# "the Agreement, which will further enhance cooperation, should be finalized": a clause
# set between commas inside the main one says what a thing is, as brackets do
_EMBEDDED = re.compile(
    r",\s+which\b[^,;()]{1,150},(?=\s+(?:should|will|would|shall|must|can|could|may|is|are"
    r"|was|were|has|have|had|be|\w+ed)\b)"
    # "to Japan, which had been hit hard by an earthquake in April 2016, and expressed
    # their willingness": what befell a thing, between the verbs of one subject
    r"|,\s+which\s+(?:had|has|have|was|were)\b[^,;()]{1,150},(?=\s+and\s+\w+ed\b)"
)


def _embedded(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _EMBEDDED.finditer(text)]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, those that overlap made one (``_inside`` bisects them)."""
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if result and start < result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def _inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    """``at`` is within one of the spans (sorted, not overlapping)."""
    n = bisect.bisect_right(spans, (at, len(spans) and spans[-1][1] + 1)) - 1
    return n >= 0 and spans[n][0] <= at < spans[n][1]


# "direct flights between Tokyo and Astana would be launched": the "and" of "between"
# and a name, inside one noun's phrase, is not a join of two clauses ("between the two
# countries and" may be)
_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}$")


def _join_strength(join: re.Match[str]) -> int:
    words = join.group(0)
    if ";" in words:
        return 3
    if "while" in words or "whilst" in words or "whereas" in words:
        return 2
    if words.startswith(",") and _COMMENTING.match(join.string, join.end()):
        return 2
    return 1 if "," in words else 0


def _parts(
    text: str,
    cue_at: list[int],
    time_at: list[int],
    brackets: list[tuple[int, int]],
    cue_end: dict[int, int] | None = None,
) -> list[tuple[int, int]]:
    """The clauses of a sentence. Between two cues in a row, or two deadlines in a row,
    it is cut at the strongest join (a semicolon, then "while", then ", and", then
    "and"; the last of equals), so that each clause keeps its own cue or deadline. A
    cue on one side and a date on the other are one clause: "will visit Kazakhstan and
    Uzbekistan on May 28"."""
    joins = [
        m
        for m in _JOINS.finditer(text)
        if not _inside(m.start(), brackets)
        and not (
            m.group(0).strip() == "and"
            and _BETWEEN_BEFORE.search(text, max(0, m.start() - 80), m.start())
        )
    ]
    starts = [j.start() for j in joins]
    cuts: dict[int, re.Match[str]] = {}
    for dates, anchors in ((False, sorted(cue_at)), (True, sorted(time_at))):
        for first, second in itertools.pairwise(anchors):
            # the joins between the two anchors, bisected: a hostile "sentence" of
            # thousands of clauses costs no more than its length
            low, high = bisect.bisect_right(starts, first), bisect.bisect_left(starts, second)
            between = [j for j in joins[low:high] if j.end() <= second]
            if not dates and cue_end is not None:
                # "We welcomed and accepted the offer of Samoa": two verbs, one object
                between = [
                    j for j in between if text[cue_end.get(first, first) : j.start()].strip()
                ]
            if not dates:
                # "commitment to its independence, sovereignty, and territorial integrity
                # will never waver": the last item of a list, not a clause
                between = [
                    j
                    for j in between
                    if not (
                        j.group(0).startswith(",")
                        and _LIST_ITEM_BEFORE.search(text, 0, j.start())
                        and not _SUBJECT_AFTER.match(text, j.end())
                    )
                ]
            if between:
                best = max(between, key=lambda j: (_join_strength(j), j.start()))
                cuts[best.start()] = best
            elif not dates:
                # "While Namibia is ready to open her borders, in the face of the pandemic,
                # Angola undertook to continue": a comma, then a subject of its own and its
                # verb, is the main clause after a subordinate one
                comma = _last_comma(text, first, second, brackets)
                if (
                    comma is not None
                    and _OWN_SUBJECT.fullmatch(text, comma.end(), second)
                    # and the first is a clause with a subject too ("While Namibia is
                    # ready"), not a participle's preamble ("Recognizing the need for …,")
                    and (
                        PERSONAL_SUBJECT.search(text, 0, first)
                        or _NAME_BEFORE.search(text, 0, first)
                    )
                ):
                    cuts[comma.start()] = comma
            elif dates:
                # "meeting again in Indonesia in 2022, in India in 2023": a comma alone
                # parts two dated adjuncts of one verb, each a promise of its own
                comma = _last_comma(text, first, second, brackets)
                if (
                    comma is not None
                    # "starting on 1st May 2020, for a period that concludes on 30th June",
                    # "for a period of 16 months, from 1st January 2021": one span
                    and not _STARTS_AT.search(text, max(0, first - 16), first)
                    and not _SAME_SPAN_AFTER.match(text, comma.end())
                ):
                    cuts[comma.start()] = comma
    for cue in cue_at:
        later = [t for t in time_at if t > cue]
        if not later:
            continue
        low, high = bisect.bisect_right(starts, cue), bisect.bisect_left(starts, later[0])
        infinitives = [j for j in joins[low:high] if _NEXT_INFINITIVE.match(text, j.start())]
        if infinitives and not any(cue < t < infinitives[-1].start() for t in time_at):
            cuts.setdefault(infinitives[-1].start(), infinitives[-1])
    # "To hold the Trade Fair in 2012; and to develop modalities": in a decision's
    # operative paragraph in the infinitive, a second infinitive after a semicolon is a
    # clause of its own, dated or not (under a finite verb, "urged the working groups to
    # pursue efforts …; to increase student mobility; to improve access to housing" is
    # one commitment with its list)
    first_cue = min(cue_at, default=len(text))
    if text.startswith("To ", first_cue):
        for j in joins:
            if j.start() > first_cue and _SEMICOLON_INFINITIVE.match(text, j.start()):
                cuts.setdefault(j.start(), j)
    parts, begin = [], 0
    for start in sorted(cuts):
        parts.append((begin, start))
        begin = cuts[start].end()
    parts.append((begin, len(text)))
    return parts


def _most_precise(times: list[Found], s: str) -> Found | None:
    """The clause's first deadline, unless a later one says more: one inside its window
    ("will travel to Fiji this week to attend the Meeting on 26 July" is due on 26
    July), dates after a length of time ("for a period of 16 months, from 1st January
    2021 to 30th April 2022"), or an end after a start ("starting on 1st May 2020, for
    two months that concludes on 30th June 2020")."""
    best = times[0] if times else None
    for t in times[1:]:
        assert best is not None
        outer, inner = best.window, t.window
        if outer is None or inner is None:
            continue
        nested = (
            outer.start is not None
            and inner.start is not None
            # a week or a month ("this week", "in July"), never "by 2040": a deadline
            # far off is not narrowed by a step on the way ("the report due in 2026")
            and (outer.end - outer.start).days <= 31
            and outer.start <= inner.start
            and inner.end <= outer.end
            and (inner.start, inner.end) != (outer.start, outer.end)
        )
        dated = (
            best.kind in _LENGTHS
            and t.kind not in _LENGTHS
            and _SPAN_FOLLOWS.fullmatch(s, best.end, t.start) is not None
            and t.words.lower().startswith(("from ", "between "))
        )
        ends = bool(_STARTS_AT.search(s, max(0, best.start - 16), best.start)) and (
            inner.end > outer.end
        )
        if nested or dated or ends:
            best = t
    return best


_LENGTHS = frozenset({"within", "years_ahead"})
_SPAN_FOLLOWS = re.compile(r"[\s,;:(]*")
_SAME_SPAN_AFTER = re.compile(
    r"(?:for|until|till|through|to|from|ending|concluding|and ending"
    # "will meet in June 2026, ahead of the leaders' summit in November 2026": when, not what
    r"|ahead of|after|before|following|prior to|in time for|in the run-up to|alongside"
    r"|on the (?:margins|sidelines) of|at the time of|during)\b",
    re.IGNORECASE,
)
_STARTS_AT = re.compile(
    r"\b(?:starting|beginning|commencing|effective|as (?:from|of)|from)\s+"
    r"(?:on\s+|from\s+|in\s+)?$",
    re.IGNORECASE,
)


_COMMA = re.compile(r",\s+")


# the subject of a clause, between its comma and its verb: "Angola", "the two sides",
# "we"; not an object or an adverbial ("in the face of the pandemic")
_OWN_SUBJECT = re.compile(
    r"(?:(?:the|both)\s+)?(?:(?:two|three|(?-i:[A-Z][\w’'-]*))\s+){0,3}?"
    rf"(?:(?-i:[A-Z][\w’'-]*)|we|they|{PARTY_WORDS})\s+(?:also\s+|further\s+|jointly\s+)?",
    re.IGNORECASE,
)

# a name as the subject, not the sentence's first word ("While Namibia is ready"; not
# "Recognizing the pressing need"): with PERSONAL_SUBJECT, a subject before the verb
_NAME_BEFORE = re.compile(r"(?<=\w )(?-i:[A-Z][\w’'-]*)\s+(?:\w+\s+){0,2}$")


def _last_comma(
    text: str, first: int, second: int, brackets: list[tuple[int, int]]
) -> re.Match[str] | None:
    """The last comma between two places, outside brackets and time expressions."""
    at = text.rfind(", ", first, second)
    while at >= 0 and _inside(at, brackets):
        at = text.rfind(", ", first, at)
    return _COMMA.match(text, at) if at >= 0 else None


_NUMBERED = re.compile(rf"{ITEM_MARK}\s+(?=\S)")


def _trimmed(text: str, a: int, b: int, whole: bool) -> tuple[int, int]:
    """A part without its joining word or, when it is not the whole sentence, its
    closing punctuation: the quote is exactly these characters of the text."""
    while a < b and text[a].isspace():
        a += 1
    number = _NUMBERED.match(text, a, b)  # "2. We reaffirmed …": the paragraph's number
    if number and number.end() < b:
        a = number.end()
    lead = _LEADING.match(text, a, b) if not whole else None
    if lead and lead.end() < b:
        a = lead.end()
    while b > a and (text[b - 1].isspace() or (not whole and text[b - 1] in ",;:")):
        b -= 1
    return a, b


def _choose(s: str, part_cues: list[Cue], governing: Cue | None) -> Cue | None:
    verbs = _main_first(s, [c for c in part_cues if c.verb])
    if verbs:
        return verbs[0]
    if part_cues:
        if governing is not None and governing.start < part_cues[0].start:
            return governing
        return part_cues[0]
    return governing


# a need, an importance or a commitment named inside a clause, not the verb that governs it
_FRAMING_NOUNS = frozenset(
    ("need", "necessity", "expediency", "importance", "commitment", "commitments")
)


def _standing(part: str, a: int, others: list[Cue]) -> Cue | None:
    """The first of a part's other cues (verbs first) that is a commitment."""
    local = [c._replace(start=c.start - a, end=c.end - a) for c in others]
    verbs = _main_first(part, [c for c in local if c.verb])
    for cue in (*verbs, *(c for c in local if not c.verb)):
        if not not_a_commitment(part, cue):
            return cue._replace(start=cue.start + a, end=cue.end + a)
    return None


# "In this connection, having welcomed the Reflection Group’s report, the European
# Council decided to launch the Conference": an opening participle's verb sets the
# scene, the main verb after its comma governs.
_PARTICIPLE_BEFORE = re.compile(r"\b(?:having|after|upon)\s+$", re.IGNORECASE)


def _main_first(s: str, verbs: list[Cue]) -> list[Cue]:
    if len(verbs) < 2:
        return verbs
    first, second = verbs[0], verbs[1]
    participle = (
        first.words.split()[0].lower().endswith("ing")
        or bool(_PARTICIPLE_BEFORE.search(s, max(0, first.start - 8), first.start))
        # "Recognizing the pressing need for cooperation, the Ministers agreed to": the
        # cue inside a participle's opening phrase
        or bool(_OPENING_PARTICIPLE.match(s) and "," not in s[: first.start])
        # "We, the Heads of State, convinced of the urgent need to act, agreed to"
        or bool(MOTIVE_BEFORE.search(s, 0, first.start))
    )
    finite = not second.words.split()[0].lower().endswith("ing")
    if participle and finite and "," in s[first.end : second.start]:
        return [second, first, *verbs[2:]]
    if s[first.end : second.start].strip().lower() in ("and", "or", ", and"):
        # "welcomed and accepted the offer of Samoa": the verb next to the object decides
        return [second, first, *verbs[2:]]
    return verbs


_OPENING_PARTICIPLE = re.compile(
    r"\W*(?:\(?[0-9]{1,3}[.)]\s*|" + SECTION_NUMBER + r"\.?\s+)?"
    r"(?:(?!(?:during|including|according|following|regarding|concerning)\b)[a-z]+ing\b"
    # "In the light of the need to step up climate action, the European Council endorses"
    rf"|{MOTIVE})",
    re.IGNORECASE,
)
# (not "is going to host the next meeting": a plan told, in the active)
_AUXILIARY = re.compile(r"(?:is|are|was|were|has been|have been)\b(?! going to\b)", re.IGNORECASE)
_AUXILIARY_END = re.compile(
    r"\s+(?:is|are|was|were|will be|has been|have been)(?:\s+also)?\s*$", re.IGNORECASE
)
_PARTICIPLE = re.compile(r"\w+(?:ed|en)\b", re.IGNORECASE)
_BE_DONE = re.compile(r"\s*be\s+\w+(?:ed|en|wn|lt)\b", re.IGNORECASE)
# "A conference will be held in Oslo", "The next summit will take place in Nairobi": the
# meeting is what is promised (not "Held in Oslo"), when it is named before them
_HELD = re.compile(
    r"\s*(?:be\s+(?:held|made|done|set|put|kept|sent|paid|met|found|led|laid|run)"
    r"|take\s+place)\b",
    re.IGNORECASE,
)
_TOLD_THAT = re.compile(
    r"\b(?:that|said|announced|stated|noted|confirmed|agreed|decided)\s+", re.IGNORECASE
)
# (a clause, not a name: "it was announced", "the meetings, which")
_NOT_A_NAME = re.compile(r",|\b(?:was|were|is|are|has|have|had|also)\b", re.IGNORECASE)
# (a thing named, not "It" or "This", which name nothing)
_NAMES_WHAT = re.compile(r"\b(?!(?:it|this|that|these|those|they|which)\b)[^\W\d_]{2,}", re.I)
# "In a symbolic exchange, a street …", "Further cementing these ties, the theatre …"
_SCENE_SETTING = re.compile(
    r"^\W*(?:(?:in|at|on|during|as|according|following|after|before|for|further|also|"
    r"moreover|meanwhile|beyond|under|with|specifically|particularly)\b|\w+ing\b)"
    r"(?:\s+[\w’'-]+){0,4},\s+",
    re.IGNORECASE,
)
# "… was also emphasized", "… were underlined": the predicate after the thing named.
_PASSIVE_END = re.compile(r"\s+(?:is|are|was|were)\s+(?:also\s+)?\w+ed\b.*$", re.IGNORECASE)


def make_title(quote: str, cue: Cue | None, deadline: tuple[int, int] | None) -> str:
    """A short title from the quote: the thing promised, without the cue or the date.

    "a round table on water resources … is planned by 2026" → "Round table on water
    resources in the Central Asia–Italy format"; "the leaders agreed to enhance
    cooperation in …" → "Enhance cooperation in …".
    """
    text = quote
    if deadline is not None:
        a, b = deadline
        # "Set the quota for Cod for 2027 at 703,000 tons": the date's preposition too
        dangling = _DATE_PREPOSITION.search(quote, 0, a)
        a = dangling.start() if dangling is not None else a
        text = text[:a] + " " + text[b:]

    def moved(p: int) -> int:
        """A place in the quote, in the text with the deadline taken out (a cue that
        overlaps the deadline, "scheduled for 2025 and 2026", ends at its space)."""
        if deadline is None or p <= a:
            return p
        return p - (b - a - 1) if p >= b else a + 1

    if cue is not None and 0 <= cue.start < len(quote):
        c_start, c_end = moved(cue.start), moved(cue.end)
        before, after = text[:c_start], text[c_end:]
        passive = bool(
            _AUXILIARY.match(cue.words)
            or (_AUXILIARY_END.search(before) and _PARTICIPLE.match(cue.words))
            # "a street … will be named after …"
            or (cue.kind == "future" and _BE_DONE.match(after))
            # "establish a joint exercise, to be held annually from 2027": what is held
            # comes before its participle
            or cue.words.lower().startswith("to be ")
        )
        held = _HELD.match(after) if cue.kind == "future" else None
        subject = _SCENE_SETTING.sub("", before)
        # ("Ministers confirmed that the second summit will be held": the summit)
        named = _TOLD_THAT.split(subject)[-1].strip()
        takes = held is not None and held.group(0).split()[0].lower() == "take"
        if (
            held is not None
            and _NAMES_WHAT.search(named)
            # (only a name: "Mexico showed interest in the meeting that …" says more)
            and not _NOT_A_NAME.search(named)
            and (takes or len(named.split()) >= 2)
            and len(named.split()) <= 8
        ):
            text = named + (" " + after[held.end() :] if takes else "")
        # ("Capacity building for small island states will remain a priority of the
        # Dialogue": what is named the priority comes before it)
        elif passive or len(after.split()) < 2 or PRIORITY_NAMED.match(cue.words):
            text = subject
        else:
            text = after
        if _NEGATED.search(cue.words):  # "will not open a consulate": the title must say so
            text = quote
    # "prepare, by the end of February 2027, terms of reference": the date set off by
    # commas leaves both behind
    text = re.sub(r",\s+,\s*", " ", text)
    # "in Naivasha by 2027, with technical support": no space left before the comma
    if deadline is not None:
        text = re.sub(r"(?<=\w)\s+(?=[,;:](?:\s|$))", "", text)
    text = _EDGES.sub("", text)
    text = _WHEN_FIRST.sub("", text)
    text = _ATTRIBUTION.sub("", text)
    text = re.sub(r"^(?:to|on|of|for|in|that|the need to|be)\s+", "", text, flags=re.IGNORECASE)
    text = _LEADING.sub("", text)
    text = re.sub(r"^(?:to|that)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(
        r"^(?:(?:the|a|an)\s+)?(?:(?:\w+\s+){0,3}?(?:leaders|parties|sides|presidents|heads)"
        r"\s+(?:also\s+)?)",
        "",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(r"^(?:a|an|the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^to\s+", "", text, flags=re.IGNORECASE)  # "all parties to respect …"
    text = _AUXILIARY_END.sub("", text)
    text = _PASSIVE_END.sub("", text)
    if len(re.findall(r"\w+", text)) < 3:  # "Meet", ";  , and": the clause says more
        text = _EDGES.sub("", quote)
    # a title is never empty: at worst, the quote's own words
    return _shortened(text) or _shortened(quote) or " ".join(quote.split())[:70]


_DATE_PREPOSITION = re.compile(r"\b(?:for|in|by|during|until|before)\s+$", re.IGNORECASE)
# Punctuation and spaces at either end, but not what belongs to a word: "€50 million",
# "30%", "“Abai”".
_EDGES = re.compile(r"^[\s,;:.!?…'’()\[\]—–-]+|[\s,;:.!?…'’(\[—–-]+$")
_NEGATED = re.compile(r"\bnot\b|n't\b", re.IGNORECASE)
# "agreed on Monday to build …": when, before what.
_WHEN_FIRST = re.compile(
    r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    r"yesterday)\s+",
    re.IGNORECASE,
)
# "…, the ministry said": who said it, after what was said.
_ATTRIBUTION = re.compile(
    r",\s+[^,]{0,60}?\b(?:said|says|stated|added|reported|announced|told \w+)\b[^,]*$"
)


# a title cut mid-phrase ends on no word that needs what follows
_DANGLING = re.compile(
    r"(?:\s+(?:on|in|by|at|during|from|until|before|of|for|to|and|or|the|a|an|their|its|our"
    r"|his|her|this|these|those|such|as|towards?|into|than|that|which|whose|both|all|any"
    r"|each|with|via|including|leveraging|such as|between|among|other|more|most))+$",
    re.IGNORECASE,
)


_PHRASE_START = re.compile(
    # not inside "in line with", "in order to"
    r"(?<!\bline)(?<!\border)(?<!\baimed)\s(?=(?:in|on|at|for|with|to|of|by|from|through|along|under|within|between|into|"
    r"including|aimed|which|that|who|while)\b)",
    re.IGNORECASE,
)


def _shortened(text: str, most: int = 70) -> str:
    """At most ``most`` characters, cut at a comma, else before a phrase ("in line
    with …", "aimed at …"), else at a word; nothing left dangling."""
    text = " ".join(text.split())
    if len(text) > most:
        cut = text[:most]
        comma = cut.rfind(",")
        phrases = [m.start() for m in _PHRASE_START.finditer(cut) if m.start() > most * 2 // 5]
        if comma > most // 2:
            text = cut[:comma]
        elif phrases:
            text = cut[: phrases[-1]]
        else:
            text = cut.rsplit(" ", 1)[0]
    text = _DANGLING.sub("", text).strip(" ,;:—–-")
    return text[:1].upper() + text[1:]


def extract(text: str, settings: Settings) -> list[Candidate]:
    """The candidate commitments in ``text``, in order."""
    commentary = is_commentary(text)
    found: list[Candidate] = []
    lead: Cue | None = None  # in the text's places
    lead_deadline: Found | None = None  # the lead-in's own, which its items share
    verb_items = False  # the lead-in ends on "to:" or "will:": each item is a verb's
    pointer: int | None = None  # where in ``found`` the lead-in's clause that points ahead is
    empty = False  # and that clause is nothing else: "agreed to declare as follows:"
    marker = False  # the sentence before was a bullet or a number alone ("a.", "1.")
    previous_item = False  # the sentence before was (in) an item of a list
    unmarked = False  # and a line of its own without a mark may be the next item
    just_opened = False  # the sentence before led into a list
    since = 0  # where the sentence before ended
    for sentence in sentences(text):
        marked = marker or bool(LIST_ITEM.match(sentence.text))
        # "working towards a number of ambitious new targets:", then paragraphs that go on
        # its sentence in lower case ("bringing forward the peaking date … to 2030")
        goes_on = sentence.text[:1].islower() and not sentence.text.rstrip().endswith(".")
        item = marked or (
            # "with the following milestones:" and under it lines ending ";" unmarked
            # (a blank line ends them, unless the line goes on in lower case)
            unmarked
            and lead is not None
            and _starts_line(text, sentence, since)
            and (goes_on or not _BLANK_LINE.search(text, since, sentence.start))
        )
        marker = bool(LIST_ITEM.fullmatch(sentence.text.strip()))
        if (
            lead is not None
            and verb_items
            and not marked
            and (item or previous_item or just_opened)
            and _starts_line(text, sentence, since)
            and is_heading(sentence.text)
            and imperative_item(sentence.text) is None
            # (an item in Title Case or capitals says when: "Hold The Next Summit In
            # Fiji In 2026")
            and not any(ch.isdigit() for ch in sentence.text)
            # (and only items follow it: not "The Pacific Islands are threatened …")
            and _ITEM_NEXT.match(text, sentence.end) is not None
        ):
            # "Leaders agreed to:", then "A Pacific Vision" on a line of its own, then
            # "1 Adopt the following Vision …" (or "- complete the synchronisation …"): a
            # heading inside the list is no item of the verb's, and the list goes on
            # under it
            since = sentence.end
            continue
        under = None
        inherited = None
        if item and lead is not None:
            at = lead.start - sentence.start  # before the sentence: it governs from there
            under = lead._replace(start=at, end=at + lead.end - lead.start)
            if lead_deadline is not None:
                inherited = lead_deadline._replace(
                    start=lead_deadline.start - sentence.start,
                    end=lead_deadline.end - sentence.start,
                )
        got = (
            []  # "iii." alone, as the segmenter leaves it: the next sentence is the item
            if marker
            else _from_sentence(
                sentence,
                settings,
                commentary,
                text,
                under,
                inherited,
                # "We commit to the following actions: 1. To rapidly scale up …": an
                # infinitive is a clause of the lead-in's verb, as under "intend to:"
                item and (verb_items or bool(_INFINITIVE_ITEM.match(sentence.text))),
                marked,
            )
        )
        if under is not None and lead is not None:
            got = [
                # the lead-in's words as written ("agreed  on"), as a sentence's own are
                c._replace(cue=text[lead.start : lead.end]) if c.cue_start == lead.start else c
                for c in got
                if c.cue_start != lead.start or _says_more_than_a_date(c)
            ]
        if (
            pointer is not None
            and lead is not None
            and ((empty and got) or any(c.cue_start == lead.start for c in got))
        ):
            # "agreed on holding these meetings:" says nothing the dated items under it
            # do not, so that clause is not a candidate of its own (taken back once: a
            # list of thousands costs no more); the sentence's other clauses stay, and
            # items with cues of their own leave it be, for a list under one cue is one
            # commitment ("agree to pursue the following priority areas:"), unless it
            # says nothing at all ("agreed to declare as follows:")
            del found[pointer]
            pointer = None
        found.extend(got)
        # (a numbered paragraph may itself lead into a list: "7. The two sides agreed on
        # the following actions:" opens the list under it, as it would unnumbered)
        opening = _lead_in_cue(sentence) if not item or marked else None
        opens = opening is not None and marked
        # "- Set the quota for Cod for 2011 at 703,000 tons. This is an increase of 16%."
        # An item's second sentence, on its line, does not end the list
        continues_item = (
            previous_item and opening is None and not _starts_line(text, sentence, since)
        )
        previous_item = item or continues_item
        # the list, if any, that this sentence leads into replaces the one before
        leads_anew = (not item and not continues_item) or opens
        unmarked = (
            item and not marked and (goes_on or bool(_ITEM_GOES_ON.search(sentence.text)))
        ) or (leads_anew and opening is not None)
        since = sentence.end
        just_opened = leads_anew and opening is not None
        if leads_anew:
            lead, pointer, empty = opening, None, False
            lead_deadline = None
            verb_items = lead is not None and bool(_VERB_LEAD_IN.search(sentence.text))
            if lead is not None:
                for n, c in enumerate(got, start=len(found) - len(got)):
                    if not c.start <= lead.start < c.end:
                        continue
                    # "Over the next year, the two countries intend to:": each item is
                    # intended by then, unless it has a date of its own
                    lead_deadline = c.deadline
                    if bare_lead(lead.words, text, lead.end, c.end):
                        break  # its clause says nothing (``_says_something`` drops it)
                    # the clause with the verb, when it has no date of its own either,
                    # or when all it says is what its items do ("intend to:")
                    said_by_items = verb_items and bool(_ONLY_COLON.match(text, lead.end, c.end))
                    if said_by_items or (
                        c.deadline is None and _POINTS_AHEAD.search(text, lead.end, c.end)
                    ):
                        pointer = n
                        empty = said_by_items or bool(
                            _ONLY_POINTS_AHEAD.match(text, lead.end, c.end)
                        )
    return [c for c in found if _says_something(c, text)]


def _says_something(c: Candidate, text: str) -> bool:
    """Not "Have agreed as follows:", "RESOLVES:", "The Ministers decided:": a bare verb
    with nothing after it but the colon is never a commitment of its own (its items,
    if any, say what was decided)."""
    return not bare_lead(c.cue, text, c.cue_start + len(c.cue), c.end)


def _starts_line(text: str, sentence: Sentence, since: int) -> bool:
    """The sentence opens its line: only spaces between it and a line break after
    ``since`` (the sentence before it ends there), or the text's start."""
    gap = text[since : sentence.start]
    line = max(gap.rfind(mark) for mark in LINE_BREAKS)
    if line < 0:
        return since == 0 and not gap.strip()
    return not gap[line + 1 :].strip()


def _says_more_than_a_date(candidate: Candidate) -> bool:
    """An item says more than its date ("- 2029." is a date, not a promise)."""
    d = candidate.deadline
    return _more_than(candidate.quote, d.words if d is not None else "")


def _more_than(text: str, date: str) -> bool:
    """``text`` has words besides ``date`` (three letters at least)."""
    return sum(ch.isalpha() for ch in (text.replace(date, " ") if date else text)) >= 3


# "The Foreign Ministers also agreed on holding these meetings:" and under it "- The 6th
# Meeting of the Joint Committee …, in August 2019.": an item of a list is a clause of
# the verb that leads into it, and an item with a date of its own is a commitment of its
# own (an item with neither cue nor date stays with the list, which is one).
# (a bullet or a number alone, as the segmenter leaves "a." or "1.", is an item too)
_COLON_END = re.compile(r":\s*$")
_INFINITIVE_ITEM = re.compile(rf"\s*(?:{ITEM_MARK}\s+)?to\s+[^\W\d_]", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# the line after a heading inside a list is an item: a bullet, a number ("1 Adopt")
_ITEM_NEXT = re.compile(rf"\s*(?:{ITEM_MARK}\s|[0-9]{{1,2}}\s+[A-Z])")
# an item that ends so leaves the list open for the next line: "… by 2014;", "…; and"
_ITEM_GOES_ON = re.compile(r"(?:[;,]|[;,]\s*(?:and|or))\s*$", re.IGNORECASE)
# "intend to:", "we will:": the items under it are verb phrases, each a clause of the
# lead-in's verb ("- Maintain pressure on North Korea"), so each is a commitment
_VERB_LEAD_IN = re.compile(
    r"\b(?:to|will|shall|would|should|must|can|may|could)\s*:\s*$", re.IGNORECASE
)
_ONLY_COLON = re.compile(r"\s*:?\s*$")
_ONLY_POINTS_AHEAD = re.compile(
    r"\s*(?:(?:on|upon)\s+)?(?:\w+\s+)?(?:the\s+following|as\s+follows)\s*:?\s*$", re.IGNORECASE
)
_POINTER_FIRST = re.compile(
    r"\s*(?:and\s+|also\s+)?(?:the\s+following|as\s+follows)\b", re.IGNORECASE
)
_POINTS_AHEAD = re.compile(r"\b(?:the\s+following|as\s+follows|these|those|below)\b", re.IGNORECASE)


def _lead_in_cue(sentence: Sentence) -> Cue | None:
    """The verb that leads into a list (the sentence ends with a colon), in the text's
    places; or none."""
    if not _COLON_END.search(sentence.text):
        return None
    spaced, places = _single_spaced(sentence)
    # the verb nearest the colon, or before the words that point to the list, leads
    # into it: "Italy will host the G7 summit in June 2027; the leaders also agreed on
    # these meetings:", "we shall ensure that the following steps are taken not later
    # than 4 July 1993, taking into account the need for Special Measures:"
    pointer = _POINTS_AHEAD.search(spaced.text)
    before = len(spaced.text) if pointer is None else pointer.start()
    # ("DECIDES that the CFTA should be operationalized …, with the following
    # milestones:": the verb whose complement holds the other leads)
    verbs = [
        c
        for c in _outside_complements(spaced.text, cues(spaced.text))
        if c.verb and c.kind in ("pledge", "intent", "future")
    ]
    if not _POINTER_FIRST.match(spaced.text):
        verbs = [c for c in verbs if c.start < before]
    # (else "And the following is agreed:": the words that point open it, the verb follows)
    if not verbs or not_a_commitment(spaced.text, verbs[-1]):
        # "Gavi's work will be critical to:": a judgement leads its items nowhere
        return None
    # the places as written ("agreed  on"; the words single-spaced, for the rules)
    start, end = places[verbs[-1].start], places[verbs[-1].end - 1] + 1
    return verbs[-1]._replace(start=sentence.start + start, end=sentence.start + end)


# A headline's future: "Antigua and Barbuda to Host the Commonwealth … Meeting in 2026".
_HEADLINE_FUTURE = re.compile(
    r"\bto (?:host|hold|launch|sign|open|build|invest|double|triple|visit|meet|establish|join"
    r"|chair|create|set up|convene|stage|expand|boost|deepen|strengthen|raise|cut|step up"
    r"|lead|attend|depart|travel|address|represent|undertake|pay|inaugurate)\b",
    re.IGNORECASE,
)
_UNABLE_BEFORE = re.compile(
    r"\b(?:struggles?|struggling|unable|refuses?|refused|refusing|fails?|failed|failing"
    r"|again|ordered|forced|reluctant|afford|pressure|how|why|what|whether)\s+$",
    re.IGNORECASE,
)
_QUESTION_HEADLINE = re.compile(r"\W*(?:how|why|what|whether|can|will|should)\b", re.I)
# ... or an office holder: "Minister Dlamini Zuma to depart for DRC"
_OFFICE = re.compile(
    r"\b(?-i:(?:President|Minister|Prime Minister|Premier|Chancellor|Secretary|Ambassador"
    r"|Envoy|Leader)s?|PM|King|Queen|Emir|Crown Prince)\b"
)
# A press release's headline written as a sentence, its office holder first: "Minister
# Dlamini Zuma to depart for DRC ahead of the working visit …."
_HEADLINE_SENTENCE = re.compile(
    r"\W*(?=(?:[A-Z][\w.'’-]*\s+){0,2}" + _OFFICE.pattern + r")(?:[A-Z][\w.'’-]*\s+){1,6}(?=to\s)"
)


# What was agreed or called for is the complement of the verb, not a clause of its own:
# "We agree that an early settlement will advance … and must therefore be pursued",
# "call on Russia to end its invasion and agree to a ceasefire". A modal or a bare verb
# after such a verb belongs to it, up to a semicolon.
_TAKES_COMPLEMENT = re.compile(
    r"(?:\bthat|^(?:call|calls|called|calling|urge|urges|urged|urging|invite|invites|invited"
    r"|encourage|encourages|encouraged|ask|asks|asked)\b.*)$",
    re.IGNORECASE,
)
_INSIDE_COMPLEMENT = re.compile(
    r"(?:will|would|shall|must|should)(?: not)?$|(?:agree|commit|decide|pledge|undertake)\b",
    re.IGNORECASE,
)
_BARE_AFTER_AND = re.compile(r"\band\s+$", re.IGNORECASE)
_COMMA_AND_BEFORE = re.compile(r",\s+and\s+$", re.IGNORECASE)


_REDUCED_RELATIVE = re.compile(r"to (?:be|take) ", re.IGNORECASE)
# (", and that …" goes on with the same verb's complement)
_ANOTHER_SUBJECT = re.compile(r",\s+and\s+(?!that\b)(?:[\w'’-]+\s+){1,8}$", re.IGNORECASE)
# "looked forward to the Summit, which will be held in Lima in July": the relative
# clause says when the meeting is, as "to be held in July" would; it is not a clause
# of its own
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|that)\s+$", re.IGNORECASE)
# "We commit to continuing negotiations …, with the expectation that negotiations should
# conclude by the end of 2022": what the parties expect of the act they commit to, its
# deadline, not a second commitment
_EXPECTATION_BEFORE = re.compile(
    r",\s+with\s+the\s+(?:expectation|hope)\s+that\s+[^,;]*$", re.IGNORECASE
)


def _lemma(words: str) -> str:
    """A cue's verb without its ending: "agrees to", "agreed that" are "agree"."""
    verb = words.split(maxsplit=1)[0].lower() if words.strip() else ""
    return re.sub(r"(?:e?s|e?d|ing|e)$", "", verb)


def _outside_complements(s: str, found: list[Cue]) -> list[Cue]:
    kept: list[Cue] = []
    governing: Cue | None = None
    dropped: int | None = None  # where the complement's last modal ends
    for cue in found:
        # "they scheduled a meeting … to be held in June": the meeting's, under the verb
        if _REDUCED_RELATIVE.match(cue.words) and any(c.verb for c in kept):
            continue
        if (
            cue.kind == "future"
            and _RELATIVE_BEFORE.search(s, max(0, cue.start - 9), cue.start)
            and MEETING_HELD.match(s, cue.end)
            and any(c.verb for c in kept)
        ):
            continue
        modal = cue.kind == "future" or cue.words.lower().startswith(("must", "should"))
        if modal and any(c.verb for c in kept) and _EXPECTATION_BEFORE.search(s, 0, cue.start):
            continue
        if governing is not None and ";" in s[governing.end : cue.start]:
            governing = None
        if governing is not None and _INSIDE_COMPLEMENT.match(cue.words):
            verb = not s.startswith(" of", cue.end)  # "call for action and pledge of $23bn"
            # "agreed that the first round will begin on 17 January, and future rounds
            # will take place every five weeks": the second subject's clause is its own
            # ("agreed that this review needs to be coordinated …, and the Parties will
            # return to the issue": the same, after a complement without a modal)
            second = (
                modal
                and _ANOTHER_SUBJECT.search(
                    s, dropped if dropped is not None else governing.end, cue.start
                )
                is not None
            )
            # "agree that agricultural development is an effective approach, and agree to
            # strengthen cooperation": the same verb again is the subject's second act
            # ("decided that the two sides will take stock and decide on next steps": no
            # comma, the complement's own verb)
            again = (
                not modal
                and _lemma(cue.words) == _lemma(governing.words)
                and _COMMA_AND_BEFORE.search(s, max(0, cue.start - 8), cue.start) is not None
            )
            if (
                not second
                and not again
                and (
                    modal or (verb and _BARE_AFTER_AND.search(s, max(0, cue.start - 6), cue.start))
                )
            ):
                dropped = cue.end if modal else dropped
                continue
        kept.append(cue)
        if cue.verb and cue.kind in ("pledge", "intent") and _TAKES_COMPLEMENT.search(cue.words):
            governing = cue
    return kept


# "The declaration calls on countries to …", "the Authority calls on": a voice of the
# parties'; "The seriousness of the challenge calls upon the two sides": a thing's
_CALLS = re.compile(
    r"calls (?:for|on|upon)\b"
    # "The recent outbreak of Zika highlights the need to strengthen": what a thing shows
    r"|(?:highlights|underscores|underlines|stresses|emphasi[sz]es|demonstrates|shows"
    r"|reflects|illustrates|confirms|reinforces) the\b"
    # "These priorities seek to deepen connectivity": what a thing is for
    r"|seek to\b",
    re.IGNORECASE,
)
_IT_BEFORE = re.compile(r"\s*it\s+(?:also\s+|further\s+)?", re.IGNORECASE)
_DOCUMENT_SUBJECT = re.compile(
    # (not "The expansion of the bloc calls for reform": what the body's growth needs)
    r"(?<!\bof the )(?<!\bof )\b(?:declaration|statement|communiqu[eé]|resolution|summit"
    r"|meeting|conference|assembly|authority|forum|union|organi[sz]ation|community|alliance"
    r"|document|text"
    # "the coalition calls for ambitious action": a body of the parties
    r"|coalition|group|council|committee|commission|bloc|secretariat|presidency)"
    # "The Bucharest Declaration, adopted by the OSCE PA in the Romanian capital, calls for"
    r"(?:,[^,.;]{1,80},)?\s+(?:also\s+)?$",
    re.IGNORECASE,
)


# "Recalling that the Council met in 2019, the Ministers decided to launch …": the
# preamble tells what came before; its dates are not the decision's


def _recalled_preamble(s: str, found: list[Cue]) -> list[tuple[int, int]]:
    if not PREAMBLE_RECALL.match(s):
        return []
    comma = s.find(",")
    main = next(
        (
            c
            for c in found
            if c.verb
            and comma != -1
            and c.start > comma
            and not c.words.lower().startswith("recall")
        ),
        None,
    )
    # "…, held in Chapultepec in 1945, proposed a plan": the recalled subject's own verb,
    # with no subject of its own after the comma
    if main is None or not s[s.rfind(",", 0, main.start) + 1 : main.start].strip():
        return []
    return [(0, s.rfind(",", 0, main.start) + 1)]


# A preambular paragraph, "Bearing in mind that the 1991 Santiago Commitment decided to
# initiate a process of consultation;", "Recalling that the Summit instructed the OAS
# to …": what another body did, told as the ground for what follows
_PREAMBLE_THAT = re.compile(
    r"\W*(?:recalling|bearing in mind|underscoring|considering|recogni[sz]ing|acknowledging)"
    r"(?:\s+(?:also|further))?\s+that\s+(?!we\b|they\b)",
    re.IGNORECASE,
)
_PAST_VERB = re.compile(r"[a-z]+ed\b")
# a phrase set before the clause that tells of something else: a subordinate clause
# ("As Spain prepares for its presidency in 2023,") or a participle ("Marking the 60th
# anniversary this year,"); not one that says from when ("Beginning in 2027,")
_CIRCUMSTANCE = re.compile(
    rf"\W*(?:{MOTIVE}|in recognition of|considering"
    r"|as(?!\s+(?:early|soon|late|of|from|long|(?:a|an|the)\s+(?:first|second|next|last"
    r"|final)\b)\b)|while|whereas|since|although|though|given|"
    r"(?!(?:beginning|starting|commencing|during|following|including|according|"
    r"concerning|regarding|pending|notwithstanding|spring|morning|evening|upcoming)\b)"
    r"[a-z]+ing)\b",
    re.IGNORECASE,
)
_DEADLINE_WORDS = re.compile(rf"(?:{DEADLINE_WORDS}|within)\b", re.IGNORECASE)
_NEED = re.compile(r"need", re.IGNORECASE)  # no past tense, for all its "-ed"
_BARE_TIME_BEFORE = re.compile(
    r"\W*(?:(?:for|in|from|over|during|throughout|starting|beginning|between)\s+)?", re.IGNORECASE
)
_BREAK_AFTER = re.compile(r"\s*[,;:\u2013\u2014]")
_RUN_ON = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.\s*[A-Z]")  # not "H.E. Mr. Sun"
_PHRASE_BREAK = re.compile(r"[,;:\u2013\u2014]")
_OWN_EXPECTATION = re.compile(r"expects? to", re.IGNORECASE)
_OPENING_PAST = re.compile(r"\W*(?:(?:in|on|at|during)\s+)?", re.IGNORECASE)
_OPENING_WHEN = re.compile(r"\W*")
_OPENING_OCCASION = re.compile(
    # ("In a summit meeting between the ROK and Canada in March 2014, the heads of state
    # agreed to": the occasion named by its article)
    rf"\W*(?:{ITEM_MARK}\s+)?"
    # (not "In the wake of the earthquake of February 2023,", "In the context of": a
    # cause or a setting, not the occasion of the act)
    r"(?:at|during|following|after|in\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|summit|talks|visit|conversation|call|session|conference|consultations?"
    # (an occasion dated "since" another is not dated by it: "In the first meeting of the
    # Commission since the summit talks held in July 2014, the two sides agreed")
    r"|dialogue|retreat))\s+(?:(?!\bsince\b)[^,;.]){0,80}?"
    r"(?:\s|['’]s\s)",
    re.IGNORECASE,
)
_SUBJECT_AFTER_COMMA = re.compile(
    # ", the two prime ministers agreed": up to two words before the party's
    # (", the international community committed to": the parties as one)
    rf"[,;]\s+(?:the\s+)?(?:\w+\s+){{0,2}}(?:we|they|community|{PARTY_WORDS})\b"
    # ", Australia and the United States pledged": parties by name before their verb
    r"|[,;]\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}"
    r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})?"
    # (a verb of their own: not "the Summit held in Quebec City, Canada asked the Committee")
    r"\s+(?:(?:also|further|jointly|\w+ly)\s+)?(?:pledged|agreed|decided|committed|resolved"
    r"|reaffirmed|reiterated|will|shall|reaffirm|agree|commit)\b",
    re.IGNORECASE,
)


# "as agreed by the two Prime Ministers on 4 December": a day told, after the future
_TOLD_SINCE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )\b(?:agreed|decided|signed|adopted|held|announced|reached|marked"
    r"|met)\b",
    re.IGNORECASE,
)


_OPENING_DAY = re.compile(
    rf"\W*(?:on\s+)?(?:(?:{WEEKDAY_WORDS}),?\s+)?",
    re.IGNORECASE,
)


# "to establish diplomatic relations as of January 1, 1979", "effective from 24 January":
# the day a decision takes effect, which may be the day it is written
_TAKES_EFFECT = re.compile(
    r"\b(?:as (?:of|from)|effective(?: (?:from|as of|on))?|with effect (?:from|as of))\s+$",
    re.IGNORECASE,
)


def _takes_effect(s: str, t: Found) -> bool:
    """Whether ``t`` is the day a thing takes effect; not a day of reckoning that opens
    the sentence or a phrase ("As of September 20, 2022, over 100 States have endorsed …",
    "- As of 10 May", "According to the Secretariat, as of 10 May 2024, 90 projects are
    under way", "welcomed the accession, effective as of 10 May")."""
    effect = _TAKES_EFFECT.search(s, max(0, t.start - 30), t.start)
    if effect is None:
        return False
    before = s[: effect.start()].rstrip()
    return bool(re.search(r"[^\W\d_]", before)) and not before.endswith(
        (",", ";", ":", "(", "—", "–")
    )


def _governed_by_future(s: str, t: Found) -> bool:
    """Whether a future verb governs time ``t``: one before it with no act told between
    ("will co-chair the session … on Friday, 19 April"), or one after a time that opens
    the sentence ("On Friday 28th June, 2024, President Nyusi is scheduled to address");
    not "Leaders who met in Brussels on 30 May agreed that the EU will continue"."""
    futures = list(_TOLD_AHEAD.finditer(s, 0, t.start))
    if futures and not _TOLD_SINCE.search(s, futures[-1].end(), t.start):
        return True
    if not _OPENING_DAY.fullmatch(s, 0, t.start):
        return False
    after = _TOLD_AHEAD.search(s, t.end, t.end + 120)
    return after is not None and not _TOLD_SINCE.search(s, t.end, after.start())


# "the roadmap we endorsed today", "the Dialogue inaugurated today", "the challenges it
# faces today": a clause of its own, or a participle, between the future verb and the day
_TOLD_BETWEEN = re.compile(
    r"\b(?:we|they|he|she|it|who|which|that|\w+ed|set out|made|held|met|took|gave|began)\b",
    re.IGNORECASE,
)


def _today_ahead(s: str, t: Found) -> bool:
    """Whether "today", "tonight" or "later this evening" is the day of an act still to come:
    a future verb governs it directly ("will attend the Council in Luxembourg today")."""
    if not _governed_by_future(s, t):
        return False
    futures = list(_TOLD_AHEAD.finditer(s, 0, t.start))
    return not futures or not _TOLD_BETWEEN.search(s, futures[-1].end(), t.start)


_TOLD_ON = re.compile(
    r"\b(?:\w+ed|said|met|held|told|made|took|gave|signed|began|spoke)\s+$", re.IGNORECASE
)


def _coming(s: str, t: Found, declared: dt.date | None) -> Found:
    """A day without its year that a future verb governs ("Uganda will host the forum on
    12 June", written in November) is the next such day, not the nearest one gone by."""
    if t.kind != "day_no_year" or not _governed_by_future(s, t):
        return t
    if is_ahead(t, declared, today=True):
        return t
    again = time_expressions(t.words, declared, coming=True)
    if len(again) != 1:
        return t
    return again[0]._replace(start=t.start + again[0].start, end=t.start + again[0].end)


def _fronted_circumstance(
    s: str, t: Found, cue: Cue, clause_start: int, declared: dt.date | None
) -> bool:
    """Whether time ``t`` sits in a phrase set before the cue's clause by a comma and
    says when an act told was done ("During the visit from October 20-22, 2025, the
    Leaders decided to elevate …") or what the phrase itself tells of ("As Spain
    prepares for its presidency in the second half of 2023, leaders intend to …")."""
    if cue.start < 0 or t.end > cue.start or _DEADLINE_WORDS.match(t.words):
        return False
    if not _PHRASE_BREAK.search(s, t.end, cue.start) or _RUN_ON.search(s, t.end, cue.start):
        return False  # (a run-on sentence, "in 2023.To this end, they agreed": not before it)
    breaks = [m.end() for m in _PHRASE_BREAK.finditer(s, clause_start, t.start)]
    phrase = breaks[-1] if breaks else clause_start
    if (
        cue.kind != "future"
        and _PAST_VERB.match(cue.words)
        and not _NEED.match(cue.words)
        # the occasion of the act ("During the official visit from October 20-22,
        # 2025,", "This year,"), not a time alone, still ahead, that dates it ("Next
        # year, the leaders agreed to meet", "Over the next three years, China pledged")
        and not (
            _BARE_TIME_BEFORE.fullmatch(s, phrase, t.start)
            and _BREAK_AFTER.match(s, t.end)
            and declared is not None  # (without one, a year told may be gone by)
            and t.window is not None
            and t.window.start is not None
            and (t.window.start > declared or t.kind in _LENGTHS)
        )
    ):
        return True
    return bool(_CIRCUMSTANCE.match(s, phrase))


def _told_in_a_preamble(s: str, found: list[Cue]) -> int | None:
    """Where a preambular paragraph of what another body did ends (at the comma or
    semicolon before the parties' own clause, else at the sentence's end); or None."""
    opening = _PREAMBLE_THAT.match(s)
    if opening is None:
        return None
    first = next((c for c in found if c.verb and c.start >= opening.end()), None)
    if first is None:
        return None
    # "Recognizing that this level of ambition would require new terms, the leaders
    # announced plans to": what a thing would need, the ground for the parties' own clause
    modal = first.kind == "future"
    if not (_PAST_VERB.match(first.words) or modal):
        return None
    # "Acknowledging that the LDCs had the most at stake, Ministers re-affirmed …": the
    # parties' own clause follows a comma; "…; we will meet again in Lima": a semicolon
    main = _SUBJECT_AFTER_COMMA.search(s, opening.end())
    if main is None:
        return None if modal else len(s)
    return None if main.start() < first.start else main.start() + 1


# "Kazakhstan will", "Kazakhstan also will", "Italy's government will": the party is
# the subject; "Russian hostile incursions will" names a thing.
_NEXT_TO_ITS_VERB = re.compile(r"(?:['’]s\s+\w+)?\s*(?:(?:also|further|too|now|then|in turn)\s+)*")


# "OSCE calls for enhanced dialogue", "The AU also calls on": a body known by its
# letters, standing next to its verb
# (not "The spread of HIV calls for", "Projects financed by the ADB seek to", "WAR IN
# UKRAINE HIGHLIGHTS": the letters after a word of their own are no subject)
_ACRONYM_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|while)\s+)\W*(?:(?i:the)\s+)?"
    r"(?-i:[A-Z][A-Z0-9&-]*[A-Z0-9])\s+(?:(?:also|further|again|therefore)\s+)?$"
)


def _acts_as_subject(s: str, a: int, verb_at: int, named: list[Mention]) -> bool:
    """The parties, a body, or a party named just before the verb at ``verb_at`` (the
    last words are enough to look at: a subject stands next to its verb)."""
    return bool(PERSONAL_SUBJECT.search(s, max(a, verb_at - 80), verb_at)) or any(
        a <= m.start and _NEXT_TO_ITS_VERB.fullmatch(s, m.end, verb_at) for m in named
    )


# "we have agreed on the following:": a lead-in; the list under it holds the promises.
# With a colon, the list is often part of the sentence ("agreed to the following: 1. …").
_LEAD_IN = re.compile(
    r"\s*(?:(?:on|upon)\s+)?(?:the\s+following(?:\s+[\w-]+){0,2}|as\s+follows)\s*\.?\s*$"
)
# "This vision was endorsed by the Supreme Council … in December 2015": an approval told;
# "welcomed the launching of the exercise in January 2005": a welcome of what was done
_TOLD_APPROVAL = re.compile(r"(?:was|were|has been|have been|had been) ", re.IGNORECASE)
# "We believe this joint Summit will lead to greater trust": the parties' judgement of an
# effect, not a promise
_OUR_BELIEF = re.compile(
    # (not "They believe in multilateralism": a creed, not a view of what will happen)
    r"\b(?:we|they) (?:\w+ )?(?:believe(?! in\b)|think|trust|hold that|are (?:\w+ )?"
    r"(?:confident|convinced))\b"
    # "two events which he believed would continue to define ASEAN"
    r"|\b(?:he|she) (?:\w+ )?(?:believes|believed|thinks|thought)\b(?! in\b)"
    # "The Ministers believe that the transition will create jobs": anyone's view
    r"|\b(?:believe|believes|believed) that\b"
    r"|\b(?:share|shared|shares|expressed|express) the (?:\w+ )?view that\b"
    # "expressed confidence that it will accelerate cooperation", "judge that they will
    # contribute to an atmosphere"
    r"|\b(?:convinced|confident|conviction|belief|confidence) that\b|\bjudged? that\b"
    # "We are concerned that the recent seismic activities will destabilise sunken vessels":
    # a risk feared
    r"|\b(?:concerned|worried|fear|fears|feared) that\b",
    re.IGNORECASE,
)


# "… hosted by Kazakhstan", "… to be chaired by Italy": the agent of a passive
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


_OWNED = re.compile(r"['’]s?\s")
_OWNS_AN_INTENT = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}(?:intentions?|commitments?|support|interest|determination"
    r"|desire|readiness|willingness|resolve|aim|goal|wish|hope|plans?)\b",
    re.IGNORECASE,
)
_NAME_GOES_BEFORE = re.compile(r"(?-i:[A-Z])[\w.-]*\s+$")
_JOINED_TO = re.compile(r"\s*(?:,|and|&)\s*(?:,\s*)?|\s*,\s*and\s+", re.IGNORECASE)
_OWNER_NAMED = re.compile(r"(?-i:[A-Z])[\w.-]*['’]s?\s")
# "a round table in the Central Asia–Italy format", "the Italy–Kazakhstan Business
# Council": a country joined to another in the name of a format, a meeting or a body
# (not the headline's "Japan–Italy to hold a round table": the two, acting)
_IN_A_NAME = re.compile(
    r"(?:\s*[-–—]\s*(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?)?"
    r"\s+(?:(?-i:[A-Z])\w+\s+)?(?:format|summit|dialogue|forum|council|commission|committee"
    r"|relations|partnership|cooperation|framework|platform|mechanism|initiative|programme"
    r"|program|agreement|treaty|declaration|meeting|conference)s?\b",
    re.IGNORECASE,
)


def _acting(
    s: str,
    a: int,
    cue: Cue,
    inside: list[Mention],
    in_sentence: list[Mention],
    sentence_cues: list[Cue],
) -> tuple[str, ...]:
    """The parties that act: the cue's subject ("Rome seeks supplies beyond Russia and
    China" is Italy's), else a passive's agent ("hosted by Kazakhstan"), else the subject
    a clause shares with the sentence's first ("Kazakhstan agreed to …, and will …"), or
    a gapped one ("… and Italy the fourth meeting in 2026"). Never the objects: "we
    decided to use Russian assets" is not Russia's promise; none named, none given."""
    actors = [m for m in in_sentence if not m.venue and not _IN_A_NAME.match(s, m.end)]
    # "the Italian Foreign Minister conveyed Japan's intention to host": the cue names
    # whose intention it is, whoever conveys it (not "accepted Japan's invitation": the
    # one who accepts acts)
    if _OWNS_AN_INTENT.search(cue.words):
        owned = [
            m
            for m in actors
            if cue.start <= m.start < cue.end
            and _OWNED.match(s, m.end)
            and not _NAME_GOES_BEFORE.search(s, 0, m.start)  # "Air India's", "Michael Jordan's"
        ]
        if owned:
            # "Argentina and Chile's commitment": both
            joined = [
                m
                for m in actors
                if cue.start <= m.start < owned[0].start
                and _JOINED_TO.fullmatch(s, m.end, owned[0].start)
            ]
            return tuple(dict.fromkeys(m.code for m in joined + owned))
        if _OWNER_NAMED.search(s, cue.start, cue.end):
            return ()  # "conveyed ASEAN's intention": an owner that is no party
    if a <= cue.start:
        own = [m.code for m in actors if a <= m.start < cue.start]
    else:  # the cue governs from an earlier clause: a subject opening this one
        own = [m.code for m in actors if a <= m.start and not s[a : m.start].strip(" ,;")]
    agents = [m.code for m in actors if a <= m.start and _BY_BEFORE.search(s, a, m.start)]
    first = sentence_cues[0].start if sentence_cues else cue.start
    shared = [m.code for m in actors if m.start < min(first, a)]
    return tuple(dict.fromkeys(own or agents or shared))


# "Kyrgyzstan set to host the next summit", "France will host the next Summit in Evian"
_HOSTING_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:host|hosts|hosting|to host)\b", re.IGNORECASE
)


# A venue is where something is held: "the next summit in Kyrgyzstan", "will be held in
# Italy", "meet in Rome", "a visit to Astana and talks in Tashkent"
_EVENT_BEFORE = re.compile(
    r"\b(?:summit|meeting|conference|forum|session|talks|visit|round|games|festival|expo"
    r"|dialogue|consultations?|ceremony|exercise|congress|council|convention|cop\d*|event"
    r"|fair|exhibition|retreat|commission|committee|week|year|hold|held|holding|meet|meets|met"
    r"|convene|convened|take place|takes place|took place|be hosted|travel|stay|arrive|gather)"
    r"[^.;]{0,60}$",
    re.IGNORECASE,
)


def _host(s: str, inside: list[Mention], declared: dt.date | None) -> str | None:
    """The country named as the subject of "host", else as a venue ("in Rome") — not a
    venue of the past ("the statement issued in Beijing in November 2023")."""
    for m in inside:
        if not m.venue and _HOSTING_AFTER.match(s, m.end):
            return m.code
    for m in inside:
        if not m.venue or not _EVENT_BEFORE.search(s, max(0, m.start - 80), m.start):
            continue  # "support de-mining efforts in Ukraine": a place, not a venue
        after = s[m.end : m.end + 40]
        if any(not is_ahead(t, declared) for t in time_expressions(after, declared)):
            continue
        return m.code
    return None


# "We  endorse the  Actions" (a PDF's or a copied page's spacing): any run of spaces, of
# whatever kind, reads as one, as the cues and the time expressions are written
# a run of spaces, a space that is not " ", or a control character read as a space
# ("agreed\x00to" agrees; the quote, taken from the text as written, keeps it)
_SPACES = re.compile(rf"(?:[^\S\n]|[{CONTROL_CLASS}]){{2,}}|[^\S \n]|[{CONTROL_CLASS}]")


def _from_sentence(
    sentence: Sentence,
    settings: Settings,
    commentary: bool,
    text: str,
    under: Cue | None = None,
    inherited: Found | None = None,
    verb_item: bool = False,
    marked: bool = False,
) -> list[Candidate]:
    """The sentence's candidates. ``under``: the verb of a list's lead-in, when the
    sentence is an item of that list (its places are the sentence's, so before it);
    ``inherited``: the lead-in's deadline, the item's when it has none of its own;
    ``verb_item``: the lead-in ends on "to:", so the item is a clause of its own;
    ``marked``: a bullet or a number marks it as an item, lead-in or not."""
    spaced, places = _single_spaced(sentence)
    return [
        _as_written(c, sentence, places, text)
        for c in _from_clauses(
            spaced, settings, commentary, text, under, inherited, verb_item, marked
        )
    ]


def _single_spaced(sentence: Sentence) -> tuple[Sentence, list[int]]:
    """The sentence with each run of spaces one space, and each character's place in
    the sentence as written."""
    if not _SPACES.search(sentence.text):
        return sentence, list(range(len(sentence.text)))
    places: list[int] = []
    single = []
    at = 0
    for run in _SPACES.finditer(sentence.text):
        single.append(sentence.text[at : run.start()])
        places.extend(range(at, run.start()))
        single.append(" ")
        places.append(run.start())
        at = run.end()
    single.append(sentence.text[at:])
    places.extend(range(at, len(sentence.text)))
    return sentence._replace(text="".join(single)), places


def _as_written(c: Candidate, sentence: Sentence, places: list[int], text: str) -> Candidate:
    """A candidate found in the single-spaced sentence, placed in the text as written,
    its cue's and deadline's words too (a line break that only wrapped "agreed" and "to"
    stays a line break)."""

    def start(p: int) -> int:
        i = p - sentence.start
        if i < 0:
            return p  # a list's lead-in, before the sentence
        return sentence.start + (places[i] if i < len(places) else len(sentence.text))

    def end(p: int) -> int:
        i = p - sentence.start
        return p if i <= 0 else sentence.start + places[i - 1] + 1

    a, b = start(c.start), end(c.end)
    deadline = c.deadline
    if deadline is not None:
        a_, b_ = start(deadline.start), end(deadline.end)
        deadline = deadline._replace(start=a_, end=b_, words=text[a_:b_])
    cue_at = start(c.cue_start)
    cue = c.cue if cue_at < sentence.start else text[cue_at : end(c.cue_start + len(c.cue))]
    return c._replace(
        start=a,
        end=b,
        quote=text[a:b],
        sentence=sentence,
        cue=cue,  # the words as written, so that a terminal can mark them
        cue_start=cue_at,
        deadline=deadline,
    )


# "ALSO READ: Xi urges China and EU to …": a page's link to another story
_LINK_LINE = re.compile(
    # or a heading over such links, alone in its sentence: "Must read"
    r"\W*(?:(?:also read|read also|read more)\s*:|(?:must read|most read|read next"
    r"|related (?:articles|stories|news))\W*$)",
    re.I,
)
# "By continuing to browse the site, you are agreeing to our use of cookies."
_COOKIES = re.compile(
    r"\b(?:cookie policy|cookie settings|accept (?:all )?cookies|(?:site|website) uses cookies"
    r"|continuing to browse|external links to other"
    # a government site's scam warning: "Government officials will NEVER ask you to
    # transfer money or disclose bank log-in details over a phone call."
    r"|officials will never ask you to|will (?:never|not) ask (?:you|users|visitors) (?:to|for)"
    # "Links to external websites are provided for convenience only and should not be
    # construed as an endorsement": a site's disclaimer
    r"|links to external (?:web)?sites|provided for (?:your )?convenience only"
    r"|should not be construed as an endorsement"
    # "MSF website will undergo scheduled maintenance on Saturday": the site's notice
    r"|(?:web)?site will (?:undergo|be under(?:going)?) (?:scheduled )?maintenance)\b",
    re.IGNORECASE,
)


def _from_clauses(
    sentence: Sentence,
    settings: Settings,
    commentary: bool,
    text: str,
    under: Cue | None,
    inherited: Found | None = None,
    verb_item: bool = False,
    marked: bool = False,
) -> list[Candidate]:
    s = sentence.text
    if _LINK_LINE.match(s) or _COOKIES.search(s):
        return []  # a page's furniture
    if not _more_than(s, ""):
        return []  # ";" or "2." alone: no words, no clause
    # an item under a lead-in, or marked as one ("2. Expand Korea's scholarship programs"
    # under a heading of its own)
    item_verb = imperative_item(s) if under is not None or marked else None
    if is_heading(s):
        # a headline's verbs ("India, Australia vow to push …"), not a heading's nouns
        # ("Two-Tier Commitment to Strengthen Capabilities")
        # "China, Russia to expand": a party named before "to"
        first_party = min((m.start for m in mentions(s)), default=len(s))
        office = _OFFICE.search(s)
        first_party = min(first_party, office.start() if office is not None else len(s))
        sentence_cues = [c for c in cues(s) if c.verb] + [
            Cue(m.start(), m.end(), m.group(0), "future", True, 0.5)
            for m in _HEADLINE_FUTURE.finditer(s)
            if first_party < m.start()
            # "Kenya Struggles to Pay Its Debt", "Why Japan Refuses to Undertake Reforms",
            # "How Kenya Plans to Pay": news of a difficulty or a question, no pledge
            and not _UNABLE_BEFORE.search(s, max(0, m.start() - 24), m.start())
            and not _QUESTION_HEADLINE.match(s)
        ]
        sentence_cues.sort()
    else:
        sentence_cues = cues(s)
        if item_verb is not None and all(c.start != item_verb.start for c in sentence_cues):
            sentence_cues.insert(0, item_verb)  # "- Expand Korea's scholarship programs"
        headline = _HEADLINE_SENTENCE.match(s)
        future = _HEADLINE_FUTURE.match(s, headline.end()) if headline is not None else None
        if future is not None and not any(c.verb and c.start < future.end() for c in sentence_cues):
            sentence_cues.insert(
                0, Cue(future.start(), future.end(), future.group(0), "future", True, 0.5)
            )
    if not sentence_cues and under is None:
        return []
    embedded = _embedded(s)
    # what a thing will do ("which will further enhance cooperation") is not a promise
    sentence_cues = [c for c in sentence_cues if not _inside(c.start, embedded)] or sentence_cues
    sentence_cues = _outside_complements(s, sentence_cues)
    preamble = _recalled_preamble(s, sentence_cues)
    if preamble and _PREAMBLE_THAT.match(s):
        told: int | None = preamble[0][1]  # "Recalling that …, the Deputies invited"
    else:
        told = _told_in_a_preamble(s, sentence_cues)
    if told is not None:
        # its cues are the other body's acts ("Recalling that the Council proposed a
        # plan, the Ministers agreed to …": only "agreed to" is the parties')
        sentence_cues = [c for c in sentence_cues if c.start >= told]
        preamble = [(0, told)]
        if not sentence_cues and under is None:
            return []
    brackets = _merged(_parenthesised(s) + embedded + preamble)
    # "The Summit, which will be held in Lima in July, will adopt": the meeting's date
    # is the act's
    undated = _merged(
        _parenthesised(s) + [e for e in embedded if not MEETING_RELATIVE.match(s, e[0])] + preamble
    )
    today = _TOLD_AHEAD.search(s) is not None
    every_time = time_expressions(s, settings.declared)
    # "today", "later this evening" date only an act still to come ("will attend the
    # Council in Luxembourg today"), never one told ("Today, President Biden welcomed")
    every_time = [t for t in every_time if t.kind != "today" or _today_ahead(s, t)]
    if today:
        every_time = [_coming(s, t, settings.declared) for t in every_time]
    # "on Tuesday, 2 January 2024": the weekday names the date next to it, so it is
    # not read as the Tuesday after the text when that date has gone by
    naming = {
        id(day)
        for day, after in itertools.pairwise(every_time)
        if day.kind == "weekday"
        and after.kind != "weekday"
        and _SPAN_FOLLOWS.fullmatch(s, day.end, after.start) is not None
    }
    # "will co-chair the session on Friday, 19 April 2024", written that day: the day
    # itself is still to come in a sentence told in the future (not "was accorded a
    # welcome on …"), when no later day dates it ("We, meeting on 1 November 2018, …
    # the review to be held in September 2019")
    dating = [
        t
        for t in every_time
        if id(t) not in naming
        and not _inside(t.start, undated)
        # "agreed on Friday to build …": the day an act was told, not a Friday to come
        and not (t.kind == "weekday" and _TOLD_ON.search(s, max(0, t.start - 30), t.start))
    ]
    times = [t for t in dating if is_ahead(t, settings.declared)]
    if not times:
        times = [
            t
            for t in dating
            if is_ahead(
                t,
                settings.declared,
                today=(today and _governed_by_future(s, t)) or _takes_effect(s, t),
            )
        ]
    # "In June 2022, the two leaders met in Ottawa and expressed their commitment to …":
    # a sentence that opens on a day gone by tells of that day (its past verbs are then)
    first_time = every_time[0] if every_time else None
    told_then = None
    if (
        first_time is not None
        and first_time.window is not None
        and settings.declared is not None
        # (the day of the text itself is today's, "On 21 January, we agreed to elevate",
        # and so is the meeting's a few days before a release is published)
        and (settings.declared - first_time.window.end).days > 7
    ):
        if _OPENING_PAST.fullmatch(s, 0, first_time.start) and s.startswith(",", first_time.end):
            told_then = first_time.end
        # "At a meeting on November 13, 2015, between …, the two sides underscored",
        # "During President Buhari's July 20-22, 2015, visit to Washington, the two …":
        # the occasion the sentence opens on, its day gone by, is when its acts were told
        elif _OPENING_OCCASION.fullmatch(s, 0, first_time.start):
            main = _SUBJECT_AFTER_COMMA.search(s, first_time.end, first_time.end + 250)
            told_then = main.start() if main is not None else None
    if not sentence_cues and not times and not verb_item:
        return []  # an item with neither a cue nor a date of its own stays with its list
    # never cut inside a time expression ("between March and May"), nor before a
    # relative clause that says when a meeting is (", which will take place in June")
    unjoined = _merged(
        brackets
        + [(t.start, t.end) for t in times]
        + [(m.start(), m.end()) for m in MEETING_RELATIVE.finditer(s)]
    )
    parts = _parts(
        s,
        [c.start for c in sentence_cues],
        [t.start for t in times],
        unjoined,
        {c.start: c.end for c in sentence_cues},
    )
    verbs = _main_first(s, [c for c in sentence_cues if c.verb])
    governing = verbs[0] if verbs else None if sentence_cues else under
    opening = (imperative_opening(s) or item_verb) if under is not None else None
    approved = bool(_APPROVAL.search(s)) and any(c.kind == "proposal" for c in sentence_cues)
    whole_sentence = len(parts) == 1
    named_in_sentence = mentions(s)
    result = []
    effect_before = False
    # looked for once a sentence, not once a cue: a sentence of a thousand "will"s
    belief = _OUR_BELIEF.search(s)
    belief_at = belief.start() if belief is not None else len(s)
    hedge_at = frame_at(s)
    for a, b in parts:
        a, b = _trimmed(s, a, b, whole_sentence)
        part = s[a:b]
        inner = [c for c in sentence_cues if a <= c.start < b]
        cue = _choose(s, inner, governing)
        part_times = [t for t in times if a <= t.start < b]
        if (
            cue is None
            or (
                not inner
                and not part_times
                and not (verb_item and cue is under)
                # "…; and to develop modalities": an infinitive after a semicolon, the cue's
                and not (a > 0 and s[a - 2 : a].strip() in (";", "") and _TO_VERB.match(part))
            )
        ):
            continue
        if (
            cue.kind == "forecast"
            and a <= cue.start < b
            and _OWN_EXPECTATION.fullmatch(cue.words)
            and _acts_as_subject(s, a, cue.start, named_in_sentence)
        ):
            # "Japan expects to further deepen the relationship", "we expect to see": the
            # party's own expectation of what it will do, an intent (not another's forecast)
            cue = cue._replace(kind="intent")
        if under is not None and opening is not None and cue.start == opening.start:
            # "intend to: - Continue to support …": the lead-in's verb says how firm the
            # item's imperative is
            cue = cue._replace(kind=under.kind)
        local = cue._replace(start=cue.start - a, end=cue.end - a)
        if a <= cue.start < b and not_a_commitment(part, local):
            # "They held a discussion and, reflecting on the need for understanding,
            # agreed to support a report": a noun or a participle ruled out leaves the
            # part's other cues; a finite verb ruled out ("noted that 2017 will mark the
            # anniversary") governs what it reports, and nothing in it stands
            head = cue.words.split()[0].lower()
            framing = head.endswith("ing") or head in _FRAMING_NOUNS
            # (a cue before it, or after a comma that ends its phrase: not one of its own
            # complement, "discussed the need for donors to pledge $1 billion")
            others = [
                c
                for c in inner
                if c is not cue and (c.end <= cue.start or "," in s[cue.end : c.start])
            ]
            fallback = _standing(part, a, others) if framing else None
            if fallback is None:
                continue
            cue = fallback
        if not (a <= cue.start < b) and not_a_commitment(part, cue._replace(start=0, end=0)):
            continue
        if cue.kind == "future" and a <= cue.start < b:
            # "The Ministers believe that the transition will create jobs": the believer
            # is not the subject of what follows "that"
            after = belief.end() if belief is not None and belief_at < cue.start else a
            subject = _acts_as_subject(s, max(a, after), cue.start, named_in_sentence)
            # "…, and will promote further cooperation": the same subject as before
            shared = effect_before and not s[a : cue.start].strip()
            foreseen = EFFECT.match(s, cue.end) or belief_at < cue.start
            # "two events which he believed would define ASEAN": the believer is no subject
            believed = belief is not None and not s[belief.end() : cue.start].strip()
            effect_before = bool((foreseen and not subject) or shared or believed)
            if effect_before:
                continue  # "These steps will enable progress": an effect foreseen
        if a <= cue.start < b and _LEAD_IN.match(s, cue.end, b):
            continue
        if (
            a <= cue.start < b
            and _CALLS.match(cue.words)
            and s[a : cue.start].strip()
            and not _acts_as_subject(s, a, cue.start, named_in_sentence)
            and not _DOCUMENT_SUBJECT.search(s, max(a, cue.start - 80), cue.start)
            and not _ACRONYM_SUBJECT.search(s, a, cue.start)
            and not _IT_BEFORE.fullmatch(s, a, cue.start)  # "It underlines": the body's
        ):
            continue  # "The scale of the crisis calls for our unity": a thing's demand
        if (
            # "endorsed the Framework in 2014", written in 2015: an approval of that year
            (
                _TOLD_APPROVAL.match(cue.words)
                or cue.words.lower().startswith(
                    ("welcom", "endorsed", "adopted", "approved", "a decision", "the decision")
                )
            )
            and not part_times
            and any(
                not is_ahead(t, settings.declared)
                # ("The Council today approved", told; "Today, President Biden welcomed
                # the commitment to provide vaccines": a welcome, said now)
                and not (t.kind == "today" and cue.words.lower().startswith("welcom"))
                for t in time_expressions(part, settings.declared)
            )
        ):
            continue
        # (a lead-in's cue, before the sentence, is not hedged by it)
        voice = commentary or (
            cue.kind == "future" and cue.start >= 0 and is_hedged(s, cue, hedge_at)
        )
        strength: Strength = "pledge" if approved else strength_of(cue.kind, voice)
        if cue.kind not in ("future", "forecast") and not _SCHEDULED.search(cue.words):
            # "agreed on Monday": in a report a bare weekday is when it happened
            part_times = [t for t in part_times if t.kind != "weekday"]
            # "In February, the two leaders agreed to this Dialogue": a month without a
            # year opening the sentence, before a verb in the past, is when it was done
            if (
                part_times
                and part_times[0].kind in ("month_no_year", "day_no_year")
                and _OPENING_WHEN.fullmatch(s, 0, part_times[0].start)
                and s.startswith(",", part_times[0].end)
                and _PAST_VERB.match(cue.words)
            ):
                part_times = part_times[1:]  # when it was done
                if not part_times:
                    continue  # and nothing ahead: an act told
        # a date in a phrase before the clause is not the clause's deadline
        if a <= cue.start < b:
            part_times = [
                t for t in part_times if not _fronted_circumstance(s, t, cue, a, settings.declared)
            ]
        if (
            told_then is not None
            and not part_times
            and cue.start > told_then
            and _PAST_VERB.match(cue.words)
        ):
            continue
        if (
            not part_times
            and cue.kind == "future"
            and _HEADLINE_FUTURE.fullmatch(cue.words)
            and any(a <= t.start < b for t in every_time)
        ):
            continue  # "Minister Tajani to visit Tallinn on 12 March", read after it: news
        deadline = _most_precise(part_times, s)
        if deadline is None and cue.kind == "future" and SCHEDULE_PRESENT.match(cue.words):
            continue  # "he returns to Pretoria": a habit or a report, without a date ahead
        shared = deadline is None and inherited is not None
        if shared:
            deadline = inherited
        confidence = cue.confidence - (0.1 if cue not in inner else 0.0)
        if deadline is not None:
            confidence += 0.05
        if (
            deadline is not None
            and not shared
            and not a <= cue.start < b
            and not _more_than(part, deadline.words)
        ):
            continue  # "… on 21/9/2027 and 23/9/2027.": a date alone is no clause
        inside = [m for m in named_in_sentence if a <= m.start < b]
        named = tuple(dict.fromkeys(m.code for m in inside))
        acting = _acting(s, a, cue, inside, named_in_sentence, sentence_cues)
        # with a summit, its parties that the sentence names as acting ("Sweden and Latvia
        # pledged to complete the study"), else all of them ("We", "the leaders")
        summit_acting = tuple(p for p in acting if p in settings.parties)
        parties = (summit_acting or settings.parties) if settings.parties else acting
        host = _host(s, inside, settings.declared)
        title = make_title(
            part,
            local if a <= cue.start < b else None,
            (deadline.start - a, deadline.end - a) if deadline is not None and not shared else None,
        )
        result.append(
            Candidate(
                start=sentence.start + a,
                end=sentence.start + b,
                quote=text[sentence.start + a : sentence.start + b],  # as written
                sentence=sentence,
                title=title,
                strength=strength,
                cue=cue.words,
                cue_start=sentence.start + cue.start,
                confidence=round(min(0.95, max(0.05, confidence)), 2),
                deadline=(
                    deadline._replace(
                        start=sentence.start + deadline.start, end=sentence.start + deadline.end
                    )
                    if deadline is not None
                    else None
                ),
                parties=parties,
                named=named,
                host=host,
            )
        )
    return result
