"""`extract SOURCE`: propose the commitments in a declaration; review or apply them."""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from commitments.cli.options import (
    AllowFutureOption,
    FileOption,
    Globals,
    PagerOption,
    completing,
    date_option,
    ledger_path,
    option,
    stdout,
    this_process,
    today_of,
)
from commitments.errors import LedgerError, UsageError
from commitments.formats import ExtractFormat
from commitments.ledger.find import ENV_FILE

if TYPE_CHECKING:
    from collections.abc import Sequence

    from commitments.extract.candidates import Candidate
    from commitments.extract.entries import Provenance


def extract(
    ctx: typer.Context,
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",
            help="The declaration: a text, Markdown, HTML or PDF file, - (standard input),"
            " or an http(s) URL.",
            show_default=False,
        ),
    ],
    format_: Annotated[
        ExtractFormat | None,
        option(
            "--format",
            metavar="FORMAT",
            help="table (default on a terminal), json (default piped) or toml (tables to"
            " append after review).",
        ),
    ] = None,
    declared: Annotated[
        str | None,
        option(
            "--declared",
            metavar="DATE",
            help="When it was declared: what 'next year' means, and which dates are past"
            " (default: the summit's day, else a date in the source's header).",
        ),
    ] = None,
    summit: Annotated[
        str | None,
        option(
            "--summit",
            metavar="ID",
            help="The ledger's summit it comes from: its day, parties, source and url.",
            autocompletion=completing("summit"),
        ),
    ] = None,
    source_text: Annotated[
        str | None, option("--source", metavar="TEXT", help="How the evidence is named.")
    ] = None,
    url: Annotated[
        str | None, option("--url", metavar="URL", help="The declaration's address.")
    ] = None,
    review: Annotated[
        bool, option("--review", help="Go through them one by one, then append those accepted.")
    ] = False,
    apply: Annotated[
        bool, option("--apply", help="Append every one the ledger does not track yet.")
    ] = False,
    min_confidence: Annotated[
        float,
        option(
            "--min-confidence",
            metavar="0-1",
            min=0.0,
            max=1.0,
            help="Only candidates at least this confident (default: 0, all).",
        ),
    ] = 0.0,
    timeout: Annotated[
        float,
        option(
            "--timeout",
            metavar="SECONDS",
            min=0.1,
            max=600.0,
            help="A URL's wait for each answer (the whole fetch: four times it; default 15).",
        ),
    ] = 15.0,
    allow_future: AllowFutureOption = False,
    file: FileOption = None,
    no_pager: PagerOption = False,
) -> None:
    """Propose the commitments in a declaration, for review.

    Finds the sentences that commit someone, with each one's strength, deadline and
    parties; marks those the ledger tracks already. --review or --apply appends them.
    """
    from commitments.extract.entries import distinct  # startup: extract only
    from commitments.extract.pipeline import (  # startup: extract only
        Request,
        extraction,
        ledger_if_any,
    )

    if math.isnan(min_confidence) or math.isnan(timeout):
        raise UsageError("--min-confidence and --timeout take numbers, not NaN")
    if review and apply:
        raise UsageError("--review and --apply: give one (--review asks before appending)")
    writing = review or apply
    path = _ledger_for(ctx, file, writing or summit is not None)
    answers = _answers() if review else None  # before the work: there may be no terminal
    request = Request(
        source=source,
        declared=date_option(declared, "--declared"),
        summit=summit,
        source_text=_text(source_text, "--source"),
        url=_url(url),
        min_confidence=min_confidence,
        timeout=timeout,
        today=today_of(ctx, None),
    )
    ledger = ledger_if_any(path) if path is not None else None
    found = extraction(request, getattr(sys.stdin, "buffer", None), ledger)
    for note in found.notes:
        sys.stderr.write(f"commitments: note: {note}\n")
    terminal = sys.stdout.isatty()
    chosen = format_ or (ExtractFormat.table if terminal else ExtractFormat.json)
    if (writing and found.provenance.declared is not None) or (
        not writing and chosen is ExtractFormat.toml
    ):
        _said_again(found.candidates)
    if not writing:
        from commitments.formats import extract_view  # startup: extract only

        extract_view(chosen).candidates(found, stdout(ctx, no_pager))
        return
    assert path is not None
    from commitments.write.requests import not_in_future  # startup: extract only

    # as `add --declared` does: entries declared after today are in no report until then
    said = "--declared" if declared is not None else f"--summit {summit}: its date"
    not_in_future(found.provenance.declared, request.today, said, allow_future)
    if found.provenance.declared is None:
        raise UsageError(
            f"{'--review' if review else '--apply'}: give --declared DATE or --summit ID:"
            " without the day it was declared, past dates cannot be told from deadlines"
            " and “next year” means nothing; nothing was changed"
        )
    fresh = [c for c in distinct(found.candidates) if c.tracked is None]
    if answers is not None:
        tracked = sum(1 for c in found.candidates if c.tracked is not None)
        said = f"commitments: {len(found.candidates)} found"
        said += f", {tracked} tracked already" if tracked else ""
        # (fewer when the page says a promise again: the note above says how many)
        said += (
            ": reviewing each"
            if len(fresh) == len(found.candidates)
            else f": reviewing {len(fresh)}"
        )
        sys.stderr.write(said + "\n")
        fresh = _reviewed(fresh, found.provenance.declared, answers)
        how = "accepted in review"
    else:
        how = "appended by --apply without review"
    known = [c.tracked for c in found.candidates if c.tracked is not None]
    _append(path, fresh, found.provenance, how, known if apply else [])


def _said_again(candidates: Sequence[Candidate]) -> None:
    """Say how many candidates a page says again (a headline, its lead, a running header):
    the tables hold each once, in its fullest wording."""
    from commitments.extract.entries import distinct  # startup: extract only

    fresh = [c for c in candidates if c.tracked is None]
    again = len(fresh) - len(distinct(fresh))
    if again:
        from commitments.text import counted  # startup: extract only

        sys.stderr.write(
            f"commitments: note: {counted(again, 'candidate')} said again on the page"
            " (a headline, a lead, a repeated line): each promise is written once, in its"
            " fullest wording\n"
        )


def _ledger_for(ctx: typer.Context, file: str | None, needed: bool) -> Path | None:
    """The ledger: one named (-f, $COMMITMENTS_FILE) must be there, and one to write to
    or to find a summit in; none found upwards is fine for reading a text, which then
    has nothing to compare with."""
    named = file is not None or ctx.ensure_object(Globals).file is not None
    try:
        path = ledger_path(ctx, file)
    except LedgerError:
        if needed or named or os.environ.get(ENV_FILE):
            raise
        return None
    if needed and not path.exists():
        raise LedgerError(f"{path}: no ledger (`commitments init` makes one)")
    return path


def _text(value: str | None, option: str) -> str | None:
    from commitments.write.requests import text_value  # startup: extract only

    return text_value(value, option)


def _url(url: str | None) -> str | None:
    from commitments.write.requests import url_value  # startup: extract only

    return url_value(url, "--url")


def _reviewed(
    candidates: list[Candidate], declared: dt.date | None, source: tuple[TextIO, bool]
) -> list[Candidate]:
    from commitments.extract.review import review  # startup: extract only
    from commitments.formats.candidates_table import card  # startup: extract only
    from commitments.formats.console import make_console  # startup: extract only

    answers, opened = source
    console = make_console(sys.stdout, terminal=True)

    def show(candidate: Candidate, number: int, total: int) -> None:
        console.print()
        console.print(f"{number} of {total}", style="dim")
        console.print(card(candidate, number, declared))

    def ask(prompt: str) -> str:
        sys.stdout.write(prompt)
        sys.stdout.flush()
        line = answers.readline()
        if not line:
            sys.stdout.write("\n")
            raise EOFError
        return line.rstrip("\n")

    def say(text: str) -> None:
        sys.stderr.write(f"commitments: {text}\n")

    try:
        return review(candidates, declared, ask, show, say)
    except KeyboardInterrupt:
        sys.stdout.write("\n")  # the shell's prompt on a line of its own after ^C
        raise
    finally:
        if opened:
            answers.close()


def _answers() -> tuple[TextIO, bool]:
    """Where the reviewer's answers come from: the terminal, even when the declaration
    itself came on standard input."""
    if sys.stdin.isatty():
        return sys.stdin, False
    try:
        return open("/dev/tty", encoding="utf-8"), True
    except OSError:
        raise UsageError(
            "--review asks on a terminal, and there is none; use --format toml to review"
            " in an editor, or --apply"
        ) from None


def _append(
    path: Path, chosen: list[Candidate], provenance: Provenance, how: str, known: list[str]
) -> None:
    """Append ``chosen``; say what was appended, and (``known``, with those found tracked
    under the lock) which ledger commitments track the rest."""
    from commitments.ledger.find import display_name  # startup: extract only
    from commitments.text import counted, listed, visible  # startup: extract only
    from commitments.write.extracted import Applied, append_candidates  # startup: extract only

    name = display_name(path)
    applied = Applied([], [])
    if chosen:
        applied = append_candidates(
            path,
            chosen,
            provenance,
            how,
            keep_similar=how.startswith("accepted"),
            hold_interrupts=this_process.main,
        )
    if applied.ids:
        said = counted(len(applied.ids), "commitment")
        # a long list's ids are one line, not thousands: `list` shows them all
        sys.stdout.write(f"appended {said} to {name}: {listed(applied.ids, 20)}\n")
    else:
        sys.stdout.write(f"nothing appended to {name}\n")
    tracked = list(dict.fromkeys([*known, *applied.skipped]))
    if tracked:
        sys.stdout.write(f"tracked already: {listed(tracked, 20)}\n")
    for title, same in applied.similar:
        sys.stdout.write(
            f"left out, perhaps the same as {same}: {visible(title)}"
            " (--review to decide, or --format toml)\n"
        )
    if applied.interrupted:
        sys.stderr.write(
            "commitments: interrupted after the write: the tables above were written\n"
        )
