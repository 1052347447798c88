"""A party's pages: its record across summits, and its standing at each (a party of a
large ledger answers for thousands of pledges: a page per summit keeps each small)."""

from __future__ import annotations

from dataclasses import dataclass

from commitments.formats.as_html import score_class
from commitments.formats.html_page import esc
from commitments.model import Summit
from commitments.parties import party_name
from commitments.publish.site_html import (
    SCORE_KEY,
    Site,
    cell_words,
    commitment_path,
    commitment_table,
    evidence,
    link,
    list_table,
    party_path,
    party_summit_path,
    score_text,
    summit_path,
    whole_page,
)
from commitments.report.compliance import Row, Score
from commitments.report.scoring import mean
from commitments.report.state import State

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
    score = (score_text(line.score) if line else "") or "nothing assessed yet"
    lines = []
    for standing in record:
        done, partial, missed, unassessed = tally(standing, code)
        summit = standing.summit
        name = esc(summit.name) if summit else "Outside any summit"
        when = f' <span class="id">{esc(str(summit.date))}</span>' if summit else ""
        lines.append(
            f"<tr><td>{link(party_summit_path(code, summit), name, up)}{when}"
            f'</td><td data-label="Pledges">{len(standing.pledges)}</td>'
            f'<td data-label="Done">{done}</td><td data-label="Partial">{partial}</td>'
            f'<td data-label="Missed">{missed}</td>'
            f'<td data-label="Not assessed">{unassessed}</td>'
            f'<td data-label="Party to, not answering for">{len(standing.others)}</td>'
            f'<td data-label="Score">{score_text(standing_score(standing, code))}</td></tr>'
        )
    body = [
        f"<header><h1>{esc(party_name(code))} ({esc(code)})</h1>"
        f'<p class="meta">As of {site.today}: responsible for {line.commitments if line else 0}'
        f" pledges. Score: {score}</p></header>\n",
        "<h2>Summit by summit</h2>\n",
        list_table(
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
    return whole_page(site, party_name(code), "".join(body), up)


def party_summit_page(site: Site, code: str, standing: Standing) -> str:
    """The party's standing at one summit: each pledge it answers for, with its status,
    score and evidence, and the other commitments it is party to there."""
    up = "../../"
    summit = standing.summit
    where = link(summit_path(summit.id), esc(summit.name), up) if summit else "no summit"
    lines = []
    for row, state in standing.pledges:
        cell = row.cells[code]
        status = esc(cell.status) if cell.assessed else "—"
        lines.append(
            f"<tr><td>{link(commitment_path(row.id), esc(row.title), up)}</td>"
            f'<td data-label="Assessed as">{status}</td>'
            f'<td data-label="Score" class="score {score_class(cell.score)}">'
            f"{cell_words(cell)}</td>"
            f'<td data-label="Due">{esc(state.window.text) if state.window else "undated"}'
            f'</td><td data-label="Evidence">{evidence(cell.source, cell.url)}</td></tr>'
        )
    at = f"at {esc(summit.name)}" if summit else "outside any summit"
    body = [
        f"<header><h1>{esc(party_name(code))} ({esc(code)}) {at}</h1>"
        f'<p class="meta">As of {site.today}: {link(party_path(code), "its record", up)} ·'
        f" {where}</p></header>\n",
    ]
    if lines:
        body.append(
            f"<h2>Pledges it answers for</h2>\n<p>Its score here:"
            f" {score_text(standing_score(standing, code))}</p>\n"
            + list_table(["Pledge", "Assessed as", "Score", "Due", "Evidence"], "".join(lines))
            + SCORE_KEY
        )
    if standing.others:
        body += [
            "<h2>Commitments it is party to, without answering for them</h2>\n",
            '<p class="legend">Its intents, the proposals and forecasts that name it, and'
            " pledges others answer for.</p>\n",
            commitment_table(standing.others, site, up),
        ]
    title = f"{party_name(code)} {'at ' + summit.name if summit else 'outside any summit'}"
    return whole_page(site, title, "".join(body), up)


def _summit_order(ident: str | None, names: dict[str, Summit]) -> tuple[int, str, str]:
    summit = names.get(ident) if ident else None
    if summit is None:
        return (1, "", "")
    return (0, summit.date.isoformat(), summit.id)
