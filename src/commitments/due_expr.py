"""Due expressions ("by 2026", "spring 2026", "2026-Q3", EDTF "2026-21") resolved to windows.

A window is a first and a last day, both inclusive; the last day is the deadline.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from typing import Literal, NamedTuple

from commitments.text import quoted, suggesting

Hemisphere = Literal["north", "south"]
HEMISPHERES: tuple[Hemisphere, ...] = ("north", "south")

ACCEPTED_FORMS = (
    "2026-06-30, 2026-06, June 2026, Jun 2026, 2026, in 2026, Q3 2026, 2026-Q3, "
    "H1 2026, first half of 2026, early/mid/late 2026, beginning/end of 2026, "
    "spring/summer/autumn/fall/winter 2026, winter 2026/27, "
    "EDTF 2026-21 … 2026-41, A/B, by X, ../X, next year, this year, "
    "each with an optional trailing ? or ~"
)

# English names, whatever the locale: ledgers are shared across machines.
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS: dict[str, int] = {name: n for n, name in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({name[:3]: n for n, name in enumerate(MONTH_NAMES, start=1)})
MONTHS["sept"] = 9

# First month of each season; every season lasts three months.
_SEASON_START: dict[Hemisphere, dict[str, int]] = {
    "north": {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12},
    "south": {"spring": 9, "summer": 12, "autumn": 3, "fall": 3, "winter": 6},
}
_SEASON_ORDER = ("spring", "summer", "autumn", "winter")

_VOCABULARY = sorted(
    {
        *MONTHS,
        *_SEASON_START["north"],
        "early",
        "mid",
        "late",
        "beginning",
        "start",
        "end",
        "first",
        "second",
        "half",
        "of",
        "in",
        "the",
        "by",
        "next",
        "this",
        "year",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
    }
)


# The longest form ("second half of 2026?/first half of 2027?") is about 40 characters;
# anything much longer is not a due expression, and is refused before it costs anything.
MAX_LENGTH = 100


class Window(NamedTuple):  # a tuple: every report makes one per commitment
    """A resolved due expression; ``start`` is None when open ("by X" without a declared date)."""

    text: str
    start: dt.date | None
    end: dt.date
    approximate: bool = False


class DueError(ValueError):
    """A due expression that cannot be read; the message quotes it and says what was expected."""

    def __init__(self, text: str, reason: str | None = None, suggestion: str | None = None) -> None:
        self.text = text
        self.reason = reason
        self.suggestion = suggestion
        parts = [f"cannot read due expression {quoted(text)}"]
        if reason:
            parts.append(f": {reason}")
        if suggestion:
            parts.append(f"; did you mean {quoted(suggestion)}?")
        self.short = "".join(parts)
        # The forms fill a screen line of their own: shown on the next line, not this one.
        self.expected = None if reason else f"expected one of: {ACCEPTED_FORMS}"
        if self.expected:
            parts.append(f" ({self.expected})")
        super().__init__("".join(parts))


class _Unreadable(Exception):
    """Internal: this text is not one of the forms (as opposed to a form with a bad value)."""


def _last_day(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _months(year: int, first_month: int, count: int) -> tuple[dt.date, dt.date]:
    """The span of ``count`` months from ``first_month`` of ``year``, crossing into later years."""
    last = first_month + count - 1
    return dt.date(year, first_month, 1), _last_day(year + (last - 1) // 12, (last - 1) % 12 + 1)


def _check_year(year: int) -> int:
    if not 1 <= year <= 9998:
        raise ValueError(f"year {year} is out of range (1 to 9998)")
    return year


def _season(name: str, year: int, hemisphere: Hemisphere) -> tuple[dt.date, dt.date]:
    return _months(year, _SEASON_START[hemisphere][name], 3)


def _edtf_subyear(year: int, code: int, hemisphere: Hemisphere) -> tuple[dt.date, dt.date]:
    if 21 <= code <= 24:
        return _season(_SEASON_ORDER[code - 21], year, hemisphere)
    if 25 <= code <= 28:
        return _season(_SEASON_ORDER[code - 25], year, "north")
    if 29 <= code <= 32:
        return _season(_SEASON_ORDER[code - 29], year, "south")
    if 33 <= code <= 36:
        return _months(year, 1 + 3 * (code - 33), 3)
    if 37 <= code <= 39:
        return _months(year, 1 + 4 * (code - 37), 4)
    if code in (40, 41):
        return _months(year, 1 + 6 * (code - 40), 6)
    raise ValueError(f"{code:02d} is neither a month (01–12) nor an EDTF sub-year code (21–41)")


_FORMS: list[tuple[str, str]] = [
    (r"(\d{4})-(\d{2})-(\d{2})", "day"),
    (r"(\d{4})-(\d{2})", "month_or_code"),
    (r"(\d{4})", "year"),
    (r"(\d{4})-q([1-4])", "quarter_iso"),
    (r"q([1-4]) (\d{4})", "quarter"),
    (r"h([12]) (\d{4})", "half"),
    (r"(\d{4})-h([12])", "half_iso"),
    (r"(first|second) half(?: of)? (\d{4})", "half_words"),
    (r"(early|mid|late)[ -](\d{4})", "third"),
    (r"(beginning|start|end) of (\d{4})", "edge"),
    (r"([a-z]+)\.? (\d{4})", "month_name"),
    (r"([a-z]+)(?: of)? (\d{4})", "season"),
    (r"([a-z]+)(?: of)? (\d{4})[/-](\d{2}|\d{4})", "season_split"),
    (r"(next|this) year", "relative"),
]


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    # Compiled on first use: a run that finds every window in the cache never needs them.
    return [(re.compile(pattern), kind) for pattern, kind in _FORMS]


def _point(
    text: str, declared: dt.date | None, hemisphere: Hemisphere
) -> tuple[dt.date, dt.date, bool]:
    """Resolve one expression without "by" or "/": (start, end, approximate)."""
    s = text.strip()
    # The trailing marks in one step: stripping one a pass would copy the rest each time.
    core = s.rstrip("?~% \t")
    approximate = any(mark in s[len(core) :] for mark in "?~%")
    s = core
    # "in the spring of 2026", as declarations write it.
    s = re.sub(r"^(?:in |the )+", "", s)
    for pattern, kind in _patterns():
        m = pattern.fullmatch(s)
        if m is None:
            continue
        span = _resolve(kind, m.groups(), declared, hemisphere)
        if span is not None:
            return span[0], span[1], approximate
    raise _Unreadable


def _resolve(
    kind: str, groups: tuple[str, ...], declared: dt.date | None, hemisphere: Hemisphere
) -> tuple[dt.date, dt.date] | None:
    """The span for a matched pattern; None when the words are not this form's (try the next)."""
    if kind == "day":
        year, month, day = (int(g) for g in groups)
        _check_year(year)  # its own message: 9999-12-31 is a calendar date, out of range
        try:
            day_date = dt.date(year, month, day)
        except ValueError as exc:
            raise ValueError(f"{groups[0]}-{groups[1]}-{groups[2]} is not a calendar date") from exc
        return day_date, day_date
    if kind == "month_or_code":
        year, number = _check_year(int(groups[0])), int(groups[1])
        if 1 <= number <= 12:
            return _months(year, number, 1)
        return _edtf_subyear(year, number, hemisphere)
    if kind == "year":
        year = _check_year(int(groups[0]))
        return _months(year, 1, 12)
    if kind == "quarter_iso":
        return _months(_check_year(int(groups[0])), 1 + 3 * (int(groups[1]) - 1), 3)
    if kind == "quarter":
        return _months(_check_year(int(groups[1])), 1 + 3 * (int(groups[0]) - 1), 3)
    if kind == "half":
        return _months(_check_year(int(groups[1])), 1 + 6 * (int(groups[0]) - 1), 6)
    if kind == "half_iso":
        return _months(_check_year(int(groups[0])), 1 + 6 * (int(groups[1]) - 1), 6)
    if kind == "half_words":
        return _months(_check_year(int(groups[1])), 1 if groups[0] == "first" else 7, 6)
    if kind == "third":
        first = {"early": 1, "mid": 5, "late": 9}[groups[0]]
        return _months(_check_year(int(groups[1])), first, 4)
    if kind == "edge":
        first = 10 if groups[0] == "end" else 1
        return _months(_check_year(int(groups[1])), first, 3)
    if kind == "month_name":
        if groups[0] not in MONTHS:
            return None
        return _months(_check_year(int(groups[1])), MONTHS[groups[0]], 1)
    if kind == "season":
        if groups[0] not in _SEASON_START[hemisphere]:
            return None
        return _season(groups[0], _check_year(int(groups[1])), hemisphere)
    if kind == "season_split":
        return _season_split(groups, hemisphere)
    if kind == "relative":
        if declared is None:
            raise ValueError(f'"{groups[0]} year" needs the commitment\'s declared date')
        return _months(declared.year + (1 if groups[0] == "next" else 0), 1, 12)
    raise AssertionError(kind)


def _season_split(
    groups: tuple[str, ...], hemisphere: Hemisphere
) -> tuple[dt.date, dt.date] | None:
    """ "winter 2026/27": the season that crosses into the next year, named by both years."""
    name, first, second = groups
    if name not in _SEASON_START[hemisphere]:
        return None
    year = _check_year(int(first))
    if len(second) == 4 and int(second) != year + 1:
        return None  # "spring 2026/2028" is an interval, read as A/B
    if len(second) == 2 and int(second) != (year + 1) % 100:
        raise ValueError(f"the second year must be the one after {year}")
    if _SEASON_START[hemisphere][name] != 12:
        if len(second) == 4:
            return None
        raise ValueError(
            f"{name} does not cross into the next year in the {hemisphere}ern hemisphere"
        )
    return _season(name, year, hemisphere)


def _normalize(text: str) -> str:
    return " ".join(text.lower().split())


def parse_due(
    value: str | dt.date,
    *,
    declared: dt.date | None = None,
    hemisphere: Hemisphere = "north",
) -> Window:
    """Resolve a due expression (or a TOML date) to its window.

    Raises DueError, whose message quotes the expression and says what was expected.
    """
    # Ledgers repeat the same few expressions thousands of times; windows are immutable.
    # Only "by …", "../…" and "… year" depend on the declared date: leave it out of the
    # key of the others so that they share one entry.
    if isinstance(value, str) and not _USES_DECLARED.search(value):
        declared = None
    return _parse_due_cached(value, declared, hemisphere)


_USES_DECLARED = re.compile(r"by|\.\./|year", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 16)
def _parse_due_cached(
    value: str | dt.date, declared: dt.date | None, hemisphere: Hemisphere
) -> Window:
    if isinstance(value, dt.datetime):
        raise DueError(value.isoformat(), "a due date is a day; a date-time was given")
    if isinstance(value, dt.date):
        try:  # the same years as the text form, which a ledger's date is read back as
            _check_year(value.year)
        except ValueError as exc:
            raise DueError(value.isoformat(), str(exc)) from None
        return Window(value.isoformat(), value, value, False)
    text = value
    if len(text) > MAX_LENGTH:
        raise DueError(
            text, f"it is {len(text):,} characters long; a due expression is at most {MAX_LENGTH}"
        )
    s = _normalize(text)
    if not s:
        raise DueError(text, "it is empty")
    try:
        return _parse(text, s, declared, hemisphere)
    except _Unreadable:
        raise DueError(text, None, _suggest(s, declared, hemisphere)) from None
    except ValueError as exc:
        raise DueError(text, str(exc)) from None


def _parse(text: str, s: str, declared: dt.date | None, hemisphere: Hemisphere) -> Window:
    by = None
    if s.startswith("by ") or s.startswith("../"):
        by = s[3:]
    if by is not None:
        start, end, approximate = _point(by, declared, hemisphere)
        opening = declared if declared is not None and declared <= end else None
        if declared is not None and opening is None:
            opening = start  # declared after the deadline: keep start <= end
        return Window(text, opening, end, approximate)
    try:
        start, end, approximate = _point(s, declared, hemisphere)
        return Window(text, start, end, approximate)
    except _Unreadable:
        if s.count("/") != 1:
            raise
    left, right = (part.strip() for part in s.split("/"))
    if right == "..":
        raise ValueError("an open-ended interval has no deadline; leave due out instead")
    start, _, approx_left = _point(left, declared, hemisphere)
    _, end, approx_right = _point(right, declared, hemisphere)
    if end < start:
        raise ValueError(f"the interval ends ({end}) before it starts ({start})")
    return Window(text, start, end, approx_left or approx_right)


def _suggest(s: str, declared: dt.date | None, hemisphere: Hemisphere) -> str | None:
    """A near miss ("sprign 2026") corrected word by word, if the correction reads."""
    if not suggesting():
        return None

    tokens = re.split(r"([a-z]+)", s)
    changed = False
    for i, token in enumerate(tokens):
        if i % 2 == 1 and token not in _VOCABULARY:
            close = difflib.get_close_matches(token, _VOCABULARY, n=1, cutoff=0.7)
            if close:
                tokens[i] = close[0]
                changed = True
    if not changed:
        return None
    candidate = "".join(tokens)
    try:
        _parse(candidate, candidate, declared or dt.date(2000, 1, 1), hemisphere)
    except (_Unreadable, ValueError):
        return None
    return candidate
