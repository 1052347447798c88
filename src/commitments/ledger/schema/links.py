"""The rules that join tables, checked fast over tables already known to be valid.

validate.link checks the same rules and says where a problem is; this only says
whether there is one, so that a ledger rebuilt from the cache is joined in a few
milliseconds without importing the validator. False means: read the whole file.
"""

from __future__ import annotations

from commitments.due_expr import DueError, parse_due
from commitments.model import Commitment, Update


def links_hold(commitments: list[Commitment], updates: list[Update]) -> bool:
    """Whether validate.link would find nothing wrong with these tables, each valid."""
    by_id = {c.id: c for c in commitments}
    if len(by_id) != len(commitments):
        return False
    for commitment in commitments:
        target = commitment.follows
        if target is None:
            continue
        if target == commitment.id or target not in by_id:
            return False
        seen = {commitment.id}
        step: Commitment | None = by_id[target]
        while step is not None and step.follows is not None:
            if step.id in seen:
                return False
            seen.add(step.id)
            step = by_id.get(step.follows)
    for update in updates:
        owner = by_id.get(update.commitment)
        if owner is None:
            return False
        if update.due is not None:
            try:
                parse_due(update.due, declared=owner.declared, hemisphere=owner.hemisphere)
            except DueError:
                return False
    return True
