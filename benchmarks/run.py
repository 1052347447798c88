"""Measure commitments against its targets, side by side, and print medians and ratios.

    python benchmarks/run.py [--rounds 15] [--work DIR]

Needs the package installed (`pip install -e .`) and, for the Taskwarrior
comparisons, Debian's `taskwarrior` (2.6). Generates a 10,000-commitment,
50,000-update ledger (and the same data as a Taskwarrior database) in DIR.
Commands of one comparison run alternately, round after round, so that a noisy
machine slows both alike; the ratios are what to read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHIPPED = HERE.parent / "commitments.toml"
TODAY = "2026-11-22"
PYTHON = sys.executable
COMMITMENTS = [PYTHON, "-m", "commitments"]
TARGETS = {
    "startup": ("due --format plain, shipped ledger / import typer, rich.table", 1.3),
    "due": ("due --format json / task due.before:today+60d list", 1.0),
    "update": ("update / task N annotate", 1.5),
    "cold": ("first list after a hand edit / bare tomllib parse", 1.2),
}


def run(command: Sequence[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak memory in KiB of one run (output discarded)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 3, 4):
        assert process.stderr is not None
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss


def compare(
    name: str,
    ours: Sequence[str],
    theirs: Sequence[str],
    rounds: int,
    env: dict[str, str],
    prepare: Callable[[], None] | None = None,
) -> dict[str, float]:
    mine, other, memory = [], [], []
    for _ in range(2):  # warm-up: caches, page cache
        run(ours, env)
        run(theirs, env)
    for _ in range(rounds):
        if prepare:
            prepare()
        seconds, peak = run(ours, env)
        mine.append(seconds)
        memory.append(peak)
        if prepare:
            prepare()
        other.append(run(theirs, env)[0])
    ours_median, theirs_median = statistics.median(mine), statistics.median(other)
    return {
        "ours": ours_median,
        "theirs": theirs_median,
        "ratio": ours_median / theirs_median,
        "peak_mib": max(memory) / 1024,
    }


def flip_a_byte_in_the_middle(path: Path) -> Callable[[], None]:
    """A hand edit: one letter of a title in the middle of the file, changed back and forth."""

    def edit() -> None:
        data = bytearray(path.read_bytes())
        at = data.find(b'title = "', len(data) // 2) + len(b'title = "')
        data[at] = ord("A") if data[at] != ord("A") else ord("B")
        path.write_bytes(bytes(data))

    return edit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="commitments-bench-"))
    ledger = work / "commitments.toml"
    if not ledger.exists():
        print(f"generating a 10,000 / 50,000 ledger in {work} …", flush=True)
        subprocess.run([PYTHON, str(HERE / "generate.py"), str(work)], check=True)
    env = {
        **os.environ,
        "COMMITMENTS_CACHE_DIR": str(work / "cache"),
        "COMMITMENTS_TODAY": TODAY,
        "COMMITMENTS_AUTHOR": "benchmark",
        "TASKRC": str(work / "taskrc"),
    }
    env.pop("COMMITMENTS_NO_CACHE", None)
    task = shutil.which("task")
    results: dict[str, dict[str, float]] = {}
    size = ledger.stat().st_size / 1e6

    results["startup"] = compare(
        "startup",
        [*COMMITMENTS, "-f", str(SHIPPED), "due", "--format", "plain"],
        [PYTHON, "-c", "import typer, rich.table"],
        args.rounds * 2,
        env,
    )
    if task:
        results["due"] = compare(
            "due",
            [*COMMITMENTS, "-f", str(ledger), "due", "--format", "json"],
            [task, "due.before:today+60d", "list"],
            args.rounds,
            env,
        )
        first_id = ledger.read_text(encoding="utf-8").split('id = "', 1)[1].split('"', 1)[0]
        results["update"] = compare(
            "update",
            [*COMMITMENTS, "-f", str(ledger), "update", first_id, "--note", "benchmark"],
            [task, "1", "annotate", "benchmark"],
            args.rounds,
            env,
        )
    results["cold"] = compare(
        "cold",
        [*COMMITMENTS, "-f", str(ledger), "list"],
        [PYTHON, "-c", f"import tomllib; tomllib.load(open({str(ledger)!r}, 'rb'))"],
        max(5, args.rounds // 3),
        env,
        prepare=flip_a_byte_in_the_middle(ledger),
    )
    shutil.rmtree(work / "cache", ignore_errors=True)
    no_cache = {**env, "COMMITMENTS_NO_CACHE": "1"}
    results["no cache"] = compare(
        "no cache",
        [*COMMITMENTS, "-f", str(ledger), "due", "--format", "json"],
        [PYTHON, "-c", f"import tomllib; tomllib.load(open({str(ledger)!r}, 'rb'))"],
        3,
        no_cache,
    )

    print()
    print(
        f"{dt.date.today()}  {os.cpu_count()} cores  Python {sys.version.split()[0]}  "
        f"ledger {size:.1f} MB (10,000 commitments, 50,000 updates)"
    )
    if not task:
        print("taskwarrior not installed: the due and update comparisons were skipped")
    print(
        f"{'comparison':<10} {'ours (s)':>9} {'theirs (s)':>10} {'ratio':>6} {'target':>7} "
        f"{'peak MiB':>9}  what"
    )
    for name, figures in results.items():
        what, target = TARGETS.get(name, ("due --format json without any cache / tomllib parse", 0))
        verdict = "" if not target else ("ok" if figures["ratio"] <= target else "MISSED")
        print(
            f"{name:<10} {figures['ours']:>9.3f} {figures['theirs']:>10.3f} "
            f"{figures['ratio']:>6.2f} {('≤' + str(target)) if target else '':>7} "
            f"{figures['peak_mib']:>9.1f}  {what} {verdict}"
        )


if __name__ == "__main__":
    main()
