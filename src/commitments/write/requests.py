"""`update` and `add`: turn command-line values into one new TOML table, appended."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import textwrap
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from commitments.due_expr import DueError, parse_due
from commitments.errors import UsageError
from commitments.ledger.decode import real_path
from commitments.ledger.schema.warnings import records_nothing, warnings
from commitments.model import Ledger, Update, url_problem
from commitments.parties import party_code
from commitments.text import listed, quoted, stderr_width
from commitments.write.append import Appended, append
from commitments.write.tables import toml_table

ENV_AUTHOR = "COMMITMENTS_AUTHOR"
SLUG_LENGTH = 60


class UpdateRequest(NamedTuple):
    commitment: str
    on: dt.date
    status: str | None = None
    due: str | None = None
    note: str | None = None
    source: str | None = None
    by: str | None = None
    today: dt.date | None = None  # to refuse a date after it, and warn as check would
    allow_future: bool = False
    party: str | None = None  # assess this party only
    url: str | None = None  # the evidence's address


class AddRequest(NamedTuple):
    title: str
    id: str | None = None
    due: str | None = None
    declared: dt.date | None = None
    parties: Sequence[str] = ()
    host: str | None = None
    tags: Sequence[str] = ()
    status: str | None = None
    source: str | None = None
    quote: str | None = None
    url: str | None = None
    follows: str | None = None
    notes: str | None = None
    hemisphere: str | None = None
    today: dt.date | None = None  # to refuse a date after it, and warn as check would
    allow_future: bool = False
    strength: str | None = None
    summit: str | None = None
    responsible: Sequence[str] = ()  # the parties that must act (default: all)
    force: bool = False  # add it even if the ledger has its title or quote already


class Written(NamedTuple):
    """What a write appended, and what `check` would now warn about its commitment."""

    id: str
    table: str
    warnings: tuple[str, ...] = ()
    interrupted: bool = False
    before: Ledger | None = None  # as read under the lock, before the table
    after: Ledger | None = None  # with the table


class _Made:
    """What ``build`` made under the lock, and what `check` would now warn about it,
    for the caller to report."""

    id = ""
    table = ""
    before: Ledger | None = None
    warnings: tuple[str, ...] = ()

    def warn(self, today: dt.date | None) -> Callable[[Ledger], None]:
        """What append() does while its write settles: find what `check` would now say
        about the commitment written to."""

        def found(ledger: Ledger) -> None:
            self.warnings = tuple(
                w.message
                for w in warnings(
                    ledger.commitments,
                    ledger.updates_of(self.id),
                    about={self.id},
                    today=today,
                    summits=ledger.summits,
                )
            )

        return found

    def written(self, appended: Appended) -> Written:
        return Written(
            self.id,
            appended.table,
            self.warnings,
            appended.interrupted,
            self.before,
            appended.ledger,
        )


def text_value(value: str | None, option: str) -> str | None:
    """A text option: None when absent; refused when it cannot be stored as UTF-8."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{option}: the value is not valid UTF-8 text") from None
    if not _INVISIBLE.sub("", value).strip():  # a zero-width space alone is empty too
        raise UsageError(f"{option}: the value is empty")
    return value


def url_value(value: str | None, option: str) -> str | None:
    """An address option: an http(s) URL, as the ledger's `url` must be."""
    url = text_value(value, option)
    problem = url_problem(url) if url is not None else None
    if url is not None and problem is not None:
        raise UsageError(f"{option}: {quoted(url)} {problem}")
    return url


def default_author(folder: Path) -> str | None:
    """$COMMITMENTS_AUTHOR, else git's user.name for the ledger's folder, else nobody."""
    env = os.environ.get(ENV_AUTHOR)
    if env is not None:
        return env.strip() or None
    try:
        result = subprocess.run(
            ["git", "config", "user.name"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    name = result.stdout.strip()
    return name or None if result.returncode == 0 else None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def record_update(path: Path, request: UpdateRequest, *, hold_interrupts: bool = False) -> Written:
    """Append an [[update]] for ``request.commitment``."""
    note = text_value(request.note, "--note")
    source = text_value(request.source, "--source")
    url = url_value(request.url, "--url")
    due = text_value(request.due, "--due")
    by = text_value(request.by, "--by") if request.by is not None else None
    not_in_future(request.on, request.today, "--on", request.allow_future)
    given = Update(request.commitment, request.on, request.status, due, note, source, url=url)
    if records_nothing(given):
        raise UsageError(
            "nothing to record: give at least one of --status, --due, --note, --source or --url"
        )
    party = party_code(request.party, "--party") if request.party is not None else None
    if party is not None and due is not None:
        raise UsageError(
            "--party with --due: an assessment of one party cannot reschedule the commitment"
            " (record the new due in an update without --party)"
        )
    if by is None and request.by is None:
        by = default_author(real_path(path).parent)

    made = _Made()

    def build(ledger: Ledger, data: bytes) -> str:
        commitment = ledger.named(request.commitment, after="; nothing was changed")
        if party is not None and party not in commitment.parties:
            among = listed(commitment.parties) or "it names none"
            raise UsageError(
                f"--party: {party} is not among the parties of {commitment.id} ({among});"
                " nothing was changed"
            )
        if due is not None:
            try:
                parse_due(due, declared=commitment.declared, hemisphere=commitment.hemisphere)
            except DueError as exc:
                raise due_error(exc) from None
        table = {
            "commitment": commitment.id,
            "on": request.on,
            "status": request.status,
            "party": party,
            "due": due,
            "note": note,
            "source": source,
            "url": url,
            "by": by,
            "recorded": _now(),
        }
        made.id, made.table = commitment.id, toml_table("update", table)
        made.before = ledger
        return made.table

    appended = append(  # runs build, then warn
        path,
        build,
        hold_interrupts=hold_interrupts,
        meanwhile=made.warn(request.today),
        options=UPDATE_OPTIONS,
    )
    return made.written(appended)


# The option that gives each key of a table the command line writes: an error of the
# new table is said of it (write/append.py).
UPDATE_OPTIONS = {
    "commitment": "ID", "on": "--on", "status": "--status", "party": "--party",
    "due": "--due", "note": "--note", "source": "--source", "url": "--url", "by": "--by",
}  # fmt: skip
COMMITMENT_OPTIONS = {
    "id": "--id", "title": "--title", "due": "--due", "declared": "--declared",
    "parties": "--party", "host": "--host", "tags": "--tag", "status": "--status",
    "source": "--source", "url": "--url", "quote": "--quote", "follows": "--follows",
    "notes": "--notes", "hemisphere": "--hemisphere", "strength": "--strength",
    "summit": "--summit", "responsible": "--responsible",
}  # fmt: skip


def due_error(exc: DueError, hint: str = "") -> UsageError:
    """A --due that cannot be read: the reason on one line, the forms after it, wrapped
    at the terminal's width."""
    lines = [f"commitments: error: --due: {exc.short}{hint}"]
    if exc.expected:
        width = max(40, stderr_width() - 1)
        lines += textwrap.wrap(exc.expected, width, initial_indent="  ", subsequent_indent="    ")
    return UsageError(f"--due: {exc}{hint}", lines=lines)


def _due_checked(due: str | None, declared: dt.date | None, hemisphere: str | None) -> None:
    """A --due as the new commitment will read it; refused here, naming the option, rather
    than by the check of the ledger it would make (at a line the file does not have)."""
    if due is None:
        return
    try:
        parse_due(due, declared=declared, hemisphere="south" if hemisphere == "south" else "north")
    except DueError as exc:
        needs = declared is None and "declared date" in exc.short
        raise due_error(exc, "; give --declared DATE, or --summit ID" if needs else "") from None


def not_in_future(day: dt.date | None, today: dt.date | None, option: str, allow: bool) -> None:
    """Refuse a date after today (a slip of the keyboard would close a commitment now)."""
    if day is not None and today is not None and day > today and not allow:
        raise UsageError(
            f"{option}: {day} is in the future (today is {today});"
            " give --allow-future to record it anyway"
        )


def slugify(title: str, taken: set[str], fallback: str = "commitment") -> str:
    """A readable, unique id from a title: "Round table on water" -> "round-table-on-water"."""
    words = re.sub(r"[\W_]+", " ", title)  # every dash, slash or mark separates words
    ascii_title = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    if len(slug) > SLUG_LENGTH:
        cut = slug[:SLUG_LENGTH]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    slug = slug or fallback
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    return candidate


_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_DASHES = re.compile("[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58]")


def reads_same(text: str | None) -> str | None:
    """``text`` as compared for duplicates: case, spacing, compatibility forms (full-width
    letters), invisible format characters (a zero-width space, a soft hyphen) and kinds
    of dash aside. Each step in C: 10,000 titles in a few hundredths of a second."""
    if text is None:
        return None
    plain = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(_DASHES.sub("-", plain).split()).casefold()


def _not_again(ledger: Ledger, title: str, quote: str | None) -> None:
    """Refuse a commitment whose title or quote the ledger has already (case and spacing
    aside): most often the same promise entered twice, which every report would count
    twice."""
    wanted = {"--title": reads_same(title), "--quote": reads_same(quote)}
    for c in ledger.commitments:
        for option, had in (("--title", c.title), ("--quote", c.quote)):
            if had is not None and wanted[option] == reads_same(had):
                raise UsageError(
                    f"{option}: commitment {quoted(c.id)} has this {option[2:]} already"
                    " (give --force to add another commitment with it); nothing was changed"
                )


def add_commitment(path: Path, request: AddRequest, *, hold_interrupts: bool = False) -> Written:
    """Append a [[commitment]]; the id defaults to a unique slug of the title."""
    title = text_value(request.title, "--title")
    assert title is not None
    not_in_future(request.declared, request.today, "--declared", request.allow_future)
    parties = [party_code(code, "--party") for code in request.parties]
    host = party_code(request.host, "--host") if request.host is not None else None
    values: dict[str, Any] = {
        "title": title,
        "due": text_value(request.due, "--due"),
        "declared": request.declared,
        "parties": list(dict.fromkeys(parties)),
        "host": host,
        "tags": [text_value(tag, "--tag") for tag in dict.fromkeys(request.tags)],
        "status": request.status,
        "source": text_value(request.source, "--source"),
        "url": url_value(request.url, "--url"),
        "quote": text_value(request.quote, "--quote"),
        "follows": text_value(request.follows, "--follows"),
        "hemisphere": request.hemisphere,
        "notes": text_value(request.notes, "--notes"),
        "strength": request.strength,
        "summit": request.summit,
        "responsible": list(
            dict.fromkeys(party_code(code, "--responsible") for code in request.responsible)
        ),
    }
    explicit_id = text_value(request.id, "--id")

    made = _Made()

    def build(ledger: Ledger, data: bytes) -> str:
        declared = request.declared
        if request.summit is not None:
            # as every id, a unique prefix will do; the table names the summit in full
            try:
                summit = ledger.summit_named(
                    request.summit,
                    after="; add it first (commitments add-summit); nothing was changed",
                )
            except UsageError as exc:
                raise UsageError(f"--summit: {exc.message}") from None
            values["summit"] = summit.id
            declared = declared or summit.date
        follows = values["follows"]
        # a start of an id, as every command takes one; the table names it in full
        # (no id starting so: the check names it, as --follows)
        if (
            follows is not None
            and ledger.find(follows) is None
            and any(c.id.startswith(follows) for c in ledger.commitments)
        ):
            try:
                values["follows"] = ledger.named(follows).id
            except UsageError as exc:
                raise UsageError(f"--follows: {exc.message}; nothing was changed") from None
        _due_checked(values["due"], declared, request.hemisphere)
        if not request.force:
            _not_again(ledger, title, values["quote"])
        # Not a summit's id either: `edit ID` must reach the one it names.
        taken = {c.id for c in ledger.commitments} | {s.id for s in ledger.summits}
        if explicit_id is not None and explicit_id in taken:
            raise UsageError(
                f"--id: the ledger has a summit or commitment {quoted(explicit_id)} already;"
                " nothing was changed"
            )
        made.id = explicit_id if explicit_id is not None else slugify(title, taken)
        made.table = toml_table("commitment", {"id": made.id, **values})
        return made.table

    appended = append(  # runs build, then warn
        path,
        build,
        hold_interrupts=hold_interrupts,
        meanwhile=made.warn(request.today),
        options=COMMITMENT_OPTIONS,
    )
    return made.written(appended)
