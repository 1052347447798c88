"""`extract --review`: the candidates one at a time; accept, skip, edit or quit.

The loop asks and shows through the functions it is given, so that it is tested with
scripted answers and run on a terminal by the CLI alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from commitments.due_expr import DueError, parse_due
from commitments.errors import UsageError
from commitments.extract.candidates import Candidate
from commitments.extract.deadlines import Found
from commitments.parties import party_code

Ask = Callable[[str], str]  # a prompt -> the answer typed (EOFError: no more answers)
Show = Callable[[Candidate, int, int], None]
Say = Callable[[str], None]

STRENGTHS = ("pledge", "intent", "proposal", "forecast")
CHOICES = "[a]ccept  [s]kip  [e]dit  [q]uit (keeps those accepted; Ctrl-C keeps none)"
HINTS = {
    "strength": f" ({', '.join(STRENGTHS)})",
    "due": " (a due expression: 2027, by 2026, spring 2026, 2026-Q3, …; - for none)",
    # (with --summit an empty list is the summit's parties, as in the ledger)
    "parties": " (codes, e.g. IT KZ; - for none, or with --summit for the summit's)",
}


def edited(candidate: Candidate, field: str, answer: str, declared: dt.date | None) -> Candidate:
    """The candidate with one field changed; a bad value is a UsageError saying why."""
    answer = answer.strip()
    if field == "title":
        if not answer:
            raise UsageError("a title cannot be empty")
        return candidate._replace(title=answer, edited=True)
    if field == "strength":
        matches = [s for s in STRENGTHS if s.startswith(answer.lower())] if answer else []
        if len(matches) != 1:
            raise UsageError(f"strength is one of: {', '.join(STRENGTHS)}")
        return candidate._replace(strength=matches[0], edited=True)  # type: ignore[arg-type]
    if field == "due":
        if not answer or answer == "-":
            return candidate._replace(deadline=None, edited=True)
        try:
            window = parse_due(answer, declared=declared)
        except DueError as exc:
            raise UsageError(
                f"{exc.short}: write it as 2027-05-12, 2027-05, by 2027, spring 2026 or"
                " 2026-Q3 (docs/due.md lists every form)"
            ) from None
        return candidate._replace(deadline=Found(-1, -1, answer, answer, window), edited=True)
    if field == "parties":
        if answer == "-":
            return candidate._replace(parties=(), edited=True)
        codes = [party_code(code, "parties") for code in answer.replace(",", " ").split()]
        return candidate._replace(parties=tuple(dict.fromkeys(codes)), edited=True)
    raise AssertionError(field)


_FIELDS = {"t": "title", "s": "strength", "d": "due", "p": "parties"}


def _edit(candidate: Candidate, declared: dt.date | None, ask: Ask, say: Say) -> Candidate:
    """One field changed, asked for again until the ledger takes the value; Enter alone
    keeps it. Ctrl-D (EOFError) passes through: the review ends."""
    field = ask("edit [t]itle, [s]trength, [d]ue or [p]arties? ").strip().lower()
    name = _FIELDS.get(field[:1]) if field else None
    if name is None:
        say("nothing edited: give t, s, d or p")
        return candidate
    while True:
        value = ask(f"new {name}{HINTS.get(name, '')} (Enter keeps it): ")
        if not value.strip():
            say(f"{name} not changed")
            return candidate
        try:
            changed = edited(candidate, name, value, declared)
        except UsageError as exc:
            say(f"not changed: {exc.message}")
            continue
        if name == "parties" and not changed.parties:
            # the card shows no parties then: say what the ledger will get
            say("parties: none (with --summit, the summit's parties)")
        return changed


def review(
    candidates: Sequence[Candidate], declared: dt.date | None, ask: Ask, show: Show, say: Say
) -> list[Candidate]:
    """The candidates accepted (as edited), in order. Quitting keeps those accepted."""
    accepted: list[Candidate] = []
    total = len(candidates)
    for number, candidate in enumerate(candidates, start=1):
        current = candidate
        while True:
            show(current, number, total)
            try:
                answer = ask(CHOICES + "? ").strip().lower()
            except EOFError:
                return accepted
            if answer in ("a", "accept", "y", "yes"):
                accepted.append(current)
                break
            if answer in ("s", "skip", "n", "no"):
                break
            if answer in ("q", "quit"):
                return accepted
            if answer in ("e", "edit"):
                try:
                    current = _edit(current, declared, ask, say)
                except EOFError:
                    return accepted
                continue
            say(f"{answer!r}: give a, s, e or q" if answer else "give a, s, e or q")
    return accepted
