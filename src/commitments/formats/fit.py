"""Tables on a terminal: never wider than it, no id, date or word cut.

As the terminal narrows, a grid takes its own steps, in order: first its columns'
shorter forms (parties as a count, a window as one compact cell), to keep the one
column that wraps (a title, a note) COMFORTABLE; then, only where a column cannot
fit beside a wrapping column of WRAP_MIN, drops (and brings back what a later drop
made room for). The wrapping column wraps between words. When even that does not
fit, each row becomes a block: its key on a line, the other cells under it, the
wrapping text below them.

The table is laid out here, not by rich.Table: rich measures every cell of every
row again for each render and takes seconds for 10,000 rows, and it breaks words
to make a table fit. Styles still come from the grid, as rich style names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from commitments.formats.grid import Grid, plain, width

SEP = "  "
WRAP_MIN = 20  # the wrapping column is never narrower; below that, rows become blocks
COMFORTABLE = 30  # what other columns give way to, while they can
INDENT = "  "


class Styled:
    """Text as pieces, each with a rich style ("" for none): what a laid-out table is.
    Written to the terminal by console.py, escape codes straight from each piece's
    style; rich.Text, which strips and re-splits every piece, takes seconds for
    10,000 rows."""

    __slots__ = ("pieces",)

    def __init__(self) -> None:
        self.pieces: list[tuple[str, str]] = []

    def append(self, text: str, style: str | None = None) -> None:
        self.pieces.append((text, style or ""))

    @property
    def plain(self) -> str:
        return "".join(piece for piece, _ in self.pieces)


@dataclass(slots=True)
class Layout:
    columns: list[int]  # which of the grid's columns are shown, in order
    texts: dict[int, list[str]]  # each shown column's cells (shortened where it was)
    widths: dict[int, int]


def _widest(cells: list[str]) -> int:
    if not cells:
        return 0
    if "".join(cells).isascii():
        return max(map(len, cells))
    return max({width(c) for c in set(cells)})


def layout(grid: Grid, room: int) -> Layout | None:
    """The columns and widths that fit ``room`` terminal cells, or None (use blocks).
    Shorter forms of cells (a count of parties, a compact window) are taken to leave
    the wrapping column a comfortable width; a column is dropped only when it cannot
    fit beside a wrapping column of WRAP_MIN."""
    return _layout(grid, room, COMFORTABLE, drops=False) or _layout(
        grid, room, WRAP_MIN, drops=True
    )


def _layout(grid: Grid, room: int, wrap_min: int, *, drops: bool) -> Layout | None:
    texts = dict(enumerate(grid.columns))
    shown = list(range(len(grid.headers)))
    natural = {c: max(_widest(texts[c]), width(grid.headers[c])) for c in shown}
    dropped: list[int] = []
    # Every shorter form is taken before any column is dropped.
    shorter = [s for s in grid.narrowing if s[0] != "drop"]
    steps = [*shorter, *(s for s in grid.narrowing if s[0] == "drop")] if drops else shorter
    for step in [None, *steps]:
        if step is not None:
            how, column = step
            if how == "drop":
                shown.remove(column)
                dropped.append(column)
            else:
                texts[column] = grid.shorter[column]()
                natural[column] = max(_widest(texts[column]), width(grid.headers[column]))
        widths = _widths(grid, shown, natural, room, wrap_min)
        if widths is None:
            continue
        # A later step may have made room for a column dropped before it (dropping the
        # window leaves room for the parties' count): a column is only left out when
        # it cannot fit. The last dropped is the one most worth keeping.
        for column in reversed(dropped):
            wider = sorted([*shown, column])
            more = _widths(grid, wider, natural, room, wrap_min)
            if more is not None:
                shown, widths = wider, more
        return Layout(shown, texts, widths)
    return None


def _widths(
    grid: Grid, shown: list[int], natural: dict[int, int], room: int, wrap_min: int
) -> dict[int, int] | None:
    widths = {c: natural[c] for c in shown}
    total = sum(widths.values()) + len(SEP) * (len(shown) - 1)
    if total <= room:
        return widths
    wrapping = grid.wraps
    if wrapping is not None and wrapping in shown:
        rest = total - widths[wrapping]
        least = min(natural[wrapping], max(wrap_min, width(grid.headers[wrapping])))
        if room - rest >= least:
            widths[wrapping] = room - rest
            return widths
    return None


def wrap(text: str, room: int) -> list[str]:
    """``text`` in lines of at most ``room`` cells, broken between words; a word longer
    than a line (a URL) is the only thing ever broken."""
    if width(text) <= room:
        return [text]
    lines: list[str] = []
    line, used = "", 0
    for word in text.split():
        size = width(word)
        while size > room:  # only a word longer than a whole line is broken
            if line:
                lines.append(line)
                line, used = "", 0
            head, word = _split_at(word, room)
            lines.append(head)
            size = width(word)
        if not line:
            line, used = word, size
        elif used + 1 + size <= room:
            line, used = f"{line} {word}", used + 1 + size
        else:
            lines.append(line)
            line, used = word, size
    if line or not lines:
        lines.append(line)
    return lines


def _split_at(word: str, room: int) -> tuple[str, str]:
    used = 0
    for at, char in enumerate(word):
        used += width(char)
        if used > room:
            return word[:at], word[at:]
    return word, ""  # pragma: no cover - only called with a word wider than room


def _padded(text: str, size: int, right: bool) -> str:
    pad = " " * (size - width(text))
    return pad + text if right else text + pad


def table_text(grid: Grid, plan: Layout) -> Styled:
    """The laid-out table: header, rule, rows (the wrapping column on as many lines as
    it needs)."""
    out = Styled()
    columns, widths = plan.columns, plan.widths
    # The last column is not padded (no trailing blanks), unless aligned right.
    last = columns[-1] if columns[-1] not in grid.right else -1
    for c in columns:
        header = grid.headers[c]
        out.append(
            header if c == last else _padded(header, widths[c], c in grid.right), style="bold"
        )
        if c != columns[-1]:
            out.append(SEP)
    out.append("\n" + "─" * (sum(widths.values()) + len(SEP) * (len(columns) - 1)) + "\n")
    rows = len(grid.columns[0]) if grid.columns else 0
    for r in range(rows):
        parts = {
            c: wrap(plan.texts[c][r], widths[c]) if c == grid.wraps else [plan.texts[c][r]]
            for c in columns
        }
        for k in range(max(len(p) for p in parts.values())):
            line: list[tuple[str, str]] = []
            for c in columns:
                piece = parts[c][k] if k < len(parts[c]) else ""
                style = grid.cell_style(c, r) if k == 0 else ""
                padded = piece if c == last else _padded(piece, widths[c], c in grid.right)
                line.append((padded, style))
            _append_line(out, line)
    return out


def _append_line(out: Styled, cells: list[tuple[str, str]]) -> None:
    # Trailing blanks (an empty last cell) are not written, as in the piped form.
    while cells and not cells[-1][0].strip():
        cells.pop()
    for i, (piece, style) in enumerate(cells):
        if i:
            out.append(SEP)
        out.append(piece.rstrip() if i == len(cells) - 1 else piece, style=style or None)
    out.append("\n")


def blocks_text(grid: Grid, room: int) -> Styled:
    """Each row as a block: the key, then the other cells (shortened where they can
    be), then the wrapping text; blocks apart by a blank line."""
    out = Styled()
    texts = {c: (grid.shorter[c]() if c in grid.shorter else grid.columns[c]) for c in grid.shorter}
    others = [c for c in range(len(grid.headers)) if c not in (grid.key, grid.wraps)]
    rows = len(grid.columns[0]) if grid.columns else 0
    inner = max(room - len(INDENT), 1)
    for r in range(rows):
        if r:
            out.append("\n")
        for piece in wrap(grid.columns[grid.key][r], room):
            out.append(piece, style=grid.cell_style(grid.key, r) or None)
            out.append("\n")
        line: list[tuple[str, str]] = []
        used = 0
        for c in others:
            cell = texts.get(c, grid.columns[c])[r]
            if not cell:
                continue
            size = width(cell)
            if size > inner:  # a long cell (a source) gets lines of its own
                if line:
                    _append_indented(out, line)
                    line, used = [], 0
                for piece in wrap(cell, inner):
                    _append_indented(out, [(piece, grid.cell_style(c, r))])
                continue
            if line and used + len(SEP) + size > inner:
                _append_indented(out, line)
                line, used = [], 0
            line.append((cell, grid.cell_style(c, r)))
            used += size + (len(SEP) if len(line) > 1 else 0)
        if line:
            _append_indented(out, line)
        if grid.wraps is not None and grid.columns[grid.wraps][r]:
            for piece in wrap(grid.columns[grid.wraps][r], inner):
                out.append(INDENT + piece + "\n")
    return out


def _append_indented(out: Styled, cells: list[tuple[str, str]]) -> None:
    out.append(INDENT)
    _append_line(out, cells)


def fitted(grid: Grid, room: int) -> Styled:
    """The grid as it fits ``room`` terminal cells: a table, else blocks."""
    plan = layout(grid, room)
    return table_text(grid, plan) if plan is not None else blocks_text(grid, room)


def draw(grid: Grid, out: TextIO) -> None:
    """On a terminal, the grid as it fits; piped, aligned text at full width."""
    if out.isatty():
        from commitments.formats.console import Laid, emit, terminal_width  # rich: terminals only

        emit(out, Laid(fitted(grid, terminal_width(out))))
    else:
        out.write(plain(grid))
