"""`site OUTDIR`: the ledger as a static tracker site."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from commitments import commands
from commitments.cli.options import FileOption, TodayOption, ledger_path, option, today_of


def site(
    ctx: typer.Context,
    outdir: Annotated[
        # Text, not a Path: a Path drops the trailing "/" of a folder still to be made.
        str,
        typer.Argument(
            metavar="OUTDIR",
            help="The folder for the site, made if missing (its files not written by"
            " commitments are never touched).",
            show_default=False,
        ),
    ],
    title: Annotated[
        str | None,
        option("--title", metavar="TEXT", help="The site's name (default: Commitments tracker)."),
    ] = None,
    base_url: Annotated[
        str | None,
        option(
            "--base-url",
            metavar="URL",
            help="The address the site is served at, for the feed's links (default: links"
            " relative to the feed).",
        ),
    ] = None,
    file: FileOption = None,
    today: TodayOption = None,
) -> None:
    """The ledger as a static tracker site.

    An index, a page per summit, commitment and party, an Atom feed of updates and a
    calendar feed, as of --today. Only changed pages are rewritten, and no file
    commitments did not write is touched. Recipes: docs/publishing.md."""
    commands.publish_site(
        ledger_path(ctx, file),
        today_of(ctx, today),
        outdir,
        sys.stdout,
        title=title,
        base_url=base_url,
    )
