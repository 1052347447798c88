"""Compliance as tables: `stats` and the `report` matrix, fitted like every table."""

from __future__ import annotations

import functools
from typing import TextIO

from commitments.formats.fit import draw
from commitments.formats.grid import Grid
from commitments.formats.styles import STATUS_STYLE
from commitments.parties import party_name
from commitments.report.compliance import Cell, Report, Score, Stats
from commitments.report.scoring import half_up
from commitments.text import counted, visible

_SCORE_STYLE = {1: "green", 0: "yellow", -1: "red"}


# What a cell or a mean shows besides a score, said once for every format.
NOT_ASSESSED = "·"  # nobody has looked: never −1, never 0%
NOT_SCORED = "–"  # assessed, with a status not scored (cancelled; final: still open)
THIN = "†"  # a mean resting on fewer than half of its cells
CHANGED = "*"  # with --since: not the score it was


def signed(value: float | None) -> str:
    """A score as the matrix shows it: +1, 0, -1, +0.50; blank when not scored."""
    if value is None:
        return ""
    if value == int(value):
        return f"{int(value):+d}" if value else "0"
    return f"{value:+.2f}"


def cell_text(cell: Cell | None) -> str:
    """A party's cell on a pledge: its score; · not assessed; – assessed, not scored;
    blank: not responsible. A * marks a score that changed since the earlier report."""
    if cell is None:
        return ""
    if not cell.assessed:
        text = NOT_ASSESSED
    elif cell.score is None:
        text = NOT_SCORED
    else:
        text = signed(cell.score)
    return text + (CHANGED if cell.changed else "")


def mean_text(score: Score) -> str:
    """A mean: its score (marked † when it rests on fewer than half of its cells); ·
    when nothing is assessed, – when nothing assessed is scored."""
    if score.score is None:
        return NOT_ASSESSED if not score.assessed else NOT_SCORED
    return signed(two(score.score)) + (THIN if score.thin else "")


def percent_text(score: Score) -> str:
    if score.percent is None:
        return ""
    return f"{half_up(score.percent):.0f}%" + (THIN if score.thin else "")


def coverage_text(score: Score) -> str:
    """ "3/6": cells assessed, of how many."""
    return f"{score.assessed}/{score.cells}"


def coverage_line(report: Report) -> str:
    """Under the matrix: how much of it rests on research, and what the marks mean."""
    said = f"{report.assessed} of {counted(report.cells, 'cell')} assessed"
    if not report.assessed:
        said += ": nothing has been assessed yet"
    elif report.overall.scored != report.assessed:
        said += f", {report.overall.scored} scored"
    marks = [
        f"{NOT_ASSESSED} not assessed",
        f"{NOT_SCORED} assessed, not scored",
        f"{THIN} a mean of fewer than half of its cells",
    ]
    if report.since is not None:
        marks.append(f"{CHANGED} changed since {report.since}")
    return f"{said}. {'; '.join(marks)}; blank: not responsible."


def change_lines(report: Report) -> list[str]:
    """With --since, each cell whose score changed: id, party, before → after."""
    if report.since is None:
        return []
    if not report.changes:
        return [f"Nothing changed since {report.since}."]
    head = f"Changed since {report.since}:"
    return [head] + [
        f"  {visible(change.id)} {change.party}:"
        f" {score_or_mark(change.before, change.was_assessed)}"
        f" → {score_or_mark(change.after, change.is_assessed)}"
        for change in report.changes
    ]


def score_or_mark(score: int | None, assessed: bool) -> str:
    """A cell's score, else · (not assessed) or – (assessed, not scored)."""
    if score is not None:
        return signed(score)
    return NOT_SCORED if assessed else NOT_ASSESSED


def report_title(report: Report) -> str:
    """What the report is of: the summit (else all pledges), and what it was narrowed to."""
    summit = report.summit
    title = f"{visible(summit.name)} ({summit.date})" if summit else "All pledges"
    narrowed = [
        f"{label} {', '.join(visible(v) for v in report.filters[key])}"
        for key, label in (("summits", "summit"), ("tags", "tag"), ("parties", "parties"))
        if report.filters.get(key)
    ]
    return f"{title} ({'; '.join(narrowed)})" if narrowed else title


def _heading(out: TextIO, text: str) -> None:
    """A line above a table; on a terminal, wrapped between words to its width."""
    if out.isatty():
        from commitments.formats.console import terminal_width  # rich: terminals only
        from commitments.formats.fit import wrap  # rich: terminals only

        out.write("".join(f"{piece}\n" for piece in wrap(text, terminal_width(out))))
    else:
        out.write(f"{text}\n")


def assessment_line(report: Report | Stats) -> str:
    kind = "interim" if report.interim else "final"
    return f"as of {report.as_of}, {kind} assessment"


class Format:
    def stats(self, stats: Stats, out: TextIO) -> None:
        _heading(out, f"Commitments ({assessment_line(stats)})")
        counts = Grid(["Status", "Count"], right=frozenset({1}))
        for status, count in stats.by_status.items():
            counts.add_row([(status, STATUS_STYLE.get(status, "")), (str(count), "")])
        draw(counts, out)
        out.write("\n")
        strengths = Grid(["Strength", "Count"], right=frozenset({1}))
        for strength, count in stats.by_strength.items():
            strengths.add_row([(strength, ""), (str(count), "")])
        draw(strengths, out)
        out.write("\n")
        _heading(out, "Parties (pledges; best score first)")
        if stats.parties:
            parties = Grid(
                [
                    "Party",
                    "Name",
                    "Pledges",
                    "Assessed",
                    "Scored",
                    "Done",
                    "Partial",
                    "Missed",
                    "Score",
                    "%",
                ],
                right=frozenset(range(2, 10)),
                wraps=1,
                narrowing=(("drop", 1),),
            )
            for party in stats.parties:
                parties.add_row(
                    [
                        (party.party, "bold"),
                        (party_name(party.party), ""),
                        (str(party.commitments), ""),
                        (str(party.score.assessed), ""),
                        (str(party.scored), ""),
                        (str(party.done), ""),
                        (str(party.partial), ""),
                        (str(party.missed), ""),
                        (mean_text(party.score), ""),
                        (percent_text(party.score), ""),
                    ]
                )
            # As blocks (too narrow for the table), each number says what it counts.
            parties.shorter[2] = functools.partial(_counted, parties.columns[2], "pledge")
            for column, label in enumerate(
                ("assessed", "scored", "done", "partial", "missed"), start=3
            ):
                parties.shorter[column] = functools.partial(_after, parties.columns[column], label)
            parties.shorter[8] = functools.partial(_labelled, "score", parties.columns[8])
            draw(parties, out)
        else:
            out.write("No pledge names a party.\n")
        if stats.summits:
            out.write("\n")
            _heading(out, "Summits")
            summits = Grid(
                ["Summit", "Date", "Pledges", "Assessed", "Score", "%", "Name"],
                right=frozenset({2, 3, 4, 5}),
                wraps=6,
                narrowing=(("drop", 1),),
            )
            for line in stats.summits:
                summits.add_row(
                    [
                        (visible(line.summit.id), ""),
                        (line.summit.date.isoformat(), ""),
                        (str(line.commitments), ""),
                        (coverage_text(line.score), ""),
                        (mean_text(line.score), ""),
                        (percent_text(line.score), ""),
                        (visible(line.summit.name), ""),
                    ]
                )
            summits.shorter[2] = functools.partial(_counted, summits.columns[2], "pledge")
            draw(summits, out)
        out.write("\n")
        _heading(
            out,
            f"Assessed: the cells (a responsible party on a pledge) someone has looked at."
            f" {NOT_ASSESSED} nothing assessed; {THIN} a mean of fewer than half of its cells.",
        )
        out.write(
            f"\nSlipped: {counted(stats.slipped, 'commitment')},"
            f" {counted(stats.days_slipped, 'day')} in all\n"
        )

    def report(self, report: Report, out: TextIO) -> None:
        _heading(out, f"Compliance report: {report_title(report)}, {assessment_line(report)}")
        if not report.rows:
            out.write("No pledge with a responsible party to assess.\n")
            return
        parties = report.parties
        n = len(parties)
        # Too narrow for the matrix, each row becomes a block whose cells say their party.
        labelled: list[list[str]] = []
        grid = Grid(
            ["ID", *parties, "Mean", "Assessed", "Title"],
            right=frozenset(range(1, n + 3)),
            key=0,
            wraps=n + 3,
            narrowing=(("drop", n + 3),),
        )
        for i in range(n):
            grid.shorter[i + 1] = functools.partial(_column, labelled, i)
        grid.shorter[n + 1] = functools.partial(_labelled, "mean", grid.columns[n + 1])
        grid.shorter[n + 2] = functools.partial(_labelled, "assessed", grid.columns[n + 2])
        for row in report.rows:
            texts = [cell_text(row.cells.get(p)) for p in parties]
            labelled.append(
                [f"{p} {text}" if text else "" for p, text in zip(parties, texts, strict=True)]
            )
            grid.add_row(
                [
                    (visible(row.id), ""),
                    *[
                        (text, _style(row.cells.get(p)))
                        for p, text in zip(parties, texts, strict=True)
                    ],
                    (mean_text(row.score), "bold"),
                    (coverage_text(row.score), ""),
                    (visible(row.title), ""),
                ]
            )
        means = [report.party_scores[p] for p in parties]
        for label, shown in (("mean", mean_text), ("percent", percent_text)):
            labelled.append([f"{p} {shown(s)}" for p, s in zip(parties, means, strict=True)])
            grid.add_row(
                [
                    (label, "bold"),
                    *[(shown(s), "bold" if label == "mean" else "") for s in means],
                    (shown(report.overall), "bold"),
                    ("", ""),
                    ("", ""),
                ]
            )
        labelled.append([f"{p} {coverage_text(s)}" for p, s in zip(parties, means, strict=True)])
        grid.add_row(
            [
                ("assessed", "bold"),
                *[(coverage_text(s), "") for s in means],
                ("", ""),
                (coverage_text(report.overall), "bold"),
                ("", ""),
            ]
        )
        draw(grid, out)
        _heading(out, coverage_line(report))
        for line in change_lines(report):
            out.write(f"{line}\n")


def _column(rows: list[list[str]], i: int) -> list[str]:
    return [row[i] for row in rows]


def _labelled(label: str, cells: list[str]) -> list[str]:
    return [f"{label} {cell}" if cell else "" for cell in cells]


def _counted(cells: list[str], noun: str) -> list[str]:
    return [counted(int(cell), noun) for cell in cells]


def _after(cells: list[str], label: str) -> list[str]:
    return [f"{cell} {label}" if cell else "" for cell in cells]


def two(value: float | None) -> float | None:
    """Rounded for a table, so that 0.333… reads +0.33 and an exact 1.0 reads +1."""
    return None if value is None else half_up(value, 2)


def _style(cell: Cell | None) -> str:
    if cell is None or cell.score is None:
        return "dim"
    return _SCORE_STYLE.get(cell.score, "")
