"""iCalendar (RFC 5545): a feed a calendar app subscribes to, written by `icalendar`.

One all-day event per dated commitment, on its deadline (the last day of its
window): people keep deadlines in calendars, and an event as long as "by 2026"
would cover every day for months. The SUMMARY says when a deadline is not one
plain day (a window, "by …", an approximate date); the DESCRIPTION gives the
window. With EventSpan.window an event spans the whole window instead: DTSTART its
first day, DTEND the day after its last (all-day events end exclusively); a window
with no first day ("by 2026" with nothing declared) is its deadline alone. The UID
is the commitment's id and the ledger's identity (commands.ledger_identity),
whatever the span, so a calendar that subscribes updates its events instead of
doubling them. DTSTAMP is the day of the report, so the same ledger on the same
day gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from commitments import __version__
from commitments.formats import EventSpan
from commitments.formats.phrases import window_text
from commitments.report.state import State
from commitments.text import in_its_own_encoding, visible

if TYPE_CHECKING:
    from icalendar import Event, Timezone

    from commitments.formats import ViewOptions

# Open commitments have not happened yet; done and partial ones did; missed and
# cancelled ones did not and will not (a calendar strikes them out).
EVENT_STATUS = {
    "planned": "TENTATIVE",
    "in-progress": "TENTATIVE",
    "stalled": "TENTATIVE",
    "done": "CONFIRMED",
    "partial": "CONFIRMED",
    "missed": "CANCELLED",
    "cancelled": "CANCELLED",
}


def uid(commitment_id: str, identity: str) -> str:
    return f"{commitment_id}.{identity}@commitments"


def description(state: State, today: dt.date) -> str:
    c = state.commitment
    lines = []
    if c.quote:
        lines.append(f"“{c.quote}”")
    if c.source:
        lines.append(f"Source: {c.source}")
    if c.url:
        lines.append(c.url)
    due = state.window.text if state.window else "undated"
    lines.append(f"Status: {state.status} as of {today} (due: {due}; {c.strength})")
    if state.window is not None:
        lines.append(f"Window: {window_text(state.window)}")
    if c.parties:
        lines.append("Parties: " + " ".join(c.parties))
    return visible("\n".join(lines), keep_newlines=True)


def summary(state: State) -> str:
    """The title, and the due expression when the deadline is not one plain day: a
    calendar shows the summary alone, and "by 2026" on 31 December is no appointment."""
    title, window = visible(state.commitment.title), state.window
    if window is None or (window.start == window.end and not window.approximate):
        return title
    approximate = ", approximate" if window.approximate else ""
    # "next year" counts from the declared date: on a calendar it says the year it means.
    declared = state.commitment.declared
    due = visible(window.text)
    if declared is not None:
        due = _RELATIVE.sub(lambda m: f"{declared.year + (m[1].lower() == 'next'):04d}", due)
    due = _OPEN_START.sub("by ", due)  # EDTF's open start, ../2027-03-01, in words
    return f"{title} (due {due}{approximate})"


_RELATIVE = re.compile(r"\b(next|this)\s+year\b", re.IGNORECASE)
_OPEN_START = re.compile(r"^\.\./\s*")


def event(
    state: State, today: dt.date, identity: str, span: EventSpan = EventSpan.deadline
) -> Event:
    from icalendar import Event  # startup: calendars only

    c, window = state.commitment, state.window
    assert window is not None
    made = Event()
    made.add("uid", uid(c.id, identity))
    made.add("dtstamp", dt.datetime.combine(today, dt.time(), dt.UTC))
    first = window.end if span is EventSpan.deadline else window.start or window.end
    made.add("dtstart", first)
    if window.end < dt.date.max:
        made.add("dtend", window.end + dt.timedelta(days=1))  # the day after, exclusive
    else:  # no day follows 9999-12-31: the same span said as a length
        made.add("duration", dt.timedelta(days=(window.end - first).days + 1))
    made.add("summary", summary(state))
    made.add("description", description(state, today))
    if c.tags:
        made.add("categories", [visible(tag) for tag in c.tags])
    made.add("status", EVENT_STATUS.get(state.status, "TENTATIVE"))
    made.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
    # A calendar app takes a higher SEQUENCE as the newer version of an event: each
    # reschedule is one, and a status other than the one declared is one more.
    changed = state.status != c.status
    made.add("sequence", state.slips + changed)
    if state.updated is not None:
        made.add("last-modified", dt.datetime.combine(state.updated, dt.time(), dt.UTC))
    if c.url:
        made.add("url", visible(c.url))
    return made


class Format:
    def __init__(self, options: ViewOptions | None = None) -> None:
        self.identity = options.identity if options else ""
        self.span = options.events if options else EventSpan.deadline

    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        in_its_own_encoding(out, "utf-8")
        events = [
            event_text(state, today, self.identity, self.span)
            for state in states
            if state.window is not None
        ]
        out.write(calendar_text(events))


def event_text(state: State, today: dt.date, identity: str, span: EventSpan) -> str:
    """One event, as the calendar holds it (lines folded, CRLF-ended)."""
    text: str = event(state, today, identity, span).to_ical().decode("utf-8")
    return text


def calendar_text(events: Sequence[str], name: str = "Commitments") -> str:
    """The calendar around ``events`` (each ``event_text``): what icalendar writes for a
    calendar of these components, its own properties first. The site keeps each event's
    text and makes again only those that changed (publish/site.py)."""
    from icalendar import Calendar  # startup: calendars only

    calendar = Calendar()
    calendar.add("prodid", f"-//commitments//commitments {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", visible(name))  # what a calendar app calls it
    if not events:
        # RFC 5545 wants one component at least: a feed whose selection is empty
        # for now (a desk with nothing dated) must still be a valid one.
        calendar.add_component(utc())
    whole: str = calendar.to_ical().decode("utf-8")
    end = "END:VCALENDAR\r\n"
    assert whole.endswith(end)
    return whole[: -len(end)] + "".join(events) + end


def utc() -> Timezone:
    """The UTC time zone (every DTSTAMP is in it) as a VTIMEZONE component."""
    from icalendar import Timezone, TimezoneStandard  # startup: calendars only

    standard = TimezoneStandard()
    standard.add("dtstart", dt.datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", dt.timedelta(0))
    standard.add("tzoffsetto", dt.timedelta(0))
    standard.add("tzname", "UTC")
    zone = Timezone()
    zone.add("tzid", "UTC")
    zone.add_component(standard)
    return zone
