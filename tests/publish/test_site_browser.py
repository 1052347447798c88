"""The site in a real browser: Debian's Chromium driven by Playwright (no browser is
downloaded), page script off. Every page renders, reads on a phone without sideways
scrolling (a matrix or a timeline scrolls inside its own box), every internal link
leads to a page of the site, and nothing is fetched from anywhere else."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest

from publish.ledgers import HOSTILE, LEDGER
from support import Run, Write

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)"
    ),
]
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _crawl(out: Path, width: int) -> dict[str, dict[str, object]]:
    """Each page reached from the index by links: what the browser measured on it."""
    from playwright.sync_api import Route, sync_playwright

    fetched: list[str] = []

    def watch(route: Route) -> None:
        fetched.append(route.request.url)
        if route.request.url.startswith(out.as_uri()):
            route.continue_()
        else:
            route.abort()

    seen: dict[str, dict[str, object]] = {}
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            context = browser.new_context(
                java_script_enabled=False, viewport={"width": width, "height": 900}
            )
            context.route("**/*", watch)
            page = context.new_page()
            queue = [(out / "index.html").as_uri()]
            while queue:
                url = queue.pop()
                if url in seen:
                    continue
                page.goto(url)
                measured: dict[str, object] = page.evaluate(
                    """() => ({
                      h1: (document.querySelector("h1") || {}).innerText || "",
                      height: document.querySelector("main").getBoundingClientRect().height,
                      scroll: document.scrollingElement.scrollWidth,
                      links: [...document.querySelectorAll("a[href]")].map(a => a.href),
                    })"""
                )
                seen[url] = measured
                for link in measured["links"]:  # type: ignore[attr-defined]
                    target, _ = urldefrag(str(link))
                    if target.startswith("file:") and target.endswith(".html"):
                        queue.append(target)
        finally:
            browser.close()
    outside = [u for u in fetched if not u.startswith(out.as_uri())]
    assert not outside, outside
    return seen


@pytest.mark.parametrize("width", [390, 1200])
def test_every_page_renders_fits_and_links_inside_the_site(
    run: Run, write_ledger: Write, tmp_path: Path, width: int
) -> None:
    pytest.importorskip("playwright.sync_api", reason="playwright is a test extra")
    write_ledger(LEDGER)
    out = tmp_path / "site"
    assert run("--today", "2026-12-05", "site", str(out)).exit_code == 0
    seen = _crawl(out, width)
    pages = {str(p) for p in out.rglob("*.html")}
    reached = {unquote(urlparse(u).path) for u in seen}
    assert reached == pages  # the whole site is reachable from the index
    for url, measured in seen.items():
        assert measured["h1"], url  # content, without any script
        assert float(measured["height"]) > 100, url  # type: ignore[arg-type]
        assert int(measured["scroll"]) <= width, (url, measured["scroll"])  # type: ignore[call-overload]
        for link in measured["links"]:  # type: ignore[attr-defined]
            target, _ = urldefrag(str(link))
            if target.startswith("file:"):
                assert Path(unquote(urlparse(target).path)).is_file(), (url, link)
            else:
                assert target.startswith("https://"), (url, link)


def test_hostile_text_does_not_break_a_page_on_a_phone(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    pytest.importorskip("playwright.sync_api", reason="playwright is a test extra")
    write_ledger(HOSTILE)
    out = tmp_path / "site"
    assert run("--today", "2026-12-05", "site", str(out)).exit_code == 0
    seen = _crawl(out, 390)
    commitment = next(m for u, m in seen.items() if u.endswith("commitments/a.html"))
    assert "<script>alert(1)</script>" in str(commitment["h1"])
    assert all(int(m["scroll"]) <= 390 for m in seen.values())  # type: ignore[call-overload]
