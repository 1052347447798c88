"""The ledger model: commitments and their updates, as written in the file."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from commitments.errors import UsageError
from commitments.text import did_you_mean, quoted

if TYPE_CHECKING:
    from commitments.due_expr import Hemisphere
    from commitments.ledger.history import History


class Status(StrEnum):
    planned = "planned"
    in_progress = "in-progress"
    stalled = "stalled"
    done = "done"
    partial = "partial"
    missed = "missed"
    cancelled = "cancelled"


class Strength(StrEnum):
    """How firm a commitment is, in its source's own words (PRODUCT.md, "Strength")."""

    pledge = "pledge"  # agreed, decided, will, plan to
    intent = "intent"  # welcomed, expressed interest or readiness, underlined a need
    proposal = "proposal"  # someone proposed it; not agreed
    forecast = "forecast"  # a report or an analyst expects it; the parties did not say it


class HemisphereName(StrEnum):
    """What seasons mean (the due grammar's Hemisphere, as a choice)."""

    north = "north"
    south = "south"


STATUSES: tuple[str, ...] = tuple(s.value for s in Status)
STRENGTHS: tuple[str, ...] = tuple(s.value for s in Strength)
PLEDGE = Strength.pledge.value  # the default, and what `due` reports unless --all
OPEN_STATUSES = frozenset({Status.planned.value, Status.in_progress.value, Status.stalled.value})
# How far ahead `due` looks by default, in days.
DEFAULT_WITHIN = 60

# What people type for a status on the command line, read as the status it means.
# Written out, not guessed: "finished" looks like "missed", a verdict of the
# opposite score.
STATUS_SYNONYMS = {
    "finished": "done",
    "completed": "done",
    "complete": "done",
    "fulfilled": "done",
    "achieved": "done",
    "accomplished": "done",
    "delivered": "done",
    "implemented": "done",
    "ongoing": "in-progress",
    "underway": "in-progress",
    "started": "in-progress",
    "in progress": "in-progress",
    "inprogress": "in-progress",
    "in_progress": "in-progress",
    "failed": "missed",
    "dropped": "cancelled",
    "withdrawn": "cancelled",
    "canceled": "cancelled",
    "abandoned": "cancelled",
    "not started": "planned",
    "no progress": "stalled",
}
# "not done", "unfinished", "incomplete": a negation says what a commitment is not, and
# the status nearest in spelling is often the one it denies. No guess for these.
_NEGATION = re.compile(r"^(?:not?\b|non\b|non-|un|in(?=compl))")


def status_meant(word: str, cutoff: float = 0.75) -> str | None:
    """The status ``word`` most likely means: a synonym's status, else the nearest in
    spelling to a status or a synonym (so never one of opposite score); none for a
    negation, whose nearest spelling is the status it denies."""
    folded = " ".join(word.split()).casefold()
    if folded in STATUS_SYNONYMS:
        return STATUS_SYNONYMS[folded]
    if _NEGATION.match(folded):
        return None
    near = difflib.get_close_matches(folded, [*STATUSES, *STATUS_SYNONYMS], n=1, cutoff=cutoff)
    return STATUS_SYNONYMS.get(near[0], near[0]) if near else None


def status_named(word: str, option: str) -> tuple[str, bool]:
    """The status ``word`` means, in any case, and whether it was a synonym; else a
    usage error suggesting the status nearest to it (by its synonyms too, so never
    one of opposite score)."""
    folded = " ".join(word.split()).casefold()
    if folded in STATUSES:
        return folded, False
    if folded in STATUS_SYNONYMS:
        return STATUS_SYNONYMS[folded], True
    near = status_meant(word)
    hint = f"; did you mean {quoted(near)}?" if near else ""
    raise UsageError(
        f"{option}: {quoted(word)} is not a status{hint} (expected one of {', '.join(STATUSES)})"
    )


COMMITMENT_KEYS = (
    "id",
    "title",
    "due",
    "declared",
    "parties",
    "host",
    "tags",
    "status",
    "source",
    "url",
    "quote",
    "follows",
    "hemisphere",
    "notes",
    "strength",
    "summit",
    "responsible",
)
UPDATE_KEYS = (
    "commitment",
    "on",
    "status",
    "party",
    "due",
    "note",
    "source",
    "url",
    "by",
    "recorded",
)
SUMMIT_KEYS = ("id", "name", "date", "end", "place", "host", "parties", "source", "url")
TOP_LEVEL_KEYS = ("version", "license", "summit", "commitment", "update")
# The licences a ledger is likely to publish its data under (SPDX ids, the Open Data
# Commons' own among them), with their titles and addresses for a data package.
LICENSES = {
    "CC-BY-4.0": (
        "Creative Commons Attribution 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "CC-BY-SA-4.0": (
        "Creative Commons Attribution Share-Alike 4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    "CC0-1.0": ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "ODC-By-1.0": (
        "Open Data Commons Attribution License 1.0",
        "https://opendatacommons.org/licenses/by/1-0/",
    ),
    "ODbL-1.0": (
        "Open Data Commons Open Database License 1.0",
        "https://opendatacommons.org/licenses/odbl/1-0/",
    ),
    "PDDL-1.0": (
        "Open Data Commons Public Domain Dedication and License 1.0",
        "https://opendatacommons.org/licenses/pddl/1-0/",
    ),
}
KNOWN_LICENSES = tuple(LICENSES)
ARRAYS = ("summit", "commitment", "update")  # the arrays of tables a ledger holds
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Matched whole (fullmatch): a scheme in any case, a host, and no space or control
# character anywhere (an ESC in an address would reach a terminal or a page).
# An http(s) address: a host (a name in any script, an IPv4 or a bracketed IPv6
# address), no user before it, and no character a reader cannot see (see url_problem).
_URL = re.compile(r"(?i:https?)://(?P<host>[^/?#]*)(?P<rest>[/?#].*)?", re.DOTALL)
_HOST = re.compile(
    r"(?:(?:[^\W_]|[^\x00-\x7f])[^/?#@:\[\]]*|\[[0-9A-Fa-f:.]+(?:%25[\w.~-]+)?\])(?::\d{1,5})?"
)
_UNSEEN = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp", "Zs", "Mn", "Me"})
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")  # Hangul fillers: letters, shown as nothing


def url_problem(text: str) -> str | None:
    """Why ``text`` is not an address a reader can trust, or None. A bidi override, a
    zero-width or filler character, or a user before the host (https://gov.kz@evil.example)
    would show readers another address than the one the link follows."""
    found = _URL.fullmatch(text)
    if found is None:
        return "is not an http(s) address (https://…)"
    unseen = _ascii_unseen(text) if text.isascii() else _unseen(text)
    if unseen:
        return unseen
    if "@" in found["host"]:
        return "names a user before its host (…@), which reads as another address"
    if not _HOST.fullmatch(found["host"]):
        return "has no host: an http(s) address names one (https://example.org/…)"
    return None


# In ASCII only a space or a control character is unseen: the first of them decides,
# as in the loop of _unseen (tests/test_model.py proves the two equal on ASCII text).
_ASCII_UNSEEN = re.compile(r"[\x00-\x20\x7f]")


def _ascii_unseen(text: str) -> str | None:
    found = _ASCII_UNSEEN.search(text)
    if found is None:
        return None
    char = found.group()
    if char.isspace():
        return "holds a space or a line break (write it as %20)"
    return f"holds U+{ord(char):04X}, a character a reader cannot see"


def _unseen(text: str) -> str | None:
    """The first character of ``text`` a reader cannot see, said; None if there is none."""
    import unicodedata  # only a read or a write that meets an address needs it

    before = ""
    for char in text:
        if char.isspace():
            return "holds a space or a line break (write it as %20)"
        category = unicodedata.category(char)
        # A combining mark is part of the letter it follows (Devanagari, Thai), unless
        # it is a variation selector, which changes nothing a reader can see.
        mark = category in ("Mn", "Me") and not _SELECTOR.fullmatch(char)
        part_of_a_letter = mark and unicodedata.category(before or " ")[0] in "LM"
        if (category in _UNSEEN and not part_of_a_letter) or char in _BLANK_LETTERS:
            return f"holds U+{ord(char):04X}, a character a reader cannot see"
        before = char
    return None


_SELECTOR = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef\u180b-\u180f]")


LEDGER_VERSION = 1


# NamedTuples rather than dataclasses: the cache rebuilds 60,000 of them from
# marshal'd tuples in a third of the time, and they are as immutable.
class Commitment(NamedTuple):
    id: str
    title: str
    due: str | None = None
    declared: dt.date | None = None
    parties: tuple[str, ...] = ()
    host: str | None = None
    tags: tuple[str, ...] = ()
    status: str = "planned"
    source: str | None = None
    url: str | None = None
    quote: str | None = None
    follows: str | None = None
    hemisphere: Hemisphere = "north"
    notes: str | None = None
    strength: str = "pledge"
    summit: str | None = None
    # The parties that must act, a subset of ``parties``; empty: all of them.
    responsible: tuple[str, ...] = ()

    @property
    def answerable(self) -> tuple[str, ...]:
        """The parties assessed on it: those responsible, else all its parties."""
        return self.responsible or self.parties


def commitment_row(c: Commitment) -> tuple[Any, ...]:
    """``c`` as plain data marshal holds (days as ordinals), for the cache."""
    return (c.id, c.title, c.due, c.declared and c.declared.toordinal(), *c[4:])


class Summit(NamedTuple):
    """A meeting where commitments were made; its commitments inherit what they omit."""

    id: str
    name: str
    date: dt.date
    end: dt.date | None = None
    place: str | None = None
    host: str | None = None
    parties: tuple[str, ...] = ()
    source: str | None = None
    url: str | None = None


def inherit(commitments: list[Commitment], summits: Sequence[Summit]) -> list[Commitment]:
    """The commitments with what they omit taken from their summit: ``declared`` (the
    summit's first day), ``parties``, ``source`` and ``url``. Links are checked first,
    so every summit named exists."""
    if not summits:
        return commitments
    by_id = {s.id: s for s in summits}
    return [c if c.summit is None else inherited(c, by_id[c.summit]) for c in commitments]


def inherited(c: Commitment, summit: Summit) -> Commitment:
    return c._replace(
        declared=c.declared if c.declared is not None else summit.date,
        parties=c.parties or summit.parties,
        source=c.source if c.source is not None else summit.source,
        url=c.url if c.url is not None else summit.url,
    )


class Update(NamedTuple):
    commitment: str
    on: dt.date
    status: str | None = None
    due: str | None = None
    note: str | None = None
    source: str | None = None
    by: str | None = None
    recorded: dt.datetime | None = None
    party: str | None = None  # this update assesses one party only
    url: str | None = None  # the evidence's address


class Deferred(Sequence[Update]):
    """Updates worked out on first use: most commands never look at them, and a
    large ledger holds five for each commitment."""

    __slots__ = ("_made", "_make", "_make_of")

    def __init__(
        self,
        make: Callable[[], list[Update]],
        make_of: Callable[[str], list[Update]] | None = None,
    ) -> None:
        self._make: Callable[[], list[Update]] | None = make
        self._made: list[Update] = []
        self._make_of = make_of  # one commitment's, without making them all

    def of(self, commitment_id: str) -> list[Update]:
        if self._make is not None and self._make_of is not None:
            return self._make_of(commitment_id)
        return [u for u in self._items() if u.commitment == commitment_id]

    def _items(self) -> list[Update]:
        if self._make is not None:
            self._made, self._make = self._make(), None
        return self._made

    @overload
    def __getitem__(self, index: int) -> Update: ...
    @overload
    def __getitem__(self, index: slice) -> list[Update]: ...
    def __getitem__(self, index: int | slice) -> Update | list[Update]:
        return self._items()[index]

    def __len__(self) -> int:
        return len(self._items())

    def __iter__(self) -> Iterator[Update]:
        return iter(self._items())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return self._items() == list(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the list it stands for

    def __repr__(self) -> str:
        return repr(self._items())


@dataclass(slots=True)
class Ledger:
    """A valid ledger: its commitments, each one's folded history (ledger/history.py),
    its updates in file order and its summits."""

    path: Path
    commitments: list[Commitment]
    histories: dict[str, History]
    version: int | None = None
    updates: Sequence[Update] = ()
    summits: list[Summit] = field(default_factory=list)
    license: str | None = None  # the licence its data is published under (an SPDX id, say)

    def updates_of(self, commitment_id: str) -> list[Update]:
        """The updates of one commitment, in file order."""
        if isinstance(self.updates, Deferred):
            return self.updates.of(commitment_id)
        return [u for u in self.updates if u.commitment == commitment_id]

    def find(self, commitment_id: str) -> Commitment | None:
        for commitment in self.commitments:
            if commitment.id == commitment_id:
                return commitment
        return None

    def summit_named(self, given: str, *, after: str = "") -> Summit:
        """The summit with id ``given``, else the one whose id starts with it."""
        found = [s for s in self.summits if s.id == given] or [
            s for s in self.summits if given and s.id.startswith(given)
        ]
        if len(found) == 1:
            return found[0]
        known = [s.id for s in self.summits]
        if found:
            names = ", ".join(quoted(s.id) for s in found)
            raise UsageError(f"{quoted(given)} starts {len(found)} summit ids: {names}{after}")
        # (a newcomer's: an unknown summit did not say how to make one)
        has = f": {', '.join(known)}" if known else " none"
        listed = f" (the ledger has{has}; add one with `commitments add-summit`)"
        raise UsageError(
            f"no summit with id {quoted(given)}{did_you_mean(given, known)}{listed}{after}"
        )

    def named(self, given: str, *, after: str = "") -> Commitment:
        """The commitment with id ``given``, else the one whose id starts with it (ids are
        long to type); UsageError naming the candidates when none or several do."""
        exact = self.find(given)
        if exact is not None:
            return exact
        if any(s.id == given for s in self.summits):  # not the start of one of its pledges
            raise UsageError(
                f"{quoted(given)} is a summit, not a commitment (its commitments:"
                f" commitments list --summit {given}){after}"
            )
        starting = [c for c in self.commitments if given and c.id.startswith(given)]
        if len(starting) == 1:
            return starting[0]
        if starting:
            names = ", ".join(quoted(c.id) for c in starting[:10])
            more = f" and {len(starting) - 10} more" if len(starting) > 10 else ""
            raise UsageError(f"{quoted(given)} starts {len(starting)} ids: {names}{more}{after}")
        summits = [s.id for s in self.summits if given and s.id.startswith(given)]
        if len(summits) == 1:  # `show ca-it`: a summit's start, not a commitment's
            raise UsageError(
                f"{quoted(given)} starts the summit {quoted(summits[0])}, not a commitment"
                f" (its commitments: commitments list --summit {summits[0]}){after}"
            )
        known = [c.id for c in self.commitments]
        raise UsageError(
            f"no commitment with id {quoted(given)}{did_you_mean(given, known)}{after}"
        )
