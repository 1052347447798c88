"""The rich Console every text view writes through, and the pager on a terminal.

Ledger text is never markup. On a terminal, output taller than the screen goes
through a pager, as git's does: $COMMITMENTS_PAGER, else $PAGER, else `less -FRX`
(-F: none for one screen, -R: colours, -X: the text stays on screen after);
an empty COMMITMENTS_PAGER or `--no-pager` turns it off.
"""

from __future__ import annotations

import contextlib
import io
import os
import shlex
import shutil
import signal
import subprocess
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from commitments.text import UNENCODABLE

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from commitments.formats.fit import Styled

# Piped output is never wrapped or cut: a table is as wide as its content.
PIPE_WIDTH = 1_000_000
ENV_PAGER = "COMMITMENTS_PAGER"
DEFAULT_PAGER = "less -FRX"


@dataclass(frozen=True, slots=True)
class Laid:
    """Text already laid out to the terminal's width (fit.py): printed as it is."""

    text: Styled


def make_console(out: TextIO, *, terminal: bool) -> Console:
    from rich.console import Console  # rich: terminals only

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


def terminal_width(out: TextIO) -> int:
    return make_console(out, terminal=True).width


def emit(out: TextIO, *renderables: RenderableType | str | Laid) -> None:
    """Print to ``out``: styled on a terminal (paged when taller than it); plain,
    unwrapped and without padding when piped."""
    if out.isatty():
        console = make_console(out, terminal=True)
        shown: list[str] = []
        for renderable in renderables:
            if isinstance(renderable, Laid):
                shown.append(_escaped(renderable.text, console))
                continue
            with console.capture() as captured:
                # Wider than the terminal overflows rather than losing its right edge.
                console.print(renderable, crop=False)
            shown.append(captured.get())
        page(out, "".join(shown))
        return
    buffer = io.StringIO()
    console = make_console(buffer, terminal=False)
    for renderable in renderables:
        console.print(renderable.text.plain if isinstance(renderable, Laid) else renderable)
    out.write("".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines()))


def _escaped(text: Styled, console: Console) -> str:
    """Each piece with its style's escape codes, as this console would write them
    (no colour under NO_COLOR, none at all on a terminal without colours)."""
    from rich.color import ColorSystem  # rich: terminals only
    from rich.style import Style  # rich: terminals only

    systems = {
        "standard": ColorSystem.STANDARD,
        "256": ColorSystem.EIGHT_BIT,
        "truecolor": ColorSystem.TRUECOLOR,
        "windows": ColorSystem.WINDOWS,
    }
    system = systems.get(console.color_system or "")
    if system is None:
        return text.plain
    made: dict[str, str] = {}

    def styled(piece: str, name: str) -> str:
        if not name or not piece:
            return piece
        if name not in made:
            style = Style.parse(name)
            made[name] = (style.without_color if console.no_color else style).render(
                "\0", color_system=system
            )
        return made[name].replace("\0", piece)

    return "".join(styled(piece, name) for piece, name in text.pieces)


class _Unpaged:
    """A stream whose output is never paged (--no-pager)."""

    paging = False

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def unpaged(stream: TextIO) -> TextIO:
    return _Unpaged(stream)  # type: ignore[return-value]  # a TextIO by delegation


def pager() -> list[str]:
    """The pager command, or [] when paging is off."""
    chosen = os.environ.get(ENV_PAGER)
    if chosen is None:
        chosen = os.environ.get("PAGER") or DEFAULT_PAGER
    try:
        return shlex.split(chosen)
    except ValueError:
        return []


def page(out: TextIO, text: str) -> None:
    """Write ``text`` to the terminal ``out``, through the pager when it is taller than
    the screen. Ctrl-C belongs to the pager meanwhile (it stops scrolling, not us)."""
    command = pager() if getattr(out, "paging", True) else []
    if not command or text.count("\n") < shutil.get_terminal_size().lines:
        out.write(text)
        return
    out.flush()
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            env=env,
            encoding=getattr(out, "encoding", None),
            errors=UNENCODABLE,  # as the terminal itself is written (cli.main)
        )
    except OSError:  # no such pager: the text is still shown
        signal.signal(signal.SIGINT, previous)
        out.write(text)
        return
    try:
        assert process.stdin is not None
        with contextlib.suppress(BrokenPipeError, OSError):  # the reader quit early
            process.stdin.write(text)
            process.stdin.close()
        process.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
