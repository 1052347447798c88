"""Countries named in running text: by name (the party table, parties.py), by official
name ("Kyrgyz Republic"), by adjective ("Kyrgyz", "Italian") and by capital standing for
its government ("Rome", "Astana")."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from commitments.parties import PARTIES

# ISO 3166-1 official names that differ from the party table's, generated from
# pycountry 26.2.16 as parties.py is (tests/test_parties.py checks them against it).
# An entry may run onto the next line: the table is read with its lines joined.
_OFFICIAL = """
AF Islamic Republic of Afghanistan|AO Republic of Angola|AL Republic of Albania|AD Principality
of Andorra|AR Argentine Republic|AM Republic of Armenia|AT Republic of Austria|AZ Republic of
Azerbaijan|BI Republic of Burundi|BE Kingdom of Belgium|BJ Republic of Benin|BD People's
Republic of Bangladesh|BG Republic of Bulgaria|BH Kingdom of Bahrain|BS Commonwealth of the
Bahamas|BA Republic of Bosnia and Herzegovina|BY Republic of Belarus|BO Plurinational State of
Bolivia|BR Federative Republic of Brazil|BT Kingdom of Bhutan|BW Republic of Botswana|CH Swiss
Confederation|CL Republic of Chile|CN People's Republic of China|CI Republic of Côte d'Ivoire|CM
Republic of Cameroon|CG Republic of the Congo|CO Republic of Colombia|KM Union of the Comoros|CV
Republic of Cabo Verde|CR Republic of Costa Rica|CU Republic of Cuba|CY Republic of Cyprus|CZ
Czech Republic|DE Federal Republic of Germany|DJ Republic of Djibouti|DM Commonwealth of
Dominica|DK Kingdom of Denmark|DZ People's Democratic Republic of Algeria|EC Republic of
Ecuador|EG Arab Republic of Egypt|ER the State of Eritrea|ES Kingdom of Spain|EE Republic of
Estonia|ET Federal Democratic Republic of Ethiopia|FI Republic of Finland|FJ Republic of Fiji|FR
French Republic|FM Federated States of Micronesia|GA Gabonese Republic|GB United Kingdom of
Great Britain and Northern Ireland|GH Republic of Ghana|GN Republic of Guinea|GM Republic of the
Gambia|GW Republic of Guinea-Bissau|GQ Republic of Equatorial Guinea|GR Hellenic Republic|GT
Republic of Guatemala|GY Republic of Guyana|HK Hong Kong Special Administrative Region of
China|HN Republic of Honduras|HR Republic of Croatia|HT Republic of Haiti|ID Republic of
Indonesia|IN Republic of India|IR Islamic Republic of Iran|IQ Republic of Iraq|IS Republic of
Iceland|IL State of Israel|IT Italian Republic|JO Hashemite Kingdom of Jordan|KZ Republic of
Kazakhstan|KE Republic of Kenya|KG Kyrgyz Republic|KH Kingdom of Cambodia|KI Republic of
Kiribati|KW State of Kuwait|LB Lebanese Republic|LR Republic of Liberia|LI Principality of
Liechtenstein|LK Democratic Socialist Republic of Sri Lanka|LS Kingdom of Lesotho|LT Republic of
Lithuania|LU Grand Duchy of Luxembourg|LV Republic of Latvia|MO Macao Special Administrative
Region of China|MA Kingdom of Morocco|MC Principality of Monaco|MD Republic of Moldova|MG
Republic of Madagascar|MV Republic of Maldives|MX United Mexican States|MH Republic of the
Marshall Islands|MK Republic of North Macedonia|ML Republic of Mali|MT Republic of Malta|MM
Republic of Myanmar|MP Commonwealth of the Northern Mariana Islands|MZ Republic of Mozambique|MR
Islamic Republic of Mauritania|MU Republic of Mauritius|MW Republic of Malawi|NA Republic of
Namibia|NE Republic of the Niger|NG Federal Republic of Nigeria|NI Republic of Nicaragua|NL
Kingdom of the Netherlands|NO Kingdom of Norway|NP Federal Democratic Republic of Nepal|NR
Republic of Nauru|OM Sultanate of Oman|PK Islamic Republic of Pakistan|PA Republic of Panama|PE
Republic of Peru|PH Republic of the Philippines|PW Republic of Palau|PG Independent State of
Papua New Guinea|PL Republic of Poland|KP Democratic People's Republic of Korea|PT Portuguese
Republic|PY Republic of Paraguay|PS the State of Palestine|QA State of Qatar|RW Rwandese
Republic|SA Kingdom of Saudi Arabia|SD Republic of the Sudan|SN Republic of Senegal|SG Republic
of Singapore|SL Republic of Sierra Leone|SV Republic of El Salvador|SM Republic of San Marino|SO
Federal Republic of Somalia|RS Republic of Serbia|SS Republic of South Sudan|ST Democratic
Republic of Sao Tome and Principe|SR Republic of Suriname|SK Slovak Republic|SI Republic of
Slovenia|SE Kingdom of Sweden|SZ Kingdom of Eswatini|SC Republic of Seychelles|TD Republic of
Chad|TG Togolese Republic|TH Kingdom of Thailand|TJ Republic of Tajikistan|TL Democratic
Republic of Timor-Leste|TO Kingdom of Tonga|TT Republic of Trinidad and Tobago|TN Republic of
Tunisia|TR Republic of Türkiye|TW Taiwan, Province of China|TZ United Republic of Tanzania|UG
Republic of Uganda|UY Eastern Republic of Uruguay|US United States of America|UZ Republic of
Uzbekistan|VE Bolivarian Republic of Venezuela|VG British Virgin Islands|VI Virgin Islands of
the United States|VN Socialist Republic of Viet Nam|VU Republic of Vanuatu|WS Independent State
of Samoa|YE Republic of Yemen|ZA Republic of South Africa|ZM Republic of Zambia|ZW Republic of
Zimbabwe
"""

OFFICIAL_NAMES: dict[str, str] = {
    entry.strip()[3:]: entry.strip()[:2] for entry in " ".join(_OFFICIAL.split("\n")).split("|")
}

# Reviewed by hand: the adjectives and short names declarations and news use. An
# adjective names a party ("Italian companies", "the Kazakh side"); a region's
# ("Central Asian", "European") names none.
ADJECTIVES: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Argentine": "AR",
    "Argentinian": "AR", "Armenian": "AM", "Australian": "AU", "Austrian": "AT",
    "Azerbaijani": "AZ", "Azeri": "AZ", "Bangladeshi": "BD", "Belarusian": "BY",
    "Belgian": "BE", "Brazilian": "BR", "British": "GB", "Bulgarian": "BG", "Canadian": "CA",
    "Chilean": "CL", "Chinese": "CN", "Colombian": "CO", "Croatian": "HR", "Cypriot": "CY",
    "Czech": "CZ", "Danish": "DK", "Dutch": "NL", "Egyptian": "EG", "Emirati": "AE",
    "Estonian": "EE", "Ethiopian": "ET", "Finnish": "FI", "French": "FR", "Georgian": "GE",
    "German": "DE", "Greek": "GR", "Hungarian": "HU", "Indian": "IN", "Indonesian": "ID",
    "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL", "Italian": "IT",
    "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kazakhstani": "KZ", "Kenyan": "KE",
    "Kuwaiti": "KW", "Kyrgyz": "KG", "Latvian": "LV", "Lebanese": "LB", "Lithuanian": "LT",
    "Luxembourgish": "LU", "Malaysian": "MY", "Maltese": "MT", "Mexican": "MX",
    "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA", "Nigerian": "NG",
    "Norwegian": "NO", "Pakistani": "PK", "Filipino": "PH", "Polish": "PL",
    "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU", "Saudi": "SA",
    "Serbian": "RS", "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI",
    "South African": "ZA", "South Korean": "KR", "Spanish": "ES", "Swedish": "SE",
    "Swiss": "CH", "Tajik": "TJ", "Tajikistani": "TJ", "Thai": "TH", "Tunisian": "TN",
    "Turkish": "TR", "Turkmen": "TM", "Ukrainian": "UA", "Uzbek": "UZ", "Uzbekistani": "UZ",
    "Vietnamese": "VN",
}  # fmt: skip

OTHER_NAMES: dict[str, str] = {
    "European Union": "EU", "EU": "EU", "Russia": "RU", "United States of America": "US",
    "USA": "US", "U.S.": "US", "United Kingdom": "GB", "UK": "GB", "Great Britain": "GB",
    "Britain": "GB", "Turkey": "TR", "South Korea": "KR", "Republic of Korea": "KR",
    "North Korea": "KP", "Iran": "IR", "Syria": "SY", "Vietnam": "VN", "Laos": "LA",
    "Czech Republic": "CZ", "Holy See": "VA", "Vatican": "VA", "Kirghizia": "KG",
    # the spellings of the UN and of the parties themselves, and common short forms
    "Viet Nam": "VN", "Lao PDR": "LA", "Lao People's Democratic Republic": "LA",
    "Lao People’s Democratic Republic": "LA", "Côte d’Ivoire": "CI", "Cote d'Ivoire": "CI",
    "Cote d’Ivoire": "CI", "Ivory Coast": "CI", "UAE": "AE", "U.A.E.": "AE", "Brunei": "BN",
    "Democratic Republic of the Congo": "CD", "Democratic Republic of Congo": "CD",
    "DR Congo": "CD", "DRC": "CD", "Burma": "MM", "Micronesia": "FM",
}  # fmt: skip

# Capitals that stand for their governments in reporting ("Rome seeks …").
CAPITALS: dict[str, str] = {
    "Rome": "IT", "Astana": "KZ", "Bishkek": "KG", "Dushanbe": "TJ", "Ashgabat": "TM",
    "Tashkent": "UZ", "Moscow": "RU", "Beijing": "CN", "Washington": "US", "London": "GB",
    "Paris": "FR", "Berlin": "DE", "Tokyo": "JP", "Ottawa": "CA", "Brussels": "EU",
    "Ankara": "TR", "Tehran": "IR", "Islamabad": "PK", "New Delhi": "IN", "Kyiv": "UA",
    "Baku": "AZ", "Tbilisi": "GE", "Yerevan": "AM", "Madrid": "ES", "Warsaw": "PL",
    # the venues of summits and visits (not capitals that are also names or words:
    # "Victoria", "Kingston", "Male", "Sofia", "Georgetown")
    "Nairobi": "KE", "Addis Ababa": "ET", "Abuja": "NG", "Accra": "GH", "Dakar": "SN",
    "Kigali": "RW", "Kampala": "UG", "Lusaka": "ZM", "Harare": "ZW", "Luanda": "AO",
    "Maputo": "MZ", "Windhoek": "NA", "Gaborone": "BW", "Pretoria": "ZA", "Cairo": "EG",
    "Algiers": "DZ", "Tunis": "TN", "Rabat": "MA", "Khartoum": "SD", "Riyadh": "SA",
    "Abu Dhabi": "AE", "Doha": "QA", "Kuwait City": "KW", "Muscat": "OM", "Manama": "BH",
    "Amman": "JO", "Baghdad": "IQ", "Kabul": "AF", "Dhaka": "BD", "Kathmandu": "NP",
    "Colombo": "LK", "Ulaanbaatar": "MN", "Hanoi": "VN", "Vientiane": "LA",
    "Phnom Penh": "KH", "Bangkok": "TH", "Kuala Lumpur": "MY", "Jakarta": "ID",
    "Manila": "PH", "Seoul": "KR", "Canberra": "AU", "Wellington": "NZ",
    "Brasília": "BR", "Brasilia": "BR", "Buenos Aires": "AR", "Mexico City": "MX",
    "Bogotá": "CO", "Bogota": "CO", "Lima": "PE", "Quito": "EC", "Havana": "CU",
    "Oslo": "NO", "Stockholm": "SE", "Helsinki": "FI", "Copenhagen": "DK",
    "Vienna": "AT", "Prague": "CZ", "Budapest": "HU", "Bucharest": "RO", "Athens": "GR",
    "Lisbon": "PT", "Dublin": "IE", "Bern": "CH", "Belgrade": "RS", "Zagreb": "HR",
    "Ljubljana": "SI", "Bratislava": "SK", "Vilnius": "LT", "Riga": "LV", "Tallinn": "EE",
    "Chisinau": "MD", "Chișinău": "MD", "Minsk": "BY", "Valletta": "MT", "Nicosia": "CY",
}  # fmt: skip


class Mention(NamedTuple):
    start: int
    end: int
    code: str
    venue: bool  # "in Italy", "in the Kyrgyz Republic": where something takes place


@functools.cache
def _names() -> dict[str, str]:
    names = {name: code for code, name in PARTIES.items()}
    names.update(OFFICIAL_NAMES)
    names.update(OTHER_NAMES)
    names.update(CAPITALS)
    return names


@functools.cache
def _pattern() -> re.Pattern[str]:
    words = sorted({*_names(), *ADJECTIVES}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    # Names are matched as written (capitalised): "turkey" and "chad" are words too.
    # Every name starts with a capital: the lookahead turns every other position away
    # before the 600 alternatives are tried (a hundred times faster on running text).
    return re.compile(rf"(?=[A-Z])(?<![\w-])(?P<name>{alternatives})(?![\w])")


_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:central\s+|northern\s+|southern\s+)?$")
# "the Paris Agreement", "the Rome Statute", "the Washington Declaration": a place in
# the name of a text or a process, not the country acting
_NAMES_A_TEXT = re.compile(
    r"\s+(?:Agreement|Accords?|Convention|Declaration|Statute|Protocol|Process|Club"
    r"|Principles|Consensus|Charter|Treaty|Format|Agenda|Pact|Call|Memorandum|Communiqu[eé]"
    r"|Final Act|Plan of Action|Action Plan|Roadmap|Programme|Initiative)\b"
)


# "maritime security in the Gulf of Guinea", "the South China Sea", "the Sea of Japan":
# a country's name in the name of a sea, not the country
_A_SEA_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?)\s+of\s+(?:the\s+)?$")
_SEA_AFTER = re.compile(r"\s+Sea\b")


def mentions(text: str) -> list[Mention]:
    """The parties ``text`` names, in order."""
    found = []
    for match in _pattern().finditer(text):
        name = match.group("name")
        if name not in ADJECTIVES and _NAMES_A_TEXT.match(text, match.end()):
            continue
        if _A_SEA_OF.search(text, max(0, match.start() - 20), match.start()) or _SEA_AFTER.match(
            text, match.end()
        ):
            continue
        code = _names().get(name) or ADJECTIVES[name]
        venue = name not in ADJECTIVES and bool(_VENUE.search(text, 0, match.start()))
        found.append(Mention(match.start(), match.end(), code, venue))
    return found
