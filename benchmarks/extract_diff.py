"""What a change to the extract rules does on every stored set, before it is kept.

    python benchmarks/extract_diff.py OLD [NEW] [--sets DIR] [--all-kinds]

OLD and NEW are git revisions (NEW defaults to the working tree, also named
"WORKTREE"). Each side is read with its own tree's rules and its own benchmark (a
worktree of the revision, removed afterwards), never the other's: a comparison that
imports one tree's modules for both sides shows no change where there is one. Prints
each labelled commitment found or lost, each false candidate added or gone, each
deadline that became right or wrong, then the counts, on declarations (the goals are
set on them) or, with --all-kinds, on every file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "benchmarks" / "extract" / "heldout"

# Run in a child process whose sys.path holds only the measured tree's src (its
# benchmark inserts it): every candidate, every label and the one-to-one pairs.
_DUMP = """
import importlib.util, json, sys
from pathlib import Path
tree, sets = Path(sys.argv[1]), Path(sys.argv[2])
spec = importlib.util.spec_from_file_location("bench", tree / "benchmarks" / "extract.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
out = []
for folder in sorted(p for p in sets.iterdir() if (p / "labels.toml").is_file()):
    for s in bench.sources(folder / "labels.toml", folder / "texts"):
        found = bench.ours(s.text, s.declared)
        pairs = bench.matched(s.labels, found)
        at_l = {id(x): i for i, x in enumerate(s.labels)}
        at_c = {id(x): j for j, x in enumerate(found)}
        day = lambda d: d.isoformat() if d else None
        out.append({"set": folder.name, "file": s.name, "kind": s.kind, "text": s.text,
            "unfinished": s.unfinished,
            "labels": [[x.start, x.end, x.strength, day(x.end_day)] for x in s.labels],
            "found": [[x.start, x.end, x.strength, day(x.end_day)] for x in found],
            "pairs": [[at_l[id(a)], at_c[id(b)]] for a, b in pairs]})
json.dump(out, sys.stdout)
"""


def dump(tree: Path, sets: Path) -> list[dict[str, Any]]:
    run = subprocess.run(
        [sys.executable, "-c", _DUMP, str(tree), str(sets)],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONSAFEPATH": "1"},
    )
    result: list[dict[str, Any]] = json.loads(run.stdout)
    return result


def compare(
    old: list[dict[str, Any]], new: list[dict[str, Any]], all_kinds: bool = False
) -> tuple[list[str], dict[str, int]]:
    """The lines to print and the counts: found, lost, false added, false gone,
    deadlines right gained (negative when lost)."""
    before = {(f["set"], f["file"]): f for f in old}
    lines: list[str] = []
    counts = dict.fromkeys(("found", "lost", "false added", "false gone", "deadlines"), 0)
    for f in new:
        o = before.get((f["set"], f["file"]))
        if o is None or not (all_kinds or f["kind"] == "declaration"):
            continue
        where = f"{f['set']}/{f['file'][:3]}"
        text = f["text"]

        def quote(span: list[Any], text: str = text) -> str:
            return repr(text[span[0] : span[1]][:140])

        got_o = {i: o["found"][j] for i, j in o["pairs"]}
        got_n = {i: f["found"][j] for i, j in f["pairs"]}
        for i in sorted(set(got_n) - set(got_o)):
            counts["found"] += 1
            lines.append(f"+ found  {where} {quote(f['labels'][i])}")
        for i in sorted(set(got_o) - set(got_n)):
            counts["lost"] += 1
            lines.append(f"- lost   {where} {quote(f['labels'][i])}")
        false_o, false_n = _false(o), _false(f)
        for span in sorted(false_n - false_o):
            counts["false added"] += 1
            lines.append(f"+ false  {where} {quote(list(span))}")
        for span in sorted(false_o - false_n):
            counts["false gone"] += 1
            lines.append(f"- false  {where} {quote(list(span))}")
        for i in sorted(set(got_o) & set(got_n)):
            due = f["labels"][i][3]
            right_o, right_n = got_o[i][3] == due, got_n[i][3] == due
            if due is not None and right_o != right_n:
                counts["deadlines"] += 1 if right_n else -1
                lines.append(
                    f"~ due    {where} {due}: {got_o[i][3]} -> {got_n[i][3]} "
                    f"{quote(f['labels'][i])}"
                )
    return lines, counts


def _false(f: dict[str, Any]) -> set[tuple[int, int]]:
    """The candidates no label matched (one begun in a last sentence cut off by the
    excerpt is neither right nor wrong, as the benchmark counts it)."""
    kept = {j for _, j in f["pairs"]}
    return {
        (c[0], c[1]) for j, c in enumerate(f["found"]) if j not in kept and c[0] < f["unfinished"]
    }


def _tree(revision: str, place: Path) -> Path:
    if revision == "WORKTREE":
        return ROOT
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(place), revision],
        check=True,
    )
    return place


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        description="What a change to the extract rules does on every stored set."
    )
    parser.add_argument("old", help="the revision before (a commit, a branch, HEAD)")
    parser.add_argument("new", nargs="?", default="WORKTREE", help="the revision after")
    parser.add_argument("--sets", type=Path, default=SETS, help="a folder of sets")
    parser.add_argument("--all-kinds", action="store_true", help="reports and previews too")
    args = parser.parse_args(argv)
    if any(r.startswith("-") for r in (args.old, args.new)):
        parser.error("a revision cannot begin with '-'")
    with tempfile.TemporaryDirectory() as scratch:
        trees = [
            _tree(r, Path(scratch) / side) for side, r in (("old", args.old), ("new", args.new))
        ]
        try:
            old, new = (dump(t, args.sets.resolve()) for t in trees)
        finally:
            for t in trees:
                if t != ROOT:
                    subprocess.run(
                        ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(t)],
                        check=False,
                    )
    lines, counts = compare(old, new, args.all_kinds)
    print("\n".join(lines))
    print(", ".join(f"{k} {v:+d}" if k == "deadlines" else f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
