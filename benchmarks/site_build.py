"""How long `site` takes: a full build, and a rebuild after one update.

    python benchmarks/site_build.py [--sizes 2500,5000,10000] [--rounds 3] [--work DIR]

For each size N it writes a ledger of N commitments at N/100 summits with 5N updates
(a third of them a party's own assessment), builds the site into an empty folder, then
records one update with `commitments update` and builds again into the same folder.
Prints the median of each, the time per 1,000 commitments, and the rebuild's share of
a full build (the target: a full build of 10,000 commitments and 50,000 updates within
60 s, a rebuild within 20 % of it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from generate import WORDS, sentence  # noqa: E402

from commitments.write.tables import toml_table  # noqa: E402

PARTIES = ["IT", "KZ", "KG", "TJ", "TM", "UZ", "EU", "DE", "FR", "CN", "US", "JP", "GB", "TR"]
STATUSES = ["in-progress", "stalled", "done", "partial", "missed"]
TODAY = "2026-11-22"
COMMAND = [sys.executable, "-m", "commitments"]


def ledger(path: Path, commitments: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    parts = ['license = "CC-BY-4.0"\n']
    ids: list[tuple[str, dt.date, list[str]]] = []
    summits = max(1, commitments // 100)
    for s in range(summits):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
        parties = rng.sample(PARTIES, rng.randint(3, 8))
        ident = f"s{s:04d}-{rng.choice(WORDS)}"
        parts.append(
            "\n"
            + toml_table(
                "summit",
                {
                    "id": ident,
                    "name": f"Summit on {sentence(rng, 3)}",
                    "date": day,
                    "parties": parties,
                    "source": f"Joint declaration, {day}",
                    "url": f"https://example.org/{ident}",
                },
            )
        )
        for i in range(commitments // summits):
            cid = f"c{s:04d}-{i:03d}-{rng.choice(WORDS)}"
            parts.append(
                "\n"
                + toml_table(
                    "commitment",
                    {
                        "id": cid,
                        "title": sentence(rng, rng.randint(5, 10)),
                        "due": f"by {day.year + rng.randint(0, 3)}",
                        "summit": ident,
                        "strength": "pledge" if rng.random() < 0.8 else "intent",
                        "quote": sentence(rng, rng.randint(8, 16)) + ".",
                        "tags": rng.sample(WORDS, 2),
                    },
                )
            )
            ids.append((cid, day, parties))
    for n in range(5 * commitments):
        cid, day, parties = rng.choice(ids)
        on = day + dt.timedelta(days=rng.randrange(1, 2 * 365))
        on = min(on, dt.date(2026, 11, 1))
        table = {
            "commitment": cid,
            "on": on,
            "status": rng.choice(STATUSES) if rng.random() < 0.6 else None,
            "party": rng.choice(parties) if rng.random() < 0.33 else None,
            "note": sentence(rng, rng.randint(4, 9)),
            "source": f"Press release {on}",
            "url": f"https://example.org/press/{n}",
        }
        if table["status"] is None:
            table["party"] = None
        parts.append("\n" + toml_table("update", table))
    path.write_text("".join(parts), encoding="utf-8")


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)}: {done.stderr}")
    return took


def measure(work: Path, size: int, rounds: int) -> tuple[float, float, int]:
    folder = work / str(size)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "commitments.toml"
    ledger(path, size)
    env = {**os.environ, "COMMITMENTS_FILE": str(path), "COMMITMENTS_TODAY": TODAY}
    env["COMMITMENTS_CACHE_DIR"] = str(folder / "cache")
    subprocess.run([*COMMAND, "check"], env=env, capture_output=True, check=False)  # cache
    full, again = [], []
    pages = 0
    for n in range(rounds):
        site = folder / f"site-{n}"
        full.append(timed([*COMMAND, "site", str(site)], env))
        pages = sum(1 for _ in site.rglob("*.html"))
        first = sentence(random.Random(n), 3)
        ident = path.read_text(encoding="utf-8").split('\nid = "c', 1)[1].split('"', 1)[0]
        timed(
            [*COMMAND, "update", f"c{ident}", "--status", "done", "--note", first, "--on", TODAY],
            {**env, "COMMITMENTS_AUTHOR": "benchmark"},
        )
        subprocess.run([*COMMAND, "check"], env=env, capture_output=True, check=False)
        again.append(timed([*COMMAND, "site", str(site)], env))
        shutil.rmtree(site)
    return statistics.median(full), statistics.median(again), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2500,5000,10000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path)
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="commitments-site-"))
    print(
        f"{'commitments':>11} {'updates':>8} {'pages':>6} {'full s':>8} {'per 1k':>7}"
        f" {'rebuild s':>9} {'share':>6}"
    )
    for size in (int(s) for s in options.sizes.split(",")):
        full, again, pages = measure(work, size, options.rounds)
        print(
            f"{size:>11} {5 * size:>8} {pages:>6} {full:>8.2f} {full / size * 1000:>7.3f}"
            f" {again:>9.2f} {again / full:>6.0%}"
        )
    if not options.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
