"""Run the model-based test of the ledger (tests/test_model.py) for many steps.

    python benchmarks/model.py [--steps 10000] [--per-case 40]

The same state machine CI runs for a few hundred steps: the tool's add and update,
hand appends, an editor's stale save and recover, kill -9 mid-write, a damaged
cache, a merge of another clone; after every step list, show and report in JSON
against the model, and the file's tables against the model's. Prints the number of
steps run and of divergences (a divergence stops the run and is printed whole).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
os.environ.setdefault("COMMITMENTS_PAGER", "")

from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import invariant, run_state_machine_as_test

import test_model


class Counted(test_model.Ledger):
    steps = 0

    @invariant()
    def counted(self) -> None:
        type(self).steps += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--per-case", type=int, default=40, help="steps in one sequence")
    args = parser.parse_args()
    began = time.monotonic()
    divergences = 0
    while Counted.steps < args.steps:
        try:
            run_state_machine_as_test(
                Counted,
                settings=settings(
                    max_examples=10,
                    stateful_step_count=args.per_case,
                    deadline=None,
                    phases=[Phase.generate],
                    suppress_health_check=list(HealthCheck),
                    database=None,
                ),
            )
        except Exception:  # a divergence: show it whole, and stop
            traceback.print_exc()
            divergences += 1
            break
        print(f"{Counted.steps:,} steps, {time.monotonic() - began:.0f} s", flush=True)
    print(
        f"model: {Counted.steps:,} steps in {time.monotonic() - began:.0f} s,"
        f" {divergences} divergences"
    )
    return 1 if divergences else 0


if __name__ == "__main__":
    sys.exit(main())
