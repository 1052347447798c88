"""Deadlines in running text: found, written in the ledger's grammar, resolved by it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.due_expr import parse_due
from commitments.extract.candidates import Settings, extract
from commitments.extract.deadlines import is_ahead, time_expressions

DECLARED = dt.date(2025, 5, 30)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("is planned by 2026, and", "by 2026"),
        ("is expected in 2027.", "2027"),
        ("in the spring of 2026 was approved", "spring 2026"),
        ("in spring 2026", "spring 2026"),
        ("by the end of this year", "by 2025"),
        ("within the next fifteen days", "by 2025-06-14"),
        ("for the 2024 to 2026 period", "2024/2026"),
        ("to convene a meeting in six months time", "by 2025-11-30"),
        ("will take place in Weimar early summer", "summer 2025"),
        ("in the first half of this year", "first half of 2025"),
        ("in the second half of next year", "second half of 2026"),
        ("in early spring", "spring 2026"),
        ("On 3 June 2025 – the leaders will meet", "2025-06-03"),
        ("at the end of the year", "2025"),
        ("within two weeks", "by 2025-06-13"),
        ("during the first half of August 2026", "2026-08-01/2026-08-15"),
        ("in the next quarter", "2025-Q3"),
        ("this autumn", "autumn 2025"),
        ("during the second half of 2026", "second half of 2026"),
        ("next year", "2026"),
        ("later this month", "2025-05"),
        ("by the end of May,", "by 2025-05"),
        ("on May 28-29, 2025.", "2025-05-28/2025-05-29"),
        ("on 13 September 2025", "2025-09-13"),
        ("by June 2026", "by 2026-06"),
        ("in the first quarter of 2027", "2027-Q1"),
        ("in Q3 2026", "Q3 2026"),
        ("in the second half of 2026", "second half of 2026"),
        ("by the end of 2026", "by end of 2026"),
        ("in early 2027", "early 2027"),
        ("over the next decade", "by 2035"),
        ("within the next five years", "by 2030-05-30"),
        ("in the next five years", "by 2030"),
        ("will be held on July 24", "2025-07-24"),
        ("talks on Thursday and Friday", "2025-06-05/2025-06-06"),
        ("this week", "by 2025-06-01"),
        ("will host the 2026 Commonwealth Heads of Government Meeting", "2026"),
        ("on August 31–September 1, 2025", "2025-08-31/2025-09-01"),
        ("for the period of 2026-2028", "2026/2028"),
        ("net zero by or around mid-century", "by 2050"),
        ("before end of year", "by 2025"),
        ("by end of 2026", "by end of 2026"),
        ("by mid-2027", "by mid 2027"),
        ("in March next year", "2026-03"),
        ("on November 14-17 next year", "2026-11-14/2026-11-17"),
        ("on Monday, 4 March next year", "2026-03-04"),
        # times gone by, so that what they open is told (never a deadline)
        ("In June last year, the leaders decided", "2024-06"),
        ("at their meeting last year", "2024"),
        ("Last month, the ministers agreed", "2025-04"),
        ("doses over the next year", "by 2026-05-30"),
        ("within three months", "by 2025-08-30"),
        ("to hold a meeting of the transport ministers in three months", "by 2025-08-30"),
        ("to meet again in 2 weeks", "by 2025-06-13"),
        ("would be expected to act upon this request in 18 months", "by 2026-11-30"),
        ("agreed on broad priorities for the year ahead", "by 2026-05-30"),
        ("new commitments till 2030 under this partnership", "by 2030"),
        ("will be held over the next two months", "by 2025-07-30"),
        ("in the coming 15 days", "by 2025-06-14"),
        ("tentatively next October", "2025-10"),
        ("will help prepare between now and March", "by 2026-03"),
        ("in Tashkent from June 23 to 24, 2026", "2026-06-23/2026-06-24"),
        ("which will take place on July 5th and 6th", "2025-07-05/2025-07-06"),
        ("they will meet on 5 and 6 July", "2025-07-05/2025-07-06"),
        ("From 2026 to 2028, we will work together", "2026/2028"),
        ("they will meet in the autumn", "autumn 2025"),
        ("concrete progress must be achieved by the end of the century", "by 2100"),
        ("elections will be held from 25 August to 1 September", "2025-08-25/2025-09-01"),
        ("a joint survey starting late October", "2025-10"),
        ("to meet in early December of this year", "2025-12"),
        ("to meet in Geneva in September/early October 2025", "2025-09/2025-10"),
        ("the delegations agreed to meet in May or June 2026 at the latest", "2026-05/2026-06"),
        ("the EU's Presidency from July - December 2026", "2026-07/2026-12"),
        ("a further round in Washington in the week of 5 February 2026", "2026-02-05/2026-02-11"),
        ("talks in the week beginning March 2, 2026", "2026-03-02/2026-03-08"),
        ("their ambition to agree in the course of 2026 on quotas", "2026"),
        ("fishing access for the fleet through 2027", "by 2027"),
        ("SEK 2.1 billion through 2026 and 2027", "2026/2027"),
        ("the mandate be extended for a period of one year", "by 2026-05-30"),
        ("the upcoming December European Council", "2025-12"),
        ("another meeting being held in early 2026", "early 2026"),
        ("they will meet next May", "2026-05"),
        ("to open in December this year", "2025-12"),
        ("our total 2030-capacity of offshore wind to 300 GW by 2050", "by 2050"),
        ("in the first semester of 2026", "first half of 2026"),
        ("by the 26th of February 2026 at the latest", "by 2026-02-26"),
        ("to make the coming decade one of action", "by 2035"),
        ("to steer cooperation for the next ten years", "by 2035"),
        ("from 29th January 2026 to 29th July 2026", "2026-01-29/2026-07-29"),
        ("from 1st June to 3rd July 2025", "2025-06-01/2025-07-03"),
        ("on 5th September 2025", "2025-09-05"),
        ("by March 30th", "by 2026-03-30"),
        ("the ceremony between late November and early December", "2025-11/2025-12"),
        ("to be held between November and February", "2025-11/2026-02"),
        ("a survey from March to May", "2025-03/2025-05"),  # May has a day to come
        ("a survey from June to August", "2025-06/2025-08"),
        ("they will meet from March to May 2026", "2026-03/2026-05"),
        ("between late January and early February 2026", "2026-01/2026-02"),
        ("intersessional meetings throughout mid-December", "2025-12"),
        ("Senior Officials Meetings to be organised by end 2025", "by end of 2025"),
        ("to be completed by end-2026", "by end of 2026"),
        ("a roadmap for the Alliance for the next eleven years", "by 2036"),
        ("acting as Pro Tempore President until the end of this semester", "by 2025-06"),
        ("negotiating rounds in the second semester of the year", "second half of 2025"),
        ("to meet again in the next semester", "second half of 2025"),
        ("closer cooperation in the next five (5) years", "by 2030"),
        ("programs to be organized until the end of the year", "by 2025"),
        ("at the Ministerial Meeting in end-November 2025", "2025-11"),
        ("to be agreed by mid-June 2026", "by 2026-06"),
        ("the next elections scheduled for 2026 and 2027", "2026/2027"),
        ("the EU will continue its support until the end of the year 2026", "by end of 2026"),
        ("the programme will run until the end of the month of March 2026", "by 2026-03"),
        ("to hold the meeting in the latter half of 2026 in China", "second half of 2026"),
        ("to complete the reforms by the middle of 2026", "by mid 2026"),
        # a day in figures: day first, unless only month first makes a date
        ("an Academic Forum on 21/9/2026 in La Paz", "2026-09-21"),
        ("the meeting on 21.09.2026 in Bern", "2026-09-21"),
        ("the report is due by 9/21/2026", "by 2026-09-21"),
        ("the meeting on 5/6/2026 in Lima", "2026"),  # either day: only the year is sure
        ("the meeting on 31/02/2026", "2026"),
        ("the trade fair from 21/9/2026 to 23/9/2026 in Lima", "2026-09-21/2026-09-23"),
        ("the talks on 21-23/9/2026 in Lima", "2026-09-21/2026-09-23"),
        ("the talks on 21.09.2026-23.09.2026", "2026-09-21/2026-09-23"),
        ("the talks from 5/6/2026 to 7/6/2027", "2026/2027"),
        ("the talks from 23/9/2026 to 21/9/2026", "2026"),
        # one end read one way only decides the other's order; a span of days is day first
        ("the talks from 18/4/2027 to 8/9/2027", "2027-04-18/2027-09-08"),
        ("the talks on 1-25/8/2027", "2027-08-01/2027-08-25"),
        ("the talks on 5-6/13/2027", "2027"),
        ("the talks from 30/12/2026 to 2/1/2027", "2026-12-30/2027-01-02"),
        ("the talks between 21/9/2027 and 23/9/2027", "2027-09-21/2027-09-23"),
        ("operationalized by the indicative date of 2026", "by 2026"),
        ("reflecting the preferences of Member States, between 2025 and 2027", "2025/2027"),
        ("to be held in Egypt in the last quarter of 2026", "2026-Q4"),
        ("will mobilize finance over the next 3 to 5 years", "by 2030"),
        ("over an initial period of 3 to 5 years", "by 2030"),
        ("will travel to Hawaii and Australia October 27-November 8", "2025-10-27/2025-11-08"),
        ("Beijing, June 23rd through June 26th", "2025-06-23/2025-06-26"),
        ("the visit from June 23 to July 2, 2025", "2025-06-23/2025-07-02"),
        ("will visit New York from June 13 (Fri) to 19 (Thu)", "2025-06-13/2025-06-19"),
        # the middle of the declared day's year
        ("will review progress on the work program by mid year", "by mid 2025"),
        ("will meet again in mid-year", "mid 2025"),
        # (its year said in brackets: the month there, not the middle of the year)
        ("to meet in mid-year (June 2025)", "2025-06"),
        # decades and their thirds
        ("to phase out coal in the 2030s", "2030/2039"),
        # a country's name before the preposition is no title ("Agenda 2030s")
        ("to sell three submarines to Australia in the 2030s", "2030/2039"),
        ("to begin construction as early as the late 2020s", "2027/2029"),
        ("to be operational by the late 2030s", "by 2039"),
        ("a transition in the mid-2030s", "2034/2036"),
        ("to begin building by the end of this decade", "by 2029"),
        # counted from the declared day
        ("to sign the agreement 90 days from now", "2025-08-28"),
        ("to report two weeks from today", "2025-06-13"),
        ("will return to Singapore tomorrow morning", "2025-05-31"),
        ("will host an Official Banquet later this evening", "2025-05-30"),
        ("the first round in Mexico City this July", "2025-07"),
        ("from Thursday, 14 to Friday, 15 June 2027", "2027-06-14/2027-06-15"),
        ("during its meeting of March 22 nd-23rd, 2027", "2027-03-22/2027-03-23"),
        ("will be convened in November-December of 2026", "2026-11/2026-12"),
        ("in three instalments from January 2026 to January 2028", "2026-01/2028-01"),
        ("every five years, in 2026, 2031 and 2036", "2026/2036"),
        # the declared day's year, said without it
        ("agreed to hold a new meeting of the three mechanisms during the year", "2025"),
        ("to set up a working group in the course of the year", "2025"),
        ("meetings will continue over the course of the year", "2025"),
        ("called for another meeting later in the year", "2025"),
        ("to sign a labour mobility arrangement within the year", "2025"),
        # "this decade" in aims: by its tenth year, as "by 2030" in 2025
        ("to significantly reduce methane this decade", "by 2030"),
        ("to meet ambitious targets within this decade", "by 2030"),
        ("We will assess these goals by the middle of this decade", "by 2025"),
        ("will provide 55 billion yen in the upcoming three years", "by 2028"),
        ("to improve health services in the next one to two years", "by 2027"),
        ("the priorities for the upcoming year", "by 2026-05-30"),
        ("to cooperate for the next 12 months", "by 2026-05-30"),
        ("to finish the grid by mid-decade", "by 2025"),
    ],
)
def test_each_form_is_found_and_written_as_a_ledger_expression(text: str, due: str) -> None:
    found = time_expressions(text, DECLARED)
    assert [f.due for f in found] == [due]
    assert found[0].window == parse_due(due, declared=DECLARED)
    assert text[found[0].start : found[0].end] == found[0].words


@pytest.mark.parametrize(
    "text",
    [
        "the 2030 Agenda for Sustainable Development",
        "a strategy extending to 2040",
        "the India-UK Roadmap 2030",
        "Vision 2030",
        "the ASEAN 2045: Our Shared Future",
        "the SCO Development Strategy until 2035",
        "since 2024",
        "31 February 2026",
        # when something was done, not when something is due
        "the Agreement signed in April last year",
        # numbers of resolutions, not years
        "to comply with Security Council Resolutions 1718, 1874, 2087, and 2094",
        "to implement Resolutions 1718, 1874, 2087 and 2094",
        "the commitments the Ministers made in 2024",
        "the summit held on 12 June 2026",
        # a term of office
        "a non-permanent member of the Security Council for 2028-2029",
        "the candidature to the same body for the term 2025-26",
        # which plan, not when
        "extending the 2026 to 2027 work plan",
        "We endorsed the CAREC Railway Strategy 2026-2030",
        "The Council supports the Barents Programme 2026-28",
        "a vision of cooperation towards 2030",
        "efforts shall continue beyond 2030",
        # where a thing starts, never when it ends
        "strengthened cooperation in 2026 and beyond.",
        "the programme for 2026-2028 and beyond, as agreed",
        "to implement it in 2027 onwards",
        # a release's dateline: when it was written
        "Lusaka, Friday, June 27, 2025: the Council will engage its counterparts",
        # an abbreviated month followed by a word: a name goes on
        "the Health Ministers met in Mar del Plata",
        "a reception in Dec Hall",
        # the verb, not the month
        "this may lead to further talks",
        "THIS MAY TAKE TIME",
        # a noun's "tomorrow", a decade that names, a number read in part
        "the skills of tomorrow",
        "tomorrow's entrepreneurs",
        "today's world",
        "the world of today",
        "the 2030s goals",
        "to conduct a mid-year review of the dialogue",
        "at the mid-year meeting of the council",
        "Agenda 2030s targets",
        "2,500 days from now",
        "1.5 years from now",
        # a span that counts back, not forward
        "the first visit in three months",
        "trade rose twice in six months",
        "the highest level in 12 months",
        # not a date at all
        "February 30-March 40",
        "in the week of 31 February 2026",
        # "of 2026" alone names: only "in the course of" makes it a time
        "the course of 2026 history",
        # a year that is named, told of, or every year
        "the report of the year under review",
        "during the year of the dragon",
        "activities throughout the year",
        "to meet during the year-end review",
        "to build it within the year’s budget",
        "to meet during the year following ratification",
        "to meet during the year to come",
        # a part of the decade, or which review
        "to build it in the second half of this decade",
        "progress made earlier this decade",
        "to restore it by the beginning of this decade",
        "this decade's first summit",
        "to hold a mid-decade review",
        "to build schools after mid-decade",
        "to build schools from the middle of this decade",
    ],
)
def test_names_and_bounds_are_not_deadlines(text: str) -> None:
    assert time_expressions(text, DECLARED) == []


def test_a_year_and_beyond_that_starts_a_clause_is_still_a_year() -> None:
    found = time_expressions("We will meet in 2026, and beyond that every year.", DECLARED)
    assert [f.due for f in found] == ["2026"]


def test_what_is_to_be_done_keeps_its_date() -> None:
    found = time_expressions("the summit, to be held on 12 June 2026", DECLARED)
    assert [f.due for f in found] == ["2026-06-12"]


def test_past_dates_and_the_declared_day_itself_are_context_not_deadlines() -> None:
    found = time_expressions("since the conference in Rome in 2024, on 30 May 2025", DECLARED)
    assert [f.due for f in found] == ["2024", "2025-05-30"]
    assert [is_ahead(f, DECLARED) for f in found] == [False, False]
    # "this year" dates a month in the declared day's year, even when it has gone by
    (march,) = time_expressions("which took effect in March this year", DECLARED)
    assert (march.due, is_ahead(march, DECLARED)) == ("2025-03", False)


def test_a_start_alone_dates_a_thing_but_not_one_that_runs_on() -> None:
    assert [f.due for f in time_expressions("standards to be used from 2027", DECLARED)] == ["2027"]
    assert time_expressions("cooperation from 2027 onwards", DECLARED) == []


def test_the_declared_day_itself_is_ahead_only_when_asked() -> None:
    (day,) = time_expressions("on 30 May 2025", DECLARED)
    assert (is_ahead(day, DECLARED), is_ahead(day, DECLARED, today=True)) == (False, True)


@pytest.mark.parametrize(
    ("text", "declared", "due"),
    [
        # a day without its year is the nearest such day
        ("meet again on 17 January", dt.date(2012, 12, 19), "2013-01-17"),
        ("met on 17 January", dt.date(2012, 3, 19), "2012-01-17"),
        ("on 20 December", dt.date(2013, 1, 5), "2012-12-20"),
        ("on 20 December", dt.date(2013, 7, 5), "2013-12-20"),
        ("by March 30th", dt.date(2013, 7, 5), "by 2014-03-30"),
    ],
)
def test_a_day_without_a_year_is_the_nearest_one(text: str, declared: dt.date, due: str) -> None:
    assert [f.due for f in time_expressions(text, declared)] == [due]


def test_relative_words_without_a_declared_day_are_found_but_unresolved() -> None:
    found = time_expressions("the opera will be staged next year", None)
    assert [(f.words, f.due, f.window) for f in found] == [("next year", None, None)]
    assert is_ahead(found[0], None)


_MONTHS = ["January", "March", "June", "September", "December"]
_PHRASES = st.one_of(
    st.integers(2026, 2099).map(lambda y: (f"in {y}", f"{y}")),
    st.integers(2026, 2099).map(lambda y: (f"by {y}", f"by {y}")),
    st.tuples(
        st.sampled_from(["spring", "summer", "autumn", "winter"]), st.integers(2026, 2099)
    ).map(lambda sy: (f"in the {sy[0]} of {sy[1]}", f"{sy[0]} {sy[1]}")),
    st.tuples(st.sampled_from(_MONTHS), st.integers(2026, 2099)).map(
        lambda my: (f"in {my[0]} {my[1]}", f"{my[1]}-{_MONTHS_N[my[0]]:02d}")
    ),
    st.tuples(st.integers(1, 28), st.sampled_from(_MONTHS), st.integers(2026, 2099)).map(
        lambda dmy: (
            f"on {dmy[0]} {dmy[1]} {dmy[2]}",
            f"{dmy[2]}-{_MONTHS_N[dmy[1]]:02d}-{dmy[0]:02d}",
        )
    ),
)
_MONTHS_N = {"January": 1, "March": 3, "June": 6, "September": 9, "December": 12}


@given(
    _PHRASES,
    st.sampled_from(
        ["The leaders agreed to meet {}.", "{}, a summit is planned.", "It will open {} in Rome"]
    ),
)
def test_a_deadline_anywhere_in_a_sentence_resolves_as_the_ledger_resolves_it(
    phrase: tuple[str, str], frame: str
) -> None:
    words, due = phrase
    text = frame.format(words)
    found = [f for f in time_expressions(text, DECLARED) if is_ahead(f, DECLARED)]
    assert [f.due for f in found] == [due]
    assert found[0].window == parse_due(due, declared=DECLARED)


_WORDS = [
    "agreed",
    "and",
    "will",
    "by",
    "in",
    "on",
    "the",
    "end",
    "of",
    "next",
    "this",
    "later",
    "early",
    "mid",
    "late",
    "first",
    "second",
    "half",
    "quarter",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "decade",
    "mid-century",
    "within",
    "six",
    "over",
    "coming",
    "spring",
    "autumn",
    "winter",
    "May",
    "March",
    "Sept",
    "Monday",
    "Friday",
    "Q3",
    "H1",
    "2026",
    "2027-28",
    "3rd",
    "15",
    "to",
    "from",
    "until",
    "semester",
    "beginning",
    "start",
    "period",
]


@given(st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join))
def test_the_quick_look_for_a_time_word_never_hides_a_form(text: str) -> None:
    # every form needs a digit, a month, a season, a weekday or a unit: wherever the
    # forms match, the quick look that lets them run finds something too
    from commitments.extract import deadlines

    if deadlines._pattern().search(text):
        assert deadlines._some_time_word().search(text)


def test_a_span_beyond_the_calendar_is_words_not_a_date() -> None:
    # found by the attacker: "over the next 99 weeks" from a day in 9999 was a traceback
    assert time_expressions("over the next 99 weeks", dt.date(9999, 11, 1)) == []


def test_a_season_without_a_year_is_the_one_coming_or_running() -> None:
    (spring,) = time_expressions("to finalize the text by spring", dt.date(2019, 1, 15))
    assert spring.due == "by spring 2019"
    (autumn,) = time_expressions("they will meet in the autumn", dt.date(2019, 11, 1))
    assert autumn.due == "autumn 2019"


def test_a_sentence_s_full_stop_after_a_month_is_not_part_of_the_words() -> None:
    (october,) = time_expressions("They will meet next October.", None)
    assert (october.words, october.due) == ("next October", None)
    (abbreviated,) = time_expressions("They met in Oct. 2026 too", None)
    assert abbreviated.words == "in Oct. 2026"


def test_the_upcoming_month_written_in_that_month_is_this_one_and_next_month_a_year_on() -> None:
    early_december = dt.date(2015, 12, 3)
    (upcoming,) = time_expressions("the upcoming December European Council", early_december)
    (following,) = time_expressions("they will meet next December", early_december)
    assert (upcoming.due, following.due) == ("2015-12", "2016-12")


def test_a_span_of_months_runs_until_its_last_month_ends() -> None:
    early_december = dt.date(2024, 12, 3)
    (span,) = time_expressions("between late November and early December", early_december)
    assert span.due == "2024-11/2024-12"
    (winter,) = time_expressions("between November and February", dt.date(2025, 1, 10))
    assert winter.due == "2024-11/2025-02"
    (later,) = time_expressions("between November and February", dt.date(2025, 6, 10))
    assert later.due == "2025-11/2026-02"


def test_the_upcoming_month_on_its_last_day_is_next_year_s() -> None:
    (upcoming,) = time_expressions("the upcoming December", dt.date(2025, 12, 31))
    assert upcoming.due == "2026-12"


def test_a_seat_s_or_a_candidature_s_years_are_a_term_not_a_deadline() -> None:
    (c,) = extract(
        "Finland supports Kenya's candidature for a non-permanent seat on the UN Security"
        " Council for 2029–2030.",
        Settings(declared=dt.date(2026, 12, 3)),
    )
    assert (c.strength, c.due) == ("intent", None)
