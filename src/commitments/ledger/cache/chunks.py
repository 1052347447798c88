"""Cutting a ledger into chunks that can be parsed on their own, at stable places.

A chunk is a run of whole [[commitment]] and [[update]] tables (the first chunk also
holds what comes before the first table). Cuts are content-defined, as in rsync: a
table header starts a new chunk when a checksum of the bytes that open the table
says so, about one table in 256. An edit anywhere changes only the chunk it falls
in; an append changes only the last. A cut that falls inside a multi-line string
or array leaves a chunk that does not parse on its own, and then the whole file is
read the plain way.
"""

from __future__ import annotations

import re
import zlib

# A table header at the start of a line, written plainly. Headers written another
# way ("  [[ update ]]") are still read, they are just never where a chunk starts.
_HEADER = re.compile(rb"\n\[\[(?:commitment|update)\]\]")
_WINDOW = 96  # bytes of a table whose checksum decides whether a chunk starts there
_MASK = 0xFF  # one cut in 256 tables on average


def split(data: bytes) -> list[tuple[int, int]]:
    """The chunks of ``data`` as (start, end) byte offsets, in order, covering all of it."""
    crc = zlib.crc32
    cuts = [m.start() + 1 for m in _HEADER.finditer(data)]
    starts = [0, *(at for at in cuts if not crc(data[at : at + _WINDOW]) & _MASK)]
    ends = [*starts[1:], len(data)]
    return list(zip(starts, ends, strict=True))
