"""`export`: JSON, CSV and Markdown as `list` writes them, and an iCalendar feed."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import icalendar
import pytest

from support import SHIPPED, TODAY, Run, Write

LEDGER = """
    [[commitment]]
    id = "water-roundtable-2026"
    title = "Round table on water resources"
    due = "by 2026"
    declared = 2025-05-30
    tags = ["water", "Central Asia"]
    parties = ["IT", "KZ"]
    source = "Joint Declaration, Astana, 2025-05-30"
    url = "https://example.org/declaration"
    quote = "a round table on water resources is planned by 2026"

    [[commitment]]
    id = "summit-2027"
    title = "Next summit, in Bishkek; date to be set"
    due = "2027?"

    [[commitment]]
    id = "forum"
    title = "Forum"
    due = "2026-05-12"

    [[commitment]]
    id = "called-off"
    title = "Called off"
    due = "spring 2026"
    status = "cancelled"

    [[commitment]]
    id = "no-date"
    title = "Undated"

    [[update]]
    commitment = "forum"
    on = 2026-05-12
    status = "done"
    source = "https://example.org/forum"

    [[update]]
    commitment = "summit-2027"
    on = 2026-02-01
    due = "2027-10?"
"""


def feed(run: Run, *args: str) -> icalendar.Calendar:
    result = run("--today", TODAY, "export", "--format", "ics", *args)
    assert result.exit_code == 0, result.output
    calendar = icalendar.Calendar.from_ical(result.stdout)
    assert isinstance(calendar, icalendar.Calendar)
    return calendar


def events(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    """The events by the id of their commitment (what their UID starts with)."""
    return {str(e["UID"]).split(".")[0]: e for e in calendar.walk("VEVENT")}


@pytest.mark.parametrize("format_", ["json", "csv", "markdown"])
def test_json_csv_and_markdown_are_what_list_prints(
    run: Run, write_ledger: Write, format_: str
) -> None:
    write_ledger(LEDGER)
    exported = run("--today", TODAY, "export", "--format", format_, "--open")
    listed = run("--today", TODAY, "list", "--format", format_, "--open")
    assert exported.exit_code == 0
    assert exported.stdout == listed.stdout and exported.stdout


def test_one_all_day_event_on_each_deadline(run: Run, write_ledger: Write) -> None:
    write_ledger(LEDGER)
    calendar = feed(run)
    calendar.validate()
    assert str(calendar["VERSION"]) == "2.0" and "commitments" in str(calendar["PRODID"])
    found = events(calendar)
    assert sorted(found) == ["called-off", "forum", "summit-2027", "water-roundtable-2026"]
    water = found["water-roundtable-2026"]
    # One all-day event on the deadline ("by 2026": 2026-12-31), never a banner over
    # the nineteen months since it was declared. DTEND is the day after (RFC 5545, 3.6.1).
    assert water.decoded("DTSTART") == dt.date(2026, 12, 31)
    assert water.decoded("DTEND") == dt.date(2027, 1, 1)
    assert not isinstance(water.decoded("DTSTART"), dt.datetime)
    text = water.to_ical().decode()
    assert "DTSTART;VALUE=DATE:20261231" in text and "DTEND;VALUE=DATE:20270101" in text
    # A deadline that is not one plain day says so where a calendar shows it.
    assert str(water["SUMMARY"]) == "Round table on water resources (due by 2026)"
    description = str(water["DESCRIPTION"])
    assert "“a round table on water resources is planned by 2026”" in description
    assert "Source: Joint Declaration, Astana, 2025-05-30" in description
    assert f"Status: planned as of {TODAY} (due: by 2026; pledge)" in description
    assert "Window: 2025-05-30 – 2026-12-31" in description
    assert [str(c) for c in water["CATEGORIES"].cats] == ["water", "Central Asia"]
    assert str(water["URL"]) == "https://example.org/declaration"
    forum = found["forum"]
    assert str(forum["SUMMARY"]) == "Forum"  # a plain day is its own deadline
    assert forum.decoded("DTSTART") == dt.date(2026, 5, 12)
    assert forum.decoded("DTEND") == dt.date(2026, 5, 13)
    assert str(forum["STATUS"]) == "CONFIRMED"
    called_off = found["called-off"]
    assert str(called_off["STATUS"]) == "CANCELLED"
    assert str(called_off["SUMMARY"]) == "Called off (due spring 2026)"
    assert called_off.decoded("DTSTART") == dt.date(2026, 5, 31)
    assert str(water["STATUS"]) == "TENTATIVE"
    moved = found["summit-2027"]
    assert moved.decoded("DTSTART") == dt.date(2027, 10, 31)  # as rescheduled
    assert str(moved["SUMMARY"]) == (
        "Next summit, in Bishkek; date to be set (due 2027-10?, approximate)"
    )
    assert int(moved["SEQUENCE"]) == 1  # one reschedule: a calendar takes it as newer
    for event in found.values():
        assert event.decoded("DTSTAMP") == dt.datetime(2026, 11, 22, tzinfo=dt.UTC)


def test_events_spanning_each_window_on_request(run: Run, write_ledger: Write) -> None:
    write_ledger(LEDGER)
    found = events(feed(run, "--events", "window"))
    water = found["water-roundtable-2026"]
    assert water.decoded("DTSTART") == dt.date(2025, 5, 30)  # declared: the window opens
    assert water.decoded("DTEND") == dt.date(2027, 1, 1)
    assert found["forum"].decoded("DTSTART") == dt.date(2026, 5, 12)
    assert found["forum"].decoded("DTEND") == dt.date(2026, 5, 13)
    assert found["summit-2027"].decoded("DTSTART") == dt.date(2027, 10, 1)
    assert found["called-off"].decoded("DTSTART") == dt.date(2026, 3, 1)
    # The rest is the same event: a subscribed calendar switched over replaces each
    # event (same UID) instead of adding a second one.
    deadline = events(feed(run))
    assert sorted(str(e["UID"]) for e in found.values()) == sorted(
        str(e["UID"]) for e in deadline.values()
    )
    for ident, event in found.items():
        assert str(event["SUMMARY"]) == str(deadline[ident]["SUMMARY"])
        assert str(event["DESCRIPTION"]) == str(deadline[ident]["DESCRIPTION"])


def test_a_relative_due_says_the_year_it_means(run: Run, write_ledger: Write) -> None:
    write_ledger(
        """
        [[commitment]]
        id = "opera"
        title = "Opera"
        due = "next year"
        declared = 2025-05-30
        """
    )
    (opera,) = feed(run).walk("VEVENT")
    assert str(opera["SUMMARY"]) == "Opera (due 2026)"
    assert opera.decoded("DTSTART") == dt.date(2026, 12, 31)


def test_events_takes_a_span_and_nothing_else(run: Run, write_ledger: Write) -> None:
    write_ledger(LEDGER)
    result = run("export", "--format", "ics", "--events", "month")
    assert result.exit_code == 2
    assert "deadline" in result.stderr and "window" in result.stderr


def test_the_feed_round_trips_and_keeps_its_bytes(run: Run, write_ledger: Write) -> None:
    write_ledger(LEDGER)
    # stdout_bytes: Click's Result.stdout would turn the CRLF of RFC 5545 into LF.
    first = run("--today", TODAY, "export", "--format", "ics").stdout_bytes.decode()
    assert first == run("--today", TODAY, "export", "--format", "ics").stdout_bytes.decode()
    assert icalendar.Calendar.from_ical(first).to_ical().decode() == first
    assert first.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in first.split("\r\n"))  # folded


def test_uids_are_stable_across_machines_and_apart_between_ledgers(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    path = write_ledger(LEDGER)
    uids = [str(e["UID"]) for e in feed(run).walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert all(uid.endswith("@commitments") for uid in uids)
    assert any(uid.startswith("water-roundtable-2026.") for uid in uids)
    # Another machine: the same ledger in another folder, with more appended since.
    elsewhere = tmp_path / "elsewhere" / "commitments.toml"
    elsewhere.parent.mkdir()
    shutil.copy(path, elsewhere)
    with elsewhere.open("a", encoding="utf-8") as handle:
        handle.write('\n[[commitment]]\nid = "added"\ntitle = "Added"\ndue = "2028"\n')
    there = [str(e["UID"]) for e in feed(run, "-f", str(elsewhere)).walk("VEVENT")]
    assert set(uids) <= set(there)
    # Under another name, and as of another day: the same.
    renamed = write_ledger(LEDGER, name="briefing.toml")
    assert [str(e["UID"]) for e in feed(run, "-f", str(renamed)).walk("VEVENT")] == uids
    later = run("--today", "2027-03-01", "export", "--format", "ics").stdout
    assert sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(later).walk("VEVENT")) == (
        sorted(uids)
    )
    # Another ledger (it starts with another commitment) with the same ids: other UIDs.
    other = write_ledger('[[commitment]]\nid = "first"\ntitle = "First"\n' + LEDGER, name="j.toml")
    theirs = {str(e["UID"]) for e in feed(run, "-f", str(other)).walk("VEVENT")}
    assert theirs.isdisjoint(uids)


def test_ledger_text_cannot_break_the_feed(run: Run, write_ledger: Write) -> None:
    write_ledger(
        """
        [[commitment]]
        id = "a"
        title = "Evil\\r\\nEND:VEVENT\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:forged \\u001b[31m\\u202e"
        due = "2026"
        tags = ["x,y;z"]
        quote = "line one\\nline two"
        """
    )
    text = run("--today", TODAY, "export", "--format", "ics").stdout_bytes.decode()
    assert "\x1b" not in text and "\u202e" not in text
    assert text.split("\r\n").count("BEGIN:VEVENT") == 1  # the forged one is text
    calendar = icalendar.Calendar.from_ical(text)
    (event,) = calendar.walk("VEVENT")
    assert "forged \\x1b[31m\\u202e" in str(event["SUMMARY"])
    assert [str(c) for c in event["CATEGORIES"].cats] == ["x,y;z"]
    assert "line one\nline two" in str(event["DESCRIPTION"])


def test_an_empty_selection_is_a_valid_calendar_without_events(
    run: Run, write_ledger: Write
) -> None:
    write_ledger(LEDGER)
    calendar = feed(run, "--status", "missed")
    assert calendar.walk("VEVENT") == []
    calendar.validate()  # RFC 5545's one component: the UTC time zone
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["UTC"]


def test_missed_is_struck_out_and_a_status_change_is_a_new_sequence(
    run: Run, write_ledger: Write
) -> None:
    write_ledger(
        LEDGER
        + """
    [[update]]
    commitment = "water-roundtable-2026"
    on = 2026-11-01
    status = "missed"
    """
    )
    water = events(feed(run))["water-roundtable-2026"]
    assert str(water["STATUS"]) == "CANCELLED"
    assert int(water["SEQUENCE"]) == 1
    assert int(events(feed(run))["called-off"]["SEQUENCE"]) == 0  # declared cancelled


def test_the_shipped_ledger_exports_a_valid_feed(run: Run) -> None:
    calendar = feed(run, "-f", str(SHIPPED))
    calendar.validate()
    assert len(calendar.walk("VEVENT")) == 6


def test_output_replaces_the_file_whole(run: Run, write_ledger: Write, tmp_path: Path) -> None:
    write_ledger(LEDGER)
    target = tmp_path / "feed.ics"
    target.write_text("old feed", encoding="utf-8")
    os.chmod(target, 0o644)
    result = run("--today", TODAY, "export", "--format", "ics", "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert os.stat(target).st_mode & 0o777 == 0o644  # a web server may go on serving it
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_output_changes_nothing(
    run: Run, write_ledger: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    write_ledger(LEDGER)
    target = tmp_path / "feed.ics"
    target.write_text("old feed", encoding="utf-8")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, full)
    result = run("--today", TODAY, "export", "--format", "ics", "--output", str(target))
    assert result.exit_code == 1
    assert f"cannot write {target}: the disk is full" in result.stderr
    assert "Traceback" not in result.output
    assert target.read_text(encoding="utf-8") == "old feed"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["cache", "feed.ics", "work"])


def test_output_into_a_missing_folder_is_a_clear_error(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    result = run("export", "--output", str(tmp_path / "nowhere" / "feed.ics"))
    assert result.exit_code == 1
    assert "cannot write" in result.stderr and "there is no folder" in result.stderr


def test_the_readmes_feed_line_works_in_crons_environment(tmp_path: Path) -> None:
    """The crontab line for the feed (docs/commands.md), under `env -i` with cron's PATH."""
    import subprocess
    import sys

    installed = Path(sys.executable).parent / "commitments"
    if not installed.exists():
        pytest.skip("the console script is not installed beside this Python")
    page = (SHIPPED.parent / "docs" / "commands.md").read_text(encoding="utf-8")
    line = next(x for x in page.splitlines() if x.startswith("15 * * * * cd /srv/"))
    folder, served = tmp_path / "srv", tmp_path / "www"
    folder.mkdir()
    served.mkdir()
    shutil.copyfile(SHIPPED, folder / "commitments.toml")
    command = line.split(" ", 5)[5]
    command = command.replace("/srv/commitments/.venv/bin/commitments", str(installed))
    command = command.replace("/srv/commitments", str(folder))
    command = command.replace("/var/www/html", str(served))
    result = subprocess.run(
        ["env", "-i", "PATH=/usr/bin:/bin", "HOME=" + str(tmp_path), "sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    calendar = icalendar.Calendar.from_ical((served / "commitments.ics").read_bytes())
    calendar.validate()
    assert len(calendar.walk("VEVENT")) == 6


def test_output_dash_is_stdout_devices_are_written_links_refused(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    dashed = run("--today", TODAY, "export", "-o", "-")
    assert dashed.exit_code == 0 and dashed.stdout.startswith("[")
    assert not (tmp_path / "work" / "-").exists()
    # A device is written to, never replaced by a file (as root, -o /dev/null would
    # otherwise replace the system's /dev/null).
    assert run("export", "-o", os.devnull).exit_code == 0
    assert Path(os.devnull).is_char_device()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    import threading

    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(fifo.read_bytes()))
    reader.start()
    assert run("--today", TODAY, "export", "-o", str(fifo)).exit_code == 0
    reader.join(10)
    assert fifo.is_fifo() and read and read[0].startswith(b"[")
    # A link planted where the export goes must not choose what it overwrites.
    victim = tmp_path / "victim.conf"
    victim.write_text("secret", encoding="utf-8")
    link = tmp_path / "feed.ics"
    link.symlink_to(victim)
    result = run("export", "--format", "ics", "-o", str(link))
    assert result.exit_code == 1 and "is a symbolic link" in result.stderr
    assert victim.read_text(encoding="utf-8") == "secret" and link.is_symlink()
    empty = run("export", "-o", "")
    assert empty.exit_code == 2 and "the path is empty" in empty.stderr


def test_a_replaced_file_keeps_its_owner(run: Run, write_ledger: Write, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user takes root")
    write_ledger(LEDGER)
    target = tmp_path / "feed.ics"
    target.write_text("old", encoding="utf-8")
    os.chown(target, 65534, 65534)
    os.chmod(target, 0o640)
    assert run("export", "--format", "ics", "-o", str(target)).exit_code == 0
    info = target.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o777) == (65534, 65534, 0o640)


@pytest.mark.parametrize("command", [["export"], ["timeline"], ["report", "--format", "html"]])
def test_the_ledger_is_never_an_output(
    run: Run, write_ledger: Write, tmp_path: Path, command: list[str]
) -> None:
    path = write_ledger(LEDGER)
    before = path.read_bytes()
    link = tmp_path / "link.toml"
    link.symlink_to(path)
    for target in (path, link):
        result = run(*command, "-o", str(target))
        assert result.exit_code == 2
        assert "is the ledger; it is never replaced" in result.stderr
    assert path.read_bytes() == before


def test_a_full_disk_on_stdout_is_one_line_not_a_traceback() -> None:
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    for args in (["export", "--format", "ics"], ["timeline"], ["list"]):
        with open("/dev/full", "w") as full:
            done = subprocess.run(
                [sys.executable, "-m", "commitments", "-f", str(SHIPPED), *args],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=60,
            )
        assert done.returncode == 1, args
        assert (
            done.stderr == "commitments: error: cannot write the output: No space left on device\n"
        )


@pytest.mark.parametrize(
    ("due", "said"),
    [
        ("this year/2028", "(due 2025/2028)"),
        ("next year/2028", "(due 2026/2028)"),
        ("this year/next year", "(due 2025/2026)"),
        ("next  year", "(due 2026)"),
    ],
)
def test_each_relative_year_is_the_one_it_means(
    run: Run, write_ledger: Write, due: str, said: str
) -> None:
    """Found by an attacker: every "next year" once said the deadline's year."""
    write_ledger(f'[[commitment]]\nid = "x"\ntitle = "X"\ndue = "{due}"\ndeclared = 2025-05-01\n')
    (event,) = feed(run).walk("VEVENT")
    assert str(event["SUMMARY"]) == f"X {said}"


@pytest.mark.parametrize("format_", ["json", "csv", "markdown"])
def test_events_window_is_for_the_calendar_only(run: Run, format_: str) -> None:
    result = run("-f", str(SHIPPED), "export", "--format", format_, "--events", "window")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "commitments: error: --events: only the iCalendar feed has events (give --format ics;"
        f" this is --format {format_})\n"
    )


def test_a_summary_says_an_open_start_and_an_early_year_in_words() -> None:
    """Found by an attacker: "(due ../2027-03-01)" and, declared in year 1, "(due 2)"."""
    import datetime as dt

    from commitments.formats.as_ics import summary
    from commitments.model import Commitment
    from commitments.report.state import effective

    def said(due: str, declared: dt.date | None) -> str:
        return summary(effective(Commitment(id="c", title="T", due=due, declared=declared), None))

    assert said("../2027-03-01", None) == "T (due by 2027-03-01)"
    assert said("next year", dt.date(1, 1, 1)) == "T (due 0002)"


def test_the_hint_for_a_missing_folder_starting_with_a_dash_can_be_pasted(
    run: Run, write_ledger: Write
) -> None:
    write_ledger(SHIPPED.read_text(encoding="utf-8"))
    result = run("export", "--format", "ics", "-o", "-m/x.ics")
    assert result.exit_code == 1
    assert "(make it first: mkdir -p -- -m)" in result.stderr


def test_a_calendar_joined_from_its_events_is_the_calendar_icalendar_writes_whole() -> None:
    """The site keeps each event's text and joins them (publish/site.py): the same bytes
    as icalendar's own serialization of the whole calendar, folding and all."""
    from commitments.formats import EventSpan
    from commitments.formats.as_ics import calendar_text, event, event_text
    from commitments.ledger.read import read_ledger
    from commitments.report.as_of import as_of
    from commitments.report.state import states

    today = dt.date.fromisoformat(TODAY)
    dated = [s for s in states(as_of(read_ledger(SHIPPED), today)) if s.window is not None]
    assert len(dated) > 5
    whole = icalendar.Calendar()
    for name, value in (
        ("prodid", calendar_text([]).split("PRODID:", 1)[1].split("\r\n", 1)[0]),
        ("version", "2.0"),
        ("calscale", "GREGORIAN"),
        ("method", "PUBLISH"),
        ("x-wr-calname", "Commitments"),
    ):
        whole.add(name, value)
    for state in dated:
        whole.add_component(event(state, today, "x", EventSpan.deadline))
    joined = calendar_text([event_text(s, today, "x", EventSpan.deadline) for s in dated])
    assert joined == whole.to_ical().decode("utf-8")
