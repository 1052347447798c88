"""`export --format datapackage|sqlite`: the open-data tables written where the user
points, each file whole or not at all, nothing else in the folder touched."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from commitments.atomic_file import Refused, publish, publish_all, stopped_by_signals_as_exits
from commitments.errors import CommitmentsError, UsageError, os_reason
from commitments.ledger.find import path_text
from commitments.publish.out_folder import here, is_ledger, no_folder, out_folder
from commitments.publish.tables import open_data

if TYPE_CHECKING:
    from commitments.model import Ledger
    from commitments.report.state import State


def package_folder(target: str | None, ledger: Path) -> tuple[Path, bool]:
    """The folder a data package goes to: given, a folder or nothing yet (made, inside
    a folder that exists), never a file; and whether it was made now."""
    expected = "(expected a folder for the data package's files: --output DIR)"
    if target is None or target in ("-", "/dev/stdout"):
        raise UsageError(
            "--format datapackage writes several files: give --output DIR, a folder for them"
        )
    folder = out_folder(target, "--output", expected, ledger, "the data package", "open-data")
    if os.path.isdir(folder):
        return folder, False
    try:
        folder.mkdir()
    except FileExistsError:
        return folder, False
    except OSError as exc:
        shown = path_text(target)
        raise CommitmentsError(f"cannot make the folder {shown}: {os_reason(exc)}") from None
    return folder, True


def database_file(target: str | None, ledger: Path) -> Path:
    expected = "(expected a file for the database: --output FILE)"
    if target is None or target in ("-", "/dev/stdout"):
        raise UsageError("--format sqlite writes a database file: give --output FILE")
    if not target:
        raise UsageError(f"--output: the path is empty {expected}")
    shown = path_text(target)
    here(f"cannot write {shown}")
    if os.path.isdir(target):
        raise UsageError(f"--output: {shown} is a folder {expected}")
    if target.endswith("/"):
        raise UsageError(f"--output: {shown} names a folder, and there is none {expected}")
    if is_ledger(target, ledger):
        raise UsageError(f"--output: {shown} is the ledger; it is never replaced")
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        raise no_folder(f"cannot write {shown}", folder)
    return Path(target)


def _put(target: Path, data: bytes) -> None:
    shown = path_text(str(target))
    try:
        publish(target, data)
    except Refused as exc:
        raise CommitmentsError(f"cannot write {shown}: {exc}") from None
    except OSError as exc:
        raise CommitmentsError(f"cannot write {shown}: {os_reason(exc)}") from None


def export_package(
    whole: Ledger,
    ledger: Ledger,
    states: list[State],
    today: dt.date,
    target: str | None,
) -> list[Path]:
    """The data package in folder ``target``: its CSV files, then the descriptor that
    names them (a reader who finds a descriptor finds its files whole)."""
    from commitments.publish.datapackage import package_files  # startup: this export only

    folder, made = package_folder(target, whole.path)
    tables, _ = open_data(whole, ledger, states, today)
    files = [(folder / name, data) for name, data in package_files(tables, ledger, today).items()]
    shown = path_text(str(folder))
    try:
        try:
            publish_all(files)
        except BaseException:
            if made:  # a failed write changes nothing: not even a new, empty folder
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
    except Refused as exc:
        raise CommitmentsError(f"cannot write the data package in {shown}: {exc}") from None
    except OSError as exc:
        raise CommitmentsError(
            f"cannot write the data package in {shown}: {os_reason(exc)} (nothing was changed)"
        ) from None
    return [path for path, _ in files]


def export_database(
    whole: Ledger,
    ledger: Ledger,
    states: list[State],
    today: dt.date,
    target: str | None,
) -> Path:
    import sqlite3  # startup: this export only

    from commitments.publish.sqlite_db import database_bytes  # startup: this export only

    path = database_file(target, whole.path)
    tables, _ = open_data(whole, ledger, states, today)
    try:
        with stopped_by_signals_as_exits():  # SIGTERM: the half-made database removed
            data = database_bytes(tables, path.parent)
    except OSError as exc:
        raise CommitmentsError(f"cannot write {path_text(str(path))}: {os_reason(exc)}") from None
    except sqlite3.Error as exc:  # a full disk, a folder it may not write in
        raise CommitmentsError(f"cannot write {path_text(str(path))}: {exc}") from None
    _put(path, data)
    return path
