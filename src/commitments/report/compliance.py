"""Who kept their word: each party scored on each pledge, as the G7 Research Group does.

Each party is scored on each pledge by the rules of scoring.py. A commitment's
score is the mean of its parties' scores, a party's the mean over the commitments
it is scored on, a summit's the mean over its commitments; each also as a
percentage, (score + 1) / 2 × 100.

The report is plain data (``Report``); formats render it, so another renderer is a
small module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from commitments.model import PLEDGE, STATUSES, STRENGTHS, Commitment, Ledger, Summit, Update
from commitments.report.scoring import (
    FINAL,
    cell_score,
    cells,
    commitment_score,
    mean,
    party_statuses,
    percent,
)
from commitments.report.state import State


@dataclass(frozen=True, slots=True)
class Cell:
    status: str
    score: int
    on: dt.date | None  # the date of the update that set the status (else the declared date)
    source: str | None  # the latest source behind it


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    title: str
    cells: dict[str, Cell]
    score: float


@dataclass(frozen=True, slots=True)
class Score:
    score: float | None

    @property
    def percent(self) -> float | None:
        return percent(self.score)


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


def compliance_report(
    ledger: Ledger,
    states: Sequence[State],
    today: dt.date,
    *,
    summit: Summit | None = None,
    interim: bool = False,
) -> Report:
    """The report as of ``today`` over ``states`` (the ledger as of that day)."""
    rows: list[Row] = []
    # A column for every party of the summit and of each scored pledge, scored or not
    # yet: a blank cell is then "not scored", never "not a party" mistaken for it.
    order: dict[str, None] = dict.fromkeys(summit.parties) if summit else {}
    scored_states = []
    for state in states:
        c = state.commitment
        if summit is not None and c.summit != summit.id:
            continue
        scored = cells(state, interim)
        if scored:
            scored_states.append((state, scored))
            order.update(dict.fromkeys(c.parties))
    updates = _updates_of(ledger, [state.commitment.id for state, _ in scored_states])
    for state, scored in scored_states:
        c = state.commitment
        evidence = _evidence(c, updates.get(c.id, []), set(scored))
        row_cells = {
            p: Cell(status, scored[p], *evidence[p])
            for p, status in party_statuses(state).items()
            if p in scored
        }
        rows.append(Row(c.id, c.title, row_cells, sum(scored.values()) / len(scored)))
    parties = list(order)
    party_scores = {
        p: Score(mean(row.cells[p].score for row in rows if p in row.cells)) for p in parties
    }
    overall = Score(mean(row.score for row in rows))
    return Report(today, interim, summit, parties, rows, party_scores, overall)


def _updates_of(ledger: Ledger, ids: list[str]) -> dict[str, list[Update]]:
    """The updates of these commitments, in file order. For a few, each one's (the cache
    opens only the chunks that may hold them); for more, one pass over them all."""
    if len(ids) <= 8:
        return {ident: ledger.updates_of(ident) for ident in ids}
    wanted = set(ids)
    found: dict[str, list[Update]] = {}
    for u in ledger.updates:
        if u.commitment in wanted:
            found.setdefault(u.commitment, []).append(u)
    return found


def _evidence(
    c: Commitment, updates: Sequence[Update], parties: set[str]
) -> dict[str, tuple[dt.date | None, str | None]]:
    """For each party, when its status was set and the latest source up to then: from
    its own assessments if it has any with a status, else from the commitment's."""
    in_order = sorted(updates, key=lambda u: u.on)  # stable: ties in file order
    general = _set_by([u for u in in_order if u.party is None], c)
    found = {}
    for p in parties:
        own = [u for u in in_order if u.party == p]
        if any(u.status is not None for u in own):
            found[p] = _set_by(own, c)
        else:
            found[p] = general
    return found


def _set_by(updates: Sequence[Update], c: Commitment) -> tuple[dt.date | None, str | None]:
    # Until an update sets a status, the commitment's own table is the evidence; after,
    # the latest source recorded up to that update (None: none was).
    on, source = c.declared, c.source
    latest = None
    for u in updates:
        if u.source is not None:
            latest = u.source
        if u.status is not None:
            on, source = u.on, latest
    return on, source


# --- stats ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartyLine:
    party: str
    commitments: int  # pledges it is party to
    scored: int
    done: int
    partial: int
    missed: int
    score: Score


@dataclass(frozen=True, slots=True)
class SummitLine:
    summit: Summit
    commitments: int  # its pledges
    score: Score


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
        statuses = party_statuses(state)
        for p, status in statuses.items():
            line = lines.setdefault(p, {"commitments": 0, "done": 0, "partial": 0, "missed": 0})
            line["commitments"] += 1
            score = cell_score(status, interim)
            if score is not None:
                party_cells.setdefault(p, []).append(score)
            if status in FINAL:
                line[status] += 1
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
            Score(mean(party_cells.get(p, []))),
        )
        for p, line in lines.items()
    ]
    # Best first; parties with nothing scored last; ties by code.
    parties.sort(key=lambda line: (line.score.score is None, -(line.score.score or 0), line.party))
    summits = []
    for s in [summit] if summit is not None else ledger.summits:
        own_pledges = [
            st.commitment.id
            for st in states
            if st.commitment.summit == s.id and st.commitment.strength == PLEDGE
        ]
        summits.append(
            SummitLine(
                s,
                len(own_pledges),
                Score(mean(commitment_scores[i] for i in own_pledges if i in commitment_scores)),
            )
        )
    return Stats(today, interim, by_status, by_strength, parties, summits, slipped, days_slipped)
