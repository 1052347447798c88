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


def main() -> None:
    try:
        from commitments.cli import main as run  # interrupt-safe import: Ctrl-C while starting
    except BaseException as exc:
        if not _an_interrupt(exc):
            raise
        sys.stderr.write("\ninterrupted\n")
        os._exit(130)
    run()


if __name__ == "__main__":
    main()
