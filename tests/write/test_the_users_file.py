"""The user's file stays theirs: what is not a regular file is refused untouched;
ACLs, extended attributes, owner and group are kept; long names work."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import textwrap
from pathlib import Path

import pytest

from support import WATER_LEDGER, Write, cli

# --- the user's file --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "device", "directory", "socket"])
def test_what_is_not_a_regular_file_is_refused_and_untouched(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "ledger"
    listener = None
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        target = Path("/dev/null")
    elif kind == "directory":
        target.mkdir()
    else:
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(str(target))
    before = os.stat(target)
    try:
        for args in (["update", "water", "--note", "x"], ["add", "--title", "X"]):
            result = cli("-f", str(target), *args)
            assert result.returncode == 1, result.stderr
            assert "Traceback" not in result.stderr
            # a folder holds no ledger: said so before any write is tried
            said = "is a folder with no" if kind == "directory" else "nothing was changed"
            assert said in result.stderr, result.stderr
        after = os.stat(target)
        assert (after.st_ino, after.st_mode, after.st_size) == (
            before.st_ino,
            before.st_mode,
            before.st_size,
        )
    finally:
        if listener is not None:
            listener.close()


def _tool(name: str) -> bool:
    return shutil.which(name) is not None


@pytest.mark.skipif(not (_tool("setfacl") and _tool("getfacl")), reason="needs the acl package")
def test_acls_are_kept(write_ledger: Write) -> None:
    path = write_ledger(WATER_LEDGER)
    if subprocess.run(["setfacl", "-m", "u:12345:rw", str(path)], check=False).returncode:
        pytest.skip("this file system has no ACLs")
    before = subprocess.run(["getfacl", "-c", str(path)], capture_output=True, text=True).stdout
    assert cli("-f", str(path), "update", "water", "--note", "x").returncode == 0
    after = subprocess.run(["getfacl", "-c", str(path)], capture_output=True, text=True).stdout
    assert after == before and "user:12345:rw-" in after


def test_extended_attributes_are_kept(write_ledger: Write) -> None:
    path = write_ledger(WATER_LEDGER)
    try:
        os.setxattr(path, "user.reviewed", b"yes")
    except OSError:
        pytest.skip("this file system has no user extended attributes")
    assert cli("-f", str(path), "update", "water", "--note", "x").returncode == 0
    assert os.getxattr(path, "user.reviewed") == b"yes"


@pytest.mark.skipif(os.geteuid() != 0, reason="chown needs root")
def test_owner_and_group_are_kept(write_ledger: Write) -> None:
    path = write_ledger(WATER_LEDGER)
    os.chown(path, 4321, 4322)
    path.chmod(0o664)
    assert cli("-f", str(path), "update", "water", "--note", "x").returncode == 0
    info = path.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o777) == (4321, 4322, 0o664)


def test_long_names_up_to_the_file_system_limit(tmp_path: Path) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    for length in (245, 251, 255):
        path = folder / ("l" * (length - 5) + ".toml")
        path.write_text(textwrap.dedent(WATER_LEDGER))
        before = sorted(p.name for p in folder.iterdir())
        result = cli("-f", str(path), "update", "water", "--note", f"n{length}")
        assert result.returncode == 0, (length, result.stderr)
        assert "n" + str(length) in path.read_text()
        assert sorted(p.name for p in folder.iterdir()) == before
