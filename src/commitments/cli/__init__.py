"""The command line: the only package that knows Typer; each command calls the core.

app.py      the application, global options, errors translated in one place, main()
options.py  what commands share: options, filters, the ledger and day they resolve to
reading.py  list, timeline, export, show, due, check, stats, report
writing.py  update, add, init, recover
git.py      git-setup, git-merge
"""

from commitments.cli.app import app, app_for, main

__all__ = ["app", "app_for", "main"]
