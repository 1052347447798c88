"""Markdown: a pipe table for a wiki or a mail; ledger text escaped so it renders literally."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from commitments.formats.phrases import days_text, marked_title, window_text
from commitments.report.state import State
from commitments.text import in_its_own_encoding, visible

if TYPE_CHECKING:
    from commitments.report.compliance import Report

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~])")
# ":warning:" would render as an emoji on GitHub and in many wikis.
_EMOJI_CODE = re.compile(r":(?=[A-Za-z0-9_+-]+:)")


def cell(text: str) -> str:
    """Ledger text as a table cell that renders literally: markup and emoji codes escaped."""
    return _EMOJI_CODE.sub(r"\\:", _SPECIAL.sub(r"\\\1", visible(text)))


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


class Format:
    def commitments(self, states: Sequence[State], today: dt.date, out: TextIO) -> None:
        in_its_own_encoding(out, "charref")
        rows = [
            [
                cell(s.commitment.id),
                cell(s.status),
                cell(s.window.text) if s.window else "",
                cell(window_text(s.window)) if s.window else "",  # Days says undated
                cell(days_text(s, today)),
                cell(", ".join(s.commitment.parties)),
                cell(marked_title(s.commitment)),
            ]
            for s in states
        ]
        out.write(table(["ID", "Status", "Due", "Window", "Days", "Parties", "Title"], rows))

    def due(self, states: Sequence[State], today: dt.date, within: int, out: TextIO) -> None:
        in_its_own_encoding(out, "charref")
        rows = [
            [
                s.attention(today, within) or "",
                cell(s.commitment.id),
                cell(marked_title(s.commitment)),
                cell(s.window.text) if s.window else "",
                cell(window_text(s.window)),
                cell(days_text(s, today)),
            ]
            for s in states
        ]
        out.write(table(["Attention", "ID", "Title", "Due", "Window", "Days"], rows))

    def report(self, report: Report, out: TextIO) -> None:
        in_its_own_encoding(out, "charref")
        from commitments.formats.compliance_table import (  # startup: reports only
            assessment_line,
            cell_text,
            change_lines,
            coverage_line,
            coverage_text,
            mean_text,
            percent_text,
            report_title,
        )

        out.write(f"# Compliance report: {cell(report_title(report))}\n\n")
        out.write(f"{assessment_line(report).capitalize()}.\n\n")
        if not report.rows:
            out.write("No pledge with a responsible party to assess.\n")
            return
        parties = report.parties
        rows = [
            [
                cell(row.id),
                cell(row.title),
                *[cell_text(row.cells.get(p)) for p in parties],
                mean_text(row.score),
                coverage_text(row.score),
            ]
            for row in report.rows
        ]
        means = [report.party_scores[p] for p in parties]
        rows.append(["**mean**", "", *map(mean_text, means), mean_text(report.overall), ""])
        rows.append(
            ["**percent**", "", *map(percent_text, means), percent_text(report.overall), ""]
        )
        rows.append(
            ["**assessed**", "", *map(coverage_text, means), "", coverage_text(report.overall)]
        )
        out.write(table(["ID", "Title", *parties, "Mean", "Assessed"], rows))
        out.write(f"\n{coverage_line(report)}\n")
        changes = change_lines(report)
        if changes:
            out.write(f"\n{changes[0]}\n\n")
            out.writelines(f"- {cell(line.strip())}\n" for line in changes[1:])
        out.write("\n## Evidence\n\n")
        for row in report.rows:
            out.write(f"- **{cell(row.id)}**\n")
            for party, c in row.cells.items():
                if not c.assessed:
                    out.write(f"  - {party}: not assessed\n")
                    continue
                source = cell(c.source) if c.source else "no source recorded"
                if c.url:
                    source = f"{source} ({cell(c.url)})" if c.source else cell(c.url)
                on = c.on or "undated"
                out.write(f"  - {party}: {c.status} ({cell_text(c)}), {on}: {source}\n")
