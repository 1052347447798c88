"""The shipped ledger says what its sources say: every quote is a verbatim part of the
article its source names (docs/sources holds them as they were read)."""

from __future__ import annotations

import tomllib

import pytest

from support import REPO, SHIPPED

SOURCES = REPO / "docs" / "sources"
# What a commitment's (or its summit's) source says → the article it is.
ARTICLES = {
    "Joint Declaration of the first Central Asia–Italy Summit": "000_aa4c9e3a7baf1234.txt",
    "Analysis of the first Central Asia–Italy Summit": "001_43387de20d3ead7f.txt",
    "akorda.kz": "002_7e1233b03a6daeec.txt",
    "SpecialEurasia": "003_630e534be22e7945.txt",
    "Italy Forges Central Asia Gateway": "004_3192f87fe3d5791c.txt",
}
LEDGER = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
SUMMITS = {s["id"]: s for s in LEDGER["summit"]}


def _article(commitment: dict[str, str]) -> str:
    source = commitment.get("source") or SUMMITS[commitment["summit"]]["source"]
    (name,) = [file for said, file in ARTICLES.items() if said in source]
    return (SOURCES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("commitment", LEDGER["commitment"], ids=lambda c: c["id"])
def test_every_quote_is_verbatim_from_its_source(commitment: dict[str, str]) -> None:
    assert commitment["quote"] in _article(commitment)


def test_no_url_is_invented() -> None:
    """The sources give no address: the ledger gives none either."""
    assert not any("url" in table for table in [*LEDGER["commitment"], *LEDGER["summit"]])


def test_undated_articles_do_not_appear_before_they_existed() -> None:
    """Every commitment has a declared date, its own or its summit's."""
    for c in LEDGER["commitment"]:
        assert c.get("declared") or c.get("summit"), c["id"]
