"""HTML: the compliance report and the timeline as pages to send, print or open on a phone."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from commitments.formats.compliance_table import (
    assessment_line,
    cell_text,
    change_lines,
    coverage_line,
    coverage_text,
    mean_text,
    percent_text,
    report_title,
    score_or_mark,
)
from commitments.formats.html_page import COLOURS, esc, href, page, write_page
from commitments.formats.timeline_svg import LABEL, legend, svg
from commitments.parties import party_name
from commitments.report.compliance import Report, Row, Score
from commitments.report.timeline import Timeline


def score_class(score: float | None) -> str:
    """The colour of a cell or mean: good (+1 … +0.5), mid, bad (−0.5 … −1)."""
    if score is None:
        return ""
    return "good" if score >= 0.5 else "bad" if score <= -0.5 else "mid"


def _mean_cell(score: Score, shown: Callable[[Score], str]) -> str:
    tip = f' title="{esc(coverage_text(score))} cells assessed"' if score.cells else ""
    return f'<td class="{score_class(score.score)}"{tip}>{esc(shown(score))}</td>'


def _row(row: Row, parties: list[str], link: Callable[[str], str] | None = None) -> str:
    cells = []
    for party in parties:
        cell = row.cells.get(party)
        if cell is None:
            cells.append('<td class="score"></td>')
            continue
        if cell.assessed:
            tip = f"{party}: {cell.status}, {cell.on or 'undated'}"
            if cell.source:
                tip += f" — {cell.source}"
        else:
            tip = f"{party}: not assessed"
        if cell.changed:
            tip += f" (was {score_or_mark(cell.previous, cell.previous_assessed)})"
        cells.append(
            f'<td class="score {score_class(cell.score)}" title="{esc(tip)}">'
            f"{esc(cell_text(cell))}</td>"
        )
    return (
        f'<tr><th class="pledge" scope="row"><span class="id">{esc(row.id)}</span>'
        f"{_linked(esc(row.title), link(row.id) if link else None)}</th>{''.join(cells)}"
        f'<td class="mean {score_class(row.score.score)}">{esc(mean_text(row.score))}</td>'
        f'<td class="mean">{esc(coverage_text(row.score))}</td></tr>'
    )


def _linked(text: str, to: str | None) -> str:
    return f'<a href="{to}">{text}</a>' if to else text


def matrix(report: Report, link: Callable[[str], str] | None = None) -> str:
    """The compliance matrix; ``link``: a pledge's page, by id (already a safe href)."""
    parties = report.parties
    head = "".join(f'<th title="{esc(party_name(p))}">{esc(p)}</th>' for p in parties)
    means = [report.party_scores[p] for p in parties]
    overall = report.overall
    foot = (
        f"<tr><th>Mean</th>{''.join(_mean_cell(s, mean_text) for s in means)}"
        f"{_mean_cell(overall, mean_text)}<td></td></tr>"
        f"<tr><th>Percent</th>{''.join(_mean_cell(s, percent_text) for s in means)}"
        f"{_mean_cell(overall, percent_text)}<td></td></tr>"
        f"<tr><th>Assessed</th>{''.join(f'<td>{esc(coverage_text(s))}</td>' for s in means)}"
        f"<td></td><td>{esc(coverage_text(overall))}</td></tr>"
    )
    body = "\n".join(_row(row, parties, link) for row in report.rows)
    return (
        '<div class="scroll"><table class="matrix">\n'
        f'<thead><tr><th class="pledge">Pledge</th>{head}<th>Mean</th><th>Assessed</th>'
        "</tr></thead>\n"
        f"<tbody>\n{body}\n</tbody>\n<tfoot>{foot}</tfoot>\n</table></div>\n"
    )


def evidence(report: Report) -> str:
    articles = []
    for row in report.rows:
        # Parties with the same evidence (one update for all, as is usual) share a line.
        same: dict[tuple[str, str, str, str | None, str | None], list[str]] = {}
        for party, cell in row.cells.items():
            key = (
                cell.status if cell.assessed else "",
                cell_text(cell),
                str(cell.on or "undated"),
                cell.source,
                cell.url,
            )
            same.setdefault(key, []).append(party)
        items = []
        for (status, shown, on, source, url), parties in same.items():
            if not status:
                items.append(f"<li><b>{esc(', '.join(parties))}</b> not assessed</li>")
                continue
            said = esc(source) if source else "<em>no source recorded</em>"
            link = href(url)
            if link:  # the evidence's own page: the source's words link to it
                said = f'<a href="{link}">{said if source else esc(url or "")}</a>'
            items.append(
                f"<li><b>{esc(', '.join(parties))}</b> {esc(status)} ({esc(shown)}),"
                f" {esc(on)}: {said}</li>"
            )
        articles.append(
            f'<article><h3><span class="id">{esc(row.id)}</span>{esc(row.title)}</h3>'
            f"<ul>{''.join(items)}</ul></article>"
        )
    return '<section class="evidence"><h2>Evidence</h2>\n' + "\n".join(articles) + "</section>\n"


def score_legend(report: Report) -> str:
    zero = "partial, in progress" if report.interim else "partial"
    minus = "missed; assessed planned, stalled" if report.interim else "missed"
    changes = "".join(f"<li>{esc(line.strip())}</li>" for line in change_lines(report)[1:])
    changed = change_lines(report)[:1]
    return (
        '<p class="legend">'
        f'<span class="swatch good"></span>+1 done'
        f'<span class="swatch mid"></span>0 {zero}'
        f'<span class="swatch bad"></span>−1 {minus}.'
        " Percent = (score + 1) / 2 × 100.</p>\n"
        f'<p class="legend">{esc(coverage_line(report))}</p>\n'
        + (
            f'<p class="legend">{esc(changed[0])}</p><ul class="legend">{changes}</ul>\n'
            if changed
            else ""
        )
    )


class Format:
    def report(self, report: Report, out: TextIO) -> None:
        summit = report.summit
        title = report_title(report)
        if summit is not None:
            where = [summit.place, summit.host and party_name(summit.host)]
            link = href(summit.url)
            source = esc(summit.source) if summit.source else ""
            if link and source:
                source = f'<a href="{link}">{source}</a>'
            about = ", ".join(esc(w) for w in where if w)
            sub = "; ".join(part for part in (about, source) if part)
        else:
            sub = ""
        body = [
            f"<header><h1>Compliance report: {esc(title)}</h1>",
            f'<p class="meta">{esc(assessment_line(report).capitalize())};'
            f" {len(report.rows)} pledges, {report.assessed} of {report.cells} cells assessed"
            f"{'. ' + sub if sub else ''}</p></header>\n",
        ]
        if not report.rows:
            body.append("<p>No pledge with a responsible party to assess.</p>\n")
        else:
            body += [matrix(report), score_legend(report), evidence(report)]
        write_page(out, page(f"Compliance report: {title}", "".join(body)))

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
        write_page(out, page(title, body))
