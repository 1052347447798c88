"""The timeline on a terminal: one bar per window on a month axis, today marked.

The glyphs carry the meaning without colour (NO_COLOR, a pipe, paper): a legend
under the chart says what each one is. Each row is its id, its bar and its due
text as written; where that does not fit (below about 80 columns with long ids),
the id and due text go on a line of their own above a bar the full width.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TextIO

from commitments.formats.fit import Styled, wrap
from commitments.formats.grid import width
from commitments.report.timeline import Bar, Kind, Timeline
from commitments.text import visible

MIN_BAR = 24  # narrower than this, a bar goes under its id instead of beside it
INDENT = "  "
DEFAULT_WIDTH = 80  # piped, without --width or $COLUMNS
MIN_WIDTH, MAX_WIDTH = 20, 2000

GLYPH: dict[Kind, str] = {"overdue": "!", "due-soon": "▓", "open": "█", "closed": "─"}
STYLE: dict[Kind, str] = {
    "overdue": "bold red",
    "due-soon": "yellow",
    "open": "blue",
    "closed": "dim",
}
APPROXIMATE = "░"
BEFORE, AFTER = "◂", "▸"  # the window goes on past the edge of the axis
TODAY, TODAY_MARK, TODAY_STYLE = "│", "▼", "magenta"
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def chart_width(out: TextIO, given: int | None) -> int:
    """--width, else the terminal's, else $COLUMNS, else 80; within MIN_WIDTH and
    MAX_WIDTH (a chart wider than any screen is of no use, and costs its width)."""
    if given is not None:
        chosen = given
    elif out.isatty():
        from commitments.formats.console import terminal_width  # rich: terminals only

        chosen = terminal_width(out)
    else:
        columns = os.environ.get("COLUMNS", "")
        chosen = int(columns) if columns.isdigit() and int(columns) > 0 else DEFAULT_WIDTH
    return min(max(chosen, MIN_WIDTH), MAX_WIDTH)


class Scale:
    """Days to character cells: cell ``i`` of ``cells`` covers an equal share of the axis."""

    def __init__(self, start: dt.date, end: dt.date, cells: int) -> None:
        self.start, self.end, self.cells = start, end, cells
        self.days = (end - start).days + 1

    def cell(self, day: dt.date) -> int:
        offset = (min(max(day, self.start), self.end) - self.start).days
        return min(offset * self.cells // self.days, self.cells - 1)


def bar_cells(bar: Bar, scale: Scale) -> list[tuple[str, str]]:
    """The cells of one row's bar: (glyph, style), blank where the window is not."""
    row = [(" ", "")] * scale.cells
    style, glyph = STYLE[bar.kind], GLYPH[bar.kind]
    first = scale.cell(bar.start) if bar.start is not None else 0
    last = scale.cell(bar.end)
    for i in range(first, last + 1):
        row[i] = (glyph, style)
    if bar.approximate and last > first:  # a one-cell bar keeps its state's glyph
        row[last] = (APPROXIMATE, style)
    if bar.start is None or bar.start < scale.start:
        row[first] = (BEFORE, style)
    if bar.end > scale.end:
        row[last] = (AFTER, style)
    return row


def _with_today(row: list[tuple[str, str]], today: int | None) -> list[tuple[str, str]]:
    if today is not None and row[today][0] == " ":
        row = list(row)
        row[today] = (TODAY, TODAY_STYLE)
    return row


def _every(per_month: float, room: int) -> int:
    """Label (or tick) every month, quarter or half year, as the cells allow: a
    month every ``room`` cells at least."""
    for step in (1, 3, 6):
        if per_month * step >= room:
            return step
    return 12


def axis_labels(scale: Scale, months: list[dt.date]) -> str:
    """Years at their Januaries (and the first month), then the names of months
    (every one, or each quarter's or half year's first) where there is room, never
    touching one another."""
    line = [" "] * scale.cells
    taken = [False] * (scale.cells + 1)
    every = _every(scale.cells / max(len(months), 1), 4)

    def place(at: int, text: str) -> None:
        end = at + len(text)
        if end > scale.cells or any(taken[max(at - 1, 0) : min(end + 1, scale.cells + 1)]):
            return
        line[at:end] = text
        for i in range(at, end):
            taken[i] = True

    for month in months:
        if month.month == 1:
            place(scale.cell(month), str(month.year))
    if months and months[0].month != 1:  # after the Januaries: a December must not hide one
        place(scale.cell(months[0]), str(months[0].year))
    for month in months:
        if every < 12 and (month.month - 1) % every == 0:
            place(scale.cell(month), _MONTHS[month.month - 1])
    return "".join(line).rstrip()


def axis_rule(scale: Scale, months: list[dt.date], today: int | None) -> list[tuple[str, str]]:
    """A rule with a tick at each month (each quarter, half or year, when months are
    too close for one each)."""
    cells = [("─", "dim")] * scale.cells
    every = _every(scale.cells / max(len(months), 1), 2)
    for month in months:
        if (month.month - 1) % every == 0:
            cells[scale.cell(month)] = ("┬", "dim")
    if today is not None:
        cells[today] = (TODAY_MARK, "bold " + TODAY_STYLE)
    return cells


def _append_cells(out: Styled, cells: list[tuple[str, str]]) -> None:
    end = len(cells)
    while end and cells[end - 1][0] == " ":
        end -= 1
    run: list[str] = []
    style = ""
    for glyph, glyph_style in cells[:end]:
        if glyph_style != style and run:
            out.append("".join(run), style or None)
            run = []
        run.append(glyph)
        style = glyph_style
    if run:
        out.append("".join(run), style or None)
    out.append("\n")


def legend(timeline: Timeline) -> list[str]:
    return [
        f"{GLYPH['open']} open",
        f"{GLYPH['due-soon']} due within {timeline.within} days",
        f"{GLYPH['overdue']} overdue",
        f"{GLYPH['closed']} closed",
        f"{APPROXIMATE} approximate end",
        f"{BEFORE}{AFTER} goes on past the axis",
        f"{TODAY} today {timeline.as_of}",
    ]


def joined(items: list[str], room: int) -> list[str]:
    """``items`` two spaces apart, in lines of at most ``room`` cells; an item is split
    (between words, else anywhere) only when it is longer than a whole line."""
    lines: list[str] = []
    for item in items:
        if lines and width(lines[-1]) + 2 + width(item) <= room:
            lines[-1] += "  " + item
        else:
            lines += wrap(item, room)
    return lines


def draw(timeline: Timeline, room: int) -> Styled:
    out = Styled()
    months = timeline.months()
    shown = len(timeline.bars)
    title = (
        f"Timeline {timeline.span}, as of {timeline.as_of}:"
        f" {shown} {'window' if shown == 1 else 'windows'}"
    )
    for line in wrap(title, room):
        out.append(line + "\n", "bold")
    ids = [visible(bar.state.commitment.id) for bar in timeline.bars]
    dues = [visible(bar.due) for bar in timeline.bars]
    label = max(map(width, ids), default=0)
    right = max(map(width, dues), default=0)
    beside = room - label - right - 2 * len(INDENT) >= MIN_BAR
    cells = room - label - right - 2 * len(INDENT) if beside else max(room - len(INDENT), 1)
    lead = " " * (label + len(INDENT)) if beside else INDENT
    scale = Scale(timeline.start, timeline.end, cells)
    today = scale.cell(timeline.as_of) if timeline.start <= timeline.as_of <= timeline.end else None
    out.append(lead + axis_labels(scale, months) + "\n")
    out.append(lead)
    _append_cells(out, axis_rule(scale, months, today))
    for bar, id_, due in zip(timeline.bars, ids, dues, strict=True):
        row = _with_today(bar_cells(bar, scale), today)
        if beside:
            out.append(id_ + " " * (label - width(id_)) + INDENT)
            _append_cells(out, [*row, (INDENT + due, "")])
        else:
            for line in joined([id_, due], room):
                out.append(line + "\n")
            out.append(INDENT)
            _append_cells(out, row)
    out.append("\n")
    for line in joined(legend(timeline), room):
        out.append(line + "\n", "dim")
    hidden = timeline.not_drawn()
    if hidden:
        for line in wrap(f"Not drawn: {' and '.join(hidden)} (see `list`).", room):
            out.append(line + "\n")
    return out


class Format:
    def __init__(self, width: int | None = None) -> None:
        self.width = width

    def timeline(self, timeline: Timeline, out: TextIO) -> None:
        room = chart_width(out, self.width)
        made = draw(timeline, room)
        if out.isatty():
            from commitments.formats.console import Laid, emit  # rich: terminals only

            emit(out, Laid(made))
        else:
            out.write(made.plain)
