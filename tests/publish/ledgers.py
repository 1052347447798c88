"""Ledgers the publishing tests share: one with summits, pledges, updates and party
assessments, and one with hostile text in every field the pages, CSV files and the
database show."""

from __future__ import annotations

LEDGER = """
    license = "CC-BY-4.0"

    [[summit]]
    id = "astana-2025"
    name = "First Central Asia–Italy Summit"
    date = 2025-05-30
    place = "Astana"
    host = "KZ"
    parties = ["IT", "KZ", "UZ"]
    source = "Joint Declaration"
    url = "https://example.org/declaration"

    [[summit]]
    id = "rome-2026"
    name = "Second Summit"
    date = 2026-03-02
    parties = ["IT", "KG"]

    [[commitment]]
    id = "water"
    title = "Round table on water resources"
    due = "by 2026"
    summit = "astana-2025"
    quote = "a round table on water resources is planned by 2026"
    tags = ["water"]

    [[commitment]]
    id = "energy"
    title = "Event on energy technologies"
    due = "2027"
    summit = "astana-2025"
    follows = "water"

    [[commitment]]
    id = "welcome"
    title = "Welcomed a network of universities"
    summit = "astana-2025"
    strength = "intent"

    [[commitment]]
    id = "rome-fund"
    title = "A fund for Kyrgyz start-ups"
    due = "2026-06"
    summit = "rome-2026"
    responsible = ["IT"]

    [[commitment]]
    id = "later"
    title = "Declared after the day of the data"
    declared = 2027-01-05
    parties = ["IT"]

    [[update]]
    commitment = "water"
    on = 2026-10-01
    status = "done"
    note = "Held in Tashkent"
    source = "Ministry press release"
    url = "https://example.org/press"

    [[update]]
    commitment = "energy"
    on = 2026-07-02
    status = "missed"
    party = "UZ"
    source = "No delegation sent"

    [[update]]
    commitment = "energy"
    on = 2026-08-01
    status = "partial"
    party = "IT"

    [[update]]
    commitment = "water"
    on = 2027-02-01
    note = "After the day of the data"
"""

HOSTILE = """
    license = "<b>licence</b>"

    [[summit]]
    id = "s"
    name = "</title><script>alert('name')</script>"
    date = 2025-05-30
    place = "<style>body{display:none}</style>"
    parties = ["IT", "KZ"]
    source = "=HYPERLINK(\\"https://evil.example\\",\\"x\\")"
    url = "https://example.org/x?a=1&b=<2>"

    [[commitment]]
    id = "a"
    title = "\\"><script>alert(1)</script> [bold]Loud[/] \\u001b[31m \\u202eevil &amp; \\u200b"
    due = "2026"
    summit = "s"
    tags = ["<b>tag</b>", "+cmd"]
    quote = "<iframe src=https://evil.example></iframe>\\nsecond line"
    notes = "@SUM(A1) <svg onload=alert(3)>"
    url = "https://example.org/a?x=\\"><script>"

    [[update]]
    commitment = "a"
    on = 2026-05-01
    status = "done"
    source = "-2+3 <a href='https://evil.example'>click</a> \\" onmouseover=\\"alert(2)"
    note = "<script>alert(4)</script>\\r\\n]]></title>"
    url = "https://evil.example/\\"onmouseover=alert(5)"
"""
