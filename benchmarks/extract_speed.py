"""How long `extract` takes as the text grows (the goal: 50,000 words in 10 s or less,
growing linearly).

    python benchmarks/extract_speed.py

The text is the five seed sources repeated until it has the words asked for; each size
is timed three times (best kept), from the text to the candidates (segmenting,
cues, deadlines, parties, titles), with the start-up of the segmenter paid once before.
Then texts built against the rules' own patterns (long runs of what a pattern repeats
over), at two sizes each: the time must grow with the size, not faster.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import datetime as dt  # noqa: E402

from commitments.extract.candidates import Settings, extract  # noqa: E402
from commitments.extract.entries import tracked  # noqa: E402
from commitments.model import Commitment  # noqa: E402

SIZES = (12_500, 25_000, 50_000, 100_000)
SIZES_AGAINST_A_LEDGER = (2_000, 4_000, 8_000)


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
    print(f"\n{'against a pattern':<34} {'characters':>10} {'seconds':>8} {'x10 chars':>10}")
    for name, make in HOSTILE.items():
        small, large = make(1_000), make(10_000)
        took = [min(_timed(t, settings) for _ in range(2))[0] for t in (small, large)]
        print(f"{name:<34} {len(large):>10,} {took[1]:>8.2f} {took[1] / max(took[0], 1e-6):>9.1f}x")
    against_a_ledger()


# What each rule's pattern repeats over, n times: a super-linear pattern shows as a
# ratio far above 10 between the two sizes.
HOSTILE = {
    "capitalised words before 'as'": lambda n: "We welcome " + "Japan " * n + "to",
    "'and' after a commitment verb": lambda n: "They reaffirm their " + "and " * n,
    "brackets before 'to'": lambda n: "We encourage the " + "(a) " * n + "x",
    "'will' and an effect verb": lambda n: "The leaders will help. " * (n // 5),
    "short lines ending in a verb": lambda n: "THE SUMMIT DIRECTED\n" * (n // 3),
    "a dateline's opening": lambda n: "Lusaka, " * n + "December 02, 2022: x",
    "year spans": lambda n: "the 2022 to 2023 " * (n // 4),
    "'made at' after 'recall'": lambda n: "We recall " + "made at " * n,
    "', at which'": lambda n: "We agreed to " + ", at which " * n,
    "possessives before 'support'": lambda n: "We confirmed the " + "United’s " * n + "support",
    "abbreviations with full stops": lambda n: "Ltd. " * n,
    "dated items under a lead-in": lambda n: (
        "We agreed on these meetings:\n\n" + "- A meeting in Lima in August 2026.\n\n" * (n // 8)
    ),
    "'requested' before 'to'": lambda n: "The Council requested " + "the body " * n + "x",
    "'requested' and a listed object": lambda n: "REQUESTS the Commission" + ", the Body" * n,
    "'agreed that' without a modal": lambda n: "They agreed that " * n + "it is so.",
    "'welcomed' and a guest's words": lambda n: "We welcomed the " + "new delegation " * n,
    "days in figures": lambda n: "We will meet on 21/9/2026 and " * (n // 8),
    "items of two sentences": lambda n: (
        "They intend to:\n" + "- Hold a meeting in 2027. It is new.\n" * (n // 10)
    ),
    "a commitment described 'by'": lambda n: "Europe is guided by a commitment to the " * (n // 8),
    "a schedule's present tense": lambda n: "She arrives in Rome and " * (n // 6),
    "lower-case items after blank lines": lambda n: (
        "They agreed on the following:\n\n" + "holding a meeting in 2027\n\n" * (n // 26)
    ),
    "a preamble's modal before its comma": lambda n: (
        "Recognizing that this would need terms, " * (n // 40) + "we agreed to act."
    ),
    "dates in phrases before clauses": lambda n: "and in 2030, Japan will meet " * (n // 29),
    "a subject after a subordinate clause": lambda n: (
        "While Namibia is ready to open, Angola undertook to act " * (n // 55)
    ),
    "a motive's need before its verb": lambda n: (
        "Guided by the need to act, Aware of the need for " * (n // 49) + "we agreed to act."
    ),
    "imperatives after headings": lambda n: "Vaccinate the world: Support the goal.\n" * (n // 39),
    # a contents page's rule of hyphens, no colon after it: one reading, not countless
    "hyphen runs without a colon": lambda n: ("Introduction" + "-" * 60 + " 2\n") * (n // 75),
    # each sentence is placed after the last, among its own earlier occurrences
    "one sentence said again and again": lambda n: "Yes. " * (n // 5),
    # the clause of an expectation is looked for before each modal of its sentence
    "modals after an expectation": lambda n: (
        "We commit to talks, with the expectation that " + "they will act and " * (n // 4)
    ),
    "aims and desires held, again and again": lambda n: (
        "We have a shared desire to reaffirm our common ambition of ending " * (n // 11)
    ),
    # the twelfth session's: names after commas, relations welcomed, bases described
    "names after a preamble's commas": lambda n: (
        "Recognising that it matters" + ", Australia and the United States" * (n // 33)
    ),
    "relations welcomed, word after word": lambda n: (
        "They welcomed the friendly, close and " + "warm, " * (n // 6) + "bilateral relations"
    ),
    "what a partnership encompasses": lambda n: (
        "It encompasses trade ties, " + "growing links, " * (n // 15) + "a commitment to peace."
    ),
    # the thirteenth session's: a welcome of cooperation as it stands, looked at up to
    # the sentence's end for a "will" that makes it one to come; a need among what was
    # discussed
    "cooperation welcomed, again and again": lambda n: (
        # ("active", not "close": "the close cooperation" is an older rule's, met first)
        "They welcomed active cooperation, " * (n // 34) + "which will grow."
    ),
    "needs among what was discussed": lambda n: (
        "We discussed our cooperation, including " + "the need for trade, " * (n // 20) + "too."
    ),
    # the fifteenth session's: adverbs after an agreed effect (two ways to read "greatly"
    # once made a run of them exponential), a time looked for after each welcome of
    # growth, words before a report welcomed
    "adverbs after an agreed effect": lambda n: (
        "They agreed that the relations will " + "greatly " * (n // 8) + "x."
    ),
    "growth welcomed, a time looked for": lambda n: (
        "They welcomed the expansion of ties " + "in the big " * (n // 11) + "x."
    ),
    "words before a report welcomed": lambda n: "They welcomed the " + "long, " * (n // 6) + "x",
    # a guest's titles and names, a list of members welcomed
    "names after a guest welcomed": lambda n: "They welcomed President " + "Abc " * (n // 4) + "x",
    "members welcomed, and the next": lambda n: "We welcomed " + "A, and the B " * (n // 13) + "z",
    # a list's last item before "and", money announced, actions already taken welcomed
    "a list's items before 'and'": lambda n: "We will support " + "x, y, and z " * (n // 12) + ".",
    "money announced, again and again": lambda n: "announced $1 " * (n // 13) + "x",
    "actions already taken, welcomed": lambda n: (
        "welcomed the actions already being taken " * (n // 41) + "x"
    ),
    # the twenty-third session's: a headline's Title Case after a body tasked ("And",
    # "Of", "The" both joins and names: every reading was tried, time doubling or
    # tripling with each)
    "Title Case after 'officials of'": lambda n: (
        "They tasked senior officials of Abc" + " And The Abc" * (n // 12) + "."
    ),
    "Title Case after 'tasked'": lambda n: "Leaders Tasked The Abc" + " And Abc" * (n // 8) + ".",
}


# Which ledger commitment each candidate is ("tracked", "similar"): many sentences
# against a large ledger, all of them made of a few common words, so that many share a
# word (a comparison of every pair took 52 s for 16,000 sentences and 16,000 entries).
TOPICS = [
    "water", "energy", "trade", "health", "climate", "education", "transport", "digital",
    "security", "culture",
]  # fmt: skip
NATIONS = [
    "Italy", "Japan", "Kenya", "Peru", "Chile", "Kazakhstan", "Norway", "Brazil", "Ghana", "Laos",
]  # fmt: skip


def against_a_ledger() -> None:
    rng = random.Random(1)
    declared = dt.date(2025, 5, 30)

    def promise(verb: str, i: int) -> str:
        topics = " and ".join(rng.sample(TOPICS, 2))
        return f"{rng.choice(NATIONS)} will {verb} the {i}th meeting on {topics} by {2026 + i % 5}."

    print(f"\n{'sentences':>9} {'entries':>8} {'seconds':>8}  (matching against the ledger)")
    for size in SIZES_AGAINST_A_LEDGER:
        text = " ".join(promise("host", i) for i in range(size))
        candidates = extract(text, Settings(declared=declared))
        ledger = [
            Commitment(
                id=f"c{i}",
                title=f"Organise forum {i} on {rng.choice(TOPICS)}",
                due=f"by {2026 + i % 5}",
                declared=declared,
                quote=promise("organise", i),
            )
            for i in range(size)
        ]
        began = time.perf_counter()
        tracked(candidates, ledger)
        print(f"{len(candidates):>9,} {len(ledger):>8,} {time.perf_counter() - began:>8.2f}")


def _timed(text: str, settings: Settings) -> tuple[float]:
    began = time.perf_counter()
    extract(text, settings)
    return (time.perf_counter() - began,)


if __name__ == "__main__":
    main()
