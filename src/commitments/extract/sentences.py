"""Sentences, found by a real segmenter (pysbd: abbreviations, numbers, quotations),
each with its place in the text so that a quote is always an exact substring of it."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from commitments.extract.cues import SECTION_NUMBER

if TYPE_CHECKING:
    import pysbd  # type: ignore[import-untyped]

# pysbd's rules are regular expressions over the whole paragraph, and its cost per
# character grows with the piece (10 µs a character of ". . ." at 2,000 characters, 37
# at 20,000; 50,000 words of "Ltd. " took 11.7 s in pieces of 3,000, 4.9 s in pieces of
# 1,000): a paragraph longer than this is cut first, where a sentence surely ends (a
# word's full stop before a capital), else at a full stop, else a space.
LONGEST_PARAGRAPH = 1_000
_SURE_END = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z“\"‘])")


class Sentence(NamedTuple):
    """A sentence at ``start:end`` of the text; ``text`` is as read, with the line
    breaks that only wrapped a line read as spaces."""

    start: int
    end: int
    text: str


_TRAILING_SPACE = re.compile(r"\s*")


def char_spans(sentences: list[str], text: str) -> list[tuple[str, int, int]]:
    """Where pysbd places its ``sentences`` in ``text``: for each, the first of the
    non-overlapping occurrences of it and the spaces after it (what ``re.finditer``
    finds for the sentence escaped and ``\\s*``) that ends past the last one placed.

    pysbd does this with a pattern compiled for every sentence, and those patterns
    pushed its own and ours out of ``re``'s cache of 512: a third of the time on the
    held-out sets went on compiling. Proven equal to pysbd's own by a differential test.
    """
    spans: list[tuple[str, int, int]] = []
    prior_end = 0
    # A sentence's occurrences are the same chain each time it comes again ("Yes. Yes."),
    # and the last end only grows: what was passed over once is passed over again, so
    # its scan goes on from where it stopped (linear, where pysbd's is quadratic).
    resume: dict[str, int] = {}
    for sentence in sentences:
        at = resume.get(sentence, 0)
        while (start := text.find(sentence, at)) >= 0:
            end = _TRAILING_SPACE.match(text, start + len(sentence)).end()  # type: ignore[union-attr]
            at = end
            if end > prior_end:
                spans.append((text[start:end], start, end))
                prior_end = end
                break
        else:
            at = len(text) + 1
        resume[sentence] = at
    return spans


@functools.cache
def _segmenter() -> pysbd.Segmenter:
    import pysbd  # startup: extract only
    from pysbd.utils import TextSpan  # type: ignore[import-untyped]

    class Segmenter(pysbd.Segmenter):  # type: ignore[misc]
        def sentences_with_char_spans(self, sentences: list[str]) -> list[TextSpan]:
            if not all(sentences):  # an empty pattern steps on as finditer does
                spans: list[TextSpan] = super().sentences_with_char_spans(sentences)
                return spans
            return [TextSpan(*span) for span in char_spans(sentences, self.original_text)]

    return Segmenter(language="en", clean=False)


# A line break inside a paragraph that only wraps the line (a PDF's text, a mail): the
# line before it is long and does not end a sentence, and the next is not a list item.
# (A blank line too, when the line before ends on a word that needs what follows and
# the next goes on in lower case: "we emphasise the importance of", a blank line, then
# "further strengthening BRICS solidarity", as a PDF's text is copied.)
# (a control character at a line's end is no word: what comes before it decides,
# "by 2026.\x00" ends the line, "a joint fund for \x00" wraps)
# The control characters that are neither a space nor a line break (NUL, ESC, DEL, C1):
# no word and no end, read as a space where sentences are cut and cues are read.
CONTROLS = "".join(
    chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]
)
CONTROL_CLASS = re.escape(CONTROLS)  # inside a character class: [{CONTROL_CLASS}]
_WRAP = re.compile(
    rf"(?<=[^\s.!?:;”\"’)\]{CONTROL_CLASS}])"
    rf"[ \t{CONTROL_CLASS}]*\n(?:[ \t]*\n)*"
    # (not before an item: "- Establish", "-Establish" set close, "2. Expand", "(2)
    # Exchange information", "(b) Technical exchange"; a bracketed number or letter
    # before a capital only: "Article 4", then "(a) of this Agreement" on the next
    # line, is a reference that wraps)
    # ("o Member States to report": a bullet typed as the letter o)
    r"(?=[ \t]*(?![-*•‣◦]\s|o[ \t]+[A-Z]|[-•▪][A-Z][a-z]|\d{1,2}[.)]\s"
    rf"|{SECTION_NUMBER}\s+[A-Z]"
    r"|\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+[A-Z])\S)"
)
_LINE = re.compile(r"[^\n]+")
SHORTEST_WRAPPED = 30  # characters: shorter lines are headings, names, list items
# ... unless the line ends on a word that needs what follows: "THE SUMMIT DECIDED TO",
# "THE SUMMIT DIRECTED" (an operative verb wants its object), "the Council and"
_OPEN_END = re.compile(
    r"\b(?:the|a|an|of|to|and|or|for|with|by|in|on|at|that|which|directed|decided|agreed"
    # "… Moldova and Ukraine as" over "new participating countries": a preposition or a
    # possessive in lower case wants its noun (not a heading's "Strength From Within",
    # "Smart Mobility and ITS")
    r"|(?-i:as|from|into|than|between|among|upon|towards?|within|including|our|their|its"
    r"|through|during)"
    r"|resolved|urged|requested|instructed|called|invited|encouraged|mandated|tasked"
    # "… Meeting on 26" over "July.": a date goes on
    r"|(?:on|by|from|until) \d{1,2})$",
    re.IGNORECASE,
)
# "Mr Peters will be" over "in Fiji from 25 to 27 July.": a verb wants the rest, when
# the next line goes on in lower case ("WHO WE ARE" over "The Council will" is a heading)
_VERB_END = re.compile(r"\b(?:will|shall|would|be|is|are|was|were)$", re.IGNORECASE)
LONGEST_WRAP = 160  # characters: wider lines were not wrapped by a writer or a PDF


# A heading: a line of a few capitalised words without a full stop ("Two-Tier
# Commitment to Strengthen Capabilities"). It names a topic; the sentences under it
# say what was promised.
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
    ]
)


def is_heading(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 14 or text.rstrip()[-1:] in '.!?;:,”"’)':
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= max(1, len(content) * 3 // 4)


# Every line break reads as "\n", in a character of its own: a Windows file's "\r\n"
# (its "\r" a space), an old Mac's lone "\r", a vertical tab or form feed, NEL and
# Unicode's line and paragraph separators. pysbd would cut a sentence at any of them.
LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
_OTHER_BREAK = re.compile("\r(?!\n)|[\x0b\x0c\x85\u2028\u2029]")
# An item of a list: a bullet or a number, then its words ("- Hold a round table",
# "2) Release the report", "o Member States to publish")
# ("1.1 Further strengthen cooperation": an item numbered within its section)
ITEM_MARK = (
    r"(?:[-•·*‣◦–▪]|o(?=\s+[A-Z])|\(?(?:[0-9]{1,3}|[a-h]|[ivx]{1,4})[.)]"
    # (not a figure: "2.5 Billion euros will be provided", "1.5 Degrees is the limit")
    rf"|{SECTION_NUMBER}"
    r"(?=\s+(?!(?i:billion|million|trillion|thousand|hundred"
    r"|degrees?|per|percent|times|tonnes?|tons?|hectares?|gigawatts?|megawatts?)\b)[A-Z]))"
)
# ("-Establish management plans": a dash set close to its item, as pages copy it)
LIST_ITEM = re.compile(rf"\s*(?:{ITEM_MARK}(?:\s+\S|\s*$)|[-•▪](?=[A-Z][a-z]))")


def unwrapped(text: str) -> str:
    """``text`` with the line breaks that only wrap a line made spaces (the same length,
    so every place in it is the same place in ``text``)."""
    if not text.isascii() or "\r" in text or "\x0b" in text or "\x0c" in text:
        text = _OTHER_BREAK.sub("\n", text.replace("\r\n", " \n"))
    if "\n" not in text:
        return text
    chars = list(text)
    for match in _WRAP.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        length = match.start() - line_start
        next_end = text.find("\n", match.end())
        next_length = (len(text) if next_end < 0 else next_end) - match.end()
        # wrapping makes lines of one width: a headline above a paragraph that is one
        # long line ("Allied leaders pledge to …" over the report) was not wrapped
        open_end = bool(_OPEN_END.search(text, line_start, match.start())) or (
            bool(_VERB_END.search(text, line_start, match.start()))
            and text[match.end() : match.end() + 1].islower()
        )
        if match.group(0).count("\n") > 1 and not (
            _OPEN_END.search(text, line_start, match.start())
            and text[match.end() : match.end() + 1].islower()
        ):
            continue  # a blank line ends a paragraph, unless its words plainly go on
        line = text[line_start : match.start()]
        # "Joint Statement of the Leaders of Italy and Kazakhstan" over "The leaders
        # agreed …": a title in Title Case over a sentence is not a wrapped line
        titled = (
            not open_end
            # (a line the one before it wrapped into is no title of its own)
            and not (line_start and chars[line_start - 1] == " ")
            and is_heading(line)
            and line != line.upper()
            and text[match.end() : match.end() + 1].isupper()
        )
        # "- Hold a round table on water" over "in Rome.": an item's line wraps
        # (a line that is an item itself, "o Sign a treaty", "ii. sign it", never does)
        item_wraps = (
            bool(LIST_ITEM.match(line))
            and text[match.end() : match.end() + 1].islower()
            and not LIST_ITEM.match(text, match.end())
        )
        # "…, commit ourselves" over "to strengthen" over "development and democracy": a
        # short line a wrapped one ran into, going on in lower case, wraps too
        # (not over an item: "o Member States to publish", "a) establish a fund")
        runs_on = (
            line_start > 0
            and chars[line_start - 1] == " "
            and text[match.end() : match.end() + 1].islower()
            and not LIST_ITEM.match(text, match.end())
        )
        # "* establish a monitoring centre next year" over "Climate finance" over "* mobilise
        # USD 500 million": a heading between a list's items, not the item's last words
        next_line = text[match.end() : len(text) if next_end < 0 else next_end]
        heads_items = (
            not open_end
            and bool(LIST_ITEM.match(line))
            and next_line[:1].isupper()
            and is_heading(next_line)
            and next_end >= 0
            and bool(LIST_ITEM.match(text, next_end + 1))
        )
        if (
            (length >= SHORTEST_WRAPPED or open_end or item_wraps or runs_on)
            and not titled
            and not heads_items
            and next_length <= max(LONGEST_WRAP, 2 * length)
        ):
            for at in range(match.start(), match.end()):
                chars[at] = " "
    return "".join(chars)


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """Paragraphs of the text (headings and list items on their own), long ones cut."""
    for match in _LINE.finditer(unwrapped(text)):
        start, line = match.start(), match.group(0)
        while len(line) > LONGEST_PARAGRAPH:
            ends = [
                m.end() for m in _SURE_END.finditer(line, LONGEST_PARAGRAPH // 2, LONGEST_PARAGRAPH)
            ]
            cut = (
                ends[-1]
                if ends
                else line.rfind(". ", LONGEST_PARAGRAPH // 2, LONGEST_PARAGRAPH) + 1
            )
            if cut <= 0:
                cut = line.rfind(" ", 0, LONGEST_PARAGRAPH)
            cut = cut if cut > 0 else LONGEST_PARAGRAPH
            yield start, line[:cut]
            start, line = start + cut, line[cut:]
        yield start, line


# pysbd reads the information separators U+001C-U+001F as spaces and then fails on
# them ("10\x1e12." is no number to it); Word writes U+001E and U+001F for its
# non-breaking and optional hyphens. Any other of the ``CONTROLS`` is no word either:
# "by 2026.\x00 The leaders" ends a sentence; nor is U+FFFD, what a decoder puts for a
# byte it cannot read ("&#0;" in a page). A space of the same length keeps every place.
_SEPARATORS = str.maketrans(CONTROLS + "\ufffd", " " * (len(CONTROLS) + 1))


# Titles pysbd does not know as abbreviations: "will call on the Hon. Dato' Seri
# Abdullah Ahmad Badawi", "the Rt. Hon. Jacinda Ardern", "Amb. Katherine Tai". Before a
# capitalised name they end no sentence.
_TITLE_END = re.compile(r"(?<![\w.])(?:Hon|Rt|Amb|HON|RT|AMB)\.$")
_NAME_OPENS = re.compile(r"['’‘]?[A-Z]")


def _segmented(piece: str) -> list[str]:
    """The sentences pysbd finds in ``piece`` (its separators read as spaces)."""
    try:
        parts: list[str] = _segmenter().segment(piece)
    except (ValueError, IndexError, TypeError, RecursionError):  # its rules, not ours
        return [piece]
    return parts


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, surrounding spaces left out."""
    found = []
    for offset, piece in _pieces(text):
        if not piece.strip():
            continue
        at = 0
        plain = piece.translate(_SEPARATORS)
        spans: list[tuple[int, int]] = []
        for part in _segmented(plain):
            stripped = part.strip()
            if not stripped:
                continue
            where = plain.find(stripped, at)
            if where < 0:  # the segmenter changed the text: keep what can be found
                continue
            at = where + len(stripped)
            if (
                spans
                and _TITLE_END.search(plain, spans[-1][0], spans[-1][1])
                and _NAME_OPENS.match(stripped)
            ):
                spans[-1] = (spans[-1][0], at)
            else:
                spans.append((where, at))
        for where, at in spans:
            found.extend(_quoted_sentences(offset + where, piece[where:at]))
    return found


# pysbd keeps a quotation whole ("“Interest was expressed in … Continued efforts were
# also noted,” the document states."): inside one, a full stop after a lower-case word
# (or a year: "… by 2030. We also agreed …", or a bracket: "… [General Assembly]. We
# note …") and before a capital still ends a sentence.
# A copied page may have lost the space after a full stop ("circumstances.Triple the"):
# a word of three small letters, a full stop and a capitalised word end a sentence too.
_INNER_END = re.compile(
    r"(?:(?<=[a-z]{3}[.!?])|(?<=\d{4}[.!?])|(?<=[a-z][\])][.!?]))\s+(?=[A-Z“\"‘])"
    r"|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]+\b)"
)


def _quoted_sentences(start: int, text: str) -> list[Sentence]:
    found, at = [], 0
    for match in _INNER_END.finditer(text):
        found.append(Sentence(start + at, start + match.start(), text[at : match.start()]))
        at = match.end()
    found.append(Sentence(start + at, start + len(text), text[at:]))
    return found
