"""The cache is never believed over the file: forged, truncated or foreign entries
change nothing but speed, and cost no memory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import SHIPPED, cli

pytestmark = pytest.mark.slow  # `pytest -m "not slow"`: the quick run

# --- the cache is never believed over the file ------------------------------------------


def _run(args: list[str], env: dict[str, str]) -> tuple[str, int]:
    """stdout and exit code of one run, which must not end in a traceback."""
    process = subprocess.run(
        [sys.executable, "-m", "commitments", *args],
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )
    assert b"Traceback" not in process.stderr, process.stderr.decode()
    return process.stdout.decode(), process.returncode


def _about_a_ledger(entry: Path) -> bool:
    """A cache entry about a ledger: its snapshot (ledger/snapshot.py)."""
    return entry.suffix == ".snapshot"


@pytest.mark.parametrize("command", ["list", "due"])
@pytest.mark.parametrize(
    "forgery",
    ["random", "huge-container", "title-as-int", "truncated", "world-writable", "foreign-secret"],
)
def test_a_forged_cache_changes_nothing_but_speed(
    tmp_path: Path, forgery: str, command: str
) -> None:
    import marshal

    from commitments.ledger import private_store as store

    ledger = tmp_path / "commitments.toml"
    shutil.copyfile(SHIPPED, ledger)
    folder = tmp_path / "cache"
    env = {"COMMITMENTS_CACHE_DIR": str(folder)}
    args = ["-f", str(ledger), "--today", "2026-11-22", command, "--format", "json"]
    args += ["--within", "400"] if command == "due" else []  # due soon: some records
    plain_out, plain_code = _run(args, {"COMMITMENTS_NO_CACHE": "1"})
    _run(args, env)  # fills the cache
    entries = sorted(p for p in folder.iterdir() if _about_a_ledger(p))
    assert len(entries) == 1
    for entry in entries:
        data = entry.read_bytes()
        if forgery == "random":
            entry.write_bytes(os.urandom(len(data)))
        elif forgery == "huge-container":
            entry.write_bytes(data[:32] + b"[\xff\xff\xff\x7f")  # a list of 2**31 items
        elif forgery == "title-as-int":
            head, kind, body = marshal.loads(data[32:])
            at = 4  # where snapshot.py keeps its commitments, in one blob
            titled = [(t[0], 42, *t[2:]) for t in marshal.loads(body[at])]
            body = (*body[:at], marshal.dumps(tuple(titled)), *body[at + 1 :])
            entry.write_bytes(data[:32] + marshal.dumps((head, kind, body)))
        elif forgery == "truncated":
            entry.write_bytes(data[: len(data) // 2])
    if forgery == "world-writable":
        folder.chmod(0o777)  # another user could have written anything here
    if forgery == "foreign-secret":
        (folder / store.SECRET_NAME).chmod(0o644)  # readable by others: not a secret
    # What a forged entry once cost (10.5 s and 2.1 GB) is measured by the memory test
    # below, not timed here: a timed unit test measures the machine's load.
    out, code = _run(args, env)
    assert (out, code) == (plain_out, plain_code)
    out, code = _run(args, env)  # and again, once the cache was rebuilt or refused
    assert (out, code) == (plain_out, plain_code)


@pytest.mark.skipif(not Path("/usr/bin/time").exists(), reason="needs GNU time")
def test_a_forged_cache_costs_no_memory(tmp_path: Path) -> None:
    """A tiny entry declaring a huge container is never unmarshalled (its tag is wrong)."""
    ledger = tmp_path / "commitments.toml"
    shutil.copyfile(SHIPPED, ledger)
    folder = tmp_path / "cache"
    env = {"COMMITMENTS_CACHE_DIR": str(folder)}
    args = ["-f", str(ledger), "--today", "2026-11-22", "due", "--format", "json"]
    _run(args, env)
    for entry in folder.iterdir():
        if _about_a_ledger(entry):
            entry.write_bytes(b"\0" * 32 + b"[\xff\xff\xff\x7f")
    done = subprocess.run(
        ["/usr/bin/time", "-f", "peak %M", sys.executable, "-m", "commitments", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    peak_kib = int(done.stderr.strip().splitlines()[-1].split()[-1])
    assert peak_kib < 100 * 1024, peak_kib


@pytest.mark.parametrize("what", ["directory", "fifo"])
@pytest.mark.parametrize("which", ["entry", "secret"])
def test_a_cache_file_that_is_not_a_file(tmp_path: Path, what: str, which: str) -> None:
    ledger = tmp_path / "commitments.toml"
    shutil.copyfile(SHIPPED, ledger)
    folder = tmp_path / "cache"
    env = {"COMMITMENTS_CACHE_DIR": str(folder)}
    args = ["-f", str(ledger), "--today", "2026-11-22", "list", "--format", "json"]
    expected = cli(*args, env={"COMMITMENTS_NO_CACHE": "1"}).stdout
    cli(*args, env=env)
    targets = (
        [p for p in folder.iterdir() if _about_a_ledger(p)]
        if which == "entry"
        else [folder / "secret"]
    )
    for target in targets:
        target.unlink()
        if what == "directory":
            target.mkdir()
        else:
            os.mkfifo(target)
    for _ in range(2):
        result = cli(*args, env=env)  # times out (a test failure) if it hangs
        assert (result.returncode, result.stdout) == (0, expected), result.stderr
        assert "Traceback" not in result.stderr
