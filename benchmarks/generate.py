"""Generate a synthetic ledger (and the same data as a Taskwarrior 2.6 database).

    python benchmarks/generate.py OUT_DIR [--commitments 10000] [--updates 50000] [--seed 1]

Writes OUT_DIR/commitments.toml and OUT_DIR/task/pending.data (+ an empty
completed.data), one Taskwarrior task per commitment carrying one annotation
per update. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import uuid
from pathlib import Path

from commitments.due_expr import parse_due
from commitments.write.tables import toml_table

WORDS = [
    "round",
    "table",
    "water",
    "energy",
    "summit",
    "ministerial",
    "conference",
    "transport",
    "corridor",
    "climate",
    "glacier",
    "education",
    "exchange",
    "programme",
    "youth",
    "digital",
    "trade",
    "investment",
    "forum",
    "railway",
    "hydrogen",
    "agriculture",
    "health",
    "culture",
    "monument",
    "street",
    "opera",
    "festival",
    "scholarship",
    "border",
    "security",
    "customs",
    "logistics",
    "port",
    "aviation",
    "tourism",
    "heritage",
    "museum",
    "archive",
]
PARTIES = ["IT", "KZ", "KG", "TJ", "TM", "UZ", "EU", "DE", "FR", "CN", "US", "JP", "GB", "TR"]
TAGS = ["water", "energy", "culture", "summit", "trade", "security", "education", "transport"]
STATUSES = ["planned", "in-progress", "stalled", "done", "partial", "missed", "cancelled"]


def due_expression(rng: random.Random, year: int) -> str:
    form = rng.randrange(10)
    if form == 0:
        return f"by {year}"
    if form == 1:
        return f"{rng.choice(['spring', 'summer', 'autumn', 'winter'])} {year}"
    if form == 2:
        return f"Q{rng.randint(1, 4)} {year}"
    if form == 3:
        return f"{year}-{rng.randint(1, 12):02d}"
    if form == 4:
        return f"{rng.choice(['early', 'mid', 'late'])} {year}"
    if form == 5:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if form == 6:
        return f"H{rng.randint(1, 2)} {year}"
    if form == 7:
        return f"{year}-{rng.choice([21, 22, 23, 33, 34, 40])}"
    return str(year)


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


AS_OF = dt.date(2026, 11, 22)  # benchmarks/run.py's today


def generate(out: Path, commitments: int, updates: int, seed: int) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    ledger_parts = ["# Synthetic ledger for benchmarks\nversion = 1\n"]
    tasks: list[dict[str, str]] = []
    ids: list[str] = []
    declared_on: list[dt.date] = []
    base = dt.date(2020, 1, 1)
    for i in range(commitments):
        ident = f"c{i:05d}-{rng.choice(WORDS)}-{rng.choice(WORDS)}"
        declared = base + dt.timedelta(days=rng.randrange(6 * 365))
        due = due_expression(rng, declared.year + rng.randint(0, 3))
        parties = rng.sample(PARTIES, rng.randint(2, 6))
        title = sentence(rng, rng.randint(5, 10))
        table = {
            "id": ident,
            "title": title,
            "due": due,
            "declared": declared,
            "parties": parties,
            "host": parties[0],
            "tags": rng.sample(TAGS, rng.randint(1, 3)),
            "source": f"Joint declaration of the {sentence(rng, 3).lower()} meeting, {declared}",
            "quote": sentence(rng, rng.randint(8, 16)) + ".",
        }
        ledger_parts.append("\n" + toml_table("commitment", table))
        ids.append(ident)
        declared_on.append(declared)
        deadline = parse_due(due, declared=declared).end
        tasks.append(
            {
                "description": title,
                "due": str(int(dt.datetime.combine(deadline, dt.time()).timestamp())),
                "entry": str(int(dt.datetime.combine(declared, dt.time()).timestamp())),
                "project": "commitments",
                "status": "pending",
                "tags": ",".join(table["tags"]),
                "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
            }
        )
    stamp = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for n in range(updates):
        index = rng.randrange(commitments)
        # Updates record what happened: between the declaration and the benchmark's day
        # (an update after it would not be applied, see "As of a date").
        since = declared_on[index]
        on = since + dt.timedelta(days=rng.randrange(min(3 * 365, (AS_OF - since).days + 1)))
        note = sentence(rng, rng.randint(4, 9))
        table = {
            "commitment": ids[index],
            "on": on,
            "status": rng.choice(STATUSES[:3]) if rng.random() < 0.3 else None,
            "note": note,
            "source": f"Press release {on}" if rng.random() < 0.5 else None,
            "by": "benchmark",
            "recorded": stamp + dt.timedelta(seconds=n),
        }
        ledger_parts.append("\n" + toml_table("update", table))
        epoch = int((stamp + dt.timedelta(seconds=n)).timestamp())
        tasks[index][f"annotation_{epoch}"] = note
    (out / "commitments.toml").write_text("".join(ledger_parts), encoding="utf-8")
    task_dir = out / "task"
    task_dir.mkdir(exist_ok=True)
    with open(task_dir / "pending.data", "w", encoding="utf-8") as handle:
        for task in tasks:
            fields = " ".join(f'{key}:"{value}"' for key, value in sorted(task.items()))
            handle.write(f"[{fields}]\n")
    for name in ("completed.data", "undo.data", "backlog.data"):
        (task_dir / name).write_text("")
    (out / "taskrc").write_text(
        f"data.location={task_dir}\nconfirmation=off\nverbose=nothing\nhooks=off\n"
        "color=off\nnews.version=2.6.0\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--commitments", type=int, default=10_000)
    parser.add_argument("--updates", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.commitments, args.updates, args.seed)


if __name__ == "__main__":
    main()
