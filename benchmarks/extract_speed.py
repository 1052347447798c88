"""How long `extract` takes as the text grows (the goal: 50,000 words in 10 s or less,
growing linearly).

    python benchmarks/extract_speed.py

The text is the five seed sources repeated until it has the words asked for; each size
is timed three times (best kept), from the text to the candidates (segmenting,
cues, deadlines, parties, titles), with the start-up of the segmenter paid once before.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import datetime as dt  # noqa: E402

from commitments.extract.candidates import Settings, extract  # noqa: E402

SIZES = (12_500, 25_000, 50_000, 100_000)


def text_of(words: int) -> str:
    seed = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs" / "sources").glob("*.txt"))
    )
    seed_words = seed.split()
    times = words // len(seed_words) + 1
    return " ".join((seed + "\n\n") for _ in range(times))


def main() -> None:
    settings = Settings(declared=dt.date(2025, 5, 30))
    extract("A warm-up: the leaders agreed to meet in 2026.", settings)
    print(f"{'words':>8} {'seconds':>8} {'words/s':>9} {'candidates':>10}")
    per_word = []
    for size in SIZES:
        text = text_of(size)
        words = len(text.split())
        best = min(_timed(text, settings) for _ in range(3))
        found = len(extract(text, settings))
        per_word.append(best[0] / words)
        print(f"{words:>8,} {best[0]:>8.2f} {words / best[0]:>9,.0f} {found:>10,}")
    first, last = per_word[0] * 1000, per_word[-1] * 1000
    print(f"seconds per 1,000 words, smallest to largest: {first:.3f} → {last:.3f}")


def _timed(text: str, settings: Settings) -> tuple[float]:
    began = time.perf_counter()
    extract(text, settings)
    return (time.perf_counter() - began,)


if __name__ == "__main__":
    main()
