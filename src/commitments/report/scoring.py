"""The scoring rules of the compliance report, one commitment at a time.

A party's status on a commitment is its latest own assessment (an update with
``party``), else the commitment's effective status. Final assessment scores closed
statuses only (done +1, partial 0, missed −1; cancelled is never scored); interim
assessment also scores the open ones (in-progress 0, planned and stalled −1). Only
pledges are scored. A commitment's score is the mean of its parties' scores. Apart
from compliance.py's report so that a command showing one commitment's score does
not load the report's classes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from commitments.model import PLEDGE
from commitments.report.state import State

FINAL: dict[str, int] = {"done": 1, "partial": 0, "missed": -1}
INTERIM: dict[str, int] = {**FINAL, "in-progress": 0, "planned": -1, "stalled": -1}


def cell_score(status: str, interim: bool = False) -> int | None:
    """A party's score for its status on a commitment; None: not scored."""
    return (INTERIM if interim else FINAL).get(status)


def mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def half_up(value: float, digits: int = 0) -> float:
    """Rounded as people round (62.5 → 63), not to even as round() does."""
    scale: float = 10.0**digits
    return math.floor(value * scale + 0.5) / scale


def percent(score: float | None) -> float | None:
    """The Research Group's conversion of a score in [−1, 1] to a percentage."""
    return None if score is None else (score + 1) / 2 * 100


def party_statuses(state: State) -> dict[str, str]:
    """Each party's status on the commitment, in the order its parties are listed."""
    own = state.history.party_statuses() if state.history else {}
    return {p: own.get(p, state.status) for p in dict.fromkeys(state.commitment.parties)}


def cells(state: State, interim: bool = False) -> dict[str, int]:
    """The scored cells of one commitment: party → score (pledges only)."""
    if state.commitment.strength != PLEDGE:
        return {}
    scored = {p: cell_score(s, interim) for p, s in party_statuses(state).items()}
    return {p: v for p, v in scored.items() if v is not None}


def commitment_score(state: State, interim: bool = False) -> float | None:
    return mean(cells(state, interim).values())
