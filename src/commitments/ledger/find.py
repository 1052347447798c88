"""Which file is the ledger, and how to name it in messages."""

from __future__ import annotations

import os
from pathlib import Path

from commitments.errors import LedgerError
from commitments.text import visible

LEDGER_NAME = "commitments.toml"
ENV_FILE = "COMMITMENTS_FILE"


def find_ledger(option: Path | None, cwd: Path | None = None) -> Path:
    """--file, else $COMMITMENTS_FILE, else the nearest commitments.toml upwards from cwd."""
    if option is not None:
        return option
    env = os.environ.get(ENV_FILE)
    if env:
        return Path(env)
    try:
        start = (cwd or Path.cwd()).resolve()
    except OSError:
        raise LedgerError(
            "the current folder no longer exists (pass --file PATH or set"
            f" ${ENV_FILE}, or cd into a folder that exists)"
        ) from None
    for folder in (start, *start.parents):
        candidate = folder / LEDGER_NAME
        try:
            if candidate.is_file():
                return candidate
        except OSError:
            continue
    raise LedgerError(
        f"no {LEDGER_NAME} in {path_text(str(start))} or any folder above it"
        f" (pass --file PATH or set ${ENV_FILE})"
    )


def path_text(path: str) -> str:
    """A path for a message: bytes that are not text in this locale shown as \\xNN."""
    raw = os.fsencode(path)
    return visible(raw.decode("utf-8", "backslashreplace"))


def display_name(path: Path) -> str:
    """The path as the user would write it: relative to the current folder when inside it."""
    try:
        return path_text(str(path.resolve().relative_to(Path.cwd().resolve())))
    except (ValueError, OSError, RuntimeError):
        return path_text(str(path))
