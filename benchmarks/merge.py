"""Merge two branches that each appended 1,000 updates to a 10,000-commitment ledger.

    python benchmarks/merge.py [--updates 1000] [--tables 20000] [--rounds 5] [--work DIR]

A real git repository set up by `commitments git-setup`; each branch appends its
updates as the tool writes them (write/tables.py, one table per update, the bytes
`commitments update` appends; running `update` 2,000 times would time the writer,
not the merge). Times `git merge` through the driver, then checks that every update
of both branches is there once, the base is a prefix, and the result passes `check`.
Exits 1 if anything was lost or the merge was not clean.

Then times the driver's join alone (git/merge.py's merge(), no git, no file) on
--tables appended tables a side: it was quadratic once (7 s at 20,000 a side); and
the two sides that made it quadratic again (a long note of header-like lines, an
unterminated multi-line string), each under 2 s.
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
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent

from commitments.git.merge import merge  # noqa: E402
from commitments.write.tables import toml_table  # noqa: E402


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout


def appended(ids: list[str], side: str, count: int) -> str:
    return "".join(
        "\n"
        + toml_table(
            "update",
            {
                "commitment": ids[(i * 7919) % len(ids)],
                "on": dt.date(2026, 11, 1 + i % 20),
                "note": f"{side} desk, update {i}",
                "by": side,
            },
        )
        for i in range(count)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=1000, help="appended on each branch")
    parser.add_argument("--tables", type=int, default=20_000, help="a side, for merge() alone")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="commitments-merge-"))
    generated = work / "generated" / "commitments.toml"
    if not generated.exists():
        print(f"generating a 10,000 / 50,000 ledger in {generated.parent} …", flush=True)
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(generated.parent)], check=True
        )
    repo = work / "repo"
    shutil.rmtree(repo, ignore_errors=True)
    repo.mkdir()
    env = os.environ
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    for who in ("AUTHOR", "COMMITTER"):
        env[f"GIT_{who}_NAME"], env[f"GIT_{who}_EMAIL"] = "bench", "bench@example.org"
    git("init", "-q", "-b", "main", cwd=repo)
    shutil.copyfile(generated, repo / "commitments.toml")
    base = (repo / "commitments.toml").read_bytes()
    doc = tomllib.loads(base.decode())
    ids = [c["id"] for c in doc["commitment"]]
    before = len(doc.get("update", []))
    subprocess.run(
        [sys.executable, "-m", "commitments", "git-setup"],
        cwd=repo,
        check=True,
        capture_output=True,
    )
    git("add", ".", cwd=repo)
    git("commit", "-q", "-m", "base", cwd=repo)
    for side in ("theirs", "ours"):
        git("checkout", "-q", "-B", side, "main", cwd=repo)
        with (repo / "commitments.toml").open("a", encoding="utf-8") as handle:
            handle.write(appended(ids, side, args.updates))
        git("commit", "-q", "-am", f"{side}: {args.updates} updates", cwd=repo)
    ours_commit = git("rev-parse", "HEAD", cwd=repo).strip()
    # Warm: the analyst has used the tool on this clone since the last commit (any
    # `update` or `due` reads the ledger), so the cache knows the base's chunks. Cold: a
    # clone the tool never read, with an empty cache.
    times: dict[str, list[float]] = {"warm": [], "cold": []}
    for round_ in range(args.rounds):
        for kind in ("warm", "cold"):
            git("reset", "-q", "--hard", ours_commit, cwd=repo)
            env["COMMITMENTS_CACHE_DIR"] = str(work / f"cache-{kind}-{round_}")
            if kind == "warm":  # what an analyst's last `update` or `due` left in the cache
                subprocess.run(
                    [sys.executable, "-m", "commitments", "due"], cwd=repo, capture_output=True
                )
            start = time.perf_counter()
            merged = subprocess.run(
                ["git", "merge", "-q", "-m", "merge", "theirs"],
                cwd=repo,
                capture_output=True,
                text=True,
            )
            times[kind].append(time.perf_counter() - start)
            if merged.returncode != 0:
                print(merged.stdout + merged.stderr)
                sys.exit(1)
    data = (repo / "commitments.toml").read_bytes()
    updates = tomllib.loads(data.decode()).get("update", [])
    notes = [u.get("note", "") for u in updates]
    kept = sum(1 for n in notes if " desk, update " in n)
    once = len(set(n for n in notes if " desk, update " in n))
    check = subprocess.run(
        [sys.executable, "-m", "commitments", "check"], cwd=repo, capture_output=True, text=True
    )
    print(f"ledger: {len(ids):,} commitments, {before:,} updates, {len(base) / 1e6:.1f} MB")
    print(f"each branch appended {args.updates:,} updates")
    for kind, taken in times.items():
        print(
            f"git merge through the driver, {kind} cache: median {statistics.median(taken):.2f} s,"
            f" min {min(taken):.2f} s, max {max(taken):.2f} s ({args.rounds} rounds)"
        )
    print(f"kept {kept:,} of {2 * args.updates:,} appended updates ({once:,} distinct)")
    print(f"base bytes a prefix of the result: {data.startswith(base)}")
    print(f"check: {check.stdout.strip() or check.stderr.strip()}")
    ok = kept == once == 2 * args.updates and data.startswith(base) and check.returncode == 0
    fast = all(statistics.median(taken) < 5 for taken in times.values())
    print(f"target: under 5 s, both cold and warm: {'met' if fast else 'missed'}")
    joins = join_alone(ids, args.tables, args.rounds)
    print(
        f"merge() alone, {args.tables:,} tables a side: median {statistics.median(joins):.2f} s,"
        f" min {min(joins):.2f} s, max {max(joins):.2f} s"
    )
    hard = pathological(ids, args.rounds)
    sys.exit(0 if ok and fast and hard else 1)


def pathological(ids: list[str], rounds: int) -> bool:
    """Sides that made the driver quadratic once: a 4,000-line note whose lines look like
    table headers (34 s), and an unterminated \"\"\" in the first of 4,000 tables (107 s).
    Each must be merged in under 2 s."""
    head = b"version = 1\n"
    theirs = head + appended(ids, "theirs", 10).encode()
    note = b'\n[[update]]\ncommitment = "x"\non = 2026-01-01\nnote = """\n' + b"[x]\n" * 4000
    cases = {
        "a 4,000-line note of header-like lines": head + note + b'"""\n',
        'an unterminated """ before 4,000 tables': head
        + b'\n[[update]]\ncommitment = "x"\non = 2026-01-01\nnote = """oops\n'
        + appended(ids, "ours", 4000).encode(),
    }
    met = True
    for name, ours in cases.items():
        taken = []
        for _ in range(rounds):
            start = time.perf_counter()
            merge(head, ours, theirs)
            taken.append(time.perf_counter() - start)
        met = met and max(taken) < 2
        print(f"merge() of {name}: max {max(taken):.3f} s ({rounds} rounds; target under 2 s)")
    return met


def join_alone(ids: list[str], tables: int, rounds: int) -> list[float]:
    head = b"version = 1\n"
    ours = head + appended(ids, "ours", tables).encode()
    theirs = head + appended(ids, "theirs", tables).encode()
    taken = []
    for _ in range(rounds):
        start = time.perf_counter()
        merged = merge(head, ours, theirs)
        taken.append(time.perf_counter() - start)
        if (merged.ours, merged.theirs, merged.conflicts) != (tables, tables, 0):
            print(f"merge() lost tables: {merged.ours}, {merged.theirs}, {merged.conflicts}")
            sys.exit(1)
    return taken


if __name__ == "__main__":
    main()
