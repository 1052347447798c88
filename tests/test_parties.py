"""The party table is ISO 3166-1 as pycountry gives it, plus the EU."""

from __future__ import annotations

import pycountry

from commitments.parties import PARTIES, party_name, suggest_party


def test_the_table_is_iso_3166_as_pycountry_has_it() -> None:
    iso = {
        country.alpha_2: getattr(country, "common_name", None) or country.name
        for country in pycountry.countries
    }
    assert {code: name for code, name in PARTIES.items() if code != "EU"} == iso
    assert PARTIES["EU"] == "European Union"


def test_names_and_suggestions() -> None:
    assert party_name("KZ") == "Kazakhstan"
    assert party_name("TW") == "Taiwan"  # the common name, not the long one
    assert suggest_party("kazakhstan") == "KZ"
    assert suggest_party("UK") == "GB"
