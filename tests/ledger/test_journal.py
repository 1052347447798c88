"""The journal: per file, read by whoever reads the ledger, written by nobody else."""

from __future__ import annotations

import os

import pytest

from commitments.ledger.read import read_ledger
from support import WATER_LEDGER, Write, cli

# --- the journal: per file, readable by every reader --------------------------------------


def test_the_journal_is_read_by_whoever_reads_the_ledger_and_written_by_nobody_else(
    write_ledger: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commitments.ledger import journal
    from commitments.write import append

    path = write_ledger(WATER_LEDGER)
    path.chmod(0o664)
    info = path.stat()
    entry = journal.Entry(info.st_dev, info.st_ino, info.st_size, b"\n[[update]]\n")
    old = os.umask(0o077)  # a writer whose umask would hide it from the group
    try:
        append._write_journal(path, entry, 0o664 & 0o644, "commitments.toml")
    finally:
        os.umask(old)
    written = journal.journal_path(path, info.st_ino)
    assert written.stat().st_mode & 0o777 == 0o644
    assert journal.read_entry(path, info.st_ino) == entry
    written.chmod(0o664)  # a journal the group may write is never believed
    assert journal.read_entry(path, info.st_ino) is None
    journal.remove(path, info.st_ino)
    assert not written.exists()


def test_a_journal_of_a_replaced_file_does_not_block_the_new_one(write_ledger: Write) -> None:
    """An editor's save put a new file at the path while a writer appended to the old
    one: each file has its own journal, so the new file's writers are not refused."""
    from commitments.ledger import journal

    path = write_ledger(WATER_LEDGER)
    old_inode = path.stat().st_ino + 1_000_000  # the file the editor replaced
    stale = journal.journal_path(path, old_inode)
    stale.write_bytes(journal.Entry(0, old_inode, 10, b"\n[[update]]\nnote = 'x'\n").encode())
    assert cli("-f", str(path), "update", "water", "--note", "new file").returncode == 0
    assert [u.note for u in read_ledger(path).updates] == ["new file"]


def test_an_emptied_journal_counts_as_none(write_ledger: Write) -> None:
    """Where a journal could not be removed (another user's, in a sticky folder) it is
    emptied; readers and writers then go on as if there were none."""
    from commitments.ledger import journal

    path = write_ledger(WATER_LEDGER)
    emptied = journal.journal_path(path, path.stat().st_ino)
    emptied.write_bytes(b"")
    assert cli("-f", str(path), "check").returncode == 0
    assert cli("-f", str(path), "update", "water", "--note", "after").returncode == 0
    assert [u.note for u in read_ledger(path).updates] == ["after"]


def test_a_stale_journal_never_lengthens_a_file_edited_shorter(write_ledger: Write) -> None:
    """A crash left a journal; then the file was edited down below its offset. Recovery
    must not cut (let alone extend) the file to the old offset."""
    from commitments.ledger import journal

    path = write_ledger(WATER_LEDGER)
    info = path.stat()
    offset = info.st_size + 500  # beyond the end of the file as it now is
    stale = journal.journal_path(path, info.st_ino)
    stale.write_bytes(journal.Entry(info.st_dev, info.st_ino, offset, b"\n[[update]]\n").encode())
    before = path.read_bytes()
    assert cli("-f", str(path), "update", "water", "--note", "after").returncode == 0
    after = path.read_bytes()
    assert after.startswith(before) and b"\0" not in after
    assert [u.note for u in read_ledger(path).updates] == ["after"]
