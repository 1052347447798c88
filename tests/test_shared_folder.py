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

from conftest import TODAY

pytestmark = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"),
    reason="needs root and setpriv to run as two other users",
)

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
