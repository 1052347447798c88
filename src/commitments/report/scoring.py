"""The scoring rules of the compliance report, one commitment at a time.

Only pledges are scored, and on each only its responsible parties (``responsible``,
else all its parties): each has a cell. A party's status on a pledge is its latest
own assessment (an update with ``party``), else the latest status recorded for the
whole commitment, else the commitment's own ``status``. The cell is *assessed* when
that status was set by an update (the report is as of a day: later updates do not
exist yet), or by the commitment's own ``status`` when it is not ``planned``; else
nobody has looked, and the cell is not scored at all (never −1, never 0%).

Final assessment scores assessed closed statuses (done +1, partial 0, missed −1;
cancelled is never scored); interim assessment also scores assessed open ones
(in-progress 0, planned and stalled −1: researched, and no action found). A
commitment's score is the mean of its scored cells. Apart from compliance.py's report
so that a command showing one commitment's score does not load the report's classes.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import NamedTuple

from commitments.model import PLEDGE
from commitments.report.state import State

FINAL: dict[str, int] = {"done": 1, "partial": 0, "missed": -1}
INTERIM: dict[str, int] = {**FINAL, "in-progress": 0, "planned": -1, "stalled": -1}


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


class Assessment(NamedTuple):
    """One responsible party's standing on one pledge."""

    status: str
    assessed: bool  # set by an update, or by a status written in the commitment
    on: dt.date | None  # when it was set (None: not assessed)
    own: bool = False  # by the party's own assessment (an update with ``party``)


def assessments(state: State) -> dict[str, Assessment]:
    """Each responsible party's assessment, in the order they are listed."""
    c, history = state.commitment, state.history
    own = history.own_assessments() if history else {}
    general: Assessment | None = None
    if history is not None and history.status is not None:
        general = Assessment(history.status, True, history.status_on)
    elif c.status != "planned":
        general = Assessment(c.status, True, c.declared)
    found = {}
    for party in dict.fromkeys(c.answerable):
        if party in own:
            on, status = own[party]
            found[party] = Assessment(status, True, on, own=True)
        else:
            found[party] = general or Assessment(c.status, False, None)
    return found


def party_statuses(state: State) -> dict[str, str]:
    """Each responsible party's status on the commitment, in the order they are listed
    (the ``assessments`` of the JSON record): its own, else the commitment's. A party
    that is not responsible has none (it is not assessed on it)."""
    own = state.history.party_statuses() if state.history else {}
    return {p: own.get(p, state.status) for p in dict.fromkeys(state.commitment.answerable)}


def cell_score(found: Assessment, interim: bool = False) -> int | None:
    """A cell's score; None: not scored (not assessed, or a status not scored)."""
    if not found.assessed:
        return None
    return (INTERIM if interim else FINAL).get(found.status)


def cells(state: State) -> dict[str, Assessment]:
    """The cells of one commitment, responsible party → assessment (pledges only)."""
    if state.commitment.strength != PLEDGE:
        return {}
    return assessments(state)


def commitment_score(state: State, interim: bool = False) -> float | None:
    scores = (cell_score(a, interim) for a in cells(state).values())
    return mean(v for v in scores if v is not None)
