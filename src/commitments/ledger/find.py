"""Which file is the ledger, and how to name it in messages."""

from __future__ import annotations

import errno
import os
import shlex
import stat
from pathlib import Path

from commitments.errors import LedgerError
from commitments.text import visible

LEDGER_NAME = "commitments.toml"
ENV_FILE = "COMMITMENTS_FILE"


def find_ledger(option: Path | None, cwd: Path | None = None) -> Path:
    """--file, else $COMMITMENTS_FILE, else the nearest commitments.toml upwards from cwd;
    a folder given means the commitments.toml in it."""
    env = os.environ.get(ENV_FILE)
    given = option if option is not None else Path(env) if env else None
    if given is not None:
        inside = given / LEDGER_NAME
        try:  # a folder holding a ledger means that ledger; anything else is read as given
            is_folder = os.path.isdir(given)
            if not is_folder and _missing(given) and os.path.isdir(given.parent):
                hint = f"`commitments init {shell_word(str(given))}` makes one"
                raise LedgerError(f"{display_name(given)}: no such file ({hint})")
            if is_folder and not os.path.lexists(inside) and given.suffix != ".toml":
                hint = f"`commitments init {shell_word(str(given).rstrip('/') + '/')}` makes one"
                raise LedgerError(
                    f"{display_name(given)}: is a folder with no {LEDGER_NAME} in it ({hint})"
                )
            if not is_folder:
                return given
            info = os.lstat(inside)
        except (OSError, ValueError):  # a name too long, a NUL: the read says what is wrong
            return given
        return _a_ledger(inside, info)  # as the one found by looking upwards
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
            info = os.lstat(candidate)
        except OSError:
            continue
        # Whatever is there is the ledger the user meant: a folder or a FIFO named so is
        # an error to see, never a reason to use (and write) a parent folder's ledger.
        return _a_ledger(candidate, info)
    raise LedgerError(
        f"no {LEDGER_NAME} in {path_text(str(start))} or any folder above it"
        f" (pass --file PATH or set ${ENV_FILE}; `commitments init` makes one here)"
    )


def _missing(path: Path) -> bool:
    """Nothing there: not a name too long or a loop, which the read names as such."""
    try:
        os.lstat(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def _a_ledger(path: Path, info: os.stat_result) -> Path:
    """``path``, refused unless a ledger can be read from it."""
    kind = _not_a_ledger(path, info)
    if kind:
        raise LedgerError(f"{path_text(str(path))}: {kind}, not a ledger")
    return path


def _not_a_ledger(path: Path, info: os.stat_result) -> str:
    """What ``path`` is when it is not a file a ledger can be read from ("" when it is)."""
    if stat.S_ISLNK(info.st_mode):
        try:
            info = os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "is a symbolic link loop"
            return "is a dangling symbolic link"
    if stat.S_ISREG(info.st_mode):
        return ""
    if stat.S_ISDIR(info.st_mode):
        return "is a directory"
    if stat.S_ISFIFO(info.st_mode):
        return "is a FIFO"
    return "is a device or socket"


def path_text(path: str) -> str:
    """A path for a message: bytes that are not text in this locale shown as \\xNN."""
    raw = os.fsencode(path)
    return visible(raw.decode("utf-8", "backslashreplace"))


def shell_word(path: str) -> str:
    """``path`` as a shell word to paste: quoted as the shell reads it, in $'…' with
    \\xNN escapes when it holds bytes a message shows escaped (an ESC, a bidi override,
    bytes that are not UTF-8), since '\\x1b' between plain quotes is four characters."""
    if path_text(path) == path:
        return shlex.quote(path)

    def byte(b: int) -> str:
        if 32 <= b < 127:
            return "\\" + chr(b) if chr(b) in "'\\" else chr(b)
        return f"\\x{b:02x}"

    return "$'" + "".join(byte(b) for b in os.fsencode(path)) + "'"


def display_name(path: Path) -> str:
    """The path as the user would write it: relative to the current folder when inside it."""
    try:
        return path_text(str(path.resolve().relative_to(Path.cwd().resolve())))
    except (ValueError, OSError, RuntimeError):
        return path_text(str(path))
