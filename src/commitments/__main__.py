"""The entry point of `commitments` and `python -m commitments`.

Importing the CLI takes a moment; a Ctrl-C in that moment ends the run as any
other interrupt does (exit 130, one line), not with a traceback.
"""

import os
import sys


def main() -> None:
    try:
        from commitments.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted\n")
        os._exit(130)
    run()


if __name__ == "__main__":
    main()
