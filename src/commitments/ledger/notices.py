"""Warnings a run gives once, however often it reads the ledger: collected here while
the command runs, written to stderr by the command line when it ends (cli/app.py)."""

from __future__ import annotations

_said: list[str] = []


def warn(message: str) -> None:
    if message not in _said:
        _said.append(message)


def drain() -> list[str]:
    """The warnings given since the last drain, once each, in order."""
    said = list(_said)
    _said.clear()
    return said
