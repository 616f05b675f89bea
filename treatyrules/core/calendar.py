"""Calendar arithmetic for treaty time limits, with the month-end policy named.

Treaties count in months ("six months after the receipt"), in days ("180 days
after the entry into force") or to the first day of a month ("the first day of
the sixth month after the month in which ..."). Counting in months needs a
policy when the target month is too short (a notice received on 31 August):

* ``clamp`` -- the same calendar date, else the last day of the target month.
  This is what ``dateutil.relativedelta`` does and what UN depositary practice
  reflects for the same-date cases (27 June 2025 -> 27 December 2025).
* ``roll_forward`` -- the same calendar date, else the first day of the month
  after the target month.

>>> from datetime import date
>>> months_after(date(2025, 8, 31), 6)
datetime.date(2026, 2, 28)
>>> months_after(date(2025, 8, 31), 6, MonthEnd.ROLL_FORWARD)
datetime.date(2026, 3, 1)
>>> first_day_of_nth_month_after(date(2012, 12, 27), 6)
datetime.date(2013, 6, 1)
>>> days_after(date(2006, 6, 1), 180)
datetime.date(2006, 11, 28)

Periods are half-open intervals ``[start, end)``: ``end`` is the first day on
which the period no longer runs, and ``None`` means it has not ended.

>>> date(2026, 2, 20) in Interval(date(2025, 8, 20), date(2026, 2, 20))
False
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

__all__ = [
    "Interval",
    "MonthEnd",
    "days_after",
    "first_day_of_nth_month_after",
    "months_after",
    "years_after",
]


class MonthEnd(StrEnum):
    """What "n months after" means when the target month has no such day."""

    CLAMP = "clamp"
    ROLL_FORWARD = "roll_forward"


def months_after(d: date, n: int, month_end: str = MonthEnd.CLAMP) -> date:
    """The date ``n`` calendar months after ``d`` under the month-end policy.

    For ``clamp`` this equals ``d + dateutil.relativedelta(months=n)`` (a property
    test checks it); it is computed here directly because it sits on the hot path
    of every withdrawal and ``relativedelta`` costs several times as much.
    """
    index = d.year * 12 + d.month - 1 + n
    year, month0 = divmod(index, 12)
    month = month0 + 1
    day = d.day
    if day > 28:
        last = _stdlib_calendar.monthrange(year, month)[1]
        if day > last:
            if month_end == MonthEnd.ROLL_FORWARD:
                return date(year, month, last) + timedelta(days=1)
            if month_end != MonthEnd.CLAMP:
                raise ValueError(f"unknown month-end policy {month_end!r}")
            day = last
    return date(year, month, day)


def month_end_matters(d: date, n: int) -> bool:
    """Whether the month-end policy changes ``months_after(d, n)``: the target month lacks
    the starting day (31 August + 6 months).

    >>> month_end_matters(date(2025, 8, 31), 6), month_end_matters(date(2025, 8, 20), 6)
    (True, False)
    """
    if d.day <= 28:
        return False
    year, month0 = divmod(d.year * 12 + d.month - 1 + n, 12)
    return d.day > _stdlib_calendar.monthrange(year, month0 + 1)[1]


def years_after(d: date, n: int, month_end: str = MonthEnd.CLAMP) -> date:
    """The date ``n`` years after ``d`` (29 February follows the month-end policy).

    >>> years_after(date(2008, 2, 29), 4)
    datetime.date(2012, 2, 29)
    >>> years_after(date(2008, 2, 29), 1)
    datetime.date(2009, 2, 28)
    """
    return months_after(d, 12 * n, month_end)


def first_day_of_nth_month_after(d: date, n: int) -> date:
    """The first day of the ``n``-th month after the month of ``d``.

    The day of the month of ``d`` does not matter: a deposit on 1 or on 31 March
    gives the same result.
    """
    year, month0 = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(year, month0 + 1, 1)


def days_after(d: date, n: int) -> date:
    """The date ``n`` calendar days after ``d`` (weekends and holidays count)."""
    return d + timedelta(days=n)


@dataclass(frozen=True, slots=True)
class Interval:
    """A half-open period ``[start, end)``; ``end=None`` means still running."""

    start: date
    end: date | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end <= self.start:
            raise ValueError(f"an interval must end after it starts: {self.start} .. {self.end}")

    def __contains__(self, d: object) -> bool:
        if not isinstance(d, date):
            return False
        return self.start <= d and (self.end is None or d < self.end)
