"""Who kept their word: each party scored on each pledge, as the G7 Research Group does.

Each responsible party has a cell on each pledge, scored by the rules of scoring.py
when it is assessed (and left out of every mean when it is not). A commitment's
score is the mean of its scored cells, a party's the mean of its scored cells, the
report's the mean of its commitments' scores; each also as a percentage, (score +
1) / 2 × 100, and each with its coverage: how many of its cells were assessed, of
how many. With ``since``, each cell also carries its score as of that earlier day,
and the report lists what changed.

The report is plain data (``Report``); formats render it, so another renderer is a
small module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from commitments.model import PLEDGE, STATUSES, STRENGTHS, Commitment, Ledger, Summit, Update
from commitments.report.scoring import (
    FINAL,
    Assessment,
    cell_score,
    cells,
    commitment_score,
    mean,
    percent,
)
from commitments.report.state import State


@dataclass(frozen=True, slots=True)
class Cell:
    status: str
    score: int | None  # None: not scored (not assessed, or a status not scored)
    assessed: bool
    on: dt.date | None  # the date of the update (or declaration) that set the status
    source: str | None  # the latest source behind it
    previous: int | None = None  # with `since`: its score as of that day
    changed: bool = False  # with `since`: the score is not what it was
    previous_assessed: bool = False  # with `since`: assessed as of that day
    url: str | None = None  # the address of the latest evidence behind it


@dataclass(frozen=True, slots=True)
class Score:
    score: float | None
    assessed: int = 0  # cells assessed
    cells: int = 0  # of these
    scored: int = 0  # cells the mean rests on (assessed, with a status that scores)

    @property
    def percent(self) -> float | None:
        return percent(self.score)

    @property
    def thin(self) -> bool:
        """Resting on fewer than half of its cells: to be read with care."""
        return self.score is not None and 2 * self.scored < self.cells


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    title: str
    cells: dict[str, Cell]
    score: Score


@dataclass(frozen=True, slots=True)
class Change:
    id: str
    party: str
    before: int | None
    after: int | None
    was_assessed: bool = False
    is_assessed: bool = False


@dataclass(slots=True)
class Report:
    """The compliance matrix of one summit (or of everything): pledges × parties."""

    as_of: dt.date
    interim: bool
    summit: Summit | None
    parties: list[str]
    rows: list[Row]
    party_scores: dict[str, Score] = field(default_factory=dict)
    overall: Score = Score(None)
    since: dt.date | None = None
    changes: list[Change] = field(default_factory=list)
    # What the report was narrowed to: "parties", "tags", "summits" (the codes and
    # names asked for; empty when not narrowed).
    filters: dict[str, list[str]] = field(default_factory=dict)

    @property
    def assessed(self) -> int:
        return self.overall.assessed

    @property
    def cells(self) -> int:
        return self.overall.cells


def compliance_report(
    ledger: Ledger,
    states: Sequence[State],
    today: dt.date,
    *,
    summit: Summit | None = None,
    interim: bool = False,
    parties: Sequence[str] = (),
    since: tuple[dt.date, Sequence[State]] | None = None,
    filters: dict[str, list[str]] | None = None,
) -> Report:
    """The report as of ``today`` over ``states`` (the ledger as of that day, the rows
    chosen): the pledges of ``summit`` (else all), ``parties``' columns (else every
    responsible party's). ``since``: an earlier day and the states as of it, whose
    scores each cell is compared with."""
    chosen = [
        state
        for state in states
        if state.commitment.strength == PLEDGE
        and (summit is None or state.commitment.summit == summit.id)
        and state.commitment.answerable
    ]
    # A column for every party of the summit and every responsible party shown: a
    # blank cell is then "not responsible", never mistaken for "not assessed". In the
    # order of the summit's parties (of the ledger's summits, for a report of all of
    # them), so that every report of a ledger, final or interim, lines up the same.
    seen = dict.fromkeys(p for state in chosen for p in state.commitment.answerable)
    met = [p for s in ([summit] if summit else ledger.summits) for p in s.parties]
    order = dict.fromkeys(
        [*(summit.parties if summit else ()), *(p for p in met if p in seen), *seen]
    )
    columns = [p for p in order if not parties or p in parties]
    earlier = _scores(since[1], interim) if since else {}
    updates = _updates_of(ledger, [state.commitment.id for state in chosen])
    rows: list[Row] = []
    changes: list[Change] = []
    for state in chosen:
        c = state.commitment
        found = {p: a for p, a in cells(state).items() if p in columns}
        if not found:
            continue
        evidence = _evidence(c, updates.get(c.id, []), found)
        row_cells = {}
        for p, assessment in found.items():
            score = cell_score(assessment, interim)
            before, was_assessed = earlier.get((c.id, p), (None, False))
            changed = since is not None and before != score
            if changed:
                changes.append(Change(c.id, p, before, score, was_assessed, assessment.assessed))
            on, source, url = evidence[p]
            row_cells[p] = Cell(
                assessment.status,
                score,
                assessment.assessed,
                on,
                source,
                before,
                changed,
                was_assessed,
                url,
            )
        rows.append(Row(c.id, c.title, row_cells, _score(row_cells.values())))
    party_scores = {p: _score([row.cells[p] for row in rows if p in row.cells]) for p in columns}
    every = [cell for row in rows for cell in row.cells.values()]
    overall = Score(
        mean(row.score.score for row in rows if row.score.score is not None),
        sum(cell.assessed for cell in every),
        len(every),
        sum(cell.score is not None for cell in every),
    )
    return Report(
        today,
        interim,
        summit,
        columns,
        rows,
        party_scores,
        overall,
        since[0] if since else None,
        changes,
        {k: v for k, v in (filters or {}).items() if v},
    )


def _score(of: Iterable[Cell]) -> Score:
    found = list(of)
    scores = [c.score for c in found if c.score is not None]
    return Score(mean(scores), sum(c.assessed for c in found), len(found), len(scores))


def _scores(
    states: Sequence[State], interim: bool
) -> dict[tuple[str, str], tuple[int | None, bool]]:
    """Each cell's score among ``states`` (an earlier day's), and whether it was
    assessed, by (id, party)."""
    return {
        (state.commitment.id, p): (cell_score(a, interim), a.assessed)
        for state in states
        if state.commitment.strength == PLEDGE
        for p, a in cells(state).items()
    }


def _updates_of(ledger: Ledger, ids: list[str]) -> dict[str, list[Update]]:
    """The updates of these commitments, in file order. For a few, each one's (the cache
    builds only theirs); for more, one pass over them all."""
    if len(ids) <= 8:
        return {ident: ledger.updates_of(ident) for ident in ids}
    wanted = set(ids)
    found: dict[str, list[Update]] = {}
    for u in ledger.updates:
        if u.commitment in wanted:
            found.setdefault(u.commitment, []).append(u)
    return found


Evidence = tuple[dt.date | None, str | None, str | None]  # on, source, url


def _evidence(
    c: Commitment, updates: Sequence[Update], found: dict[str, Assessment]
) -> dict[str, Evidence]:
    """For each party, when its status was set and the latest evidence (source and
    address) up to then: from its own assessments if it has any with a status, else
    from the commitment's; none for a cell nobody has assessed (the pledge's
    announcement is no evidence of what was done)."""
    in_order = sorted(updates, key=lambda u: u.on)  # stable: ties in file order
    general = _set_by([u for u in in_order if u.party is None], c)
    evidence: dict[str, Evidence] = {}
    for p, assessment in found.items():
        if not assessment.assessed:
            evidence[p] = (None, None, None)
        elif assessment.own:
            evidence[p] = _set_by([u for u in in_order if u.party == p], c)
        else:
            evidence[p] = general
    return evidence


def _set_by(updates: Sequence[Update], c: Commitment) -> Evidence:
    # Until an update sets a status, the commitment's own table is the evidence; after,
    # the latest evidence (a source, an address, or both) recorded up to that update
    # (None: none was).
    on, source, url = c.declared, c.source, c.url
    latest: tuple[str | None, str | None] = (None, None)
    for u in updates:
        if u.source is not None or u.url is not None:
            latest = (u.source, u.url)
        if u.status is not None:
            on, (source, url) = u.on, latest
    return on, source, url


# --- stats ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartyLine:
    party: str
    commitments: int  # pledges it is responsible for (its cells)
    scored: int
    done: int
    partial: int
    missed: int
    score: Score  # with its coverage: cells assessed, of its cells


@dataclass(frozen=True, slots=True)
class SummitLine:
    summit: Summit
    commitments: int  # its pledges
    score: Score  # with its coverage: the cells of its pledges


@dataclass(slots=True)
class Stats:
    as_of: dt.date
    interim: bool
    by_status: dict[str, int]
    by_strength: dict[str, int]
    parties: list[PartyLine]
    summits: list[SummitLine]
    slipped: int
    days_slipped: int


def stats(
    ledger: Ledger,
    states: Sequence[State],
    today: dt.date,
    *,
    summit: Summit | None = None,
    interim: bool = False,
) -> Stats:
    if summit is not None:
        states = [s for s in states if s.commitment.summit == summit.id]
    by_status = dict.fromkeys(STATUSES, 0)
    by_strength = dict.fromkeys(STRENGTHS, 0)
    lines: dict[str, dict[str, int]] = {}
    party_cells: dict[str, list[int]] = {}
    commitment_scores: dict[str, float] = {}
    coverage: dict[str, tuple[int, int, int]] = {}  # per pledge: assessed, cells, scored
    slipped = days_slipped = 0
    for state in states:
        c = state.commitment
        by_status[state.status] += 1
        by_strength[c.strength] += 1
        slips, days = state.slippage()
        slipped += slips > 0
        days_slipped += days
        if c.strength != PLEDGE:
            continue
        found = cells(state)
        for p, assessment in found.items():
            line = lines.setdefault(
                p, {"commitments": 0, "assessed": 0, "done": 0, "partial": 0, "missed": 0}
            )
            line["commitments"] += 1
            line["assessed"] += assessment.assessed
            score = cell_score(assessment, interim)
            if score is not None:
                party_cells.setdefault(p, []).append(score)
            if assessment.assessed and assessment.status in FINAL:
                line[assessment.status] += 1
        scored = sum(cell_score(a, interim) is not None for a in found.values())
        coverage[c.id] = (sum(a.assessed for a in found.values()), len(found), scored)
        own = commitment_score(state, interim)
        if own is not None:
            commitment_scores[c.id] = own
    parties = [
        PartyLine(
            p,
            line["commitments"],
            len(party_cells.get(p, [])),
            line["done"],
            line["partial"],
            line["missed"],
            Score(
                mean(party_cells.get(p, [])),
                line["assessed"],
                line["commitments"],
                len(party_cells.get(p, [])),
            ),
        )
        for p, line in lines.items()
    ]
    # Best first; parties with nothing scored last; ties by code.
    parties.sort(key=lambda line: (line.score.score is None, -(line.score.score or 0), line.party))
    summits = []
    pledges_of: dict[str | None, list[str]] = {}  # one pass, not one per summit
    for st in states:
        if st.commitment.strength == PLEDGE:
            pledges_of.setdefault(st.commitment.summit, []).append(st.commitment.id)
    for s in [summit] if summit is not None else ledger.summits:
        own_pledges = pledges_of.get(s.id, [])
        summits.append(
            SummitLine(
                s,
                len(own_pledges),
                Score(
                    mean(commitment_scores[i] for i in own_pledges if i in commitment_scores),
                    sum(coverage[i][0] for i in own_pledges),
                    sum(coverage[i][1] for i in own_pledges),
                    sum(coverage[i][2] for i in own_pledges),
                ),
            )
        )
    return Stats(today, interim, by_status, by_strength, parties, summits, slipped, days_slipped)
