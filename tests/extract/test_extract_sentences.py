"""The segmenter's spans: ours are placed as pysbd places them, without its pattern per
sentence (a differential test against pysbd's own code)."""

from __future__ import annotations

from pathlib import Path

import pysbd  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st

from commitments.extract.sentences import _segmenter, char_spans, sentences

SOURCES = Path(__file__).resolve().parents[2] / "docs" / "sources"

# What pysbd's rules turn on: abbreviations, numbers, quotations, brackets, breaks.
_PIECES = st.sampled_from(
    [
        "We",
        "agreed",
        "to",
        "meet",
        "in",
        "2026.",
        "Mr.",
        "Dr. Smith",
        "U.S.",
        "e.g.",
        "Ltd.",
        "No. 5",
        "i.",
        "a)",
        "1.",
        "“",
        "”",
        '"',
        "(",
        ")",
        "...",
        "?",
        "!",
        ".",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "\u00a0",
        "\u2028",
        "The",
        "leaders",
        "will",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map(" ".join) | st.lists(_PIECES, max_size=40).map("".join)


def _pysbds_own(sentences: list[str], text: str) -> list[tuple[str, int, int]]:
    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.original_text = text
    spans = pysbd.Segmenter.sentences_with_char_spans(segmenter, sentences)
    return [(s.sent, s.start, s.end) for s in spans]


@given(
    text=_TEXTS,
    picks=st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=12),
    strays=st.lists(_PIECES.filter(bool), max_size=3),
)
@settings(max_examples=300, deadline=None)
def test_spans_are_placed_as_pysbd_places_them(
    text: str, picks: list[tuple[int, int]], strays: list[str]
) -> None:
    # sentences cut from the text anywhere (repeats, overlaps, out of order) and some
    # that are not in it at all
    sentences = [text[at : at + n] for at, n in picks if text[at : at + n]] + strays
    assert char_spans(sentences, text) == _pysbds_own(sentences, text)


@given(_TEXTS)
@settings(max_examples=200, deadline=None)
def test_our_segmenter_cuts_as_pysbd_does(text: str) -> None:
    assert _segmenter().segment(text) == pysbd.Segmenter(language="en", clean=False).segment(text)


def test_the_seed_texts_are_cut_as_pysbd_cuts_them() -> None:
    for source in sorted(SOURCES.glob("*.txt")):
        for paragraph in source.read_text(encoding="utf-8").split("\n\n"):
            ours = _segmenter().segment(paragraph)
            assert ours == pysbd.Segmenter(language="en", clean=False).segment(paragraph)


def test_a_sentence_found_again_before_the_last_end_is_placed_after_it() -> None:
    text = "Yes. Yes. No."
    assert char_spans(["Yes.", "Yes.", "No."], text) == [
        ("Yes. ", 0, 5),
        ("Yes. ", 5, 10),
        ("No.", 10, 13),
    ]
    assert char_spans(["Maybe."], text) == []


def test_a_title_before_a_name_ends_no_sentence() -> None:
    # pysbd knows "Mr." and "Dr." but cuts after "Hon.", "Rt." and "Amb."
    text = (
        "She will call on the Hon. Dato' Seri Abdullah Ahmad Badawi on 24 June 2005. "
        "The Rt. Hon. Jacinda Ardern and Amb. Katherine Tai spoke. Hon. Members agreed."
    )
    assert [s.text for s in sentences(text)] == [
        "She will call on the Hon. Dato' Seri Abdullah Ahmad Badawi on 24 June 2005.",
        "The Rt. Hon. Jacinda Ardern and Amb. Katherine Tai spoke.",
        "Hon. Members agreed.",
    ]


def test_a_short_line_a_wrapped_one_ran_into_wraps_on_in_lower_case() -> None:
    # a declaration's text with hard line breaks of uneven width
    text = (
        "1. We, the Heads of Government of the Commonwealth of Nations, meeting at\n"
        "Abuja, Nigeria from 5 to 8 December 2003, commit ourselves\n"
        "to strengthen\n"
        "development and democracy, through partnership for peace and prosperity.\n"
        "Partnership for Peace\n"
        "and Prosperity\n"
    )
    got = [s.text for s in sentences(text)]
    assert got[0].endswith(
        "commit ourselves to strengthen development and democracy, through"
        " partnership for peace and prosperity."
    )
    # a short line of its own (a heading) still stands alone
    assert got[1:] == ["Partnership for Peace", "and Prosperity"]
