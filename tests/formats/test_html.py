"""HTML report and timeline: self-contained pages, ledger text never markup, and what a
real browser (headless Chromium) shows of them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from commitments.formats.html_page import COLOURS, href
from support import SHIPPED, Elements, Run, Write, parsed

TODAY = "2026-11-23"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

LEDGER = """
    [[summit]]
    id = "astana-2025"
    name = "First Central Asia–Italy Summit"
    date = 2025-05-30
    place = "Astana"
    host = "KZ"
    parties = ["IT", "KZ", "UZ"]
    source = "Joint Declaration, Astana"
    url = "https://example.org/declaration"

    [[commitment]]
    id = "water-roundtable-2026"
    title = "Round table on water resources"
    due = "by 2026"
    summit = "astana-2025"

    [[commitment]]
    id = "energy-event"
    title = "Energy technologies event"
    due = "2026-06"
    summit = "astana-2025"

    [[update]]
    commitment = "water-roundtable-2026"
    on = 2026-10-01
    status = "done"
    source = "Ministry press release, 2026-10-01"

    [[update]]
    commitment = "energy-event"
    on = 2026-07-01
    status = "partial"

    [[update]]
    commitment = "energy-event"
    party = "UZ"
    on = 2026-07-02
    status = "missed"
    source = "No delegation sent"
"""

HOSTILE = """
    [[summit]]
    id = "s"
    name = "</title><script>alert('name')</script>"
    date = 2025-05-30
    place = "<style>body{display:none}</style>"
    parties = ["IT"]
    source = "<img src=x onerror=alert(1)>"

    [[commitment]]
    id = "a"
    title = "\\"><script>alert(1)</script> [bold]Loud[/] \\u001b[31m \\u202eevil &amp;"
    due = "2026"
    summit = "s"
    tags = ["<b>tag</b>"]
    quote = "<iframe src=https://evil.example></iframe>"
    notes = "<svg onload=alert(3)>"

    [[update]]
    commitment = "a"
    on = 2026-05-01
    status = "done"
    source = "<a href='https://evil.example'>click</a> \\" onmouseover=\\"alert(2)"
    note = "<script>alert(4)</script>"
"""


def html_of(run: Run, *args: str) -> str:
    result = run("--today", TODAY, *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def assert_self_contained(page: str) -> Elements:
    elements = parsed(page)
    names = {tag for tag, _ in elements.tags}
    assert not names & {"script", "iframe", "object", "embed", "link", "img", "form", "base"}
    assert [tag for tag, _ in elements.tags].count("style") == 1  # the page's own
    for tag, attrs in elements.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "src" not in attrs
        if tag == "a":
            assert (attrs["href"] or "").startswith(("https://", "http://"))
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    return elements


def test_the_report_page_has_the_matrix_means_and_evidence(run: Run, write_ledger: Write) -> None:
    write_ledger(LEDGER)
    page = html_of(run, "report", "astana-2025", "--format", "html")
    elements = assert_self_contained(page)
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    cells = [attrs.get("class") for tag, attrs in elements.tags if tag == "td"]
    # water: all done (+1); energy: IT KZ partial (0), UZ missed (-1); then coverage.
    assert cells[:5] == ["score good", "score good", "score good", "mean good", "mean"]
    assert cells[5:10] == ["score mid", "score mid", "score bad", "mean mid", "mean"]
    text = "".join(elements.text)
    assert "Compliance report: First Central Asia–Italy Summit (2025-05-30)" in text
    assert "+0.33" in text and "67%" in text  # overall (1+1+1+0+0-1)/6 = 0.33 → 67%
    assert "IT, KZ, UZ done (+1), 2026-10-01: Ministry press release, 2026-10-01" in text
    assert "UZ missed (-1), 2026-07-02: No delegation sent" in text
    assert "@media print" in page and "width=device-width" in page
    assert ("a", {"href": "https://example.org/declaration"}) in elements.tags


def test_ledger_text_never_becomes_markup(run: Run, write_ledger: Write) -> None:
    write_ledger(HOSTILE)
    for args in (["report", "--format", "html"], ["timeline", "--format", "html"]):
        page = html_of(run, *args)
        elements = assert_self_contained(page)
        assert "\x1b" not in page and "\u202e" not in page
        text = "".join(elements.text)
        assert "<script>alert(1)</script>" in text  # shown, as text
        assert "\\x1b[31m" in text and "\\u202eevil" in text
        assert "&amp;" in text  # the ledger's own "&amp;" is text, not an ampersand
        assert not any("evil.example" in (attrs.get("href") or "") for _, attrs in elements.tags)
    report = html_of(run, "report", "s", "--format", "html")
    shown = "".join(parsed(report).text)
    assert "<img src=x onerror=alert(1)>" in shown
    assert "<style>body{display:none}</style>" in shown  # the summit's place


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,x", "https://a.example/\u202e", "ht tp://x", ""],
)
def test_only_plain_http_links_are_links(url: str) -> None:
    assert href(url) is None
    assert href("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&amp;c=2"


def test_the_timeline_page_draws_every_window(run: Run) -> None:
    page = html_of(run, "-f", str(SHIPPED), "timeline", "--format", "html")
    elements = assert_self_contained(page)
    bars = [attrs["class"] for tag, attrs in elements.tags if tag == "g"]
    assert bars == [
        "bar overdue",
        "bar due-soon",
        "bar due-soon",
        "bar due-soon",
        "bar open",
        "bar open",
    ]
    assert f"today {TODAY}" in "".join(elements.text)
    assert page.count("<svg") == 1


def _screenshot(page: Path, png: Path, width: int, height: int, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'chromium'}",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def _pixels(png: Path) -> dict[tuple[int, int, int], int]:
    from PIL import Image

    with Image.open(png) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 24) or []
    return {colour: count for count, colour in colours}


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("width", [1200, 390])
def test_a_real_browser_shows_the_matrix(
    run: Run, write_ledger: Write, tmp_path: Path, width: int
) -> None:
    write_ledger(LEDGER)
    page = tmp_path / "report.html"
    assert run("--today", TODAY, "report", "--format", "html", "-o", str(page)).exit_code == 0
    png = tmp_path / "report.png"
    _screenshot(page, png, width, 900, tmp_path)
    pixels = _pixels(png)
    assert len(pixels) > 20  # not blank: text, rules and colours
    white = pixels.get((255, 255, 255), 0)
    assert white < 0.97 * sum(pixels.values())
    # The matrix's coloured cells are on screen: each colour fills whole cells.
    for name in ("good", "mid", "bad"):
        assert pixels.get(_rgb(COLOURS[name]), 0) > 500, name


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_a_real_browser_shows_the_timeline(run: Run, tmp_path: Path) -> None:
    page = tmp_path / "timeline.html"
    result = run(
        "-f", str(SHIPPED), "--today", TODAY, "timeline", "--format", "html", "-o", str(page)
    )
    assert result.exit_code == 0
    png = tmp_path / "timeline.png"
    _screenshot(page, png, 1200, 700, tmp_path)
    pixels = _pixels(png)
    for kind in ("overdue", "due-soon", "open"):
        assert pixels.get(_rgb(COLOURS[kind]), 0) > 200, kind


# --- numbers are never broken (Playwright driving Debian's Chromium, page script off) -------

FRACTIONAL = "\n".join(
    [
        '[[summit]]\nid = "s"\nname = "A summit with a name long enough to wrap at a phone\'s'
        ' width and then some"\ndate = 2025-05-30\nparties = ["IT", "KZ", "KG", "TJ", "TM",'
        ' "UZ", "EU", "DE", "FR", "ES", "PL"]\n',
        *[
            f'[[commitment]]\nid = "pledge-{i}"\ntitle = "{"A long title that says a lot " * 6}'
            f'{i}"\nsummit = "s"\n'
            for i in range(6)
        ],
        *[
            f'[[update]]\ncommitment = "pledge-{i}"\non = 2026-0{1 + i % 8}-01\nparty = "{p}"\n'
            f'status = "{["done", "partial", "missed", "in-progress", "stalled"][(i + j) % 5]}"\n'
            for i in range(6)
            for j, p in enumerate(["IT", "KZ", "KG", "TJ", "TM", "UZ", "EU", "DE"][: 3 + i])
        ],
    ]
)
_NUMERIC = r"^(?:[+\-−]?\d[\d.]*[%†*]*|\d+/\d+|[·–][*]?|Mean|Percent|Assessed)$"


def _line_counts(html: Path, width: int) -> dict[str, int]:
    """Each numeric text of the matrix at this page width, and the most lines one of
    its kind took (1: never broken)."""
    from playwright.sync_api import sync_playwright

    flags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    flags += ["--disable-component-update", "--disable-sync", "--no-first-run"]
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=flags)
        try:
            context = browser.new_context(
                java_script_enabled=False, viewport={"width": width, "height": 900}
            )
            page = context.new_page()
            page.goto(html.as_uri())
            found: dict[str, int] = page.evaluate(
                """pattern => {
                  const re = new RegExp(pattern);
                  const walker = document.createTreeWalker(
                    document.querySelector("table.matrix"), NodeFilter.SHOW_TEXT);
                  const lines = {};
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const text = node.textContent.trim();
                    if (!re.test(text)) continue;
                    const range = document.createRange();
                    range.selectNodeContents(node);
                    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                    lines[text] = Math.max(lines[text] || 0, tops.size);
                  }
                  return lines;
                }""",
                _NUMERIC,
            )
        finally:
            browser.close()
    return found


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("width", [390, 800, 1200, 1600])
def test_no_number_or_heading_is_broken_inside_a_cell(
    run: Run, write_ledger: Write, tmp_path: Path, width: int
) -> None:
    pytest.importorskip("playwright.sync_api", reason="playwright is a test extra")
    write_ledger(FRACTIONAL)
    page = tmp_path / "report.html"
    made = run("--today", TODAY, "report", "s", "--interim", "--format", "html", "-o", str(page))
    assert made.exit_code == 0, made.stderr
    counts = _line_counts(page, width)
    assert "Mean" in counts and any("." in text for text in counts)  # fractional means shown
    assert any("/" in text for text in counts)  # and the coverage
    broken = {text: n for text, n in counts.items() if n != 1}
    assert not broken, broken


@pytest.mark.parametrize("encoding", ["latin-1", "ascii", "utf-8"])
@pytest.mark.parametrize("command", ["report", "timeline"])
def test_a_page_on_any_output_encoding_is_the_utf_8_it_says_it_is(
    tmp_path: Path, encoding: str, command: str
) -> None:
    """`<meta charset="utf-8">` holds whatever the output's encoding: the page is
    written in UTF-8 (the shipped ledger has en dashes, middle dots, †)."""
    import os
    import sys

    env = {**os.environ, "PYTHONIOENCODING": encoding, "COMMITMENTS_TODAY": "2026-11-22"}
    argv = [sys.executable, "-m", "commitments", "-f", str(SHIPPED), command, "--format", "html"]
    done = subprocess.run(argv, capture_output=True, env=env, timeout=60, check=True)
    text = done.stdout.decode("utf-8")  # raises if it is not UTF-8
    assert "\\u" not in text and "Central Asia" in text
    assert "–" in text and "&#8211;" not in text
