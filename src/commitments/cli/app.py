"""The application: its commands, the global options, and the one place where every
error becomes the contract's one-line message and exit code."""

from __future__ import annotations

import contextlib
import difflib
import gc
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from typer._completion_shared import (
    COMPLETION_SCRIPT_BASH,
    COMPLETION_SCRIPT_FISH,
    _completion_scripts,
)
from typer.core import TyperCommand, TyperGroup, TyperOption

from commitments import __version__
from commitments.cli import extracting, git, publishing, reading, writing
from commitments.cli.options import FileOption, Globals, PagerOption, TodayOption, this_process
from commitments.errors import EXIT_INTERRUPTED, EXIT_LEDGER, EXIT_USAGE, CommitmentsError
from commitments.ledger.find import path_text
from commitments.ledger.notices import drain
from commitments.ledger.read import keep_until_exit
from commitments.model import status_named
from commitments.text import UNENCODABLE, visible


class _Group(TyperGroup):
    """Translates every error into the contract's one-line messages and exit codes, in one place."""

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        said, where = _reference()
        formatter.write_paragraph()
        formatter.write_text(said)
        if where is not None:  # on a line of its own, never wrapped: to copy
            formatter.write(f"  {where}\n")

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        completion = completing(os.environ)
        if not (sys.argv[1:] if args is None else args) and not completion:
            args = ["--help"]  # a bare `commitments`: the help, readable, on stdout
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except CommitmentsError as exc:
            for line in exc.lines:
                sys.stderr.write(f"{line}\n")
            code = exc.exit_code
        except (typer.Abort, KeyboardInterrupt):
            sys.stderr.write("\ninterrupted\n")
            code = EXIT_INTERRUPTED
        except MemoryError:
            # (an attacker's 16 MB ledger of long quotes under a 1.5 GB limit: a traceback)
            sys.stderr.write(
                "commitments: error: not enough memory for this ledger and this text;"
                " nothing was changed\n"
            )
            code = EXIT_LEDGER
        except Exception as exc:
            if not hasattr(exc, "format_message") or not hasattr(exc, "exit_code"):
                raise
            # Typer's own usage errors: unknown option, bad value, missing argument.
            context = getattr(exc, "ctx", None)
            hint = f" (see '{context.command_path} --help')" if context is not None else ""
            said = exc.format_message()
            message = _format_hint(said, context) or _nearest(visible(said))
            message += _status_hint(said, context)
            sys.stderr.write(f"commitments: error: {message}{hint}\n")
            code = exc.exit_code if isinstance(exc.exit_code, int) else EXIT_USAGE
        if not isinstance(code, int):
            code = 0

        for warning in drain():  # once a run, after what the command printed
            if not completion:  # a shell completion prints nothing but its words
                sys.stderr.write(f"commitments: warning: {warning}\n")
        if standalone_mode:
            sys.exit(code)
        return code


# Click lists the options close to a mistyped one, the closest first.
_POSSIBLE = re.compile(r" (?:\(Possible options: ([^)]+)\)|Did you mean ([^ ?]+)\?)$")


def _nearest(message: str) -> str:
    """`--stauts`: the one option of this command it is nearest to, not a list (click
    sorts its list by name)."""
    found = _POSSIBLE.search(message)
    typed = _TYPED.match(message)
    choice = _CHOICE.search(message)
    if choice is not None:  # `--format jsn`: the value it is nearest to, when one is near
        near = difflib.get_close_matches(choice[1], re.findall(r"'([^']*)'", choice[2]), n=1)
        return f"{message.rstrip('.')}; did you mean {near[0]!r}?" if near else message
    if found is None or typed is None:
        return message
    listed = (found.group(1) or found.group(2)).split(", ")
    nearest = difflib.get_close_matches(typed.group(1), listed, n=1, cutoff=0)[0]
    return f"{message[: found.start()]}; did you mean {nearest}?"


_TYPED = re.compile(r"^No such option: (\S+)")


def _format_hint(message: str, context: Any) -> str:
    """`list --json`: a format given as an option, to a command that takes it as
    --format, says so (the nearest option would be --version)."""
    typed = _TYPED.match(message)
    command = getattr(context, "command", None)
    if typed is None or not typed.group(1).startswith("--"):
        return ""
    wanted = typed.group(1)[2:].lower()
    for param in getattr(command, "params", ()):
        if "--format" in getattr(param, "opts", ()) and wanted in getattr(
            param.type, "choices", ()
        ):
            return f"No such option: {visible(typed.group(1))}; did you mean --format {wanted}?"
    return ""


_CHOICE = re.compile(r"'([^']*)' is not one of ((?:'[^']*'(?:, )?)+)\.?$")


_EXTRA = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((.*)\)$")


def _status_hint(message: str, context: Any) -> str:
    """`update water done`: a status where none is expected, to a command that takes
    --status, says how to give it."""
    extra = _EXTRA.match(message)
    command = getattr(context, "command", None)
    takes = any("--status" in getattr(p, "opts", ()) for p in getattr(command, "params", ()))
    if extra is None or not takes:
        return ""
    words = extra.group(1).split()
    for word in [" ".join(words), *words]:  # "in progress" is one
        with contextlib.suppress(CommitmentsError):
            status, _ = status_named(word, "--status")
            return f"; a status is given as --status {status}"
    return ""


class _Command(TyperCommand):
    """A command whose usage line names its arguments plainly: `show [OPTIONS] ID`,
    where Typer writes `{ID}`, and that takes --version as the application does:
    global options go before the command or after it."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces: list[str] = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)
        taken = {name for p in params for name in getattr(p, "opts", ())}
        after = [o for o in _GLOBALS_AFTER if not taken & set(o.opts)]
        return [*params, *after, _VERSION_AFTER]


# The reference's pages (docs/*.md), in the README's order; a test keeps this whole.
REFERENCE = (
    "ledger", "due", "commands", "json", "exit-codes", "writing", "git", "compliance",
    "extract", "publishing", "performance", "architecture", "development",
)  # fmt: skip


def _reference() -> tuple[str, str | None]:
    """Where the reference is: the source's docs/, else where it was installed (the
    README beside it, as in the source, so that the pages' links hold)."""
    import site  # only --help says where the reference is
    import sysconfig  # only --help: other runs never import it

    here = Path(__file__).resolve().parents  # src/commitments/cli/app.py
    places = [here[3] / "docs"] if len(here) > 3 else []
    installed = Path("share", "doc", "commitments", "docs")
    places.append(Path(sysconfig.get_path("data")) / installed)
    user = Path(site.getuserbase())
    if user.is_absolute():  # no home: "~", which names a folder of the current one
        places.append(user / installed)
    pages = ", ".join(f"{page}.md" for page in REFERENCE)
    said = f"The reference, a page per topic ({pages}), is in docs/ beside the README"
    for place in places:
        with contextlib.suppress(OSError):  # a folder this user may not search
            if (place / "commands.md").is_file():
                return f"{said}; here:", path_text(str(place))
    return f"{said}.", None


_SETTINGS: dict[str, Any] = {
    "cls": _Group,
    "name": "commitments",
    "help": "Track what governments promise at summits, in a hand-editable TOML ledger.",
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**_SETTINGS)

# Completions come in the order given (the ledger's own party codes before the other
# 240): bash and fish sort them unless told not to. zsh's `_arguments` always sorts.
_completion_scripts["bash"] = COMPLETION_SCRIPT_BASH.replace(
    "complete -o default", "complete -o nosort -o default"
)
_completion_scripts["fish"] = COMPLETION_SCRIPT_FISH.replace(
    "complete --command", "complete --keep-order --command"
)


# In the order `--help` lists them.
COMMANDS: list[tuple[str, Callable[..., None]]] = [
    ("list", reading.list_),
    ("timeline", reading.timeline),
    ("export", reading.export),
    ("show", reading.show),
    ("due", reading.due),
    ("check", reading.check),
    ("update", writing.update),
    ("add", writing.add),
    ("add-summit", writing.add_summit),
    ("edit", writing.edit),
    ("stats", reading.stats),
    ("report", reading.report),
    ("init", writing.init),
    ("recover", writing.recover),
    ("extract", extracting.extract),
    ("site", publishing.site),
    ("git-setup", git.git_setup),
    ("git-merge", git.git_merge),
]
for name, command in COMMANDS:
    app.command(name, cls=_Command)(command)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"commitments {__version__}\n")
        raise typer.Exit()


# `commitments due --version`: the same flag, after the command (not in its --help,
# which would list it on every command; `commitments --help` does).
_VERSION_AFTER = TyperOption(
    param_decls=["--version"],
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, param, value: _version(value),
    hidden=True,
)


def _global_after(attribute: str, convert: Callable[[Any], Any]) -> Callable[..., None]:
    def given(ctx: Any, param: Any, value: Any) -> None:
        if value is not None and value is not False:
            setattr(ctx.ensure_object(Globals), attribute, convert(value))

    return given


# The other global options, after a command that has no option of that name (`check
# --no-pager`, `edit --today …`): what they would be before it. Hidden, as --version is.
_GLOBALS_AFTER = (
    TyperOption(
        param_decls=["--file", "-f"],
        expose_value=False,
        callback=_global_after("file", str),
        hidden=True,
    ),
    TyperOption(
        param_decls=["--today"],
        expose_value=False,
        callback=_global_after("today", str),
        hidden=True,
    ),
    TyperOption(
        param_decls=["--no-pager"],
        is_flag=True,
        expose_value=False,
        callback=_global_after("no_pager", bool),
        hidden=True,
    ),
)


def _main(
    ctx: typer.Context,
    file: FileOption = None,
    today: TodayOption = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
    no_pager: PagerOption = False,
) -> None:
    ctx.obj = Globals(file, today, no_pager)


app.callback()(_main)


def completing(environ: Mapping[str, str]) -> bool:
    """Whether a shell's completion asks (Click sets ``_COMMITMENTS_COMPLETE``)."""
    return any(k.startswith("_") and k.endswith("_COMPLETE") for k in environ)


# Global options that take a value, and words after which the whole app is needed.
_WITH_VALUE = frozenset({"-f", "--file", "--today"})
_WHOLE = frozenset({"-h", "--help", "--version", "--install-completion", "--show-completion"})


def app_for(argv: list[str]) -> typer.Typer:
    """The app with only the command ``argv`` runs. Typer builds every command's
    parameters from its signature on each run (0.04 s of a 0.3 s report), and a run
    needs one. Help, completion and anything not plainly a command get the whole
    app (tests/cli/test_first_use.py checks both say the same)."""
    if completing(os.environ):
        return app
    names = {
        c.name or (c.callback.__name__ if c.callback else ""): c for c in app.registered_commands
    }
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _WITH_VALUE:
            skip = True
        elif token in _WHOLE or token == "--":
            return app
        elif not token.startswith("-"):
            if token not in names:
                return app
            one = typer.Typer(**_SETTINGS)
            one.registered_callback = app.registered_callback
            one.registered_commands = [names[token]]
            return one
    return app


def _unwritable(exc: OSError) -> CommitmentsError:
    return CommitmentsError(f"cannot write the output: {exc.strerror or exc}")


class _Stdout:
    """stdout that drops what is left to print once its reader has gone (`| head -1`):
    the command still finishes, and its exit code is still the one it decided."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.gone = False

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                self._stream.write(text)
            except OSError as exc:
                self._failed(exc)
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if not self.gone:
            try:
                self._stream.flush()
            except OSError as exc:
                self._failed(exc)

    def _failed(self, exc: OSError) -> None:
        if not isinstance(exc, BrokenPipeError):  # a full disk (`> /dev/full`), an I/O error
            raise _unwritable(exc) from None
        self._gone()

    def _gone(self) -> None:
        self.gone = True
        # Whatever the stream still buffers must not fail again at exit.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _Stderr(_Stdout):
    """stderr that drops what it cannot write: a reader gone (`2>&1 | head -1`) or a full
    disk leaves nowhere to say so, and must not turn a run's exit code into 1."""

    def _failed(self, exc: OSError) -> None:
        self._gone()


def main() -> None:
    # A run is short, and a large ledger is tens of thousands of small tuples that never
    # form cycles: the cyclic collector would only scan them again and again (about a
    # sixth of a 10,000-commitment report).
    gc.disable()
    this_process.main = True

    keep_until_exit()
    for stream in (sys.stdout, sys.stderr):
        # A character the locale cannot carry (a Latin-1 terminal, PYTHONIOENCODING=ascii)
        # is written as an escape (\u2013) that JSON reads back, never a crash in the
        # middle of a report.
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors=UNENCODABLE)  # type: ignore[union-attr]
    sys.stdout = _Stdout(sys.stdout)
    sys.stderr = _Stderr(sys.stderr)
    if sys.argv[1:2] == ["git-merge"] and len(sys.argv) >= 5 and "--" not in sys.argv:
        # git's call from a driver line set up before git-setup put "--" before the
        # paths: a ledger named "-dash.toml" is a path, never options (-d -a -s -h).
        sys.argv.insert(2, "--")
    try:
        app_for(sys.argv[1:])()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    except KeyboardInterrupt:  # outside a command: while Typer starts or ends
        sys.stderr.write("\ninterrupted\n")
        code = EXIT_INTERRUPTED
    # Everything is written and flushed by now; what is left is the interpreter
    # freeing every object one by one, a fifth of a large report's time. Skip it.
    try:
        sys.stdout.flush()
    except CommitmentsError as exc:  # what was left in the buffer could not be written
        sys.stderr.write(f"{exc.lines[0]}\n")
        code = code or exc.exit_code
    except (BrokenPipeError, ValueError):
        pass
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)
