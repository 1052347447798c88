"""Two real users sharing a ledger: a group folder, a sticky folder, a file one cannot write.

Switching users needs root and `setpriv`; the runs use a Python that other users can
execute, with this package and its dependencies copied where they can read them.
Skipped where any of that is missing.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from support import TODAY

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"),
        reason="needs root and setpriv to run as two other users",
    ),
]

ALICE, BOB, TEAM = 42001, 42002, 42100  # numeric ids: no passwd entry is needed

LEDGER = textwrap.dedent(
    """\
    version = 1

    [[commitment]]
    id = "water-round-table"
    title = "Round table on water resources"
    due = "2026"
    """
)

# Every module a run can import, by top-level package, with where it lives.
_FIND_PACKAGES = textwrap.dedent(
    """\
    import importlib, importlib.metadata as md, pkgutil, re, sys, sysconfig
    import commitments
    for info in pkgutil.walk_packages(commitments.__path__, "commitments."):
        importlib.import_module(info.name)
    # and what is imported only when needed: every package the tool requires
    needed = {
        re.split(r"[ ;<>=!~\\[]", r, maxsplit=1)[0].lower().replace("-", "_")
        for r in md.requires("commitments") or ()
        if "extra ==" not in r
    }
    for top, dists in md.packages_distributions().items():
        if {d.lower().replace("-", "_") for d in dists} & needed:
            importlib.import_module(top)
    stdlib = sysconfig.get_paths()["stdlib"]
    for name, module in sorted(sys.modules.items()):
        where = getattr(module, "__file__", None)
        if "." in name or not where or where.startswith(stdlib):
            continue
        print(name, getattr(module, "__path__", [where])[0])
    """
)


class Portable(NamedTuple):
    python: str
    lib: Path
    root: Path


@pytest.fixture(scope="module")
def portable() -> Iterator[Portable]:
    python = shutil.which("python3", path="/usr/bin:/usr/local/bin") or ""
    probe = subprocess.run(
        [python or "false", "-c", "import sys; print(sys.version_info >= (3, 11))"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.stdout.strip() != "True":
        pytest.skip("no Python 3.11+ that other users can run")
    root = Path(tempfile.mkdtemp(prefix="commitments-users-", dir="/tmp"))
    lib = root / "lib"
    lib.mkdir()
    found = subprocess.run(
        [sys.executable, "-c", _FIND_PACKAGES], capture_output=True, text=True, check=True
    )
    for line in found.stdout.splitlines():
        name, where = line.split(" ", 1)
        source = Path(where)
        if source.is_dir():
            shutil.copytree(source, lib / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, lib / source.name)
    for folder, _, files in os.walk(root):
        os.chmod(folder, 0o755)
        for file in files:
            os.chmod(os.path.join(folder, file), 0o644)
    try:
        yield Portable(python, lib, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def as_user(
    portable: Portable, uid: int, *args: str, shell: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `commitments ARGS` (or a shell command) as ``uid`` in group TEAM, umask 022."""
    home = portable.root / f"home-{uid}"
    if not home.exists():
        home.mkdir(mode=0o700)
        os.chown(home, uid, uid)
    command = (
        [portable.python, "-m", "commitments", *args] if shell is None else ["sh", "-c", shell]
    )
    return subprocess.run(
        [
            "setpriv",
            f"--reuid={uid}",
            f"--regid={uid}",
            f"--groups={TEAM}",
            "--inh-caps=-all",
            *command,
        ],
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "PYTHONPATH": str(portable.lib),
            "PYTHONDONTWRITEBYTECODE": "1",
            "LC_ALL": "C.UTF-8",
            "COMMITMENTS_TODAY": TODAY,
            "COMMITMENTS_AUTHOR": f"user {uid}",
        },
        preexec_fn=lambda: os.umask(0o022),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def shared_ledger(portable: Portable, folder_mode: int, owner: int, mode: int) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="shared-", dir=portable.root))
    os.chown(folder, 0, TEAM)
    os.chmod(folder, folder_mode)
    ledger = folder / "commitments.toml"
    ledger.write_text(LEDGER, encoding="utf-8")
    os.chown(ledger, owner, TEAM)
    os.chmod(ledger, mode)
    return ledger


def test_a_group_folder_lets_every_member_write(portable: Portable) -> None:
    """2775 folder, 664 ledger, umask 022: the first writer leaves nothing that locks
    the others out."""
    ledger = shared_ledger(portable, 0o2775, 0, 0o664)
    before = os.stat(ledger)
    for uid in (ALICE, BOB, ALICE, BOB):
        result = as_user(
            portable, uid, "-f", str(ledger), "update", "water-round-table", "--note", f"by {uid}"
        )
        assert result.returncode == 0, result.stderr
    after = os.stat(ledger)
    assert (after.st_ino, after.st_uid, after.st_gid) == (before.st_ino, 0, TEAM)
    assert stat.S_IMODE(after.st_mode) == 0o664
    assert sorted(p.name for p in ledger.parent.iterdir()) == ["commitments.toml"]
    text = ledger.read_text(encoding="utf-8")
    assert text.startswith(LEDGER)
    assert [line for line in text.splitlines() if line.startswith("note")] == [
        f'note = "by {uid}"' for uid in (ALICE, BOB, ALICE, BOB)
    ]
    assert as_user(portable, BOB, "-f", str(ledger), "check").returncode == 0


def test_a_sticky_folder_works_wherever_an_append_does(portable: Portable) -> None:
    """In a /tmp-like folder Bob may not rename or remove Alice's files, but he may
    append to her ledger when its mode lets him: so may `update`."""
    ledger = shared_ledger(portable, 0o1777, ALICE, 0o666)
    assert as_user(portable, BOB, shell=f"echo '# bob was here' >> {ledger}").returncode == 0
    for uid in (ALICE, BOB):
        result = as_user(
            portable, uid, "-f", str(ledger), "update", "water-round-table", "--note", f"by {uid}"
        )
        assert result.returncode == 0, result.stderr
    text = ledger.read_text(encoding="utf-8")
    assert "# bob was here" in text
    assert f'note = "by {ALICE}"' in text
    assert f'note = "by {BOB}"' in text
    assert os.stat(ledger).st_uid == ALICE
    assert sorted(p.name for p in ledger.parent.iterdir()) == ["commitments.toml"]


def test_a_ledger_one_may_not_write_is_refused_plainly(portable: Portable) -> None:
    """Where `>>` fails, `update` fails too, saying why, and changes nothing."""
    ledger = shared_ledger(portable, 0o1777, ALICE, 0o644)
    assert as_user(portable, BOB, shell=f"echo x >> {ledger}").returncode != 0
    result = as_user(
        portable, BOB, "-f", str(ledger), "update", "water-round-table", "--note", "by bob"
    )
    assert result.returncode == 1
    assert "permission" in result.stderr
    assert "another writer" not in result.stderr
    assert "Traceback" not in result.stderr
    assert ledger.read_text(encoding="utf-8") == LEDGER
    assert sorted(p.name for p in ledger.parent.iterdir()) == ["commitments.toml"]
    # Reading needs no write access.
    assert as_user(portable, BOB, "-f", str(ledger), "list").returncode == 0


def test_a_journal_planted_by_another_user_is_never_believed(portable: Portable) -> None:
    """Bob cannot write Alice's ledger in a sticky folder, but can create the journal
    its writes use, claiming the whole file is an unfinished append. Alice's commands
    must read the ledger as it is, `check` must say the journal was ignored, and no
    write may cut the ledger on its word."""
    ledger = shared_ledger(portable, 0o1777, ALICE, 0o644)
    original = ledger.read_bytes()
    info = os.stat(ledger)
    planted = ledger.with_name(f".{ledger.name}.{info.st_ino}.journal")
    forged = b"commitments-journal 1\n" + f"{info.st_dev} {info.st_ino} 0\n".encode()
    script = f"printf '%s' \"$1\" > {planted}; cat {ledger} >> {planted}; printf X >> {planted}"
    made = as_user(portable, BOB, shell=f"sh -c '{script}' - '{forged.decode()}'")
    assert made.returncode == 0 and planted.stat().st_uid == BOB, made.stderr
    assert planted.read_bytes() == forged + original + b"X"
    checked = as_user(portable, ALICE, "-f", str(ledger), "check")
    assert checked.returncode == 0, checked.stderr
    assert "ok" not in checked.stdout and "1 warning" in checked.stdout
    assert f"ignored {planted.name} beside the ledger: it belongs to user {BOB}" in checked.stderr
    listed = as_user(portable, ALICE, "-f", str(ledger), "list", "--format", "json")
    assert '"water-round-table"' in listed.stdout
    written = as_user(
        portable, ALICE, "-f", str(ledger), "update", "water-round-table", "--note", "by alice"
    )
    # Her write is refused (the journal's name is taken by a file she may not replace),
    # and the ledger keeps every byte.
    assert written.returncode == 1 and "is not this user's" in written.stderr
    assert ledger.read_bytes() == original
    # The same forgery by Alice herself, but writable by the group: not believed either.
    planted.unlink()
    planted.write_bytes(forged + original + b"X")
    os.chown(planted, ALICE, TEAM)
    os.chmod(planted, 0o664)
    listed = as_user(portable, ALICE, "-f", str(ledger), "list", "--format", "json")
    assert '"water-round-table"' in listed.stdout
    assert ledger.read_bytes() == original


def test_a_torn_write_is_cut_only_by_the_user_whose_write_it_was(portable: Portable) -> None:
    """A journal of Alice's own (as her killed write leaves it) but not recorded by her
    runs: readers leave the torn bytes out, a write refuses rather than cut on the
    journal's word alone, and `recover`, asked, cuts them off."""
    ledger = shared_ledger(portable, 0o1777, ALICE, 0o644)
    original = ledger.read_bytes()
    info = os.stat(ledger)
    torn = b'\n[[update]]\ncommitment = "water-round-table"\non = 2026-01-01\nnote = "to'
    whole = torn + b'rn"\n'
    journal = ledger.with_name(f".{ledger.name}.{info.st_ino}.journal")
    journal.write_bytes(
        b"commitments-journal 1\n"
        + f"{info.st_dev} {info.st_ino} {len(original)}\n".encode()
        + whole
    )
    os.chown(journal, ALICE, ALICE)
    os.chmod(journal, 0o644)
    with ledger.open("ab") as handle:
        handle.write(torn)
    assert as_user(portable, ALICE, "-f", str(ledger), "check").returncode == 0
    refused = as_user(portable, ALICE, "-f", str(ledger), "update", "water-round-table", "-n", "x")
    assert refused.returncode == 1 and "`commitments recover` cuts them off" in refused.stderr
    assert ledger.read_bytes() == original + torn
    recovered = as_user(portable, ALICE, "-f", str(ledger), "recover")
    assert recovered.returncode == 0, recovered.stderr
    assert f"cut off {len(torn)} bytes" in recovered.stdout
    assert ledger.read_bytes() == original and not journal.exists()
    written = as_user(portable, ALICE, "-f", str(ledger), "update", "water-round-table", "-n", "y")
    assert written.returncode == 0, written.stderr


def test_an_unreadable_ledger_exits_1_however_it_was_found(portable: Portable) -> None:
    """By -f, by $COMMITMENTS_FILE or by the upward search: the same one line, exit 1."""
    ledger = shared_ledger(portable, 0o1777, ALICE, 0o600)
    folder = ledger.parent
    tool = f"{portable.python} -m commitments"
    for shell in (
        f"{tool} -f {ledger} list",
        f"COMMITMENTS_FILE={ledger} {tool} list",
        f"cd {folder} && {tool} list",
    ):
        result = as_user(portable, BOB, shell=shell)
        assert result.returncode == 1, (shell, result.stderr)
        assert (
            "cannot read: permission denied" in result.stderr and "Traceback" not in result.stderr
        )


def test_a_group_member_linking_the_ledger_as_its_journal_destroys_nothing(
    portable: Portable,
) -> None:
    """In a group folder Bob may hard-link Alice's ledger under the journal's name; her
    next write must neither write into that "journal" (the ledger itself) nor narrow
    the ledger's mode."""
    ledger = shared_ledger(portable, 0o2775, ALICE, 0o664)
    original = ledger.read_bytes()
    journal = ledger.with_name(f".{ledger.name}.{os.stat(ledger).st_ino}.journal")
    made = as_user(portable, BOB, shell=f"ln {ledger} {journal}")
    assert made.returncode == 0, made.stderr
    written = as_user(portable, ALICE, "-f", str(ledger), "update", "water-round-table", "-n", "x")
    assert written.returncode in (0, 1) and "Traceback" not in written.stderr
    data = ledger.read_bytes()
    assert data.startswith(original) and stat.S_IMODE(os.stat(ledger).st_mode) == 0o664
    checked = as_user(portable, ALICE, "-f", str(ledger), "check")
    assert checked.returncode == 0, checked.stderr
