"""`site OUTDIR`: the ledger as a static tracker site, as of a day.

The pages are made from one reading of the ledger (site_pages.py), then written by
site_files.py: only those that changed, leaves first (commitments, then summits and
parties), the index and the feeds last, so that a link never leads to a page not
written yet.
"""

from __future__ import annotations

import datetime as dt
import io

from commitments.formats import EventSpan, ExportFormat, ViewOptions, export_view
from commitments.model import Ledger
from commitments.publish import site_pages
from commitments.publish.atom_feed import feed
from commitments.publish.site_files import Written, site_folder, write_site
from commitments.report.compliance import compliance_report, stats
from commitments.report.state import State

DEFAULT_TITLE = "Commitments tracker"


def pages(
    whole: Ledger,
    ledger: Ledger,
    states: list[State],
    today: dt.date,
    *,
    title: str = DEFAULT_TITLE,
    identity: str = "",
    base_url: str = "",
) -> dict[str, bytes]:
    """Every file of the site, by its path in the site, in the order to write them."""
    present = {s.commitment.id for s in states}
    numbered = [
        (number, u)
        for number, u in enumerate(whole.updates, start=1)
        if u.on <= today and u.commitment in present
    ]
    report = compliance_report(ledger, states, today)
    summit_reports = {
        s.id: compliance_report(
            ledger, [st for st in states if st.commitment.summit == s.id], today, summit=s
        )
        for s in ledger.summits
    }
    parties = sorted(
        {p for s in states for p in s.commitment.parties}
        | {p for s in ledger.summits for p in s.parties}
        | {p for s in ledger.summits if s.host for p in [s.host]}
        | {s.commitment.host for s in states if s.commitment.host}
    )
    site = site_pages.Site(
        title,
        today,
        ledger,
        states,
        report,
        summit_reports,
        stats(ledger, states, today),
        numbered,
        parties,
    )
    summits = {s.id: s for s in ledger.summits}
    made: dict[str, bytes] = {}
    for state in states:
        c = state.commitment
        page = site_pages.commitment_page(site, state, summits.get(c.summit or ""))
        made[site_pages.commitment_path(c.id)] = page.encode()
    for summit in ledger.summits:
        made[site_pages.summit_path(summit.id)] = site_pages.summit_page(site, summit).encode()
    for code in parties:
        made[site_pages.party_path(code)] = site_pages.party_page(site, code).encode()
    titles = {s.commitment.id: s.commitment.title for s in states}
    made[site_pages.FEED] = feed(title, identity, numbered, titles, today, base_url).encode()
    calendar = io.StringIO()
    export_view(
        ExportFormat.ics, ViewOptions(identity=identity, events=EventSpan.deadline)
    ).commitments(states, today, calendar)
    made[site_pages.CALENDAR] = calendar.getvalue().encode()
    made["index.html"] = site_pages.index_page(site).encode()
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
    made = pages(whole, ledger, states, today, title=title, identity=identity, base_url=base_url)
    return write_site(folder, made)
