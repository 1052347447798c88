"""Time and peak memory of the tool on each pathological input of the attack suite.

    python benchmarks/bombs.py [--cache]

The corpus is tests/test_attacks.py's: pathological inputs (dotted keys, a due of
640,000 marks, deep nesting, dots in strings, …), which must each be answered in at
most 2 s and 500 MB, and large ones read in linear time (30 MB lines and strings,
100,000 stray tables), measured. Each is written as the ledger, then `check` and
`list --format json` run on it in a fresh process, without the cache (--cache: with
it, after a first run fills it). Exits 1 if a pathological input misses the target.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_attacks import BOMBS, LARGE

SECONDS, MEGABYTES = 2.0, 500


# A small process starts the tool and reports its peak: a child forked from this one,
# which holds the corpus, would count that memory as its own (maxrss survives exec).
_LAUNCH = """
import os, sys
null = os.open(os.devnull, os.O_WRONLY)
actions = [(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)]
pid = os.posix_spawn(sys.executable, [sys.executable, "-m", "commitments", *sys.argv[1:]],
                     os.environ, file_actions=actions)
_, status, usage = os.wait4(pid, 0)
print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def measured(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, peak resident MB and exit code of one run."""
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCH, *args], cwd=cwd, env=env, capture_output=True, text=True
    )
    seconds = time.monotonic() - began
    peak, code = done.stdout.split()
    return seconds, int(peak) / 1024, int(code)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", action="store_true", help="run with the cache, warm")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="commitments-bombs-"))
    env = {
        **os.environ,
        "COMMITMENTS_TODAY": "2026-11-22",
        "COMMITMENTS_CACHE_DIR": str(folder / "c"),
    }
    if not options.cache:
        env["COMMITMENTS_NO_CACHE"] = "1"
    over = 0
    print(f"{'input':40} {'size':>9} {'command':6} {'seconds':>8} {'MB':>6} exit")
    for group, inputs in (("pathological", BOMBS), ("large, read in linear time", LARGE)):
        print(f"-- {group}")
        for name, data in inputs.items():
            ledger = folder / "commitments.toml"
            ledger.write_bytes(data)
            for args in (["check"], ["list", "--format", "json"]):
                if options.cache:
                    measured(args, folder, env)
                seconds, megabytes, code = measured(args, folder, env)
                slow = group == "pathological" and (seconds > SECONDS or megabytes > MEGABYTES)
                over += slow
                print(
                    f"{name:40} {len(data) / 1e6:7.1f}MB {args[0]:6} {seconds:8.2f}"
                    f" {megabytes:6.0f} {code}{'  OVER' if slow else ''}"
                )
    print(
        f"{len(BOMBS) * 2} runs on pathological inputs, {over} over {SECONDS} s or {MEGABYTES} MB"
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
