"""The rich Console every text view writes through: ledger text is never markup."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

# Piped output is never wrapped or cut: a table is as wide as its content.
PIPE_WIDTH = 1_000_000


def make_console(out: TextIO, *, terminal: bool) -> Console:
    from rich.console import Console

    return Console(
        file=out,
        markup=False,
        emoji=False,
        highlight=False,
        width=None if terminal else PIPE_WIDTH,
        # Off a terminal rich must not emit ANSI, whatever FORCE_COLOR says.
        force_terminal=None if terminal else False,
        force_jupyter=False,
    )


def emit(out: TextIO, *renderables: RenderableType | str) -> None:
    """Print to ``out``: styled on a terminal; plain, unwrapped and without padding when piped."""
    terminal = out.isatty()
    if terminal:
        console = make_console(out, terminal=True)
        for renderable in renderables:
            # A table wider than the terminal overflows rather than losing its right edge.
            console.print(renderable, crop=False)
        return
    buffer = io.StringIO()
    console = make_console(buffer, terminal=False)
    for renderable in renderables:
        console.print(renderable)
    out.write("".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines()))
