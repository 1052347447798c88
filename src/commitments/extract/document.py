"""A declaration's text, whatever it came as: plain text, Markdown, a saved news page
(the article only, by trafilatura), a PDF (pypdf), standard input or a URL.

Every reader is bounded: at most MAX_BYTES are read and at most MAX_CHARACTERS of text
are kept, so that a 50 MB file, a PDF bomb or an endless URL ends in an error saying
so, never in a machine out of memory.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import re
import stat
import time
from pathlib import Path
from typing import BinaryIO, Literal, NamedTuple

from commitments.due_expr import MONTH_NAMES, MONTHS
from commitments.errors import SourceError, os_reason
from commitments.extract.deadlines import DATED_WORDS
from commitments.ledger.find import path_text
from commitments.text import counted, quoted, visible

Kind = Literal["text", "markdown", "html", "pdf"]

MAX_BYTES = 20 * 1024 * 1024
# About 160,000 words: a G20 declaration is 15,000; extract reads 5,000 words a second.
MAX_CHARACTERS = 1_000_000
MAX_PAGES = 2_000
PDF_SECONDS = 60  # a page of 900,000 tiny text runs takes pypdf 7 s


class Document(NamedTuple):
    text: str
    name: str  # how SOURCE is named in messages: the path, "standard input" or the URL
    kind: Kind
    title: str | None = None
    date: dt.date | None = None  # found in the header or the metadata
    url: str | None = None  # where it was fetched from (after redirects)


def kind_of(data: bytes, name: str, content_type: str = "") -> Kind:
    """PDF by its signature; HTML by its type, suffix or first tag; Markdown by suffix."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"  # the file says what it is, whatever a server calls it
    if "pdf" in content_type and not head.startswith(b"<"):
        return "pdf"
    suffix = Path(name.split("?")[0]).suffix.lower()
    if "html" in content_type or suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")):
        return "html"
    if suffix in (".md", ".markdown") or "markdown" in content_type:
        return "markdown"
    return "text"


def decoded(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), a stray bad byte or two read as U+FFFD;
    else Windows-1252, the usual other encoding of saved texts (its five undefined
    bytes as U+FFFD): never refused."""
    for mark, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):  # fmt: skip
        if data.startswith(mark):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # One stray byte in a UTF-8 text must not turn every “ and ö into mojibake: text
    # whose multi-byte sequences are almost all valid UTF-8 is UTF-8.
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # other non-ASCII
    if good > 0 and bad <= max(1, good // 20):
        return text
    return data.decode("cp1252", errors="replace")


def read_bounded(stream: BinaryIO, name: str) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise SourceError(
            f"{name}: it is larger than {MAX_BYTES // (1024 * 1024)} MB;"
            " extract reads a declaration, not an archive (give it a part of the text)"
        )
    return data


def read_source(source: str, stdin: BinaryIO | None, *, timeout: float) -> Document:
    """The text behind SOURCE: a path, "-" (standard input; None when closed) or an
    http(s) URL."""
    if source == "-":
        try:
            data = read_bounded(stdin, "standard input") if stdin is not None else b""
        except OSError as exc:
            raise SourceError(f"standard input: cannot read it: {os_reason(exc)}") from None
        return from_bytes(data, "standard input", "")
    if re.match(r"(?i)https?://", source):
        from commitments.extract.fetch import fetch  # startup: URLs only

        fetched = fetch(source, timeout=timeout, limit=MAX_BYTES)
        document = from_bytes(fetched.data, visible(fetched.url), fetched.content_type)
        return document._replace(url=fetched.url)
    if re.match(r"(?i)[a-z][a-z0-9+.-]*://", source):
        raise SourceError(
            f"{quoted(visible(source))}: extract fetches only http:// and https:// addresses"
        )
    path = Path(source)
    name = path_text(source)
    try:
        kind = os.stat(path).st_mode
        if stat.S_ISDIR(kind):
            raise SourceError(f"{name}: is a folder; give the declaration's file")
        if not stat.S_ISREG(kind):
            # a FIFO would wait for a writer for ever, a device never end
            raise SourceError(
                f"{name}: is not a regular file (a FIFO or a device); to read a stream,"
                f" give - and pipe it in"
            )
        with path.open("rb") as stream:
            data = read_bounded(stream, name)
    except OSError as exc:
        raise SourceError(f"{name}: cannot read it: {os_reason(exc)}") from None
    return from_bytes(data, name, "")


_NEWLINES = re.compile("\r\n?")


def from_bytes(data: bytes, name: str, content_type: str) -> Document:
    kind = kind_of(data, name, content_type)
    if kind == "pdf":
        document = _pdf(data, name)
    elif kind == "html":
        document = _html(data, name)
    else:
        # universal newlines, as Python's own text files read: a Windows file's "\r\n"
        # and an old Mac's "\r" are "\n", so no quote carries a carriage return
        text = _NEWLINES.sub("\n", decoded(data))
        if kind == "markdown":
            text = markdown_text(text)
        document = Document(text, name, kind, first_line(text), date_in_header(text))
    if len(document.text) > MAX_CHARACTERS:
        raise _too_long(name, f"{len(document.text):,}")
    if not document.text.strip():
        raise SourceError(f"{name}: no text found in it (is it a scanned PDF, or an empty page?)")
    return document


# trafilatura's work grows faster than the page (100 s for 5 MB of nested <div>s): a
# page with more elements than this is refused, scripts and styles aside. A long news
# page has 5,000 to 20,000; this many take trafilatura about 5 s at worst.
MAX_ELEMENTS = 80_000
_SCRIPT_OPEN = re.compile(rb"(?i)<(script|style)\b")


def _without_scripts(data: bytes) -> bytes:
    """``data`` without its <script> and <style> elements, in one pass (an element never
    closed ends the page: 80,000 unclosed <script>s are not 80,000 searches to the end)."""
    kept, at = [], 0
    lowered = data.lower()
    while (found := _SCRIPT_OPEN.search(data, at)) is not None:
        kept.append(data[at : found.start()])
        close = lowered.find(b"</" + found.group(1).lower(), found.end())
        if close < 0:
            return b"".join(kept)
        at = lowered.find(b">", close)
        at = len(data) if at < 0 else at + 1
    kept.append(data[at:])
    return b"".join(kept)


def _too_long(name: str, length: str) -> SourceError:
    return SourceError(
        f"{name}: its text is {length} characters long; extract reads at most"
        f" {MAX_CHARACTERS:,} (about 160,000 words): give it a part of the text"
    )


def _html(data: bytes, name: str) -> Document:
    import trafilatura  # startup: extract only (0.17 s)

    data = _without_scripts(data)
    elements = data.count(b"<")
    if elements > MAX_ELEMENTS:
        raise SourceError(
            f"{name}: the page has {elements:,} tags; extract reads at most {MAX_ELEMENTS:,}"
            " (a long news page has 20,000): save the article's text and give that"
        )
    try:
        found = trafilatura.bare_extraction(
            data,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            # the page's own date (its metadata), not a guess from any date in it
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:
        raise SourceError(f"{name}: cannot read the page: {exc}") from None
    if isinstance(found, dict):  # bare_extraction(as_dict=True) only; not asked for
        raise AssertionError("a dict from trafilatura")
    if found is None or not (found.text or "").strip():
        raise SourceError(
            f"{name}: no article text found in the page (a page of script or navigation"
            " only?); save the article's text and give that"
        )
    day = None
    if found.date:
        try:
            day = dt.date.fromisoformat(found.date[:10])
        except ValueError:
            day = None
    text: str = found.text or ""
    title: str | None = found.title or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Document(text, name, "html", title, day or date_in_header(text))


def _pdf(data: bytes, name: str) -> Document:
    import pypdf  # startup: extract only (0.1 s)

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings are not ours
    began = time.monotonic()

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise SourceError(f"{name}: the PDF is encrypted; give its text instead")
        pages, size = [], 0
        for number, page in enumerate(reader.pages):
            if number >= MAX_PAGES:
                raise SourceError(f"{name}: it has more than {counted(MAX_PAGES, 'page')}")
            text = page.extract_text() or ""
            if time.monotonic() - began > PDF_SECONDS:
                raise SourceError(
                    f"{name}: reading its text took over {PDF_SECONDS} s (at page"
                    f" {number + 1}); save its text and give that"
                )
            size += len(text)
            if size > MAX_CHARACTERS:
                raise _too_long(name, f"over {MAX_CHARACTERS:,}")
            pages.append(text)
        metadata = reader.metadata
        created = metadata.creation_date if metadata is not None else None
        title = metadata.title if metadata is not None else None
    except SourceError:
        raise
    except Exception as exc:
        # A hostile file reaches any corner of the reader (an unknown filter is a
        # NotImplementedError, a JBIG2 image a DependencyError): every error is its own.
        said = visible(str(exc) or type(exc).__name__)
        raise SourceError(f"{name}: cannot read the PDF: {said}") from None
    text = "\n\n".join(pages)
    day = date_in_header(text) or (created.date() if created is not None else None)
    return Document(text, name, "pdf", title if isinstance(title, str) else None, day)


def first_line(text: str) -> str | None:
    """A plain text's title: its first line of a few words that is not a sentence."""
    for line in text.strip().splitlines()[:5]:
        line = line.strip()
        if len(line.split()) >= 3 and len(line) <= 150 and not line.endswith("."):
            return line
    return None


_LINK = re.compile(r"!?\[([^\[\]\n]{0,300})\]\([^()\n]{0,500}\)")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
# Each marker's span within a line and at most 300 characters: "*a *a *a …" without a
# closing mark is then a line's work per mark, not the rest of the file's.
_EMPHASIS = re.compile(
    r"\*\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*\*|__(?=\S)([^_\n]{1,300}?)(?<=\S)__"
    r"|\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*|`([^`\n]{1,300})`"
)
_LIST_MARK = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE)


def markdown_text(text: str) -> str:
    """Markdown as the words a reader sees: links as their text, no heading, list or
    emphasis marks."""
    text = _LINK.sub(r"\1", text)
    text = _HEADING.sub("", text)
    text = _LIST_MARK.sub("", text)
    return _EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), text)


# The grammar's month names, in full (not "Sep", "Sept"): a dateline spells them out.
_MONTHS = "|".join(MONTH_NAMES)
_SPACE = r"[^\S\n]+"  # "30  May  2025", "14\u00a0October\u00a02025": a run of spaces of any kind
_HEADER_DATE = re.compile(
    rf"\b(?:(?P<iso>(?:19|20)\d\d-\d\d-\d\d)"
    rf"|(?P<d>\d{{1,2}}){_SPACE}(?P<m>{_MONTHS}),?{_SPACE}(?P<y>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTHS}){_SPACE}(?P<d2>\d{{1,2}}),?{_SPACE}(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
HEADER = 400  # characters: the title, a dateline, a byline
DATELINE = 100  # characters: a line this short with a date is a dateline, not a sentence
_DATED = re.compile(rf"\b(?:{DATED_WORDS})\b[:\s]*(?:on\s+)?$", re.I)
# "Prime Minister Orpo to visit Nairobi on 12 May 2027": a headline's date is when
# something is to happen; a dateline's stands alone or after a place ("Lima, on 14
# October 2025", "Statement by the Spokesperson on 14 October 2025")
_SCHEDULED_ON = re.compile(
    r"\bto\s+[a-z]+\b[^\n]*\b(?:on|by|in|before|until|till|from|for|at)\s*$", re.I
)


def date_in_header(text: str) -> dt.date | None:
    """The date of a dateline: a short line among the first ones ("30 May 2025",
    "date 2025-09-30 Images | akorda.kz"), or a date said to be the text's ("Published
    30 May 2025"). A date in a sentence is what the sentence is about, not when it was
    written."""
    match = None
    for found in _HEADER_DATE.finditer(text, 0, HEADER):
        line_start = text.rfind("\n", 0, found.start()) + 1
        line_end = text.find("\n", found.end())
        line_end = len(text) if line_end < 0 else line_end
        said = _DATED.search(text, line_start, found.start())
        line = text[line_start:line_end].strip()
        sentence = line.endswith((".", "!", "?")) and len(line.split()) > 8
        scheduled = _SCHEDULED_ON.search(text, line_start, found.start())
        if said or (len(line) <= DATELINE and not sentence and not scheduled):
            match = found
            break
    if match is None:
        return None
    try:
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        if match.group("d"):
            month = MONTHS[match.group("m").lower()]
            return dt.date(int(match.group("y")), month, int(match.group("d")))
        month = MONTHS[match.group("m2").lower()]
        return dt.date(int(match.group("y2")), month, int(match.group("d2")))
    except ValueError:
        return None
