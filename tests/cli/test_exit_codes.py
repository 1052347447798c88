"""Exit codes as the contract says: a closed pipe, an interrupt once the write is done,
an interrupt or an error while starting."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from support import WATER_LEDGER, Write

pytestmark = pytest.mark.slow  # `pytest -m "not slow"`: the quick run

# --- exit codes ---------------------------------------------------------------------------


def test_a_closed_pipe_keeps_the_exit_code(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    tables = [textwrap.dedent(WATER_LEDGER).strip()]
    for n in range(3000):
        tables.append(f'[[commitment]]\nid = "c{n}"\ntitle = "Commitment {n}"\ndue = "2026-01"')
    path.write_text("\n\n".join(tables) + "\n")
    for extra in ({}, {"PYTHONUNBUFFERED": "1"}):
        script = (
            f"{sys.executable} -m commitments -f {path} --today 2026-11-22"
            " due --exit-code --format plain | head -1 > /dev/null; echo ${PIPESTATUS[0]}"
        )
        done = subprocess.run(
            ["bash", "-c", script], capture_output=True, text=True, env={**os.environ, **extra}
        )
        assert done.stdout.strip() == "4", done.stderr
        assert "Traceback" not in done.stderr and "error" not in done.stderr


def test_a_closed_pipe_holding_stderr_too_keeps_the_exit_code(
    tmp_path: Path, write_ledger: Write
) -> None:
    """`2>&1 | head -1` while the run has warnings to give at its end (a table it wrote
    was lost): the warnings have nowhere to go, and the exit code stays the command's."""
    path = write_ledger(WATER_LEDGER)
    before = path.read_bytes()
    env = {**os.environ, "COMMITMENTS_TODAY": "2026-11-22"}
    command = [sys.executable, "-m", "commitments", "-f", str(path)]
    subprocess.run([*command, "update", "water", "--note", "lost"], env=env, check=True)
    path.write_bytes(before)  # an older copy saved over the update: every run warns
    for args in (["export", "--format", "csv"], ["due", "--exit-code", "--format", "plain"]):
        script = (
            f"{' '.join(command + args)} 2>&1 | head -c 10 > /dev/null; echo ${{PIPESTATUS[0]}}"
        )
        done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env)
        assert done.stdout.strip() == ("0" if args[0] == "export" else "3"), done.stderr


def test_closed_standard_streams_keep_the_exit_code_and_the_ledger(
    tmp_path: Path, write_ledger: Write
) -> None:
    """`2>&-` made every exit code 120 (Python's stderr is None then), and `>&-` a
    traceback; a file opened meanwhile would take the closed number."""
    path = write_ledger(WATER_LEDGER)
    run = f"{sys.executable} -m commitments -f {path}"
    for script, code in (
        (f"{run} check 2>&-", 0),
        (f"{run} list >&-", 0),
        (f"{run} -f {tmp_path}/nope check 2>&-", 1),
        (f"{run} update water --status dun 2>&-", 2),
        (f"{run} update water --note closed >&- 2>&- <&-", 0),
    ):
        done = subprocess.run(["bash", "-c", f"{script}; echo $?"], capture_output=True, text=True)
        assert done.stdout.strip().splitlines()[-1] == str(code), (script, done.stderr)
        assert "Traceback" not in done.stderr
    ledger = tomllib.loads(path.read_text(encoding="utf-8"))
    assert [u["note"] for u in ledger["update"]] == ["closed"]


def test_an_interrupt_once_the_write_is_done_exits_0(write_ledger: Write) -> None:
    """SIGINT lands while the table is being written (slowed down): the write completes,
    the update stands, and the exit code says so."""
    path = write_ledger(WATER_LEDGER)
    script = textwrap.dedent(
        """
        import os, sys, time
        import commitments.write.append as append
        real = os.fsync
        def slow(fd):
            if os.readlink(f"/proc/self/fd/{fd}").endswith(".journal"):
                sys.stderr.write("writing\\n"); sys.stderr.flush()
                time.sleep(0.5)
            real(fd)
        append.disk.fsync = slow
        sys.argv = ["commitments", "-f", sys.argv[1], "update", "water", "--note", "stands"]
        from commitments.__main__ import main
        main()
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "COMMITMENTS_AUTHOR": "t"},
    )
    assert process.stderr is not None
    assert process.stderr.readline() == b"writing\n"  # the journal is being written
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err.decode()
    assert b"updated water" in out and b"it stands" in err
    assert tomllib.loads(path.read_text())["update"][0]["note"] == "stands"


@pytest.mark.parametrize("wrapped", [False, True], ids=["plain", "wrapped-by-__set_name__"])
def test_an_interrupt_while_starting_exits_130_without_a_traceback(wrapped: bool) -> None:
    """Ctrl-C while the CLI is imported; Python 3.11 may deliver it wrapped in the
    RuntimeError of a class body's __set_name__."""
    script = textwrap.dedent(
        f"""
        import builtins, sys
        real = builtins.__import__
        def interrupted(name, *args, **kwargs):
            if name == "commitments.cli":
                try:
                    raise KeyboardInterrupt
                except KeyboardInterrupt as exc:
                    if {wrapped}:
                        raise RuntimeError("Error calling __set_name__") from exc
                    raise
            return real(name, *args, **kwargs)
        builtins.__import__ = interrupted
        sys.argv = ["commitments", "list"]
        from commitments.__main__ import main
        main()
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 130
    assert result.stderr == "\ninterrupted\n"


def test_an_error_while_starting_is_not_taken_for_an_interrupt() -> None:
    script = textwrap.dedent(
        """
        import builtins, sys
        real = builtins.__import__
        def broken(name, *args, **kwargs):
            if name == "commitments.cli":
                raise RuntimeError("a broken installation")
            return real(name, *args, **kwargs)
        builtins.__import__ = broken
        from commitments.__main__ import main
        main()
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 1
    assert "a broken installation" in result.stderr
