"""`extract` on a terminal: each candidate with its sentence, the quote in full colour
between » and « (when it is part of the sentence), the rest of the sentence dimmed, the
cue in bold and the deadline highlighted."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from typing import TYPE_CHECKING, TextIO

from rich.table import Table
from rich.text import Text

from commitments.extract.entries import past_words
from commitments.formats.console import emit
from commitments.text import counted, visible

if TYPE_CHECKING:
    from commitments.extract.candidates import Candidate
    from commitments.extract.pipeline import Extraction

STRENGTH_STYLE = {
    "pledge": "bold green",
    "intent": "cyan",
    "proposal": "magenta",
    "forecast": "yellow",
}
CUE_STYLE = "bold underline"
DUE_STYLE = "reverse"


def sentence_text(candidate: Candidate) -> Text:
    """The sentence, its pieces styled by what they are; each piece made visible."""
    s = candidate.sentence
    marks = {s.start: "", s.end: ""}
    spans = [(candidate.start, candidate.end, "quote")]
    cue_end = candidate.cue_start + len(candidate.cue)
    spans.append((candidate.cue_start, cue_end, "cue"))
    if candidate.deadline is not None and candidate.deadline.start >= s.start:
        spans.append((candidate.deadline.start, candidate.deadline.end, "due"))
    for a, b, _ in spans:
        marks[max(s.start, min(a, s.end))] = ""
        marks[max(s.start, min(b, s.end))] = ""
    cuts = sorted(marks)
    shown = Text()
    # a quote that is part of its sentence is marked, so that two candidates of one
    # sentence differ where colour does not reach (a pipe, a file)
    part = (candidate.start, candidate.end) != (s.start, s.end)
    for a, b in itertools.pairwise(cuts):
        inside = {kind for x, y, kind in spans if x <= a and b <= y}
        if part and a == candidate.start:
            shown.append("»", style="bold")
        if part and a == candidate.end:
            shown.append("«", style="bold")
        style = [] if "quote" in inside else ["dim"]
        if "cue" in inside:
            style.append(CUE_STYLE)
        if "due" in inside:
            style.append(DUE_STYLE)
        shown.append(visible(s.text[a - s.start : b - s.start]), style=" ".join(style))
    if part and candidate.end == s.end:
        shown.append("«", style="bold")
    return shown


def heading(candidate: Candidate, declared: dt.date | None = None) -> Text:
    line = Text()
    line.append(f"{candidate.strength}", style=STRENGTH_STYLE.get(candidate.strength, ""))
    line.append(f"  {candidate.confidence:.2f}")
    if candidate.deadline is not None:
        line.append("  due ")
        line.append(
            visible(candidate.due or f"“{candidate.deadline.words}” (needs --declared)"),
            style="bold",
        )
        # (a due typed in review has no place in the text: start -1)
        if candidate.deadline.start >= 0 and not (
            candidate.start <= candidate.deadline.start < candidate.end
        ):
            # an item of a list, dated by its lead-in ("Over the next year, … intend to:")
            line.append(visible(f" (“{candidate.deadline.words}”, the list's)"), style="dim")
    elif (past := past_words(candidate, declared)) is not None:
        # "build a museum by 2024", declared in 2026: said, not dropped in silence
        line.append(visible(f"  no due: “{past}” is past"), style="dim")
    if candidate.parties:
        line.append("  " + " ".join(candidate.parties))
    if candidate.host:
        line.append(f"  host {candidate.host}")
    if candidate.tracked is not None:
        line.append(f"  tracked as {visible(candidate.tracked)}", style="dim")
    elif candidate.similar is not None:
        line.append(f"  perhaps the same as {visible(candidate.similar)}", style="yellow")
    return line


def card(candidate: Candidate, number: int, declared: dt.date | None = None) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column()
    grid.add_row(Text(f"{number}.", style="bold"), heading(candidate, declared))
    grid.add_row("", Text(visible(candidate.title), style="bold"))
    grid.add_row("", sentence_text(candidate))
    return grid


def summary(extraction: Extraction) -> str:
    found = extraction.candidates
    by = Counter(c.strength for c in found)
    kinds = ", ".join(
        counted(by[s], s) for s in ("pledge", "intent", "proposal", "forecast") if by[s]
    )
    dated = sum(c.deadline is not None for c in found)
    known = sum(c.tracked is not None for c in found)
    said = f"{counted(len(found), 'candidate')}"
    if found:
        said += f" ({kinds}); {dated} with a deadline; {known} tracked already"
    declared = extraction.provenance.declared
    said += f"; declared {declared}" if declared else "; no declared day"
    return f"{said}. From {visible(extraction.document.name)}."


class Format:
    def candidates(self, extraction: Extraction, out: TextIO) -> None:
        shown: list[Table | str] = []
        for n, candidate in enumerate(extraction.candidates, start=1):
            shown.append(card(candidate, n, extraction.provenance.declared))
            shown.append("")
        shown.append(summary(extraction))
        emit(out, *shown)
