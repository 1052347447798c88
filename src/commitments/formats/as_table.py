"""Tables: rich on a terminal, aligned plain text when piped (see grid.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TextIO

from commitments.formats.fit import draw
from commitments.formats.grid import Grid
from commitments.formats.phrases import (
    days_short,
    marked_title,
    parties_count,
    window_compact,
    window_text,
)
from commitments.formats.styles import STATUS_STYLE, days_cell
from commitments.report.state import State
from commitments.text import visible


def list_grid(states: Sequence[State], today: dt.date) -> Grid:
    grid = Grid(
        ["ID", "Status", "Due", "Window", "Days", "Parties", "Title"],
        right=frozenset({4}),
        key=0,
        wraps=6,
        shorter={
            3: lambda: [window_compact(s.window) if s.window else "" for s in states],
            4: lambda: [days_short(s, today) for s in states],
            5: lambda: [parties_count(s.commitment.parties) for s in states],
        },
        # the window and parties shortened, then the window dropped (the due text and
        # the days say when), the parties, the due text; then the days' words
        narrowing=(
            ("shorten", 3),
            ("shorten", 5),
            ("drop", 3),
            ("drop", 5),
            ("drop", 2),
            ("shorten", 4),
        ),
    )
    for s in states:
        c = s.commitment
        grid.add_row(
            [
                (visible(c.id), ""),
                (s.status, STATUS_STYLE.get(s.status, "")),
                (visible(s.window.text) if s.window else "", ""),
                (window_text(s.window) if s.window else "", ""),  # Days says undated
                days_cell(s, today),
                (visible(" ".join(c.parties)), ""),
                (visible(marked_title(c)), ""),
            ]
        )
    return grid


class Format:
    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        if not states:
            out.write("No commitments match.\n")
            return
        draw(list_grid(states, today), out)

    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None:
        grid = Grid(
            ["Attention", "ID", "Due", "Window", "Days", "Title"],
            right=frozenset({4}),
            key=1,
            wraps=5,
            shorter={
                3: lambda: [window_compact(s.window) for s in states],
                4: lambda: [days_short(s, today) for s in states],
            },
            narrowing=(("shorten", 3), ("drop", 3), ("drop", 2), ("shorten", 4)),
        )
        for s in states:
            overdue = s.attention(today, within) == "overdue"
            grid.add_row(
                [
                    ("overdue", "bold red") if overdue else ("due soon", "yellow"),
                    (visible(s.commitment.id), ""),
                    (visible(s.window.text) if s.window else "", ""),
                    (window_text(s.window), ""),
                    days_cell(s, today, within),
                    (visible(marked_title(s.commitment)), ""),
                ]
            )
        draw(grid, out)
