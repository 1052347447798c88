"""The commands that write: update, add, init, recover."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from commitments import commands
from commitments.cli.options import (
    STATUS_CHOICES,
    STRENGTH_CHOICES,
    AllowFutureOption,
    CommitmentId,
    FileOption,
    Globals,
    HostOption,
    TodayOption,
    completing,
    date_option,
    each,
    ledger_path,
    option,
    status_of,
    this_process,
    today_of,
)
from commitments.errors import UsageError
from commitments.ledger.find import path_text
from commitments.model import HemisphereName as Hemisphere
from commitments.model import Strength


def update(
    ctx: typer.Context,
    commitment_id: CommitmentId,
    status: Annotated[
        str | None,
        option(
            "--status",
            "-s",
            metavar="STATUS",
            help=f"Its new status: {STATUS_CHOICES}.",
            autocompletion=completing("status"),
        ),
    ] = None,
    note: Annotated[
        str | None, option("--note", "-n", metavar="TEXT", help="What happened.")
    ] = None,
    source: Annotated[str | None, option("--source", metavar="TEXT", help="The evidence.")] = None,
    url: Annotated[
        str | None, option("--url", metavar="URL", help="The evidence's address (http or https).")
    ] = None,
    due: Annotated[
        str | None, option("--due", metavar="EXPRESSION", help="Reschedule to this due expression.")
    ] = None,
    on: Annotated[
        str | None, option("--on", metavar="DATE", help="When it happened (default: today).")
    ] = None,
    by: Annotated[
        str | None,
        option(
            "--by",
            metavar="NAME",
            help="Who records it (default: $COMMITMENTS_AUTHOR, else git user.name).",
        ),
    ] = None,
    allow_future: AllowFutureOption = False,
    party: Annotated[
        str | None,
        option(
            "--party",
            "-p",
            metavar="CODE",
            help="Assess this party only: its status on the commitment, not the others'.",
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
        status_of(status, "--status") if status is not None else None,
        due,
        note,
        source,
        by,
        today=day,
        allow_future=allow_future,
        party=party,
        url=url,
    )
    commands.update_commitment(
        ledger_path(ctx, file), request, sys.stdout, sys.stderr, hold_interrupts=this_process.main
    )


def add(
    ctx: typer.Context,
    title: Annotated[str, option("--title", metavar="TEXT", help="What was promised.")],
    due: Annotated[
        str | None, option("--due", metavar="EXPRESSION", help="When it is due.")
    ] = None,
    party: Annotated[
        list[str] | None,
        option(
            "--party",
            "-p",
            metavar="CODE",
            help="A party (repeatable).",
            autocompletion=completing("party"),
        ),
    ] = None,
    tag: Annotated[
        list[str] | None, option("--tag", "-t", metavar="TAG", help="A tag (repeatable).")
    ] = None,
    source: Annotated[
        str | None, option("--source", metavar="TEXT", help="Where it was promised.")
    ] = None,
    quote: Annotated[
        str | None, option("--quote", metavar="TEXT", help="The promise, verbatim.")
    ] = None,
    url: Annotated[
        str | None, option("--url", metavar="URL", help="Address of the source.")
    ] = None,
    declared: Annotated[
        str | None, option("--declared", metavar="DATE", help="When it was promised.")
    ] = None,
    id_: Annotated[
        str | None, option("--id", metavar="ID", help="Its id (default: a slug of the title).")
    ] = None,
    host: HostOption = None,
    follows: Annotated[
        str | None, option("--follows", metavar="ID", help="The commitment it continues.")
    ] = None,
    status: Annotated[
        str | None,
        option(
            "--status",
            "-s",
            metavar="STATUS",
            help=f"Initial status (default: planned): {STATUS_CHOICES}.",
            autocompletion=completing("status"),
        ),
    ] = None,
    notes: Annotated[str | None, option("--notes", metavar="TEXT", help="Free notes.")] = None,
    hemisphere: Annotated[
        Hemisphere | None,
        option("--hemisphere", metavar="north|south", help="What seasons mean (default: north)."),
    ] = None,
    strength: Annotated[
        Strength | None,
        option(
            "--strength",
            metavar="STRENGTH",
            help=f"How firm, in the source's words (default: pledge): {STRENGTH_CHOICES}.",
        ),
    ] = None,
    summit: Annotated[
        str | None,
        option(
            "--summit",
            metavar="ID",
            help="The summit where it was made: its date, parties and source are the defaults.",
            autocompletion=completing("summit"),
        ),
    ] = None,
    responsible: Annotated[
        list[str] | None,
        option(
            "--responsible",
            metavar="CODE",
            help="A party that must act, among its parties (repeatable; default: all).",
            autocompletion=completing("party"),
        ),
    ] = None,
    allow_future: AllowFutureOption = False,
    force: Annotated[
        bool, option("--force", help="Add it even if the ledger has its title or quote.")
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
        parties=each(party, "--party"),
        host=host,
        tags=each(tag, "--tag"),
        status=status_of(status, "--status") if status is not None else None,
        source=source,
        quote=quote,
        url=url,
        follows=follows,
        notes=notes,
        hemisphere=hemisphere.value if hemisphere else None,
        strength=strength.value if strength else None,
        summit=summit,
        responsible=each(responsible, "--responsible"),
        today=today_of(ctx, today),
        allow_future=allow_future,
        force=force,
    )
    commands.add_commitment(
        ledger_path(ctx, file), request, sys.stdout, sys.stderr, hold_interrupts=this_process.main
    )


def add_summit(
    ctx: typer.Context,
    summit_id: Annotated[
        str | None,
        typer.Argument(
            metavar="[ID]",
            help="Its id (default: a slug of the name).",
            show_default=False,
        ),
    ] = None,
    name: Annotated[str, option("--name", metavar="TEXT", help="What it is called.")] = "",
    date: Annotated[str, option("--date", metavar="DATE", help="Its (first) day.")] = "",
    end: Annotated[
        str | None, option("--end", metavar="DATE", help="Its last day, if it lasted longer.")
    ] = None,
    place: Annotated[str | None, option("--place", metavar="TEXT", help="Where.")] = None,
    host: HostOption = None,
    party: Annotated[
        list[str] | None,
        option(
            "--party",
            "-p",
            metavar="CODE",
            help="A party (repeatable): its commitments' parties unless they name their own.",
            autocompletion=completing("party"),
        ),
    ] = None,
    source: Annotated[
        str | None, option("--source", metavar="TEXT", help="Its declaration, by name.")
    ] = None,
    url: Annotated[
        str | None, option("--url", metavar="URL", help="The declaration's address.")
    ] = None,
    allow_future: AllowFutureOption = False,
    force: Annotated[
        bool,
        option("--force", help="Add it even if the ledger has a summit of this name and date."),
    ] = False,
    file: FileOption = None,
    today: TodayOption = None,
) -> None:
    """Add a summit: where commitments were made.

    Appends a [[summit]] table to the ledger; its commitments name it with
    `add --summit ID`.
    """
    from commitments.write.summits import SummitRequest  # startup: writes only

    if not name:
        raise UsageError("--name: a summit needs its name")
    day = date_option(date, "--date") if date else None
    if day is None:
        raise UsageError("--date: a summit needs its date (YYYY-MM-DD)")
    request = SummitRequest(
        name,
        day,
        id=summit_id,
        end=date_option(end, "--end"),
        place=place,
        host=host,
        parties=each(party, "--party"),
        source=source,
        url=url,
        today=today_of(ctx, today),
        allow_future=allow_future,
        force=force,
    )
    commands.add_summit(
        ledger_path(ctx, file), request, sys.stdout, sys.stderr, hold_interrupts=this_process.main
    )


def edit(
    ctx: typer.Context,
    commitment_id: Annotated[
        str | None,
        typer.Argument(
            metavar="[ID]",
            help="The commitment or summit to open at (or the start of its id; default:"
            " the end of the file).",
            show_default=False,
            autocompletion=completing("id"),
        ),
    ] = None,
    file: FileOption = None,
) -> None:
    """Open the ledger in your editor, then check it.

    $VISUAL, else $EDITOR, else vi, at the table of ID. When what was saved is not
    valid, the problems are shown and (on a terminal) the editor offered again at the
    first; the tool never changes the file itself.
    """
    code = commands.edit_ledger(ledger_path(ctx, file), commitment_id, sys.stdout, sys.stderr, _ask)
    if code:
        raise typer.Exit(code)


def _ask(question: str) -> bool:
    """A yes-or-no answer from the terminal: no terminal, no (as `crontab -e` in a script)."""
    try:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            return False
        sys.stderr.write(f"{question} [Y/n] ")
        sys.stderr.flush()
        answer = sys.stdin.readline()
    except (OSError, ValueError, AttributeError):  # closed, or none at all (<&-)
        return False
    if not answer:  # end of input (Ctrl-D): no, never a loop of editors
        sys.stderr.write("\n")
        return False
    return answer.strip().lower() in ("", "y", "yes")


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
    if path is not None and file is not None and path != file:
        raise UsageError(
            "init: give the new ledger once, as PATH or as -f"
            f" (not {path_text(path)} and {path_text(file)})"
        )
    given = path or file or ctx.ensure_object(Globals).file
    commands.init_ledger(given, sys.stdout)


def recover(
    ctx: typer.Context,
    discard: Annotated[
        bool,
        typer.Option("--discard", help="Forget the missing tables: they were removed on purpose."),
    ] = False,
    file: FileOption = None,
) -> None:
    """Append again what this tool wrote and the file has lost.

    An editor that saved an older copy, or a checkout of an older file, drops them;
    every command warns until they are appended again or forgotten.
    """
    commands.recover_tables(
        ledger_path(ctx, file), discard, sys.stdout, hold_interrupts=this_process.main
    )
