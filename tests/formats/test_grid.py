"""Plain tables for piped output: aligned by terminal cells, never cut."""

from __future__ import annotations

from commitments.formats.grid import Grid, plain, width


def test_width_counts_terminal_cells() -> None:
    assert width("abc") == 3
    assert width("日本") == 4
    assert width("é") == 1 and width("e\u0301") == 1  # precomposed and combining
    assert width("Central Asia–Italy") == 18


def test_columns_align_with_wide_characters() -> None:
    grid = Grid(["ID", "Days", "Title"], frozenset({1}))
    grid.add_row([("a", ""), ("5 days left", ""), ("日本の約束", "")])
    grid.add_row([("longer-id", ""), ("1 day left", ""), ("plain", "")])
    lines = plain(grid).splitlines()
    assert lines[0] == "ID" + " " * 16 + "Days  Title"  # headers align as their columns
    assert set(lines[1]) == {"─"} and len(lines[1]) == width(lines[2])
    assert lines[2] == "a          5 days left  日本の約束"
    assert lines[3] == "longer-id   1 day left  plain"
    assert all(line == line.rstrip() for line in lines)


def test_nothing_is_truncated() -> None:
    grid = Grid(["Title"])
    grid.add_row([("x" * 5000, "")])
    assert "x" * 5000 in plain(grid)
