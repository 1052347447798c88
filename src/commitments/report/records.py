"""Commitments as plain records: the JSON shape, which only ever gains keys."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from commitments.model import DEFAULT_WITHIN
from commitments.parties import party_name
from commitments.report.scoring import commitment_score, half_up, party_statuses
from commitments.report.state import State, Step

if TYPE_CHECKING:  # the records of a list need neither (and their import costs 10 ms)
    from commitments.report.compliance import Report, Score, Stats
    from commitments.report.timeline import Timeline


def iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(0):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def commitment_record(state: State, today: dt.date, within: int = DEFAULT_WITHIN) -> dict[str, Any]:
    c, window = state.commitment, state.window
    slips, days_slipped = state.slippage()
    start = window.start if window else None
    end = window.end if window else None
    return {
        "id": c.id,
        "title": c.title,
        "status": state.status,
        "open": state.is_open,
        "due": window.text if window else None,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "approximate": window.approximate if window else False,
        "days_left": (end - today).days if end else None,
        "attention": state.attention(today, within),
        "parties": list(c.parties),
        "host": c.host,
        "tags": list(c.tags),
        "declared": c.declared.isoformat() if c.declared else None,
        "source": c.source,
        "url": c.url,
        "quote": c.quote,
        "follows": c.follows,
        "hemisphere": c.hemisphere,
        "notes": c.notes,
        "initial_status": c.status,
        "initial_due": c.due,
        "slips": slips,
        "days_slipped": days_slipped,
        "updated": state.updated.isoformat() if state.updated else None,
        "strength": c.strength,
        "summit": c.summit,
        "score": _rounded(commitment_score(state), 4),
        "assessments": party_statuses(state),
        "responsible": list(c.answerable),
    }


def update_record(step: Step) -> dict[str, Any]:
    u = step.update
    return {
        "on": iso(u.on),
        "status": u.status,
        "due": u.due,
        "note": u.note,
        "source": u.source,
        "url": u.url,
        "by": u.by,
        "recorded": iso(u.recorded),
        "days_slipped": step.days_slipped,
        "party": u.party,
    }


def show_record(state: State, today: dt.date, within: int = DEFAULT_WITHIN) -> dict[str, Any]:
    record = commitment_record(state, today, within)
    record["updates"] = [update_record(step) for step in state.steps]
    return record


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else half_up(value, digits)


def score_record(score: Score) -> dict[str, float | int | None]:
    """A score to four decimals, its percentage to one (as the Research Group prints it),
    and its coverage: how many of its cells were assessed, of how many."""
    return {
        "score": _rounded(score.score, 4),
        "percent": _rounded(score.percent, 1),
        "assessed": score.assessed,
        "cells": score.cells,
        "scored": score.scored,
    }


def stats_record(stats: Stats) -> dict[str, Any]:
    return {
        "as_of": stats.as_of.isoformat(),
        "interim": stats.interim,
        "by_status": stats.by_status,
        "by_strength": stats.by_strength,
        "parties": [
            {
                "party": line.party,
                "name": party_name(line.party),
                "commitments": line.commitments,
                "scored": line.scored,
                "done": line.done,
                "partial": line.partial,
                "missed": line.missed,
                **score_record(line.score),
            }
            for line in stats.parties
        ],
        "summits": [
            {
                "id": line.summit.id,
                "name": line.summit.name,
                "date": line.summit.date.isoformat(),
                "commitments": line.commitments,
                **score_record(line.score),
            }
            for line in stats.summits
        ],
        "slipped": stats.slipped,
        "days_slipped": stats.days_slipped,
    }


def report_record(report: Report) -> dict[str, Any]:
    summit = report.summit
    return {
        "as_of": report.as_of.isoformat(),
        "interim": report.interim,
        "summit": summit.id if summit else None,
        "summit_name": summit.name if summit else None,
        "parties": report.parties,
        "rows": [
            {
                "id": row.id,
                "title": row.title,
                "cells": {
                    party: {
                        "status": cell.status,
                        "score": cell.score,
                        "source": cell.source,
                        "url": cell.url,
                        "on": iso(cell.on),
                        "assessed": cell.assessed,
                        "previous": cell.previous,
                        "previous_assessed": cell.previous_assessed,
                    }
                    for party, cell in row.cells.items()
                },
                "score": _rounded(row.score.score, 4),
                # how many of its cells were assessed (of len(cells))
                "assessed": row.score.assessed,
            }
            for row in report.rows
        ],
        "party_scores": {p: score_record(s) for p, s in report.party_scores.items()},
        **score_record(report.overall),
        "since": iso(report.since),
        "changes": [
            {
                "id": c.id,
                "party": c.party,
                "from": c.before,
                "to": c.after,
                "from_assessed": c.was_assessed,
                "to_assessed": c.is_assessed,
            }
            for c in report.changes
        ],
        "filters": report.filters,
    }


def timeline_record(timeline: Timeline) -> dict[str, Any]:
    """The timeline as a script wants it: the axis, each bar, and what was not drawn."""
    return {
        "as_of": timeline.as_of.isoformat(),
        "within": timeline.within,
        "from": timeline.start.isoformat(),
        "to": timeline.end.isoformat(),
        "bars": [
            {
                "id": bar.state.commitment.id,
                "title": bar.state.commitment.title,
                "status": bar.state.status,
                "state": bar.kind,
                "due": bar.state.window.text if bar.state.window else None,
                "start": iso(bar.start),
                "end": bar.end.isoformat(),
                "approximate": bar.approximate,
                "strength": bar.state.commitment.strength,
            }
            for bar in timeline.bars
        ],
        "undated": [s.commitment.id for s in timeline.undated],
        "outside": [s.commitment.id for s in timeline.outside],
    }
