"""The files git reads that the tool adds a line to (.gitignore, .gitattributes).

They belong to the user and to git: a line is appended, never anything rewritten,
and never through a symbolic link (git itself does not read one, and appending
through one writes wherever it leads), never into anything but a regular file (a
FIFO there would stall git and the tool alike).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from commitments.errors import os_reason


def why_not_append(path: Path) -> str:
    """Why the tool must not append to ``path`` ("" when it may, or it is missing)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return ""
    except OSError as exc:
        return f"cannot be read: {os_reason(exc)}"
    if stat.S_ISLNK(info.st_mode):
        return "is a symbolic link, which git does not read and the tool does not follow"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file"
    if not os.access(path, os.R_OK | os.W_OK):
        return "is read-only"
    return ""


def append_line(path: Path, line: str) -> bool:
    """Append ``line`` to the file at ``path`` (made if missing) unless it holds that
    line already; whether it was appended. The user's lines stay as they are."""
    flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK
    fd = os.open(path, flags, 0o666)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        old = os.pread(fd, min(info.st_size, 1 << 22), 0)
        wanted = os.fsencode(line)
        if all(one in old.splitlines() for one in wanted.splitlines()):
            return False
        data = (b"\n" if old and not old.endswith(b"\n") else b"") + wanted + b"\n"
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        return True
    finally:
        os.close(fd)
