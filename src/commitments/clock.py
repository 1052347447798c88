"""Which day it is: --today, else $COMMITMENTS_TODAY, else the system date (the day
every report is made as of); and the real one, for `check`."""

from __future__ import annotations

import datetime as dt
import os
import re

from commitments.errors import UsageError
from commitments.text import quoted

ENV_TODAY = "COMMITMENTS_TODAY"


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(text: str, what: str) -> dt.date:
    """A date as YYYY-MM-DD, and only so (Python would also take 20261122 or 2026-W47-7)."""
    if _DATE.fullmatch(text.strip()):
        try:
            return dt.date.fromisoformat(text.strip())
        except ValueError:
            # "2026-02-30": the form is right, the day is not in the calendar
            raise UsageError(f"{what}: {quoted(text)} is not a day of the calendar") from None
    raise UsageError(f"{what}: {quoted(text)} is not a date (expected YYYY-MM-DD)")


def resolve_today(option: str | None) -> dt.date:
    if option is not None:
        return parse_date(option, "--today")
    env = os.environ.get(ENV_TODAY)
    if env:
        return parse_date(env, f"${ENV_TODAY}")
    return real_today()


def real_today() -> dt.date:
    """The system date: what `check` judges dates against ("after today" is a slip of
    the keyboard or news not yet come), whatever day a report is made as of."""
    return dt.date.today()
