"""The commands that read the ledger: list, timeline, export, show, due, check, stats, report."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from commitments import clock, commands
from commitments.cli.options import (
    CHECK_FORMATS,
    DUE_FORMATS,
    EXPORT_FORMATS,
    LIST_FORMATS,
    REPORT_FORMATS,
    SHOW_FORMATS,
    STATS_FORMATS,
    TIMELINE_FORMATS,
    CommitmentId,
    FileOption,
    InterimOption,
    OpenFilter,
    OutputOption,
    OverdueFilter,
    PagerOption,
    PartyFilter,
    SearchFilter,
    StatusFilter,
    StrengthFilter,
    SummitFilter,
    TagFilter,
    TodayOption,
    completing,
    date_option,
    each,
    ledger_path,
    option,
    selection,
    stdout,
    today_of,
)
from commitments.errors import UsageError
from commitments.formats import (
    CheckFormat,
    DueFormat,
    EventSpan,
    ExportFormat,
    ListFormat,
    ReportFormat,
    ShowFormat,
    StatsFormat,
    TimelineFormat,
)
from commitments.model import DEFAULT_WITHIN


def list_(
    ctx: typer.Context,
    status: StatusFilter = None,
    party: PartyFilter = None,
    tag: TagFilter = None,
    strength: StrengthFilter = None,
    summit: SummitFilter = None,
    search: SearchFilter = None,
    overdue: OverdueFilter = False,
    open_: OpenFilter = False,
    format_: Annotated[
        ListFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {LIST_FORMATS}."),
    ] = ListFormat.table,
    raw: Annotated[
        bool,
        typer.Option(
            "--raw", help="CSV: cells exactly as in the ledger (no ' before a leading = + - @)."
        ),
    ] = False,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """List commitments by deadline (undated last)."""
    commands.list_commitments(
        ledger_path(ctx, file),
        today_of(ctx, today),
        format_,
        stdout(ctx, no_pager),
        selection(status, party, tag, strength, summit, search, overdue, open_),
        raw=raw,
    )


def timeline(
    ctx: typer.Context,
    from_: Annotated[
        str | None,
        option(
            "--from",
            metavar="WHEN",
            help=(
                "Start the axis here: a date or any due expression (default: the earliest"
                " open window or six months back, whichever is earlier)."
            ),
        ),
    ] = None,
    to: Annotated[
        str | None,
        option(
            "--to",
            metavar="WHEN",
            help="End the axis here, as --from (default: the latest deadline, or today).",
        ),
    ] = None,
    status: StatusFilter = None,
    party: PartyFilter = None,
    tag: TagFilter = None,
    strength: StrengthFilter = None,
    summit: SummitFilter = None,
    search: SearchFilter = None,
    overdue: OverdueFilter = False,
    open_: OpenFilter = False,
    within: Annotated[
        int, typer.Option("--within", metavar="DAYS", help="Mark as due soon within DAYS days.")
    ] = DEFAULT_WITHIN,
    width: Annotated[
        int | None,
        option(
            "--width",
            metavar="COLUMNS",
            help="Text: draw this wide (default: the terminal, else $COLUMNS, else 80).",
        ),
    ] = None,
    format_: Annotated[
        TimelineFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {TIMELINE_FORMATS}."),
    ] = TimelineFormat.text,
    output: OutputOption = None,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """Windows drawn on a month axis, with a marker for today."""
    if within < 0:
        raise UsageError(f"--within: {within} is negative (expected a number of days, 0 or more)")
    commands.timeline_chart(
        ledger_path(ctx, file),
        today_of(ctx, today),
        format_,
        stdout(ctx, no_pager),
        selection(status, party, tag, strength, summit, search, overdue, open_),
        start=from_,
        end=to,
        within=within,
        width=width,
        output=output,
    )


def export(
    ctx: typer.Context,
    format_: Annotated[
        ExportFormat,
        typer.Option("--format", metavar="FORMAT", help=f"File format: {EXPORT_FORMATS}."),
    ] = ExportFormat.json,
    events: Annotated[
        EventSpan,
        typer.Option(
            "--events",
            metavar="SPAN",
            help="iCalendar: an event on each deadline's day, or spanning its whole window:"
            f" {', '.join(EventSpan)}.",
        ),
    ] = EventSpan.deadline,
    output: OutputOption = None,
    status: StatusFilter = None,
    party: PartyFilter = None,
    tag: TagFilter = None,
    strength: StrengthFilter = None,
    summit: SummitFilter = None,
    search: SearchFilter = None,
    overdue: OverdueFilter = False,
    open_: OpenFilter = False,
    file: FileOption = None,
    today: TodayOption = None,
) -> None:
    """Commitments as a file, or the ledger as open data.

    JSON, CSV, Markdown or iCalendar to stdout or --output; --format datapackage
    --output DIR writes a Frictionless Data Package, --format sqlite --output FILE a
    database Datasette serves (docs/publishing.md)."""
    if events is not EventSpan.deadline and format_ is not ExportFormat.ics:
        raise UsageError(
            f"--events: only the iCalendar feed has events (give --format ics; this is"
            f" --format {format_.value})"
        )
    commands.export_commitments(
        ledger_path(ctx, file),
        today_of(ctx, today),
        format_,
        sys.stdout,
        selection(status, party, tag, strength, summit, search, overdue, open_),
        output=output,
        events=events,
    )


def show(
    ctx: typer.Context,
    commitment_id: CommitmentId,
    format_: Annotated[
        ShowFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {SHOW_FORMATS}."),
    ] = ShowFormat.table,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """One commitment: its fields, quote and history."""
    commands.show_commitment(
        ledger_path(ctx, file), today_of(ctx, today), commitment_id, format_, stdout(ctx, no_pager)
    )


def due(
    ctx: typer.Context,
    within: Annotated[
        int, typer.Option("--within", metavar="DAYS", help="Due soon means within DAYS days.")
    ] = DEFAULT_WITHIN,
    format_: Annotated[
        DueFormat, typer.Option("--format", metavar="FORMAT", help=f"Output format: {DUE_FORMATS}.")
    ] = DueFormat.table,
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code", help="Exit 4 if anything is overdue, else 3 if anything is due soon."
        ),
    ] = False,
    status: StatusFilter = None,
    party: PartyFilter = None,
    tag: TagFilter = None,
    summit: SummitFilter = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Intents, proposals and forecasts too, not only pledges.")
    ] = False,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """The cron report: overdue, then due soon. Prints nothing when piped and nothing is due."""
    code = commands.due_report(
        ledger_path(ctx, file),
        today_of(ctx, today),
        within,
        format_,
        stdout(ctx, no_pager),
        selection(status, party, tag, None, summit, None, False, False),
        exit_code=exit_code,
        every_strength=all_,
    )
    if code:
        raise typer.Exit(code)


def check(
    ctx: typer.Context,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
    format_: Annotated[
        CheckFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {CHECK_FORMATS}."),
    ] = CheckFormat.text,
    file: FileOption = None,
    today: TodayOption = None,
) -> None:
    """Validate the ledger and report every problem.

    Exit 1 if there are errors (with --strict, warnings too).
    """
    today_of(ctx, today)  # refused if it is not a date, as everywhere
    # Dates are judged against the real today: --today sets the day of a report, and
    # an update after it is history to come, not a slip of the keyboard.
    code = commands.check_ledger(
        ledger_path(ctx, file), clock.real_today(), strict, format_, sys.stdout, sys.stderr
    )
    if code:
        raise typer.Exit(code)


def stats(
    ctx: typer.Context,
    summit: Annotated[
        str | None,
        option(
            "--summit",
            metavar="ID",
            help="Only the commitments of this summit.",
            autocompletion=completing("summit"),
        ),
    ] = None,
    interim: InterimOption = False,
    format_: Annotated[
        StatsFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {STATS_FORMATS}."),
    ] = StatsFormat.table,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """Counts, and compliance scores per party and summit."""
    commands.compliance_stats(
        ledger_path(ctx, file),
        today_of(ctx, today),
        format_,
        stdout(ctx, no_pager),
        summit=summit,
        interim=interim,
    )


def report(
    ctx: typer.Context,
    summit: Annotated[
        str | None,
        typer.Argument(
            metavar="[SUMMIT]",
            help="The summit's id (default: every pledge of the ledger).",
            show_default=False,
            autocompletion=completing("summit"),
        ),
    ] = None,
    interim: InterimOption = False,
    since: Annotated[
        str | None,
        option(
            "--since",
            metavar="DATE",
            help="Compare each cell with the same report as of DATE, and list what changed.",
        ),
    ] = None,
    party: Annotated[
        list[str] | None,
        option(
            "--party",
            "-p",
            metavar="CODE",
            help="Only this party's column (repeatable).",
            autocompletion=completing("party"),
        ),
    ] = None,
    tag: TagFilter = None,
    summits: SummitFilter = None,
    format_: Annotated[
        ReportFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {REPORT_FORMATS}."),
    ] = ReportFormat.table,
    output: OutputOption = None,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """Compliance matrix: each responsible party's score per pledge."""
    commands.compliance_report(
        ledger_path(ctx, file),
        today_of(ctx, today),
        format_,
        stdout(ctx, no_pager),
        sys.stderr,
        summit=summit,
        interim=interim,
        output=output,
        since=date_option(since, "--since"),
        parties=each(party, "--party"),
        tags=tag or [],  # a comma list unless a tag holds the comma: commands.tag_words
        summits=each(summits, "--summit"),
    )
