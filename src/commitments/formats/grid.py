"""A table as data, drawn by rich on a terminal and as plain aligned text when piped.

Piped output (cron, files, `| less`) needs neither colour nor wrapping, and drawing
10,000 rows with rich takes seconds; aligned text takes milliseconds.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from commitments.formats.styles import Cell

# One step a narrow terminal takes: a column shown in its shorter form, or dropped.
Narrowing = tuple[Literal["shorten", "drop"], int]


@dataclass(slots=True)
class Grid:
    """Columns of text (already made visible), each with one rich style for all its
    cells or one per cell. Kept by column: a history of 100,000 updates is built and
    aligned with a few list operations per column, not a Python loop per cell."""

    headers: list[str]
    right: frozenset[int] = frozenset()  # columns aligned right
    columns: list[list[str]] = field(default_factory=list)
    styles: list[str | list[str]] = field(default_factory=list)
    # How it fits a terminal (fit.py): the one column that wraps between words, the
    # column that heads a row when rows become blocks, the shorter forms of columns
    # (made only when needed), and the columns given up as width runs out, in order.
    wraps: int | None = None
    key: int = 0
    shorter: dict[int, Callable[[], list[str]]] = field(default_factory=dict)
    narrowing: tuple[Narrowing, ...] = ()

    def __post_init__(self) -> None:
        if not self.columns:
            self.columns = [[] for _ in self.headers]
            self.styles = [[] for _ in self.headers]
        elif not self.styles:
            self.styles = [""] * len(self.headers)

    def add_row(self, cells: Sequence[Cell]) -> None:
        for (text, style), column, styles in zip(cells, self.columns, self.styles, strict=True):
            column.append(text)
            assert isinstance(styles, list)
            styles.append(style)

    def cell_style(self, column: int, row: int) -> str:
        styles = self.styles[column]
        return styles if isinstance(styles, str) else styles[row]


def width(text: str) -> int:
    """Terminal cells ``text`` takes: wide East Asian characters two, combining marks none."""
    if text.isascii():
        return len(text)
    return _wide_width(text)


@functools.lru_cache(maxsize=1 << 14)
def _wide_width(text: str) -> int:
    # Cells repeat (statuses, names, dates): measured once each.
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def plain(grid: Grid) -> str:
    """Aligned columns, two spaces apart, a rule under the headers. A column of ASCII
    text (the usual case) is measured and padded by str's own methods."""
    columns: list[list[str]] = []
    widths: list[int] = []
    for i, (header, column) in enumerate(zip(grid.headers, grid.columns, strict=True)):
        cells = [header, *column]
        if "".join(cells).isascii():
            size = max(map(len, cells))
            cells = (
                [c.rjust(size) for c in cells]
                if i in grid.right
                else [c.ljust(size) for c in cells]
            )
        else:
            measured = {c: width(c) for c in set(cells)}  # cells repeat: statuses, dates
            sizes = [measured[c] for c in cells]
            size = max(sizes)
            pads = [" " * (size - n) for n in sizes]
            if i in grid.right:
                cells = [pad + c for pad, c in zip(pads, cells, strict=True)]
            else:
                cells = [c + pad for pad, c in zip(pads, cells, strict=True)]
        columns.append(cells)
        widths.append(size)
    lines = ["  ".join(cells).rstrip() for cells in zip(*columns, strict=True)]
    lines.insert(1, "─" * (sum(widths) + 2 * (len(widths) - 1)))
    return "\n".join(lines) + "\n"
