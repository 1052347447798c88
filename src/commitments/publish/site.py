"""`site OUTDIR`: the ledger as a static tracker site, as of a day.

The pages are made from one reading of the ledger (site_pages.py), then written by
site_files.py: only those that changed, leaves first (commitments, then summits and
parties), the index and the feeds last, so that a link never leads to a page not
written yet. A page carries the key of its inputs, and is made again only when the key
changed; so is each event of the calendar. tests/publish/test_site.py proves a site
grown so, update after update and day after day, the same as one made anew.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

from commitments import __version__
from commitments.formats import EventSpan
from commitments.model import Ledger
from commitments.publish import party_pages, site_html, site_pages
from commitments.publish.atom_feed import feed
from commitments.publish.site_files import Page, Written, kept_texts, site_folder, write_site
from commitments.report.compliance import compliance_report, stats
from commitments.report.state import State

DEFAULT_TITLE = "Commitments tracker"


def _key(*inputs: object) -> str:
    """A digest of what a page is made from: the same inputs make the same page (the
    tool's version is one of them, so a new version makes every page again)."""
    return hashlib.sha256(repr((__version__, *inputs)).encode()).hexdigest()


class EventTexts:
    """The calendar's events by the key of their inputs: those of the last build (kept
    in the site's manifest) and those of this one. A rebuild makes again only the events
    whose commitment changed; `calendar_text` joins them as icalendar writes a whole
    calendar (tests/formats/test_ics.py proves it)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder  # where the last build's are (read only if the calendar is made)
        self.now: dict[str, str] | None = None

    def calendar(
        self,
        states: list[State],
        today: dt.date,
        identity: str,
        shown: dict[str, str],
        name: str,
    ) -> bytes:
        from commitments.formats.as_ics import calendar_text, event_text  # startup: site

        previous = kept_texts(self.folder) if self.folder is not None else {}
        self.now = {}
        texts = []
        for s in states:
            if s.window is None:
                continue
            # what the commitment shows holds all that its event says
            key = _key(today, identity, shown[s.commitment.id])
            text = previous.get(key)
            if text is None:
                text = event_text(s, today, identity, EventSpan.deadline)
            self.now[key] = text
            texts.append(text)
        return calendar_text(texts, name).encode()

    def kept(self) -> dict[str, str] | None:
        """What the next build may use, when the calendar was made again (else the last
        build's stay as they are)."""
        return self.now


def _shown(site: site_html.Site, state: State) -> tuple[object, ...]:
    """What a commitment shows, wherever it is shown: itself, its state, its updates,
    its cells and its score, and whether it needs attention today."""
    c = state.commitment
    row = site.rows.get(c.id)
    cells = None
    if row is not None:
        cells = (
            row.title,
            tuple(
                (p, x.status, x.score, x.assessed, x.on, x.source, x.url, x.previous, x.changed)
                for p, x in row.cells.items()
            ),
            (row.score.score, row.score.assessed, row.score.cells, row.score.scored),
        )
    # plain tuples: their repr is the interpreter's own, a NamedTuple's is Python code
    return (
        tuple(c),
        state.status,
        tuple(state.window) if state.window else None,
        tuple(state.history) if state.history else None,
        state.attention(site.today),
        [tuple(u) for u in site.updates_of.get(c.id, ())],
        cells,
    )


def _encoded(render: Callable[..., str], *args: object) -> bytes:
    return render(*args).encode()


def pages(
    whole: Ledger,
    ledger: Ledger,
    states: list[State],
    today: dt.date,
    *,
    title: str = DEFAULT_TITLE,
    identity: str = "",
    base_url: str = "",
    events: EventTexts | None = None,
) -> list[Page]:
    """Every file of the site, in the order to write them; the index and the feed are
    made each time, the others when their key changed."""
    present = {s.commitment.id for s in states}
    numbered = [
        pair
        for pair in enumerate(whole.updates, start=1)
        if pair[1].commitment in present and pair[1].on <= today
    ]
    parties = sorted(
        {p for s in states for p in s.commitment.parties}
        | {p for s in ledger.summits for p in s.parties}
        | {s.host for s in ledger.summits if s.host}
        | {s.commitment.host for s in states if s.commitment.host}
    )
    site = site_html.Site(
        title,
        today,
        ledger,
        states,
        compliance_report(ledger, states, today),
        stats(ledger, states, today),
        numbered,
        parties,
    )
    summits = {s.id: s for s in ledger.summits}
    summit_keys = {s.id: _key(s) for s in ledger.summits}
    # each commitment's inputs digested once: every page that shows it names the digest
    shown = {s.commitment.id: _key(_shown(site, s)) for s in states}
    made: list[Page] = []
    for state in states:
        c = state.commitment
        summit = summits.get(c.summit or "")
        key = _key(
            title,
            shown[c.id],
            summit_keys.get(c.summit or ""),
            site.titles.get(c.follows or ""),
            [(f.commitment.id, f.commitment.title) for f in site.followers.get(c.id, [])],
        )
        render = partial(_encoded, site_pages.commitment_page, site, state, summit)
        made.append(Page(site_html.commitment_path(c.id), key, render))
    for summit in ledger.summits:
        own = site.of_summit.get(summit.id, [])
        key = _key(title, today, summit, [shown[s.commitment.id] for s in own])
        render = partial(_encoded, site_pages.summit_page, site, summit)
        made.append(Page(site_html.summit_path(summit.id), key, render))
    lines = {line.party: line for line in site.stats.parties}
    for code in parties:
        record = party_pages.standings(site, code)
        summary = [
            (
                summit_keys.get(s.summit.id) if s.summit else None,
                party_pages.tally(s, code),
                len(s.pledges),
                len(s.others),
            )
            for s in record
        ]
        key = _key(title, today, code, lines.get(code), summary)
        render = partial(_encoded, party_pages.party_page, site, code, record)
        made.append(Page(site_html.party_path(code), key, render))
        for standing in record:
            key = _key(
                title,
                today,
                code,
                summit_keys.get(standing.summit.id) if standing.summit else None,
                [shown[row.id] for row, _ in standing.pledges],
                [shown[s.commitment.id] for s in standing.others],
            )
            render = partial(_encoded, party_pages.party_summit_page, site, code, standing)
            made.append(Page(site_html.party_summit_path(code, standing.summit), key, render))
    news = partial(_encoded, feed, title, identity, numbered, site.titles, today, base_url)
    made.append(Page(site_html.FEED, None, news))
    texts = events or EventTexts()
    calendar_key = _key(
        title, today, identity, [shown[s.commitment.id] for s in states if s.window]
    )
    calendar = partial(texts.calendar, states, today, identity, shown, title)
    made.append(Page(site_html.CALENDAR, calendar_key, calendar))
    made.append(Page("index.html", None, partial(_encoded, site_pages.index_page, site)))
    return made


def build_site(
    whole: Ledger,
    ledger: Ledger,
    states: list[State],
    today: dt.date,
    target: str,
    *,
    title: str = DEFAULT_TITLE,
    identity: str = "",
    base_url: str = "",
) -> Written:
    folder = site_folder(target, whole.path)
    events = EventTexts(folder)
    made = pages(
        whole,
        ledger,
        states,
        today,
        title=title,
        identity=identity,
        base_url=base_url,
        events=events,
    )
    return write_site(folder, made, events.kept)
