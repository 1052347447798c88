"""Ledger text is data: the one place that makes it safe to show, quote or serialize.

Every output format, every error message and the TOML writer take their idea of an
"invisible" character from here, so a character that can hide or reorder text is
either shown as an escape everywhere or nowhere.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# Characters that change what a reader sees without being seen: C0 and C1 controls
# and DEL; bidirectional formatting (Trojan Source, CVE-2021-42574); zero-width
# characters; line and paragraph separators; the byte-order mark inside text.
_C0 = "\x00-\x1f"
_HIDDEN_CLASS = (
    "\x7f-\x9f"  # DEL and C1
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, isolates
    "\u180e\u200b-\u200d\u2060-\u2064\ufeff"  # zero-width
    "\u2028\u2029"  # line and paragraph separators
    "\u00ad\u034f\u115f\u1160\u3164\uffa0"  # soft hyphen, grapheme joiner, fillers
    "\u206a-\u206f\ufff9-\ufffb"  # deprecated format characters, annotations
)
# Tag characters (ASCII smuggled as invisible "tags") are outside the BMP, where JSON
# and TOML write escapes differently: shown as escapes, left to each serializer.
_ASTRAL_CLASS = "\U000e0000-\U000e007f"
_INVISIBLE = re.compile(f"[{_C0}{_HIDDEN_CLASS}{_ASTRAL_CLASS}]")
_INVISIBLE_KEEP_NEWLINES = re.compile(f"[\x00-\x09\x0b-\x1f{_HIDDEN_CLASS}{_ASTRAL_CLASS}]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}

# A value quoted in a message is cut here: a 100 KB bad --due is not echoed whole.
QUOTE_LIMIT = 60


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with invisible characters shown as escapes (``\\x1b``, ``\\u202e``)."""
    if text.isascii() and text.isprintable():
        return text  # the usual case, without a regex pass
    pattern = _INVISIBLE_KEEP_NEWLINES if keep_newlines else _INVISIBLE
    return pattern.sub(_escape, text)


def visible_each(texts: list[str]) -> list[str]:
    """``visible`` of each text; one pass over them all in the usual case, where there
    is nothing to escape (a column of 100,000 cells)."""
    joined = "".join(texts)
    if joined.isascii() and joined.isprintable():
        return texts
    return [visible(text) for text in texts]


def unicode_escaped(text: str, *, astral: str = "json") -> str:
    """``text`` with every invisible character a serializer leaves raw written as an
    escape: those of the BMP as ``\\uXXXX``, tag characters as JSON writes an astral
    character (a surrogate pair, ``\\udb40\\udc41``) or, with ``astral="toml"``, as
    TOML does (``\\U000e0041``).

    Only ever applied to serializer output, where these characters can occur only
    inside strings, so the escape is read back as the same character.
    """
    if text.isascii() and "\x7f" not in text:
        return text  # the usual case, without a regex pass (DEL is ASCII, and hidden)
    return _SERIALIZED_RAW.sub(_toml_escape if astral == "toml" else _json_escape, text)


_SERIALIZED_RAW = re.compile(f"[{_HIDDEN_CLASS}{_ASTRAL_CLASS}]")


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _toml_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


# What a stream whose encoding cannot carry a character writes instead (PYTHONIOENCODING
# =ascii, a Latin-1 terminal). Python's own "backslashreplace" writes \xe9, which is an
# error in JSON and in TOML; these escapes read back as the same character in both (the
# default, JSON's, also in a table) or in TOML (its \U for a character beyond the BMP).
UNENCODABLE = "commitments-escape"
UNENCODABLE_TOML = "commitments-escape-toml"


def _unencodable(
    escape: Callable[[re.Match[str]], str],
) -> Callable[[UnicodeError], tuple[str, int]]:
    def handler(error: UnicodeError) -> tuple[str, int]:
        if not isinstance(error, UnicodeEncodeError):
            raise error
        return _ANY_CHARACTER.sub(escape, error.object[error.start : error.end]), error.end

    return handler


_ANY_CHARACTER = re.compile(".", re.DOTALL)
codecs.register_error(UNENCODABLE, _unencodable(_json_escape))
codecs.register_error(UNENCODABLE_TOML, _unencodable(_toml_escape))


def _encoding(out: object) -> str:
    return (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")


def writes_utf8(out: object) -> bool:
    """``out`` encodes as UTF-8 (not UTF-16, nor UTF-8 with a BOM)."""
    return _encoding(out) in ("utf-8", "utf8")


def in_its_own_encoding(out: object, style: str) -> None:
    """Make ``out`` carry a format whose characters have no escape of their own: "utf-8"
    (CSV, iCalendar, a page that says it is UTF-8: the format's text is UTF-8 whatever
    the terminal's locale) or "charref" (Markdown: "&#233;" reads back as "é"). A
    stream that is UTF-8 already, or cannot be changed (a test's StringIO), is left as
    it is."""
    if writes_utf8(out):
        return
    reconfigure = getattr(out, "reconfigure", None)
    if reconfigure is None:
        return
    with contextlib.suppress(ValueError, OSError):
        if style == "utf-8":
            reconfigure(encoding="utf-8")
        else:
            reconfigure(errors="xmlcharrefreplace")


def carried(text: str, out: object) -> str:
    """``text`` as TOML that ``out``'s encoding can carry: a character it cannot is
    written as TOML's escape, which is only ever inside a string or a comment."""
    encoding = _encoding(out)
    if text.isascii() or encoding.startswith("utf"):
        return text
    try:
        return text.encode(encoding, UNENCODABLE_TOML).decode(encoding)
    except LookupError:
        return text


def listed(items: Iterable[str], most: int = 12) -> str:
    """``items`` for a message, each once and at most ``most`` of them: a hostile list
    of 30,000 codes is one line, not 120 KB of it."""
    unique = list(dict.fromkeys(items))
    shown = ", ".join(unique[:most])
    return shown if len(unique) <= most else f"{shown}, … ({len(unique)} in all)"


def counted(n: int, noun: str) -> str:
    """ "1 update", "2 updates": a number and its noun, in the right number."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def cut(text: str, limit: int = QUOTE_LIMIT) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def quoted(text: str) -> str:
    """A value for a message: in double quotes, escaped, visible, cut to QUOTE_LIMIT."""
    return '"' + visible(cut(text).replace("\\", "\\\\").replace('"', '\\"')) + '"'


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str:
    """ "; did you mean "x"?" for the closest of ``choices``, or nothing."""
    if not suggesting():
        return ""

    choices = list(choices)
    # The one choice that starts with it, as the command line takes a start of an id
    # ("water" for water-roundtable-2026), else the closest in spelling.
    starting = [c for c in choices if len(word) >= 3 and c.startswith(word)]
    if len(starting) == 1:
        return f"; did you mean {quoted(starting[0])}?"
    close = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
    return f"; did you mean {quoted(close[0])}?" if close else ""


# A near miss is worth a suggestion; a ledger of 20,000 bad values is not worth 20,000
# fuzzy matches (seconds on every run): in one document, the first ones get one. The
# budget belongs to the reading of that document (a context), so the same bytes always
# get the same messages, however the run came to read them.
SUGGESTIONS = 200
_budget: ContextVar[list[int] | None] = ContextVar("suggestions", default=None)


@contextmanager
def suggestions_at_most(count: int) -> Iterator[None]:
    """Within this block, at most ``count`` suggestions are looked for."""
    token = _budget.set([count])
    try:
        yield
    finally:
        _budget.reset(token)


def suggesting() -> bool:
    """Whether a suggestion may still be looked for here (each look counts)."""
    left = _budget.get()
    if left is None:
        return True
    if left[0] <= 0:
        return False
    left[0] -= 1
    return True


def stderr_width() -> int:
    """How wide a message may be: $COLUMNS, else stderr's terminal, else 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 80
