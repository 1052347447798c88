"""Compliance as tables: `stats` and the `report` matrix, fitted like every table."""

from __future__ import annotations

import functools
from typing import TextIO

from commitments.formats.grid import Grid, draw
from commitments.formats.styles import STATUS_STYLE
from commitments.parties import party_name
from commitments.report.compliance import Report, Score, Stats
from commitments.report.scoring import half_up
from commitments.text import counted, visible

_SCORE_STYLE = {1: "green", 0: "yellow", -1: "red"}


def signed(value: float | None) -> str:
    """A score as the matrix shows it: +1, 0, -1, +0.50; blank when not scored."""
    if value is None:
        return ""
    if value == int(value):
        return f"{int(value):+d}" if value else "0"
    return f"{value:+.2f}"


def percent_text(score: Score) -> str:
    return "" if score.percent is None else f"{half_up(score.percent):.0f}%"


def _heading(out: TextIO, text: str) -> None:
    """A line above a table; on a terminal, wrapped between words to its width."""
    if out.isatty():
        from commitments.formats.console import terminal_width
        from commitments.formats.fit import wrap

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
                ["Party", "Name", "Pledges", "Scored", "Done", "Partial", "Missed", "Score", "%"],
                right=frozenset(range(2, 9)),
                wraps=1,
                narrowing=(("drop", 1),),
            )
            for party in stats.parties:
                parties.add_row(
                    [
                        (party.party, "bold"),
                        (party_name(party.party), ""),
                        (str(party.commitments), ""),
                        (str(party.scored), ""),
                        (str(party.done), ""),
                        (str(party.partial), ""),
                        (str(party.missed), ""),
                        (signed(two(party.score.score)), ""),
                        (percent_text(party.score), ""),
                    ]
                )
            draw(parties, out)
        else:
            out.write("No pledge names a party.\n")
        if stats.summits:
            out.write("\n")
            _heading(out, "Summits")
            summits = Grid(
                ["Summit", "Date", "Pledges", "Score", "%", "Name"],
                right=frozenset({2, 3, 4}),
                wraps=5,
                narrowing=(("drop", 1),),
            )
            for line in stats.summits:
                summits.add_row(
                    [
                        (visible(line.summit.id), ""),
                        (line.summit.date.isoformat(), ""),
                        (str(line.commitments), ""),
                        (signed(two(line.score.score)), ""),
                        (percent_text(line.score), ""),
                        (visible(line.summit.name), ""),
                    ]
                )
            summits.shorter[2] = functools.partial(_counted, summits.columns[2], "pledge")
            draw(summits, out)
        out.write(
            f"\nSlipped: {counted(stats.slipped, 'commitment')},"
            f" {counted(stats.days_slipped, 'day')} in all\n"
        )

    def report(self, report: Report, out: TextIO) -> None:
        summit = report.summit
        title = f"{visible(summit.name)} ({summit.date})" if summit else "All pledges"
        _heading(out, f"Compliance report: {title}, {assessment_line(report)}")
        if not report.rows:
            what = "open or closed" if report.interim else "closed"
            out.write(f"Nothing scored yet: no pledge has a {what} status to score.\n")
            return
        parties = report.parties
        n = len(parties)
        # Too narrow for the matrix, each row becomes a block whose cells say their party.
        labelled: list[list[str]] = []
        grid = Grid(
            ["ID", *parties, "Mean", "Title"],
            right=frozenset(range(1, n + 2)),
            key=0,
            wraps=n + 2,
            narrowing=(("drop", n + 2),),
        )
        for i in range(n):
            grid.shorter[i + 1] = functools.partial(_column, labelled, i)
        grid.shorter[n + 1] = functools.partial(_labelled, "mean", grid.columns[n + 1])
        for row in report.rows:
            scores = [row.cells[p].score if p in row.cells else None for p in parties]
            labelled.append(
                [
                    f"{p} {signed(v)}" if v is not None else ""
                    for p, v in zip(parties, scores, strict=True)
                ]
            )
            grid.add_row(
                [
                    (visible(row.id), ""),
                    *[(signed(v), _style(v)) for v in scores],
                    (signed(two(row.score)), "bold"),
                    (visible(row.title), ""),
                ]
            )
        means = [report.party_scores[p] for p in parties]
        labelled.append(
            [f"{p} {signed(two(s.score))}" for p, s in zip(parties, means, strict=True)]
        )
        labelled.append([f"{p} {percent_text(s)}" for p, s in zip(parties, means, strict=True)])
        grid.add_row(
            [
                ("mean", "bold"),
                *[(signed(two(s.score)), "bold") for s in means],
                (signed(two(report.overall.score)), "bold"),
                ("", ""),
            ]
        )
        grid.add_row(
            [
                ("percent", "bold"),
                *[(percent_text(s), "") for s in means],
                (percent_text(report.overall), "bold"),
                ("", ""),
            ]
        )
        draw(grid, out)


def _column(rows: list[list[str]], i: int) -> list[str]:
    return [row[i] for row in rows]


def _labelled(label: str, cells: list[str]) -> list[str]:
    return [f"{label} {cell}" if cell else "" for cell in cells]


def _counted(cells: list[str], noun: str) -> list[str]:
    return [counted(int(cell), noun) for cell in cells]


def two(value: float | None) -> float | None:
    """Rounded for a table, so that 0.333… reads +0.33 and an exact 1.0 reads +1."""
    return None if value is None else half_up(value, 2)


def _style(score: int | None) -> str:
    return "" if score is None else _SCORE_STYLE.get(score, "")
