"""What the site's pages share: the ledger as of the day (``Site``), the pages' paths,
and the pieces every page is made of. Each page is a whole HTML document made by
html_page.page: no script, nothing fetched, every piece of ledger text through ``esc``
and every address through ``href``.

A page links to others by relative paths (``commitments/ID.html``, ``../index.html``),
so the site works from any folder of any host, and from the disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from commitments.formats.as_html import score_class
from commitments.formats.compliance_table import (
    cell_text,
    mean_text,
    percent_text,
)
from commitments.formats.html_page import esc, href, page
from commitments.formats.phrases import window_text
from commitments.model import Ledger, Summit, Update
from commitments.parties import party_name
from commitments.report.compliance import Cell, Report, Row, Score, Stats, compliance_report
from commitments.report.state import State
from commitments.text import counted

FEED = "feed.xml"
CALENDAR = "calendar.ics"

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


def link(path: str, text: str, up: str) -> str:
    """A link to one of the site's pages; ``path`` is made of ids the ledger checked
    ([a-z0-9-], party codes), and is escaped all the same."""
    return f'<a href="{esc(up + path)}">{text}</a>'


def nav(site: Site, up: str) -> str:
    return (
        f"<nav><p>{link('index.html', esc(site.title), up)}"
        f"{link('index.html#summits', 'Summits', up)}{link('index.html#parties', 'Parties', up)}"
        f"{link(FEED, 'Updates feed', up)}{link(CALENDAR, 'Calendar', up)}</p></nav>\n"
    )


def head(up: str) -> str:
    return (
        f'<link rel="alternate" type="application/atom+xml" title="Updates"'
        f' href="{esc(up + FEED)}">\n'
    )


def whole_page(site: Site, title: str, body: str, up: str) -> str:
    return page(f"{title} · {site.title}", body, head=head(up), nav=nav(site, up), css=SITE_CSS)


def evidence(source: str | None, url: str | None) -> str:
    link = href(url)
    said = esc(source) if source else ""
    if link:
        return f'<a href="{link}">{said or esc(url or "")}</a>'
    return said


def score_text(score: Score) -> str:
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


def cell_words(cell: Cell) -> str:
    """A cell's score, in words where it has none (a mark is easy to miss on a phone)."""
    if cell.score is not None:
        return esc(cell_text(cell))
    return "not scored" if cell.assessed else "not assessed"


def attention_badge(state: State, today: dt.date, *, days: bool = False) -> str:
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


def party_links(codes: Sequence[str], up: str) -> str:
    return ", ".join(link(party_path(c), esc(party_name(c)), up) for c in codes)


def due_text(state: State) -> str:
    """The due expression as written, and its window as every view says it."""
    if state.window is None:
        return "undated"
    return f"{esc(state.window.text)} ({esc(window_text(state.window))})"


def commitment_table(states: Sequence[State], site: Site, up: str) -> str:
    lines = []
    for state in states:
        c = state.commitment
        lines.append(
            f"<tr><td>{link(commitment_path(c.id), esc(c.title), up)}"
            f'<span class="id">{esc(c.id)}</span></td>'
            f'<td data-label="Strength">{esc(c.strength)}</td>'
            f'<td data-label="Status">{esc(state.status)}'
            f"{attention_badge(state, site.today, days=True)}</td>"
            f'<td data-label="Due">{esc(state.window.text) if state.window else "undated"}</td>'
            "</tr>"
        )
    return list_table(["Commitment", "Strength", "Status", "Due"], "".join(lines))


def list_table(heads: list[str], rows: str) -> str:
    head = "".join(f"<th>{h}</th>" for h in heads)
    return f'<table class="list"><thead><tr>{head}</tr></thead><tbody>\n{rows}\n</tbody></table>\n'


def fact_list(facts: list[tuple[str, str]]) -> str:
    return (
        '<dl class="facts">'
        + "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in facts)
        + "</dl>\n"
    )
