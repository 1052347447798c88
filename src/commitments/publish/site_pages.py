"""The pages of the static tracker site: the index, a page per summit, per commitment
and per party. Each is a whole HTML document made by html_page.page: no script, nothing
fetched, every piece of ledger text through ``esc`` and every address through ``href``.

A page links to others by relative paths (``commitments/ID.html``, ``../index.html``),
so the site works from any folder of any host, and from the disk. A commitment's page
says nothing that changes with the day alone (no "12 days left"), so that a rebuild
after an update rewrites only what that update changed.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field

from commitments.formats.as_html import matrix, score_class, score_legend
from commitments.formats.compliance_table import (
    cell_text,
    mean_text,
    percent_text,
)
from commitments.formats.html_page import esc, href, page
from commitments.formats.timeline_svg import legend, svg
from commitments.model import LICENSES, PLEDGE, Ledger, Summit, Update
from commitments.parties import party_name
from commitments.report.compliance import Cell, Report, Row, Score, Stats, compliance_report
from commitments.report.scoring import mean
from commitments.report.state import State
from commitments.report.timeline import timeline
from commitments.text import counted

FEED = "feed.xml"
CALENDAR = "calendar.ics"
LATEST = 20  # updates on the index

SITE_CSS = """
nav { background: #f2f2f5; border-bottom: 1px solid #d0d0d5; }
nav p { max-width: 1100px; margin: 0 auto; padding: 8px 20px; font-size: .95rem; }
nav a { margin-right: 1rem; }
a { color: #1a4fa0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 12px 0; }
dl.facts dt { color: #555; }
dl.facts dd { margin: 0; }
blockquote { margin: 10px 0; padding: 6px 14px; border-left: 4px solid #c5cae9;
  background: #f7f8fc; }
.badge { display: inline-block; padding: 0 .45em; border-radius: 3px; font-size: .85rem;
  border: 1px solid #bbb; white-space: nowrap; }
.overdue { background: #fde0e0; border-color: #c62828; }
.due-soon { background: #fff1b8; border-color: #e0a100; }
ol.updates { padding-left: 1.2rem; }
ol.updates li { margin: 6px 0; }
nav a { white-space: nowrap; }
table.list td, table.list th { overflow-wrap: normal; }
table.list .id { overflow-wrap: anywhere; }
@media (max-width: 600px) {
  nav p { padding: 8px 10px; }
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin-bottom: 6px; }
  /* a list reads as cards on a phone: each row a block, each cell its own line */
  table.list, table.list tbody, table.list tr, table.list td { display: block; }
  table.list thead { display: none; }
  table.list tr { border: 1px solid #d0d0d5; margin: 0 0 8px; padding: 4px 8px; }
  table.list td { border: none; padding: 2px 0; }
  table.list td[data-label]::before { content: attr(data-label) ": "; color: #555; }
  table.list td:empty { display: none; }
  table.list td.score { text-align: left; }
}
@media print { nav { display: none; } }
"""


@dataclass(slots=True)
class Site:
    """What the pages are made from: the ledger as of the day, computed once."""

    title: str
    today: dt.date
    ledger: Ledger
    states: list[State]
    report: Report  # every pledge: each commitment's row
    stats: Stats
    updates: list[tuple[int, Update]]  # numbered in the ledger's order
    parties: list[str]
    rows: dict[str, Row] = field(default_factory=dict)
    followers: dict[str, list[State]] = field(default_factory=dict)
    updates_of: dict[str, list[Update]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    of_summit: dict[str | None, list[State]] = field(default_factory=dict)
    summit_reports: dict[str, Report] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rows = {row.id: row for row in self.report.rows}
        self.titles = {s.commitment.id: s.commitment.title for s in self.states}
        for state in self.states:
            self.of_summit.setdefault(state.commitment.summit, []).append(state)
        numbered: dict[str, list[tuple[dt.date, int, Update]]] = {}
        for number, u in self.updates:
            numbered.setdefault(u.commitment, []).append((u.on, number, u))
        for ident, each in numbered.items():  # a few each: sorted apart, not all at once
            self.updates_of[ident] = [u for _, _, u in sorted(each)]
        for state in self.states:
            follows = state.commitment.follows
            if follows:
                self.followers.setdefault(follows, []).append(state)

    def summit_report(self, summit: Summit) -> Report:
        """The summit's compliance report, made when its page is (not when the page is
        the same as the one already written)."""
        if summit.id not in self.summit_reports:
            self.summit_reports[summit.id] = compliance_report(
                self.ledger, self.of_summit.get(summit.id, []), self.today, summit=summit
            )
        return self.summit_reports[summit.id]


# --- links --------------------------------------------------------------------------


def commitment_path(ident: str) -> str:
    return f"commitments/{ident}.html"


def summit_path(ident: str) -> str:
    return f"summits/{ident}.html"


def party_path(code: str) -> str:
    return f"parties/{code}.html"


# Commitments made at no summit: a name no summit id can have (ids have no "_").
NO_SUMMIT = "_no-summit"


def party_summit_path(code: str, summit: Summit | None) -> str:
    return f"parties/{code}/{summit.id if summit else NO_SUMMIT}.html"


def _a(path: str, text: str, up: str) -> str:
    """A link to one of the site's pages; ``path`` is made of ids the ledger checked
    ([a-z0-9-], party codes), and is escaped all the same."""
    return f'<a href="{esc(up + path)}">{text}</a>'


def _nav(site: Site, up: str) -> str:
    return (
        f"<nav><p>{_a('index.html', esc(site.title), up)}"
        f"{_a('index.html#summits', 'Summits', up)}{_a('index.html#parties', 'Parties', up)}"
        f"{_a(FEED, 'Updates feed', up)}{_a(CALENDAR, 'Calendar', up)}</p></nav>\n"
    )


def _head(up: str) -> str:
    return (
        f'<link rel="alternate" type="application/atom+xml" title="Updates"'
        f' href="{esc(up + FEED)}">\n'
    )


def _page(site: Site, title: str, body: str, up: str) -> str:
    return page(f"{title} · {site.title}", body, head=_head(up), nav=_nav(site, up), css=SITE_CSS)


def _source(source: str | None, url: str | None) -> str:
    link = href(url)
    said = esc(source) if source else ""
    if link:
        return f'<a href="{link}">{said or esc(url or "")}</a>'
    return said


def _score(score: Score) -> str:
    """A mean, its percentage and its coverage; "not assessed yet" is never a number."""
    if not score.cells:
        return ""
    of = f"{score.assessed} of {counted(score.cells, 'cell')} assessed"
    if score.scored != score.assessed:
        of += f", {score.scored} scored"
    if score.score is None:
        said = "not assessed yet" if not score.assessed else "nothing scored yet"
        return f"{said} ({of})"
    return (
        f'<span class="badge {score_class(score.score)}">{esc(mean_text(score))}'
        f"{' · ' + esc(percent_text(score)) if percent_text(score) else ''}</span>"
        f" ({of})"
    )


# What a score means, said where scores are shown (a reader of one page has not read
# the summit's legend).
SCORE_KEY = (
    '<p class="legend">A score is the mean of the scored cells, a cell being a'
    " party's standing on a pledge: +1 done, 0 partial, −1 missed; as a percentage,"
    " (score + 1) / 2 × 100. A cell nobody has assessed yet, and one assessed as still"
    " in progress, is left out of every mean; each score says how many cells it rests"
    " on, and † marks one resting on fewer than half of them.</p>\n"
)


def _cell_words(cell: Cell) -> str:
    """A cell's score, in words where it has none (a mark is easy to miss on a phone)."""
    if cell.score is not None:
        return esc(cell_text(cell))
    return "not scored" if cell.assessed else "not assessed"


def _attention(state: State, today: dt.date, *, days: bool = False) -> str:
    """A badge when it needs attention; ``days``: how many days late or left (on the
    pages made each day, never on a commitment's own, which changes only with it)."""
    said = state.attention(today)
    if said is None:
        return ""
    text = "overdue" if said == "overdue" else "due soon"
    left = state.days_left(today)
    if days and left is not None:
        text += f", {counted(-left, 'day')} late" if left < 0 else f", in {counted(left, 'day')}"
    return f' <span class="badge {said}">{text}</span>'


def _parties(codes: Sequence[str], up: str) -> str:
    return ", ".join(_a(party_path(c), esc(party_name(c)), up) for c in codes)


def _window(state: State) -> str:
    window = state.window
    if window is None:
        return "undated"
    span = f"{window.start} – {window.end}" if window.start else f"by {window.end}"
    return f"{esc(window.text)} ({esc(span)}{', approximate' if window.approximate else ''})"


def _commitment_table(states: Sequence[State], site: Site, up: str) -> str:
    lines = []
    for state in states:
        c = state.commitment
        lines.append(
            f"<tr><td>{_a(commitment_path(c.id), esc(c.title), up)}"
            f'<span class="id">{esc(c.id)}</span></td>'
            f'<td data-label="Strength">{esc(c.strength)}</td>'
            f'<td data-label="Status">{esc(state.status)}'
            f"{_attention(state, site.today, days=True)}</td>"
            f'<td data-label="Due">{esc(state.window.text) if state.window else "undated"}</td>'
            "</tr>"
        )
    return _list(["Commitment", "Strength", "Status", "Due"], "".join(lines))


def _list(heads: list[str], rows: str) -> str:
    head = "".join(f"<th>{h}</th>" for h in heads)
    return f'<table class="list"><thead><tr>{head}</tr></thead><tbody>\n{rows}\n</tbody></table>\n'


# --- the index ----------------------------------------------------------------------


def index_page(site: Site) -> str:
    up = ""
    summits = "".join(
        f"<tr><td>{_a(summit_path(line.summit.id), esc(line.summit.name), up)}</td>"
        f'<td class="nowrap" data-label="Date">{esc(str(line.summit.date))}</td>'
        f'<td data-label="Pledges">{line.commitments}</td>'
        f'<td data-label="Score">{_score(line.score)}</td></tr>'
        for line in site.stats.summits
    )
    parties = "".join(
        f"<tr><td>{_a(party_path(line.party), esc(party_name(line.party)), up)}</td>"
        f'<td data-label="Pledges">{line.commitments}</td>'
        f'<td data-label="Score">{_score(line.score)}</td></tr>'
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
        _list(["Summit", "Date", "Pledges", "Score"], summits),
        '<h2 id="parties">Parties</h2>\n',
        _list(["Party", "Pledges", "Score"], parties),
        f"<h2>Overdue ({len(overdue)})</h2>\n",
        _commitment_table(overdue, site, up) if overdue else "<p>Nothing is overdue.</p>\n",
        f"<h2>Due within 60 days ({len(soon)})</h2>\n",
        _commitment_table(soon, site, up) if soon else "<p>Nothing is due soon.</p>\n",
        "<h2>Latest updates</h2>\n",
        _latest(site, up),
        f"<p>Follow the updates: {_a(FEED, 'Atom feed', up)}; the deadlines in a calendar:"
        f" {_a(CALENDAR, 'iCalendar feed', up)}.</p>\n",
    ]
    return _page(site, "Index", "".join(body), up).replace(
        f"<title>Index · {esc(site.title)}</title>", f"<title>{esc(site.title)}</title>"
    )


def _licence(site: Site) -> str:
    name = site.ledger.license
    if not name:
        return ""
    known = LICENSES.get(name)
    said = _a_out(known[1], esc(name)) if known else esc(name)
    return f" The data are published under {said}."


def _a_out(url: str, text: str) -> str:
    link = href(url)
    return f'<a href="{link}">{text}</a>' if link else text


def _latest(site: Site, up: str) -> str:
    latest = heapq.nlargest(LATEST, site.updates, key=lambda pair: (pair[1].on, pair[0]))
    if not latest:
        return "<p>No update recorded yet.</p>\n"
    items = []
    for _, u in latest:
        to = _a(commitment_path(u.commitment), esc(site.titles[u.commitment]), up)
        items.append(f"<li>{_update_line(u, up)} — {to}</li>")
    return f'<ol class="updates">{"".join(items)}</ol>\n'


def _update_line(u: Update, up: str) -> str:
    parts = [f'<span class="nowrap">{esc(str(u.on))}</span>']
    if u.status:
        parts.append(
            f"<b>{esc(u.status)}</b>"
            + (f" ({_a(party_path(u.party), esc(u.party), up)})" if u.party else "")
        )
    if u.due:
        parts.append(f"moved to {esc(u.due)}")
    if u.note:
        parts.append(esc(u.note))
    evidence = _source(u.source, u.url)
    if evidence:
        parts.append(f"evidence: {evidence}")
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
        facts.append(("Host", _parties([summit.host], up)))
    if summit.parties:
        facts.append(("Parties", _parties(summit.parties, up)))
    if summit.source or summit.url:
        facts.append(("Source", _source(summit.source, summit.url)))
    body = [
        f"<header><h1>{esc(summit.name)}</h1>"
        f'<p class="meta">As of {site.today}: {len(own)} commitments,'
        f" {len(report.rows)} pledges, {report.assessed} of {counted(report.cells, 'cell')}"
        f" assessed</p></header>\n",
        _facts(facts),
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
    body += ["<h2>Commitments</h2>\n", _commitment_table(own, site, up)]
    return _page(site, summit.name, "".join(body), up)


def _facts(facts: list[tuple[str, str]]) -> str:
    return (
        '<dl class="facts">'
        + "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in facts)
        + "</dl>\n"
    )


# --- a commitment -------------------------------------------------------------------


def commitment_page(site: Site, state: State, summit: Summit | None) -> str:
    up = "../"
    c = state.commitment
    facts = [
        ("Id", f'<span class="id">{esc(c.id)}</span>'),
        ("Strength", esc(c.strength)),
        ("Status", esc(state.status) + _attention(state, site.today)),
        ("Due", _window(state)),
    ]
    if summit is not None:
        facts.append(("Summit", _a(summit_path(summit.id), esc(summit.name), up)))
    if c.declared:
        facts.append(("Declared", esc(str(c.declared))))
    if c.parties:
        facts.append(("Parties", _parties(c.parties, up)))
    if c.strength == PLEDGE and c.answerable != c.parties:
        facts.append(("Responsible", _parties(c.answerable, up)))
    if c.host:
        facts.append(("Host", _parties([c.host], up)))
    if c.tags:
        facts.append(("Tags", esc(", ".join(c.tags))))
    if c.follows and c.follows in site.titles:
        to = _a(commitment_path(c.follows), esc(site.titles[c.follows]), up)
        facts.append(("Follows", to))
    followers = site.followers.get(c.id, [])
    if followers:
        facts.append(
            (
                "Followed by",
                ", ".join(
                    _a(commitment_path(f.commitment.id), esc(f.commitment.title), up)
                    for f in followers
                ),
            )
        )
    body = [f"<header><h1>{esc(c.title)}</h1></header>\n", _facts(facts)]
    if c.quote:
        said = _source(c.source, c.url)
        body.append(
            f"<h2>In the source's words</h2>\n<blockquote>{esc(c.quote)}</blockquote>\n"
            + (f"<p>Source: {said}</p>\n" if said else "")
        )
    elif c.source or c.url:
        body.append(f"<h2>Source</h2>\n<p>{_source(c.source, c.url)}</p>\n")
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
    return _page(site, c.title, "".join(body), up)


def _assessment(row: Row, up: str) -> str:
    lines = []
    for party, cell in row.cells.items():
        on = str(cell.on) if cell.assessed and cell.on else ""
        lines.append(
            f"<tr><td>{_a(party_path(party), esc(party_name(party)), up)}</td>"
            f'<td data-label="Assessed as">{esc(cell.status) if cell.assessed else "—"}</td>'
            f'<td data-label="Score" class="score {score_class(cell.score)}">'
            f"{_cell_words(cell)}</td>"
            f'<td data-label="On" class="nowrap">{esc(on)}</td>'
            f'<td data-label="Evidence">{_source(cell.source, cell.url)}</td></tr>'
        )
    return (
        f"<h2>Assessment</h2>\n<p>Score: {_score(row.score)}</p>\n"
        + _list(["Party", "Assessed as", "Score", "On", "Evidence"], "".join(lines))
        + SCORE_KEY
    )


# --- a party ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Standing:
    """A party at one summit (None: commitments made at no summit): its pledges (the
    rows where it has a cell) and the other commitments it is party to there."""

    summit: Summit | None
    pledges: list[tuple[Row, State]]
    others: list[State]


def standings(site: Site, code: str) -> list[Standing]:
    """The party's record, summit by summit (in the order they met; no summit last)."""
    pledges: dict[str | None, list[tuple[Row, State]]] = {}
    others: dict[str | None, list[State]] = {}
    for state in site.states:
        c = state.commitment
        row = site.rows.get(c.id)
        if row is not None and code in row.cells:
            pledges.setdefault(c.summit, []).append((row, state))
        elif code in c.parties:
            others.setdefault(c.summit, []).append(state)
    names = {s.id: s for s in site.ledger.summits}
    found = []
    for ident in sorted(set(pledges) | set(others), key=lambda i: _summit_order(i, names)):
        summit = names.get(ident) if ident else None
        found.append(Standing(summit, pledges.get(ident, []), others.get(ident, [])))
    return found


def standing_score(standing: Standing, code: str) -> Score:
    """The party's score at that summit: the mean of its scored cells there, with their
    coverage (as its score across summits is the mean of all of them)."""
    cells = [row.cells[code] for row, _ in standing.pledges]
    scored = [c.score for c in cells if c.score is not None]
    return Score(mean(scored), sum(c.assessed for c in cells), len(cells), len(scored))


def tally(standing: Standing, code: str) -> tuple[int, int, int, int]:
    done = partial = missed = unassessed = 0
    for row, _ in standing.pledges:
        cell = row.cells[code]
        if not cell.assessed:
            unassessed += 1
        elif cell.status == "done":
            done += 1
        elif cell.status == "partial":
            partial += 1
        elif cell.status == "missed":
            missed += 1
    return done, partial, missed, unassessed


def party_page(site: Site, code: str, record: list[Standing]) -> str:
    """The party's record across summits: a line per summit, each leading to the page of
    its standing there (a party of a large ledger answers for thousands of pledges)."""
    up = "../"
    line = next((p for p in site.stats.parties if p.party == code), None)
    score = (_score(line.score) if line else "") or "nothing assessed yet"
    lines = []
    for standing in record:
        done, partial, missed, unassessed = tally(standing, code)
        summit = standing.summit
        name = esc(summit.name) if summit else "Outside any summit"
        when = f' <span class="id">{esc(str(summit.date))}</span>' if summit else ""
        lines.append(
            f"<tr><td>{_a(party_summit_path(code, summit), name, up)}{when}"
            f'</td><td data-label="Pledges">{len(standing.pledges)}</td>'
            f'<td data-label="Done">{done}</td><td data-label="Partial">{partial}</td>'
            f'<td data-label="Missed">{missed}</td>'
            f'<td data-label="Not assessed">{unassessed}</td>'
            f'<td data-label="Party to, not answering for">{len(standing.others)}</td>'
            f'<td data-label="Score">{_score(standing_score(standing, code))}</td></tr>'
        )
    body = [
        f"<header><h1>{esc(party_name(code))} ({esc(code)})</h1>"
        f'<p class="meta">As of {site.today}: responsible for {line.commitments if line else 0}'
        f" pledges. Score: {score}</p></header>\n",
        "<h2>Summit by summit</h2>\n",
        _list(
            [
                "Summit",
                "Pledges",
                "Done",
                "Partial",
                "Missed",
                "Not assessed",
                "Party to, not answering for",
                "Score",
            ],
            "".join(lines),
        )
        if lines
        else "<p>No commitment names it.</p>\n",
    ]
    return _page(site, party_name(code), "".join(body), up)


def party_summit_page(site: Site, code: str, standing: Standing) -> str:
    """The party's standing at one summit: each pledge it answers for, with its status,
    score and evidence, and the other commitments it is party to there."""
    up = "../../"
    summit = standing.summit
    where = _a(summit_path(summit.id), esc(summit.name), up) if summit else "no summit"
    lines = []
    for row, state in standing.pledges:
        cell = row.cells[code]
        status = esc(cell.status) if cell.assessed else "—"
        lines.append(
            f"<tr><td>{_a(commitment_path(row.id), esc(row.title), up)}</td>"
            f'<td data-label="Assessed as">{status}</td>'
            f'<td data-label="Score" class="score {score_class(cell.score)}">'
            f"{_cell_words(cell)}</td>"
            f'<td data-label="Due">{esc(state.window.text) if state.window else "undated"}'
            f'</td><td data-label="Evidence">{_source(cell.source, cell.url)}</td></tr>'
        )
    at = f"at {esc(summit.name)}" if summit else "outside any summit"
    body = [
        f"<header><h1>{esc(party_name(code))} ({esc(code)}) {at}</h1>"
        f'<p class="meta">As of {site.today}: {_a(party_path(code), "its record", up)} ·'
        f" {where}</p></header>\n",
    ]
    if lines:
        body.append(
            f"<h2>Pledges it answers for</h2>\n<p>Its score here:"
            f" {_score(standing_score(standing, code))}</p>\n"
            + _list(["Pledge", "Assessed as", "Score", "Due", "Evidence"], "".join(lines))
            + SCORE_KEY
        )
    if standing.others:
        body += [
            "<h2>Commitments it is party to, without answering for them</h2>\n",
            '<p class="legend">Its intents, the proposals and forecasts that name it, and'
            " pledges others answer for.</p>\n",
            _commitment_table(standing.others, site, up),
        ]
    title = f"{party_name(code)} {'at ' + summit.name if summit else 'outside any summit'}"
    return _page(site, title, "".join(body), up)


def _summit_order(ident: str | None, names: dict[str, Summit]) -> tuple[int, str, str]:
    summit = names.get(ident) if ident else None
    if summit is None:
        return (1, "", "")
    return (0, summit.date.isoformat(), summit.id)
