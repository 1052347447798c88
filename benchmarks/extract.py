"""How well `extract` finds the commitments an analyst labelled (benchmarks/extract/).

    python benchmarks/extract.py

Prints, per source and overall, for the extractor and for a keyword baseline: recall
and precision with one-to-one matching (a candidate counts for one labelled
commitment only), for each strength the share of its labelled commitments found with
that strength, and how many labelled deadlines were found with the same last day: of
all labelled, and (in brackets) of those whose commitment was found, which says how
well a deadline is read apart from how often its commitment is missed, and of the
found commitments it gave a deadline, which counts a deadline it made up too.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from commitments.due_expr import parse_due  # noqa: E402
from commitments.extract.candidates import Settings, extract  # noqa: E402
from commitments.extract.sentences import sentences  # noqa: E402

STRENGTHS = ("pledge", "intent", "proposal", "forecast")


class Span(NamedTuple):
    """A labelled commitment or a candidate: where its quote is, and what it says."""

    start: int
    end: int
    strength: str
    end_day: dt.date | None  # the deadline's last day


class Source(NamedTuple):
    name: str
    text: str
    declared: dt.date
    labels: list[Span]
    kind: str  # declaration (the parties' own text), report or preview (LABELLING.md)
    unfinished: int  # where a last sentence cut off by the excerpt begins (else the end)


LABELS = HERE / "extract" / "labels.toml"
TEXTS = ROOT / "docs" / "sources"


def sources(path: Path = LABELS, texts: Path = TEXTS) -> list[Source]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = []
    for entry in data["file"]:
        text = (texts / entry["name"]).read_text(encoding="utf-8")
        labels = []
        # (a set whose texts hold no commitment has no [[label]] table: nothing to find)
        for label in data.get("label", []):
            if not entry["name"].startswith(label["file"]):
                continue
            at = text.find(label["quote"])
            if at < 0 or text.count(label["quote"]) != 1:
                raise SystemExit(f"{entry['name']}: quote not found once: {label['quote']!r}")
            due = label.get("due")
            end = parse_due(due, declared=entry["declared"]).end if due else None
            labels.append(Span(at, at + len(label["quote"]), label["strength"], end))
        kind = entry.get("kind", "")
        found.append(Source(entry["name"], text, entry["declared"], labels, kind, _cut(text)))
    return found


def _cut(text: str) -> int:
    """An excerpt that stops mid-sentence: its last sentence is not labelled (LABELLING.md),
    so a candidate there is neither right nor wrong."""
    if not text.rstrip() or text.rstrip()[-1] in '.!?"”’)]':
        return len(text)
    return sentences(text)[-1].start


def ours(text: str, declared: dt.date) -> list[Span]:
    return [
        Span(c.start, c.end, c.strength, c.window_end)
        for c in extract(text, Settings(declared=declared))
    ]


# --- The keyword baseline: a sentence with a cue word is a candidate ------------------
_BASELINE_CUES = {
    "pledge": r"agreed|agreement|decided|will|shall|committed|commitment|planned|approved"
    r"|announced the decision|scheduled",
    "intent": r"welcomed?|interest|readiness|support|underlined|stressed|noted|invited"
    r"|called on|need",
    "proposal": r"proposed|proposals?|suggested",
    "forecast": r"expects?|expected|likely",
}
_BASELINE_DUE = re.compile(r"\b(by|in) ((?:19|20)\d\d)\b")


def baseline(text: str, declared: dt.date) -> list[Span]:
    found = []
    for sentence in sentences(text):
        first = None
        for strength, words in _BASELINE_CUES.items():
            m = re.search(rf"\b(?:{words})\b", sentence.text, re.IGNORECASE)
            if m and (first is None or m.start() < first[0]):
                first = (m.start(), strength)
        if first is None:
            continue
        due = _BASELINE_DUE.search(sentence.text)
        end = dt.date(int(due.group(2)), 12, 31) if due else None
        found.append(Span(sentence.start, sentence.end, first[1], end))
    return found


# --- Scoring ---------------------------------------------------------------------------
def _overlap(a: Span, b: Span) -> float:
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared / min(a.end - a.start, b.end - b.start) if shared > 0 else 0.0


def matched(labels: Sequence[Span], found: Sequence[Span]) -> list[tuple[Span, Span]]:
    """One-to-one: the pairs that overlap by half of the shorter, best overlaps first."""
    pairs = sorted(
        (
            (_overlap(lab, cand), i, j)
            for i, lab in enumerate(labels)
            for j, cand in enumerate(found)
        ),
        reverse=True,
    )
    used_l, used_c, result = set(), set(), []
    for share, i, j in pairs:
        if share < 0.5 or i in used_l or j in used_c:
            continue
        used_l.add(i)
        used_c.add(j)
        result.append((labels[i], found[j]))
    return result


class Score(NamedTuple):
    labelled: int
    found: int
    matched: int
    by_strength: dict[str, tuple[int, int]]  # strength: (right, labelled)
    deadlines: tuple[int, int]  # (right, labelled)
    dated_found: int = 0  # labelled deadlines whose commitment was found (right or not)
    dated_by_it: int = 0  # found commitments it gave a deadline (the label has one or not)

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    def __add__(self, other: object) -> Score:
        assert isinstance(other, Score)
        return Score(
            self.labelled + other.labelled,
            self.found + other.found,
            self.matched + other.matched,
            {
                s: (
                    self.by_strength[s][0] + other.by_strength[s][0],
                    self.by_strength[s][1] + other.by_strength[s][1],
                )
                for s in STRENGTHS
            },
            (self.deadlines[0] + other.deadlines[0], self.deadlines[1] + other.deadlines[1]),
            self.dated_found + other.dated_found,
            self.dated_by_it + other.dated_by_it,
        )


def score(labels: Sequence[Span], found: Sequence[Span], unfinished: int | None = None) -> Score:
    pairs = matched(labels, found)
    if unfinished is not None:
        kept = {id(cand) for _, cand in pairs}
        found = [c for c in found if c.start < unfinished or id(c) in kept]
    by_strength = {
        s: (
            sum(1 for lab, cand in pairs if lab.strength == s and cand.strength == s),
            sum(1 for lab in labels if lab.strength == s),
        )
        for s in STRENGTHS
    }
    dated = sum(1 for lab in labels if lab.end_day is not None)
    right = sum(1 for lab, cand in pairs if lab.end_day is not None and cand.end_day == lab.end_day)
    dated_found = sum(1 for lab, _ in pairs if lab.end_day is not None)
    dated_by_it = sum(1 for _, cand in pairs if cand.end_day is not None)
    return Score(
        len(labels), len(found), len(pairs), by_strength, (right, dated), dated_found, dated_by_it
    )


def scores(
    finder: Callable[[str, dt.date], list[Span]], labels: Path = LABELS, texts: Path = TEXTS
) -> dict[str, Score]:
    return {
        s.name: score(s.labels, finder(s.text, s.declared), s.unfinished)
        for s in sources(labels, texts)
    }


def kinds(labels: Path = LABELS, texts: Path = TEXTS) -> dict[str, str]:
    """Each file's kind: the issue's goals are set on declarations, the parties' own text."""
    return {s.name: s.kind for s in sources(labels, texts)}


def overall(results: dict[str, Score]) -> Score:
    """The files' scores added up."""
    return sum(results.values(), start=Score(0, 0, 0, dict.fromkeys(STRENGTHS, (0, 0)), (0, 0)))


def _row(name: str, sc: Score) -> str:
    strengths = "  ".join(f"{s} {sc.by_strength[s][0]}/{sc.by_strength[s][1]}" for s in STRENGTHS)
    return (
        f"{name:28} R {sc.recall:4.2f} ({sc.matched}/{sc.labelled})  "
        f"P {sc.precision:4.2f} ({sc.matched}/{sc.found})  {strengths}  "
        f"deadlines {sc.deadlines[0]}/{sc.deadlines[1]} ({sc.deadlines[0]}/{sc.dated_found} found,"
        f" {sc.deadlines[0]}/{sc.dated_by_it} it dated)"
    )


def pooled(sets: Path) -> None:
    """Each held-out set under ``sets`` (a folder with labels.toml and texts/), on its
    declarations, then all of them together: the issue's goals are set on those."""
    for title, finder in (("extract", ours), ("keyword baseline", baseline)):
        print(f"== {title} (each set's declarations)")
        every = []
        for folder in sorted(p for p in sets.iterdir() if (p / "labels.toml").is_file()):
            results = scores(finder, folder / "labels.toml", folder / "texts")
            of_kind = kinds(folder / "labels.toml", folder / "texts")
            mine = overall({n: sc for n, sc in results.items() if of_kind[n] == "declaration"})
            every.append(mine)
            print(_row(folder.name, mine))
        print(_row("all sets, declarations", overall(dict(enumerate(every)))))


def main(argv: Sequence[str]) -> None:
    """``--labels FILE --texts DIR``: another labelled set (a held-out one) than the seed;
    ``--sets DIR``: every set in DIR, one line each and pooled."""
    if "-h" in argv or "--help" in argv:
        print(
            (__doc__ or "").strip()
            + "\n\n    --labels FILE --texts DIR   another labelled set than the seed"
            + "\n    --sets DIR                  every set in DIR (a folder with labels.toml"
            + " and texts/), one line each and pooled"
        )
        return
    if "--sets" in argv:
        at = argv.index("--sets") + 1
        folder = Path(argv[at]) if at < len(argv) else None
        if folder is None or not folder.is_dir():
            raise SystemExit(
                f"--sets: not a folder: {folder}" if folder else "--sets needs a folder"
            )
        if not any((p / "labels.toml").is_file() for p in folder.iterdir()):
            raise SystemExit(f"--sets: no set (a folder with labels.toml) in {folder}")
        try:
            pooled(folder)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError) as exc:
            raise SystemExit(f"--sets: a set cannot be read: {exc!r}") from None
        return
    labels = Path(argv[argv.index("--labels") + 1]) if "--labels" in argv else LABELS
    texts = Path(argv[argv.index("--texts") + 1]) if "--texts" in argv else TEXTS
    print(f"labels: {labels}")
    for title, finder in (("extract", ours), ("keyword baseline", baseline)):
        print(f"== {title}")
        results = scores(finder, labels, texts)
        for name, sc in results.items():
            print(_row(name, sc))
        of_kind = kinds(labels, texts)
        for kind in sorted(set(of_kind.values()) - {""}):
            subtotal = overall({n: sc for n, sc in results.items() if of_kind[n] == kind})
            print(_row(f"overall, {kind}s", subtotal))
        total = overall(results)
        print(_row("overall", total))
        shares = "  ".join(
            f"{s} {total.by_strength[s][0] / total.by_strength[s][1]:.2f}"
            for s in STRENGTHS
            if total.by_strength[s][1]
        )
        print(f"{'':28} {shares}")


if __name__ == "__main__":
    main(sys.argv[1:])
