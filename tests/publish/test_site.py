"""`site OUTDIR`: the static tracker site, its pages, feeds, incremental rebuilds, and
every door of OUTDIR."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from publish.ledgers import HOSTILE, LEDGER
from support import REPO, SHIPPED, Elements, Run, Write, mount_tiny_tmpfs, parsed

TODAY = "2026-12-05"
PAGES = [
    ".commitments-site-events.json",
    ".commitments-site.json",
    "calendar.ics",
    "commitments/energy.html",
    "commitments/rome-fund.html",
    "commitments/water.html",
    "commitments/welcome.html",
    "feed.xml",
    "index.html",
    "parties/IT.html",
    "parties/IT/astana-2025.html",
    "parties/IT/rome-2026.html",
    "parties/KG.html",
    "parties/KG/rome-2026.html",
    "parties/KZ.html",
    "parties/KZ/astana-2025.html",
    "parties/UZ.html",
    "parties/UZ/astana-2025.html",
    "summits/astana-2025.html",
    "summits/rome-2026.html",
]


def parsed_file(path: Path) -> Elements:
    return parsed(path.read_text(encoding="utf-8"))


def text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(parsed_file(path).text))


def site(run: Run, out: Path, *more: str, today: str = TODAY) -> tuple[int, str, str]:
    result = run("--today", today, "site", str(out), *more)
    return result.exit_code, result.stdout, result.stderr


def files(folder: Path) -> list[str]:
    """What the site holds; its lock (an empty file builds take turns on) aside."""
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and p.name != ".commitments-site.lock"
    )


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        name: ((folder / name).stat().st_ino, (folder / name).stat().st_mtime_ns)
        for name in files(folder)
    }


def test_the_site_has_a_page_per_summit_commitment_and_party_and_two_feeds(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    out = tmp_path / "site"
    code, said, err = site(run, out)
    assert code == 0, err
    assert said == f"wrote 18 files of the site in {out} (0 unchanged)\n"
    assert files(out) == PAGES  # "later" is declared after the day: no page yet
    index = text_of(out / "index.html")
    assert "As of 2026-12-05: 4 commitments, 2 summits" in index
    # the summit's score with its coverage, and what nobody assessed is said so
    assert "+0.25 · 63% (5 of 6 cells assessed)" in index
    assert "not assessed yet (0 of 1 cell assessed)" in index
    assert "2026-10-01 · done · Held in Tashkent · evidence: Ministry press release" in index
    water = out / "commitments" / "water.html"
    page = text_of(water)
    for said in (
        "Round table on water resources",
        "Strength pledge",
        "Due by 2026 (2025-05-30 – 2026-12-31)",
        "In the source's words a round table on water resources is planned by 2026",
        "Source: Joint Declaration",
        "Score: +1 · 100% (3 of 3 cells assessed)",
        "2026-10-01 · done · Held in Tashkent · evidence: Ministry press release",
        "Followed by Event on energy technologies",
    ):
        assert said in page, said
    links = [a["href"] for tag, a in parsed_file(water).tags if tag == "a"]
    assert "https://example.org/press" in links and "https://example.org/declaration" in links
    assert "../summits/astana-2025.html" in links and "../parties/KZ.html" in links
    assert "Responsible Italy" in text_of(out / "commitments" / "rome-fund.html")
    party = text_of(out / "parties" / "UZ.html")
    assert "Uzbekistan (UZ)" in party and "First Central Asia–Italy Summit 2025-05-30" in party
    # its record: pledges 2, done 1, partial 0, missed 1, not assessed 0, others 1
    assert "First Central Asia–Italy Summit 2025-05-30 2 1 0 1 0 1" in party
    there = text_of(out / "parties" / "UZ" / "astana-2025.html")
    assert "missed" in there and "No delegation sent" in there and "Welcomed a network" in there
    summit = (out / "summits" / "astana-2025.html").read_text()
    assert '<table class="matrix">' in summit and "<svg" in summit
    assert 'href="../commitments/energy.html"' in summit  # a matrix row links to its page


def test_the_feeds_parse_and_their_entries_keep_their_ids(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    icalendar = pytest.importorskip("icalendar")
    write_ledger(LEDGER)
    out = tmp_path / "site"
    assert site(run, out, "--base-url", "https://tracker.example/g7")[0] == 0
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(out / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert [e.findtext(f"{atom}title") for e in entries] == [
        "Round table on water resources: done",
        "Event on energy technologies: partial (IT)",
        "Event on energy technologies: missed (UZ)",
    ]
    first = entries[0]
    assert first.findtext(f"{atom}id", "").endswith(":update:1")
    assert first.findtext(f"{atom}updated") == "2026-10-01T00:00:00Z"
    links = {link.get("rel"): link.get("href") for link in first.findall(f"{atom}link")}
    assert links == {
        "alternate": "https://tracker.example/g7/commitments/water.html",
        "related": "https://example.org/press",
    }
    calendar = icalendar.Calendar.from_ical((out / "calendar.ics").read_bytes())
    uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert any(u.startswith("water") for u in uids) and any(u.startswith("energy") for u in uids)
    index = (out / "index.html").read_text()
    assert 'rel="alternate" type="application/atom+xml"' in index
    assert 'href="feed.xml"' in index and 'href="calendar.ics"' in index


def test_hostile_text_never_becomes_markup_on_any_page_or_in_the_feed(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(HOSTILE)
    out = tmp_path / "site"
    assert site(run, out)[0] == 0
    pages = [out / name for name in files(out) if name.endswith(".html")]
    assert len(pages) == 7  # index, the summit, the commitment, IT and KZ, each at the summit
    for path in pages:
        source = path.read_text()
        elements = parsed_file(path)
        names = [tag for tag, _ in elements.tags]
        assert not set(names) & {"script", "iframe", "object", "embed", "img", "form", "base"}
        assert names.count("style") == 1 and "svg" not in names[:1]
        for tag, attrs in elements.tags:
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            if tag == "a":
                link = attrs["href"] or ""
                assert link.startswith(("https://", "../", "index", "feed", "calendar")) or (
                    re.fullmatch(r"(commitments|summits|parties)/[\w-]+\.html", link)
                ), (path, link)
        assert "\x1b" not in source and "\u202e" not in source and "\u200b" not in source
        assert "<script>" not in source and "default-src 'none'" in source
    page = text_of(out / "commitments" / "a.html")
    assert "<script>alert(1)</script>" in page  # shown as text
    assert "\\x1b[31m" in page and "\\u202e" in page
    feed = (out / "feed.xml").read_text()
    ET.fromstring(feed)  # well-formed: nothing in the ledger broke out of its element
    assert "<script>" not in feed and "]]&gt;" in feed


def test_a_rebuild_after_an_update_rewrites_only_what_it_changed(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    out = tmp_path / "site"
    assert site(run, out)[0] == 0
    before = stamps(out)
    code, said, _ = site(run, out)
    assert code == 0 and said == f"wrote 0 files of the site in {out} (18 unchanged)\n"
    assert stamps(out) == before
    made = run("--today", TODAY, "update", "rome-fund", "--status", "done", "--on", "2026-11-30")
    assert made.exit_code == 0, made.stderr
    code, said, _ = site(run, out)
    assert code == 0
    after = stamps(out)
    rewritten = sorted(name for name in after if after[name] != before[name])
    assert rewritten == [
        ".commitments-site-events.json",  # the calendar's events, kept for the next build
        ".commitments-site.json",
        "calendar.ics",  # its event is confirmed now
        "commitments/rome-fund.html",
        "feed.xml",
        "index.html",
        "parties/IT.html",  # one more pledge done
        "parties/IT/rome-2026.html",
        "parties/KG/rome-2026.html",  # a party to it, not responsible: its status shown
        "summits/rome-2026.html",
    ]
    assert said == f"wrote 8 files of the site in {out} (10 unchanged)\n"
    assert "done" in text_of(out / "commitments" / "rome-fund.html")


def test_pages_the_site_no_longer_has_are_removed_unless_someone_changed_them(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    out = tmp_path / "site"
    assert site(run, out, today="2027-03-01")[0] == 0
    assert (out / "commitments" / "later.html").is_file()
    code, said, _ = site(run, out)  # as of an earlier day: "later" does not exist yet
    assert code == 0 and said.endswith(", 2 removed)\n")  # its page, and IT's without summit
    assert not (out / "commitments" / "later.html").exists()
    assert site(run, out, today="2027-03-01")[0] == 0
    (out / "commitments" / "later.html").write_text("my notes")
    code, _, err = site(run, out)
    assert code == 0, err
    assert (out / "commitments" / "later.html").read_text() == "my notes"


def test_files_the_tool_did_not_write_are_never_touched(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    out = tmp_path / "site"
    out.mkdir()
    (out / "README.md").write_text("mine")
    (out / "CNAME").write_text("tracker.example")
    assert site(run, out)[0] == 0
    assert (out / "README.md").read_text() == "mine" and (out / "CNAME").exists()
    # a page edited by hand since is the user's now: nothing is written, it is named
    (out / "index.html").write_text("<p>my own index</p>")
    before = stamps(out)
    code, _, err = site(run, out, today="2026-12-06")
    assert code == 1 and "index.html" in err and "nothing was written" in err
    assert stamps(out) == before and (out / "index.html").read_text() == "<p>my own index</p>"


def test_a_folder_with_someone_else_s_pages_is_refused_before_anything_is_written(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    out = tmp_path / "site"
    (out / "commitments").mkdir(parents=True)
    (out / "commitments" / "water.html").write_text("a page of another tool")
    code, _, err = site(run, out)
    assert code == 1 and "water.html" in err and "was not written by commitments" in err
    assert files(out) == ["commitments/water.html"]


def test_a_forged_manifest_is_not_believed(run: Run, write_ledger: Write, tmp_path: Path) -> None:
    write_ledger(LEDGER)
    out = tmp_path / "site"
    assert site(run, out)[0] == 0
    (out / "index.html").write_text("theirs")
    manifest = out / ".commitments-site.json"
    text = manifest.read_text()
    # a manifest that anyone may write could claim any page is the tool's to replace
    forged = re.sub(r'"index.html": \["[0-9a-f]+"', '"index.html": ["' + "0" * 64 + '"', text)
    manifest.write_text(forged)
    manifest.chmod(0o666)
    code, _, err = site(run, out, today="2026-12-06")
    assert code == 1 and ".commitments-site.json, is not to be trusted" in err
    assert (out / "index.html").read_text() == "theirs"


@pytest.mark.parametrize("kind", ["file", "dangling", "ledger-folder", "ancestor"])
def test_an_outdir_that_cannot_be_the_site_is_refused(
    run: Run, write_ledger: Write, tmp_path: Path, kind: str
) -> None:
    ledger = write_ledger(LEDGER)
    before = ledger.read_bytes()
    target = {
        "file": tmp_path / "file",
        "dangling": tmp_path / "dangling",
        "ledger-folder": ledger.parent,
        "ancestor": tmp_path,
    }[kind]
    if kind == "file":
        target.write_text("mine")
    if kind == "dangling":
        target.symlink_to(tmp_path / "nowhere")
    listed = sorted(os.listdir(ledger.parent))
    code, _, err = site(run, target)
    assert code == 2, err
    assert {
        "file": "is a file, not a folder",
        "dangling": "symbolic link to no folder",
        "ledger-folder": "holds the ledger",
        "ancestor": "holds the ledger",
    }[kind] in err
    assert ledger.read_bytes() == before and sorted(os.listdir(ledger.parent)) == listed
    assert not (tmp_path / "nowhere").exists()


def test_a_missing_parent_and_a_linked_subfolder_are_clear_errors(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    code, _, err = site(run, tmp_path / "no" / "site")
    assert code == 1 and "there is no folder" in err and "mkdir -p --" in err
    out = tmp_path / "site"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "commitments").symlink_to(elsewhere)
    code, _, err = site(run, out)
    assert code == 1 and "is a symbolic link" in err
    assert list(elsewhere.iterdir()) == []
    assert sorted(os.listdir(out)) == [".commitments-site.lock", "commitments"]


def test_an_outdir_given_as_a_link_to_a_folder_is_followed(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    real = tmp_path / "www"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    assert site(run, tmp_path / "link")[0] == 0
    assert (real / "index.html").is_file() and (tmp_path / "link").is_symlink()


def test_a_full_disk_mid_build_leaves_the_site_as_it_was(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    disk = tmp_path / "disk"
    if not mount_tiny_tmpfs(disk, "256k"):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount rights)")
    try:
        ledger = write_ledger(LEDGER)
        out = disk / "site"
        assert site(run, out)[0] == 0
        before = {name: (out / name).read_bytes() for name in files(out)}
        with ledger.open("a") as handle:  # a note that fills more than the disk has left
            handle.write(
                textwrap.dedent(f"""
                [[update]]
                commitment = "water"
                on = 2026-11-01
                note = "{"n" * 200_000}"
                """)
            )
        code, _, err = site(run, out)
        assert code == 1 and "the pages there are as they were" in err, err
        assert {name: (out / name).read_bytes() for name in files(out)} == before
        assert not [p for p in disk.rglob("*.tmp")]
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_bad_title_or_base_url_is_a_usage_error(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    code, _, err = site(run, tmp_path / "s", "--base-url", "javascript:alert(1)")
    assert code == 2 and "--base-url" in err
    code, _, err = site(run, tmp_path / "s", "--base-url", "https://x.org/t?a=1")
    assert code == 2 and "query or a fragment" in err
    code, _, err = site(run, tmp_path / "s", "--title", "\x1b[2J")
    assert code == 2 and "--title" in err
    assert not (tmp_path / "s").exists()


def test_a_site_grown_update_after_update_and_day_after_day_is_the_site_made_anew(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    """The fast path (a page or an event made again only when the key of its inputs
    changed) against the full one: every file equal, whatever happened in between."""
    write_ledger(LEDGER)
    grown = tmp_path / "grown"
    steps = [
        ("2026-12-05", ["update", "rome-fund", "--status", "in-progress", "--on", "2026-11-20"]),
        (
            "2026-12-05",
            ["update", "energy", "--party", "KZ", "--status", "done", "--on", "2026-12-01"],
        ),
        ("2026-12-20", ["update", "water", "--due", "2027-03", "--on", "2026-12-10"]),
        ("2027-01-10", ["update", "welcome", "--note", "<b>a note</b>", "--on", "2027-01-08"]),
        (
            "2027-03-01",
            ["add", "--title", "A new pledge", "--summit", "rome-2026", "--due", "2027"],
        ),
    ]
    assert site(run, grown)[0] == 0
    for today, change in steps:
        made = run("--today", today, *change)
        assert made.exit_code == 0, made.stderr
        assert site(run, grown, today=today)[0] == 0
        anew = tmp_path / f"anew-{today}-{len(change)}"
        assert site(run, anew, today=today)[0] == 0
        names = [n for n in files(anew) if not n.startswith(".commitments-site")]
        assert [n for n in files(grown) if not n.startswith(".commitments-site")] == names
        for name in names:
            assert (grown / name).read_bytes() == (anew / name).read_bytes(), (today, name)


def test_the_github_pages_workflow_builds_the_site_of_the_shipped_ledger(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((REPO / "docs" / "github-pages.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    [build] = [s for s in steps if "commitments site" in s.get("run", "")]
    assert {s.get("uses", "").split("@")[0] for s in steps} >= {
        "actions/checkout",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
    }
    [line] = [x for x in build["run"].splitlines() if x.startswith("commitments site")]
    line = line.replace("${{ steps.pages.outputs.base_url }}", "https://owner.github.io/repo")
    shutil.copyfile(SHIPPED, tmp_path / "commitments.toml")
    done = subprocess.run(
        [sys.executable, "-m", "commitments", *shlex.split(line)[1:]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "COMMITMENTS_TODAY": TODAY, "XDG_CACHE_HOME": str(tmp_path / "c")},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages"))
    site_folder = tmp_path / upload["with"]["path"]
    assert (site_folder / "index.html").is_file()
    assert 'href="https://owner.github.io/repo/feed.xml"' in (site_folder / "feed.xml").read_text()


@pytest.mark.parametrize(
    "name",
    ["-dash", "new\nline", "esc\x1b[2Jx", "bidi\u202ex", "sp ace", "$(touch pwned)", "a" * 255],
)
def test_hostile_outdir_names_are_written_to_and_printed_escaped(
    run: Run, write_ledger: Write, tmp_path: Path, name: str
) -> None:
    write_ledger(LEDGER)
    out = tmp_path / name
    code, said, err = site(run, out)
    assert code == 0, err
    assert (out / "index.html").is_file() and not (tmp_path / "pwned").exists()
    assert "\x1b" not in said and "\u202e" not in said and said.count("\n") == 1


@pytest.mark.parametrize("target", ["/dev/null", "/dev/full/x", "fifo", "a" * 300])
def test_an_outdir_that_is_a_device_a_fifo_or_too_long_is_one_clear_error(
    run: Run, write_ledger: Write, tmp_path: Path, target: str
) -> None:
    write_ledger(LEDGER)
    if target == "fifo":
        os.mkfifo(tmp_path / "fifo")
        target = str(tmp_path / "fifo")
    code, _, err = site(run, Path(target))
    assert code in (1, 2) and err.count("\n") == 1 and "Traceback" not in err, err
    assert "not a folder" in err or "cannot write the site" in err


# --- what an attacker tried (the closing review of the issue): each case kept ----------


def test_a_forged_entry_never_deletes_through_a_link_or_for_another_user(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    out = tmp_path / "site"
    assert site(run, out)[0] == 0
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "notes").write_text("keep me")
    (out / "parties" / "ZZ").symlink_to(victim)
    info = (victim / "notes").stat()
    manifest = out / ".commitments-site.json"
    listing = json.loads(manifest.read_text())
    listing["files"]["parties/ZZ/notes"] = ["0", info.st_size, info.st_mtime_ns, None]
    manifest.write_text(json.dumps(listing))  # the tool's own file, forged in place
    assert site(run, out, today="2026-12-06")[0] == 0
    assert (victim / "notes").read_text() == "keep me"  # never removed through a link
    if os.geteuid() == 0:  # another user's manifest is not believed at all
        os.chown(manifest, 1001, 1001)
        code, _, err = site(run, out, today="2026-12-07")
        assert (victim / "notes").read_text() == "keep me"
        assert code == 1 and "not to be trusted" in err


@pytest.mark.skipif(os.geteuid() != 0, reason="needs another user's link")
def test_an_outdir_that_is_another_user_s_link_in_a_shared_folder_is_refused(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o2775)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (shared / "site").symlink_to(elsewhere)
    os.lchown(shared / "site", 1001, 1001)
    code, _, err = site(run, shared / "site")
    assert code == 2 and "another user put in a folder others may write" in err
    assert list(elsewhere.iterdir()) == []


def test_a_build_stopped_among_its_renames_leaves_a_site_the_next_takes_as_its_own(
    run: Run, write_ledger: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commitments.publish import site_files

    write_ledger(LEDGER)
    out = tmp_path / "site"
    assert site(run, out)[0] == 0
    made = run("--today", TODAY, "update", "rome-fund", "--status", "done", "--on", "2026-11-30")
    assert made.exit_code == 0
    real, calls = os.rename, []

    def crash(*args: object, **kwargs: object) -> None:  # killed after the first pages
        calls.append(args)
        if len(calls) == 4:
            raise OSError(5, "stopped")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(site_files.os, "rename", crash)
    assert site(run, out)[0] == 1
    monkeypatch.setattr(site_files.os, "rename", real)
    code, _, err = site(run, out)
    assert code == 0, err
    anew = tmp_path / "anew"
    assert site(run, anew)[0] == 0
    names = [n for n in files(anew) if not n.startswith(".commitments-site")]
    assert [n for n in files(out) if not n.startswith(".commitments-site")] == names
    assert all((out / n).read_bytes() == (anew / n).read_bytes() for n in names)


def test_a_build_whose_folder_another_made_a_moment_before_takes_its_turn(
    run: Run, write_ledger: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four builds started at once into a new folder: one of them saw no folder, then
    found it made by another when it made it, and stopped with exit 1."""
    from commitments.publish import site_files

    write_ledger(LEDGER)
    out = tmp_path / "site"
    real = os.mkdir

    def made_by_another(path: object, *args: object, **kwargs: object) -> None:
        real(path, *args, **kwargs)  # type: ignore[arg-type]
        if path == out:  # the other build's, a moment before this one's
            raise FileExistsError(17, "File exists", str(path))

    monkeypatch.setattr(site_files.os, "mkdir", made_by_another)
    code, _, err = site(run, out)
    assert code == 0, err
    assert (out / "index.html").is_file()


def test_two_builds_at_once_take_turns(write_ledger: Write, tmp_path: Path) -> None:
    ledger = write_ledger(LEDGER)
    out = tmp_path / "site"
    env = {**os.environ, "COMMITMENTS_FILE": str(ledger), "COMMITMENTS_TODAY": TODAY}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "commitments", "site", str(out), "--title", title],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for title in ("AAA", "BBB", "AAA", "BBB")
    ]
    assert [r.wait(timeout=120) for r in runs] == [0, 0, 0, 0]
    last = subprocess.run(
        [sys.executable, "-m", "commitments", "site", str(out), "--title", "AAA"],
        env=env,
        capture_output=True,
        check=True,
    )
    anew = tmp_path / "anew"
    subprocess.run(
        [sys.executable, "-m", "commitments", "site", str(anew), "--title", "AAA"],
        env=env,
        capture_output=True,
        check=True,
    )
    assert last.returncode == 0
    names = [n for n in files(anew) if not n.startswith(".commitments-site")]
    assert all((out / n).read_bytes() == (anew / n).read_bytes() for n in names)


def test_files_a_killed_build_left_are_cleared_and_a_failed_first_build_leaves_nothing(
    run: Run, write_ledger: Write, tmp_path: Path
) -> None:
    write_ledger(LEDGER)
    out = tmp_path / "site"
    assert site(run, out)[0] == 0
    left = out / "commitments" / ".0123456789ab.tmp"
    left.write_text("half a page")
    mine = out / "commitments" / ".notes.tmp"
    mine.write_text("someone's")
    assert site(run, out, today="2026-12-06")[0] == 0
    assert not left.exists() and mine.exists()
    disk = tmp_path / "disk"
    if not mount_tiny_tmpfs(disk, "24k"):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount rights)")
    try:
        code, _, err = site(run, disk / "site")
        assert code == 1 and "Traceback" not in err
        assert not (disk / "site").exists()  # not even an empty folder
    finally:
        subprocess.run(["umount", str(disk)], check=False)


@pytest.mark.parametrize(
    "forged", ['{"files": ' * 100_000, '{"files": {"index.html": ["0", 1e400, 1]}}']
)
def test_a_damaged_manifest_is_no_traceback(
    run: Run, write_ledger: Write, tmp_path: Path, forged: str
) -> None:
    write_ledger(LEDGER)
    out = tmp_path / "site"
    assert site(run, out)[0] == 0
    (out / ".commitments-site.json").write_text(forged)
    code, _, err = site(run, out)
    assert code == 0 and "Traceback" not in err, err


def test_a_deleted_current_folder_is_one_clear_error(write_ledger: Write, tmp_path: Path) -> None:
    ledger = write_ledger(LEDGER)
    gone = tmp_path / "gone"
    gone.mkdir()
    env = {**os.environ, "COMMITMENTS_FILE": str(ledger), "COMMITMENTS_TODAY": TODAY}
    script = (
        "import os, subprocess, sys; os.chdir(sys.argv[1]); os.rmdir(sys.argv[1]);"
        " sys.exit(subprocess.run([sys.executable, '-m', 'commitments', *sys.argv[2:]]).returncode)"
    )
    for args in (
        ["site", "out"],
        ["export", "--format", "sqlite", "--output", "x.db"],
        ["export", "--format", "datapackage", "--output", "dp"],
    ):
        done = subprocess.run(
            [sys.executable, "-c", script, str(gone), *args],
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 1 and "the current folder no longer exists" in done.stderr
        assert "Traceback" not in done.stderr
        gone.mkdir()
