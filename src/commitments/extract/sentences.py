"""Sentences, found by a real segmenter (pysbd: abbreviations, numbers, quotations),
each with its place in the text so that a quote is always an exact substring of it."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import pysbd  # type: ignore[import-untyped]

# pysbd's rules are regular expressions over the whole paragraph, and its cost per
# character grows with the piece (10 µs a character of ". . ." at 2,000 characters, 37
# at 20,000): a paragraph longer than this is cut first, at a full stop, else a space.
LONGEST_PARAGRAPH = 3_000


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


@functools.cache
def _segmenter() -> pysbd.Segmenter:
    import pysbd  # startup: extract only

    return pysbd.Segmenter(language="en", clean=False)


_PARAGRAPH = re.compile(r"[^\n]+")


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """Lines of the text (paragraphs, headings, list items), long ones cut at spaces."""
    for match in _PARAGRAPH.finditer(text):
        start, line = match.start(), match.group(0)
        while len(line) > LONGEST_PARAGRAPH:
            cut = line.rfind(". ", LONGEST_PARAGRAPH // 2, LONGEST_PARAGRAPH) + 1
            if cut <= 0:
                cut = line.rfind(" ", 0, LONGEST_PARAGRAPH)
            cut = cut if cut > 0 else LONGEST_PARAGRAPH
            yield start, line[:cut]
            start, line = start + cut, line[cut:]
        yield start, line


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, surrounding spaces left out."""
    found = []
    segment = _segmenter().segment
    for offset, piece in _pieces(text):
        if not piece.strip():
            continue
        at = 0
        for part in segment(piece):
            stripped = part.strip()
            if not stripped:
                continue
            where = piece.find(stripped, at)
            if where < 0:  # the segmenter changed the text: keep what can be found
                continue
            at = where + len(stripped)
            found.extend(_quoted_sentences(offset + where, stripped))
    return found


# pysbd keeps a quotation whole ("“Interest was expressed in … Continued efforts were
# also noted,” the document states."): inside one, a full stop after a lower-case word
# and before a capital still ends a sentence.
_INNER_END = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z“\"‘])")


def _quoted_sentences(start: int, text: str) -> list[Sentence]:
    found, at = [], 0
    for match in _INNER_END.finditer(text):
        found.append(Sentence(start + at, start + match.start(), text[at : match.start()]))
        at = match.end()
    found.append(Sentence(start + at, start + len(text), text[at:]))
    return found
