"""Time `show` on one commitment with many updates (the table format, piped).

    python benchmarks/show_history.py [--updates 100000] [--rounds 5]

Prints the median wall time of a cold run (no cache) and of warm runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from commitments.write.tables import toml_table

TARGET = 1.0  # seconds, warm (issue 10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    ledger = work / "commitments.toml"
    parts = [
        "version = 1\n\n",
        toml_table("commitment", {"id": "busy", "title": "A busy commitment", "due": "2027"}),
    ]
    start = dt.date(2020, 1, 1)
    for n in range(args.updates):
        values = {
            "commitment": "busy",
            "on": start + dt.timedelta(days=n % 2500),
            "status": "in-progress" if n % 7 else None,
            "note": f"note {n}",
            "due": "2028" if n % 1000 == 999 else None,
        }
        parts.append("\n" + toml_table("update", values))
    ledger.write_text("".join(parts), encoding="utf-8")
    env = {**os.environ, "COMMITMENTS_CACHE_DIR": str(work / "cache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure an installed tool, compiled once
    command = [sys.executable, "-m", "commitments", "-f", str(ledger), "show", "busy"]

    def timed(extra: dict[str, str]) -> float:
        began = time.perf_counter()
        subprocess.run(command, env={**env, **extra}, stdout=subprocess.DEVNULL, check=True)
        return time.perf_counter() - began

    cold = statistics.median(timed({"COMMITMENTS_NO_CACHE": "1"}) for _ in range(args.rounds))
    timed({})  # fills the cache
    warm = statistics.median(timed({}) for _ in range(args.rounds))
    size = ledger.stat().st_size / 1e6
    print(f"show with {args.updates} updates ({size:.1f} MB), table format, piped:")
    verdict = "ok" if warm < TARGET else "MISSED"
    print(f"  no cache: {cold:.3f} s   warm cache: {warm:.3f} s (target < {TARGET} s: {verdict})")


if __name__ == "__main__":
    main()
