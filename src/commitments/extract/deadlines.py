"""Time expressions in running text ("by 2026", "in the spring of 2026", "later this
month"), each written as a ledger due expression and resolved with the ledger's own
grammar (due_expr.parse_due), so that a deadline found here means what `add --due`
would make of it.

Relative words ("next year", "by the end of this month") are made absolute against the
declared day; without one they are found but left unresolved, and the caller says so.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import NamedTuple

from commitments.due_expr import MONTH_NAMES, MONTHS, DueError, Window, parse_due

# The grammar's month names and abbreviations, longest first ("sept" before "sep").
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_MONTH = re.compile("|".join(MONTH_NAMES))
_MONTH = rf"(?P<month>{_MONTH_WORDS})\.?"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)"
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
_PART = (
    r"(?P<part>early|mid|late|the beginning of|the start of|the end of|the middle of"
    r"|the first half of|the second half of|the latter half of|the first semester of"
    r"|the second semester of)"
)
# the words that make a time a deadline ("by 2030", "no later than 1 July 2025")
DEADLINE_WORDS = (
    r"by|before|no later than|until|till|through to|through|up until|not later than|between now and"
)
_BY = rf"(?P<by>{DEADLINE_WORDS})"
_NEXT = r"(?:next|coming|upcoming)"
WEEKDAY_WORDS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAYS = WEEKDAY_WORDS.split("|")
_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "thirty": 30,
}  # fmt: skip
_DASH = "[-–—]"
# "on 24-25 June", "from June 23 to 24, 2016", "on July 5th and 6th": two days of a month
_DAYS_JOIN = rf"(?: ?{_DASH} ?| to | and | through )"
# "from Thursday, 14 to Friday, 15 June 2007": the days' names may stand before them
_DAY_NAMED = rf"(?:(?:{WEEKDAY_WORDS}),? )?"
# "29th January", "March 30th", "September 13 (Tue)"
_TH = r"(?: ?(?:st|nd|rd|th))?(?: \((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\))?"
_D1 = rf"(?P<d1>\d{{1,2}}){_TH}"
_D2 = rf"(?P<d2>\d{{1,2}}){_TH}"


class Found(NamedTuple):
    """A time expression at ``start:end`` of the text: the words, the ledger expression
    they mean (None when they need a declared day that is not known) and its window."""

    start: int
    end: int
    words: str
    due: str | None
    window: Window | None
    kind: str = ""  # the form found ("weekday", "year", …)


def _forms() -> list[tuple[str, str]]:
    # Longest first: the alternation takes the first form that matches at a position.
    return [
        # 28-29 May 2025, May 28-29, 2025, May 28, 2025, 28 May 2025
        (
            rf"(?:on |from )?{_DAY_NAMED}{_D1}{_DAYS_JOIN}{_DAY_NAMED}{_D2} {_MONTH},? {_YEAR}",
            "day_range",
        ),
        # "from 29th January 2025 to 29th July 2025": a period of days
        (
            rf"from {_D1} {_MONTH},? (?:(?P<year1>(?:19|20|21)\d\d) )?"
            rf"(?:to|until|till) {_D2} (?P<month2>{_MONTH_WORDS})\.?,? {_YEAR}",
            "day_span",
        ),
        # "August 31–September 1, 2025": a span across two months
        (
            rf"(?:on |from )?{_MONTH} {_D1} ?(?:{_DASH}|to|through|until|till) ?"
            rf"(?P<month2>{_MONTH_WORDS})\.? {_D2},? {_YEAR}",
            "day_span",
        ),
        # "in three instalments from January 2008 to January 2010": months of two years
        (
            rf"(?:between|from) (?:(?:early|mid|late) )?{_MONTH},? (?P<year1>(?:19|20|21)\d\d) "
            rf"(?:and|to|until|till) (?:(?:early|mid|late) )?(?P<month2>{_MONTH_WORDS}),? {_YEAR}",
            "month_span",
        ),
        # "from March to May 2026", "between late January and early February 2026"
        (
            rf"(?:between|from) (?:(?:early|mid|late) )?{_MONTH} (?:and|to|until|till|through) "
            rf"(?:(?:early|mid|late) )?(?P<month2>{_MONTH_WORDS}),? {_YEAR}",
            "month_span",
        ),
        # "in September/early October 2009", "to meet in May or June 2022": either month;
        # "from July - December 2005": the months between
        (
            rf"(?:{_BY} |in |from )?(?:(?:early|mid|late) )?{_MONTH} ?(?:/|{_DASH}| or ) ?"
            rf"(?:(?:early|mid|late) )?"
            rf"(?P<month2>{_MONTH_WORDS}),? (?:of )?{_YEAR}",
            "month_span",
        ),
        # "travel … October 27-November 8", "Beijing, May 23rd through May 26th": days of
        # the year's, month first
        (
            rf"(?:from |between )?{_MONTH} {_D1} ?(?:{_DASH}|to|through|until|till|and) ?"
            rf"(?P<month2>{_MONTH_WORDS})\.? {_D2}(?!\d)(?!,?\s*\d{{4}})",
            "day_span_no_year",
        ),
        # "elections will be held from 25 August to 1 September": days of the year's
        (
            rf"(?:from |between )?{_D1} {_MONTH} (?:to|until|till|and|{_DASH}) ?{_D2} "
            rf"(?P<month2>{_MONTH_WORDS})(?!,? ?\d)",
            "day_span_no_year",
        ),
        # "for the period of 2020-2023", "2025–27"
        (
            rf"(?:(?:in|for|during|over) )?(?:the )?(?:period )?(?:of )?(?P<y1>(?:19|20)\d\d)"
            rf"{_DASH}(?P<y2>(?:19|20)?\d\d)\b(?![-–]\d)(?: period\b)?",
            "years",
        ),
        # "every five years, in 2026, 2031 and 2036": the years listed (from the first of a
        # run only: a run of years with no "and" is tried once, not from each year in it)
        (
            r"(?:(?:in|for|during|through) )?(?<!\d, )(?P<y1>(?:19|20)\d\d)"
            r"(?:, (?:19|20)\d\d)+,? and (?P<y2>(?:19|20)\d\d)\b(?![-–/]\d)(?!,? respectively)",
            "years_and",
        ),
        # "elections scheduled for 2013 and 2014": both years
        (
            r"(?:(?:in|for|during|through) )?(?P<y1>(?:19|20)\d\d) and (?P<y2>(?:19|20)\d\d)\b"
            r"(?![-–/]\d)(?!,? respectively)",
            "years_and",
        ),
        # "for the 2024 to 2025 period", "to chair the Council in 2023 to 2025"
        (
            r"(?:(?:in|for|during|over) )?(?:the )?(?P<y1>(?:19|20)\d\d) to "
            r"(?P<y2>(?:19|20)\d\d)\b(?: period\b)?",
            "years",
        ),
        (r"(?:by (?:or around )?)?(?:the )?mid-century", "mid_century"),
        # "in the 2030s", "as early as the late 2020s": a decade, or its third
        (
            rf"(?:{_BY} |in |during |(?:as )?early as |within )?(?:the )?"
            r"(?:(?P<third>early|mid|late)[ -])?(?P<decade>(?:19|20|21)\d0)['’]?s",
            "decade",
        ),
        # "by the end of this decade", written in 2023: by 2029
        (
            r"(?:(?P<by>by|before|until|till) )?(?:the )?end of (?:this|the|the current) decade",
            "decade_end",
        ),
        # "by the middle of this decade", written in 2021: by 2025
        (
            # (a word before it is wanted: "after mid-decade", "a mid-decade review" say
            # after when, or which review)
            r"(?:by|before|until|till|in|at|around|towards?) (?:the )?(?:middle of (?:this|the"
            r" current) decade|mid-decade)(?!-)(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|and|or|in|at|on"
            r"|with|for|when|where|as|so|while|but|if|under)\b)",
            "mid_decade",
        ),
        # "to reduce methane this decade", written in 2021: by 2030, the year such aims
        # name (a decade of action runs 2021-2030), not the end of the 2020s
        # (not a part of it, "the second half of this decade", "earlier this decade", nor
        # "this decade's first summit")
        (
            r"(?<!of )(?<!earlier )(?<!early )(?<!later )(?<!late )"
            r"(?:(?:in|within|during|over) )?(?:this|the current) decade(?![-'’])",
            "this_decade",
        ),
        # "90 days from now", "two weeks from today": that day
        (
            r"(?<![\d][,.])(?P<n6>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            r"|eighteen|twenty|thirty|\d{1,3}) (?P<unit6>years?|months?|weeks?|days?) "
            r"(?:from (?:now|today)|hence)",
            "from_now",
        ),
        # "will return to Singapore tomorrow morning"
        # (not "the leaders of tomorrow", "tomorrow's entrepreneurs")
        (r"(?<!of )(?:by )?tomorrow(?!['’]s)", "tomorrow"),
        # "will host an Official Banquet later this evening", "will attend the Council in
        # Luxembourg today": the day the text is written, a deadline only where a future
        # verb governs it (not "the challenges we face today", "today's world")
        (
            r"(?<!of )(?:later )?(?:today|tonight|this (?:morning|afternoon|evening))"
            r"(?!['’]s)\b",
            "today",
        ),
        (rf"(?:on |from )?{_MONTH} {_D1}{_DAYS_JOIN}{_D2},? {_YEAR}", "day_range"),
        # "in the week of 5 February 2007", "the week beginning March 7, 2022": the seven
        # days from that day
        (
            rf"(?:in |during )?the week (?:of|beginning|starting|commencing) (?:on )?"
            rf"(?:the )?{_D1} (?:of )?{_MONTH},? {_YEAR}",
            "week_of",
        ),
        (
            rf"(?:in |during )?the week (?:of|beginning|starting|commencing) (?:on )?"
            rf"{_MONTH} {_D1},? {_YEAR}",
            "week_of",
        ),
        (rf"(?:{_BY} )?(?:on )?{_MONTH} {_D1},? {_YEAR}", "day"),
        (rf"(?:{_BY} )?(?:on )?(?:the )?{_D1} (?:of )?{_MONTH},? {_YEAR}", "day"),
        (rf"(?:{_BY} )?(?:on )?(?P<iso>{_YEAR}-\d\d-\d\d)\b", "iso"),
        # "from 21/9/2026 to 23/9/2026", "between … and …", "21-23/9/2026": days in figures
        (
            r"(?:on |from )?(?P<n1>\d{1,2})(?:/(?P<n2>\d{1,2})/|\.(?P<m2>\d{1,2})\.)"
            r"(?P<year1>(?:19|20|21)\d\d) ?(?:to|until|till|[-–]) ?(?P<p1>\d{1,2})"
            rf"(?:/(?P<p2>\d{{1,2}})/|\.(?P<q2>\d{{1,2}})\.){_YEAR}",
            "figures_span",
        ),
        (
            r"between (?P<n1>\d{1,2})(?:/(?P<n2>\d{1,2})/|\.(?P<m2>\d{1,2})\.)"
            r"(?P<year1>(?:19|20|21)\d\d) and (?P<p1>\d{1,2})"
            rf"(?:/(?P<p2>\d{{1,2}})/|\.(?P<q2>\d{{1,2}})\.){_YEAR}",
            "figures_span",
        ),
        (
            rf"(?:on |from )?{_D1} ?[-–] ?{_D2}(?:/(?P<n2>\d{{1,2}})/|\.(?P<m2>\d{{1,2}})\.)"
            rf"{_YEAR}",
            "figures_days",
        ),
        # "on 21/9/2018", "21.09.2018": a day written in figures
        (
            rf"(?:{_BY} )?(?:on )?(?P<n1>\d{{1,2}})(?:/(?P<n2>\d{{1,2}})/|\.(?P<m2>\d{{1,2}})\.)"
            rf"{_YEAR}",
            "figures",
        ),
        (rf"(?:{_BY} )?(?:in |during )?(?:the )?{_SEASON} (?:of )?{_YEAR}", "season"),
        # "during the first half of August 2018": half a month, days 1-15 or 16-end
        (
            rf"(?:{_BY} )?(?:in |during )?(?:the )?(?P<half>first|second) half of {_MONTH},? "
            rf"{_YEAR}",
            "half_month",
        ),
        (rf"(?:{_BY} )?(?:in |during )?{_PART}[ -]{_YEAR}", "part"),
        # "in the first half of this year", "by the end of next year"
        # ("by the end of this year" stays "by 2025", below)
        (
            r"(?:(?P<by>by|before) )?(?:in |during )?(?P<part>early|mid|late|the beginning of"
            r"|the start of|the first half of|the second half of|the first semester of"
            r"|the second semester of) (?P<rel>this|next|the) year",
            "part_relative",
        ),
        # "We will review progress by mid year": the middle of the declared day's year,
        # or of the next once it has gone by (not "a mid-year review", "at the mid-year
        # meeting": which, not when; nor "mid-year, 2026", "mid-year (June 2025)", whose
        # year is said)
        (
            r"(?:(?P<by>by|before|until|till) |in |at |during )(?:the )?mid[- ]?year\b"
            r"(?![ ,-]*\d)(?!\s*\()"
            r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|and|or|in|at|on|with|for|when|where|as|so|while"
            r"|but|if|after|before|under)\b)",
            "mid_year",
        ),
        # "until the end of this semester", "in the next semester": a half-year's
        (
            r"(?:(?P<by>by|before|until|till) )?(?:the )?end of (?:this|the current|the) semester"
            r"|(?P<next>(?:in |during )?(?:the )?next semester)",
            "semester",
        ),
        # "by end of 2022", "by end 2015", "by end-2015"
        # "until the end of the year 2025": the year named
        (rf"(?:{_BY} )(?:the )?end of (?:the )?year {_YEAR}", "year_end"),
        # "operationalized by the indicative date of 2017", "by the target date of 2030"
        (rf"{_BY} the (?:[\w-]+ )?(?:date|deadline|year) of {_YEAR}", "year"),
        (rf"(?:(?:{_BY}|in) )end(?: of|-| ) ?{_YEAR}", "year_end"),
        # "in end-November 2017", "by mid-June 2026": the month
        (
            rf"(?:{_BY} )?(?:the end of (?:the month of )?|in |during )?"
            rf"(?:(?:early|mid|late|end)-)?{_MONTH},? "
            rf"{_YEAR}",
            "month",
        ),
        (
            rf"(?:{_BY} )?(?:the end of |in |during )?(?:the )?"
            # ("the first trimester of 2011": a quarter, in the Spanish and Portuguese
            # sense a writer from Latin America carries into English)
            rf"(?P<quarter>first|second|third|fourth|last|final) (?:quarter|trimester) (?:of )?"
            rf"{_YEAR}",
            "quarter",
        ),
        (rf"(?:{_BY} )?(?:in )?(?P<qh>[qh][1-4]) {_YEAR}", "quarter_code"),
        (
            r"(?:(?P<by2>by|before|until|till) (?:the end of )?|(?:later|earlier|early|late) )?"
            r"(?P<rel>this|next) (?P<unit>year|month)",
            "relative",
        ),
        # (not "until the end of the year 2025", "… of the month of March 2025": dated)
        (
            r"(?P<by2>by|before|until|till) (?:the )?end of (?:the )?(?P<unit>year|month)"
            r"(?! (?:of \w+ )?(?:19|20)\d\d)(?! of\b)",
            "relative",
        ),
        # "to hold a new meeting during the year", "later in the year": the declared
        # day's year (not "throughout the year", which is as often every year; nor "the
        # year 2026", "the year under review", "the year of the dragon")
        (
            r"(?:(?:in|during|over) the course of (?:the|this) year|(?:during|within) the year"
            r"|later in the year)(?![-–'’]|\s?\d)"
            r"(?! (?:of|under|ended|ending|before|after|following|to come|ahead)\b)",
            "this_year",
        ),
        # "which will take place in Mexico at the end of the year"
        (r"(?:at|towards?) the end of (?:the|this) (?P<unit>year|month)", "relative"),
        # "by the end of this century", written in 1996: by 2000
        (rf"(?:{_BY} )?(?:the )?end of (?:the|this) century", "century_end"),
        # "in the next quarter": the calendar quarter after the declared day's
        (r"(?:(?:in|during|by|within) )?the (?:next|coming|upcoming) quarter", "next_quarter"),
        # "next spring", "within six months", "within a year"
        (rf"(?:{_BY} |in )?next {_SEASON}", "next_season"),
        (rf"(?:{_BY} |in )?this {_SEASON}", "this_season"),
        # "will take place in Weimar early summer": the next such season
        (
            rf"(?:{_BY} |in )?(?:the )?(?P<when>early|late|mid)[ -]{_SEASON}(?![ -](?:of )?\d)",
            "coming_season",
        ),
        # "to finalize the text by spring", "in the autumn": the season coming, or running
        (rf"(?:{_BY} |in )(?:the )?{_SEASON}(?![ -](?:of )?\d)", "coming_season"),
        (
            r"(?:within|in less than) (?:the next )?(?P<n>a|one|two|three|four|five|six|"
            r"seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|\d{1,2})"
            r" (?P<unit>years?|months?|weeks?|days?)"
            # (not "within 15 days of any incident", "within six months of the signing":
            # a span from another day, or a rule that repeats)
            r"(?! (?:of|following|upon)\b)"
            # "will be held over the next two months": as "within" ("over the next two
            # years" runs to a year's end, below)
            rf"|(?:over|during|in) the {_NEXT} (?P<n3>two|three|four|five|six|seven|eight"
            r"|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|\d{1,2})"
            r" (?P<unit3>months|weeks|days)"
            # "over the next year": the twelve months from the declared day
            rf"|(?:over|within|during|in) the {_NEXT} (?:year|12 months)"
            # ("for the upcoming year", but "priorities for the next year" are the next
            # calendar year's)
            rf"|for the (?:coming|upcoming) year|for the {_NEXT} 12 months"
            # "agreed on broad priorities for the year ahead"
            r"|(?:for|over|in) the year ahead"
            # "to convene a meeting in six months time"
            # "the mandate of the Panel be extended for a period of one year"
            # ("agreed to extend the phase for another two years")
            r"|for (?:a (?:further )?period of|another|a further|an additional)"
            r" (?P<n4>a|one|two|three|four|five|six|\d{1,2})"
            r" (?P<unit4>years?|months?)"
            # "to extend the moratorium for two more years", as "for another two years"
            r"|for (?P<n7>two|three|four|five|six|\d{1,2}) more (?P<unit7>years|months)"
            r"|in (?P<n2>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
            r" (?P<unit2>years?|months?|weeks?|days?)['’]?s? time"
            # "to hold a meeting of the transport ministers in three months": a span
            # from the day of writing (months and weeks only: "a truce that collapsed in
            # three days", "built in 90 days" tell how long; "the first visit in three
            # months" looks back: ``_LOOKS_BACK_BEFORE``)
            # (not "in three months after ratification", "in 2 weeks of diplomacy": from
            # another day, or a span told; nor "one in three months": how often)
            r"|(?<!\bone )(?<!\ba )(?<!\bevery )in (?P<n5>two|three|four|five|six"
            r"|seven|eight|nine|ten|eleven|twelve|[1-9]\d?) (?P<unit5>months|weeks)\b"
            r"(?! (?:of|after|from|following|since|before)\b)",
            "within",
        ),
        # "between late November and early December", "from March to May": the months
        # coming, or running
        (
            rf"(?:between|from) (?:(?:early|mid|late) )?{_MONTH} (?:and|to|until|till) "
            rf"(?:(?:early|mid|late) )?(?P<month2>{_MONTH_WORDS})(?![ -]?\d)",
            "month_span_no_year",
        ),
        (rf"(?:{_BY} )?the end of (?:the )?{_MONTH}(?! \d)", "month_no_year"),
        # "in March next year", "next March", "in early September": months without a year
        (rf"(?:{_BY} )?(?:in )?{_MONTH} (?:of )?next year", "month_next_year"),
        # "In June last year, the two leaders made a decision to hold", "last year": a
        # time gone by, read so that what it opens is told, never a deadline
        (rf"(?:in )?(?:{_MONTH} (?:of )?)?last (?P<unit>year|month)(?! of\b)", "last"),
        # "next October" written in July: the October coming, as "in October" would be
        (rf"(?:{_BY} )?next {_MONTH}", "month_coming"),
        # "which took effect in March this year": the declared day's year, past or not
        (
            rf"(?:{_BY} )?(?:in )?(?:(?:early|mid|late) )?{_MONTH} (?:of )?this year",
            "month_this_year",
        ),
        # "the upcoming December European Council": the December coming, or this one
        # while it has days to come
        (rf"(?:the )?(?:upcoming|coming|forthcoming) {_MONTH}", "month_upcoming"),
        # "the first round in Mexico City this July"
        (rf"(?:{_BY} |in )?this {_MONTH}(?![ -]?\d)", "month_this_year"),
        (
            rf"(?:{_BY} |in |starting |beginning |from |throughout )(?:(?P<part>early|mid|late)"
            rf"[ -])?{_MONTH}"
            r"(?![ -]\d)",
            "month_no_year",
        ),
        # "on November 14-17 next year", "on 4 March next year": the days a year on
        (
            rf"(?:{_BY} )?(?:on |from )?{_MONTH} {_D1}(?:{_DAYS_JOIN}{_D2})?(?!\d),? "
            r"(?:of )?next year",
            "day_next_year",
        ),
        (
            rf"(?:{_BY} )?(?:on |from )?{_DAY_NAMED}{_D1}(?:{_DAYS_JOIN}{_DAY_NAMED}{_D2})? "
            rf"{_MONTH},? (?:of )?next year",
            "day_next_year",
        ),
        # "on July 24", "starting August 29", "28 May": in the declared day's year
        (
            rf"(?:{_BY} )?(?:on |from )?{_MONTH} {_D1}(?:{_DAYS_JOIN}{_D2})?"
            r"(?!\d)(?!,?\s*\d{4})",
            "day_no_year",
        ),
        (
            rf"(?:{_BY} )?(?:on |from )?{_DAY_NAMED}{_D1}(?:{_DAYS_JOIN}{_DAY_NAMED}{_D2})? "
            rf"{_MONTH}(?!,?\s*\d)",
            "day_no_year",
        ),
        (
            rf"(?:(?:over|within|in|for) (?:the )?{_NEXT} (?P<n>\d{{1,2}}|two|three|four|five|"
            # "in the next five (5) years", as ASEAN writes it
            r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?: \(\d{1,2}\))? years"
            r"|(?:(?:over|within|in|for|during) )?the (?:next|coming|upcoming) (?P<decade>decade)"
            # "over the next 3 to 5 years", "over an initial period of 3 to 5 years": the
            # later end
            rf"|(?:over|within|in|for|during) (?:the {_NEXT}|an? (?:initial )?period of)"
            r" (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine) (?:to|or|-|–) "
            r"(?P<upto>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen"
            r"|twenty) years)",
            "years_ahead",
        ),
        (r"(?P<rel>this|next) week", "week"),
        # a preview's "on Thursday and Friday": the next such days from the declared one
        (
            rf"(?:on |by |before )?(?P<wd1>{WEEKDAY_WORDS})(?:['’]s)?(?: (?:and|or|to|{_DASH}) "
            rf"(?P<wd2>{WEEKDAY_WORDS}))?",
            "weekday",
        ),
        # "to agree in the course of 2022": within the year ("of 2022" alone names)
        (rf"(?:in |during |over )the course of {_YEAR}\b(?![-–/]\d)", "year"),
        (rf"(?:{_BY} )?(?:the end of |in |during )?{_YEAR}\b(?![-–/]\d)(?![-–][^\W\d_])", "year"),
    ]


@functools.cache
def _pattern() -> re.Pattern[str]:
    # Each form's groups are renamed apart so that one regex scans the text once.
    parts = []
    for n, (form, kind) in enumerate(_forms()):
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{n}>", form)
        parts.append(f"(?P<k_{kind}_{n}>{renamed})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


@functools.cache
def _form_groups() -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    """For each form's outer group: its kind, and its groups (renamed, as written)."""
    names = _pattern().groupindex
    forms = {}
    for name in names:
        if name.startswith("k_"):
            kind, n = name[2:].rsplit("_", 1)
            suffix = f"_{n}"
            inner = tuple(
                (key, key[: -len(suffix)])
                for key in names
                if key.endswith(suffix) and not key.startswith("k_")
            )
            forms[name] = (kind, inner)
    return forms


def _groups(match: re.Match[str]) -> tuple[str, dict[str, str]]:
    # the outer group of the form that matched closes last: it is the last group
    kind, inner = _form_groups()[match.lastgroup or ""]
    found = {short: v for key, short in inner if (v := match.group(key)) is not None}
    return kind, found


def _days_of_a_month(by: str, year: int, month: int, first: int, last: int) -> str | None:
    """A day ("2026-03-04", "by 2026-03-04") or a span of days in one month; None when
    a day is not in it ("February 30")."""
    try:
        dt.date(year, month, first)
        dt.date(year, month, last)
    except ValueError:
        return None
    if first == last:
        return f"{by}{year:04d}-{month:02d}-{first:02d}"
    return f"{year:04d}-{month:02d}-{first:02d}/{year:04d}-{month:02d}-{last:02d}"


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _days_in_figures(ends: list[tuple[int, int, int]], day_first: bool | None) -> str:
    """Two days in figures as a span, read in one order: dots and "21-23/9" are day
    first; with slashes, the end that can only be read one way ("18/4") decides for
    both ("from 18/4/2027 to 8/9/2027"). Undecided or not a span: the years."""
    if day_first is None:
        sure = {a > 12 for a, b, _ in ends if (a > 12) != (b > 12)}
        day_first = sure.pop() if len(sure) == 1 else None
    if day_first is not None:
        try:
            days = [
                dt.date(year, b, a) if day_first else dt.date(year, a, b) for a, b, year in ends
            ]
        except ValueError:  # "5-6/13/2027": no month 13
            days = []
        if len(days) == 2 and days[0] < days[1]:
            return f"{days[0].isoformat()}/{days[1].isoformat()}"
    years = sorted({year for _, _, year in ends})
    return "/".join(str(y) for y in years)


def _in_figures(g: dict[str, str]) -> str:
    """A day in figures: "21.09.2018" is day first, as everywhere dots are written; a
    slash is day first unless only month first makes a date ("9/21/2018", American).
    "5/6/2018" could be either: only its year is sure."""
    year, first = int(g["year"]), int(g["n1"])
    second = int(g.get("m2") or g["n2"])
    if "m2" in g or first > 12 or first == second:
        day, month = first, second
    elif second > 12:
        day, month = second, first
    else:
        return str(year)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # "31/02/2018", "12/13/14"
        return str(year)


def _expression(
    kind: str, g: dict[str, str], declared: dt.date | None, coming: bool = False
) -> str | None:
    """The ledger due expression for a match; None when it needs a declared day.
    ``coming``: the clause is told in the future, so a day without its year is the
    next such day, not the nearest."""
    by = "by " if g.get("by") or g.get("by2") else ""
    if kind == "day_range":
        year, month = int(g["year"]), _month_number(g["month"])
        return (
            f"{year:04d}-{month:02d}-{int(g['d1']):02d}/{year:04d}-{month:02d}-{int(g['d2']):02d}"
        )
    if kind == "day_span":
        year = int(g["year"])
        opening = int(g.get("year1", year))
        since = f"{opening:04d}-{_month_number(g['month']):02d}-{int(g['d1']):02d}"
        return f"{since}/{year:04d}-{_month_number(g['month2']):02d}-{int(g['d2']):02d}"
    if kind == "years":
        opening, closing = int(g["y1"]), g["y2"]
        end = int(closing) if len(closing) == 4 else opening // 100 * 100 + int(closing)
        return f"{opening}/{end}" if end > opening else None
    if kind == "decade":
        first = int(g["decade"])
        low, high = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(
            (g.get("third") or "").lower(), (0, 9)
        )
        return f"by {first + high}" if by else f"{first + low}/{first + high}"
    if kind == "mid_century":
        return f"by {declared.year // 100 * 100 + 50}" if declared else "by 2050"
    if kind == "day":
        return f"{by}{int(g['year']):04d}-{_month_number(g['month']):02d}-{int(g['d1']):02d}"
    if kind == "week_of":
        try:
            week_opens = dt.date(int(g["year"]), _month_number(g["month"]), int(g["d1"]))
        except ValueError:
            return None  # "the week of 31 February 2022": words, not a day
        return f"{week_opens.isoformat()}/{(week_opens + dt.timedelta(days=6)).isoformat()}"
    if kind == "iso":
        return f"{by}{g['iso']}"
    if kind == "figures":
        return f"{by}{_in_figures(g)}"
    if kind == "figures_span":
        slashes = "m2" not in g and "q2" not in g
        both = [
            (int(g["n1"]), int(g.get("m2") or g["n2"]), int(g["year1"])),
            (int(g["p1"]), int(g.get("q2") or g["p2"]), int(g["year"])),
        ]
        return _days_in_figures(both, day_first=None if slashes else True)
    if kind == "figures_days":
        month = int(g.get("m2") or g["n2"])
        year = int(g["year"])
        return _days_in_figures([(int(g["d1"]), month, year), (int(g["d2"]), month, year)], True)
    if kind == "season":
        return f"{by}{g['season'].lower()} {g['year']}"
    if kind == "part":
        part = g["part"].lower().removeprefix("the ")
        words = {
            "beginning of": "beginning of",
            "start of": "beginning of",
            "end of": "end of",
            "first half of": "first half of",
            "first semester of": "first half of",
            "second semester of": "second half of",
            "second half of": "second half of",
            "latter half of": "second half of",
            "middle of": "mid",
        }
        return f"{by}{words.get(part, part)} {g['year']}"
    if kind == "half_month":
        month = _month_number(g["month"])
        last = calendar.monthrange(int(g["year"]), month)[1]
        low, high = (1, 15) if g["half"].lower() == "first" else (16, last)
        return (
            f"by {g['year']}-{month:02d}-{high:02d}"
            if by
            else f"{g['year']}-{month:02d}-{low:02d}/{g['year']}-{month:02d}-{high:02d}"
        )
    if kind == "month":
        return f"{by}{g['year']}-{_month_number(g['month']):02d}"
    if kind == "quarter":
        q = ("first", "second", "third", "fourth", "last", "final").index(g["quarter"].lower()) + 1
        q = min(q, 4)
        return f"{by}{g['year']}-Q{q}"
    if kind == "year_end":  # "by end of 2022": as "by the end of 2022"
        return f"{by}end of {g['year']}"
    if kind == "quarter_code":
        if g["qh"].lower() in ("h3", "h4"):
            return None
        return f"{by}{g['qh'].upper()} {g['year']}"
    if kind == "year":
        return f"{by}{g['year']}"
    if kind == "years_and":  # "in 2013 and 2014": both, those still ahead
        years = sorted({int(g["y1"]), int(g["y2"])})
        if declared is not None:
            years = [y for y in years if y >= declared.year] or years[-1:]
        return f"{by}{years[0]}/{years[-1]}" if len(years) > 1 else f"{by}{years[0]}"
    if kind == "month_span":
        year = int(g["year"])
        month, month2 = _month_number(g["month"]), _month_number(g["month2"])
        # "December-January of 2026": the span that ends in the year named
        opening = int(g.get("year1") or (year - 1 if month2 < month else year))
        if by:  # "by November-December 2026": by the end of the later month
            return f"by {year}-{month2:02d}"
        return f"{opening}-{month:02d}/{year}-{month2:02d}"
    if declared is None:
        return None  # relative: needs the declared day
    if kind == "relative":
        ahead = 1 if (g.get("rel") or "this").lower() == "next" else 0
        year = declared.year + ahead
        if g["unit"].lower() == "year":
            return f"{by}{year}"
        month = declared.month + ahead
        year = declared.year + (month - 1) // 12
        return f"{by}{year}-{(month - 1) % 12 + 1:02d}"
    if kind == "part_relative":
        year = declared.year + (1 if g["rel"].lower() == "next" else 0)
        return _expression("part", {**g, "year": str(year)}, declared)
    if kind == "mid_year":
        year = declared.year + (1 if declared.month > 8 else 0)
        return f"{by}mid {year}"
    if kind == "semester":
        first_half = declared.month <= 6
        if g.get("next"):
            return (
                f"second half of {declared.year}"
                if first_half
                else (f"first half of {declared.year + 1}")
            )
        return f"by {declared.year}-{6 if first_half else 12:02d}"
    if kind == "decade_end":
        return f"by {declared.year // 10 * 10 + 9}"
    if kind == "mid_decade":
        return f"by {declared.year // 10 * 10 + 5}"
    if kind == "this_decade":
        return f"by {declared.year // 10 * 10 + 10}"
    if kind == "this_year":
        return f"{declared.year}"
    if kind == "tomorrow":
        return (declared + dt.timedelta(days=1)).isoformat()
    if kind == "today":
        return declared.isoformat()
    if kind == "from_now":
        n, unit = g["n6"].lower(), g["unit6"].lower()
        count = 1 if n in ("a", "one") else int(n) if n.isdigit() else _NUMBERS[n]
        if unit.startswith(("day", "week")):
            return (declared + dt.timedelta(days=count * (7 if unit[0] == "w" else 1))).isoformat()
        total = declared.year * 12 + declared.month - 1 + count * (12 if unit[0] == "y" else 1)
        year, month = total // 12, total % 12 + 1
        return (
            f"{year:04d}-{month:02d}-{min(declared.day, calendar.monthrange(year, month)[1]):02d}"
        )
    if kind == "next_quarter":
        q = (declared.month - 1) // 3 + 1
        year, q = (declared.year + 1, 1) if q == 4 else (declared.year, q + 1)
        return f"{year}-Q{q}"
    if kind == "years_ahead":
        n = (g.get("n") or g.get("upto") or "").lower()
        count = 10 if g.get("decade") else int(n) if n.isdigit() else _NUMBERS[n]
        return f"by {declared.year + count}"
    if kind == "coming_season":
        season = g["season"].lower()
        window = parse_due(f"{season} {declared.year}", declared=declared)
        # "early spring" written on 30 May is next year's; "late spring", still this one's
        opens = window.start or window.end
        early = (g.get("when") or "").lower() == "early"
        begun = opens <= declared if early else window.end < declared
        return f"{by}{season} {declared.year + (1 if begun else 0)}"
    if kind == "this_season":
        return f"{by}{g['season'].lower()} {declared.year}"
    if kind == "next_season":
        season = g["season"].lower()
        return f"{by}{season} {declared.year + 1}"
    if kind == "within":
        if g.get("n2") is not None:  # "in six months time"
            n, unit = g["n2"].lower(), g["unit2"].lower()
        elif g.get("n4") is not None:  # "for a period of one year"
            n, unit = g["n4"].lower(), g["unit4"].lower()
        elif g.get("n5") is not None:  # "in three months"
            n, unit = g["n5"].lower(), g["unit5"].lower()
        elif g.get("n7") is not None:  # "for two more years"
            n, unit = g["n7"].lower(), g["unit7"].lower()
        elif g.get("n3") is not None:  # "over the next two months"
            n, unit = g["n3"].lower(), g["unit3"].lower()
        elif g.get("n") is None:  # "over the next year"
            n, unit = "one", "year"
        else:
            n, unit = g["n"].lower(), g["unit"].lower()
        count = 1 if n in ("a", "one") else int(n) if n.isdigit() else _NUMBERS[n]
        if unit.startswith(("day", "week")):  # "within the next fifteen days"
            span = dt.timedelta(days=count * (7 if unit.startswith("week") else 1))
            return f"by {(declared + span).isoformat()}"
        months = count * (12 if unit.startswith("year") else 1)
        # "within three months" of 27 November is by 27 February: the same day, N months on
        total = declared.year * 12 + declared.month - 1 + months
        year, month = total // 12, total % 12 + 1
        same_day = min(declared.day, calendar.monthrange(year, month)[1])
        return f"by {year:04d}-{month:02d}-{same_day:02d}"
    if kind == "weekday":
        day = declared + dt.timedelta(
            days=(_WEEKDAYS.index(g["wd1"].lower()) - declared.weekday()) % 7
        )
        if not g.get("wd2"):
            return f"{by}{day.isoformat()}"
        # "Thursday and Friday": the second of the days from the first one on
        then = day + dt.timedelta(days=(_WEEKDAYS.index(g["wd2"].lower()) - day.weekday()) % 7)
        return f"{day.isoformat()}/{then.isoformat()}"
    if kind == "week":
        sunday = declared + dt.timedelta(days=6 - declared.weekday())
        if g["rel"].lower() == "next":
            sunday += dt.timedelta(days=7)
        return f"by {sunday.isoformat()}"
    if kind == "day_no_year":
        month = _month_number(g["month"])
        first, last = int(g["d1"]), int(g.get("d2") or g["d1"])
        # the nearest such day: "on 17 January", written on 20 December, is next
        # January's; written in March, it has gone by (is_ahead leaves it out)
        year = declared.year
        try:
            ago = declared - dt.date(year, month, last)
        except ValueError:
            return None
        if ((by or coming) and ago.days > 0) or ago.days > 366 // 2:
            year += 1  # "by March 30th", written in July: a deadline is ahead
        elif not (by or coming) and -ago.days > 366 // 2:
            year -= 1  # "on 20 December", written on 5 January: the one gone by
        return _days_of_a_month(by, year, month, first, last)
    if kind == "day_span_no_year":
        first, second = _month_number(g["month"]), _month_number(g["month2"])
        starts = declared.year
        ends = starts + (1 if second < first else 0)
        try:
            dt.date(starts, first, int(g["d1"]))
            dt.date(ends, second, int(g["d2"]))
        except ValueError:
            return None
        return (
            f"{starts:04d}-{first:02d}-{int(g['d1']):02d}/"
            f"{ends:04d}-{second:02d}-{int(g['d2']):02d}"
        )
    if kind == "last":
        if g["unit"].lower() == "month":
            month = (declared.month - 2) % 12 + 1
            return f"{declared.year - (declared.month == 1)}-{month:02d}"
        if g.get("month"):
            return f"{declared.year - 1}-{_month_number(g['month']):02d}"
        return str(declared.year - 1)
    if kind == "month_next_year":
        return f"{by}{declared.year + 1}-{_month_number(g['month']):02d}"
    if kind == "day_next_year":
        first, last = int(g["d1"]), int(g.get("d2") or g["d1"])
        return _days_of_a_month(by, declared.year + 1, _month_number(g["month"]), first, last)
    if kind == "century_end":
        return f"{by}{(declared.year - 1) // 100 * 100 + 100}"
    if kind == "month_coming":  # "next July" written in July is a year on
        month = _month_number(g["month"])
        year = declared.year if month > declared.month else declared.year + 1
        return f"{by}{year}-{month:02d}"
    if kind == "month_this_year":
        return f"{by}{declared.year}-{_month_number(g['month']):02d}"
    if kind == "month_span_no_year":
        # the span still running or the one coming: "between late November and early
        # December" written on 3 December is this one
        first, second = _month_number(g["month"]), _month_number(g["month2"])
        if second < first:  # "between November and February"
            starts = declared.year - 1 if declared.month <= second else declared.year
        else:
            starts = declared.year if declared.month <= second else declared.year + 1
        ends = starts + (1 if second < first else 0)
        return f"{starts:04d}-{first:02d}/{ends:04d}-{second:02d}"
    if kind == "month_upcoming":
        month = _month_number(g["month"])
        last = calendar.monthrange(declared.year, month)[1]
        ahead = (month, last) > (declared.month, declared.day)
        return f"{declared.year if ahead else declared.year + 1}-{month:02d}"
    if kind == "month_no_year":
        month = _month_number(g["month"])
        year = declared.year if month >= declared.month else declared.year + 1
        return f"{by}{year}-{month:02d}"
    raise AssertionError(kind)


# A bare year that names or bounds rather than dates: "the 2030 Agenda", "a strategy
# extending to 2040", "since 2024" ("to be used from 2026" is dated by its start, as
# readers date it, unless it runs on: "from 2026 onwards").
_NOT_A_DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:to|towards?|until|till|through|since|between|of|beyond)\s+)$", re.IGNORECASE
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!period\b)[a-z]")
# "through 2026 budget appropriations": a year that names the means (not "through 2015
# and sustaining support through 2017", "through 2022 at the latest")
_NOUN_AFTER_THROUGH = re.compile(
    r"\s+(?!(?:period|and|or|at|in|for|to|with|on|as|by|from|under|while|when)\b)[a-z]"
)
# "Roadmap 2030", "Vision 2030", "Agenda 2063" (a capitalised word that is not a month)
_TITLE_BEFORE = re.compile(
    r"(?<![.!?]\s)\b(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|In|By|Of|And|The|On|At|For)\b)[A-Z][A-Za-z]+\s+$"
)
# "a Strategy until 2035", "the Roadmap to 2030": how long a named plan runs
_SPAN_OPENS = re.compile(r"\b(?:from|between|since|through|until)\s+$", re.IGNORECASE)
_NAMED_PLAN_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")
# "UN Security Council Resolutions 1718, 1874, 2087, and 2094": numbers, not years
_NUMBERED_BEFORE = re.compile(
    r"\b(?:resolutions?|decisions?|articles?|paragraphs?|no\.|numbers?)\s+(?:\d+(?:/\d+)?,?\s+"
    r"(?:and\s+)?)*$",
    re.IGNORECASE,
)
# "the 2026 Commonwealth Heads of Government Meeting" is held in 2026; "the 2030
# Agenda" is a name.
_EVENT_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,6}?(?:summit|meeting|conference|games|olympics|world cup|forum|"
    r"congress|session|cop\d*|chogm|expo|championships?|festival|assembly|elections?|census)\b",
    re.IGNORECASE,
)


# "the Agreement signed in April last year", "the summit held on 12 May": a participle
# dates what was done; "to be held in May", "will be signed on 3 June" is still ahead.
_DONE_BEFORE = re.compile(
    r"\b(?<!be )(?<!been )(?<!being )"
    r"(?:signed|held|adopted|concluded|launched|founded|ratified|done"
    r"|took place|happened|began|started|opened|issued|published|released"
    # "the commitments the Ministers made this year"
    r"|made|reached|achieved|taken)\s+$",
    re.IGNORECASE,
)
# The words that say a date is the text's own ("Published 30 May 2025", "date
# 2025-09-30"); document.py reads the text's date by them.
DATED_WORDS = r"date|dated|published|posted|updated|issued"
# ... at the head of a line, they label the day it was written, not a deadline
_DATED_LINE = re.compile(rf"(?:^|\n)[ \t]*(?:{DATED_WORDS})\b[:\s]*(?:on\s+)?$", re.IGNORECASE)
# A release's dateline: a place and a day at the head of a line, then a colon or a dash.
_DATELINE = re.compile(r"[^\n.;:]{0,30}?(?::|\s[–—-])\s")
_LINE_OPENING = re.compile(
    r"(?:^|\n)\s*(?:(?!(?:On|In|By|The|At|From|Until|Before|During|For|Since)\b)"
    r"[A-Z][\w.'’-]*,?\s+){0,5}$"
)
_BASELINE_AFTER = re.compile(r"\s+(?:levels?|baselines?)\b", re.IGNORECASE)
_A_TEXT_AFTER = re.compile(
    r"\s+(?:Joint\s+|North-South\s+)?(?:Declaration|Agreement|Statement|Communiqu|Accord|Summit)"
)
_LAST_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?last year\b", re.IGNORECASE)
# an abbreviated month followed by a word, as a name goes on ("Mar del Plata")
_WORD_AFTER = re.compile(r" [^\W\d_]")
# "cooperation in 2020 and beyond", "in 2026 onwards": where a thing starts, never ends
_OPEN_ENDED_AFTER = re.compile(
    r",?\s+(?:and\s+(?:beyond|after|thereafter)|onwards?)(?=\s*(?:[.,;:)]|$|(?:and|or)\b))",
    re.IGNORECASE,
)
# "a non-permanent member of the Security Council for 2028-2029", "for the term
# 2025-26": a term of office, not when something is to be done
_TERM_BEFORE = re.compile(
    # ("supports Kenya's candidature for a non-permanent seat on the Council for 2029–2030")
    r"\b(?:term|tenure|mandate|membership|members?\b(?!\s+states)[^.;]{0,60}"
    r"|(?:seat|candidature|candidacy)\b[^.;]{0,60})\s+(?:for\s+)?"
    r"(?:the\s+)?"
    r"(?:term\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)


# a span "in three months" that counts back from the day of writing, not forward: a
# first, a record, a change measured over it ("the biggest decline in nine months",
# "the tripling of investment in 18 months")
_LOOKS_BACK_BEFORE = re.compile(
    r"\b(?:first|second|third|ever|last|past|since|only|once|twice|times|highest|lowest"
    r"|most|least|largest|biggest|smallest|greatest|longest|strongest|sharpest|steepest"
    r"|fastest|best|worst|record|decline|declines|fell"
    r"|rose|grew|growth|increase|increased|decrease|decreased|drop|dropped|doubling"
    r"|tripling|doubled|tripled)\b",
    re.IGNORECASE,
)
# "The programme, extended in 2022 for an additional two years", "renewed last year for
# another two years", "Italy held the presidency for a further two years": a term that
# ran or was set before, not one that runs from the day of writing
_SPAN_TOLD_BEFORE = re.compile(
    r"\b(?<!to )(?<!will )(?<!be )(?:extended|renewed|prolonged|held|served|was|were|had been"
    r"|has been|have been)\b(?![^,;]*\b(?:will|shall|to|agreed|decided)\b)",
    re.IGNORECASE,
)
# where the clause holding a time begins: after the last comma, semicolon or dash
_CLAUSE_BREAK = re.compile(r"[,;:–—(]")


def _clause_start(text: str, at: int) -> int:
    start = max(0, at - 80)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, at)]
    return breaks[-1] if breaks else start


@functools.cache
def _some_time_word() -> re.Pattern[str]:
    """A word every form needs one of (a digit, a month, a season, a weekday, a unit):
    a text without any has no time expression, and the forms' alternation is not run
    over it ("agreed, and will, and …" a thousand times)."""
    words = "|".join(
        [
            _MONTH_WORDS,
            WEEKDAY_WORDS,
            "spring|summer|autumn|fall|winter",
            "years?|months?|weeks?|days?|quarter|decade|century|semester|tomorrow|today|tonight"
            "|morning|afternoon|evening",
        ]
    )
    return re.compile(rf"\d|\b(?:{words})\b", re.IGNORECASE)


def time_expressions(text: str, declared: dt.date | None, *, coming: bool = False) -> list[Found]:
    """Every time expression in ``text``, in order; windows resolved where they can be
    (``coming``: a day without its year is the next one, as in a clause told in the
    future: "Uganda will host the forum on 12 June", written in November)."""
    found: list[Found] = []
    if not _some_time_word().search(text):
        return found
    for match in _pattern().finditer(text):
        kind, groups = _groups(match)
        words = match.group(0).lower()
        if not words.startswith(
            ("by ", "before ", "until ", "till ", "no later", "not later")
        ) and _DONE_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        if groups.get("n5") and _LOOKS_BACK_BEFORE.search(
            text, _clause_start(text, match.start()), match.start()
        ):
            continue  # "the first visit in three months", "the highest in six months"
        if (groups.get("n4") or groups.get("n7")) and _SPAN_TOLD_BEFORE.search(
            text, _clause_start(text, match.start()), match.start()
        ):
            continue  # "extended in 2022 for an additional two years": a span told
        if kind in ("month_no_year", "day_no_year") and _LAST_YEAR_AFTER.match(text, match.end()):
            continue  # "in April last year": the past
        if kind == "day_no_year" and _A_TEXT_AFTER.match(text, match.end()):
            continue  # "the June 15 Joint Declaration": a text's name
        month_word = groups.get("month", "")
        if (
            kind in ("month_no_year", "month_this_year")
            and month_word.lower() == "may"
            and month_word != "May"
        ):
            continue  # "this may lead to", "THIS MAY TAKE TIME": the verb; "May" is the month
        if (
            kind == "month_no_year"
            and not _FULL_MONTH.fullmatch(groups.get("month", "").lower())
            and _WORD_AFTER.match(text, match.end())
        ):
            continue  # "met in Mar del Plata", "in Dec Hall": a name; "in Mar." is a month
        if (
            not words.startswith(("on ", "in ", "by ", "during ", "before ", "until "))
            and (_DATELINE.match(text, match.end()))
            and _LINE_OPENING.search(text, max(0, match.start() - 60), match.start())
        ):
            continue  # "Lusaka, Friday, December 02, 2022: …": when it was written
        if _DATED_LINE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "date 2024-04-19 The Minister will …": the text's day
        if (
            kind == "decade"
            and (
                (words.startswith("the ") and _NOUN_AFTER.match(text, match.end()))
                # ("to Australia in the 2030s": a preposition opens a time, not a name)
                or (
                    words[:1].isdigit()
                    and _TITLE_BEFORE.search(text, max(0, match.start() - 30), match.start())
                )
            )
        ):
            continue  # "the 2030s goals", "Agenda 2030s targets": which, not when
        if kind in ("year", "years", "years_and") and _OPEN_ENDED_AFTER.match(text, match.end()):
            continue
        if kind == "year" and _BASELINE_AFTER.match(text, match.end()):
            continue  # "by 20% from 2025 levels": a baseline
        if kind in ("years", "years_and") and _TERM_BEFORE.search(
            text, max(0, match.start() - 90), match.start()
        ):
            continue
        if (
            kind in ("years", "years_and")
            and (
                words.startswith("the ")
                or _THE_BEFORE.search(text, max(0, match.start() - 5), match.start())
            )
            and _NOUN_AFTER.match(text, match.end())
        ):
            continue  # "Extending the 2022 to 2023 work plan": which plan, not when
        if (
            kind in ("years", "years_and")
            and match.group(0)[:1].isdigit()
            and _TITLE_BEFORE.search(text, max(0, match.start() - 30), match.start())
            and not _SPAN_OPENS.search(text, max(0, match.start() - 8), match.start())
        ):
            continue  # "the CAREC Railway Strategy 2017-2030", "Programme 2014-18": a name
        if (
            kind == "year"
            and (groups.get("by") or "").lower() == "through"
            and _NOUN_AFTER_THROUGH.match(text, match.end())
        ):
            continue  # "fund the project through 2026 budget appropriations": by means of
        if (
            kind == "year"
            and (groups.get("by") or "").lower() in ("until", "till")
            and _NAMED_PLAN_BEFORE.search(text, max(0, match.start() - 30), match.start())
        ):
            continue  # "a Strategy until 2035": a horizon, not a deadline
        if (
            kind in ("year", "years", "years_and")
            and match.group(0)[:1].isdigit()
            and _NUMBERED_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            continue  # "Resolutions 1718, 1874, 2087, and 2094" (not "the decisions by 2025")
        if kind == "year" and not groups.get("by") and match.group(0)[:1].isdigit():
            start = max(0, match.start() - 12)
            if _NOT_A_DEADLINE_BEFORE.search(text, start, match.start()):
                continue
            the = _THE_BEFORE.search(text, start, match.start())
            titled = _TITLE_BEFORE.search(text, start, match.start())
            named = _NAME_AFTER.match(text, match.end()) or the or titled
            if named and not _EVENT_AFTER.match(text, match.end()):
                continue
        try:
            due = _expression(kind, groups, declared, coming)
        except (OverflowError, DueError):
            continue  # "over the next 99 weeks" from a day in 9999: beyond the calendar
        if due is None and declared is not None:
            continue  # "February 30-March 40", "H3 2026": words, not a date
        if due is not None and _BEFORE_A_MONTH.fullmatch(words):
            due = _month_before(due)
        window = None
        if due is not None:
            try:
                window = parse_due(due, declared=declared)
            except DueError:
                continue  # "31 February 2026", a year out of range: words, not a date
        end = match.end()
        month = (groups.get("month2") or groups.get("month") or "").lower()
        if match.group(0).endswith(".") and _FULL_MONTH.fullmatch(month):
            end -= 1  # "next October.": the sentence's full stop, not an abbreviation's
        found.append(Found(match.start(), end, text[match.start() : end], due, window, kind))
    return found


_BY_MONTH = re.compile(r"by (\d{4})-(\d{2})")
# "before June 2026", "before November", "before 2027" (not "before the end of June",
# "before mid-June", "before 1 June")
_BEFORE_A_MONTH = re.compile(r"before (?:[a-z]+\.?(?:,? \d{4})?|\d{4})")
_BY_YEAR = re.compile(r"by (\d{4})")


def _month_before(due: str) -> str:
    """A month named after "before" ("before June 2026") is due by the end of the month
    before it, as readers write it, and a year by the end of the year before; a day
    ("before 1 June 2026") keeps its day (readers write "by 2026-06-01": the day is the
    limit)."""
    month = _BY_MONTH.fullmatch(due)
    year_only = _BY_YEAR.fullmatch(due)
    if year_only is not None and int(year_only.group(1)) > 1:
        return f"by {int(year_only.group(1)) - 1:04d}"  # "before 2027": by the end of 2026
    if month is None:
        return due
    year, number = int(month.group(1)), int(month.group(2))
    if number == 1:
        return f"by {year - 1:04d}-12" if year > 1 else due
    return f"by {year:04d}-{number - 1:02d}"


def is_ahead(found: Found, declared: dt.date | None, *, today: bool = False) -> bool:
    """A deadline rather than context: it ends after the declared day (a past
    year in "since the conference in Rome in 2024" is history, not a promise), or on
    it when `today` counts ("will co-chair the session on Friday, 19 April 2024",
    written that day)."""
    if found.window is None or declared is None:
        return True
    return found.window.end > declared or (today and found.window.end == declared)
