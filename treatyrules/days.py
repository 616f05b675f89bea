"""The days a user may name, read without the engine: the bounds, ``parse_date`` and today.

The command line's fast paths (``treatyrules status``) read dates with these, so they
import nothing but the standard library.

>>> parse_date("2026-03-01")
datetime.date(2026, 3, 1)
>>> parse_date("3000-01-01", "--on")
Traceback (most recent call last):
...
treatyrules.core.errors.InputError: --on: expected a date from 1800-01-01 to 2999-12-31, got 3000-01-01
"""

from __future__ import annotations

from contextlib import suppress
from datetime import UTC, date, datetime

from .core.errors import InputError
from .limits import excerpt

__all__ = ["EARLIEST", "LATEST", "RANGE_ERROR", "parse_date", "today"]

EARLIEST = date(1800, 1, 1)
LATEST = date(2999, 12, 31)
"""The days a scenario may name: no treaty modelled is older, and a bound far off keeps
date arithmetic (six months after 31 December 9999) from overflowing."""

RANGE_ERROR = f"expected a date from {EARLIEST} to {LATEST}"


def today() -> date:
    """Today's date in UTC: the default date of every reading."""
    return datetime.now(UTC).date()


def parse_date(value: date | str, field: str = "as_of") -> date:
    """A date from a ``date`` or a ``YYYY-MM-DD`` string; InputError names ``field``."""
    day: date | None = None
    if type(value) is date:
        day = value
    elif isinstance(value, str) and len(value) == 10:
        with suppress(ValueError):
            day = date.fromisoformat(value)
    if day is None:
        raise InputError(field, f"expected a date YYYY-MM-DD, got {excerpt(value)}")
    if not EARLIEST <= day <= LATEST:
        raise InputError(field, f"{RANGE_ERROR}, got {day}")
    return day
