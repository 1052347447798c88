"""`extract SOURCE`: the document, its candidates, and what the ledger knows of them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import BinaryIO, NamedTuple

from commitments.errors import UsageError
from commitments.extract.candidates import Candidate, Settings, extract
from commitments.extract.document import Document, read_source
from commitments.extract.entries import Provenance, distinct, new_ids, tracked
from commitments.ledger.read import read_ledger
from commitments.model import Ledger


class Request(NamedTuple):
    source: str
    declared: dt.date | None = None
    summit: str | None = None
    source_text: str | None = None  # --source: how the evidence is described
    url: str | None = None  # --url: the evidence's address
    min_confidence: float = 0.0
    timeout: float = 15.0
    today: dt.date | None = None  # a date found in the source after it is not believed


class Extraction(NamedTuple):
    document: Document
    candidates: list[Candidate]
    provenance: Provenance
    ids: list[str]  # for the untracked candidates, in order
    notes: list[str]  # what the reader should know: no declared day, no ledger


def provenance_of(request: Request, document: Document, ledger: Ledger | None) -> Provenance:
    summit = None
    if request.summit is not None:
        if ledger is None:
            raise UsageError(f"--summit: there is no ledger to find summit {request.summit!r} in")
        try:
            summit = ledger.summit_named(request.summit)
        except UsageError as exc:
            raise UsageError(f"--summit: {exc.message}") from None
    found = document.date
    if found is not None and found > (request.today or found):
        found = None  # a PDF's "created 9999-12-31" is not when anything was declared
    declared = request.declared or (summit.date if summit else None) or found
    source = request.source_text or (summit.source if summit else None)
    if source is None:
        # what names it anywhere: the title, and the file's name (not where it lies)
        where = Path(document.name).name if document.url is None else None
        if document.name == "standard input":
            where = None
        title = document.title
        source = f"{title} ({where})" if title and where else title or where or document.name
    url = request.url or document.url or (summit.url if summit else None)
    return Provenance(declared, summit, source, url)


def extraction(request: Request, stdin: BinaryIO | None, ledger: Ledger | None) -> Extraction:
    document = read_source(request.source, stdin, timeout=request.timeout)
    provenance = provenance_of(request, document, ledger)
    notes = []
    if provenance.declared is None:
        notes.append(
            "no declared day (give --declared or --summit): relative deadlines such as"
            " “next year” are left unresolved, and past dates are not told from deadlines"
        )
    elif request.declared is None and provenance.summit is None:
        where = "metadata" if document.kind in ("html", "pdf") else "dateline"
        notes.append(
            f"declared {provenance.declared} (the source's {where}; give --declared if"
            " that is not the day it was declared)"
        )
    declared, today = provenance.declared, request.today
    if declared is not None and today is not None and declared > today:
        # (a typo's year, "2062" for "2026": every date before it would read as past)
        notes.append(
            f"declared {declared} is after today ({today}): dates before it are read as"
            " past, not as deadlines; is that the day it was declared?"
        )
    if not _reads_as_english(document.text):
        notes.append(
            "the text does not read as English: the rules read English, so they find few"
            " candidates in it or none"
        )
    parties = provenance.summit.parties if provenance.summit is not None else ()
    found = extract(document.text, Settings(provenance.declared, parties))
    found = [c for c in found if c.confidence >= request.min_confidence]
    if ledger is not None:
        found = tracked(found, ledger.commitments, provenance.summit_id)
    taken = [c.id for c in ledger.commitments] + [s.id for s in ledger.summits] if ledger else []
    ids = new_ids([c for c in distinct(found) if c.tracked is None], taken)
    return Extraction(document, found, provenance, ids, notes)


# English's commonest words: a page of English prose has several in every hundred
_ENGLISH = frozenset(
    "the and of to in a is that for on with as by be are will".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_]+")


def _reads_as_english(text: str) -> bool:
    """At least two words in a hundred are English's commonest (French, Spanish or
    Russian prose has almost none); a text of fewer than forty words is not judged."""
    words = _WORD.findall(text[:20_000])
    if len(words) < 40:
        return True
    common = sum(1 for w in words if w.lower() in _ENGLISH)
    return common * 50 >= len(words)


def ledger_if_any(path: Path) -> Ledger | None:
    """The ledger, when there is one: extract reads a text without it, and then knows
    nothing of what is tracked already."""
    if not path.exists():
        return None
    return read_ledger(path)
