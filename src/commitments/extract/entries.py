"""Candidates as the ledger will hold them: which ones it tracks already, where they
come from (`--summit`, `--declared`, the document), their ids, their TOML tables and
their JSON records. `--format toml`, `--apply` and `--review` all write these tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from commitments.due_expr import DueError, parse_due
from commitments.extract.candidates import Candidate
from commitments.model import Commitment, Summit
from commitments.write.requests import reads_same, slugify
from commitments.write.tables import toml_table


class Provenance(NamedTuple):
    """What every candidate of one document shares."""

    declared: dt.date | None
    summit: Summit | None = None
    source: str | None = None  # the evidence's description: --source, else the document's
    url: str | None = None


def _bare(text: str | None) -> str:
    return (reads_same(text) or "").strip(" \"'“”‘’.,;:")


def tracked(candidates: Sequence[Candidate], ledger: Iterable[Commitment]) -> list[Candidate]:
    """Each candidate with ``tracked``: the id of a ledger commitment quoting it (the same
    words, or a quote that holds them or that they hold; case, spacing and dashes aside).
    Among several, the one whose deadline ends on the same day, else the first."""
    quoted = [(c, _bare(c.quote)) for c in ledger if c.quote]
    result = []
    for candidate in candidates:
        mine = _bare(candidate.quote)
        same = [c for c, q in quoted if q and mine and (mine in q or q in mine)]
        chosen = None
        if same:
            exact = [c for c in same if _bare(c.quote) == mine]
            chosen = (exact or same)[0]
            end = candidate.window_end
            if end is not None:
                for c in exact or same:
                    if _deadline(c) == end:
                        chosen = c
                        break
        result.append(candidate._replace(tracked=chosen.id if chosen else None))
    return result


def _deadline(c: Commitment) -> dt.date | None:
    if c.due is None:
        return None
    try:
        return parse_due(c.due, declared=c.declared, hemisphere=c.hemisphere).end
    except DueError:
        return None


def new_ids(candidates: Sequence[Candidate], taken: Iterable[str]) -> list[str]:
    """An id for each candidate from its title, unique against ``taken`` and each other."""
    used = set(taken)
    ids = []
    for candidate in candidates:
        made = slugify(candidate.title, used)
        used.add(made)
        ids.append(made)
    return ids


def values(candidate: Candidate, made_id: str, provenance: Provenance, note: str) -> dict[str, Any]:
    """The keys of the candidate's [[commitment]] table, in the ledger's order. With a
    summit, what the ledger takes from it (declared, parties, source, url) is left out."""
    summit = provenance.summit
    declared = provenance.declared
    inherit = summit is not None
    return {
        "id": made_id,
        "title": candidate.title,
        "due": candidate.due,
        "declared": None if inherit and declared == summit.date else declared,  # type: ignore[union-attr]
        "parties": [] if inherit else list(candidate.parties),
        "host": candidate.host,
        "strength": candidate.strength,
        "summit": summit.id if summit is not None else None,
        "source": None if inherit and provenance.source == summit.source else provenance.source,  # type: ignore[union-attr]
        "url": None if inherit and provenance.url in (None, summit.url) else provenance.url,  # type: ignore[union-attr]
        "quote": candidate.quote,
        "notes": note,
    }


def note_of(candidate: Candidate, how: str) -> str:
    said = f"cue “{candidate.cue}”, confidence {candidate.confidence:.2f}"
    return f"Proposed by `commitments extract` ({said}); {how}."


def tables(
    candidates: Sequence[Candidate], ids: Sequence[str], provenance: Provenance, how: str
) -> list[str]:
    return [
        toml_table("commitment", values(c, i, provenance, note_of(c, how)))
        for c, i in zip(candidates, ids, strict=True)
    ]


def record(candidate: Candidate, provenance: Provenance) -> dict[str, Any]:
    """A candidate in JSON (docs/json.md, "extract")."""
    found = candidate.deadline
    window = found.window if found is not None else None
    return {
        "quote": candidate.quote,
        "title": candidate.title,
        "strength": candidate.strength,
        "cue": candidate.cue,
        "confidence": candidate.confidence,
        "due": candidate.due,
        "due_words": found.words if found is not None else None,
        "start": window.start.isoformat() if window and window.start else None,
        "end": window.end.isoformat() if window else None,
        "parties": list(candidate.parties),
        "named": list(candidate.named),
        "host": candidate.host,
        "tracked": candidate.tracked,
        "declared": provenance.declared.isoformat() if provenance.declared else None,
        "sentence": candidate.sentence.text,
        "offset": [candidate.start, candidate.end],
    }
