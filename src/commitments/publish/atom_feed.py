"""The site's Atom feed (RFC 4287): an entry per update, the latest first, each linking
to its commitment's page and to its evidence. An entry's id is the ledger's identity and
the update's place in the ledger, so a feed reader never shows one update twice."""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from commitments import __version__
from commitments.formats.html_page import href
from commitments.model import Update
from commitments.text import visible

ENTRIES = 100  # the latest updates a feed carries

# What XML 1.0 may not hold at all, even escaped (made visible first, then dropped).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def text(value: str) -> str:
    """Ledger text as XML character data."""
    return escape(_NOT_XML.sub("\ufffd", visible(value)))


def _attribute(value: str) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", visible(value)))


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def feed(
    title: str,
    identity: str,
    updates: Sequence[tuple[int, Update]],
    titles: dict[str, str],
    today: dt.date,
    base: str = "",
) -> str:
    """The feed of ``updates`` (numbered in the ledger's order); ``titles``: each
    commitment's; ``base``: the site's address, or "" for links relative to the feed."""
    latest = heapq.nlargest(ENTRIES, updates, key=lambda pair: (pair[1].on, pair[0]))
    newest = latest[0][1].on if latest else today
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{text(title)}</title>",
        f"<subtitle>{text('What happened to the commitments, latest first')}</subtitle>",
        f"<id>urn:commitments:{identity}</id>",
        f"<updated>{_stamp(newest)}</updated>",
        f'<link rel="self" href={_attribute(base + "feed.xml")}/>',
        f'<link rel="alternate" type="text/html" href={_attribute(base + "index.html")}/>',
        f"<author><name>{text(title)}</name></author>",
        f'<generator version="{__version__}">commitments</generator>',
    ]
    for number, u in latest:
        what = u.status or ("rescheduled" if u.due else "noted")
        if u.party:
            what += f" ({u.party})"
        summary = " — ".join(
            part for part in (u.note, u.source and f"evidence: {u.source}") if part
        )
        lines += [
            "<entry>",
            f"<title>{text(titles.get(u.commitment, u.commitment))}: {text(what)}</title>",
            f"<id>urn:commitments:{identity}:update:{number}</id>",
            f"<updated>{_stamp(u.on)}</updated>",
            f'<link rel="alternate" type="text/html"'
            f" href={_attribute(f'{base}commitments/{u.commitment}.html')}/>",
        ]
        evidence = href(u.url)
        if evidence:
            lines.append(f'<link rel="related" href="{evidence}"/>')
        if u.by:
            lines.append(f"<author><name>{text(u.by)}</name></author>")
        if summary:
            lines.append(f"<summary>{text(summary)}</summary>")
        lines.append("</entry>")
    lines.append("</feed>")
    return "\n".join(lines) + "\n"
