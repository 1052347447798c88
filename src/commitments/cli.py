"""The command line. The only module that knows Typer; each command calls the core."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from typer.core import TyperCommand, TyperGroup

from commitments import __version__
from commitments.errors import EXIT_INTERRUPTED, EXIT_USAGE, CommitmentsError
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
from commitments.model import DEFAULT_WITHIN, Status, Strength
from commitments.model import HemisphereName as Hemisphere
from commitments.text import visible

if TYPE_CHECKING:
    import datetime as dt

    from commitments.commands import Selection


class _Group(TyperGroup):
    """Translates every error into the contract's one-line messages and exit codes, in one place."""

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        completing = any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ)
        if not (sys.argv[1:] if args is None else args) and not completing:
            args = ["--help"]  # a bare `commitments`: the help, readable, on stdout
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except CommitmentsError as exc:
            for line in exc.lines:
                sys.stderr.write(f"{line}\n")
            code = exc.exit_code
        except (typer.Abort, KeyboardInterrupt):
            sys.stderr.write("\ninterrupted\n")
            code = EXIT_INTERRUPTED
        except Exception as exc:
            if not hasattr(exc, "format_message") or not hasattr(exc, "exit_code"):
                raise
            # Typer's own usage errors: unknown option, bad value, missing argument.
            context = getattr(exc, "ctx", None)
            hint = f" (see '{context.command_path} --help')" if context is not None else ""
            message = visible(exc.format_message())
            sys.stderr.write(f"commitments: error: {message}{hint}\n")
            code = exc.exit_code if isinstance(exc.exit_code, int) else EXIT_USAGE
        if not isinstance(code, int):
            code = 0
        from commitments.ledger.notices import drain

        for warning in drain():  # once a run, after what the command printed
            if not completing:  # a shell completion prints nothing but its words
                sys.stderr.write(f"commitments: warning: {warning}\n")
        if standalone_mode:
            sys.exit(code)
        return code


class _Command(TyperCommand):
    """A command whose usage line names its arguments plainly: `show [OPTIONS] ID`,
    where Typer writes `{ID}`."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces: list[str] = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]


_SETTINGS: dict[str, Any] = {
    "cls": _Group,
    "name": "commitments",
    "help": "Track what governments promise at summits, in a hand-editable TOML ledger.",
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**_SETTINGS)


class _Process:
    # Whether main() runs this process (and ends it): only then may a write keep Ctrl-C
    # held until exit. Tests drive `app` in their own process, which must stay theirs.
    __slots__ = ("main",)

    def __init__(self) -> None:
        self.main = False


_process = _Process()


class _Globals:
    __slots__ = ("file", "today")

    def __init__(self, file: Path | None = None, today: str | None = None) -> None:
        self.file, self.today = file, today


FileOption = Annotated[
    Path | None,
    typer.Option(
        "--file",
        "-f",
        metavar="PATH",
        help="The ledger (else $COMMITMENTS_FILE, else the nearest commitments.toml upwards).",
        dir_okay=True,
        # The ledger's own read says why it cannot be read, with exit 1 as for a ledger
        # found any other way (Typer's check would exit 2).
        readable=False,
        show_default=False,
    ),
]
TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        metavar="DATE",
        help="Take DATE (YYYY-MM-DD) as today (else $COMMITMENTS_TODAY, else the system date).",
        show_default=False,
    ),
]


_STATUSES = ", ".join(Status)
_STRENGTHS = ", ".join(Strength)
_LIST_FORMATS = ", ".join(ListFormat)
_SHOW_FORMATS = ", ".join(ShowFormat)
_DUE_FORMATS = ", ".join(DueFormat)
_CHECK_FORMATS = ", ".join(CheckFormat)
_STATS_FORMATS = ", ".join(StatsFormat)
_REPORT_FORMATS = ", ".join(ReportFormat)
_TIMELINE_FORMATS = ", ".join(TimelineFormat)
_EXPORT_FORMATS = ", ".join(ExportFormat)


def _completing(what: str) -> Any:
    """A shell completion callback offering ``what`` from the ledger the command would use."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from commitments.commands import completions

        file = ctx.params.get("file")
        if file is None and ctx.parent is not None:
            file = ctx.parent.params.get("file")
        try:
            return completions(Path(file) if file else None, what, incomplete)
        except Exception:  # a shell completion offers nothing rather than a traceback
            return []

    return complete


StatusFilter = Annotated[
    list[Status] | None,
    typer.Option(
        "--status",
        "-s",
        metavar="STATUS",
        help=f"Only this status (repeatable): {_STATUSES}.",
        show_default=False,
    ),
]
PartyFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--party",
        "-p",
        metavar="CODE",
        help="Only commitments of this party or host (repeatable).",
        show_default=False,
        autocompletion=_completing("party"),
    ),
]
StrengthFilter = Annotated[
    list[Strength] | None,
    typer.Option(
        "--strength",
        metavar="STRENGTH",
        help=f"Only this strength (repeatable): {_STRENGTHS}.",
        show_default=False,
    ),
]
SummitFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--summit",
        metavar="ID",
        help="Only commitments made at this summit (repeatable).",
        show_default=False,
        autocompletion=_completing("summit"),
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
    typer.Option(
        "--tag",
        "-t",
        metavar="TAG",
        help="Only commitments with this tag, in any case (repeatable).",
        show_default=False,
        autocompletion=_completing("tag"),
    ),
]


def _no_pager(value: bool) -> None:
    if value:
        from commitments.formats.console import ENV_PAGER

        os.environ[ENV_PAGER] = ""  # the one switch the output layer reads


PagerOption = Annotated[
    bool,
    typer.Option(
        "--no-pager",
        callback=_no_pager,
        help="Never page output on a terminal (else $COMMITMENTS_PAGER, $PAGER, less -FRX).",
    ),
]


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"commitments {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    file: FileOption = None,
    today: TodayOption = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
    no_pager: PagerOption = False,
) -> None:
    ctx.obj = _Globals(file, today)


def _ledger_path(ctx: typer.Context, file: Path | None) -> Path:
    from commitments.ledger.find import find_ledger

    return find_ledger(file if file is not None else ctx.ensure_object(_Globals).file)


def _today(ctx: typer.Context, today: str | None) -> dt.date:
    from commitments.clock import resolve_today

    return resolve_today(today if today is not None else ctx.ensure_object(_Globals).today)


SearchFilter = Annotated[
    str | None,
    typer.Option(
        "--search",
        "-q",
        metavar="TEXT",
        help="Only commitments whose id, title, quote, notes or source hold TEXT (any case).",
        show_default=False,
    ),
]
OverdueFilter = Annotated[bool, typer.Option("--overdue", help="Only overdue commitments.")]
OpenFilter = Annotated[bool, typer.Option("--open", help="Only open commitments.")]
OutputOption = Annotated[
    # Text, not a Path: a Path drops the trailing "/" that says the user meant a folder.
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="PATH",
        help="Write to PATH (replaced whole, never left half-written) instead of stdout.",
        show_default=False,
    ),
]


def _selection(
    status: list[Status] | None,
    party: list[str] | None,
    tag: list[str] | None,
    strength: list[Strength] | None,
    summit: list[str] | None,
    search: str | None,
    overdue: bool,
    open_: bool,
) -> Selection:
    from commitments.commands import Selection

    return Selection(
        statuses=[s.value for s in status or []],
        parties=party or [],
        tags=tag or [],
        overdue=overdue,
        open_only=open_,
        search=search or "",
        strengths=[s.value for s in strength or []],
        summits=summit or [],
    )


@app.command("list", cls=_Command)
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
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {_LIST_FORMATS}."),
    ] = ListFormat.table,
    raw: Annotated[
        bool,
        typer.Option(
            "--raw",
            help="CSV: cells exactly as in the ledger (no ' before a leading = + - @).",
        ),
    ] = False,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """List commitments by deadline (undated last)."""
    from commitments.commands import list_commitments

    list_commitments(
        _ledger_path(ctx, file),
        _today(ctx, today),
        format_,
        sys.stdout,
        _selection(status, party, tag, strength, summit, search, overdue, open_),
        raw=raw,
    )


@app.command(cls=_Command)
def timeline(
    ctx: typer.Context,
    from_: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="WHEN",
            help="Start the axis here: a date or any due expression (default: the earliest"
            " open window or six months back, whichever is earlier).",
            show_default=False,
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            metavar="WHEN",
            help="End the axis here, as --from (default: the latest deadline, or today).",
            show_default=False,
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
        int,
        typer.Option("--within", metavar="DAYS", help="Mark as due soon within DAYS days."),
    ] = DEFAULT_WITHIN,
    width: Annotated[
        int | None,
        typer.Option(
            "--width",
            metavar="COLUMNS",
            help="Text: draw this wide (default: the terminal, else $COLUMNS, else 80).",
            show_default=False,
        ),
    ] = None,
    format_: Annotated[
        TimelineFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {_TIMELINE_FORMATS}."),
    ] = TimelineFormat.text,
    output: OutputOption = None,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """Windows drawn on a month axis, with a marker for today."""
    from commitments.commands import timeline_chart

    if within < 0:
        from commitments.errors import UsageError

        raise UsageError(f"--within: {within} is negative (expected a number of days, 0 or more)")
    timeline_chart(
        _ledger_path(ctx, file),
        _today(ctx, today),
        format_,
        sys.stdout,
        _selection(status, party, tag, strength, summit, search, overdue, open_),
        start=from_,
        end=to,
        within=within,
        width=width,
        output=output,
    )


@app.command(cls=_Command)
def export(
    ctx: typer.Context,
    format_: Annotated[
        ExportFormat,
        typer.Option("--format", metavar="FORMAT", help=f"File format: {_EXPORT_FORMATS}."),
    ] = ExportFormat.json,
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
    """Commitments as a file: JSON, CSV, Markdown or iCalendar."""
    from commitments.commands import export_commitments

    export_commitments(
        _ledger_path(ctx, file),
        _today(ctx, today),
        format_,
        sys.stdout,
        _selection(status, party, tag, strength, summit, search, overdue, open_),
        output=output,
    )


@app.command(cls=_Command)
def show(
    ctx: typer.Context,
    commitment_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="The commitment's id, or the start of it.",
            autocompletion=_completing("id"),
        ),
    ],
    format_: Annotated[
        ShowFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {_SHOW_FORMATS}."),
    ] = ShowFormat.table,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """One commitment: its fields, quote and history."""
    from commitments.commands import show_commitment

    show_commitment(_ledger_path(ctx, file), _today(ctx, today), commitment_id, format_, sys.stdout)


@app.command(cls=_Command)
def due(
    ctx: typer.Context,
    within: Annotated[
        int, typer.Option("--within", metavar="DAYS", help="Due soon means within DAYS days.")
    ] = DEFAULT_WITHIN,
    format_: Annotated[
        DueFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {_DUE_FORMATS}."),
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
        bool,
        typer.Option("--all", help="Intents, proposals and forecasts too, not only pledges."),
    ] = False,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """The cron report: overdue, then due soon. Prints nothing when piped and nothing is due."""
    from commitments.commands import due_report

    code = due_report(
        _ledger_path(ctx, file),
        _today(ctx, today),
        within,
        format_,
        sys.stdout,
        exit_code=exit_code,
        statuses=[s.value for s in status or []],
        parties=party or [],
        tags=tag or [],
        every_strength=all_,
        summits=summit or [],
    )
    if code:
        raise typer.Exit(code)


@app.command(cls=_Command)
def check(
    ctx: typer.Context,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
    format_: Annotated[
        CheckFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {_CHECK_FORMATS}."),
    ] = CheckFormat.text,
    file: FileOption = None,
    today: TodayOption = None,
) -> None:
    """Validate the ledger and report every problem.

    Exit 1 if there are errors (with --strict, warnings too).
    """
    from commitments.clock import real_today
    from commitments.commands import check_ledger

    _today(ctx, today)  # refused if it is not a date, as everywhere
    # Dates are judged against the real today: --today sets the day of a report, and
    # an update after it is history to come, not a slip of the keyboard.
    code = check_ledger(
        _ledger_path(ctx, file), real_today(), strict, format_, sys.stdout, sys.stderr
    )
    if code:
        raise typer.Exit(code)


def _date_option(value: str | None, option: str) -> dt.date | None:
    from commitments.clock import parse_date

    return None if value is None else parse_date(value, option)


@app.command(cls=_Command)
def update(
    ctx: typer.Context,
    commitment_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="The commitment's id, or the start of it.",
            autocompletion=_completing("id"),
        ),
    ],
    status: Annotated[
        Status | None,
        typer.Option(
            "--status",
            "-s",
            metavar="STATUS",
            help=f"Its new status: {_STATUSES}.",
            show_default=False,
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", "-n", metavar="TEXT", help="What happened.", show_default=False),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", metavar="TEXT", help="The evidence.", show_default=False),
    ] = None,
    due: Annotated[
        str | None,
        typer.Option(
            "--due",
            metavar="EXPRESSION",
            help="Reschedule to this due expression.",
            show_default=False,
        ),
    ] = None,
    on: Annotated[
        str | None,
        typer.Option(
            "--on", metavar="DATE", help="When it happened (default: today).", show_default=False
        ),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="NAME",
            help="Who records it (default: $COMMITMENTS_AUTHOR, else git user.name).",
            show_default=False,
        ),
    ] = None,
    allow_future: Annotated[
        bool,
        typer.Option("--allow-future", help="Accept a date after today.", show_default=False),
    ] = False,
    party: Annotated[
        str | None,
        typer.Option(
            "--party",
            "-p",
            metavar="CODE",
            help="Assess this party only: its status on the commitment, not the others'.",
            show_default=False,
            autocompletion=_completing("party"),
        ),
    ] = None,
    file: FileOption = None,
    today: TodayOption = None,
) -> None:
    """Record what happened to a commitment.

    Appends an [[update]] table to the ledger.
    """
    from commitments.commands import update_commitment
    from commitments.write.requests import UpdateRequest

    day = _today(ctx, today)
    when = _date_option(on, "--on") or day
    request = UpdateRequest(
        commitment_id,
        when,
        status.value if status else None,
        due,
        note,
        source,
        by,
        today=day,
        allow_future=allow_future,
        party=party,
    )
    update_commitment(
        _ledger_path(ctx, file), request, sys.stdout, sys.stderr, hold_interrupts=_process.main
    )


@app.command(cls=_Command)
def add(
    ctx: typer.Context,
    title: Annotated[
        str, typer.Option("--title", metavar="TEXT", help="What was promised.", show_default=False)
    ],
    due: Annotated[
        str | None,
        typer.Option("--due", metavar="EXPRESSION", help="When it is due.", show_default=False),
    ] = None,
    party: Annotated[
        list[str] | None,
        typer.Option(
            "--party", "-p", metavar="CODE", help="A party (repeatable).", show_default=False
        ),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", "-t", metavar="TAG", help="A tag (repeatable).", show_default=False),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", metavar="TEXT", help="Where it was promised.", show_default=False),
    ] = None,
    quote: Annotated[
        str | None,
        typer.Option("--quote", metavar="TEXT", help="The promise, verbatim.", show_default=False),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option("--url", metavar="URL", help="Address of the source.", show_default=False),
    ] = None,
    declared: Annotated[
        str | None,
        typer.Option(
            "--declared", metavar="DATE", help="When it was promised.", show_default=False
        ),
    ] = None,
    id_: Annotated[
        str | None,
        typer.Option(
            "--id", metavar="ID", help="Its id (default: a slug of the title).", show_default=False
        ),
    ] = None,
    host: Annotated[
        str | None,
        typer.Option("--host", metavar="CODE", help="The host party.", show_default=False),
    ] = None,
    follows: Annotated[
        str | None,
        typer.Option(
            "--follows", metavar="ID", help="The commitment it continues.", show_default=False
        ),
    ] = None,
    status: Annotated[
        Status | None,
        typer.Option(
            "--status",
            "-s",
            metavar="STATUS",
            help=f"Initial status (default: planned): {_STATUSES}.",
            show_default=False,
        ),
    ] = None,
    notes: Annotated[
        str | None, typer.Option("--notes", metavar="TEXT", help="Free notes.", show_default=False)
    ] = None,
    hemisphere: Annotated[
        Hemisphere | None,
        typer.Option(
            "--hemisphere",
            metavar="north|south",
            help="What seasons mean (default: north).",
            show_default=False,
        ),
    ] = None,
    strength: Annotated[
        Strength | None,
        typer.Option(
            "--strength",
            metavar="STRENGTH",
            help=f"How firm, in the source's words (default: pledge): {_STRENGTHS}.",
            show_default=False,
        ),
    ] = None,
    summit: Annotated[
        str | None,
        typer.Option(
            "--summit",
            metavar="ID",
            help="The summit where it was made: its date, parties and source are the defaults.",
            show_default=False,
            autocompletion=_completing("summit"),
        ),
    ] = None,
    responsible: Annotated[
        list[str] | None,
        typer.Option(
            "--responsible",
            metavar="CODE",
            help="A party that must act, among its parties (repeatable; default: all).",
            show_default=False,
        ),
    ] = None,
    allow_future: Annotated[
        bool,
        typer.Option("--allow-future", help="Accept a date after today.", show_default=False),
    ] = False,
    file: FileOption = None,
    today: TodayOption = None,
) -> None:
    """Add a commitment.

    Appends a [[commitment]] table to the ledger.
    """
    from commitments.commands import add_commitment
    from commitments.write.requests import AddRequest

    request = AddRequest(
        title=title,
        id=id_,
        due=due,
        declared=_date_option(declared, "--declared"),
        parties=party or [],
        host=host,
        tags=tag or [],
        status=status.value if status else None,
        source=source,
        quote=quote,
        url=url,
        follows=follows,
        notes=notes,
        hemisphere=hemisphere.value if hemisphere else None,
        strength=strength.value if strength else None,
        summit=summit,
        responsible=responsible or [],
        today=_today(ctx, today),
        allow_future=allow_future,
    )
    add_commitment(
        _ledger_path(ctx, file), request, sys.stdout, sys.stderr, hold_interrupts=_process.main
    )


@app.command(cls=_Command)
def stats(
    ctx: typer.Context,
    summit: Annotated[
        str | None,
        typer.Option(
            "--summit",
            metavar="ID",
            help="Only the commitments of this summit.",
            show_default=False,
            autocompletion=_completing("summit"),
        ),
    ] = None,
    interim: InterimOption = False,
    format_: Annotated[
        StatsFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {_STATS_FORMATS}."),
    ] = StatsFormat.table,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """Counts, and compliance scores per party and summit."""
    from commitments.commands import compliance_stats

    compliance_stats(
        _ledger_path(ctx, file),
        _today(ctx, today),
        format_,
        sys.stdout,
        summit=summit,
        interim=interim,
    )


@app.command(cls=_Command)
def report(
    ctx: typer.Context,
    summit: Annotated[
        str | None,
        typer.Argument(
            metavar="[SUMMIT]",
            help="The summit's id (default: every pledge of the ledger).",
            show_default=False,
            autocompletion=_completing("summit"),
        ),
    ] = None,
    interim: InterimOption = False,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="DATE",
            help="Compare each cell with the same report as of DATE, and list what changed.",
            show_default=False,
        ),
    ] = None,
    party: Annotated[
        list[str] | None,
        typer.Option(
            "--party",
            "-p",
            metavar="CODE",
            help="Only this party's column (repeatable).",
            show_default=False,
            autocompletion=_completing("party"),
        ),
    ] = None,
    tag: TagFilter = None,
    summits: SummitFilter = None,
    format_: Annotated[
        ReportFormat,
        typer.Option("--format", metavar="FORMAT", help=f"Output format: {_REPORT_FORMATS}."),
    ] = ReportFormat.table,
    output: OutputOption = None,
    file: FileOption = None,
    today: TodayOption = None,
    no_pager: PagerOption = False,
) -> None:
    """Compliance matrix: each responsible party's score on each pledge."""
    from commitments.commands import compliance_report

    compliance_report(
        _ledger_path(ctx, file),
        _today(ctx, today),
        format_,
        sys.stdout,
        sys.stderr,
        summit=summit,
        interim=interim,
        output=output,
        since=_date_option(since, "--since"),
        parties=party or [],
        tags=tag or [],
        summits=summits or [],
    )


@app.command(cls=_Command)
def init(
    ctx: typer.Context,
    path: Annotated[
        # Text, not a Path: a Path drops the trailing "/" that says "a folder".
        str | None,
        typer.Argument(
            metavar="[PATH]",
            help="The new ledger, or the folder for its commitments.toml, made if it ends"
            " in / (default: here).",
            show_default=False,
        ),
    ] = None,
    file: FileOption = None,
    today: TodayOption = None,
) -> None:
    """Write a commented starter ledger; never overwrites a file."""
    from commitments.commands import init_ledger

    _today(ctx, today)  # checked like everywhere, though a starter is the same any day
    given = path or file or ctx.ensure_object(_Globals).file
    init_ledger(None if given is None else str(given), sys.stdout)


@app.command(cls=_Command)
def recover(
    ctx: typer.Context,
    discard: Annotated[
        bool,
        typer.Option("--discard", help="Forget the missing tables: they were removed on purpose."),
    ] = False,
    file: FileOption = None,
) -> None:
    """Append again the tables this tool wrote that the file has lost.

    An editor that saved an older copy, or a checkout of an older file, drops them;
    every command warns until they are appended again or forgotten.
    """
    from commitments.commands import recover_tables

    recover_tables(_ledger_path(ctx, file), discard, sys.stdout, hold_interrupts=_process.main)


@app.command("git-setup", cls=_Command)
def git_setup(ctx: typer.Context, file: FileOption = None) -> None:
    """Make git merge the ledger with the tool's driver."""
    from commitments.commands import git_setup as set_up

    set_up(_ledger_path(ctx, file), sys.stdout)


@app.command("git-merge", cls=_Command)
def git_merge(
    base: Annotated[Path, typer.Argument(metavar="BASE", help="The common ancestor (git's %O).")],
    ours: Annotated[
        Path, typer.Argument(metavar="OURS", help="Our version; the result is written here (%A).")
    ],
    theirs: Annotated[Path, typer.Argument(metavar="THEIRS", help="Their version (%B).")],
    path: Annotated[
        str | None,
        typer.Argument(metavar="[PATH]", help="The ledger's path, for messages (%P)."),
    ] = None,
) -> None:
    """The merge driver git calls (see git-setup)."""
    from commitments.commands import git_merge as merge

    code = merge(base, ours, theirs, path, sys.stderr)
    if code:
        raise typer.Exit(code)


# Global options that take a value, and words after which the whole app is needed.
_WITH_VALUE = frozenset({"-f", "--file", "--today"})
_WHOLE = frozenset({"-h", "--help", "--version", "--install-completion", "--show-completion"})


def app_for(argv: list[str]) -> typer.Typer:
    """The app with only the command ``argv`` runs. Typer builds every command's
    parameters from its signature on each run (0.04 s of a 0.3 s report), and a run
    needs one. Help, completion and anything not plainly a command get the whole
    app (tests/test_first_use.py checks both say the same)."""
    if any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return app
    names = {
        c.name or (c.callback.__name__ if c.callback else ""): c for c in app.registered_commands
    }
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _WITH_VALUE:
            skip = True
        elif token in _WHOLE or token == "--":
            return app
        elif not token.startswith("-"):
            if token not in names:
                return app
            one = typer.Typer(**_SETTINGS)
            one.registered_callback = app.registered_callback
            one.registered_commands = [names[token]]
            return one
    return app


def _unwritable(exc: OSError) -> CommitmentsError:
    return CommitmentsError(f"cannot write the output: {exc.strerror or exc}")


class _Stdout:
    """stdout that drops what is left to print once its reader has gone (`| head -1`):
    the command still finishes, and its exit code is still the one it decided."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.gone = False

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._gone()
            except OSError as exc:  # a full disk (`> /dev/full`), an I/O error
                raise _unwritable(exc) from None
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if not self.gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._gone()
            except OSError as exc:
                raise _unwritable(exc) from None

    def _gone(self) -> None:
        self.gone = True
        # Whatever the stream still buffers must not fail again at exit.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main() -> None:
    # A run is short, and a large ledger is tens of thousands of small tuples that never
    # form cycles: the cyclic collector would only scan them again and again (about a
    # sixth of a 10,000-commitment report).
    gc.disable()
    _process.main = True
    from commitments.ledger.read import keep_until_exit

    keep_until_exit()
    for stream in (sys.stdout, sys.stderr):
        # A character the locale cannot carry (a Latin-1 terminal, PYTHONIOENCODING=ascii)
        # is written as an escape (\u2013), never a crash in the middle of a report.
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    sys.stdout = _Stdout(sys.stdout)
    if sys.argv[1:2] == ["git-merge"] and len(sys.argv) >= 5 and "--" not in sys.argv:
        # git's call from a driver line set up before git-setup put "--" before the
        # paths: a ledger named "-dash.toml" is a path, never options (-d -a -s -h).
        sys.argv.insert(2, "--")
    try:
        app_for(sys.argv[1:])()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    except KeyboardInterrupt:  # outside a command: while Typer starts or ends
        sys.stderr.write("\ninterrupted\n")
        code = EXIT_INTERRUPTED
    # Everything is written and flushed by now; what is left is the interpreter
    # freeing every object one by one, a fifth of a large report's time. Skip it.
    try:
        sys.stdout.flush()
    except CommitmentsError as exc:  # what was left in the buffer could not be written
        sys.stderr.write(f"{exc.lines[0]}\n")
        code = code or exc.exit_code
    except (BrokenPipeError, ValueError):
        pass
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)
