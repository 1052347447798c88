"""Check one gathered set before it is measured: python check_set.py SET [--seen FILE].

SET is a folder with texts/, urls.txt and labels.toml (see reader.md); FILE lists the
addresses already used, one a line (the kept sets' urls.txt and the pages taken out).
Prints every problem, then OK or how many there are. Reads the ledger's due grammar from
this repository's src/, so that a reader's `due` is checked as the benchmark reads it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
from commitments.due_expr import parse_due

KINDS = ("declaration", "report", "preview")
STRENGTHS = ("pledge", "intent", "proposal", "forecast")


def problems(folder: Path, seen: set[str]) -> tuple[list[str], int, int]:
    found: list[str] = []
    urls: dict[str, str] = {}
    for n, line in enumerate((folder / "urls.txt").read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split(maxsplit=1)
        if not parts:
            continue
        if len(parts) != 2 or not re.fullmatch(r"\d{3}", parts[0]):
            found.append(f"urls.txt line {n}: expected 'NNN URL'")
            continue
        urls[parts[0]] = parts[1].strip()
        if parts[1].strip() in seen:
            found.append(f"urls.txt line {n}: this address was already used: {parts[1]}")
    try:
        data = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        return [f"labels.toml: not valid TOML: {exc}"], 0, 0
    texts: dict[str, tuple[str, str, object]] = {}
    names = {p.name for p in (folder / "texts").iterdir()}
    for entry in data.get("file", []):
        name = entry.get("name", "")
        m = re.fullmatch(r"(\d{3})_([0-9a-f]{8})\.txt", name)
        if not m:
            found.append(f"[[file]] {name!r}: name must be NNN_HHHHHHHH.txt")
            continue
        if name not in names:
            found.append(f"[[file]] {name}: no such file in texts/")
            continue
        url = urls.get(m.group(1))
        if url is None:
            found.append(f"{name}: no line {m.group(1)} in urls.txt")
        elif hashlib.sha1(url.encode()).hexdigest()[:8] != m.group(2):
            found.append(f"{name}: {m.group(2)} is not the first 8 hex digits of sha1({url!r})")
        if entry.get("kind") not in KINDS:
            found.append(f"{name}: kind must be declaration, report or preview")
        if not isinstance(entry.get("declared"), dt.date):
            found.append(f"{name}: declared must be a TOML date (2024-05-17)")
        try:
            text = (folder / "texts" / name).read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            found.append(f"{name}: not UTF-8")
            continue
        if not 500 <= len(text) <= 4000:
            found.append(f"{name}: {len(text)} characters; expected about 2,000")
        texts[m.group(1)] = (name, text, entry.get("declared"))
    for extra in sorted(names - {e.get("name") for e in data.get("file", [])}):
        found.append(f"texts/{extra}: no [[file]] entry for it")
    labels = data.get("label", [])
    for i, label in enumerate(labels, 1):
        where = f"label {i} (file {label.get('file')!r})"
        got = texts.get(label.get("file", ""))
        if got is None:
            found.append(f"{where}: file must be the NNN of a [[file]] entry")
            continue
        name, text, declared = got
        quote = label.get("quote", "")
        times = text.count(quote) if quote else 0
        if times != 1:
            found.append(f"{where}: quote found {times} times in {name} (must be once)")
        if label.get("strength") not in STRENGTHS:
            found.append(f"{where}: strength must be pledge, intent, proposal or forecast")
        if "due" in label:
            day = declared if isinstance(declared, dt.date) else None
            try:
                window = parse_due(label["due"], declared=day)
            except ValueError as exc:  # the grammar's DueError says what was expected
                found.append(f"{where}: due {label['due']!r} is not a due expression: {exc}")
            else:
                if day is not None and window.end < day:
                    found.append(f"{where}: due {label['due']!r} ends before declared {day}")
        extra_keys = set(label) - {"file", "quote", "strength", "due"}
        if extra_keys:
            found.append(f"{where}: unknown keys {sorted(extra_keys)}")
    return found, len(texts), len(labels)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print((__doc__ or "").strip())
        return 0 if argv else 2
    seen: set[str] = set()
    if "--seen" in argv:
        at = argv.index("--seen")
        lines = Path(argv[at + 1]).read_text(encoding="utf-8").splitlines()
        seen = {line.split()[-1] for line in lines if line.strip()}
    found, files, labels = problems(Path(argv[0]), seen)
    for problem in found:
        print(problem)
    print("OK" if not found else f"{len(found)} problem(s)")
    print(f"{files} files, {labels} labels")
    return 0 if not found else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
