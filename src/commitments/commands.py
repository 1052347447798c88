"""What each command does, without the command line: load, select, render."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import textwrap
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from commitments import clock
from commitments.atomic_file import Refused, publish
from commitments.errors import EXIT_LEDGER, CommitmentsError, UsageError, os_reason
from commitments.formats import (
    CheckFormat,
    DueFormat,
    EventSpan,
    ExportFormat,
    ListFormat,
    ReportFormat,
    ShowFormat,
    StatsFormat,
    TimelineFormat,
    ViewOptions,
    due_view,
    export_view,
    list_view,
    report_view,
    show_view,
    stats_view,
    timeline_view,
)
from commitments.formats.phrases import what_changed
from commitments.ledger import notices, own_writes, snapshot
from commitments.ledger.find import display_name, find_ledger, path_text, shell_word
from commitments.ledger.read import ledger_from, read_ledger
from commitments.model import DEFAULT_WITHIN, PLEDGE, STATUSES, STRENGTHS
from commitments.parties import PARTIES, party_code
from commitments.report import select as selecting
from commitments.report.as_of import as_of, unborn_note
from commitments.report.select import Filters
from commitments.report.state import State, effective, state_of, states
from commitments.text import counted, did_you_mean, quoted, stderr_width, visible

if TYPE_CHECKING:
    from commitments.ledger.diagnostics import Problem
    from commitments.model import Ledger, Summit
    from commitments.write.requests import AddRequest, UpdateRequest, Written
    from commitments.write.summits import SummitRequest


def party_codes(codes: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(party_code(code, "--party") for code in codes))


NO_FILTER = Filters()


def _selected(path: Path, today: dt.date, filters: Filters) -> tuple[Ledger, list[State], Ledger]:
    """The ledger as of ``today``, the states ``filters`` pick (by deadline), and the
    ledger as written."""
    whole = read_ledger(path)
    ledger = as_of(whole, today)
    return ledger, selecting.select(states(ledger), checked(filters, ledger, whole), today), whole


def list_commitments(
    path: Path,
    today: dt.date,
    format_name: ListFormat,
    out: TextIO,
    filters: Filters = NO_FILTER,
    *,
    raw: bool = False,
) -> None:
    ledger, chosen, _ = _selected(path, today, filters)
    memo = _json_memo(ledger) if format_name is ListFormat.json else None
    list_view(format_name, ViewOptions(raw=raw, memo=memo)).commitments(chosen, today, out)
    if memo is not None:
        memo.save(2 * len(ledger.commitments))


def checked(filters: Filters, ledger: Ledger, whole: Ledger | None = None) -> Filters:
    """``filters`` as asked, made the ledger's: party codes checked, tags casefolded
    (a tag no commitment has is a typo until shown otherwise), summits by id, the
    search casefolded."""
    tags = tag_words(filters.tags, ledger)
    return filters._replace(
        parties=party_codes(filters.parties),
        tags=tuple(dict.fromkeys(tag.casefold() for tag in tags)),
        search=filters.search.casefold(),
        # Any summit of the ledger as written: one meeting after the day of the report
        # has no commitments yet (a cron line set up before it must not fail).
        summits=tuple(
            dict.fromkeys((whole or ledger).summit_named(name).id for name in filters.summits)
        ),
    )


def tag_words(given: Sequence[str], ledger: Ledger) -> list[str]:
    """The tags of --tag, as given: each value a comma list (--tag a,b), unless the whole
    of it is a tag of the ledger (a tag may hold a comma). A tag no commitment has is a
    typo until shown otherwise."""
    known = {tag.casefold(): tag for c in ledger.commitments for tag in c.tags}
    words = []
    for value in given:
        for tag in [value] if value.casefold() in known else value.split(","):
            tag = tag.strip()
            if not tag:
                raise UsageError("--tag: an empty value (expected a tag)")
            if tag.casefold() not in known:
                said = did_you_mean(tag, known.values())
                raise UsageError(f"--tag: no commitment has the tag {quoted(tag)}{said}")
            words.append(tag)
    return words


def _summit(
    ledger: Ledger, given: str, whole: Ledger | None = None, day: dt.date | None = None
) -> Summit:
    """The summit with id ``given`` (or the one whose id starts with it) as of the day
    of ``ledger``; ``whole``, the ledger as written, explains one that meets later."""
    try:
        return ledger.summit_named(given)
    except CommitmentsError:
        if whole is not None:
            later = [s for s in whole.summits if s.id == given or s.id.startswith(given)]
            if len(later) == 1:
                raise UsageError(
                    f"summit {quoted(later[0].id)} meets on {later[0].date},"
                    f" after {day}, the day of this report"
                ) from None
        raise


def _json_memo(ledger: Ledger) -> snapshot.Memo:
    """Where the JSON format keeps its records, for this ledger's file."""
    return snapshot.Memo(ledger.path, "json")


def show_commitment(
    path: Path, today: dt.date, commitment_id: str, format_name: ShowFormat, out: TextIO
) -> None:
    whole = read_ledger(path)
    ledger = as_of(whole, today)
    try:
        commitment = ledger.named(commitment_id, after=" (see `commitments list`)")
    except UsageError:
        unborn = unborn_note(whole, commitment_id, today)
        if unborn:  # the one it names is declared later: that, and nothing else
            raise UsageError(unborn) from None
        raise
    show_view(format_name).commitment(state_of(ledger, commitment), today, out)


def check_ledger(
    path: Path, today: dt.date, strict: bool, format_name: CheckFormat, out: TextIO, err: TextIO
) -> int:
    """Print the check report; the exit code is 1 when errors (or, strict, warnings) were found."""
    from commitments.ledger.check import check  # startup: check only

    report = check(path, strict=strict, today=today)
    if format_name is CheckFormat.json:
        from commitments.formats.as_json import dumps  # startup: JSON only

        out.write(dumps(report.as_dict()) + "\n")
    else:
        _print_problems(report.problems, err)
        (out if report.ok else err).write(report.summary() + "\n")
    return 0 if report.ok else EXIT_LEDGER


def _print_problems(problems: Sequence[Problem], err: TextIO) -> None:
    """One located line each, its source line and caret under it; on a terminal, a
    long note (the forms a due expression may take) wrapped at its width. Piped,
    each stays one line, for tools that read them."""
    width = None
    if err.isatty():
        width = max(40, stderr_width() - 1)
    for problem in problems:
        text = str(problem)
        if width is not None:
            text = "\n".join(_wrapped_note(line, width) for line in text.split("\n"))
        err.write(f"{text}\n")


def _wrapped_note(line: str, width: int) -> str:
    if not line.startswith("  = ") or len(line) <= width:
        return line
    return "\n".join(textwrap.wrap(line, width, subsequent_indent="      "))


def edit_ledger(
    path: Path, given: str | None, out: TextIO, err: TextIO, ask: Callable[[str], bool]
) -> int:
    """The editor on the ledger at ``given``'s table; then `check` on what was saved,
    offering (``ask``) to reopen it at the first error. The exit code is check's."""
    from commitments.ledger.check import check  # startup: check only
    from commitments.ledger.editing import edit  # startup: edit only

    def checked() -> tuple[bool, int | None]:
        report = check(path, today=clock.real_today())
        _print_problems(report.problems, err)
        (out if report.ok else err).write(report.summary() + "\n")
        first = next((p.line for p in report.problems if p.severity == "error"), None)
        return report.ok, first

    def again() -> bool:
        return ask("reopen the editor at the first error?")

    def say(line: str) -> None:
        err.write(f"commitments: {line}\n")

    return 0 if edit(path, given, checked, again, say) else EXIT_LEDGER


def _report_written(written: Written, verb: str, out: TextIO, err: TextIO) -> None:
    for warning in written.warnings:
        err.write(f"commitments: warning: {warning}\n")
    said = ""
    if written.after is not None:
        after = written.after.find(written.id)
        before = written.before.find(written.id) if written.before else None
        if after is not None:
            old = None
            if before is not None and written.before is not None:
                old = effective(before, written.before.histories.get(before.id))
            new = effective(after, written.after.histories.get(after.id))
            changed = what_changed(old, new)
            said = f": {visible(changed)}" if changed else ""
    out.write(f"{verb} {written.id}{said}\n")
    _say_if_interrupted(written.interrupted, err)


def _say_if_interrupted(interrupted: bool, err: TextIO) -> None:
    """A Ctrl-C held back while a write landed: the write stands, and the user is told."""
    from commitments.write.append import interrupts_held  # startup: writes only

    if interrupted or interrupts_held():
        err.write("commitments: interrupted after the write was complete; it stands\n")


def update_commitment(
    path: Path, request: UpdateRequest, out: TextIO, err: TextIO, *, hold_interrupts: bool = False
) -> None:
    from commitments.write.requests import record_update  # startup: writes only

    _report_written(
        record_update(path, request, hold_interrupts=hold_interrupts), "updated", out, err
    )


def add_commitment(
    path: Path, request: AddRequest, out: TextIO, err: TextIO, *, hold_interrupts: bool = False
) -> None:
    from commitments.write.requests import add_commitment as add  # startup: writes only

    _report_written(add(path, request, hold_interrupts=hold_interrupts), "added", out, err)


def add_summit(
    path: Path, request: SummitRequest, out: TextIO, err: TextIO, *, hold_interrupts: bool = False
) -> None:
    from commitments.write.summits import add_summit as add  # startup: writes only

    added = add(path, request, hold_interrupts=hold_interrupts)
    end = f" – {request.end}" if request.end is not None and request.end != request.date else ""
    out.write(f"added summit {added.id}: {visible(request.name)}, {request.date}{end}\n")
    _say_if_interrupted(added.interrupted, err)


def recover_tables(path: Path, discard: bool, out: TextIO, *, hold_interrupts: bool) -> None:
    from commitments.write.recover import recover  # startup: writes only

    made = recover(path, discard=discard, hold_interrupts=hold_interrupts)
    notices.drain()  # what they warned of is what this answers
    name = display_name(path)
    if made.cut:
        out.write(f"cut off {made.cut} bytes of a write that did not finish at the end of {name}\n")
    for written in made.appended:
        out.write(f"appended again: {own_writes.described(written)}\n")
    for written in made.forgotten:
        out.write(f"forgot: {own_writes.described(written)}\n")
    if not (made.cut or made.appended or made.forgotten):
        out.write(
            f"nothing to recover: {name} holds every table this tool appended to it"
            f" (it remembers the last {own_writes.KEEP:,}, for {own_writes.KEEP_DAYS} days)\n"
        )


def due_report(
    path: Path,
    today: dt.date,
    within: int,
    format_name: DueFormat,
    out: TextIO,
    filters: Filters = NO_FILTER,
    *,
    exit_code: bool,
    every_strength: bool = False,
) -> int:
    """Print what needs attention; the exit code (with ``exit_code``) says how urgent it is.
    Pledges only, unless ``every_strength``: intents, proposals and forecasts are no
    promise to chase."""
    if within < 0:
        raise UsageError(f"--within: {within} is negative (expected a number of days, 0 or more)")
    whole = read_ledger(path)
    ledger = as_of(whole, today)
    strengths = () if every_strength else (PLEDGE,)
    filters = checked(filters._replace(strengths=strengths), ledger, whole)
    items = [
        s
        for s in selecting.needing_attention(states(ledger), today, within)
        if filters.accepts(s, today)
    ]
    if items or format_name is DueFormat.json:  # JSON is always a document: [] when empty
        memo = _json_memo(ledger) if format_name is DueFormat.json else None
        due_view(format_name, ViewOptions(memo=memo)).due(items, today, within, out)
        if memo is not None:
            memo.save(2 * len(ledger.commitments))
    elif out.isatty():
        out.write(f"Nothing overdue or due within {within} days of {today}.\n")
    return selecting.exit_code(items, today, within) if exit_code else 0


def completions(path: Path | None, what: str, incomplete: str) -> list[str]:
    """For the shell: the ledger's ids or tags, or the party codes (those the ledger
    uses first), that start with ``incomplete``; nothing when the ledger cannot be
    read (a completion must never print an error). A comma list (`--party kz,k`)
    completes its last value, leaving out those it has."""
    if what != "id" and "," in incomplete:
        head, _, last = incomplete.rpartition(",")
        given = {g.casefold() for g in head.split(",")}
        offered = completions(path, what, last)
        if what == "party" and not last and head.islower():  # as typed: kz,kg
            offered = [v.lower() for v in offered]
        return [f"{head},{v}" for v in offered if v.casefold() not in given]
    try:
        found = find_ledger(path)
        # Tab must never wait: a FIFO with an idle writer would hold it for as long.
        ledger = read_ledger(found) if found.is_file() else None
    except (CommitmentsError, OSError):
        ledger = None
    values: list[str] = []
    if ledger is not None and what == "id":
        values = [c.id for c in ledger.commitments]
    elif ledger is not None and what == "summit":
        values = [s.id for s in ledger.summits]
    elif ledger is not None and what == "tag":
        values = sorted({tag for c in ledger.commitments for tag in c.tags})
    elif what == "status":
        values = list(STATUSES)
    elif what == "strength":
        values = list(STRENGTHS)
    elif what == "party":
        own = [p for c in ledger.commitments for p in c.parties] if ledger else []
        own += [p for s in ledger.summits for p in s.parties] if ledger else []
        used = sorted(set(own))
        # The ledger's own first; the other 240 codes only once a letter narrows them.
        values = used + [code for code in PARTIES if code not in used] if incomplete else used
        if incomplete.islower():  # the shell keeps what starts as typed: kz for k
            values = [v.lower() for v in values]
    folded = incomplete.casefold()
    # A value the shell cannot take as one word (a tag with a newline) is not offered.
    return [v for v in values if v.casefold().startswith(folded) and v.isprintable()]


def _as_of_with_summit(
    path: Path, today: dt.date, summit: str | None
) -> tuple[Ledger, Summit | None]:
    """The ledger as of ``today``, and the summit asked for (None: all of them)."""
    whole = read_ledger(path)
    ledger = as_of(whole, today)
    return ledger, _summit(ledger, summit, whole, today) if summit is not None else None


def compliance_stats(
    path: Path,
    today: dt.date,
    format_name: StatsFormat,
    out: TextIO,
    *,
    summit: str | None = None,
    interim: bool = False,
) -> None:
    from commitments.report.compliance import stats  # startup: reports only

    ledger, chosen = _as_of_with_summit(path, today, summit)
    made = stats(ledger, states(ledger), today, summit=chosen, interim=interim)
    stats_view(format_name).stats(made, out)


def compliance_report(
    path: Path,
    today: dt.date,
    format_name: ReportFormat,
    out: TextIO,
    err: TextIO,
    *,
    summit: str | None = None,
    interim: bool = False,
    output: str | None = None,
    since: dt.date | None = None,
    parties: Sequence[str] = (),
    tags: Sequence[str] = (),
    summits: Sequence[str] = (),
) -> None:
    """The compliance report of ``summit`` (else every pledge), its rows narrowed to
    ``tags`` and ``summits``, its columns to ``parties``; with ``since``, each cell
    compared with the same report as of that earlier day."""
    from commitments.report import compliance  # startup: reports only

    if since is not None and since > today:
        raise UsageError(f"--since: {since} is after the day of the report ({today})")
    whole = read_ledger(path)
    ledger = as_of(whole, today)
    chosen = _summit(ledger, summit, whole, today) if summit is not None else None
    filters = checked(Filters(tags=tuple(tags), summits=tuple(summits)), ledger, whole)
    columns = list(party_codes(parties))
    earlier = None
    if since is not None:
        then = as_of(whole, since)
        earlier = (since, [s for s in states(then) if filters.accepts(s, since)])
    made = compliance.compliance_report(
        ledger,
        [s for s in states(ledger) if filters.accepts(s, today)],
        today,
        summit=chosen,
        interim=interim,
        parties=columns,
        since=earlier,
        filters={
            "parties": columns,
            "tags": list(dict.fromkeys(tag_words(tags, ledger))),
            "summits": sorted(filters.summits),
        },
    )
    for code in (p for p in columns if p not in made.parties):
        err.write(
            f"commitments: note: --party {code}: no pledge of this report is {code}'s"
            " to keep (it is none's responsible party), so it has no column\n"
        )
    with _output(output, out, path) as target:
        report_view(format_name).report(made, target)


def init_ledger(target: str | None, out: TextIO) -> None:

    from commitments.write.starter import init_ledger as write_starter  # startup: writes only

    made = write_starter(target)
    out.write(f"wrote {path_text(str(made.path))}: a commented starter ledger\n")
    if made.ignored is not None:
        out.write(f"added its journal files to {path_text(str(made.ignored))}\n")
    # A hint to paste: quoted for the shell, and shown as it would be pasted.
    out.write(f"next: commitments -f {shell_word(str(made.path))} check\n")


# What --output takes as standard output itself, whatever it is (a file, a pipe).
STDOUT_NAMES = ("-", "/dev/stdout")


@contextmanager
def _output(target: str | None, out: TextIO, ledger: Path) -> Iterator[TextIO]:
    """Where a view writes: ``out``, or (``--output``) a buffer that replaces the file
    ``target`` only once it is complete, so that no one ever reads half of it. The
    ledger itself is never a target: an export written over it would lose it."""
    if target is None or target in STDOUT_NAMES:
        yield out
        return

    shown = path_text(target)
    expected = "(expected a file, or - for standard output)"
    if not target:
        raise UsageError(f"--output: the path is empty {expected}")
    if os.path.isdir(target):
        raise UsageError(f"--output: {shown} is a folder {expected}")
    if target.endswith("/"):
        raise UsageError(f"--output: {shown} names a folder, and there is none {expected}")
    if os.path.realpath(target) == os.path.realpath(ledger) or _same_file(target, ledger):
        raise UsageError(f"--output: {shown} is the ledger; it is never replaced")
    buffer = io.StringIO()
    yield buffer
    try:
        publish(Path(target), buffer.getvalue().encode("utf-8"))
    except Refused as exc:
        raise CommitmentsError(f"cannot write {shown}: {exc}") from None
    except FileNotFoundError:
        folder = path_text(os.path.dirname(target))
        raise CommitmentsError(
            f"cannot write {shown}: there is no folder {folder} (make it first: mkdir -p --"
            f" {shell_word(os.path.dirname(target))})"
        ) from None
    except OSError as exc:
        raise CommitmentsError(f"cannot write {shown}: {os_reason(exc)}") from None


def _same_file(one: str, other: Path) -> bool:
    """Whether two paths name one file (a hard link to the ledger is the ledger)."""
    try:
        return os.path.samefile(one, other)
    except (OSError, ValueError):
        return False


def timeline_chart(
    path: Path,
    today: dt.date,
    format_name: TimelineFormat,
    out: TextIO,
    filters: Filters = NO_FILTER,
    *,
    start: str | None = None,
    end: str | None = None,
    within: int = DEFAULT_WITHIN,
    width: int | None = None,
    output: str | None = None,
) -> None:
    from commitments.formats.timeline_text import MAX_WIDTH, MIN_WIDTH  # startup: timeline only
    from commitments.report.timeline import bound, timeline  # startup: timeline only

    if width is not None and not MIN_WIDTH <= width <= MAX_WIDTH:
        raise UsageError(
            f"--width: {width} is out of range (expected {MIN_WIDTH} to {MAX_WIDTH} columns)"
        )
    first = bound(start, "--from", last=False) if start is not None else None
    last = bound(end, "--to", last=True) if end is not None else None
    _, chosen, _ = _selected(path, today, filters)
    made = timeline(chosen, today, start=first, end=last, within=within)
    with _output(output, out, path) as target:
        timeline_view(format_name, width).timeline(made, target)


def export_commitments(
    path: Path,
    today: dt.date,
    format_name: ExportFormat,
    out: TextIO,
    filters: Filters = NO_FILTER,
    *,
    output: str | None = None,
    events: EventSpan = EventSpan.deadline,
) -> None:
    ledger, chosen, whole = _selected(path, today, filters)
    if format_name in (ExportFormat.datapackage, ExportFormat.sqlite):
        from commitments.publish import open_data  # startup: these exports only

        if format_name is ExportFormat.datapackage:
            written = open_data.export_package(whole, ledger, chosen, today, output)
            out.write(f"wrote {len(written)} files to {path_text(str(written[0].parent))}\n")
        else:
            made = open_data.export_database(whole, ledger, chosen, today, output)
            out.write(f"wrote {path_text(str(made))}\n")
        return
    options = ViewOptions(identity=ledger_identity(whole), events=events)
    with _output(output, out, path) as target:
        export_view(format_name, options).commitments(chosen, today, target)


def publish_site(
    path: Path,
    today: dt.date,
    target: str,
    out: TextIO,
    *,
    title: str | None = None,
    base_url: str | None = None,
) -> None:
    from commitments.model import url_problem  # startup: only where an address is read
    from commitments.publish.site import DEFAULT_TITLE, build_site  # startup: site only

    if title is not None and (not title.strip() or visible(title) != title):
        raise UsageError("--title: expected a line of visible text")
    if base_url is not None:
        problem = url_problem(base_url)
        if problem is None and ("?" in base_url or "#" in base_url):
            problem = "holds a query or a fragment (give the folder's address alone)"
        if problem is not None:
            raise UsageError(f"--base-url: {quoted(base_url)} {problem}")
        base_url = base_url if base_url.endswith("/") else base_url + "/"
    ledger, chosen, whole = _selected(path, today, NO_FILTER)
    written = build_site(
        whole,
        ledger,
        chosen,
        today,
        target,
        title=title or DEFAULT_TITLE,
        identity=ledger_identity(whole),
        base_url=base_url or "",
    )
    out.write(
        f"wrote {counted(written.written, 'file')} of the site in"
        f" {path_text(str(written.folder))} ({written.unchanged} unchanged"
        f"{f', {written.removed} removed' if written.removed else ''})\n"
    )


def ledger_identity(whole: Ledger) -> str:
    """What tells this ledger's exports apart from another's: the first commitment of
    the file as written (its id, title and declared date). The same on every machine,
    under any name, on any day of report, and as the ledger grows (the tool only
    appends, so the first stays first); only editing that first table by hand
    changes it."""
    first = whole.commitments[0] if whole.commitments else None
    said = f"{first.id}\n{first.title}\n{first.declared}" if first else ""
    return hashlib.sha256(said.encode()).hexdigest()[:16]


def git_setup(ledger: Path, out: TextIO) -> None:
    from commitments.git.setup import set_up  # startup: git only

    made = set_up(ledger)
    for line in made.done:
        out.write(f"{line}\n")
    if not made.done:
        out.write(f"already set up in {path_text(str(made.root))}: nothing to do\n")


def git_merge(base: Path, ours: Path, theirs: Path, shown: str | None, err: TextIO) -> int:
    """The merge driver: the merged ledger written to ``ours``, as git wants it; 0 when
    it is clean and valid, 1 when a person must look (git then marks the file as
    conflicted, with all of both sides in it)."""
    from commitments.git.merge import merge, side  # startup: git only

    name = path_text(shown or str(ours))
    versions = [side(version) for version in (base, ours, theirs)]
    try:
        merged = merge(*versions)
        _replace_side(ours, merged.data)
    except OSError as exc:
        raise CommitmentsError(f"{name}: cannot merge: {exc.strerror or exc}") from None
    if merged.conflicts:
        err.write(
            f"commitments: {name}: {counted(merged.conflicts, 'conflict')} in hand-written"
            " lines, marked as git marks them: resolve, then run `commitments check`\n"
        )
        return EXIT_LEDGER
    problems = _merge_problems(merged.data, name, Path(shown) if shown else ours)
    if problems:
        err.write(
            f"commitments: {name}: the merged ledger is not valid; both sides are kept in"
            " it for you to fix (then `commitments check`):\n"
        )
        for problem in problems:
            err.write(f"{problem}\n")
        return EXIT_LEDGER
    doubles = f", {merged.doubles} of theirs already ours" if merged.doubles else ""
    if merged.three_way and not (merged.ours or merged.theirs or merged.doubles):
        err.write(f"commitments: merged {name} (git's three-way merge of hand edits)\n")
    else:
        how = " (with git's three-way merge of hand edits)" if merged.three_way else ""
        err.write(
            f"commitments: merged {name}{how}: {counted(merged.ours, 'table')} of ours,"
            f" {merged.theirs} of theirs{doubles}\n"
        )
    return 0


def _replace_side(ours: Path, data: bytes) -> None:
    """Write the result where git wants it (%A, a temporary file git made): in place,
    never through a link put there meanwhile."""
    flags = os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(ours, flags)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _merge_problems(data: bytes, name: str, ledger: Path) -> list[str]:
    """What makes ``data`` an invalid ledger, as `check` words it; [] when it is valid.
    Read as the ledger at ``ledger`` (the working tree's): its base is the bytes this
    clone has read before, so the cache spares parsing them again, and the merged
    file git then writes there is read from the cache too."""
    try:
        ledger_from(ledger, data, name)
    except CommitmentsError as exc:
        return exc.lines
    return []
