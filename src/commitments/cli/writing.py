"""The commands that write: update, add, init, recover."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from commitments import commands
from commitments.cli.options import (
    STATUS_CHOICES,
    STRENGTH_CHOICES,
    CommitmentId,
    FileOption,
    Globals,
    TodayOption,
    completing,
    date_option,
    ledger_path,
    this_process,
    today_of,
)
from commitments.model import HemisphereName as Hemisphere
from commitments.model import Status, Strength


def update(
    ctx: typer.Context,
    commitment_id: CommitmentId,
    status: Annotated[
        Status | None,
        typer.Option(
            "--status",
            "-s",
            metavar="STATUS",
            help=f"Its new status: {STATUS_CHOICES}.",
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
            autocompletion=completing("party"),
        ),
    ] = None,
    file: FileOption = None,
    today: TodayOption = None,
) -> None:
    """Record what happened to a commitment.

    Appends an [[update]] table to the ledger.
    """
    from commitments.write.requests import UpdateRequest  # startup: writes only

    day = today_of(ctx, today)
    when = date_option(on, "--on") or day
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
    commands.update_commitment(
        ledger_path(ctx, file), request, sys.stdout, sys.stderr, hold_interrupts=this_process.main
    )


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
            help=f"Initial status (default: planned): {STATUS_CHOICES}.",
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
            help=f"How firm, in the source's words (default: pledge): {STRENGTH_CHOICES}.",
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
            autocompletion=completing("summit"),
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
    from commitments.write.requests import AddRequest  # startup: writes only

    request = AddRequest(
        title=title,
        id=id_,
        due=due,
        declared=date_option(declared, "--declared"),
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
        today=today_of(ctx, today),
        allow_future=allow_future,
    )
    commands.add_commitment(
        ledger_path(ctx, file), request, sys.stdout, sys.stderr, hold_interrupts=this_process.main
    )


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
    today_of(ctx, today)  # checked like everywhere, though a starter is the same any day
    given = path or file or ctx.ensure_object(Globals).file
    commands.init_ledger(None if given is None else str(given), sys.stdout)


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
    commands.recover_tables(
        ledger_path(ctx, file), discard, sys.stdout, hold_interrupts=this_process.main
    )
