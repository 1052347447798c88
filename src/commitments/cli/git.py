"""The commands for git: the merge driver and its setup."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from commitments import commands
from commitments.cli.options import FileOption, ledger_path


def git_setup(ctx: typer.Context, file: FileOption = None) -> None:
    """Make git merge the ledger with the tool's driver."""
    commands.git_setup(ledger_path(ctx, file), sys.stdout)


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
    code = commands.git_merge(base, ours, theirs, path, sys.stderr)
    if code:
        raise typer.Exit(code)
