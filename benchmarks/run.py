"""Measure commitments against its targets, side by side, and print medians and ratios.

    python benchmarks/run.py [--rounds 15] [--sizes 10000] [--work DIR]

Needs the package installed (`pip install -e .`) and, for the Taskwarrior
comparisons, Debian's `taskwarrior` (2.6). For each size N it generates a ledger of
N commitments and 5N updates (and the same data as a Taskwarrior database) in
DIR/N. Commands of one comparison run alternately, round after round, so that a
noisy machine slows both alike; the ratios are what to read. With several sizes
(`--sizes 1000,10000,100000`) it also prints how each figure grows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import shutil
import statistics
import string
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
# name: (what is compared, the ratio to reach)
TARGETS = {
    "startup": ("due --format plain, shipped ledger / import typer, rich.table", 1.3),
    "due": ("warm due --format json / task due.before:today+60d list", 0.35),
    "update": ("update / task N annotate", 0.75),
    "check": ("check, nothing changed since the last / bare tomllib parse", 0.3),
    "cold check": ("check after a hand edit / bare tomllib parse", 1.3),
    "cold list": ("first list after a hand edit / bare tomllib parse", 1.3),
    "no cache": ("due --format json without any cache / bare tomllib parse", 0),
}
PEAK_MIB = 100  # of `due` on 10,000 commitments


def run(command: Sequence[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak memory in KiB of one run (output discarded)."""
    # stderr to a file, not a pipe: `check` on a generated ledger warns for pages, and
    # a pipe nobody reads until the end would stop it once 64 KB are waiting.
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in (0, 3, 4):
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed: {errors.read().decode()}")
    return elapsed, usage.ru_maxrss


def compare(
    ours: Sequence[str],
    theirs: Sequence[str],
    rounds: int,
    env: dict[str, str],
    prepare: Callable[[], None] | None = None,
    *,
    warm: bool = True,
) -> dict[str, float]:
    mine, other, memory = [], [], []
    for _ in range(2 if warm else 0):  # warm-up: the cache, the page cache
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
    """A hand edit: one letter of a title in the middle of the file, a different letter
    each time, so that no run finds the file as the cache last saw it."""
    letters = itertools.cycle(string.ascii_letters)

    def edit() -> None:
        data = bytearray(path.read_bytes())
        at = data.find(b'title = "', len(data) // 2) + len(b'title = "')
        data[at] = ord(next(letters))
        path.write_bytes(bytes(data))

    return edit


def measure(work: Path, commitments: int, rounds: int) -> dict[str, dict[str, float]]:
    """Every comparison on a ledger of ``commitments`` (made in ``work`` if missing)."""
    ledger = work / "commitments.toml"
    if not ledger.exists():
        print(f"generating {commitments:,} commitments in {work} …", flush=True)
        subprocess.run(
            [
                PYTHON,
                str(HERE / "generate.py"),
                str(work),
                "--commitments",
                str(commitments),
                "--updates",
                str(5 * commitments),
            ],
            check=True,
        )
    env = {
        **os.environ,
        "COMMITMENTS_CACHE_DIR": str(work / "cache"),
        "COMMITMENTS_TODAY": TODAY,
        "COMMITMENTS_AUTHOR": "benchmark",
        "TASKRC": str(work / "taskrc"),
    }
    env.pop("COMMITMENTS_NO_CACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure an installed tool, compiled once
    task = shutil.which("task")
    tomllib_parse = [PYTHON, "-c", f"import tomllib; tomllib.load(open({str(ledger)!r}, 'rb'))"]
    few = max(3, rounds * 1000 // max(commitments, 1))  # rounds for the slow comparisons
    results: dict[str, dict[str, float]] = {}
    if task:
        results["due"] = compare(
            [*COMMITMENTS, "-f", str(ledger), "due", "--format", "json"],
            [task, "due.before:today+60d", "list"],
            rounds,
            env,
        )
        first_id = ledger.read_text(encoding="utf-8").split('id = "', 1)[1].split('"', 1)[0]
        results["update"] = compare(
            [*COMMITMENTS, "-f", str(ledger), "update", first_id, "--note", "benchmark"],
            [task, "1", "annotate", "benchmark"],
            rounds,
            env,
        )
    results["check"] = compare([*COMMITMENTS, "-f", str(ledger), "check"], tomllib_parse, few, env)
    edit = flip_a_byte_in_the_middle(ledger)
    results["cold check"] = compare(
        [*COMMITMENTS, "-f", str(ledger), "check"], tomllib_parse, few, env, edit, warm=False
    )
    results["cold list"] = compare(
        [*COMMITMENTS, "-f", str(ledger), "list"], tomllib_parse, few, env, edit, warm=False
    )
    shutil.rmtree(work / "cache", ignore_errors=True)
    results["no cache"] = compare(
        [*COMMITMENTS, "-f", str(ledger), "due", "--format", "json"],
        tomllib_parse,
        3,
        {**env, "COMMITMENTS_NO_CACHE": "1"},
        warm=False,
    )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--sizes", default="10000", help="commitments, comma-separated")
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="commitments-bench-"))
    sizes = [int(size) for size in args.sizes.split(",")]
    startup = compare(
        [*COMMITMENTS, "-f", str(SHIPPED), "due", "--format", "plain"],
        [PYTHON, "-c", "import typer, rich.table"],
        args.rounds * 2,
        {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "COMMITMENTS_TODAY": TODAY,
            "COMMITMENTS_CACHE_DIR": str(work / "cache"),
        },
    )
    by_size = {n: measure(work / str(n), n, args.rounds) for n in sizes}

    print()
    print(f"{dt.date.today()}  {os.cpu_count()} cores  Python {sys.version.split()[0]}")
    if not shutil.which("task"):
        print("taskwarrior not installed: the due and update comparisons were skipped")
    for n, results in by_size.items():
        size = (work / str(n) / "commitments.toml").stat().st_size / 1e6
        print(f"\n{n:,} commitments, {5 * n:,} updates, {size:.1f} MB")
        table(({"startup": startup} if n == sizes[0] else {}) | results, check_peak=n == 10_000)
    if len(sizes) > 1:
        print("\nseconds (peak MiB) as the ledger grows")
        print(f"{'':<11}" + "".join(f"{n:>20,}" for n in sizes))
        for name in by_size[sizes[0]]:
            cells = [by_size[n].get(name) for n in sizes]
            print(
                f"{name:<11}"
                + "".join(
                    f"{c['ours']:>11.3f} ({c['peak_mib']:>5.0f})" if c else f"{'':>20}"
                    for c in cells
                )
            )


def table(results: dict[str, dict[str, float]], *, check_peak: bool) -> None:
    print(
        f"{'comparison':<11} {'ours (s)':>9} {'theirs (s)':>10} {'ratio':>6} {'target':>7} "
        f"{'peak MiB':>9}  what"
    )
    for name, figures in results.items():
        what, target = TARGETS[name]
        verdict = "" if not target else ("ok" if figures["ratio"] <= target else "MISSED")
        if name == "due" and check_peak and figures["peak_mib"] > PEAK_MIB:
            verdict += f" (peak over {PEAK_MIB} MiB)"
        print(
            f"{name:<11} {figures['ours']:>9.3f} {figures['theirs']:>10.3f} "
            f"{figures['ratio']:>6.2f} {('≤' + str(target)) if target else '':>7} "
            f"{figures['peak_mib']:>9.1f}  {what} {verdict}"
        )


if __name__ == "__main__":
    main()
