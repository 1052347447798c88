"""`extract --format toml`: the candidates as [[commitment]] tables, ready to append
after review; those the ledger tracks already are listed as comments, not tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from commitments.extract.entries import distinct, tables
from commitments.text import carried, counted, visible

if TYPE_CHECKING:
    from commitments.extract.pipeline import Extraction


class Format:
    def candidates(self, extraction: Extraction, out: TextIO) -> None:
        fresh = [c for c in distinct(extraction.candidates) if c.tracked is None]
        made = tables(
            fresh, extraction.ids, extraction.provenance, "review it before relying on it"
        )
        untracked = sum(1 for c in extraction.candidates if c.tracked is None)
        again = (
            f" ({untracked - len(fresh)} more said again on the page)"
            if untracked > len(fresh)
            else ""
        )
        header = [
            f"# {counted(len(extraction.candidates), 'candidate commitment')} found by"
            f" `commitments extract` in {visible(extraction.document.name)};"
            f" {len(fresh)} not in the ledger yet{again}.",
            "# Review each one (title, strength, due, parties) before appending it.",
        ]
        header += [
            f"# tracked already as {visible(c.tracked)}: {visible(c.title)}"
            for c in extraction.candidates
            if c.tracked is not None
        ]
        out.write(carried("\n".join(header) + "\n", out))
        for candidate, table in zip(fresh, made, strict=True):
            if candidate.similar is not None:
                same = visible(candidate.similar)
                table = f"# perhaps the same as {same}: check before appending\n{table}"
            out.write(carried("\n" + table, out))
