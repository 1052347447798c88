"""Fetching a declaration from an http(s) URL: a timeout on every wait, a deadline on
the whole, a size limit, redirects to http(s) only, at most a few of them."""

from __future__ import annotations

import contextlib
import http.client
import signal
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import NamedTuple

from commitments import __version__
from commitments.errors import SourceError
from commitments.text import quoted, visible

MAX_REDIRECTS = 5
CHUNK = 64 * 1024


class Fetched(NamedTuple):
    url: str  # after redirects
    data: bytes
    content_type: str


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not newurl.lower().startswith(("http://", "https://")):
            raise SourceError(
                f"{quoted(visible(req.full_url))}: it redirects to {quoted(visible(newurl))},"
                " not an http(s) address"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _TooLong(Exception):
    pass


@contextlib.contextmanager
def _whole(seconds: float, shown: str) -> Iterator[None]:
    """At most ``seconds`` for all of it, headers included (a server that sends a byte
    of its headers every half second never lets a socket's own timeout fire): an alarm,
    where there can be one (the main thread of a Unix process)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise _TooLong

    before = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _TooLong:
        raise SourceError(
            f"{shown}: the server was still answering after {seconds:.0f} s;"
            " save the page and give the file"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


def fetch(url: str, *, timeout: float, limit: int) -> Fetched:
    """GET ``url``: each wait at most ``timeout`` seconds, all of it at most four times
    that, at most ``limit`` bytes."""
    shown = quoted(visible(url))
    request = urllib.request.Request(
        url, headers={"User-Agent": f"commitments/{__version__} (extract)"}
    )
    opener = urllib.request.build_opener(_Redirects())
    deadline = time.monotonic() + 4 * timeout
    try:
        with _whole(4 * timeout, shown), opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "") or ""
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise SourceError(
                        f"{shown}: the server was still sending after {4 * timeout:.0f} s;"
                        " save the page and give the file"
                    )
                chunk = response.read1(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise SourceError(
                        f"{shown}: it is larger than {limit // (1024 * 1024)} MB;"
                        " extract reads a declaration, not an archive"
                    )
                chunks.append(chunk)
            return Fetched(response.geturl(), b"".join(chunks), content_type.lower())
    except SourceError:
        raise
    except urllib.error.HTTPError as exc:
        raise SourceError(
            f"{shown}: the server answered {exc.code} {visible(str(exc.reason))}"
        ) from None
    except urllib.error.URLError as exc:
        reason = exc.reason if isinstance(exc.reason, str) else str(exc.reason)
        raise SourceError(f"{shown}: cannot fetch it: {visible(reason)}") from None
    except TimeoutError:
        raise SourceError(f"{shown}: no answer within {timeout:.0f} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise SourceError(f"{shown}: cannot fetch it: {visible(str(exc))}") from None
