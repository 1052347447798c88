"""SOURCE as text, Markdown, a saved page, a PDF, standard input or a URL; each bounded."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import os
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from commitments.errors import SourceError
from commitments.extract import document
from commitments.extract.document import read_source

SENTENCE = "The leaders agreed to hold a summit in 2027."


def pdf_bytes(text: str, *, compress_to: int | None = None, info_date: str | None = None) -> bytes:
    """A one-page PDF showing ``text`` in Helvetica; with ``compress_to``, the page's
    content is a Flate stream that inflates to that many bytes (a PDF bomb)."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    filters = b""
    if compress_to is not None:
        content = zlib.compress(content + b" " * (compress_to - len(content)), 9)
        filters = b" /Filter /FlateDecode"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(content), filters) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if info_date:
        objects.append(b"<< /CreationDate (D:%s) >>" % info_date.encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    info = b" /Info %d 0 R" % len(objects) if info_date else b""
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, info))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def read(path: Path) -> document.Document:
    return read_source(str(path), io.BytesIO(), timeout=5)


def test_plain_text_with_a_date_in_its_header(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text(f" date 2025-09-30 Images | akorda.kz\n\n{SENTENCE}\n", encoding="utf-8")
    doc = read(path)
    assert (doc.kind, doc.date) == ("text", dt.date(2025, 9, 30))
    assert SENTENCE in doc.text


def test_windows_1252_text_is_read_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes("The leaders \u201cagreed\u201d to meet.".encode("cp1252"))
    assert read(path).text == "The leaders \u201cagreed\u201d to meet."


@pytest.mark.parametrize("name", ["d.txt", "d.md"])
def test_windows_and_old_mac_line_ends_are_read_as_newlines(tmp_path: Path, name: str) -> None:
    """A newcomer's CRLF file put "\\r\\n" into the ledger's quotes."""
    path = tmp_path / name
    path.write_bytes(b"The leaders agreed to meet\r\nin Rome in 2027.\r\rThey met.\r\n")
    assert read(path).text == "The leaders agreed to meet\nin Rome in 2027.\n\nThey met.\n"


def test_markdown_is_read_as_the_words_a_reader_sees(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(
        "# Joint statement\n\n- The **leaders** [agreed](https://x.org) to hold a summit in 2027.\n",
        encoding="utf-8",
    )
    doc = read(path)
    assert doc.kind == "markdown"
    assert "Joint statement\n\nThe leaders agreed to hold a summit in 2027." in doc.text


def test_a_saved_page_gives_its_article_without_navigation_or_script(tmp_path: Path) -> None:
    page = (
        "<!doctype html><html><head><title>Summit</title>"
        '<meta name="date" content="2025-05-30"></head><body>'
        "<nav>Home | World | Cookies settings</nav><script>var agreed = 'will';</script>"
        f"<article><h1>Summit</h1><p>{SENTENCE} The parties welcomed the initiative"
        " on water resources and expressed interest in a regional network.</p>"
        "<p>The ministers will meet again in the spring of 2026 in Rome to prepare it.</p>"
        "</article><footer>Accept all cookies. Subscribe to our newsletter.</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = read(path)
    assert (doc.kind, doc.date, doc.title) == ("html", dt.date(2025, 5, 30), "Summit")
    assert SENTENCE in doc.text
    assert "cookies" not in doc.text.lower() and "var agreed" not in doc.text


def test_a_page_of_script_only_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><script>" + "x();" * 1000 + "</script></body></html>")
    with pytest.raises(SourceError, match="no article text found"):
        read(path)


def test_a_pdf_gives_its_text_and_its_date(tmp_path: Path) -> None:
    path = tmp_path / "d.pdf"
    path.write_bytes(pdf_bytes(SENTENCE, info_date="20250530120000Z"))
    doc = read(path)
    assert doc.kind == "pdf"
    assert SENTENCE in doc.text
    assert doc.date == dt.date(2025, 5, 30)


@pytest.mark.slow
def test_a_pdf_bomb_ends_in_an_error_not_in_memory_exhaustion(tmp_path: Path) -> None:
    path = tmp_path / "bomb.pdf"
    path.write_bytes(pdf_bytes(SENTENCE, compress_to=300_000_000))
    assert path.stat().st_size < 1_000_000
    began = time.monotonic()
    with pytest.raises(SourceError, match="cannot read the PDF"):
        read(path)
    assert time.monotonic() - began < 30


@pytest.mark.parametrize("data", [b"%PDF-1.4\n garbage", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>"])
def test_a_damaged_pdf_ends_in_an_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(SourceError):
        read(path)


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text(SENTENCE * 100)
    with pytest.raises(SourceError, match="larger than"):
        read(path)


def test_a_text_over_the_character_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document, "MAX_CHARACTERS", 100)
    path = tmp_path / "long.txt"
    path.write_text(SENTENCE * 10)
    with pytest.raises(SourceError, match="characters long"):
        read(path)


def test_a_missing_file_a_folder_and_another_scheme_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read it: no such file"):
        read(tmp_path / "missing.txt")
    with pytest.raises(SourceError, match="is a folder"):
        read(tmp_path)
    with pytest.raises(SourceError, match="only http:// and https://"):
        read_source("file:///etc/passwd", io.BytesIO(), timeout=5)


def test_standard_input(tmp_path: Path) -> None:
    doc = read_source("-", io.BytesIO(SENTENCE.encode()), timeout=5)
    assert (doc.name, doc.text) == ("standard input", SENTENCE)


# --- URLs: a server on 127.0.0.1 ---------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/decl.txt":
            body = SENTENCE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/decl":
            body = pdf_bytes(SENTENCE)
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/decl.txt")
            self.end_headers()
        elif self.path == "/elsewhere":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"agreed to " * 1000)
            except OSError:
                pass
        elif self.path == "/headers":
            try:
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for n in range(200):
                    self.wfile.write(b"X-%d: a\r\n" % n)
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif self.path == "/reason":
            self.wfile.write(b"HTTP/1.1 404 \x1b[2J\x1b]0;pwned\x07 gone\r\n\r\n")
        elif self.path == "/slow":
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        else:
            self.send_error(404, "Not Found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_url_is_fetched_its_type_decides_how_it_is_read(server: str) -> None:
    doc = read_source(f"{server}/decl.txt", io.BytesIO(), timeout=5)
    assert (doc.text, doc.url) == (SENTENCE, f"{server}/decl.txt")
    pdf = read_source(f"{server}/decl", io.BytesIO(), timeout=5)
    assert pdf.kind == "pdf" and SENTENCE in pdf.text


def test_redirects_are_followed_to_http_only(server: str) -> None:
    assert read_source(f"{server}/moved", io.BytesIO(), timeout=5).url == f"{server}/decl.txt"
    with pytest.raises(SourceError, match=r"(?i)redirect"):
        read_source(f"{server}/elsewhere", io.BytesIO(), timeout=5)


def test_an_error_status_and_a_closed_port_say_so(server: str) -> None:
    with pytest.raises(SourceError, match="answered 404"):
        read_source(f"{server}/nothing", io.BytesIO(), timeout=5)
    with pytest.raises(SourceError, match="cannot fetch it"):
        read_source("http://127.0.0.1:9/", io.BytesIO(), timeout=5)


def test_a_url_that_never_ends_stops_at_the_size_limit(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document, "MAX_BYTES", 200_000)
    with pytest.raises(SourceError, match="larger than"):
        read_source(f"{server}/endless", io.BytesIO(), timeout=5)


def test_a_trickling_server_stops_at_the_deadline(server: str) -> None:
    began = time.monotonic()
    with pytest.raises(SourceError, match=r"still (sending|answering)"):
        read_source(f"{server}/slow", io.BytesIO(), timeout=0.5)
    assert time.monotonic() - began < 10


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (" date 2025-09-30 Images | akorda.kz\n\nThe talks went on.", dt.date(2025, 9, 30)),
        ("Summit ends\n30 May 2025\n\nThe leaders met.", dt.date(2025, 5, 30)),
        (
            "Published 30 May 2025 by the office of the President, with photos of the talks",
            dt.date(2025, 5, 30),
        ),
        ("Leaders agreed to meet again next year. The treaty of 12 March 1998 was recalled.", None),
        # a PDF's or a copied page's spacing
        ("Joint Statement\nPublished  30  May  2025\n\nThe leaders met.", dt.date(2025, 5, 30)),
        ("Lima,\u00a014\u00a0October\u00a02025\n\nThe leaders met.", dt.date(2025, 10, 14)),
        ("Published on 30 May 2025\n\nThe leaders met.", dt.date(2025, 5, 30)),
        ("Done at Lima on 14 October 2025\n\nThe leaders met.", dt.date(2025, 10, 14)),
        # a press headline's date is when something is to happen; the dateline follows
        (
            "Prime Minister Orpo to visit Nairobi on 12 May 2027\n\nJoint Statement\n"
            "Helsinki, 20 November 2026\n\nThe ministers met.",
            dt.date(2026, 11, 20),
        ),
    ],
)
def test_the_declared_day_comes_from_a_dateline_not_from_a_sentence(
    text: str, day: dt.date | None
) -> None:
    assert document.date_in_header(text) == day


@pytest.mark.slow
def test_markdown_full_of_unclosed_marks_is_read_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "marks.md"
    path.write_text(SENTENCE + " " + "*a " * 66_000 + "`b " * 66_000, encoding="utf-8")
    began = time.monotonic()
    doc = read(path)
    assert time.monotonic() - began < 5
    assert SENTENCE in doc.text


def test_a_page_of_too_many_elements_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "divs.html"
    page = "<html><body><article><p>" + SENTENCE + "</p>" + "<div><p>a</p></div>" * 30_000
    path.write_text(page + "<script>" + "if (a < b) {}" * 10_000 + "</script></body></html>")
    began = time.monotonic()
    with pytest.raises(
        SourceError, match=r"the page has 120,00\d tags; extract reads at most 80,000"
    ):
        read(path)
    assert time.monotonic() - began < 2


def test_a_fifo_or_a_device_is_refused_rather_than_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        with pytest.raises(SourceError, match="is not a regular file"):
            read(path)


def test_a_symlink_loop_says_so(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(SourceError, match="symlink loop"):
        read(tmp_path / "a")


def test_a_server_trickling_its_headers_stops_at_the_deadline_too(server: str) -> None:
    began = time.monotonic()
    with pytest.raises(SourceError, match="still answering after 2 s"):
        read_source(f"{server}/headers", io.BytesIO(), timeout=0.5)
    assert time.monotonic() - began < 5


def test_what_a_server_says_reaches_the_terminal_escaped(server: str) -> None:
    with pytest.raises(SourceError) as caught:
        read_source(f"{server}/reason", io.BytesIO(), timeout=5)
    assert "\x1b" not in caught.value.message and "\\x1b[2J" in caught.value.message


def test_a_pdf_with_an_unknown_filter_is_one_clear_error(tmp_path: Path) -> None:
    data = pdf_bytes(SENTENCE).replace(b"/Length", b"/Filter /Z#1b#5b2J /Length")
    path = tmp_path / "filter.pdf"
    path.write_bytes(data)
    with pytest.raises(SourceError, match="cannot read the PDF") as caught:
        read(path)
    assert "\x1b" not in caught.value.message


def test_closed_standard_input_reads_as_nothing() -> None:
    with pytest.raises(SourceError, match="standard input: no text found"):
        read_source("-", None, timeout=5)


def test_a_server_s_pdf_type_does_not_outweigh_an_html_body() -> None:
    assert document.kind_of(b"<!doctype html><p>x</p>", "x", "application/pdf") == "html"
    assert document.decoded("agreed".encode("utf-16")) == "agreed"


def test_one_stray_byte_in_utf8_text_is_not_read_as_windows_1252() -> None:
    from commitments.extract.document import decoded

    data = "“We will meet in Köln” next year.".encode() + b"\xff"
    assert decoded(data) == "“We will meet in Köln” next year.\ufffd"
    assert decoded("Café crème".encode("cp1252")) == "Café crème"
