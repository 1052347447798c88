"""What several commands share: the options, the ledger and day they resolve to, the
filters, and shell completion from the ledger."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from commitments import clock, commands
from commitments.errors import UsageError
from commitments.formats import (
    CheckFormat,
    DueFormat,
    ExportFormat,
    ListFormat,
    ReportFormat,
    ShowFormat,
    StatsFormat,
    TimelineFormat,
)
from commitments.ledger.find import find_ledger
from commitments.model import STRENGTHS, Status, Strength, status_named
from commitments.report.select import Filters
from commitments.text import did_you_mean, quoted

if TYPE_CHECKING:
    import datetime as dt


class Process:
    # Whether main() runs this process (and ends it): only then may a write keep Ctrl-C
    # held until exit. Tests drive `app` in their own process, which must stay theirs.
    __slots__ = ("main",)

    def __init__(self) -> None:
        self.main = False


this_process = Process()


class Globals:
    """The global options given before the command."""

    __slots__ = ("file", "no_pager", "today")

    def __init__(
        self, file: str | None = None, today: str | None = None, no_pager: bool = False
    ) -> None:
        self.file, self.today, self.no_pager = file, today, no_pager


def option(*names: str, metavar: str | None = None, help: str, **more: Any) -> Any:
    """An option whose help shows what it takes (its metavar), never a default: the
    defaults are said in words, where there is one."""
    return typer.Option(*names, metavar=metavar, help=help, show_default=False, **more)


# The ledger's own read says why a --file cannot be read, with exit 1 as for a ledger
# found any other way (Typer's check, readable=True, would exit 2).
FileOption = Annotated[
    # Text, not a Path: a Path drops the trailing "/" by which `init` knows a folder.
    str | None,
    option(
        "--file",
        "-f",
        metavar="PATH",
        help="The ledger (else $COMMITMENTS_FILE, else the nearest commitments.toml upwards).",
        dir_okay=True,
        readable=False,
    ),
]
TodayOption = Annotated[
    str | None,
    option(
        "--today",
        metavar="DATE",
        help="Take DATE (YYYY-MM-DD) as today (else $COMMITMENTS_TODAY, else the system date).",
    ),
]


STATUS_CHOICES = ", ".join(Status)
STRENGTH_CHOICES = ", ".join(Strength)
LIST_FORMATS = ", ".join(ListFormat)
SHOW_FORMATS = ", ".join(ShowFormat)
DUE_FORMATS = ", ".join(DueFormat)
CHECK_FORMATS = ", ".join(CheckFormat)
STATS_FORMATS = ", ".join(StatsFormat)
REPORT_FORMATS = ", ".join(ReportFormat)
TIMELINE_FORMATS = ", ".join(TimelineFormat)
EXPORT_FORMATS = ", ".join(ExportFormat)


def completing(what: str) -> Any:
    """A shell completion callback offering ``what`` from the ledger the command would use."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        file = ctx.params.get("file")
        if file is None and ctx.parent is not None:
            file = ctx.parent.params.get("file")
        try:
            return commands.completions(Path(file) if file else None, what, incomplete)
        except Exception:  # a shell completion offers nothing rather than a traceback
            return []

    return complete


StatusFilter = Annotated[
    list[str] | None,
    option(
        "--status",
        "-s",
        metavar="STATUS",
        help=f"Only this status (repeatable): {STATUS_CHOICES}.",
        autocompletion=completing("status"),
    ),
]
PartyFilter = Annotated[
    list[str] | None,
    option(
        "--party",
        "-p",
        metavar="CODE",
        help="Only commitments of this party or host (repeatable).",
        autocompletion=completing("party"),
    ),
]
StrengthFilter = Annotated[
    list[str] | None,
    option(
        "--strength",
        metavar="STRENGTH",
        help=f"Only this strength (repeatable): {STRENGTH_CHOICES}.",
        autocompletion=completing("strength"),
    ),
]
SummitFilter = Annotated[
    list[str] | None,
    option(
        "--summit",
        metavar="ID",
        help="Only commitments made at this summit (repeatable).",
        autocompletion=completing("summit"),
    ),
]
InterimOption = Annotated[
    bool,
    typer.Option(
        "--interim",
        help="Interim assessment: open pledges score too (in-progress 0, planned and stalled -1).",
    ),
]
TagFilter = Annotated[
    list[str] | None,
    option(
        "--tag",
        "-t",
        metavar="TAG",
        help="Only commitments with this tag, in any case (repeatable).",
        autocompletion=completing("tag"),
    ),
]


AllowFutureOption = Annotated[bool, option("--allow-future", help="Accept a date after today.")]
HostOption = Annotated[
    str | None,
    option("--host", metavar="CODE", help="The host party.", autocompletion=completing("party")),
]


PagerOption = Annotated[
    bool,
    typer.Option(
        "--no-pager",
        help="Never page output on a terminal (else $COMMITMENTS_PAGER, $PAGER, less -FRX).",
    ),
]


def stdout(ctx: typer.Context, no_pager: bool) -> TextIO:
    """Where a command's output goes: stdout, never paged with --no-pager (given before
    the command or after it)."""
    if no_pager or ctx.ensure_object(Globals).no_pager:
        from commitments.formats.console import unpaged  # rich: terminals only

        return unpaged(sys.stdout)
    return sys.stdout


def ledger_path(ctx: typer.Context, file: str | None) -> Path:
    given = file if file is not None else ctx.ensure_object(Globals).file
    return find_ledger(Path(given) if given is not None else None)


def today_of(ctx: typer.Context, today: str | None) -> dt.date:
    return clock.resolve_today(today if today is not None else ctx.ensure_object(Globals).today)


CommitmentId = Annotated[
    str,
    typer.Argument(
        metavar="ID",
        help="The commitment's id, or the start of it.",
        autocompletion=completing("id"),
    ),
]
SearchFilter = Annotated[
    str | None,
    option(
        "--search",
        "-q",
        metavar="TEXT",
        help="Only commitments whose id, title, quote, notes or source hold TEXT (any case).",
    ),
]
OverdueFilter = Annotated[bool, typer.Option("--overdue", help="Only overdue commitments.")]
OpenFilter = Annotated[bool, typer.Option("--open", help="Only open commitments.")]
OutputOption = Annotated[
    # Text, not a Path: a Path drops the trailing "/" that says the user meant a folder.
    str | None,
    option(
        "--output",
        "-o",
        metavar="PATH",
        help="Write to PATH (replaced whole, never left half-written) instead of stdout.",
    ),
]


def selection(
    status: list[str] | None,
    party: list[str] | None,
    tag: list[str] | None,
    strength: list[str] | None,
    summit: list[str] | None,
    search: str | None,
    overdue: bool,
    open_: bool,
) -> Filters:
    """The filters as asked (commands.checked makes them the ledger's)."""
    return Filters(
        statuses=tuple(status_of(word, "--status") for word in each(status, "--status")),
        parties=tuple(each(party, "--party")),
        tags=tuple(tag or ()),  # split by commands.checked: a tag may hold a comma
        overdue=overdue,
        open_only=open_,
        search=search or "",
        strengths=tuple(strength_of(word) for word in each(strength, "--strength")),
        summits=tuple(each(summit, "--summit")),
    )


def each(values: list[str] | None, option: str) -> list[str]:
    """The values of a repeatable option, each of which may be a comma list
    (`--party kz,kg` is `--party kz --party kg`). An empty one is refused: `--party
    "$UNSET"` in a cron line must not mean every party."""
    parts = [part.strip() for value in values or [] for part in value.split(",")]
    if any(not part for part in parts):
        raise UsageError(f"{option}: an empty value (expected {_WHAT.get(option, 'a value')})")
    return parts


_WHAT = {"--party": "a party code", "--responsible": "a party code", "--tag": "a tag"}


def status_of(word: str, option: str) -> str:
    """The status ``word`` means; a synonym ("finished") is read as its status, with a note."""
    status, synonym = status_named(word, option)
    if synonym:
        sys.stderr.write(
            f"commitments: note: {option} {quoted(word)} is read as {quoted(status)}\n"
        )
    return status


def strength_of(word: str) -> str:
    folded = word.strip().casefold()
    if folded in STRENGTHS:
        return folded
    raise UsageError(
        f"--strength: {quoted(word)} is not a strength{did_you_mean(folded, STRENGTHS)}"
        f" (expected one of {STRENGTH_CHOICES})"
    )


def date_option(value: str | None, option: str) -> dt.date | None:
    return None if value is None else clock.parse_date(value, option)
