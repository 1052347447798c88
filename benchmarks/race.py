"""Race hand edits against `update` on a 14 MB ledger: nothing may be lost (issue 10).

    python benchmarks/race.py [--count 200] [--work DIR]

Runs the race of tests/write/test_races.py (the suite runs it on the shipped ledger) on
the 10,000-commitment ledger of generate.py: COUNT updates in one process against
COUNT editor-style saves (write a copy, rename it over the ledger), then against
COUNT `>>` appends, each followed by a random pause that spreads them over the
updates' run. Prints what was lost; exits 1 if anything was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from commitments.write.requests import UpdateRequest, record_update  # noqa: E402
from write.test_races import race  # noqa: E402 - the suite's own race, not a copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="commitments-race-"))
    generated = work / "commitments.toml"
    if not generated.exists():
        print(f"generating a 10,000 / 50,000 ledger in {work} …", flush=True)
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(work)], check=True)
    ident = generated.read_text(encoding="utf-8").split('id = "', 1)[1].split('"', 1)[0]
    failed = False
    for other in ("editor", "append"):
        folder = work / f"race-{other}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        ledger = folder / "commitments.toml"
        shutil.copyfile(generated, ledger)
        record_update(ledger, UpdateRequest(ident, dt.date(2026, 1, 1), note="warm-up", by="t"))
        began = time.perf_counter()  # the second update: the cache is warm, as in the race
        record_update(ledger, UpdateRequest(ident, dt.date(2026, 1, 1), note="warm-up", by="t"))
        pause = 2 * (time.perf_counter() - began)  # edits spread over the updates' run
        began = time.perf_counter()
        result = race(ledger, ident, other, args.count, pause)
        took = time.perf_counter() - began
        size = ledger.stat().st_size / 1e6
        print(
            f"{other:>6} vs update, {args.count} each, {size:.1f} MB, {took:.0f} s: "
            f"{len(result.lost_edits)} edits lost, {len(result.lost_updates)} updates lost, "
            f"{result.updates} updates written, ledger {'valid' if result.valid else 'INVALID'}, "
            f"files left beside it: {result.leftovers or 'none'}"
        )
        failed |= bool(
            result.lost_edits
            or result.lost_updates
            or result.updates != args.count
            or not result.valid
            or result.leftovers
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
