"""The status of many States on one date: the ``treatyrules status`` JSON contract.

``StatusReport.model_dump(mode="json")`` is exactly the document of the design's
"Status of many States" contract::

    {"treaty": "APMBC", "as_of": DATE,
     "states": [{"state", "name", "status", "entry_into_force", "withdrawal"}, ...],
     "counts": {<a key per status present>, "states_parties": ...}}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import get_args

from pydantic import Field

from ..core.model import Frozen
from ..core.verdict import Status, Verdict, WithdrawalResult
from ..states import state_name
from .periods import STATES_PARTIES

__all__ = ["StateStatus", "StatusReport", "tally"]

_ORDER: tuple[Status, ...] = get_args(Status)


def tally(statuses: Iterable[Status]) -> dict[str, int]:
    """A key per status present (in the order of the status list), then ``states_parties``.

    >>> tally(["party", "withdrawn", "party", "withdrawal_pending"])
    {'party': 2, 'withdrawal_pending': 1, 'withdrawn': 1, 'states_parties': 3}
    """
    seen = Counter(statuses)
    counts: dict[str, int] = {status: seen[status] for status in _ORDER if seen[status]}
    counts["states_parties"] = sum(seen[status] for status in STATES_PARTIES)
    return counts


class StateStatus(Frozen):
    """One State's line in the report: the verdict's status and dates, without the reasons."""

    state: str
    name: str | None
    status: Status
    entry_into_force: date | None
    withdrawal: WithdrawalResult | None
    unverified: tuple[str, ...] = Field(
        default=(),
        description="The fields of the State's record the sources mark UNVERIFIED (an added field).",
    )
    note: str | None = Field(
        default=None,
        exclude=True,
        description="What the columns cannot show (a claimed suspension): the verdict's"
        " conclusion. Shown under text and Markdown tables and in CSV; not in the JSON contract.",
    )

    @classmethod
    def of(
        cls, verdict: Verdict, *, noted: bool = False, unverified: tuple[str, ...] = ()
    ) -> StateStatus:
        """The verdict's line; with ``noted``, its conclusion as the note."""
        return cls.trusted(
            state=verdict.state,
            name=verdict.name,
            status=verdict.status,
            entry_into_force=verdict.entry_into_force,
            withdrawal=verdict.withdrawal,
            unverified=unverified,
            note=verdict.conclusion if noted else None,
        )

    @classmethod
    def at(
        cls,
        state: str,
        decided: tuple[Status, date | None, WithdrawalResult | None],
        *,
        unverified: tuple[str, ...] = (),
    ) -> StateStatus:
        """The line of a State whose status and dates are all it needs (no note): the
        decisions :func:`treatyrules.verdicts.decided` reads from its history."""
        status, eif, withdrawal = decided
        return cls.trusted(
            state=state,
            name=state_name(state),
            status=status,
            entry_into_force=eif,
            withdrawal=withdrawal,
            unverified=unverified,
            note=None,
        )


class StatusReport(Frozen):
    """The status of each listed State on ``as_of``, and the counts."""

    treaty: str
    as_of: date
    states: tuple[StateStatus, ...]
    counts: dict[str, int]

    @classmethod
    def of(cls, treaty: str, as_of: date, states: Iterable[StateStatus]) -> StatusReport:
        states = tuple(states)
        return cls.trusted(
            treaty=treaty, as_of=as_of, states=states, counts=tally(s.status for s in states)
        )
