"""The site's index, and a page per summit and per commitment (site_html.py has what
they share). A commitment's page says nothing that changes with the day alone (no "12
days left"), so that a rebuild after an update rewrites only what that update changed.
"""

from __future__ import annotations

import heapq

from commitments.formats.as_html import matrix, score_class, score_legend
from commitments.formats.html_page import esc, href
from commitments.formats.timeline_svg import legend, svg
from commitments.model import LICENSES, PLEDGE, Summit, Update
from commitments.parties import party_name
from commitments.publish.site_html import (
    CALENDAR,
    FEED,
    SCORE_KEY,
    Site,
    attention_badge,
    cell_words,
    commitment_path,
    commitment_table,
    due_text,
    evidence,
    fact_list,
    link,
    list_table,
    party_links,
    party_path,
    score_text,
    summit_path,
    whole_page,
)
from commitments.report.compliance import Row
from commitments.report.state import State
from commitments.report.timeline import timeline
from commitments.text import counted

LATEST = 20  # updates on the index


# --- the index ----------------------------------------------------------------------


def index_page(site: Site) -> str:
    up = ""
    summits = "".join(
        f"<tr><td>{link(summit_path(line.summit.id), esc(line.summit.name), up)}</td>"
        f'<td class="nowrap" data-label="Date">{esc(str(line.summit.date))}</td>'
        f'<td data-label="Pledges">{line.commitments}</td>'
        f'<td data-label="Score">{score_text(line.score)}</td></tr>'
        for line in site.stats.summits
    )
    parties = "".join(
        f"<tr><td>{link(party_path(line.party), esc(party_name(line.party)), up)}</td>"
        f'<td data-label="Pledges">{line.commitments}</td>'
        f'<td data-label="Score">{score_text(line.score)}</td></tr>'
        for line in sorted(
            site.stats.parties,
            key=lambda p: (p.score.score is None, -(p.score.score or 0), party_name(p.party)),
        )
    )
    attention = [(s, s.attention(site.today)) for s in site.states]
    overdue = [s for s, said in attention if said == "overdue"]
    soon = [s for s, said in attention if said == "due-soon"]
    body = [
        f"<header><h1>{esc(site.title)}</h1>"
        f'<p class="meta">As of {site.today}: {counted(len(site.states), "commitment")},'
        f" {counted(len(site.ledger.summits), 'summit')}.{_licence(site)}</p></header>\n",
        SCORE_KEY,
        '<h2 id="summits">Summits</h2>\n',
        list_table(["Summit", "Date", "Pledges", "Score"], summits),
        '<h2 id="parties">Parties</h2>\n',
        list_table(["Party", "Pledges", "Score"], parties),
        f"<h2>Overdue ({len(overdue)})</h2>\n",
        commitment_table(overdue, site, up) if overdue else "<p>Nothing is overdue.</p>\n",
        f"<h2>Due within 60 days ({len(soon)})</h2>\n",
        commitment_table(soon, site, up) if soon else "<p>Nothing is due soon.</p>\n",
        "<h2>Latest updates</h2>\n",
        _latest(site, up),
        f"<p>Follow the updates: {link(FEED, 'Atom feed', up)}; the deadlines in a calendar:"
        f" {link(CALENDAR, 'iCalendar feed', up)}.</p>\n",
    ]
    return whole_page(site, "Index", "".join(body), up).replace(
        f"<title>Index · {esc(site.title)}</title>", f"<title>{esc(site.title)}</title>"
    )


def _licence(site: Site) -> str:
    name = site.ledger.license
    if not name:
        return ""
    known = LICENSES.get(name)
    said = link_out(known[1], esc(name)) if known else esc(name)
    return f" The data are published under {said}."


def link_out(url: str, text: str) -> str:
    link = href(url)
    return f'<a href="{link}">{text}</a>' if link else text


def _latest(site: Site, up: str) -> str:
    latest = heapq.nlargest(LATEST, site.updates, key=lambda pair: (pair[1].on, pair[0]))
    if not latest:
        return "<p>No update recorded yet.</p>\n"
    items = []
    for _, u in latest:
        to = link(commitment_path(u.commitment), esc(site.titles[u.commitment]), up)
        items.append(f"<li>{_update_line(u, up)} — {to}</li>")
    return f'<ol class="updates">{"".join(items)}</ol>\n'


def _update_line(u: Update, up: str) -> str:
    parts = [f'<span class="nowrap">{esc(str(u.on))}</span>']
    if u.status:
        parts.append(
            f"<b>{esc(u.status)}</b>"
            + (f" ({link(party_path(u.party), esc(u.party), up)})" if u.party else "")
        )
    if u.due:
        parts.append(f"moved to {esc(u.due)}")
    if u.note:
        parts.append(esc(u.note))
    shown = evidence(u.source, u.url)
    if shown:
        parts.append(f"evidence: {shown}")
    # who recorded it (``by``) stays in the ledger and the data: a page is for readers
    return " · ".join(parts)


# --- a summit -----------------------------------------------------------------------


def summit_page(site: Site, summit: Summit) -> str:
    up = "../"
    report = site.summit_report(summit)
    own = site.of_summit.get(summit.id, [])
    when = f"{summit.date}" + (f" – {summit.end}" if summit.end else "")
    facts = [("Date", esc(when))]
    if summit.place:
        facts.append(("Place", esc(summit.place)))
    if summit.host:
        facts.append(("Host", party_links([summit.host], up)))
    if summit.parties:
        facts.append(("Parties", party_links(summit.parties, up)))
    if summit.source or summit.url:
        facts.append(("Source", evidence(summit.source, summit.url)))
    body = [
        f"<header><h1>{esc(summit.name)}</h1>"
        f'<p class="meta">As of {site.today}: {len(own)} commitments,'
        f" {len(report.rows)} pledges, {report.assessed} of {counted(report.cells, 'cell')}"
        f" assessed</p></header>\n",
        fact_list(facts),
        "<h2>Compliance</h2>\n",
    ]
    if report.rows:
        body += [
            matrix(report, lambda ident: esc(up + commitment_path(ident))),
            score_legend(report),
        ]
    else:
        body.append("<p>No pledge with a responsible party to assess.</p>\n")
    made = timeline(own, site.today)
    if made.bars:
        hidden = made.not_drawn()
        body += [
            "<h2>Timeline</h2>\n",
            f'<figure class="scroll">{svg(made)}</figure>\n{legend(made)}',
            f'<p class="legend">Not drawn: {esc(" and ".join(hidden))}.</p>\n' if hidden else "",
        ]
    body += ["<h2>Commitments</h2>\n", commitment_table(own, site, up)]
    return whole_page(site, summit.name, "".join(body), up)


# --- a commitment -------------------------------------------------------------------


def commitment_page(site: Site, state: State, summit: Summit | None) -> str:
    up = "../"
    c = state.commitment
    facts = [
        ("Id", f'<span class="id">{esc(c.id)}</span>'),
        ("Strength", esc(c.strength)),
        ("Status", esc(state.status) + attention_badge(state, site.today)),
        ("Due", due_text(state)),
    ]
    if summit is not None:
        facts.append(("Summit", link(summit_path(summit.id), esc(summit.name), up)))
    if c.declared:
        facts.append(("Declared", esc(str(c.declared))))
    if c.parties:
        facts.append(("Parties", party_links(c.parties, up)))
    if c.strength == PLEDGE and c.answerable != c.parties:
        facts.append(("Responsible", party_links(c.answerable, up)))
    if c.host:
        facts.append(("Host", party_links([c.host], up)))
    if c.tags:
        facts.append(("Tags", esc(", ".join(c.tags))))
    if c.follows and c.follows in site.titles:
        to = link(commitment_path(c.follows), esc(site.titles[c.follows]), up)
        facts.append(("Follows", to))
    followers = site.followers.get(c.id, [])
    if followers:
        facts.append(
            (
                "Followed by",
                ", ".join(
                    link(commitment_path(f.commitment.id), esc(f.commitment.title), up)
                    for f in followers
                ),
            )
        )
    body = [f"<header><h1>{esc(c.title)}</h1></header>\n", fact_list(facts)]
    if c.quote:
        said = evidence(c.source, c.url)
        body.append(
            f"<h2>In the source's words</h2>\n<blockquote>{esc(c.quote)}</blockquote>\n"
            + (f"<p>Source: {said}</p>\n" if said else "")
        )
    elif c.source or c.url:
        body.append(f"<h2>Source</h2>\n<p>{evidence(c.source, c.url)}</p>\n")
    if c.notes:
        body.append(f"<h2>Notes</h2>\n<p>{esc(c.notes)}</p>\n")
    row = site.rows.get(c.id)
    if row is not None:
        body.append(_assessment(row, up))
    body.append("<h2>Updates</h2>\n")
    updates = site.updates_of.get(c.id, [])
    if updates:
        items = "".join(f"<li>{_update_line(u, up)}</li>" for u in updates)
        body.append(f'<ol class="updates">{items}</ol>\n')
    else:
        body.append("<p>No update recorded yet.</p>\n")
    return whole_page(site, c.title, "".join(body), up)


def _assessment(row: Row, up: str) -> str:
    lines = []
    for party, cell in row.cells.items():
        on = str(cell.on) if cell.assessed and cell.on else ""
        lines.append(
            f"<tr><td>{link(party_path(party), esc(party_name(party)), up)}</td>"
            f'<td data-label="Assessed as">{esc(cell.status) if cell.assessed else "—"}</td>'
            f'<td data-label="Score" class="score {score_class(cell.score)}">'
            f"{cell_words(cell)}</td>"
            f'<td data-label="On" class="nowrap">{esc(on)}</td>'
            f'<td data-label="Evidence">{evidence(cell.source, cell.url)}</td></tr>'
        )
    return (
        f"<h2>Assessment</h2>\n<p>Score: {score_text(row.score)}</p>\n"
        + list_table(["Party", "Assessed as", "Score", "On", "Evidence"], "".join(lines))
        + SCORE_KEY
    )
