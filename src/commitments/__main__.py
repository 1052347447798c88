"""The entry point of `commitments` and `python -m commitments`.

Importing the CLI takes a moment; a Ctrl-C in that moment ends the run as any
other interrupt does (exit 130, one line), not with a traceback.
"""

import os
import sys


def _an_interrupt(exc: BaseException) -> bool:
    """A KeyboardInterrupt, or an error raised because of one: Python 3.11 wraps an
    interrupt that lands in a class body's ``__set_name__`` in a RuntimeError."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _standard_streams() -> None:
    """Started with stdin, stdout or stderr closed (`>&-`), the next file opened would
    take its number, and what a child (git, an editor) writes to its stdout would land
    in it, the ledger perhaps. Each closed one is /dev/null instead, as daemons do."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDWR)  # the lowest free number: this one
    if sys.stdout is None:
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115


def main() -> None:
    _standard_streams()
    try:
        from commitments.cli import main as run  # interrupt-safe import: Ctrl-C while starting
    except BaseException as exc:
        if not _an_interrupt(exc):
            raise
        try:
            sys.stderr.write("\ninterrupted\n")
            sys.stderr.flush()
        except OSError:  # a stderr that cannot be written (2>/dev/full): the code says it
            pass
        os._exit(130)
    run()


if __name__ == "__main__":
    main()
