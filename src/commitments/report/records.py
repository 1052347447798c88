"""Commitments as plain records: the JSON shape, which only ever gains keys."""

from __future__ import annotations

import datetime as dt
from typing import Any

from commitments.model import DEFAULT_WITHIN
from commitments.report.state import State, Step


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
    }


def update_record(step: Step) -> dict[str, Any]:
    u = step.update
    return {
        "on": iso(u.on),
        "status": u.status,
        "due": u.due,
        "note": u.note,
        "source": u.source,
        "by": u.by,
        "recorded": iso(u.recorded),
        "days_slipped": step.days_slipped,
    }


def show_record(state: State, today: dt.date, within: int = DEFAULT_WITHIN) -> dict[str, Any]:
    record = commitment_record(state, today, within)
    record["updates"] = [update_record(step) for step in state.steps]
    return record
