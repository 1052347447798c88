"""The timeline as inline SVG: a bar per window on a month grid, a line for today.

Drawn in a fixed coordinate space (the viewBox) that the page scales; the colour,
a text label for the state and a legend say the same thing, so that a grey print
still reads. An approximate window's last part is drawn lighter and dashed.
"""

from __future__ import annotations

import datetime as dt

from commitments.formats.html_page import COLOURS, esc
from commitments.report.timeline import Bar, Kind, Timeline

SPAN = 640  # the axis, in the drawing's units
ROW = 24
TOP = 46  # room for the year and month labels
CHAR = 7.2  # the width of one character of the 12px monospace ids, about
APPROXIMATE_SHARE = 0.15  # of a bar, at least 6 units: the lighter, dashed end
_MONTHS = "JFMAMJJASOND"
LABEL: dict[Kind, str] = {
    "overdue": "overdue",
    "due-soon": "due soon",
    "open": "open",
    "closed": "closed",
}


def _x(day: dt.date, timeline: Timeline, left: float, span: float, *, after: bool = False) -> float:
    """Where ``day`` begins on the axis (``after``: where it ends). Ordinals, as the
    day after 9999-12-31 is no date."""
    first, last = timeline.start.toordinal(), timeline.end.toordinal() + 1
    at = min(max(day.toordinal() + after, first), last)
    return left + span * (at - first) / (last - first)


def _bar(bar: Bar, y: float, timeline: Timeline, left: float, span: float) -> str:
    colour = COLOURS[bar.kind]
    x0 = _x(bar.start or timeline.start, timeline, left, span)
    x1 = _x(bar.end, timeline, left, span, after=True)
    x1 = max(x1, x0 + 3)  # a one-day window is still seen
    c = bar.state.commitment
    tip = f"{c.title} — {bar.state.window.text if bar.state.window else ''}, {bar.state.status}"
    shapes = [f"<title>{esc(tip)}</title>"]
    solid_end = x1
    if bar.approximate and bar.end <= timeline.end:
        tail = max((x1 - x0) * APPROXIMATE_SHARE, 6.0)
        solid_end = max(x1 - tail, x0)
        shapes.append(
            f'<rect x="{solid_end:.1f}" y="{y + 5}" width="{x1 - solid_end:.1f}"'
            f' height="{ROW - 10}" fill="{colour}" fill-opacity="0.35" stroke="{colour}"'
            ' stroke-dasharray="3 2"/>'
        )
    shapes.insert(
        1,
        f'<rect x="{x0:.1f}" y="{y + 5}" width="{solid_end - x0:.1f}" height="{ROW - 10}"'
        f' fill="{colour}" rx="2"/>',
    )
    if bar.start is None or bar.start < timeline.start:
        shapes.append(
            f'<path d="M{x0 + 7:.1f},{y + 7} l-6,5 l6,5 z" fill="#fff" stroke="{colour}"/>'
        )
    if bar.end > timeline.end:
        shapes.append(
            f'<path d="M{x1 - 7:.1f},{y + 7} l6,5 l-6,5 z" fill="#fff" stroke="{colour}"/>'
        )
    return f'<g class="bar {bar.kind}">' + "".join(shapes) + "</g>"


def _said(bar: Bar) -> str:
    """All the text right of a bar: the due text, then its state."""
    return f"{bar.due} {LABEL[bar.kind]}"


def svg(timeline: Timeline) -> str:
    bars = timeline.bars
    # The columns are as wide as their longest text, so that none is clipped; the
    # drawing is scaled to the page, whatever its width.
    longest = max((len(bar.state.commitment.id) for bar in bars), default=10)
    left = max(longest * CHAR + 16, 120.0)
    right = max((len(_said(bar)) * CHAR for bar in bars), default=60.0) + 24
    span = float(SPAN)
    width = left + span + right
    height = TOP + ROW * max(len(bars), 1) + 26  # and a line under the bars for today
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height}"'
        f' role="img" aria-label="Timeline {timeline.start} to {timeline.end}">'
    ]
    months = timeline.months()
    per_month = span / max(len(months), 1)
    # A line per month, else per year, decade or century: never closer than 4 units,
    # and a year's label only where the last one is 40 units away.
    every = next((n for n in (1, 12, 120, 1200) if per_month * n >= 4), 12000)
    labelled = -1e9
    for i, month in enumerate(months):
        index = month.year * 12 + month.month - 1
        if index % every and i:
            continue
        x = _x(month, timeline, left, span)
        year = month.month == 1 and month.year % max(every // 12, 1) == 0
        parts.append(
            f'<line x1="{x:.1f}" y1="{TOP - 8}" x2="{x:.1f}" y2="{height - 8}"'
            f' stroke="{"#b8b8c0" if year else "#e6e6ea"}"/>'
        )
        # The first month is labelled with its year when the next January is far enough.
        first = i == 0 and (13 - month.month) * per_month >= 40
        if (year or first) and x - labelled >= 40:
            labelled = x
            parts.append(
                f'<text x="{x + 3:.1f}" y="16" font-size="13" font-weight="600">{month.year}</text>'
            )
        if per_month >= 12:
            parts.append(
                f'<text x="{x + per_month / 2:.1f}" y="34" font-size="11" fill="#666"'
                f' text-anchor="middle">{_MONTHS[month.month - 1]}</text>'
            )
    for row, bar in enumerate(bars):
        y = TOP + row * ROW
        if row % 2:
            parts.append(f'<rect x="0" y="{y}" width="{width:.0f}" height="{ROW}" fill="#f7f7f9"/>')
        parts.append(
            f'<text class="mono" x="{left - 8:.1f}" y="{y + 16}" font-size="12"'
            f' text-anchor="end">{esc(bar.state.commitment.id)}</text>'
        )
        parts.append(_bar(bar, y, timeline, left, span))
        parts.append(
            f'<text x="{left + span + 8:.1f}" y="{y + 16}" font-size="12">{esc(bar.due)}'
            f'<tspan fill="{COLOURS[bar.kind]}" font-weight="600"> {LABEL[bar.kind]}</tspan></text>'
        )
    if timeline.start <= timeline.as_of <= timeline.end:
        x = _x(timeline.as_of, timeline, left, span)
        parts.append(
            f'<line x1="{x:.1f}" y1="{TOP - 10}" x2="{x:.1f}" y2="{height - 18}"'
            f' stroke="{COLOURS["today"]}" stroke-width="2"/>'
            f'<text x="{x:.1f}" y="{height - 4}" font-size="11" fill="{COLOURS["today"]}"'
            f' text-anchor="middle" font-weight="600">today {timeline.as_of}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def legend(timeline: Timeline) -> str:
    items = [
        ("open", "open"),
        ("due-soon", f"due within {timeline.within} days"),
        ("overdue", "overdue"),
        ("closed", "closed"),
    ]
    shown = "".join(
        f'<span class="swatch" style="background:{COLOURS[kind]}"></span>{esc(text)}'
        for kind, text in items
    )
    return (
        f'<p class="legend">{shown}'
        '<span class="swatch" style="background:repeating-linear-gradient(90deg,#bbb 0 3px,'
        '#fff 3px 5px)"></span>approximate end'
        f'<span class="swatch" style="background:{COLOURS["today"]}"></span>'
        f"today, {timeline.as_of}</p>"
    )
