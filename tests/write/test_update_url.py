"""`update --url`: the evidence's address, kept with the update, shown wherever its
source is (show, JSON, the report's evidence, with a link in HTML)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.ledger.parse import full_read
from commitments.ledger.read import read_ledger
from support import SHIPPED, TODAY, Run, Write

URL = "https://example.org/mfa/round-table"


def updated(run: Run, write_ledger: Write, *extra: str):  # type: ignore[no-untyped-def]
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run(
        "--today", TODAY, "update", "water", "--on", "2026-11-20", "--status", "done",
        "--source", "MFA release", "--url", URL, *extra,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return path


def test_the_url_is_written_with_the_update(run: Run, write_ledger: Write) -> None:
    path = updated(run, write_ledger)
    table = path.read_text(encoding="utf-8").rsplit("[[update]]", 1)[1]
    assert f'source = "MFA release"\nurl = "{URL}"\n' in table
    assert run("check").exit_code == 0


def test_show_gives_it(run: Run, write_ledger: Write) -> None:
    updated(run, write_ledger)
    shown = json.loads(run("--today", TODAY, "show", "water", "--format", "json").stdout)
    assert shown["updates"][-1]["url"] == URL and shown["updates"][-1]["source"] == "MFA release"
    table = run("--today", TODAY, "show", "water").stdout
    assert "MFA release" in table and "example.org/mfa" in table


def test_the_report_gives_it_as_the_evidence(run: Run, write_ledger: Write) -> None:
    updated(run, write_ledger)
    report = json.loads(run("--today", TODAY, "report", "--format", "json").stdout)
    cells = {row["id"]: row["cells"] for row in report["rows"]}["water-roundtable-2026"]
    assert {cell["url"] for cell in cells.values()} == {URL}
    page = run("--today", TODAY, "report", "--format", "html").stdout
    assert f'<a href="{URL}">MFA release</a>' in page
    assert f"MFA release ({URL})" in run("--today", TODAY, "report", "--format", "markdown").stdout


def test_an_address_alone_is_evidence_enough(run: Run, write_ledger: Write) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run("--today", TODAY, "update", "water", "--url", URL)
    assert result.exit_code == 0, result.output
    assert f'url = "{URL}"' in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("bad", ["ftp://x", "example.org", "https://", "javascript:alert(1)"])
def test_an_address_that_is_not_http_is_refused_and_nothing_written(
    run: Run, write_ledger: Write, bad: str
) -> None:
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    before = path.read_bytes()
    result = run("--today", TODAY, "update", "water", "--status", "done", "--url", bad)
    assert result.exit_code == 2
    assert "--url:" in result.stderr and "http(s)" in result.stderr
    assert path.read_bytes() == before


def test_a_hand_written_url_in_an_update_is_checked(write_ledger: Write) -> None:
    path = write_ledger(
        SHIPPED.read_text(encoding="utf-8")
        + '\n[[update]]\ncommitment = "water-roundtable-2026"\non = 2026-01-01\n'
        'note = "x"\nurl = "ftp://nope"\n'
    )
    checked = full_read(path.read_bytes(), path, "commitments.toml")
    assert any('url "ftp://nope" is not an http(s) address' in p.message for p in checked.errors)


def test_the_cache_keeps_it(run: Run, write_ledger: Write) -> None:
    path = updated(run, write_ledger)
    run("list")  # stored
    (cached,) = [u for u in read_ledger(path).updates_of("water-roundtable-2026") if u.url]
    whole = full_read(path.read_bytes(), path, "commitments.toml").ledger
    assert cached in whole.updates and cached.url == URL


@pytest.mark.parametrize(
    "bad",
    [
        "https://ex\x1bample.org",
        "https://a\x07b",
        "https:///path",
        "http:// x",
        # found by a second attack: no host, and characters a reader cannot see
        "http://?x",
        "http://#frag",
        "http://@",
        "http://:80/",
        "https://.",
        "https://a\x9bb",
        "https://evil.example\u202e/moc.elgoog",
        "https://a\u200bb.org",
        # a third: fillers, tags and selectors are unseen too; a user reads as a host
        "https://exa\u3164mple.com/",
        "https://example.com/a\U000e0041b",
        "https://ex\u206aa.com/",
        "https://example.com/\ufe0f",
        "https://www.gov.kz@evil.example/",
    ],
)
def test_an_address_with_a_control_character_or_no_host_is_refused(
    run: Run, write_ledger: Write, bad: str
) -> None:
    """Found by attackers: an ESC in an address reaches a terminal or a page; an unseen
    character or a user shows readers another address than the link's. The message
    says which."""
    path = write_ledger(SHIPPED.read_text(encoding="utf-8"))
    before = path.read_bytes()
    result = run("--today", TODAY, "update", "water", "--note", "n", "--url", bad)
    assert result.exit_code == 2
    assert re.search(r"--url: .* (holds|has no host|names a user)", result.stderr), result.stderr
    assert path.read_bytes() == before
    escaped = bad.encode("unicode_escape").decode().replace('"', '\\"')
    written = write_ledger(f'[[commitment]]\nid = "w"\ntitle = "W"\nurl = "{escaped}"\n')
    assert run("-f", str(written), "check").exit_code == 1  # by hand, the same rule


def test_the_scheme_in_capitals_is_an_address(run: Run, write_ledger: Write) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run("--today", TODAY, "update", "water", "--url", "HTTPS://EXAMPLE.ORG/X")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "good",
    [
        "http://localhost:8080/x",
        "http://[::1]/",
        "https://пример.рф/путь",
        "https://भारत.भारत/",
        "https://ไทยรัฐ.com/",
        "http://[fe80::1%25eth0]/",
        "https://example.org/a%20b?q=1#top",
    ],
)
def test_addresses_of_every_usual_shape_are_taken(run: Run, write_ledger: Write, good: str) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run("--today", TODAY, "update", "water", "--note", "n", "--url", good)
    assert result.exit_code == 0, result.stderr


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_the_ascii_fast_path_finds_what_the_character_loop_finds(text: str) -> None:
    """url_problem reads ASCII addresses by one regex (a site checks 50,000 of them);
    on any ASCII text it says what the loop over every character says."""
    from commitments.model import _ascii_unseen, _unseen

    assert _ascii_unseen(text) == _unseen(text)
    assert _ascii_unseen("https://example.org/" + text) == _unseen("https://example.org/" + text)
