"""The due grammar (due_expr.py): every form, its window and its errors; hypothesis, and python-edtf as an oracle."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commitments.due_expr import DueError, parse_due

D = dt.date
DECLARED = D(2025, 5, 30)

TABLE = [
    # The README's table of due expressions, row by row.
    ("2026-06-30", D(2026, 6, 30), D(2026, 6, 30)),
    ("2026-06", D(2026, 6, 1), D(2026, 6, 30)),
    ("June 2026", D(2026, 6, 1), D(2026, 6, 30)),
    ("Jun 2026", D(2026, 6, 1), D(2026, 6, 30)),
    ("jun. 2026", D(2026, 6, 1), D(2026, 6, 30)),
    ("Sept 2026", D(2026, 9, 1), D(2026, 9, 30)),
    ("2026", D(2026, 1, 1), D(2026, 12, 31)),
    ("in 2026", D(2026, 1, 1), D(2026, 12, 31)),
    ("Q1 2026", D(2026, 1, 1), D(2026, 3, 31)),
    ("Q4 2026", D(2026, 10, 1), D(2026, 12, 31)),
    ("2026-Q3", D(2026, 7, 1), D(2026, 9, 30)),
    ("H1 2026", D(2026, 1, 1), D(2026, 6, 30)),
    ("H2 2026", D(2026, 7, 1), D(2026, 12, 31)),
    ("first half of 2026", D(2026, 1, 1), D(2026, 6, 30)),
    ("second half of 2026", D(2026, 7, 1), D(2026, 12, 31)),
    ("early 2026", D(2026, 1, 1), D(2026, 4, 30)),
    ("mid 2026", D(2026, 5, 1), D(2026, 8, 31)),
    ("mid-2026", D(2026, 5, 1), D(2026, 8, 31)),
    ("late 2026", D(2026, 9, 1), D(2026, 12, 31)),
    ("beginning of 2026", D(2026, 1, 1), D(2026, 3, 31)),
    ("end of 2026", D(2026, 10, 1), D(2026, 12, 31)),
    ("spring 2026", D(2026, 3, 1), D(2026, 5, 31)),
    ("in the spring of 2026", D(2026, 3, 1), D(2026, 5, 31)),
    ("summer 2026", D(2026, 6, 1), D(2026, 8, 31)),
    ("autumn 2026", D(2026, 9, 1), D(2026, 11, 30)),
    ("fall 2026", D(2026, 9, 1), D(2026, 11, 30)),
    ("winter 2026", D(2026, 12, 1), D(2027, 2, 28)),
    ("winter 2027", D(2027, 12, 1), D(2028, 2, 29)),  # leap year
    ("winter 2026/27", D(2026, 12, 1), D(2027, 2, 28)),
    ("winter 2026-27", D(2026, 12, 1), D(2027, 2, 28)),
    ("winter 2026/2027", D(2026, 12, 1), D(2027, 2, 28)),
    ("winter 2099/00", D(2099, 12, 1), D(2100, 2, 28)),  # 2100 is not a leap year
    ("2026-21", D(2026, 3, 1), D(2026, 5, 31)),
    ("2026-24", D(2026, 12, 1), D(2027, 2, 28)),
    ("2026-25", D(2026, 3, 1), D(2026, 5, 31)),
    ("2026-28", D(2026, 12, 1), D(2027, 2, 28)),
    ("2026-29", D(2026, 9, 1), D(2026, 11, 30)),
    ("2026-32", D(2026, 6, 1), D(2026, 8, 31)),
    ("2026-33", D(2026, 1, 1), D(2026, 3, 31)),
    ("2026-36", D(2026, 10, 1), D(2026, 12, 31)),
    ("2026-37", D(2026, 1, 1), D(2026, 4, 30)),
    ("2026-38", D(2026, 5, 1), D(2026, 8, 31)),
    ("2026-39", D(2026, 9, 1), D(2026, 12, 31)),
    ("2026-40", D(2026, 1, 1), D(2026, 6, 30)),
    ("2026-41", D(2026, 7, 1), D(2026, 12, 31)),
    ("2026-03/2026-06", D(2026, 3, 1), D(2026, 6, 30)),
    ("spring 2026/Q3 2026", D(2026, 3, 1), D(2026, 9, 30)),
    ("by 2026", DECLARED, D(2026, 12, 31)),
    ("by spring 2026", DECLARED, D(2026, 5, 31)),
    ("../2026-06", DECLARED, D(2026, 6, 30)),
    ("next year", D(2026, 1, 1), D(2026, 12, 31)),
    ("this year", D(2025, 1, 1), D(2025, 12, 31)),
    ("by next year", DECLARED, D(2026, 12, 31)),
    ("2028-02", D(2028, 2, 1), D(2028, 2, 29)),
    ("2028-02-29", D(2028, 2, 29), D(2028, 2, 29)),
]


@pytest.mark.parametrize(("text", "start", "end"), TABLE)
def test_grammar_table(text: str, start: dt.date, end: dt.date) -> None:
    window = parse_due(text, declared=DECLARED)
    assert (window.start, window.end) == (start, end)
    assert window.text == text
    assert not window.approximate


@pytest.mark.parametrize("text", ["SPRING 2026", "  Spring   2026 ", "Spring 2026"])
def test_matching_ignores_case_and_spacing(text: str) -> None:
    window = parse_due(text)
    assert (window.start, window.end) == (D(2026, 3, 1), D(2026, 5, 31))
    assert window.text == text  # the original text is kept


SOUTH = [
    ("spring 2026", D(2026, 9, 1), D(2026, 11, 30)),
    ("summer 2026", D(2026, 12, 1), D(2027, 2, 28)),
    ("summer 2026/27", D(2026, 12, 1), D(2027, 2, 28)),
    ("autumn 2026", D(2026, 3, 1), D(2026, 5, 31)),
    ("winter 2026", D(2026, 6, 1), D(2026, 8, 31)),
    ("2026-21", D(2026, 9, 1), D(2026, 11, 30)),
    ("2026-24", D(2026, 6, 1), D(2026, 8, 31)),
    # 25-28 are northern and 29-32 southern whatever the ledger says.
    ("2026-25", D(2026, 3, 1), D(2026, 5, 31)),
    ("2026-29", D(2026, 9, 1), D(2026, 11, 30)),
]


@pytest.mark.parametrize(("text", "start", "end"), SOUTH)
def test_southern_hemisphere(text: str, start: dt.date, end: dt.date) -> None:
    window = parse_due(text, hemisphere="south")
    assert (window.start, window.end) == (start, end)


def test_toml_date_is_that_day() -> None:
    window = parse_due(D(2026, 6, 30))
    assert (window.start, window.end, window.text) == (D(2026, 6, 30), D(2026, 6, 30), "2026-06-30")


@pytest.mark.parametrize("text", ["2026?", "2026~", "spring 2026?", "2026-06~", "2026%"])
def test_approximate_markers(text: str) -> None:
    window = parse_due(text)
    assert window.approximate
    assert window.end == parse_due(text.rstrip("?~%")).end


def test_interval_is_approximate_when_either_end_is() -> None:
    assert parse_due("2026-03~/2026-06").approximate
    assert parse_due("2026-03/2026-06?").approximate


def test_by_without_declared_has_open_start() -> None:
    window = parse_due("by 2026")
    assert window.start is None and window.end == D(2026, 12, 31)


def test_by_declared_after_deadline_keeps_start_before_end() -> None:
    window = parse_due("by 2026", declared=D(2027, 3, 1))
    assert window.start is not None and window.start <= window.end


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("sprign 2026", 'did you mean "spring 2026"'),
        ("Jnue 2026", 'did you mean "june 2026"'),
        ("erly 2026", 'did you mean "early 2026"'),
        ("2026-13", "neither a month"),
        ("2026-42", "neither a month"),
        ("2026-00", "neither a month"),
        ("2026-02-29", "not a calendar date"),
        ("2026-04-31", "not a calendar date"),
        ("winter 2026/28", "the one after 2026"),
        ("spring 2026/27", "does not cross"),
        ("2027/2026", "ends"),
        ("2026/..", "open-ended"),
        ("next year", "declared"),
        ("soon", "expected one of"),
        ("", "empty"),
        ("Q5 2026", "expected one of"),
        ("0000", "out of range"),
    ],
)
def test_unreadable_expressions_explain(text: str, fragment: str) -> None:
    with pytest.raises(DueError) as info:
        parse_due(text)
    message = str(info.value)
    assert fragment in message
    assert f'"{text}"' in message  # the expression is quoted


def test_unknown_form_lists_accepted_forms() -> None:
    with pytest.raises(DueError, match="spring/summer/autumn/fall/winter 2026"):
        parse_due("whenever")


def test_datetime_is_not_a_due_date() -> None:
    with pytest.raises(DueError, match="date-time"):
        parse_due(dt.datetime(2026, 6, 30, 12, 0))


# --- properties -------------------------------------------------------------

years = st.integers(min_value=1900, max_value=2200)
SINGLE_FORMS = st.one_of(
    st.builds(lambda y: f"{y}", years),
    st.builds(lambda y, m: f"{y}-{m:02d}", years, st.integers(1, 12)),
    st.builds(lambda y, c: f"{y}-{c}", years, st.integers(21, 41)),
    st.builds(lambda y, q: f"Q{q} {y}", years, st.integers(1, 4)),
    st.builds(lambda y, h: f"H{h} {y}", years, st.integers(1, 2)),
    st.builds(
        lambda y, w: f"{w} {y}",
        years,
        st.sampled_from(
            [
                "early",
                "mid",
                "late",
                "spring",
                "summer",
                "autumn",
                "fall",
                "winter",
                "beginning of",
                "end of",
                "first half of",
                "second half of",
                "January",
                "feb",
                "December",
            ]
        ),
    ),
    st.builds(lambda d: d.isoformat(), st.dates(D(1900, 1, 1), D(2200, 12, 31))),
)


@given(SINGLE_FORMS, st.sampled_from(["north", "south"]))
def test_start_never_after_end(text: str, hemisphere: str) -> None:
    window = parse_due(text, hemisphere=hemisphere)  # type: ignore[arg-type]
    assert window.start is not None and window.start <= window.end


@given(SINGLE_FORMS, st.dates(D(1900, 1, 1), D(2200, 12, 31)))
def test_by_x_ends_where_x_ends(text: str, declared: dt.date) -> None:
    plain = parse_due(text, declared=declared)
    by = parse_due(f"by {text}", declared=declared)
    edtf_open = parse_due(f"../{text}", declared=declared)
    assert by.end == plain.end == edtf_open.end
    assert by.start is not None and by.start <= by.end


@given(SINGLE_FORMS, SINGLE_FORMS)
def test_interval_spans_both_ends(left: str, right: str) -> None:
    a, b = parse_due(left), parse_due(right)
    if b.end < a.start:  # type: ignore[operator]
        with pytest.raises(DueError):
            parse_due(f"{left}/{right}")
    else:
        window = parse_due(f"{left}/{right}")
        assert (window.start, window.end) == (a.start, b.end)


@given(SINGLE_FORMS, st.sampled_from(["?", "~", "%"]))
def test_qualifier_keeps_window(text: str, mark: str) -> None:
    plain, marked = parse_due(text), parse_due(text + mark)
    assert (plain.start, plain.end) == (marked.start, marked.end)
    assert marked.approximate and not plain.approximate


@given(years, st.integers(1, 12))
def test_month_ends_on_its_last_day(year: int, month: int) -> None:
    window = parse_due(f"{year}-{month:02d}")
    assert (window.end + dt.timedelta(days=1)).day == 1
    assert window.end.month == month


# --- python-edtf as an oracle -------------------------------------------------

edtf = pytest.importorskip("edtf")


# ORACLE_TIME: python-edtf builds its grammar's caches on the first parse of each form,
# which took 257 and 602 ms in a clean-clone run on a loaded machine (35 ms after):
# the time is the oracle's, so these tests have no deadline.
def _oracle(text: str) -> tuple[dt.date, dt.date]:
    parsed = edtf.parse_edtf(text)
    low, high = parsed.lower_strict(), parsed.upper_strict()
    return (D.fromtimestamp(time.mktime(low)), D.fromtimestamp(time.mktime(high)))


EDTF_FORMS = st.one_of(
    st.builds(lambda y: f"{y}", years),
    st.builds(lambda y, m: f"{y}-{m:02d}", years, st.integers(1, 12)),
    st.builds(lambda d: d.isoformat(), st.dates(D(1900, 1, 1), D(2200, 12, 31))),
    # Seasons crossing the year (24, 28 northern winter; 30 southern summer) are left out:
    # python-edtf ends them on 31 December, we end them in February.
    st.builds(
        lambda y, c: f"{y}-{c}",
        years,
        st.sampled_from([21, 22, 23, 25, 26, 27, 29, 31, *range(32, 42)]),
    ),
)


EDTF_DATES = EDTF_FORMS.filter(lambda t: len(t) == 4 or int(t.split("-")[1]) <= 12)


@pytest.mark.slow
@settings(deadline=None)  # see ORACLE_TIME
@given(EDTF_FORMS)
def test_agrees_with_python_edtf(text: str) -> None:
    window = parse_due(text)
    assert (window.start, window.end) == _oracle(text)


@pytest.mark.slow
@settings(deadline=None)  # see ORACLE_TIME
@given(EDTF_DATES, st.sampled_from(["?", "~"]))
def test_qualified_dates_agree_with_python_edtf(text: str, mark: str) -> None:
    # python-edtf reads qualifiers on dates only, not on sub-year groupings.
    window = parse_due(text + mark)
    assert (window.start, window.end) == _oracle(text + mark)


@pytest.mark.slow
@settings(deadline=None)  # see ORACLE_TIME
@given(EDTF_DATES, EDTF_DATES)
def test_intervals_agree_with_python_edtf(left: str, right: str) -> None:
    a, b = parse_due(left), parse_due(right)
    if a.start is not None and b.end >= a.start:
        window = parse_due(f"{left}/{right}")
        assert (window.start, window.end) == _oracle(f"{left}/{right}")


def test_winter_crosses_the_year_unlike_python_edtf() -> None:
    assert _oracle("2026-24")[1] == D(2026, 12, 31)
    assert parse_due("2026-24").end == D(2027, 2, 28)


def test_a_spent_suggestion_budget_leaves_near_misses_without_one() -> None:
    # A ledger of 100,000 bad values gets suggestions for its first ones only.
    from commitments.text import did_you_mean, suggestions_at_most

    with suggestions_at_most(1):
        with pytest.raises(DueError) as first:
            parse_due("sprign 2026")
        with pytest.raises(DueError) as second:
            parse_due("sprign 2027")
        assert did_you_mean("pledg", ["pledge"]) == ""
    assert 'did you mean "spring 2026"?' in str(first.value)
    assert "did you mean" not in str(second.value)
    assert did_you_mean("pledg", ["pledge"]) == '; did you mean "pledge"?'
