"""Which day it is: --today, else $COMMITMENTS_TODAY, else the system date."""

from __future__ import annotations

import datetime as dt
import os

from commitments.errors import UsageError
from commitments.text import quoted

ENV_TODAY = "COMMITMENTS_TODAY"


def parse_date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{what}: {quoted(text)} is not a date (expected YYYY-MM-DD)") from None


def resolve_today(option: str | None) -> dt.date:
    if option is not None:
        return parse_date(option, "--today")
    env = os.environ.get(ENV_TODAY)
    if env:
        return parse_date(env, f"${ENV_TODAY}")
    return dt.date.today()
