"""Status over time: a State's timeline, and a count of States as a step function.

A timeline is read from the days on which the engine says a status may change
(:meth:`~treatyrules.engine.History.change_dates`), never day by day: its cost
grows with the number of instruments, not with the length of the period.

Intervals are half-open, ``[start, end)``: ``start`` is the first day of the
status and ``end`` the first day of the next one. ``start=None`` reaches back
before any instrument; ``end=None`` means the status holds on every later day
the facts reach.

>>> from treatyrules.records import timeline
>>> for i in timeline("EST"):
...     print(i)
non_party until 2004-05-12
contracting from 2004-05-12 until 2004-11-01
party from 2004-11-01 until 2025-06-27
withdrawal_pending from 2025-06-27 until 2025-12-27
withdrawn from 2025-12-27
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date

from ..core.model import Frozen
from ..core.status import STATES_PARTIES, Status
from ..engine import History

__all__ = ["STATES_PARTIES", "Interval", "Step", "count_on", "count_steps", "intervals"]


class Interval(Frozen):
    """A status that holds on every day of ``[start, end)``."""

    status: Status
    start: date | None
    end: date | None

    def __str__(self) -> str:
        since = "" if self.start is None else f" from {self.start}"
        until = "" if self.end is None else f" until {self.end}"
        return f"{self.status}{since}{until}"

    def covers(self, day: date) -> bool:
        """Whether ``day`` falls in ``[start, end)``."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


class Step(Frozen):
    """A count that holds from ``start`` until the next step (0 before the first)."""

    start: date
    count: int

    def __str__(self) -> str:
        return f"{self.count} from {self.start}"


def intervals(history: History) -> tuple[Interval, ...]:
    """The State's statuses as consecutive intervals; neighbours always differ."""
    status = history.status_on(date.min)
    start: date | None = None
    found: list[Interval] = []
    for day in history.change_dates():
        now = history.status_on(day)
        if now != status:
            found.append(Interval.trusted(status=status, start=start, end=day))
            status, start = now, day
    found.append(Interval.trusted(status=status, start=start, end=None))
    return tuple(found)


def count_steps(
    timelines: Iterable[Sequence[Interval]], counted: frozenset[Status] = STATES_PARTIES
) -> tuple[Step, ...]:
    """How many States have a ``counted`` status, as a step at each day the number changes.

    One pass over the intervals: each counted interval adds one at its start and
    takes one away at its end; a State moving between two counted statuses
    (party to withdrawal_pending) changes nothing.
    """
    delta: dict[date, int] = {}
    for timeline in timelines:
        for interval in timeline:
            if interval.status in counted:
                start = date.min if interval.start is None else interval.start
                delta[start] = delta.get(start, 0) + 1
                if interval.end is not None:
                    delta[interval.end] = delta.get(interval.end, 0) - 1
    steps: list[Step] = []
    count = 0
    for day in sorted(delta):
        if delta[day]:
            count += delta[day]
            steps.append(Step.trusted(start=day, count=count))
    return tuple(steps)


def count_on(steps: Sequence[Step], day: date) -> int:
    """The value of the step function ``steps`` on ``day``."""
    at = bisect_right([s.start for s in steps], day)
    return 0 if at == 0 else steps[at - 1].count
