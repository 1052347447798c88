"""Time tables on a terminal (a pseudo-terminal) against the same list piped as JSON.

    python benchmarks/terminal.py [--rounds 5] [--work DIR] [--columns 120]

Issue 11 asks that a table of 10,000 rows on a terminal cost at most 3x the same
`list` piped as JSON. Uses the 10,000-commitment ledger of generate.py; the pager
is off (it would wait for keys), so this is the cost of laying out and writing.
"""

from __future__ import annotations

import argparse
import os
import pty
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = 3.0


def on_a_terminal(command: list[str], env: dict[str, str]) -> float:
    primary, secondary = pty.openpty()
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=secondary, stderr=secondary, env=env)
    os.close(secondary)
    while True:
        try:
            if not os.read(primary, 1 << 16):
                break
        except OSError:
            break
    process.wait()
    took = time.perf_counter() - began
    os.close(primary)
    return took


def piped(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--columns", type=int, default=120)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="commitments-terminal-"))
    ledger = work / "commitments.toml"
    if not ledger.exists():
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(work)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "NO_COLOR")}
    env.update(
        COLUMNS=str(args.columns),
        LINES="50",
        TERM="xterm-256color",
        COMMITMENTS_PAGER="",
        COMMITMENTS_TODAY="2026-11-22",
        COMMITMENTS_CACHE_DIR=str(work / "cache"),
    )
    base = [sys.executable, "-m", "commitments", "-f", str(ledger)]
    runs: dict[str, list[float]] = {"list, terminal": [], "due, terminal": [], "list, JSON": []}
    for _ in range(2):  # the cache, the page cache
        piped([*base, "list", "--format", "json"], env)
        on_a_terminal([*base, "list"], env)
    for _ in range(args.rounds):
        runs["list, terminal"].append(on_a_terminal([*base, "list"], env))
        runs["due, terminal"].append(on_a_terminal([*base, "due"], env))
        runs["list, JSON"].append(piped([*base, "list", "--format", "json"], env))
    json_median = statistics.median(runs["list, JSON"])
    print(f"{args.columns} columns, 10,000 commitments, medians of {args.rounds}:")
    for name, seconds in runs.items():
        median = statistics.median(seconds)
        ratio = median / json_median
        verdict = "" if name.endswith("JSON") else (" ok" if ratio <= TARGET else " MISSED")
        print(
            f"  {name:<15} {median:6.3f} s  {ratio:4.2f}x piped JSON (target <= {TARGET}){verdict}"
        )


if __name__ == "__main__":
    main()
