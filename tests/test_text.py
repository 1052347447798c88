"""Text as data: what a serializer's output keeps raw and what it escapes."""

from __future__ import annotations

from commitments.text import unicode_escaped


def test_a_delete_in_ascii_serializer_output_is_escaped() -> None:
    # DEL is ASCII, so the shortcut for ASCII text let it through raw (a fresh reader's
    # attack on extract's JSON: "willing to help\x7f Jamaica")
    assert unicode_escaped('{"quote": "help\x7f Jamaica"}') == '{"quote": "help\\u007f Jamaica"}'
    assert unicode_escaped('{"quote": "plain"}') == '{"quote": "plain"}'
