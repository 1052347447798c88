"""Candidates as the ledger will hold them: which ones it tracks already, where they
come from (`--summit`, `--declared`, the document), their ids, their TOML tables and
their JSON records. `--format toml`, `--apply` and `--review` all write these tables."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from commitments.due_expr import DueError, parse_due
from commitments.extract.candidates import Candidate
from commitments.extract.deadlines import DEADLINE_WORDS, is_ahead, time_expressions
from commitments.model import Commitment, Summit
from commitments.write.requests import reads_same, slugify
from commitments.write.tables import toml_table


class Provenance(NamedTuple):
    """What every candidate of one document shares."""

    declared: dt.date | None
    summit: Summit | None = None
    source: str | None = None  # the evidence's description: --source, else the document's
    url: str | None = None

    @property
    def summit_id(self) -> str | None:
        return self.summit.id if self.summit is not None else None


def _bare(text: str | None) -> str:
    """The words of a quote, as compared: case, spacing, dashes and punctuation aside,
    with a space at each end, so that "in" means a run of whole words ("program" is not
    in "programmed")."""
    words = _NOT_WORD.sub(" ", reads_same(text) or "").split()
    return f" {' '.join(words)} " if words else ""


_NOT_WORD = re.compile(r"[^\w%€$£¥]+")
# a quote shorter than this is too common to say the ledger holds the same promise
SHORTEST_HELD = 5  # words
# fewer words in common than this are chance ("put" and "first" of "Put its first
# contribution on the table" and "Put the first section out to tender"), unless the
# words are all but one of a short title's ("glaciers" of "Forum on glaciers")
SHARED_WORDS = 3


def _long_enough(bare: str) -> bool:
    """Whether a quote, bare (spaced at both ends), has ``SHORTEST_HELD`` words."""
    return bare.count(" ") - 1 >= SHORTEST_HELD


def _enough(words: frozenset[str]) -> int:
    return max(1, min(SHARED_WORDS, len(words) - 1))


_STOP = frozenset({
    "the", "and", "for", "with", "from", "that", "this", "their", "its", "our", "will",
    "have", "has", "was", "were", "are", "been", "also", "into", "over", "under",
    "between", "within", "about", "such", "than", "more", "most", "which", "who", "whom",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]{3,}")


def content_words(text: str | None) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall((text or "").casefold()) if w not in _STOP)


class _Known(NamedTuple):
    """A ledger commitment as candidates are compared with it."""

    commitment: Commitment
    bare: str
    title: frozenset[str]
    quote: frozenset[str]
    long_enough: bool
    deadline: dt.date | None


def _known(c: Commitment) -> _Known:
    bare = _bare(c.quote)
    return _Known(
        c, bare, content_words(c.title), content_words(c.quote), _long_enough(bare), _deadline(c)
    )


def _runs(bare: str) -> list[str]:
    """Each run of ``SHORTEST_HELD`` words of a bare quote, spaced at both ends."""
    words = bare.split()
    return [_run_at(words, i) for i in range(len(words) - SHORTEST_HELD + 1)]


def _run_at(words: list[str], i: int) -> str:
    return f" {' '.join(words[i : i + SHORTEST_HELD])} "


class _Index:
    """The ledger's quotes and words, looked up instead of compared one by one: a text
    of thousands of sentences against a ledger of thousands of commitments would
    otherwise take a comparison for every pair."""

    def __init__(
        self, known: list[_Known], summit: str | None, runs: set[str], words: frozenset[str]
    ) -> None:
        """``runs``: the first runs of the candidates' quotes, ``words``: their quotes' and
        titles' words; a commitment is kept by those only (every run and word of a ledger
        of long quotes took gigabytes)."""
        self.known = known
        self.exact: dict[str, list[int]] = {}
        self.first_run: dict[str, list[int]] = {}  # a long quote by its first words
        self.holding: dict[str, set[int]] = {}  # a candidate's first run: the quotes with it
        # the summit's commitments by each word of their quote, and those with a
        # deadline by its year and each word of their title and quote
        self.quote_word: dict[str, list[int]] = {}
        self.year_word: dict[tuple[int, str], list[int]] = {}
        self.titled: dict[str, list[int]] = {}  # the summit's commitments by their title
        for i, k in enumerate(known):
            if k.bare:
                self.exact.setdefault(k.bare, []).append(i)
            if k.bare and k.long_enough:
                quoted = k.bare.split()
                self.first_run.setdefault(_run_at(quoted, 0), []).append(i)
                for at in range(len(quoted) - SHORTEST_HELD + 1) if runs else ():
                    if (run := _run_at(quoted, at)) in runs:
                        self.holding.setdefault(run, set()).add(i)
            # what may be the same promise in other words: made at the same occasion
            # (with a quote or without one: a commitment typed by hand has a title)
            if _same_occasion(k.commitment, summit):
                for word in k.quote & words:
                    self.quote_word.setdefault(word, []).append(i)
                if k.deadline is not None:
                    for word in (k.title | k.quote) & words:
                        self.year_word.setdefault((k.deadline.year, word), []).append(i)
                if title := reads_same(k.commitment.title):
                    self.titled.setdefault(title, []).append(i)

    def quoting(self, mine: str, long_enough: bool) -> list[int]:
        """The commitments whose quote is ``mine``, or, both long enough, holds it or is
        held in it."""
        if not mine:
            return []
        found = set(self.exact.get(mine, ()))
        if long_enough:
            runs = _runs(mine)
            for run in runs:  # a ledger quote held in mine begins with one of my runs
                found.update(i for i in self.first_run.get(run, ()) if self.known[i].bare in mine)
            # one that holds mine has my first run among its own
            found.update(i for i in self.holding.get(runs[0], ()) if mine in self.known[i].bare)
        return sorted(found)

    def sharing(self, words: frozenset[str], least: int, year: int | None = None) -> set[int]:
        """The commitments that may share ``least`` of ``words`` (in their quote; else in
        their title or quote, with a deadline in ``year``): those holding one of its
        rarest words, all but ``least - 1`` of them (one that holds none of these holds
        at most ``least - 1`` of the words)."""
        if least > len(words):
            return set()

        def postings(word: str) -> list[int]:
            if year is None:
                return self.quote_word.get(word, [])
            return self.year_word.get((year, word), [])

        rarest = sorted(words, key=lambda w: (len(postings(w)), w))[: len(words) - least + 1]
        return {i for w in rarest for i in postings(w)}


def tracked(
    candidates: Sequence[Candidate], ledger: Iterable[Commitment], summit: str | None = None
) -> list[Candidate]:
    """Each candidate with ``tracked``: the id of a ledger commitment quoting it (the same
    words, or a quote that holds them or that they hold; case, spacing and dashes aside).
    Among several, the one with the same deadline, then the one whose title shares most
    words with the quote. Else ``similar``: a commitment with the same deadline year
    whose title and quote share half of the title's words (one of them in its title, and
    neither a word any meeting's title may hold nor one of three of the ledger's titles
    or more), or, unless both have deadlines of different years, whose quote shares most
    of the quote's, three words at least or all but one, or whose title is the same (as `add`
    refuses a second with it): perhaps the same promise, told in other words (by another
    source), but not one the ledger holds for another summit
    than ``summit``: "meet at least once a year" promised at Camp David is not the
    Quad's."""
    known = [_known(c) for c in ledger]
    theme = common_title_words(k.title for k in known)
    bares = [_bare(candidate.quote) for candidate in candidates]
    quotes = [content_words(candidate.quote) for candidate in candidates]
    titles = [content_words(candidate.title) for candidate in candidates]
    index = _Index(
        known,
        summit,
        {_run_at(mine.split(), 0) for mine in bares if _long_enough(mine)},
        frozenset().union(*quotes, *titles),
    )
    result = []
    for candidate, mine, words, title in zip(candidates, bares, quotes, titles, strict=True):
        end = candidate.window_end
        # a quote held inside another is the same promise only when both are long
        # enough: a ledger's "Spain opted to host." is not "Spain opted to host a summit
        # on energy in Madrid next year"
        same = [known[i] for i in index.quoting(mine, _long_enough(mine))]
        if same:
            best = max(
                same,
                key=lambda k: (
                    k.bare == mine,
                    end is not None and k.deadline == end,
                    len(k.title & words),
                ),
            )
            result.append(candidate._replace(tracked=best.commitment.id))
            continue
        # (shares half the title's words and ``_enough``; most of the quote's and
        # ``_enough``: the least a commitment must share to be looked at)
        maybe = index.sharing(words, max(-(-len(words) * 2 // 3), _enough(words)))
        if end is not None:
            maybe |= index.sharing(title, max(-(-len(title) // 2), _enough(title)), end.year)
        # the same title, as `add` refuses a second commitment with it
        titled = set(index.titled.get(reads_same(candidate.title) or "", ()))
        alike = [
            known[i]
            for i in sorted(maybe | titled)
            if i in titled
            or (
                _alike(known[i], title, words, end, theme)
                and not _told_apart(known[i], title | words)
            )
        ]
        # the likeliest: the same deadline, then the most title words in common
        likeliest = max(
            alike,
            key=lambda k: (end is not None and k.deadline == end, len(k.title & (title | words))),
            default=None,
        )
        result.append(candidate._replace(similar=likeliest.commitment.id if likeliest else None))
    return result


# A word in this many of the ledger's titles names the summit or the ledger's theme
# ("Central Asia–Italy"), not one promise
COMMON_IN_TITLES = 3


def common_title_words(titles: Iterable[frozenset[str]]) -> frozenset[str]:
    counts = Counter(w for title in titles for w in title)
    return frozenset(w for w, n in counts.items() if n >= COMMON_IN_TITLES)


def _alike(
    k: _Known,
    title: frozenset[str],
    words: frozenset[str],
    end: dt.date | None,
    theme: frozenset[str] = frozenset(),
) -> bool:
    """Whether a commitment may be the promise of a candidate (``title`` and ``words`` its
    title's and quote's content words, ``end`` its deadline) told in other words."""
    if end is not None and k.deadline is not None:
        if k.deadline.year != end.year:
            # ("finish the legal scrubbing by July 2026" is not "finish the works by June
            # 2027", nor the fifth conference of spring 2028 the fourth of spring 2026)
            return False
        if (
            len(shared := title & (k.title | k.quote)) * 2 >= len(title)
            and len(shared) >= _enough(title)
            # (and a word of what the ledger's title names: "The foreign ministers will
            # meet again next year" is not "Next Central Asia–Italy Summit" because the
            # latter's quote names the foreign ministers too)
            # (nor the words most of the ledger's titles hold: "A Central Asia–Italy
            # business forum will be held in Rome in 2027" is not the ledger's "Central
            # Asia–Italy event on sustainable energy technologies" of the same year)
            and bool((title & k.title) - _GENERIC - theme)
        ):
            return True
    common = words & k.quote
    return len(common) * 3 >= len(words) * 2 and len(common) >= _enough(words)


_ORDINALS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth",
})  # fmt: skip


def _told_apart(k: _Known, words: frozenset[str]) -> bool:
    """What sets two meetings apart however many words they share: another number ("the
    fifth Foreign Ministers' Conference" is not the ledger's fourth). Not another place:
    "the next summit in Italy" may be the ledger's next summit, moved."""
    mine = words & _ORDINALS
    theirs = (k.title & _ORDINALS) or (k.quote & _ORDINALS)
    return bool(mine and theirs and not mine & theirs)


# words any meeting's title may hold: sharing only these with a title says nothing
_GENERIC = frozenset({
    "next", "again", "hold", "held", "meet", "meeting", "year", "new", "first", "further",
})  # fmt: skip


def _same_occasion(c: Commitment, summit: str | None) -> bool:
    # (a commitment of no summit may be the same promise told by another source: a joint
    # statement's "round table on glaciers" and a summit's "forum on glaciers")
    return summit is None or c.summit is None or c.summit == summit


def _deadline(c: Commitment) -> dt.date | None:
    if c.due is None:
        return None
    try:
        return parse_due(c.due, declared=c.declared, hemisphere=c.hemisphere).end
    except DueError:
        return None


ID_WORDS = 5
_ID_STOP = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "with", "by", "at", "from",
    "its", "their", "our",
})  # fmt: skip


_POSSESSIVE = re.compile(r"['’]s\b")


def new_ids(candidates: Sequence[Candidate], taken: Iterable[str]) -> list[str]:
    """An id for each candidate from the first words of its title that say something
    ("Hold a round table on water resources" -> "hold-round-table-water-resources"),
    unique against ``taken`` and each other."""
    used = set(taken)
    ids = []
    tried: dict[str, int] = {}  # the next number to try for a base: counting from 2 each
    for candidate in candidates:  # time made 2,000 repeated titles quadratic
        # "Italy's offer" -> "italys-offer", not "italy-s-offer"
        title = _POSSESSIVE.sub("s", candidate.title)
        words = [w for w in title.split() if w.casefold() not in _ID_STOP]
        base = slugify(" ".join(words[:ID_WORDS]) or title, set())
        made, number = base, tried.get(base, 2)
        while made in used:
            made, number = f"{base}-{number}", number + 1
        tried[base] = number
        used.add(made)
        ids.append(made)
    return ids


# A promise said again in other words on the same page (a headline, a lead, a
# caption): the same deadline and strength, both said or both denied, no other party
# named, and every content word, figure and short name of the shorter wording in the
# longer. Five words at least: "strengthen cooperation" is in many a promise that is
# not the same one.
SAID_AGAIN_WORDS = 5
# how far back a wording is looked for: a headline and its body are near each other,
# and a page of thousands of candidates stays linear
SAID_AGAIN_WITHIN = 50


def _within(short: frozenset[str], long: frozenset[str]) -> bool:
    return len(short) >= SAID_AGAIN_WORDS and short <= long


_ENDING = re.compile(r"(?:ing|ed|es|s)$")
# what a stem cannot tell: a figure ("100 million" is not "5 million"), a short name
# ("AU" is not "EU")
_FIGURE_OR_NAME = re.compile(r"\d+(?:[.,]\d+)*|\b[A-Z]{2,}\b")
_NOT = re.compile(r"\b(?:not|never|no|nor)\b|n[’']t\b", re.IGNORECASE)


def _said(quote: str) -> frozenset[str]:
    """What a wording says, as compared: its content words by their stems (a headline's
    "agree to hold" is the body's "agreed to hold"), its figures and its short names."""
    stems = {_stem(w) for w in content_words(quote)}
    return frozenset(stems | set(_FIGURE_OR_NAME.findall(quote)))


def _stem(word: str) -> str:
    return _ENDING.sub("", word).rstrip("e") if len(word) > 4 else word


def _same_promise(one: Candidate, other: Candidate) -> bool:
    # "proposed to hold" and "will hold", "agreed to deploy" and "agreed not to deploy":
    # two promises, however many words they share
    return (
        one.window_end == other.window_end
        and one.strength == other.strength
        and bool(_NOT.search(one.quote)) == bool(_NOT.search(other.quote))
        and _same_parties(one.named, other.named)
    )


def _same_parties(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    # "The Japanese side stated that it would consider the invitation" and "The Chinese
    # side stated …": two promises; a headline naming the parties and a body that says
    # "the two countries" may be one
    return not one or not other or set(one) == set(other)


# who speaks and how it is told, not what is promised: what a wording said again may
# hold that the other has not
_FRAMING = frozenset(_stem(w) for w in [
    "sides", "side", "parties", "they", "we", "agreed", "agree", "agrees", "decided",
    "decide", "committed", "commit", "pledged", "pledge", "announced", "announce", "also",
    "further", "today", "jointly", "together", "said", "stated", "confirmed", "reaffirmed",
])  # fmt: skip


# ("two hundred a year" is not "five hundred a year": only a reference to the parties
# goes, not its number alone)
_PARTIES_TOLD = re.compile(
    r"\b(?:(?:the|both|all)\s+(?:two\s+|three\s+|four\s+)?|(?:two|three|four)\s+)"
    r"(?:sides|parties|countries|governments|leaders|ministers|presidents|delegations)\b",
    re.IGNORECASE,
)


def _told(quote: str) -> frozenset[str]:
    """What a wording promises, without who says it and how."""
    return _said(_PARTIES_TOLD.sub(" ", quote)) - _FRAMING


def distinct(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates without a promise said again: a quote repeated (a page's lead, a
    PDF's running header), or a headline's "Japan and Italy agree to hold round table on
    water resources by 2026" told again in the body's fuller "Japan and Italy agreed on
    Tuesday to hold a round table on water resources by 2026". Of each, the fullest
    wording, in the place of the first."""
    kept: list[Candidate] = []
    words_of: list[frozenset[str]] = []
    told_of: list[frozenset[str]] = []
    quoted: set[str] = set()
    for candidate in candidates:
        key = _bare(candidate.quote)
        if key in quoted:
            continue
        quoted.add(key)
        words = _said(candidate.quote)
        # "Kenya and Germany will open a green hydrogen centre in Mombasa in 2027" and
        # "The two sides agreed to open a green hydrogen centre in Mombasa in 2027": the
        # shorter holds words the longer has not, but only its framing ("the two
        # sides agreed"); "Eni will build …" and "Enel will build …", "kept open" and
        # "kept closed", "in Oslo" and "in Bergen" differ in what they promise
        told = _told(candidate.quote)
        again = next(
            (
                i
                for i in range(len(kept) - 1, max(-1, len(kept) - 1 - SAID_AGAIN_WITHIN), -1)
                if _same_promise(kept[i], candidate)
                and (_within(told, words_of[i]) or _within(told_of[i], words))
            ),
            None,
        )
        if again is None:
            kept.append(candidate)
            words_of.append(words)
            told_of.append(told)
        elif len(words) > len(words_of[again]):
            kept[again], words_of[again], told_of[again] = candidate, words, told
    return kept


def values(candidate: Candidate, made_id: str, provenance: Provenance, note: str) -> dict[str, Any]:
    """The keys of the candidate's [[commitment]] table, in the ledger's order. With a
    summit, what the ledger takes from it (declared, parties, source, url) is left out."""
    summit = provenance.summit
    declared = provenance.declared
    inherit = summit is not None
    same_parties = inherit and tuple(candidate.parties) == summit.parties  # type: ignore[union-attr]
    return {
        "id": made_id,
        "title": candidate.title,
        "due": candidate.due,
        "declared": None if inherit and declared == summit.date else declared,  # type: ignore[union-attr]
        "parties": [] if same_parties else list(candidate.parties),
        "host": candidate.host,
        "strength": candidate.strength,
        "summit": summit.id if summit is not None else None,
        "source": None if inherit and provenance.source == summit.source else provenance.source,  # type: ignore[union-attr]
        "url": None if inherit and provenance.url in (None, summit.url) else provenance.url,  # type: ignore[union-attr]
        "quote": candidate.quote,
        "notes": note,
    }


def _words(text: str) -> str:
    """Words as one line ("agreed\nto", "by  2027" as written in the text)."""
    return " ".join(text.split())


_DEADLINE_WORDS = re.compile(rf"(?:{DEADLINE_WORDS})\s", re.IGNORECASE)


def past_words(candidate: Candidate, declared: dt.date | None) -> str | None:
    """The words of a date in the quote that ended by the declared day, when it has no
    deadline: "build a museum by 2024", declared in 2026 (a slip, or history)."""
    if candidate.deadline is not None or declared is None:
        return None
    for found in time_expressions(candidate.quote, declared):
        # (only a deadline's words: "As agreed in 2019, Italy will build" tells when,
        # never by when)
        if (
            found.window is not None
            and not is_ahead(found, declared)
            and _DEADLINE_WORDS.match(found.words)
        ):
            return _words(found.words)
    return None


def note_of(candidate: Candidate, how: str, declared: dt.date | None = None) -> str:
    said = f"cue “{_words(candidate.cue)}”, confidence {candidate.confidence:.2f}"
    edited = " and edited" if candidate.edited else ""
    # "next year" without a declared day: no due, but the words are not lost
    unread = (
        f" Its deadline “{_words(candidate.deadline.words)}” needs a declared day; no due set."
        if candidate.due is None and candidate.deadline is not None
        else ""
    )
    past = past_words(candidate, declared)
    if past is not None:
        unread = (
            f" Its date “{past}” is not after the day it was declared ({declared}): read as"
            " past, not as a deadline; no due set."
        )
    return f"Proposed by `commitments extract` ({said}); {how}{edited}.{unread}"


def tables(
    candidates: Sequence[Candidate], ids: Sequence[str], provenance: Provenance, how: str
) -> list[str]:
    return [
        toml_table("commitment", values(c, i, provenance, note_of(c, how, provenance.declared)))
        for c, i in zip(candidates, ids, strict=True)
    ]


def record(candidate: Candidate, provenance: Provenance) -> dict[str, Any]:
    """A candidate in JSON (docs/json.md, "extract")."""
    found = candidate.deadline
    window = found.window if found is not None else None
    return {
        "quote": candidate.quote,
        "title": candidate.title,
        "strength": candidate.strength,
        "cue": _words(candidate.cue),
        "confidence": candidate.confidence,
        "due": candidate.due,
        "due_words": _words(found.words) if found is not None else None,
        "start": window.start.isoformat() if window and window.start else None,
        "end": window.end.isoformat() if window else None,
        "parties": list(candidate.parties),
        "named": list(candidate.named),
        "host": candidate.host,
        "tracked": candidate.tracked,
        "similar": candidate.similar,
        "declared": provenance.declared.isoformat() if provenance.declared else None,
        "sentence": candidate.sentence.text,
        "offset": [candidate.start, candidate.end],
    }
