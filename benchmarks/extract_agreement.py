"""How far two readers of the same page agree (benchmarks/extract/agreement/).

    python benchmarks/extract_agreement.py

Some pages were found again by a later reader, who labelled them blind by the same
rules before the repeat was noticed and taken out of the later set. Each such second
reading is kept in `extract/agreement/` and paired in `pairs.txt` with the kept set's
text. The first reader's labels are taken as the truth and the second reader's as the
candidates, scored as `extract.py` scores the extractor (one-to-one matching, strengths,
deadlines), on the part of the page both excerpts hold: a label counts only where its
quote is in both texts. The extractor cannot be expected to agree with a reader more
than two readers agree with each other.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import extract as bench  # noqa: E402

AGREEMENT = HERE / "extract" / "agreement"
HELDOUT = HERE / "extract" / "heldout"


def _common(spans: list[bench.Span], text: str, other: str) -> list[bench.Span]:
    """The spans whose quote the other excerpt holds too, placed on ``other``."""
    kept = []
    for span in spans:
        quote = text[span.start : span.end]
        at = other.find(quote)
        if at >= 0:
            kept.append(span._replace(start=at, end=at + len(quote)))
    return kept


def pairs() -> list[tuple[str, bench.Score]]:
    second = {s.name[:3]: s for s in bench.sources(AGREEMENT / "labels.toml", AGREEMENT / "texts")}
    found = []
    for line in (AGREEMENT / "pairs.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        number, kept = line.split()
        folder, name = kept.split("/")
        first = next(
            s
            for s in bench.sources(HELDOUT / folder / "labels.toml", HELDOUT / folder / "texts")
            if s.name.startswith(name)
        )
        again = second[number]
        # both readers' labels on the second text, each only where both excerpts hold it
        truth = _common(first.labels, first.text, again.text)
        other = _common(again.labels, again.text, first.text)
        other = _common(other, first.text, again.text)
        found.append((f"{number} vs {kept}", bench.score(truth, other)))
    return found


def main() -> None:
    results = pairs()
    for name, score in results:
        print(bench._row(name, score))
    print(bench._row("all pages read twice", bench.overall(dict(results))))


if __name__ == "__main__":
    main()
