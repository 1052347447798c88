"""Party codes: ISO 3166-1 alpha-2, plus "EU" for the European Union."""

from __future__ import annotations

import difflib

from commitments.errors import UsageError
from commitments.text import quoted

# ISO 3166-1 alpha-2 codes with their English names, generated from pycountry 26.2.16
# (Debian's iso-codes data): each country's common_name where it has one, else its
# name. tests/test_parties.py checks the table against pycountry, a test dependency:
# importing pycountry itself would cost every run 0.16 s.
_TABLE = """
AD Andorra|AE United Arab Emirates|AF Afghanistan|AG Antigua and Barbuda|AI Anguilla|AL Albania
AM Armenia|AO Angola|AQ Antarctica|AR Argentina|AS American Samoa|AT Austria|AU Australia|AW Aruba
AX Åland Islands|AZ Azerbaijan|BA Bosnia and Herzegovina|BB Barbados|BD Bangladesh|BE Belgium
BF Burkina Faso|BG Bulgaria|BH Bahrain|BI Burundi|BJ Benin|BL Saint Barthélemy|BM Bermuda
BN Brunei Darussalam|BO Bolivia|BQ Bonaire, Sint Eustatius and Saba|BR Brazil|BS Bahamas|BT Bhutan
BV Bouvet Island|BW Botswana|BY Belarus|BZ Belize|CA Canada|CC Cocos (Keeling) Islands
CD Congo, The Democratic Republic of the|CF Central African Republic|CG Congo|CH Switzerland
CI Côte d'Ivoire|CK Cook Islands|CL Chile|CM Cameroon|CN China|CO Colombia|CR Costa Rica|CU Cuba
CV Cabo Verde|CW Curaçao|CX Christmas Island|CY Cyprus|CZ Czechia|DE Germany|DJ Djibouti|DK Denmark
DM Dominica|DO Dominican Republic|DZ Algeria|EC Ecuador|EE Estonia|EG Egypt|EH Western Sahara
ER Eritrea|ES Spain|ET Ethiopia|FI Finland|FJ Fiji|FK Falkland Islands (Malvinas)
FM Micronesia, Federated States of|FO Faroe Islands|FR France|GA Gabon|GB United Kingdom|GD Grenada
GE Georgia|GF French Guiana|GG Guernsey|GH Ghana|GI Gibraltar|GL Greenland|GM Gambia|GN Guinea
GP Guadeloupe|GQ Equatorial Guinea|GR Greece|GS South Georgia and the South Sandwich Islands
GT Guatemala|GU Guam|GW Guinea-Bissau|GY Guyana|HK Hong Kong|HM Heard Island and McDonald Islands
HN Honduras|HR Croatia|HT Haiti|HU Hungary|ID Indonesia|IE Ireland|IL Israel|IM Isle of Man
IN India|IO British Indian Ocean Territory|IQ Iraq|IR Iran|IS Iceland|IT Italy|JE Jersey|JM Jamaica
JO Jordan|JP Japan|KE Kenya|KG Kyrgyzstan|KH Cambodia|KI Kiribati|KM Comoros
KN Saint Kitts and Nevis|KP North Korea|KR South Korea|KW Kuwait|KY Cayman Islands|KZ Kazakhstan
LA Laos|LB Lebanon|LC Saint Lucia|LI Liechtenstein|LK Sri Lanka|LR Liberia|LS Lesotho|LT Lithuania
LU Luxembourg|LV Latvia|LY Libya|MA Morocco|MC Monaco|MD Moldova|ME Montenegro
MF Saint Martin (French part)|MG Madagascar|MH Marshall Islands|MK North Macedonia|ML Mali
MM Myanmar|MN Mongolia|MO Macao|MP Northern Mariana Islands|MQ Martinique|MR Mauritania
MS Montserrat|MT Malta|MU Mauritius|MV Maldives|MW Malawi|MX Mexico|MY Malaysia|MZ Mozambique
NA Namibia|NC New Caledonia|NE Niger|NF Norfolk Island|NG Nigeria|NI Nicaragua|NL Netherlands
NO Norway|NP Nepal|NR Nauru|NU Niue|NZ New Zealand|OM Oman|PA Panama|PE Peru|PF French Polynesia
PG Papua New Guinea|PH Philippines|PK Pakistan|PL Poland|PM Saint Pierre and Miquelon|PN Pitcairn
PR Puerto Rico|PS Palestine, State of|PT Portugal|PW Palau|PY Paraguay|QA Qatar|RE Réunion
RO Romania|RS Serbia|RU Russian Federation|RW Rwanda|SA Saudi Arabia|SB Solomon Islands
SC Seychelles|SD Sudan|SE Sweden|SG Singapore|SH Saint Helena, Ascension and Tristan da Cunha
SI Slovenia|SJ Svalbard and Jan Mayen|SK Slovakia|SL Sierra Leone|SM San Marino|SN Senegal
SO Somalia|SR Suriname|SS South Sudan|ST Sao Tome and Principe|SV El Salvador
SX Sint Maarten (Dutch part)|SY Syria|SZ Eswatini|TC Turks and Caicos Islands|TD Chad
TF French Southern Territories|TG Togo|TH Thailand|TJ Tajikistan|TK Tokelau|TL Timor-Leste
TM Turkmenistan|TN Tunisia|TO Tonga|TR Türkiye|TT Trinidad and Tobago|TV Tuvalu|TW Taiwan
TZ Tanzania|UA Ukraine|UG Uganda|UM United States Minor Outlying Islands|US United States
UY Uruguay|UZ Uzbekistan|VA Holy See (Vatican City State)|VC Saint Vincent and the Grenadines
VE Venezuela|VG Virgin Islands, British|VI Virgin Islands, U.S.|VN Vietnam|VU Vanuatu
WF Wallis and Futuna|WS Samoa|YE Yemen|YT Mayotte|ZA South Africa|ZM Zambia|ZW Zimbabwe
"""

PARTIES: dict[str, str] = {
    entry[:2]: entry[3:] for line in _TABLE.strip().splitlines() for entry in line.split("|")
}
PARTIES["EU"] = "European Union"

# Codes people reach for that ISO does not assign (or reserves for something else).
_COMMON_MISTAKES = {"UK": "GB", "EL": "GR"}


def party_name(code: str) -> str:
    return PARTIES.get(code, code)


def suggest_party(code: str) -> str | None:
    """The code the user probably meant: a known alias, a lower-cased code, or a country name."""
    if code.upper() in PARTIES:
        return code.upper()
    if code.upper() in _COMMON_MISTAKES and _COMMON_MISTAKES[code.upper()] in PARTIES:
        return _COMMON_MISTAKES[code.upper()]
    by_name = {name.lower(): c for c, name in PARTIES.items()}
    close = difflib.get_close_matches(code.lower(), list(by_name), n=1, cutoff=0.8)
    return by_name[close[0]] if close else None


def party_code(code: str, option: str) -> str:
    """A party code given on the command line, any case; an unknown one is a usage error."""
    upper = code.strip().upper()
    if upper in PARTIES:
        return upper
    guess = suggest_party(code)
    hint = f"; did you mean {quoted(guess)}?" if guess else ""
    raise UsageError(f"{option}: unknown party code {quoted(code)}{hint}")
