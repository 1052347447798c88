"""Ledger text is data: make control characters visible before it reaches a terminal."""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional formatting characters that can
# reorder what a reader sees (Trojan Source, CVE-2021-42574).
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")
_INVISIBLE_KEEP_NEWLINES = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control and bidi characters shown as escapes (``\\x1b``, ``\\u202e``)."""
    pattern = _INVISIBLE_KEEP_NEWLINES if keep_newlines else _INVISIBLE
    return pattern.sub(_escape, text)


def quoted(text: str) -> str:
    """A value for a message: in double quotes, escaped, visible."""
    return '"' + visible(text.replace("\\", "\\\\").replace('"', '\\"')) + '"'
