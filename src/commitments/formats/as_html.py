"""HTML: the compliance report and the timeline as pages to send, print or open on a phone."""

from __future__ import annotations

from typing import TextIO

from commitments.formats.compliance_table import assessment_line, percent_text, signed, two
from commitments.formats.html_page import COLOURS, esc, href, page
from commitments.formats.timeline_svg import LABEL, legend, svg
from commitments.parties import party_name
from commitments.report.compliance import Report, Row, Score
from commitments.report.timeline import Timeline


def score_class(score: float | None) -> str:
    """The colour of a cell or mean: good (+1 … +0.5), mid, bad (−0.5 … −1)."""
    if score is None:
        return ""
    return "good" if score >= 0.5 else "bad" if score <= -0.5 else "mid"


def _mean_cell(score: Score, *, percent: bool = False) -> str:
    text = percent_text(score) if percent else signed(two(score.score))
    return f'<td class="{score_class(score.score)}">{esc(text)}</td>'


def _row(row: Row, parties: list[str]) -> str:
    cells = []
    for party in parties:
        cell = row.cells.get(party)
        if cell is None:
            cells.append('<td class="score"></td>')
            continue
        tip = f"{party}: {cell.status}, {cell.on or 'undated'}"
        if cell.source:
            tip += f" — {cell.source}"
        cells.append(
            f'<td class="score {score_class(cell.score)}" title="{esc(tip)}">'
            f"{esc(signed(cell.score))}</td>"
        )
    return (
        f'<tr><th class="pledge" scope="row"><span class="id">{esc(row.id)}</span>'
        f"{esc(row.title)}</th>{''.join(cells)}"
        f'<td class="mean {score_class(row.score)}">{esc(signed(two(row.score)))}</td></tr>'
    )


def matrix(report: Report) -> str:
    parties = report.parties
    head = "".join(f'<th title="{esc(party_name(p))}">{esc(p)}</th>' for p in parties)
    means = [report.party_scores[p] for p in parties]
    foot = (
        f"<tr><th>Mean</th>{''.join(_mean_cell(s) for s in means)}"
        f"{_mean_cell(report.overall)}</tr>"
        f"<tr><th>Percent</th>{''.join(_mean_cell(s, percent=True) for s in means)}"
        f"{_mean_cell(report.overall, percent=True)}</tr>"
    )
    body = "\n".join(_row(row, parties) for row in report.rows)
    return (
        '<div class="scroll"><table class="matrix">\n'
        f'<thead><tr><th class="pledge">Pledge</th>{head}<th>Mean</th></tr></thead>\n'
        f"<tbody>\n{body}\n</tbody>\n<tfoot>{foot}</tfoot>\n</table></div>\n"
    )


def evidence(report: Report) -> str:
    articles = []
    for row in report.rows:
        # Parties with the same evidence (one update for all, as is usual) share a line.
        same: dict[tuple[str, int, str, str | None], list[str]] = {}
        for party, cell in row.cells.items():
            same.setdefault((cell.status, cell.score, str(cell.on or "undated"), cell.source), [])
            same[cell.status, cell.score, str(cell.on or "undated"), cell.source].append(party)
        items = []
        for (status, score, on, source), parties in same.items():
            said = esc(source) if source else "<em>no source recorded</em>"
            items.append(
                f"<li><b>{esc(', '.join(parties))}</b> {esc(status)} ({esc(signed(score))}),"
                f" {esc(on)}: {said}</li>"
            )
        articles.append(
            f'<article><h3><span class="id">{esc(row.id)}</span>{esc(row.title)}</h3>'
            f"<ul>{''.join(items)}</ul></article>"
        )
    return '<section class="evidence"><h2>Evidence</h2>\n' + "\n".join(articles) + "</section>\n"


def _score_legend(interim: bool) -> str:
    zero = "partial, in progress" if interim else "partial"
    minus = "missed, planned, stalled" if interim else "missed"
    return (
        '<p class="legend">'
        f'<span class="swatch good"></span>+1 done'
        f'<span class="swatch mid"></span>0 {zero}'
        f'<span class="swatch bad"></span>−1 {minus}'
        '<span class="swatch"></span>blank: not a party, or nothing to score yet.'
        " Percent = (score + 1) / 2 × 100.</p>\n"
    )


class Format:
    def report(self, report: Report, out: TextIO) -> None:
        summit = report.summit
        if summit is not None:
            title = f"{summit.name} ({summit.date})"
            where = [summit.place, summit.host and party_name(summit.host)]
            link = href(summit.url)
            source = esc(summit.source) if summit.source else ""
            if link and source:
                source = f'<a href="{link}">{source}</a>'
            about = ", ".join(esc(w) for w in where if w)
            sub = "; ".join(part for part in (about, source) if part)
        else:
            title, sub = "All pledges", ""
        body = [
            f"<header><h1>Compliance report: {esc(title)}</h1>",
            f'<p class="meta">{esc(assessment_line(report).capitalize())};'
            f" {len(report.rows)} pledges scored{'. ' + sub if sub else ''}</p></header>\n",
        ]
        if not report.rows:
            what = "open or closed" if report.interim else "closed"
            body.append(f"<p>Nothing scored yet: no pledge has a {what} status to score.</p>\n")
        else:
            body += [matrix(report), _score_legend(report.interim), evidence(report)]
        out.write(page(f"Compliance report: {title}", "".join(body)))

    def timeline(self, timeline: Timeline, out: TextIO) -> None:
        title = f"Timeline {timeline.span}"
        hidden = timeline.not_drawn()
        rows = "\n".join(
            f'<tr><td><span class="id">{esc(bar.state.commitment.id)}</span>'
            f"{esc(bar.state.commitment.title)}</td>"
            f"<td>{esc(bar.state.window.text if bar.state.window else '')}</td>"
            f'<td><span class="nowrap">{esc(str(bar.start or ""))} –</span>'
            f' <span class="nowrap">{esc(str(bar.end))}</span></td>'
            f'<td class="nowrap"><span class="swatch" style="background:{COLOURS[bar.kind]}">'
            f"</span>{esc(LABEL[bar.kind])}, {esc(bar.state.status)}</td></tr>"
            for bar in timeline.bars
        )
        body = (
            f"<header><h1>{esc(title)}</h1>"
            f'<p class="meta">As of {timeline.as_of}: {len(timeline.bars)} windows'
            f"{' (not drawn: ' + ' and '.join(hidden) + ')' if hidden else ''}</p></header>\n"
            f'<figure class="scroll">{svg(timeline)}</figure>\n{legend(timeline)}'
            "<h2>Windows</h2>\n"
            '<div class="scroll"><table><thead><tr><th>Commitment</th><th>Due</th>'
            f"<th>Window</th><th>State</th></tr></thead><tbody>\n{rows}\n</tbody></table></div>\n"
        )
        out.write(page(title, body))
