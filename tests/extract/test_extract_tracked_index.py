"""Which ledger commitment a candidate is, looked up in an index of the ledger's quotes,
words and titles (a text of 16,000 sentences against a ledger of 16,000 commitments
took 52 s when every pair was compared), proven equal to comparing every pair on
random ledgers and texts made from a small vocabulary, so that quotes often hold one
another and share words, some commitments have no quote and some a candidate's title."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from commitments.extract.candidates import Candidate, Settings, extract
from commitments.extract.entries import (
    _GENERIC,
    _bare,
    _deadline,
    _enough,
    _Index,
    _known,
    _long_enough,
    _runs,
    _same_occasion,
    content_words,
    tracked,
)
from commitments.model import Commitment
from commitments.write.requests import reads_same

VOCABULARY = [
    "water", "energy", "trade", "health", "forum", "meeting", "summit", "host", "hold",
    "the", "a", "will", "by", "in", "2026", "2027", "next", "year", "Italy", "Japan",
    "agreed", "to", "on", "and", "round", "table",
]  # fmt: skip
DECLARED = dt.date(2025, 5, 30)


def every_pair(
    candidates: list[Candidate], ledger: list[Commitment], summit: str | None
) -> list[tuple[str | None, str | None]]:
    """`tracked`'s docstring, compared pair by pair."""
    out: list[tuple[str | None, str | None]] = []
    # the words of three titles or more: the ledger's theme, not one promise
    in_titles = Counter(w for c in ledger for w in content_words(c.title))
    theme = {w for w, n in in_titles.items() if n >= 3}
    for candidate in candidates:
        mine, words, end = (
            _bare(candidate.quote),
            content_words(candidate.quote),
            candidate.window_end,
        )
        same = [
            c
            for c in ledger
            if (theirs := _bare(c.quote))
            and mine
            and (
                theirs == mine
                or (
                    _long_enough(mine)
                    and _long_enough(theirs)
                    and (mine in theirs or theirs in mine)
                )
            )
        ]
        if same:
            best = max(
                same,
                key=lambda c: (
                    _bare(c.quote) == mine,
                    end is not None and _deadline(c) == end,
                    len(content_words(c.title) & words),
                ),
            )
            out.append((best.id, None))
            continue
        title = content_words(candidate.title)
        alike = [
            c
            for c in ledger
            if _same_occasion(c, summit)
            and (
                reads_same(c.title) == reads_same(candidate.title)
                or (
                    end is not None
                    and (deadline := _deadline(c)) is not None
                    and deadline.year == end.year
                    and len(shared := title & (content_words(c.title) | content_words(c.quote))) * 2
                    >= len(title)
                    and len(shared) >= _enough(title)
                    and bool((title & content_words(c.title)) - _GENERIC - theme)
                )
                or (
                    len(common := words & content_words(c.quote)) * 3 >= len(words) * 2
                    and len(common) >= _enough(words)
                    and not (
                        end is not None
                        and (theirs_end := _deadline(c)) is not None
                        and theirs_end.year != end.year
                    )
                )
            )
        ]
        likeliest = max(
            alike,
            key=lambda c: (
                end is not None and _deadline(c) == end,
                len(content_words(c.title) & (title | words)),
            ),
            default=None,
        )
        out.append((None, likeliest.id if likeliest else None))
    return out


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(2, 12))) + "."


def a_case(seed: int) -> tuple[list[Candidate], list[Commitment]]:
    rng = random.Random(seed)
    text = " ".join(s[0].upper() + s[1:] for s in (sentence(rng) for _ in range(20)))
    text += " Italy will host a round table on water by 2026. Japan agreed to hold it in 2027."
    candidates = extract(text, Settings(declared=DECLARED))
    ledger = []
    for i in range(30):
        quote: str | None = sentence(rng)
        if rng.random() < 0.4 and candidates:
            # part of a candidate's quote, or the quote inside a longer one
            words = rng.choice(candidates).quote.split()
            start = rng.randint(0, len(words) // 2)
            quote = " ".join(words[start : rng.randint(start + 1, len(words))])
            if rng.random() < 0.5:
                quote = f"Moreover {rng.choice(candidates).quote} {sentence(rng)}"
        elif rng.random() < 0.2:
            quote = None  # typed by hand: a title, no quote
        title = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 5)))
        if rng.random() < 0.1 and candidates:
            title = rng.choice(candidates).title.upper()  # the same title, case aside
        ledger.append(
            Commitment(
                id=f"c{i}",
                title=title,
                due=rng.choice([None, "by 2026", "in 2027", "next year", "not a due"]),
                declared=DECLARED,
                quote=quote,
                summit=rng.choice([None, "one", "another"]),
            )
        )
    return candidates, ledger


@pytest.mark.parametrize("seed", range(60))
def test_the_index_finds_what_comparing_every_pair_finds(seed: int) -> None:
    candidates, ledger = a_case(seed)
    for summit in (None, "one"):
        found = [(c.tracked, c.similar) for c in tracked(candidates, ledger, summit)]
        assert found == every_pair(candidates, ledger, summit)


def test_the_cases_hold_both_kinds_of_match() -> None:
    # the comparison above proves little if no candidate is tracked or similar
    kinds = [pair for seed in range(60) for pair in every_pair(*a_case(seed), None)]
    assert sum(1 for t, _ in kinds if t) > 100
    assert sum(1 for _, s in kinds if s) > 100


def test_a_candidate_with_a_title_the_summit_has_already_is_perhaps_the_same() -> None:
    # (a newcomer's: `add` refuses a second "Closer cooperation among universities",
    # `extract --apply` appended it)
    [candidate] = extract(
        "We encourage closer cooperation among universities.", Settings(declared=DECLARED)
    )
    typed = Commitment(
        id="universities", title=candidate.title.lower(), declared=DECLARED, summit="one"
    )
    [seen] = tracked([candidate], [typed], "one")
    assert (seen.tracked, seen.similar) == (None, "universities")
    [elsewhere] = tracked([candidate], [typed._replace(summit="another")], "one")
    assert elsewhere.similar is None


def test_the_index_keeps_only_what_the_candidates_can_ask_for() -> None:
    # (an attacker's ledger of 200 quotes of 12,000 words each took 2 GB when every run
    # of five words and every word was indexed, 0.3 GB before the index)
    long_quote = " ".join(f"word{i}" for i in range(2_000)) + " Italy will host the forum."
    ledger = [Commitment(id="long", title="A long one", declared=DECLARED, quote=long_quote)]
    candidates = extract("Italy will host the forum in 2026.", Settings(declared=DECLARED))
    words = frozenset().union(
        *(content_words(c.quote) | content_words(c.title) for c in candidates)
    )
    runs = {_runs(_bare(c.quote))[0] for c in candidates}
    index = _Index([_known(c) for c in ledger], None, runs, words)
    assert set(index.quote_word) <= words
    assert {word for _, word in index.year_word} <= words
    assert set(index.holding) <= runs
    [seen] = tracked(candidates, ledger)
    assert (seen.tracked, seen.similar) == (None, "long")
